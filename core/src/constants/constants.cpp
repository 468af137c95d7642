// ConstantIndex: answers every query from the prebuilt tables of constants/tables.hpp, read in
// place (loading parses and copies nothing; open() checks tables that are not the embedded ones).
// Names are in case-insensitive order (exact and prefix matches by binary search), a permutation
// by name length gives "shortest first" without sorting, one- and two-character keys have their
// substring matches precomputed, and longer substrings and globs use the prebuilt block filter
// for a process's first such query and a trigram index, built on demand, after it. Values are
// sorted with their ranking (reverse lookup by binary search). Constant objects are made on
// first use, 256 at a time.
#include "tokenscope/constants.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <charconv>
#include <cstring>
#include <limits>
#include <mutex>
#include <span>
#include <stdexcept>

#include "constants/tables.hpp"
#include "tokenscope/errors.hpp"

namespace tokenscope {
namespace {

constexpr std::size_t kMaxQuery = 256;
constexpr unsigned kAlphabet = 38;  // a-z, 0-9, _, anything else
constexpr std::size_t kTrigrams = kAlphabet * kAlphabet * kAlphabet;
static_assert(kTrigrams == tables::kTrigramSlots);

inline std::size_t symbol(char c) noexcept { return tables::nameSymbol(static_cast<unsigned char>(c)); }

inline std::size_t trigram(const char* p) noexcept {
    return (symbol(p[0]) * kAlphabet + symbol(p[1])) * kAlphabet + symbol(p[2]);
}

constexpr char lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool isNameChar(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

std::string_view trim(std::string_view text) noexcept {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n' || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

struct KindInfo {
    std::string_view name;
    ConstantKind kind;
};

// In the order of ConstantKind (the tables store the enum's value).
constexpr std::array kKinds{
    KindInfo{"integer", ConstantKind::Integer},   KindInfo{"enum", ConstantKind::Enumerator},
    KindInfo{"win32_error", ConstantKind::Win32Error}, KindInfo{"hresult", ConstantKind::HResult},
    KindInfo{"ntstatus", ConstantKind::NtStatus}, KindInfo{"window_message", ConstantKind::WindowMessage},
    KindInfo{"pointer", ConstantKind::Pointer},   KindInfo{"string", ConstantKind::String},
};
static_assert(static_cast<std::size_t>(ConstantKind::String) + 1 == kKinds.size());

// The key under which a value is indexed: 32 bits for constants of 32 bits or less (so
// 0x80070005 and -2147024891 meet), 64 bits otherwise.
std::uint64_t valueKey(const tables::Record& r) noexcept { return r.width <= 32 ? (r.bits & 0xFFFFFFFFULL) : r.bits; }

std::string unescape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size()) {
            const char n = text[++i];
            out += n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n;
        } else {
            out += text[i];
        }
    }
    return out;
}

// Anchored, case-insensitive glob: * any run, ? one character. Linear with one backtrack point.
bool globMatch(std::string_view pattern, std::string_view name) noexcept {
    std::size_t p = 0, n = 0, star = std::string_view::npos, mark = 0;
    while (n < name.size()) {
        if (p < pattern.size() && (pattern[p] == '?' || lower(pattern[p]) == lower(name[n]))) {
            ++p;
            ++n;
        } else if (p < pattern.size() && pattern[p] == '*') {
            star = p++;
            mark = n;
        } else if (star != std::string_view::npos) {
            p = star + 1;
            n = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*') ++p;
    return p == pattern.size();
}

// Whether `key` occurs in `name` at a position of `from` or later. Names are short: comparing
// four bytes at every position beats the library's search, whose set-up costs more than the
// search itself here.
bool containsFrom(std::string_view name, std::string_view key, std::size_t from) noexcept {
    if (name.size() < key.size() || key.size() < 4) {
        return name.size() >= key.size() && name.find(key, from) != std::string_view::npos;
    }
    std::uint32_t head = 0;
    std::memcpy(&head, key.data(), sizeof head);
    for (std::size_t i = from; i + key.size() <= name.size(); ++i) {
        std::uint32_t at = 0;
        std::memcpy(&at, name.data() + i, sizeof at);
        if (at == head && std::memcmp(name.data() + i + 4, key.data() + 4, key.size() - 4) == 0) return true;
    }
    return false;
}

Error queryError(std::string message) {
    return makeError(win32::kInvalidParameter, std::move(message));
}

}  // namespace

std::string_view kindName(ConstantKind kind) noexcept {
    const auto i = static_cast<std::size_t>(kind);
    return i < kKinds.size() ? kKinds[i].name : std::string_view("integer");
}

std::string Constant::valueText() const {
    switch (kind) {
        case ConstantKind::String: return unescape(text);
        default:
            if (isSigned && static_cast<std::int64_t>(bits) < 0) return std::to_string(static_cast<std::int64_t>(bits));
            return std::to_string(bits);
    }
}

std::string Constant::hexText() const {
    if (kind == ConstantKind::String) return {};
    std::uint64_t v = bits;
    if (width < 64) v &= (1ULL << width) - 1;
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, 16);
    (void)ec;
    std::string out = "0x";
    for (char* p = buf; p != end; ++p) out += static_cast<char>(*p >= 'a' && *p <= 'f' ? *p - 'a' + 'A' : *p);
    return out;
}

Result<ParsedNumber> parseNumber(std::string_view text) {
    if (text.size() > kMaxQuery) return queryError("the number is longer than 256 characters");
    text = trim(text);
    if (text.empty()) return queryError("an empty string is not a number");
    ParsedNumber number;
    if (text.front() == '-' || text.front() == '+') {
        number.negative = text.front() == '-';
        text.remove_prefix(1);
    }
    // C suffixes, as the headers write them: 1326L, 0xFFFFFFFFUL, 5ull.
    while (!text.empty() && (text.back() == 'u' || text.back() == 'U' || text.back() == 'l' || text.back() == 'L'))
        text.remove_suffix(1);
    int base = 10;
    if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
        base = 16;
        text.remove_prefix(2);
    }
    if (text.empty()) return queryError("no digits in the number");
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), number.magnitude, base);
    if (ec == std::errc::result_out_of_range) return queryError("the number does not fit 64 bits");
    if (ec != std::errc() || end != text.data() + text.size())
        return queryError(std::string("not a number (decimal, 0x hex or negative): '") +
                          std::string(text.substr(0, 40)) + "'");
    if (number.negative && number.magnitude > (1ULL << 63)) return queryError("the number is below -2^63");
    if (number.magnitude == 0) number.negative = false;
    return number;
}
namespace tables {

std::string validateTables(const Tables& t) {
    auto inPool = [](std::size_t offset, std::size_t length, std::size_t size) {
        return offset <= size && length <= size - offset;
    };
    if (t.recordCount == 0 || t.recordCount >= (1U << 24)) return "the record count is out of range";
    if (!t.names || !t.lowerNames || !t.strings || !t.records || !t.nameOffsets || !t.ctypes || !t.headers || !t.families ||
        !t.byValue || !t.valueRanks || !t.byRank || !t.messages || !t.shortKeys || !t.shortIds)
        return "a table is missing";
    for (const auto* texts : {&t.ctypes, &t.headers, &t.families}) {
        const std::size_t count = texts == &t.ctypes ? t.ctypeCount : texts == &t.headers ? t.headerCount : t.familyCount;
        for (std::size_t i = 0; i < count; ++i)
            if (!inPool((*texts)[i].offset, (*texts)[i].length, t.stringsSize)) return "a type, header or family is out of the string pool";
    }
    std::size_t numeric = 0;
    std::size_t nextName = 0;
    for (std::size_t i = 0; i < t.recordCount; ++i) {
        const Record& r = t.records[i];
        // Names follow each other, each ended by '\n': a position in the pool maps to one record.
        if (r.name != nextName || t.nameOffsets[i] != r.name || r.nameLength == 0 ||
            !inPool(r.name, r.nameLength + 1U, t.namesSize))
            return "record " + std::to_string(i) + ": the name is out of place";
        nextName = r.name + r.nameLength + 1U;
        if (t.names[r.name + r.nameLength] != '\n' || t.lowerNames[r.name + r.nameLength] != '\n')
            return "record " + std::to_string(i) + ": the name is not ended";
        for (std::size_t k = 0; k < r.nameLength; ++k) {
            const char c = t.names[r.name + k];
            if (!isNameChar(c) || t.lowerNames[r.name + k] != lower(c))
                return "record " + std::to_string(i) + ": the name has a character no name has";
        }
        if (i > 0) {
            const Record& p = t.records[i - 1];
            const std::string_view a(t.lowerNames + p.name, p.nameLength), b(t.lowerNames + r.name, r.nameLength);
            if (b < a) return "record " + std::to_string(i) + ": the names are out of order";
        }
        if (r.kind > static_cast<std::uint8_t>(ConstantKind::String) || r.ctype >= t.ctypeCount ||
            r.header >= t.headerCount || r.family >= t.familyCount || r.isSigned > 1)
            return "record " + std::to_string(i) + ": a field is out of range";
        if (r.kind == static_cast<std::uint8_t>(ConstantKind::String)) {
            if (!inPool(r.text, r.textLength, t.stringsSize) || r.width != 0)
                return "record " + std::to_string(i) + ": the string is out of the pool";
        } else {
            ++numeric;
            if (r.width != 8 && r.width != 16 && r.width != 32 && r.width != 64)
                return "record " + std::to_string(i) + ": the width is not 8, 16, 32 or 64";
        }
    }
    if (nextName != t.namesSize || t.nameOffsets[t.recordCount] != t.namesSize) return "the name pool has more than the names";
    if (t.byValue && t.byValueCount != numeric) return "the value index does not hold every numeric constant";
    for (std::size_t i = 0; i < t.byValueCount; ++i) {
        const auto id = t.byValue[i];
        if (id >= t.recordCount || t.records[id].kind == static_cast<std::uint8_t>(ConstantKind::String))
            return "the value index names a record it should not";
        if (i > 0) {
            const auto key = valueKey(t.records[id]), previous = valueKey(t.records[t.byValue[i - 1]]);
            if (key < previous || (key == previous && t.valueRanks[i] < t.valueRanks[i - 1]))
                return "the value index is out of order";
        }
    }
    std::vector<bool> seen(t.recordCount);
    for (std::size_t i = 0; i < t.recordCount; ++i) {
        const auto id = t.byRank[i];
        if (id >= t.recordCount || seen[id]) return "the rank order is not a permutation of the records";
        seen[id] = true;
        if (i > 0) {
            const auto prev = t.byRank[i - 1];
            const auto a = t.records[prev].nameLength, b = t.records[id].nameLength;
            if (b < a || (a == b && id < prev)) return "the rank order is out of order";
        }
    }
    for (std::size_t i = 0; i < t.messageCount; ++i) {
        const Message& m = t.messages[i];
        if (m.nt > 1 || !inPool(m.text.offset, m.text.length, t.stringsSize)) return "a message is out of the pool";
        if (i > 0 && std::tie(m.nt, m.code) <= std::tie(t.messages[i - 1].nt, t.messages[i - 1].code))
            return "the messages are out of order";
    }
    for (std::size_t k = 0; k < kShortKeys; ++k) {
        const ShortKey& s = t.shortKeys[k];
        if (s.count > kShortListLength || s.count > s.innerTotal || s.innerTotal > t.recordCount ||
            s.first > t.shortIdCount || s.count > t.shortIdCount - s.first ||
            (s.innerTotal > s.count && s.count < kShortListLength))
            return "a short-key list is out of range";
        for (std::size_t i = 0; i < s.count; ++i)
            if (t.shortIds[s.first + i] >= t.recordCount) return "a short-key list names no record";
    }
    const std::size_t blocks = (t.recordCount + kBlockNames - 1) / kBlockNames;
    if (!t.trigramRows || !t.blockMasks || t.blockWords != (blocks + 63) / 64) return "the block filter does not fit the records";
    for (std::size_t g = 0; g < kTrigramSlots; ++g)
        if (t.trigramRows[g] != kNoTrigramRow && t.trigramRows[g] >= t.blockMaskRows) return "the block filter names no row";
    return {};
}

}  // namespace tables

struct ConstantIndex::Data {
    explicit Data(const tables::Tables& tables) : t(tables), n(tables.recordCount), blocks((n + kBlock - 1) / kBlock) {}
    ~Data() {
        for (auto& block : blocks) delete[] block.load(std::memory_order_relaxed);
    }
    Data(const Data&) = delete;
    Data& operator=(const Data&) = delete;

    const tables::Tables& t;
    const std::size_t n;

    // Constant objects, made on first use a block at a time (lock-free: a loser of the race
    // frees its copy). They never move once made.
    static constexpr std::size_t kBlock = 256;
    mutable std::vector<std::atomic<Constant*>> blocks;
    const Constant& constant(std::size_t id) const;

    // CSR over trigramIds, kTrigrams + 1 entries. Built on the first query that needs it (a few
    // milliseconds), so that loading stays free for callers that only look names up.
    mutable std::once_flag trigramsBuilt;
    mutable std::atomic<unsigned> substringQueries{0};  // the first is answered by a scan
    mutable std::vector<std::uint32_t> trigramStart;
    mutable std::vector<std::uint32_t> trigramIds;
    static constexpr std::uint32_t kNoBitmap = std::numeric_limits<std::uint32_t>::max();
    static constexpr std::size_t kBitmapThreshold = 1024;
    mutable std::vector<std::uint32_t> bitmapOf;  // per trigram: its bitmap's slot, or kNoBitmap
    mutable std::vector<std::uint64_t> bitmaps;   // bitmapWords() words per slot
    [[nodiscard]] std::size_t bitmapWords() const noexcept { return (n + 63) / 64; }
    void buildTrigrams() const;
    // Appends (ascending) the ids of [windowLo, windowHi) outside [skipLo, skipHi) whose names
    // may hold every part: at least those whose names have every trigram of every part ('\n'
    // stands for either end of a name); the caller checks each. Builds the trigram index on
    // first use. False when no part has three characters.
    bool candidates(const std::vector<std::string_view>& parts, std::size_t windowLo, std::size_t windowHi,
                    std::size_t skipLo, std::size_t skipHi, std::vector<std::uint32_t>& out) const;
    // Without the trigram index: appends every id of [windowLo, windowHi) in a block of the
    // prebuilt block filter that holds every trigram of every part. False as candidates().
    bool blockCandidates(const std::vector<std::string_view>& parts, std::size_t windowLo, std::size_t windowHi,
                         std::vector<std::uint32_t>& out) const;

    [[nodiscard]] std::string_view text(const tables::Text& s) const noexcept { return {t.strings + s.offset, s.length}; }
    [[nodiscard]] std::size_t nameLength(std::size_t id) const noexcept {
        return t.nameOffsets[id + 1] - t.nameOffsets[id] - 1;
    }
    [[nodiscard]] std::string_view lowerName(std::size_t id) const noexcept {
        return {t.lowerNames + t.nameOffsets[id], nameLength(id)};
    }
    // Shortest first (then name order) among `ids` (in name order), at most `room` appended to `out`.
    template <class Ids>
    void takeShortest(const Ids& ids, std::size_t room, std::vector<const Constant*>& out) const;
    // The same for every record in [lo, hi), choosing between a histogram of the range and a
    // walk of the rank order, whichever looks at fewer records.
    void takeShortestRange(std::size_t lo, std::size_t hi, std::size_t room, std::vector<const Constant*>& out) const;
};

const Constant& ConstantIndex::Data::constant(std::size_t id) const {
    auto& slot = blocks[id / kBlock];
    Constant* block = slot.load(std::memory_order_acquire);
    if (!block) {
        auto fresh = std::make_unique<Constant[]>(kBlock);
        const std::size_t first = id / kBlock * kBlock;
        for (std::size_t i = first; i < std::min(n, first + kBlock); ++i) {
            const tables::Record& r = t.records[i];
            Constant& c = fresh[i - first];
            c.name = {t.names + r.name, r.nameLength};
            c.kind = static_cast<ConstantKind>(r.kind);
            c.ctype = text(t.ctypes[r.ctype]);
            c.header = text(t.headers[r.header]);
            c.family = text(t.families[r.family]);
            c.bits = r.bits;
            c.isSigned = r.isSigned != 0;
            c.width = r.width;
            if (c.kind == ConstantKind::String) c.text = {t.strings + r.text, r.textLength};
        }
        Constant* expected = nullptr;
        if (slot.compare_exchange_strong(expected, fresh.get(), std::memory_order_acq_rel, std::memory_order_acquire))
            block = fresh.release();
        else
            block = expected;
    }
    return block[id % kBlock];
}

void ConstantIndex::Data::buildTrigrams() const {
    // Each name is read as "\n" NAME "\n", so a glob's anchored ends are trigrams too. Count,
    // then fill: every list ascends and holds a name once.
    std::vector<std::uint32_t> last(kTrigrams, std::numeric_limits<std::uint32_t>::max());
    std::array<char, 258> framed{};
    auto forEachTrigram = [&](std::size_t i, auto&& visit) {
        const auto name = lowerName(i);
        framed[0] = '\n';
        std::memcpy(framed.data() + 1, name.data(), name.size());
        framed[name.size() + 1] = '\n';
        for (std::size_t k = 0; k < name.size(); ++k) {
            const auto g = trigram(framed.data() + k);
            if (last[g] != i) {
                last[g] = static_cast<std::uint32_t>(i);
                visit(g);
            }
        }
    };
    trigramStart.assign(kTrigrams + 1, 0);
    for (std::size_t i = 0; i < n; ++i) forEachTrigram(i, [&](std::size_t g) { ++trigramStart[g + 1]; });
    for (std::size_t g = 0; g < kTrigrams; ++g) trigramStart[g + 1] += trigramStart[g];
    trigramIds.resize(trigramStart[kTrigrams]);
    std::vector<std::uint32_t> fill(trigramStart.begin(), trigramStart.end() - 1);
    std::fill(last.begin(), last.end(), std::numeric_limits<std::uint32_t>::max());
    for (std::size_t i = 0; i < n; ++i)
        forEachTrigram(i, [&](std::size_t g) { trigramIds[fill[g]++] = static_cast<std::uint32_t>(i); });
    // The common trigrams (about 300 of them) also as bitmaps: testing a bit beats searching a long list.
    bitmapOf.assign(kTrigrams, kNoBitmap);
    std::size_t slots = 0;
    for (std::size_t g = 0; g < kTrigrams; ++g)
        if (trigramStart[g + 1] - trigramStart[g] > kBitmapThreshold) bitmapOf[g] = static_cast<std::uint32_t>(slots++);
    bitmaps.assign(slots * bitmapWords(), 0);
    for (std::size_t g = 0; g < kTrigrams; ++g) {
        if (bitmapOf[g] == kNoBitmap) continue;
        std::uint64_t* bits = bitmaps.data() + bitmapOf[g] * bitmapWords();
        for (auto k = trigramStart[g]; k < trigramStart[g + 1]; ++k) bits[trigramIds[k] / 64] |= std::uint64_t{1} << (trigramIds[k] % 64);
    }
}

namespace {
// The first element of the ascending [at, end) not below id, found by doubling steps from at:
// cheap when id is near, as it is when a list is walked in order.
const std::uint32_t* gallop(const std::uint32_t* at, const std::uint32_t* end, std::uint32_t id) noexcept {
    const auto size = static_cast<std::size_t>(end - at);
    std::size_t bound = 1;
    while (bound < size && at[bound] < id) bound *= 2;
    return std::lower_bound(at + bound / 2, at + std::min(bound + 1, size), id);
}
}  // namespace

bool ConstantIndex::Data::candidates(const std::vector<std::string_view>& parts, std::size_t windowLo,
                                     std::size_t windowHi, std::size_t skipLo, std::size_t skipHi,
                                     std::vector<std::uint32_t>& out) const {
    std::call_once(trigramsBuilt, [this] { buildTrigrams(); });
    struct List {
        const std::uint32_t* at;
        const std::uint32_t* end;
        const std::uint64_t* bits;  // the same as a bitmap, for the common trigrams; else nullptr
    };
    std::vector<List> lists;
    for (const auto part : parts)
        for (std::size_t k = 0; k + 3 <= part.size(); ++k) {
            const auto g = trigram(part.data() + k);
            const auto slot = bitmapOf[g];
            lists.push_back({trigramIds.data() + trigramStart[g], trigramIds.data() + trigramStart[g + 1],
                             slot == kNoBitmap ? nullptr : bitmaps.data() + slot * bitmapWords()});
        }
    if (lists.empty()) return false;
    std::sort(lists.begin(), lists.end(), [](const List& a, const List& b) { return a.end - a.at < b.end - b.at; });
    auto outside = [&](std::size_t id) { return id >= windowLo && id < windowHi && (id < skipLo || id >= skipHi); };
    // A window smaller than the rarest list is cheaper to read whole.
    if (windowHi - windowLo <= static_cast<std::size_t>(lists.front().end - lists.front().at) && skipLo >= skipHi) {
        for (std::size_t id = windowLo; id < windowHi; ++id) out.push_back(static_cast<std::uint32_t>(id));
        return true;
    }
    if (lists.front().bits) {
        // Every trigram is common: AND the bitmaps of the rarest few (the caller checks every
        // candidate against the whole query anyway), then read the ids off the bits.
        const std::size_t words = bitmapWords();
        std::vector<std::uint64_t> both(lists.front().bits, lists.front().bits + words);
        for (std::size_t l = 1; l < std::min<std::size_t>(lists.size(), 4); ++l)
            for (std::size_t w = 0; w < words; ++w) both[w] &= lists[l].bits[w];
        for (std::size_t w = windowLo / 64; w < words && w * 64 < windowHi; ++w) {
            for (std::uint64_t word = both[w]; word != 0; word &= word - 1) {
                const std::size_t id = w * 64 + static_cast<std::size_t>(std::countr_zero(word));
                if (outside(id)) out.push_back(static_cast<std::uint32_t>(id));
            }
        }
        return true;
    }
    const List base = lists.front();
    const std::span<List> others(lists.data() + 1, lists.size() - 1);
    for (auto p = std::lower_bound(base.at, base.end, static_cast<std::uint32_t>(windowLo)); p != base.end && *p < windowHi; ++p) {
        const std::uint32_t id = *p;
        if (id >= skipLo && id < skipHi) {
            p = std::lower_bound(p, base.end, static_cast<std::uint32_t>(skipHi)) - 1;
            continue;
        }
        const bool inAll = std::all_of(others.begin(), others.end(), [id](List& l) {
            if (l.bits) return ((l.bits[id / 64] >> (id % 64)) & 1U) != 0;
            l.at = gallop(l.at, l.end, id);
            return l.at != l.end && *l.at == id;
        });
        if (inAll) out.push_back(id);
    }
    return true;
}

bool ConstantIndex::Data::blockCandidates(const std::vector<std::string_view>& parts, std::size_t windowLo,
                                          std::size_t windowHi, std::vector<std::uint32_t>& out) const {
    std::vector<std::uint64_t> held(t.blockWords, ~std::uint64_t{0});
    bool any = false;
    for (const auto part : parts) {
        for (std::size_t k = 0; k + 3 <= part.size(); ++k) {
            any = true;
            const auto row = t.trigramRows[trigram(part.data() + k)];
            if (row == tables::kNoTrigramRow) return true;  // no name has it
            for (std::size_t w = 0; w < t.blockWords; ++w) held[w] &= t.blockMasks[row * t.blockWords + w];
        }
    }
    if (!any) return false;
    for (std::size_t w = 0; w < t.blockWords; ++w) {
        for (std::uint64_t word = held[w]; word != 0; word &= word - 1) {
            const std::size_t block = w * 64 + static_cast<std::size_t>(std::countr_zero(word));
            const std::size_t first = std::max(windowLo, block * tables::kBlockNames);
            const std::size_t last = std::min(windowHi, (block + 1) * tables::kBlockNames);
            for (std::size_t id = first; id < last; ++id) out.push_back(static_cast<std::uint32_t>(id));
        }
    }
    return true;
}

template <class Ids>
void ConstantIndex::Data::takeShortest(const Ids& ids, std::size_t room, std::vector<const Constant*>& out) const {
    if (room == 0 || ids.begin() == ids.end()) return;
    // A length histogram finds the cut without sorting every match.
    std::array<std::uint32_t, 257> count{};
    for (auto id : ids) ++count[nameLength(id)];
    std::size_t cut = 0, taken = 0;
    while (cut < 256 && taken + count[cut] < room) taken += count[cut++];
    std::vector<std::uint32_t> chosen;
    std::size_t atCut = room - taken;
    for (auto id : ids) {  // ids are in name order, so ties keep name order
        if (nameLength(id) < cut) {
            chosen.push_back(static_cast<std::uint32_t>(id));
        } else if (nameLength(id) == cut && atCut > 0) {
            chosen.push_back(static_cast<std::uint32_t>(id));
            --atCut;
        }
    }
    std::stable_sort(chosen.begin(), chosen.end(),
                     [this](std::uint32_t a, std::uint32_t b) { return nameLength(a) < nameLength(b); });
    for (auto id : chosen) out.push_back(&constant(id));
}

namespace {
// The ids lo, lo+1, … hi-1 as a range for takeShortest.
struct IdRange {
    struct Iterator {
        std::size_t id;
        std::size_t operator*() const noexcept { return id; }
        Iterator& operator++() noexcept { ++id; return *this; }
        bool operator==(const Iterator&) const = default;
    };
    std::size_t lo, hi;
    [[nodiscard]] Iterator begin() const noexcept { return {lo}; }
    [[nodiscard]] Iterator end() const noexcept { return {hi}; }
};
}  // namespace

void ConstantIndex::Data::takeShortestRange(std::size_t lo, std::size_t hi, std::size_t room,
                                            std::vector<const Constant*>& out) const {
    const std::size_t size = hi - lo;
    if (room == 0 || size == 0) return;
    // The walk meets about room * n / size records; the histogram reads each of `size` twice.
    if (room >= size || room * n / size > 2 * size) {
        takeShortest(IdRange{lo, hi}, room, out);
        return;
    }
    for (std::size_t k = 0; k < n && room > 0; ++k) {
        const std::size_t id = t.byRank[k];
        if (id >= lo && id < hi) {
            out.push_back(&constant(id));
            --room;
        }
    }
}

ConstantIndex::ConstantIndex() : ConstantIndex(tables::embeddedTables()) {}

ConstantIndex::ConstantIndex(const tables::Tables& tables) : data_(std::make_unique<Data>(tables)) {}

ConstantIndex::~ConstantIndex() = default;

const ConstantIndex& ConstantIndex::instance() {
    static const ConstantIndex index;  // C++11 guarantees a thread-safe, one-time load
    return index;
}

std::unique_ptr<ConstantIndex> ConstantIndex::load() {
    // The embedded tables were checked when they were built and by the tests; checking them at
    // every start would cost more than everything else the load does.
    return std::unique_ptr<ConstantIndex>(new ConstantIndex());
}

Result<std::unique_ptr<ConstantIndex>> ConstantIndex::open(const tables::Tables& tables) {
    if (auto problem = tables::validateTables(tables); !problem.empty())
        return makeError(win32::kInvalidData, "the constants tables are damaged: " + problem);
    return std::unique_ptr<ConstantIndex>(new ConstantIndex(tables));
}

std::size_t ConstantIndex::size() const noexcept { return data_->n; }

const Constant& ConstantIndex::at(std::size_t i) const {
    if (i >= data_->n) throw std::out_of_range("ConstantIndex::at: no constant " + std::to_string(i));
    return data_->constant(i);
}

const Constant* ConstantIndex::find(std::string_view name) const noexcept {
    if (name.empty() || name.size() > kMaxQuery) return nullptr;
    std::array<char, kMaxQuery> buffer{};
    for (std::size_t i = 0; i < name.size(); ++i) buffer[i] = lower(name[i]);
    const std::string_view key(buffer.data(), name.size());
    const auto& d = *data_;
    std::size_t lo = 0, hi = d.n;
    while (lo < hi) {
        const auto mid = (lo + hi) / 2;
        if (d.lowerName(mid) < key) lo = mid + 1; else hi = mid;
    }
    for (; lo < d.n && d.lowerName(lo) == key; ++lo)
        if (std::string_view(d.t.names + d.t.records[lo].name, d.nameLength(lo)) == name) return &d.constant(lo);
    return nullptr;
}

Result<SearchResult> ConstantIndex::searchName(std::string_view query, std::size_t limit) const {
    if (query.size() > kMaxQuery) return queryError("the query is longer than 256 characters");
    query = trim(query);
    if (query.empty()) return queryError("the query is empty");
    bool glob = false;
    std::string key;
    key.reserve(query.size());
    for (char c : query) {
        if (c == '*' || c == '?') {
            glob = true;
        } else if (!isNameChar(c)) {
            return queryError(std::string("a constant name has only letters, digits and _ (and * or ? in a glob); "
                                          "the query has '") + (c >= 32 && c < 127 ? std::string(1, c) : std::string("\\x") + std::to_string(static_cast<unsigned char>(c))) + "'");
        }
        key += lower(c);
    }
    const auto& d = *data_;
    const std::size_t n = d.n;
    SearchResult result;

    // The literal prefix of the key (all of it when not a glob) bounds a range of names.
    const std::string_view literal = glob ? std::string_view(key).substr(0, key.find_first_of("*?")) : std::string_view(key);
    std::size_t lo = 0, hi = n;
    if (!literal.empty()) {
        std::size_t a = 0, b = n;
        while (a < b) {
            const auto mid = (a + b) / 2;
            if (d.lowerName(mid) < literal) a = mid + 1; else b = mid;
        }
        lo = a;
        b = n;
        while (a < b) {
            const auto mid = (a + b) / 2;
            if (d.lowerName(mid).substr(0, literal.size()) <= literal) a = mid + 1; else b = mid;
        }
        hi = a;
    }

    // A one-shot caller (the CLI) is served best by the prebuilt block filter; a caller that keeps
    // asking (the GUI, on every keystroke) by the trigram index, built on its second query.
    const bool firstQuery = d.substringQueries.fetch_add(1, std::memory_order_relaxed) == 0;

    if (glob) {
        // PREFIX* (stars only at the end): every name of the range, shortest first.
        if (!literal.empty() && key.find_first_not_of('*', literal.size()) == std::string::npos) {
            result.total = hi - lo;
            d.takeShortestRange(lo, hi, limit, result.items);
            return result;
        }
        // The literal runs, with '\n' for an anchored end: "*_a" needs "_a\n", "ab?d*" needs "\nab".
        std::string framed = "\n" + key + "\n";
        std::vector<std::string_view> parts;
        std::size_t start = 0;
        for (std::size_t i = 0; i <= framed.size(); ++i) {
            if (i == framed.size() || framed[i] == '*' || framed[i] == '?') {
                if (i > start) parts.push_back(std::string_view(framed).substr(start, i - start));
                start = i + 1;
            }
        }
        std::vector<std::uint32_t> candidates;
        bool narrowed = false;
        if (firstQuery) narrowed = d.blockCandidates(parts, lo, hi, candidates);
        else narrowed = d.candidates(parts, lo, hi, 0, 0, candidates);
        // The longest literal run after the prefix must be in the name: a quick test before the
        // glob matcher, whose backtracking costs more on names that cannot match.
        std::string_view inner;
        for (auto part : parts) {
            if (part.front() == '\n') continue;  // the prefix: the range holds it already
            if (part.back() == '\n') part.remove_suffix(1);
            if (part.size() > inner.size()) inner = part;
        }
        std::vector<std::uint32_t> ids;
        auto consider = [&](std::uint32_t i) {
            if (i < lo || i >= hi) return;
            const auto name = d.lowerName(i);
            if (!inner.empty() && !containsFrom(name, inner, literal.size())) return;
            if (globMatch(key, name)) ids.push_back(i);
        };
        if (narrowed) {
            for (auto id : candidates) consider(id);
        } else {
            for (std::size_t i = lo; i < hi; ++i) consider(static_cast<std::uint32_t>(i));
        }
        result.total = ids.size();
        d.takeShortest(ids, limit, result.items);
        return result;
    }

    // Exact, then prefix matches: [lo, hi), the exact ones first in it.
    std::size_t i = lo;
    for (; i < hi && d.nameLength(i) == key.size(); ++i) {
        if (result.items.size() < limit) result.items.push_back(&d.constant(i));
        ++result.total;
    }
    result.total += hi - i;
    d.takeShortestRange(i, hi, limit - std::min(limit, result.items.size()), result.items);
    std::size_t room = limit - std::min(limit, result.items.size());

    // Substring matches that are not prefix matches (outside [lo, hi), so the key is not at 0).
    auto isInner = [&](std::size_t id) { return (id < lo || id >= hi) && containsFrom(d.lowerName(id), key, 1); };
    if (key.size() <= 2) {
        const auto& s = d.t.shortKeys[key.size() == 1 ? tables::shortKeySlot(static_cast<unsigned char>(key[0]))
                                                      : tables::shortKeySlot(static_cast<unsigned char>(key[0]),
                                                                             static_cast<unsigned char>(key[1]))];
        result.total += s.innerTotal;
        if (room <= s.count || s.count == s.innerTotal) {
            for (std::size_t k = 0; k < std::min<std::size_t>(room, s.count); ++k)
                result.items.push_back(&d.constant(d.t.shortIds[s.first + k]));
        } else {  // more than the list holds: walk the rank order
            for (std::size_t k = 0; k < n && room > 0; ++k) {
                const std::size_t id = d.t.byRank[k];
                if (isInner(id)) {
                    result.items.push_back(&d.constant(id));
                    --room;
                }
            }
        }
        return result;
    }
    std::vector<std::uint32_t> candidates, inner;
    const std::vector<std::string_view> parts{key};
    if (firstQuery) (void)d.blockCandidates(parts, 0, n, candidates);
    else (void)d.candidates(parts, 0, n, lo, hi, candidates);
    if (key.size() == 3 && !firstQuery) {
        inner = std::move(candidates);  // the trigram's own list: every one has the key
    } else {
        inner.reserve(candidates.size());
        for (auto id : candidates)
            if (isInner(id)) inner.push_back(id);
    }
    result.total += inner.size();
    d.takeShortest(inner, room, result.items);
    return result;
}

SearchResult ConstantIndex::searchValue(const ParsedNumber& value, std::size_t limit) const {
    const auto& d = *data_;
    SearchResult result;
    const auto* first = d.t.byValue;
    const auto* last = d.t.byValue + d.t.byValueCount;
    auto range = [&](std::uint64_t key) {
        auto lo = std::lower_bound(first, last, key, [&](std::uint32_t id, std::uint64_t k) { return valueKey(d.t.records[id]) < k; });
        auto hi = std::upper_bound(lo, last, key, [&](std::uint64_t k, std::uint32_t id) { return k < valueKey(d.t.records[id]); });
        return std::pair{lo, hi};
    };
    const std::uint64_t key64 = value.bits();
    const bool has32 = value.fits32();
    const std::uint64_t key32 = key64 & 0xFFFFFFFFULL;
    auto [a, aEnd] = range(key64);
    auto [b, bEnd] = has32 && key32 != key64 ? range(key32) : std::pair{last, last};
    // Under key64 only 64-bit constants match, except when key64 == key32 (a small positive value).
    auto accepts64 = [&](std::uint32_t id) { return (has32 && key32 == key64) || d.t.records[id].width == 64; };
    auto accepts32 = [&](std::uint32_t id) { return d.t.records[id].width <= 32; };
    // Merge the two ranges; within each, the tables hold the ids in rank order.
    auto rank = [&](const std::uint32_t* p) { return d.t.valueRanks[p - first]; };
    while (a != aEnd || b != bEnd) {
        while (a != aEnd && !accepts64(*a)) ++a;
        while (b != bEnd && !accepts32(*b)) ++b;
        const std::uint32_t* next = nullptr;
        if (a != aEnd && (b == bEnd || rank(a) <= rank(b))) next = a++;
        else if (b != bEnd) next = b++;
        if (!next) break;
        ++result.total;
        if (result.items.size() < limit) result.items.push_back(&d.constant(*next));
    }
    return result;
}
Result<SearchResult> ConstantIndex::searchValue(std::string_view text, std::size_t limit) const {
    auto number = parseNumber(text);
    if (!number) return number.error();
    return searchValue(*number, limit);
}

Result<FlagSplit> ConstantIndex::splitFlags(std::uint64_t value, std::string_view familyPrefix) const {
    const auto pattern = std::string(trim(familyPrefix)) + "*";
    if (pattern.size() == 1) return queryError("the family prefix is empty");
    auto members = searchName(pattern, std::numeric_limits<std::size_t>::max());
    if (!members) return members.error();
    if (members->total == 0) {
        return makeError(win32::kNotFound, "no constant name starts with '" + std::string(familyPrefix.substr(0, 80)) + "'");
    }
    const std::string prefixUpper = [&] {
        std::string s(trim(familyPrefix));
        for (auto& c : s) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
        return s;
    }();
    struct Candidate {
        const Constant* c;
        std::uint64_t bits;
        int preference;  // lower is better among aliases of one value
    };
    std::vector<Candidate> candidates;
    bool accessRights = false;
    auto numericBits = [](const Constant& c) { return c.width < 64 ? c.bits & ((1ULL << c.width) - 1) : c.bits; };
    FlagSplit split;
    for (const auto* c : members->items) {
        if (!c->isNumeric() || c->kind == ConstantKind::Pointer) continue;
        if (c->name.ends_with("_ALL_ACCESS")) accessRights = true;
        const auto bits = numericBits(*c);
        if (bits == value) split.exact.push_back(c);
        if (bits == 0) continue;
        const int preference = (c->family == prefixUpper ? 0 : 1) * 1000 + static_cast<int>(c->name.size());
        candidates.push_back({c, bits, preference});
    }
    // The generic and standard rights that access masks are built from.
    if (accessRights) {
        int order = 0;
        for (const char* name : {"STANDARD_RIGHTS_REQUIRED", "DELETE", "READ_CONTROL", "WRITE_DAC", "WRITE_OWNER",
                                 "SYNCHRONIZE", "ACCESS_SYSTEM_SECURITY", "MAXIMUM_ALLOWED", "GENERIC_ALL",
                                 "GENERIC_EXECUTE", "GENERIC_WRITE", "GENERIC_READ"}) {
            if (const auto* c = find(name)) candidates.push_back({c, numericBits(*c), -100 + order++});
        }
    }
    // One name per value: the preferred alias.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return a.bits != b.bits ? a.bits < b.bits : a.preference < b.preference;
    });
    candidates.erase(std::unique(candidates.begin(), candidates.end(),
                                 [](const Candidate& a, const Candidate& b) { return a.bits == b.bits; }),
                     candidates.end());
    // A member that is the union of smaller members (TOKEN_ALL_ACCESS, *_VALID_MASK) is not a flag,
    // unless it is one of the standard rights groups (STANDARD_RIGHTS_REQUIRED reads better than its four bits).
    std::vector<Candidate> flags;
    for (const auto& c : candidates) {
        std::uint64_t covered = 0;
        for (const auto& other : candidates)
            if (other.bits != c.bits && (other.bits & ~c.bits) == 0) covered |= other.bits;
        if (covered != c.bits || c.preference < 0) flags.push_back(c);
    }
    // Standard rights first (they are the high bits people read first), then bit order.
    std::stable_sort(flags.begin(), flags.end(), [](const Candidate& a, const Candidate& b) {
        const bool sa = a.preference < 0, sb = b.preference < 0;
        if (sa != sb) return sa;
        if (sa) return a.preference < b.preference;
        return a.bits < b.bits;
    });
    std::uint64_t remaining = value;
    for (const auto& f : flags) {
        if ((f.bits & ~value) == 0 && (f.bits & remaining) != 0) {
            split.flags.push_back(f.c);
            remaining &= ~f.bits;
        }
    }
    split.leftover = remaining;
    return split;
}

std::string_view ConstantIndex::message(std::uint32_t code, bool ntstatus) const noexcept {
    const auto& d = *data_;
    const auto* end = d.t.messages + d.t.messageCount;
    const std::uint32_t nt = ntstatus ? 1 : 0;
    const auto* it = std::lower_bound(d.t.messages, end, std::pair{nt, code}, [](const tables::Message& a, const auto& key) {
        return std::tie(a.nt, a.code) < std::tie(key.first, key.second);
    });
    return it != end && it->nt == nt && it->code == code ? d.text(it->text) : std::string_view{};
}

std::string_view ConstantIndex::win32ErrorName(std::uint32_t code) const noexcept {
    ParsedNumber number;
    number.magnitude = code;
    const auto found = searchValue(number, 1);
    if (!found.items.empty() && found.items.front()->kind == ConstantKind::Win32Error) return found.items.front()->name;
    return {};
}

Result<ErrorDecoding> ConstantIndex::decodeError(std::string_view input) const {
    if (input.size() > kMaxQuery) return queryError("the code is longer than 256 characters");
    const auto text = trim(input);
    ErrorDecoding out;
    out.input = std::string(text);
    auto number = parseNumber(text);
    if (number) {
        if (!number->fits32())
            return queryError("an error code fits 32 bits (-2147483648 .. 4294967295, or 0x0 .. 0xFFFFFFFF)");
        out.value = static_cast<std::uint32_t>(number->bits() & 0xFFFFFFFFULL);
    } else {
        // A name: ERROR_ACCESS_DENIED, E_ACCESSDENIED, STATUS_ACCESS_DENIED (any case).
        const Constant* named = find(text);
        if (!named) {
            auto found = searchName(text, 1);
            if (found && !found->items.empty() && found->items.front()->name.size() == text.size()) named = found->items.front();
        }
        if (!named || !named->isNumeric() || named->kind == ConstantKind::Pointer)
            return queryError("not an error code or the name of one: '" + std::string(text.substr(0, 60)) + "'");
        out.value = static_cast<std::uint32_t>(named->bits & 0xFFFFFFFFULL);
    }
    const std::uint32_t v = out.value;
    out.failure = (v & 0x80000000U) != 0;
    out.facility = (v >> 16) & 0x7FF;
    out.code = v & 0xFFFF;
    if (v < 0x10000) out.win32 = v;
    else if ((v & 0xFFFF0000U) == 0x80070000U) out.win32 = v & 0xFFFF;                  // HRESULT_FROM_WIN32
    else if ((v & 0xCFFF0000U) == 0xC0070000U) out.win32 = v & 0xFFFF;                  // FACILITY_NTWIN32
    if ((v & 0x10000000U) != 0 && v >= 0x80000000U) out.ntstatus = v & ~0x10000000U;   // HRESULT_FROM_NT

    auto addMatches = [&](std::uint32_t code, bool wantWin32, bool wantOthers) {
        ParsedNumber number32;
        number32.magnitude = code;
        for (const auto* c : searchValue(number32, 200).items) {
            const bool isWin32 = c->kind == ConstantKind::Win32Error;
            const bool isOther = c->kind == ConstantKind::HResult || c->kind == ConstantKind::NtStatus;
            if (!((isWin32 && wantWin32) || (isOther && wantOthers))) continue;
            if (std::any_of(out.matches.begin(), out.matches.end(), [&](const ErrorMatch& m) { return m.constant == c; })) continue;
            out.matches.push_back({c, message(code, c->kind == ConstantKind::NtStatus)});
        }
    };
    addMatches(v, true, true);
    if (out.win32 && *out.win32 != v) addMatches(*out.win32, true, false);
    if (out.ntstatus) addMatches(*out.ntstatus, false, true);
    if (v >= 0x10000) {
        for (const auto* c : searchValue(ParsedNumber{false, out.facility}, 50).items) {
            if (c->name.starts_with("FACILITY_") && c->header == "winerror.h") {
                out.facilityName = c->name;
                break;
            }
        }
    }
    // The hint: for the Win32 reading, or the Win32 error an NTSTATUS stands for.
    std::uint32_t hintCode = out.win32.value_or(0xFFFFFFFFU);
    if (!out.win32) {
        struct StatusToWin32 { std::uint32_t status, win32; };
        static constexpr std::array kStatus{
            StatusToWin32{0xC000006DU, 1326}, StatusToWin32{0xC000006AU, 1326}, StatusToWin32{0xC0000064U, 1326},
            StatusToWin32{0xC000015BU, 1385}, StatusToWin32{0xC0000061U, 1314}, StatusToWin32{0xC0000022U, 5},
            StatusToWin32{0xC0000072U, 1331}, StatusToWin32{0xC0000071U, 1330}, StatusToWin32{0xC0000224U, 1907},
            StatusToWin32{0xC0000234U, 1909}, StatusToWin32{0xC0000193U, 1793}, StatusToWin32{0xC000006EU, 1327},
            StatusToWin32{0xC000006FU, 1328}, StatusToWin32{0xC0000070U, 1329}, StatusToWin32{0xC00000A5U, 1346},
            StatusToWin32{0xC000007CU, 1008}, StatusToWin32{0x00000106U, 1300}, StatusToWin32{0xC0000060U, 1313},
            StatusToWin32{0xC000005EU, 1311}, StatusToWin32{0xC0000008U, 6},    StatusToWin32{0xC000000DU, 87},
        };
        const std::uint32_t status = out.ntstatus.value_or(v);
        for (const auto& s : kStatus)
            if (s.status == status) hintCode = s.win32;
    }
    out.hint = std::string(win32ErrorHint(hintCode));
    return out;
}


ConstantStats ConstantIndex::stats() const {
    const auto& d = *data_;
    ConstantStats s;
    s.total = d.n;
    std::vector<std::size_t> byHeader(d.t.headerCount);
    std::array<std::size_t, kKinds.size()> byKind{};
    for (std::size_t i = 0; i < d.n; ++i) {
        ++byKind[d.t.records[i].kind];
        ++byHeader[d.t.records[i].header];
    }
    for (std::size_t k = 0; k < byKind.size(); ++k)
        if (byKind[k]) s.byKind[std::string(kKinds[k].name)] = byKind[k];
    for (std::size_t h = 0; h < byHeader.size(); ++h)
        if (byHeader[h]) s.byHeader[std::string(d.text(d.t.headers[h]))] += byHeader[h];
    s.messages = d.t.messageCount;
    return s;
}

}  // namespace tokenscope

// ConstantIndex: answers every query from the prebuilt tables of constants/tables.hpp, read in
// place (loading parses and copies nothing; open() checks tables that are not the embedded ones).
// Names are in case-insensitive order (exact and prefix matches by binary search; a glob's head
// with ? walks that order as a trie), a permutation by name length gives "shortest first"
// without sorting, one- and two-character keys have their substring matches precomputed, and
// longer substrings and a glob's literal runs are found in the suffix array of every name by
// binary search. Values are sorted with their ranking (reverse lookup by binary search).
// Constant objects are made on first use, 256 at a time.
#include "tokenscope/constants.hpp"

#include <algorithm>
#include <cstring>
#include <array>
#include <atomic>
#include <charconv>
#include <cstdio>
#include <limits>
#include <stdexcept>

#include "constants/tables.hpp"
#include "tokenscope/errors.hpp"

namespace tokenscope {
namespace {

constexpr std::size_t kMaxQuery = 256;
// A glob's head with ? is walked as a trie over the sorted names; past this many ranges the
// walk stops and the names of the literal prefix are checked one by one instead.
constexpr std::size_t kMaxHeadRanges = 512;

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
    KindInfo{"resource_id", ConstantKind::ResourceId}, KindInfo{"struct_id", ConstantKind::StructId},
    KindInfo{"bugcheck", ConstantKind::BugCheck},   KindInfo{"guid", ConstantKind::Guid},
    KindInfo{"property_key", ConstantKind::PropertyKey}, KindInfo{"devprop_key", ConstantKind::DevPropKey},
};
static_assert(static_cast<std::size_t>(ConstantKind::DevPropKey) + 1 == kKinds.size());

// Kinds whose value is text in the string pool (strings, GUIDs), not a number.
constexpr bool isTextKind(std::uint8_t kind) noexcept {
    return kind == static_cast<std::uint8_t>(ConstantKind::String) || kind == static_cast<std::uint8_t>(ConstantKind::Guid) ||
           kind == static_cast<std::uint8_t>(ConstantKind::PropertyKey) ||
           kind == static_cast<std::uint8_t>(ConstantKind::DevPropKey);
}

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

// The first index of [lo, hi) where pred turns false (pred is true, then false, over it).
template <class Pred>
std::size_t partitionPoint(std::size_t lo, std::size_t hi, Pred pred) {
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (pred(mid)) lo = mid + 1; else hi = mid;
    }
    return lo;
}

// The text of suffix array entry e: its lowercase name from the entry's position, '\n' included.
std::string_view suffixText(const tables::Tables& t, std::uint32_t e) noexcept {
    const auto id = tables::suffixRecord(e);
    const std::size_t length = t.nameOffsets[id + 1] - t.nameOffsets[id];  // with the '\n'
    return {t.lowerNames + t.nameOffsets[id] + tables::suffixPosition(e), length - tables::suffixPosition(e)};
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
        case ConstantKind::Guid:
        case ConstantKind::PropertyKey:
        case ConstantKind::DevPropKey: return std::string(text);
        default:
            if (isSigned && static_cast<std::int64_t>(bits) < 0) return std::to_string(static_cast<std::int64_t>(bits));
            return std::to_string(bits);
    }
}

std::string Constant::hexText() const {
    if (!isNumeric()) return {};
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
        if (r.kind > static_cast<std::uint8_t>(ConstantKind::DevPropKey) || r.ctype >= t.ctypeCount ||
            r.header >= t.headerCount || r.family >= t.familyCount || r.isSigned > 1)
            return "record " + std::to_string(i) + ": a field is out of range";
        if (isTextKind(r.kind)) {
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
        if (id >= t.recordCount || isTextKind(t.records[id].kind)) return "the value index names a record it should not";
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
    if (t.guidCount > 0 && t.guids == nullptr) return "the GUID index is missing";
    for (std::size_t i = 0; i < t.guidCount; ++i) {
        const GuidEntry& g = t.guids[i];
        if (g.record >= t.recordCount || !isTextKind(t.records[g.record].kind) ||
            t.records[g.record].kind == static_cast<std::uint8_t>(ConstantKind::String))
            return "the GUID index names a record that is no GUID";
        if (i > 0) {
            const GuidEntry& p = t.guids[i - 1];
            const int order = std::memcmp(p.bytes, g.bytes, sizeof g.bytes);
            if (order > 0 || (order == 0 && p.record >= g.record)) return "the GUID index is out of order";
        }
    }
    if (t.statusMappingCount > 0 && (t.statusToWin32 == nullptr || t.win32ToStatus == nullptr))
        return "the NTSTATUS mappings are missing";
    for (std::size_t i = 1; i < t.statusMappingCount; ++i) {
        const StatusMapping &a = t.statusToWin32[i - 1], &b = t.statusToWin32[i];
        if (b.status <= a.status) return "the NTSTATUS mappings are out of order";
        const StatusMapping &c = t.win32ToStatus[i - 1], &d = t.win32ToStatus[i];
        if (std::tie(d.win32, d.status) <= std::tie(c.win32, c.status)) return "the Win32 mappings are out of order";
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
    // The suffix array: every position of every name once, in order.
    if (!t.suffixes || t.suffixCount != t.namesSize - t.recordCount) return "the suffix array does not hold every position";
    std::vector<bool> taken(t.namesSize);
    for (std::size_t i = 0; i < t.suffixCount; ++i) {
        const std::uint32_t e = t.suffixes[i];
        if (suffixRecord(e) >= t.recordCount || suffixPosition(e) >= t.records[suffixRecord(e)].nameLength)
            return "suffix " + std::to_string(i) + " is out of its name";
        const std::size_t at = t.nameOffsets[suffixRecord(e)] + suffixPosition(e);
        if (taken[at]) return "suffix " + std::to_string(i) + " is in the suffix array twice";
        taken[at] = true;
        if (i > 0) {
            const std::uint32_t p = t.suffixes[i - 1];
            const auto a = suffixText(t, p), b = suffixText(t, e);
            if (b < a || (a == b && e < p)) return "suffix " + std::to_string(i) + " is out of order";
        }
    }
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

    [[nodiscard]] std::string_view text(const tables::Text& s) const noexcept { return {t.strings + s.offset, s.length}; }
    [[nodiscard]] std::size_t nameLength(std::size_t id) const noexcept {
        return t.nameOffsets[id + 1] - t.nameOffsets[id] - 1;
    }
    [[nodiscard]] std::string_view lowerName(std::size_t id) const noexcept {
        return {t.lowerNames + t.nameOffsets[id], nameLength(id)};
    }
    // The suffix of suffix array entry e: its name from the entry's position, '\n' included.
    [[nodiscard]] std::string_view suffix(std::uint32_t e) const noexcept { return suffixText(t, e); }
    // The suffix array entries [first, last) whose suffixes start with key.
    [[nodiscard]] std::pair<std::size_t, std::size_t> suffixRange(std::string_view key) const noexcept;
    // The name ranges, ascending, whose first pattern.size() characters match pattern (? is any
    // one character), from [lo, hi) whose names share the first `depth` characters. False when
    // more than `budget` ranges would be needed.
    bool headRanges(std::string_view pattern, std::size_t depth, std::size_t lo, std::size_t hi,
                    std::vector<std::pair<std::size_t, std::size_t>>& out, std::size_t& budget) const;

    // Shortest first (then name order) among `ids` (any order, no repeats), at most `room`
    // appended to `out`.
    void takeShortest(std::vector<std::uint32_t>& ids, std::size_t room, std::vector<const Constant*>& out) const;
    // The same for every record of the ascending, disjoint ranges.
    void takeShortestRanges(const std::vector<std::pair<std::size_t, std::size_t>>& ranges, std::size_t room,
                            std::vector<const Constant*>& out) const;
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
            if (isTextKind(r.kind)) c.text = {t.strings + r.text, r.textLength};
        }
        Constant* expected = nullptr;
        if (slot.compare_exchange_strong(expected, fresh.get(), std::memory_order_acq_rel, std::memory_order_acquire))
            block = fresh.release();
        else
            block = expected;
    }
    return block[id % kBlock];
}

std::pair<std::size_t, std::size_t> ConstantIndex::Data::suffixRange(std::string_view key) const noexcept {
    const auto* s = t.suffixes;
    const std::size_t first = partitionPoint(0, t.suffixCount, [&](std::size_t i) { return suffix(s[i]).substr(0, key.size()) < key; });
    const std::size_t last = partitionPoint(first, t.suffixCount, [&](std::size_t i) { return suffix(s[i]).substr(0, key.size()) == key; });
    return {first, last};
}

bool ConstantIndex::Data::headRanges(std::string_view pattern, std::size_t depth, std::size_t lo, std::size_t hi,
                                     std::vector<std::pair<std::size_t, std::size_t>>& out, std::size_t& budget) const {
    // Every name of [lo, hi) has at least `depth` characters, so the one at `depth` is a character
    // or the '\n' that ends the name, which sorts before every character.
    for (; depth < pattern.size() && lo < hi; ++depth) {
        auto at = [&](std::size_t id) { return t.lowerNames[t.nameOffsets[id] + depth]; };
        if (pattern[depth] != '?') {
            const char c = pattern[depth];
            lo = partitionPoint(lo, hi, [&](std::size_t id) { return at(id) < c; });
            hi = partitionPoint(lo, hi, [&](std::size_t id) { return at(id) == c; });
            continue;
        }
        // One branch per character found at this depth; the names that end here match nothing.
        for (std::size_t k = partitionPoint(lo, hi, [&](std::size_t id) { return at(id) == '\n'; }); k < hi;) {
            const char c = at(k);
            const std::size_t end = partitionPoint(k, hi, [&](std::size_t id) { return at(id) == c; });
            if (!headRanges(pattern, depth + 1, k, end, out, budget)) return false;
            k = end;
        }
        return true;
    }
    if (lo < hi) {
        if (budget == 0) return false;
        --budget;
        out.emplace_back(lo, hi);
    }
    return true;
}

void ConstantIndex::Data::takeShortest(std::vector<std::uint32_t>& ids, std::size_t room,
                                       std::vector<const Constant*>& out) const {
    if (room == 0 || ids.empty()) return;
    // A length histogram finds the cut without sorting every match.
    std::array<std::uint32_t, 257> count{};
    for (auto id : ids) ++count[nameLength(id)];
    std::size_t cut = 0, taken = 0;
    while (cut < 256 && taken + count[cut] < room) taken += count[cut++];
    std::vector<std::uint32_t> chosen, atCut;
    for (auto id : ids) {
        const auto length = nameLength(id);
        if (length < cut) chosen.push_back(id);
        else if (length == cut) atCut.push_back(id);
    }
    // Of the names as long as the cut, the first in name order.
    const std::size_t wanted = std::min(atCut.size(), room - std::min(room, taken));
    std::nth_element(atCut.begin(), atCut.begin() + static_cast<std::ptrdiff_t>(wanted), atCut.end());
    chosen.insert(chosen.end(), atCut.begin(), atCut.begin() + static_cast<std::ptrdiff_t>(wanted));
    std::sort(chosen.begin(), chosen.end(), [this](std::uint32_t a, std::uint32_t b) {
        const auto la = nameLength(a), lb = nameLength(b);
        return la != lb ? la < lb : a < b;
    });
    for (auto id : chosen) out.push_back(&constant(id));
}

void ConstantIndex::Data::takeShortestRanges(const std::vector<std::pair<std::size_t, std::size_t>>& ranges,
                                             std::size_t room, std::vector<const Constant*>& out) const {
    std::size_t size = 0;
    for (const auto& [lo, hi] : ranges) size += hi - lo;
    if (room == 0 || size == 0) return;
    if (size / 2 <= room || ranges.size() > 64) {
        std::vector<std::uint32_t> ids;
        ids.reserve(size);
        for (const auto& [lo, hi] : ranges)
            for (std::size_t id = lo; id < hi; ++id) ids.push_back(static_cast<std::uint32_t>(id));
        takeShortest(ids, room, out);
        return;
    }
    // The rank order holds the names of each length in name order, so a range's names of one
    // length are one run of it: two binary searches per range and length, however big the range.
    for (std::size_t start = 0; start < n && room > 0;) {
        const auto length = nameLength(t.byRank[start]);
        const std::size_t end = partitionPoint(start, n, [&](std::size_t k) { return nameLength(t.byRank[k]) == length; });
        for (const auto& range : ranges) {
            std::size_t k = partitionPoint(start, end, [&](std::size_t j) { return t.byRank[j] < range.first; });
            for (; k < end && t.byRank[k] < range.second && room > 0; ++k, --room) out.push_back(&constant(t.byRank[k]));
        }
        start = end;
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
    std::size_t lo = partitionPoint(0, d.n, [&](std::size_t id) { return d.lowerName(id) < key; });
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
            // A byte that is no printable ASCII is named in hex (\x1b), never echoed raw.
            char shown[8];
            if (c >= 32 && c < 127)
                std::snprintf(shown, sizeof shown, "%c", c);
            else
                std::snprintf(shown, sizeof shown, "\\x%02x", static_cast<unsigned char>(c));
            return queryError(
                std::string("a constant name has only letters, digits and _ (and * or ? in a glob); "
                            "the query has '") +
                shown + "'");
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
        lo = partitionPoint(0, n, [&](std::size_t id) { return d.lowerName(id) < literal; });
        hi = partitionPoint(lo, n, [&](std::size_t id) { return d.lowerName(id).substr(0, literal.size()) == literal; });
    }

    using Ranges = std::vector<std::pair<std::size_t, std::size_t>>;
    // Each record of the suffix array entries [first, last) once, except those in [skipLo, skipHi).
    auto recordsOf = [&](std::pair<std::size_t, std::size_t> entries, std::size_t skipLo, std::size_t skipHi) {
        std::vector<std::uint32_t> ids;
        std::vector<std::uint64_t> seen((n + 63) / 64);
        for (std::size_t k = entries.first; k < entries.second; ++k) {
            const std::uint32_t id = tables::suffixRecord(d.t.suffixes[k]);
            auto& word = seen[id / 64];
            const std::uint64_t bit = std::uint64_t{1} << (id % 64);
            if ((id >= skipLo && id < skipHi) || (word & bit) != 0) continue;
            word |= bit;
            ids.push_back(id);
        }
        return ids;
    };

    if (glob) {
        // The pattern as segments between stars: the head is anchored at the start of a name,
        // the last segment (when there is a star) at its end.
        std::vector<std::string_view> segments;
        for (std::size_t start = 0;;) {
            const auto star = key.find('*', start);
            segments.push_back(std::string_view(key).substr(start, star == std::string::npos ? star : star - start));
            if (star == std::string::npos) break;
            start = star + 1;
        }
        const std::string_view head = segments.front();
        // The names whose head matches: exact ranges from the trie walk, or (past the budget,
        // or with no literal character to walk) the literal prefix's range to check one by one.
        Ranges heads;
        std::size_t budget = kMaxHeadRanges;
        const bool headExact = d.headRanges(head, literal.size(), lo, hi, heads, budget);
        if (!headExact) heads.assign(1, {lo, hi});
        std::size_t headCount = 0;
        for (const auto& [a, b] : heads) headCount += b - a;

        std::vector<std::uint32_t> ids;
        if (segments.size() == 1) {
            // No star: names exactly as long as the pattern (in an exact range they come first).
            for (const auto& [a, b] : heads) {
                for (std::size_t id = a; id < b; ++id) {
                    if (headExact && d.nameLength(id) > key.size()) break;
                    if (d.nameLength(id) == key.size() && (headExact || globMatch(key, d.lowerName(id))))
                        ids.push_back(static_cast<std::uint32_t>(id));
                }
            }
            result.total = ids.size();
            d.takeShortest(ids, limit, result.items);
            return result;
        }
        const bool onlyHead = std::all_of(segments.begin() + 1, segments.end(), [](auto s) { return s.empty(); });
        if (onlyHead && headExact) {  // HEAD*: every name of the ranges
            result.total = headCount;
            d.takeShortestRanges(heads, limit, result.items);
            return result;
        }
        // The rarest literal run after the head, as the suffix array finds it; a run that ends
        // the pattern must end the name ("*_access" needs "_access\n").
        std::string anchored;
        std::pair<std::size_t, std::size_t> rarest{0, 0};
        bool haveRun = false;
        for (std::size_t s = 1; s < segments.size(); ++s) {
            const auto segment = segments[s];
            for (std::size_t start = 0; start < segment.size();) {
                auto end = segment.find('?', start);
                if (end == std::string_view::npos) end = segment.size();
                if (end > start) {
                    std::string run(segment.substr(start, end - start));
                    if (s + 1 == segments.size() && end == segment.size()) run += '\n';
                    const auto range = d.suffixRange(run);
                    if (!haveRun || range.second - range.first < rarest.second - rarest.first) {
                        rarest = range;
                        anchored = run;
                        haveRun = true;
                    }
                }
                start = end + 1;
            }
        }
        if (haveRun && (head.empty() || rarest.second - rarest.first < headCount)) {
            // *RUN and *RUN* (no ?) are exactly the names the suffix array holds.
            const bool exact = head.empty() && key.find('?') == std::string::npos &&
                               (segments.size() == 2 || (segments.size() == 3 && segments[2].empty()));
            ids = recordsOf(rarest, 0, 0);
            if (!exact)
                std::erase_if(ids, [&](std::uint32_t id) { return !globMatch(key, d.lowerName(id)); });
        } else {
            for (const auto& [a, b] : heads)
                for (std::size_t id = a; id < b; ++id)
                    if (globMatch(key, d.lowerName(id))) ids.push_back(static_cast<std::uint32_t>(id));
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
    d.takeShortestRanges(Ranges{{i, hi}}, limit - std::min(limit, result.items.size()), result.items);
    std::size_t room = limit - std::min(limit, result.items.size());

    // Substring matches that are not prefix matches (outside [lo, hi), so the key is not at 0).
    if (key.size() <= 2) {
        const auto& s = d.t.shortKeys[key.size() == 1 ? tables::shortKeySlot(static_cast<unsigned char>(key[0]))
                                                      : tables::shortKeySlot(static_cast<unsigned char>(key[0]),
                                                                             static_cast<unsigned char>(key[1]))];
        result.total += s.innerTotal;
        if (room <= s.count || s.count == s.innerTotal) {
            for (std::size_t k = 0; k < std::min<std::size_t>(room, s.count); ++k)
                result.items.push_back(&d.constant(d.t.shortIds[s.first + k]));
            return result;
        }
        // More than the list holds: the suffix array's matches, or a walk of the rank order when
        // the key is so common that the walk meets fewer names (it meets about room * n / total).
        const auto entries = d.suffixRange(key);
        if (static_cast<double>(entries.second - entries.first) <= static_cast<double>(room) * static_cast<double>(n) / s.innerTotal) {
            auto inner = recordsOf(entries, lo, hi);
            d.takeShortest(inner, room, result.items);
        } else {
            for (std::size_t k = 0; k < n && room > 0; ++k) {
                const std::size_t id = d.t.byRank[k];
                if ((id < lo || id >= hi) && d.lowerName(id).find(key, 1) != std::string_view::npos) {
                    result.items.push_back(&d.constant(id));
                    --room;
                }
            }
        }
        return result;
    }
    auto inner = recordsOf(d.suffixRange(key), lo, hi);
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

std::string familyPattern(std::string_view family) {
    if (family.find_first_of("*?") != std::string_view::npos) return std::string(family);
    return std::string(family) + "*";
}

Result<FlagSplit> ConstantIndex::splitFlags(std::uint64_t value, std::string_view familyPrefix) const {
    if (trim(familyPrefix).empty()) return queryError("the family prefix is empty");
    const auto pattern = familyPattern(trim(familyPrefix));
    auto members = searchName(pattern, std::numeric_limits<std::size_t>::max());
    if (!members) return members.error();
    if (members->total == 0) {
        return makeError(win32::kNotFound, "no constant name matches '" + pattern.substr(0, 80) + "'");
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

std::vector<const Constant*> ConstantIndex::searchGuid(const GuidBytes& guid) const {
    const auto& t = data_->t;
    const auto* end = t.guids + t.guidCount;
    auto less = [](const tables::GuidEntry& e, const GuidBytes& key) {
        return std::memcmp(e.bytes, key.bytes.data(), key.bytes.size()) < 0;
    };
    std::vector<const Constant*> found;
    for (const auto* it = std::lower_bound(t.guids, end, guid, less);
         it != end && std::memcmp(it->bytes, guid.bytes.data(), guid.bytes.size()) == 0; ++it)
        found.push_back(&data_->constant(it->record));
    return found;  // the index keeps equal GUIDs in record (name) order
}

std::size_t ConstantIndex::guidCount() const noexcept { return data_->t.guidCount; }

namespace {

int hexDigit(char c) noexcept {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

Result<GuidBytes> parseGuid(std::string_view text) {
    auto bad = [&text] {
        return makeError(win32::kInvalidParameter,
                         "not a GUID: '" + std::string(text.substr(0, 80)) +
                             "' (expected {6B29FC40-CA47-1067-B31D-00DD010662DA}, with or without braces)");
    };
    std::string_view s = trim(text);
    // As C writes it: {0x6b29fc40, 0xca47, 0x1067, {0xb3, 0x1d, …}}: eleven numbers.
    if (s.find(',') != std::string_view::npos) {
        std::vector<std::uint64_t> numbers;
        std::size_t i = 0;
        while (i < s.size()) {
            if (s[i] == '0' && i + 1 < s.size() && (s[i + 1] == 'x' || s[i + 1] == 'X')) {
                std::uint64_t v = 0;
                std::size_t j = i + 2, digits = 0;
                for (; j < s.size() && hexDigit(s[j]) >= 0; ++j, ++digits) v = v << 4 | static_cast<unsigned>(hexDigit(s[j]));
                if (digits == 0 || digits > 8) return bad();
                while (j < s.size() && (s[j] == 'L' || s[j] == 'l' || s[j] == 'U' || s[j] == 'u')) ++j;
                numbers.push_back(v);
                i = j;
            } else if (s[i] >= '0' && s[i] <= '9') {
                std::uint64_t v = 0;
                std::size_t j = i, digits = 0;
                for (; j < s.size() && s[j] >= '0' && s[j] <= '9'; ++j, ++digits) v = v * 10 + static_cast<unsigned>(s[j] - '0');
                if (digits > 10) return bad();
                numbers.push_back(v);
                i = j;
            } else if (s[i] == '{' || s[i] == '}' || s[i] == ',' || s[i] == ' ' || s[i] == '\t') {
                ++i;
            } else {
                return bad();
            }
        }
        if (numbers.size() != 11 || numbers[0] > 0xFFFFFFFFU || numbers[1] > 0xFFFF || numbers[2] > 0xFFFF) return bad();
        GuidBytes g;
        for (int k = 0; k < 4; ++k) g.bytes[static_cast<std::size_t>(k)] = static_cast<std::uint8_t>(numbers[0] >> (8 * k));
        for (int k = 0; k < 2; ++k) {
            g.bytes[static_cast<std::size_t>(4 + k)] = static_cast<std::uint8_t>(numbers[1] >> (8 * k));
            g.bytes[static_cast<std::size_t>(6 + k)] = static_cast<std::uint8_t>(numbers[2] >> (8 * k));
        }
        for (std::size_t k = 0; k < 8; ++k) {
            if (numbers[3 + k] > 0xFF) return bad();
            g.bytes[8 + k] = static_cast<std::uint8_t>(numbers[3 + k]);
        }
        return g;
    }
    if (s.size() >= 2 && ((s.front() == '{' && s.back() == '}') || (s.front() == '(' && s.back() == ')')))
        s = s.substr(1, s.size() - 2);
    std::string digits;
    if (s.size() == 36) {
        for (std::size_t i = 0; i < s.size(); ++i) {
            const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash != (s[i] == '-')) return bad();
            if (!dash) digits += s[i];
        }
    } else if (s.size() == 32) {
        digits = std::string(s);
    } else {
        return bad();
    }
    std::array<std::uint8_t, 16> text16{};  // the digits' bytes in reading order
    for (std::size_t k = 0; k < 16; ++k) {
        const int hi = hexDigit(digits[2 * k]), lo = hexDigit(digits[2 * k + 1]);
        if (hi < 0 || lo < 0) return bad();
        text16[k] = static_cast<std::uint8_t>(hi << 4 | lo);
    }
    // Data1, Data2 and Data3 are little-endian numbers in memory; Data4 is bytes in order.
    GuidBytes g;
    const std::array<std::size_t, 16> order{3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15};
    for (std::size_t k = 0; k < 16; ++k) g.bytes[k] = text16[order[k]];
    return g;
}

std::string guidText(const GuidBytes& g) {
    char out[40];
    const auto& b = g.bytes;
    std::snprintf(out, sizeof out, "{%02X%02X%02X%02X-%02X%02X-%02X%02X-%02X%02X-%02X%02X%02X%02X%02X%02X}", b[3], b[2],
                  b[1], b[0], b[5], b[4], b[7], b[6], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
    return out;
}

std::optional<std::uint32_t> ConstantIndex::win32ForNtStatus(std::uint32_t status) const noexcept {
    const auto& t = data_->t;
    const auto* end = t.statusToWin32 + t.statusMappingCount;
    const auto* it = std::lower_bound(t.statusToWin32, end, status,
                                      [](const tables::StatusMapping& m, std::uint32_t key) { return m.status < key; });
    if (it == end || it->status != status) return std::nullopt;
    return it->win32;
}

std::vector<std::uint32_t> ConstantIndex::ntStatusesForWin32(std::uint32_t win32) const {
    const auto& t = data_->t;
    const auto* end = t.win32ToStatus + t.statusMappingCount;
    const auto* it = std::lower_bound(t.win32ToStatus, end, win32,
                                      [](const tables::StatusMapping& m, std::uint32_t key) { return m.win32 < key; });
    std::vector<std::uint32_t> statuses;
    for (; it != end && it->win32 == win32; ++it) statuses.push_back(it->status);
    return statuses;
}

std::string_view ConstantIndex::win32ErrorName(std::uint32_t code) const noexcept {
    ParsedNumber number;
    number.magnitude = code;
    const auto found = searchValue(number, 1);
    if (!found.items.empty() && found.items.front()->kind == ConstantKind::Win32Error) return found.items.front()->name;
    return {};
}

std::string_view ConstantIndex::ntStatusName(std::uint32_t code) const {
    ParsedNumber number;
    number.magnitude = code;
    for (const auto* c : searchValue(number, 200).items)
        if (c->kind == ConstantKind::NtStatus) return c->name;
    return {};
}

std::string hexCode(std::uint32_t code) {
    char text[16];
    std::snprintf(text, sizeof text, "0x%08X", code);
    return text;
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
            const bool isOther = c->kind == ConstantKind::HResult || c->kind == ConstantKind::NtStatus ||
                                 c->kind == ConstantKind::BugCheck;
            if (!((isWin32 && wantWin32) || (isOther && wantOthers))) continue;
            if (std::any_of(out.matches.begin(), out.matches.end(), [&](const ErrorMatch& m) { return m.constant == c; })) continue;
            // A STOP code has no system message (FormatMessageW's would be the Win32 error's).
            out.matches.push_back(
                {c, c->kind == ConstantKind::BugCheck ? std::string_view{} : message(code, c->kind == ConstantKind::NtStatus)});
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
    // Windows' own mapping, both ways: the Win32 error an NTSTATUS becomes (RtlNtStatusToDosError),
    // and the NTSTATUS values that become a Win32 error.
    const bool isStatus = std::any_of(out.matches.begin(), out.matches.end(), [&](const ErrorMatch& m) {
        return m.constant->kind == ConstantKind::NtStatus && (m.constant->bits & 0xFFFFFFFFU) == out.ntstatus.value_or(v);
    });
    if (isStatus) out.statusWin32 = win32ForNtStatus(out.ntstatus.value_or(v));
    const std::uint32_t win32Reading = out.win32.value_or(v);
    const bool isWin32 = std::any_of(out.matches.begin(), out.matches.end(), [&](const ErrorMatch& m) {
        return m.constant->kind == ConstantKind::Win32Error && (m.constant->bits & 0xFFFFFFFFU) == win32Reading;
    });
    if (isWin32) out.statusesForWin32 = ntStatusesForWin32(win32Reading);
    // The hint: for the Win32 reading, or the Win32 error the NTSTATUS becomes.
    const std::uint32_t hintCode = out.win32 ? *out.win32 : out.statusWin32.value_or(0xFFFFFFFFU);
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

// ConstantIndex: parses the embedded TSV once into views over it, then answers every query
// from three indexes built at load time: names sorted case-insensitively (exact and prefix by
// binary search), a trigram index of the names (substring and glob), and values sorted with
// their ranking (reverse lookup by binary search).
#include "tokenscope/constants.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <atomic>
#include <deque>
#include <limits>
#include <mutex>

#include "constants/embedded_data.hpp"
#include "tokenscope/errors.hpp"

namespace tokenscope {
namespace {

constexpr std::size_t kMaxQuery = 256;
constexpr unsigned kAlphabet = 38;  // a-z, 0-9, _, anything else
constexpr std::size_t kTrigrams = kAlphabet * kAlphabet * kAlphabet;

constexpr unsigned symbolOf(unsigned c) noexcept {
    if (c >= 'a' && c <= 'z') return c - 'a';
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= '0' && c <= '9') return 26 + (c - '0');
    return c == '_' ? 36 : 37;
}

constexpr auto kSymbols = [] {
    std::array<std::uint8_t, 256> table{};
    for (unsigned c = 0; c < 256; ++c) table[c] = static_cast<std::uint8_t>(symbolOf(c));
    return table;
}();

inline std::size_t symbol(char c) noexcept { return kSymbols[static_cast<unsigned char>(c)]; }

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

// Splits the next line off `rest` (without its '\n').
std::string_view nextLine(std::string_view& rest) noexcept {
    const auto end = rest.find('\n');
    std::string_view line = rest.substr(0, end);
    rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
    return line;
}

template <std::size_t N>
bool splitTabs(std::string_view line, std::array<std::string_view, N>& fields) noexcept {
    for (std::size_t i = 0; i < N; ++i) {
        const auto tab = line.find('\t');
        if (i + 1 < N) {
            if (tab == std::string_view::npos) return false;
            fields[i] = line.substr(0, tab);
            line.remove_prefix(tab + 1);
        } else {
            fields[i] = line;
        }
    }
    return true;
}

struct KindInfo {
    std::string_view name;
    ConstantKind kind;
    unsigned valueRank;  // order in a reverse lookup: errors first
};

constexpr std::array kKinds{
    KindInfo{"win32_error", ConstantKind::Win32Error, 0},  KindInfo{"hresult", ConstantKind::HResult, 1},
    KindInfo{"ntstatus", ConstantKind::NtStatus, 2},       KindInfo{"window_message", ConstantKind::WindowMessage, 3},
    KindInfo{"integer", ConstantKind::Integer, 4},         KindInfo{"enum", ConstantKind::Enumerator, 5},
    KindInfo{"pointer", ConstantKind::Pointer, 6},         KindInfo{"string", ConstantKind::String, 7},
};

const KindInfo* kindInfo(std::string_view name) noexcept {
    for (const auto& info : kKinds)
        if (info.name == name) return &info;
    return nullptr;
}

unsigned valueRank(ConstantKind kind) noexcept {
    for (const auto& info : kKinds)
        if (info.kind == kind) return info.valueRank;
    return 9;
}

unsigned typeWidth(std::string_view ctype) noexcept {
    if (ctype == "long long" || ctype == "unsigned long long" || ctype == "pointer") return 64;
    if (ctype == "short" || ctype == "unsigned short") return 16;
    if (ctype == "char" || ctype == "signed char" || ctype == "unsigned char" || ctype == "_Bool") return 8;
    return 32;  // int, unsigned int, long, unsigned long (LLP64)
}

// The headers a person means first when a value has many names.
bool coreHeader(std::string_view header) noexcept {
    return header == "winerror.h" || header == "winnt.h" || header == "winbase.h" || header == "winuser.h" ||
           header == "ntstatus.h" || header == "minwinbase.h" || header == "lmerr.h";
}

// The key under which a value is indexed: 32 bits for constants of 32 bits or less (so
// 0x80070005 and -2147024891 meet), 64 bits otherwise.
std::uint64_t valueKey(const Constant& c) noexcept { return c.width <= 32 ? (c.bits & 0xFFFFFFFFULL) : c.bits; }

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

Error queryError(std::string message) {
    return makeError(win32::kInvalidParameter, std::move(message));
}

}  // namespace

std::string_view kindName(ConstantKind kind) noexcept {
    for (const auto& info : kKinds)
        if (info.kind == kind) return info.name;
    return "integer";
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

struct ConstantIndex::Data {
    std::vector<Constant> all;                 // in case-insensitive name order (as the TSV)
    std::string lowerNames;                    // every name lowercased, each followed by '\n'
    std::vector<std::uint32_t> nameAt;         // offset of each name in lowerNames
    std::vector<std::uint8_t> nameLength;      // capped at 255
    // CSR over trigramIds, kTrigrams + 1 entries. Built on the first query that needs it (a few
    // milliseconds), so that loading stays fast for callers that only look names up.
    mutable std::once_flag trigramsBuilt;
    mutable std::atomic<unsigned> substringQueries{0};  // the first is answered by a scan
    mutable std::vector<std::uint32_t> trigramStart;
    mutable std::vector<std::uint32_t> trigramIds;
    void buildTrigrams() const;
    struct ValueEntry {
        std::uint64_t key;
        std::uint32_t rank;  // kind, header, length, name order: lower is better
        std::uint32_t id;
    };
    std::vector<ValueEntry> byValue;  // by key, then rank
    struct Message {
        std::uint32_t code;
        bool nt;
        std::string_view text;
    };
    std::vector<Message> messages;  // by (nt, code)
    std::deque<std::string> unescaped;  // texts that needed unescaping

    [[nodiscard]] std::string_view lowerName(std::size_t i) const noexcept {
        return {lowerNames.data() + nameAt[i], all[i].name.size()};
    }

    void parseConstants(std::string_view tsv);
    void parseMessages(std::string_view tsv);
    void buildIndexes();

    // Shortest first (then name order) among `ids`, at most `room` of them appended to `out`.
    void takeShortest(const std::vector<std::uint32_t>& ids, std::size_t room, std::vector<const Constant*>& out) const;
};

void ConstantIndex::Data::parseConstants(std::string_view tsv) {
    all.reserve(static_cast<std::size_t>(std::count(tsv.begin(), tsv.end(), '\n')));
    std::array<std::string_view, 6> f;
    while (!tsv.empty()) {
        const auto line = nextLine(tsv);
        if (line.empty() || line.front() == '#') continue;
        if (!splitTabs(line, f)) continue;
        const auto* info = kindInfo(f[1]);
        if (!info) continue;
        Constant c;
        c.name = f[0];
        c.kind = info->kind;
        c.ctype = f[2];
        c.header = f[4];
        c.family = f[5];
        if (c.kind == ConstantKind::String) {
            c.text = f[3];
        } else {
            c.width = typeWidth(c.ctype);
            c.isSigned = !c.ctype.starts_with("unsigned") && c.ctype != "pointer" && c.ctype != "_Bool";
            // The generator writes plain decimals: no need for parseNumber's checks and messages.
            std::string_view digits = f[3];
            const bool negative = !digits.empty() && digits.front() == '-';
            if (negative) digits.remove_prefix(1);
            std::uint64_t magnitude = 0;
            const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), magnitude);
            if (ec != std::errc() || end != digits.data() + digits.size()) continue;
            c.bits = negative ? ~magnitude + 1 : magnitude;
        }
        all.push_back(c);
    }
}

void ConstantIndex::Data::parseMessages(std::string_view tsv) {
    std::array<std::string_view, 3> f;
    while (!tsv.empty()) {
        const auto line = nextLine(tsv);
        if (line.empty() || line.front() == '#') continue;
        if (!splitTabs(line, f)) continue;
        std::uint32_t code = 0;
        if (std::from_chars(f[1].data(), f[1].data() + f[1].size(), code, 16).ec != std::errc()) continue;
        std::string_view text = f[2];
        if (text.find('\\') != std::string_view::npos) text = unescaped.emplace_back(unescape(text));
        messages.push_back({code, f[0] == "n", text});
    }
    std::sort(messages.begin(), messages.end(),
              [](const Message& a, const Message& b) { return std::tie(a.nt, a.code) < std::tie(b.nt, b.code); });
}

void ConstantIndex::Data::buildIndexes() {
    const std::size_t n = all.size();
    std::size_t bytes = 0;
    for (const auto& c : all) bytes += c.name.size() + 1;
    lowerNames.resize(bytes);
    nameAt.resize(n);
    nameLength.resize(n);
    std::size_t at = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const auto name = all[i].name;
        nameAt[i] = static_cast<std::uint32_t>(at);
        nameLength[i] = static_cast<std::uint8_t>(std::min<std::size_t>(name.size(), 255));
        for (char c : name) lowerNames[at++] = lower(c);
        lowerNames[at++] = '\n';
    }
    // The TSV is written in this order; sort only if someone edited it by hand.
    bool sorted = true;
    for (std::size_t i = 1; i < n && sorted; ++i) sorted = lowerName(i - 1) <= lowerName(i);
    if (!sorted) {
        std::sort(all.begin(), all.end(), [](const Constant& a, const Constant& b) {
            std::string la(a.name), lb(b.name);
            for (auto& c : la) c = lower(c);
            for (auto& c : lb) c = lower(c);
            return std::tie(la, a.name) < std::tie(lb, b.name);
        });
        buildIndexes();
        return;
    }

    // Values: rank = kind (4 bits), core header (1 bit), length (8 bits), name order (18 bits).
    byValue.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const auto& c = all[i];
        if (!c.isNumeric()) continue;
        const std::uint32_t rank = (valueRank(c.kind) << 27) | (coreHeader(c.header) ? 0U : 1U << 26) |
                                   (static_cast<std::uint32_t>(nameLength[i]) << 18) |
                                   static_cast<std::uint32_t>(std::min<std::size_t>(i, (1U << 18) - 1));
        byValue.push_back({valueKey(c), rank, static_cast<std::uint32_t>(i)});
    }
    std::sort(byValue.begin(), byValue.end(), [](const ValueEntry& a, const ValueEntry& b) {
        return a.key != b.key ? a.key < b.key : a.rank < b.rank;
    });
}

void ConstantIndex::Data::buildTrigrams() const {
    // Count, then fill: ids ascend in every list (a name's repeated trigram appears twice).
    const std::size_t n = all.size();
    trigramStart.assign(kTrigrams + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const auto name = lowerName(i);
        for (std::size_t k = 0; k + 3 <= name.size(); ++k) ++trigramStart[trigram(name.data() + k) + 1];
    }
    for (std::size_t t = 0; t < kTrigrams; ++t) trigramStart[t + 1] += trigramStart[t];
    trigramIds.resize(trigramStart[kTrigrams]);
    std::vector<std::uint32_t> fill(trigramStart.begin(), trigramStart.end() - 1);
    for (std::size_t i = 0; i < n; ++i) {
        const auto name = lowerName(i);
        for (std::size_t k = 0; k + 3 <= name.size(); ++k) trigramIds[fill[trigram(name.data() + k)]++] = static_cast<std::uint32_t>(i);
    }

}

void ConstantIndex::Data::takeShortest(const std::vector<std::uint32_t>& ids, std::size_t room,
                                       std::vector<const Constant*>& out) const {
    if (room == 0 || ids.empty()) return;
    // A length histogram finds the cut without sorting every match.
    std::array<std::uint32_t, 257> count{};
    for (auto id : ids) ++count[nameLength[id]];
    std::size_t cut = 0, taken = 0;
    while (cut < 256 && taken + count[cut] < room) taken += count[cut++];
    std::vector<std::uint32_t> chosen;
    chosen.reserve(std::min(room + 8, ids.size()));
    std::size_t atCut = room - taken;
    for (auto id : ids) {  // ids are in name order, so ties keep name order
        if (nameLength[id] < cut) {
            chosen.push_back(id);
        } else if (nameLength[id] == cut && atCut > 0) {
            chosen.push_back(id);
            --atCut;
        }
    }
    std::stable_sort(chosen.begin(), chosen.end(),
                     [this](std::uint32_t a, std::uint32_t b) { return nameLength[a] < nameLength[b]; });
    for (auto id : chosen) out.push_back(&all[id]);
}

ConstantIndex::ConstantIndex() : data_(std::make_unique<Data>()) {
    data_->parseConstants(embedded::constantsTsv());
    data_->parseMessages(embedded::messagesTsv());
    data_->buildIndexes();
}

ConstantIndex::~ConstantIndex() = default;

const ConstantIndex& ConstantIndex::instance() {
    static const ConstantIndex index;  // C++11 guarantees a thread-safe, one-time load
    return index;
}

std::unique_ptr<ConstantIndex> ConstantIndex::load() { return std::unique_ptr<ConstantIndex>(new ConstantIndex()); }

std::size_t ConstantIndex::size() const noexcept { return data_->all.size(); }
const Constant& ConstantIndex::at(std::size_t i) const { return data_->all.at(i); }

const Constant* ConstantIndex::find(std::string_view name) const noexcept {
    if (name.empty() || name.size() > kMaxQuery) return nullptr;
    std::string key(name);
    for (auto& c : key) c = lower(c);
    const auto& d = *data_;
    std::size_t lo = 0, hi = d.all.size();
    while (lo < hi) {
        const auto mid = (lo + hi) / 2;
        if (d.lowerName(mid) < key) lo = mid + 1; else hi = mid;
    }
    for (; lo < d.all.size() && d.lowerName(lo) == key; ++lo)
        if (d.all[lo].name == name) return &d.all[lo];
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
    const std::size_t n = d.all.size();
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

    // Candidates for matches that are not prefix matches: the rarest trigram's list.
    // A one-shot caller (the CLI) is served best by one scan of the names; a caller that keeps
    // asking (the GUI, on every keystroke) by the trigram index, built on its second query.
    std::vector<std::uint32_t> scanned;
    auto trigramCandidates = [&](std::string_view part, const std::uint32_t*& begin, const std::uint32_t*& end) {
        if (part.size() < 3) return false;
        if (d.substringQueries.fetch_add(1, std::memory_order_relaxed) == 0) {
            for (auto pos = d.lowerNames.find(part); pos != std::string::npos; pos = d.lowerNames.find(part, pos + 1)) {
                const auto id = static_cast<std::uint32_t>(
                    std::upper_bound(d.nameAt.begin(), d.nameAt.end(), static_cast<std::uint32_t>(pos)) - d.nameAt.begin() - 1);
                if (scanned.empty() || scanned.back() != id) scanned.push_back(id);
            }
            begin = scanned.data();
            end = scanned.data() + scanned.size();
            return true;
        }
        std::call_once(d.trigramsBuilt, [&d] { d.buildTrigrams(); });
        std::size_t best = std::numeric_limits<std::size_t>::max();
        for (std::size_t k = 0; k + 3 <= part.size(); ++k) {
            const auto t = trigram(part.data() + k);
            const auto size = d.trigramStart[t + 1] - d.trigramStart[t];
            if (size < best) {
                best = size;
                begin = d.trigramIds.data() + d.trigramStart[t];
                end = d.trigramIds.data() + d.trigramStart[t + 1];
            }
        }
        return best != std::numeric_limits<std::size_t>::max();
    };

    if (glob) {
        std::vector<std::uint32_t> ids;
        auto consider = [&](std::uint32_t i) {
            if (globMatch(key, d.lowerName(i))) ids.push_back(i);
        };
        if (!literal.empty()) {
            for (std::size_t i = lo; i < hi; ++i) consider(static_cast<std::uint32_t>(i));
        } else {
            // The longest literal run of three or more characters narrows the scan.
            std::string_view longest;
            std::size_t start = 0;
            for (std::size_t i = 0; i <= key.size(); ++i) {
                if (i == key.size() || key[i] == '*' || key[i] == '?') {
                    if (i - start > longest.size()) longest = std::string_view(key).substr(start, i - start);
                    start = i + 1;
                }
            }
            const std::uint32_t *begin = nullptr, *end = nullptr;
            if (longest.size() >= 3 && trigramCandidates(longest, begin, end)) {
                std::uint32_t previous = std::numeric_limits<std::uint32_t>::max();
                for (auto p = begin; p != end; ++p)
                    if (*p != previous) consider(previous = *p);
            } else {
                for (std::size_t i = 0; i < n; ++i) consider(static_cast<std::uint32_t>(i));
            }
        }
        result.total = ids.size();
        d.takeShortest(ids, limit, result.items);
        return result;
    }

    // Exact, then prefix matches: [lo, hi), the exact ones first in it.
    std::vector<std::uint32_t> prefix;
    std::size_t i = lo;
    for (; i < hi && d.nameLength[i] == key.size(); ++i) {
        if (result.items.size() < limit) result.items.push_back(&d.all[i]);
        ++result.total;
    }
    prefix.reserve(hi - i);
    for (; i < hi; ++i) prefix.push_back(static_cast<std::uint32_t>(i));
    result.total += prefix.size();
    d.takeShortest(prefix, limit - std::min(limit, result.items.size()), result.items);

    // Substring matches that are not prefix matches.
    std::vector<std::uint32_t> inner;
    auto consider = [&](std::uint32_t id) {
        if (id >= lo && id < hi) return;
        if (d.lowerName(id).find(key, 1) != std::string_view::npos) inner.push_back(id);
    };
    const std::uint32_t *begin = nullptr, *end = nullptr;
    if (trigramCandidates(key, begin, end)) {
        std::uint32_t previous = std::numeric_limits<std::uint32_t>::max();
        for (auto p = begin; p != end; ++p)
            if (*p != previous) consider(previous = *p);
    } else {
        for (std::size_t id = 0; id < n; ++id) consider(static_cast<std::uint32_t>(id));
    }
    result.total += inner.size();
    d.takeShortest(inner, limit - std::min(limit, result.items.size()), result.items);
    return result;
}

SearchResult ConstantIndex::searchValue(const ParsedNumber& value, std::size_t limit) const {
    const auto& d = *data_;
    SearchResult result;
    using Entry = Data::ValueEntry;
    auto range = [&](std::uint64_t key) {
        return std::equal_range(d.byValue.begin(), d.byValue.end(), Entry{key, 0, 0},
                                [](const Entry& a, const Entry& b) { return a.key < b.key; });
    };
    const std::uint64_t key64 = value.bits();
    const bool has32 = value.fits32();
    const std::uint64_t key32 = key64 & 0xFFFFFFFFULL;
    auto [a, aEnd] = range(key64);
    auto [b, bEnd] = has32 && key32 != key64 ? range(key32) : std::pair{d.byValue.end(), d.byValue.end()};
    // Under key64 only 64-bit constants match, except when key64 == key32 (a small positive value).
    auto accepts64 = [&](const Entry& e) { return (has32 && key32 == key64) || d.all[e.id].width == 64; };
    auto accepts32 = [&](const Entry& e) { return d.all[e.id].width <= 32; };
    // Merge the two ranked ranges.
    while (a != aEnd || b != bEnd) {
        while (a != aEnd && !accepts64(*a)) ++a;
        while (b != bEnd && !accepts32(*b)) ++b;
        const Entry* next = nullptr;
        if (a != aEnd && (b == bEnd || a->rank <= b->rank)) next = &*a++;
        else if (b != bEnd) next = &*b++;
        if (!next) break;
        ++result.total;
        if (result.items.size() < limit) result.items.push_back(&d.all[next->id]);
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
    const auto& d = *data_;
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
    (void)d;
    return split;
}

std::string_view ConstantIndex::message(std::uint32_t code, bool ntstatus) const noexcept {
    const auto& m = data_->messages;
    const auto it = std::lower_bound(m.begin(), m.end(), std::pair{ntstatus, code}, [](const Data::Message& a, const auto& key) {
        return std::tie(a.nt, a.code) < std::tie(key.first, key.second);
    });
    return it != m.end() && it->nt == ntstatus && it->code == code ? it->text : std::string_view{};
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
    ConstantStats s;
    s.total = data_->all.size();
    for (const auto& c : data_->all) {
        ++s.byKind[std::string(kindName(c.kind))];
        ++s.byHeader[std::string(c.header)];
    }
    s.messages = data_->messages.size();
    return s;
}

}  // namespace tokenscope

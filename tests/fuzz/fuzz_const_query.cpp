// The constants name search (searchName, find): a ranked answer or ERROR_INVALID_PARAMETER with
// a bounded reason, whatever the bytes. The first byte picks the limit; the rest is the query.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "tokenscope/constants.hpp"
#include "tokenscope/errors.hpp"

namespace {

std::string lowered(std::string_view text) {
    std::string out(text);
    for (auto& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::size_t limits[] = {0, 1, 50, 64, 65, 500, 100000};
    const std::size_t limit = limits[data[0] % (sizeof limits / sizeof limits[0])];
    const std::string_view query(reinterpret_cast<const char*>(data + 1), size - 1);
    const auto& index = tokenscope::ConstantIndex::instance();

    auto found = index.searchName(query, limit);
    if (!found) {
        if (found.error().code != tokenscope::win32::kInvalidParameter) __builtin_trap();
        if (found.error().native.size() > 200) __builtin_trap();
    } else {
        if (found->items.size() != std::min(found->total, limit)) __builtin_trap();
        if (found->total > index.size()) __builtin_trap();
        // Without a wildcard every result holds the query (trimmed, any case).
        std::string_view key = query;
        while (!key.empty() && (key.front() == ' ' || key.front() == '\t')) key.remove_prefix(1);
        while (!key.empty() && (key.back() == ' ' || key.back() == '\t' || key.back() == '\n' || key.back() == '\r'))
            key.remove_suffix(1);
        const bool glob = key.find_first_of("*?") != std::string_view::npos;
        std::size_t previousLength = 0;
        bool pastExact = false;
        for (const auto* c : found->items) {
            if (!glob && lowered(c->name).find(lowered(key)) == std::string::npos) __builtin_trap();
            if (glob) {  // a glob's results come shortest first
                if (c->name.size() < previousLength) __builtin_trap();
                previousLength = c->name.size();
            } else if (c->name.size() != key.size()) {
                pastExact = true;
            } else if (pastExact && lowered(c->name) == lowered(key)) {
                __builtin_trap();  // an exact match after a longer one
            }
        }
    }
    // find() is exact and case-sensitive.
    if (const auto* c = index.find(query); c && c->name != query) __builtin_trap();
    return 0;
}

// Every row of resources/constants/constants.tsv against the mingw-w64 C++ compiler and the real
// SDK headers: the generated batches hold the committed value beside the compiled one. Prints
// what was checked, what differs, and every row that is not checked with the reason; exits 1 on
// any difference or when fewer rows are checked than TOKENSCOPE_CONSTANTS_MIN_CHECKED.
#include <cstdio>
#include <map>
#include <string>

#include "constants_check.hpp"

#ifndef TOKENSCOPE_CONSTANTS_MIN_CHECKED
#error "TOKENSCOPE_CONSTANTS_MIN_CHECKED must give the least number of rows to check"
#endif

namespace {

template <typename Char>
bool sameString(const tokenscope_check::StringCheck<Char>& entry) {
    if (entry.actual == nullptr) return false;
    // Stops at the first difference, so a shorter compiled string is never read past its end.
    for (std::size_t i = 0; i < entry.length; ++i) {
        if (entry.actual[i] != entry.expected[i]) return false;
    }
    return entry.actual[entry.length] == Char{};
}

}  // namespace

int main() {
    std::size_t integers = 0, strings = 0, differ = 0;
    for (const auto& batch : tokenscope_check::batches()) {
        for (std::size_t i = 0; i < batch.integers.count; ++i) {
            const auto& entry = batch.integers.entries[i];
            ++integers;
            if (entry.actual != entry.expected) {
                ++differ;
                std::printf("DIFFERS %s: database %llu, compiler %llu\n", entry.name, entry.expected,
                            entry.actual);
            }
        }
        for (std::size_t i = 0; i < batch.narrow.count; ++i) {
            ++strings;
            if (!sameString(batch.narrow.entries[i])) {
                ++differ;
                std::printf("DIFFERS %s: the compiled string is not the database's\n",
                            batch.narrow.entries[i].name);
            }
        }
        for (std::size_t i = 0; i < batch.wide.count; ++i) {
            ++strings;
            if (!sameString(batch.wide.entries[i])) {
                ++differ;
                std::printf("DIFFERS %s: the compiled wide string is not the database's\n",
                            batch.wide.entries[i].name);
            }
        }
    }
    std::map<std::string, std::size_t> reasons;
    for (const auto& row : tokenscope_check::unchecked()) {
        std::printf("UNCHECKED %s: %s\n", row.name, row.reason);
        ++reasons[row.reason];
    }
    const std::size_t checked = integers + strings;
    const std::size_t rows = tokenscope_check::kDatabaseRows;
    std::printf(
        "%zu of %zu database rows compiled and compared (%zu integers and pointers, %zu strings); "
        "%zu differ\n",
        checked, rows, integers, strings, differ);
    std::printf("%zu rows not checked:\n", tokenscope_check::unchecked().size());
    for (const auto& [reason, count] : reasons) std::printf("  %zu: %s\n", count, reason.c_str());
    bool ok = differ == 0;
    if (checked + tokenscope_check::unchecked().size() != rows) {
        std::printf("FAIL: %zu checked + %zu unchecked is not the %zu rows of the database\n", checked,
                    tokenscope_check::unchecked().size(), rows);
        ok = false;
    }
    if (checked < static_cast<std::size_t>(TOKENSCOPE_CONSTANTS_MIN_CHECKED)) {
        std::printf("FAIL: coverage dropped: %zu rows checked, at least %d expected\n", checked,
                    TOKENSCOPE_CONSTANTS_MIN_CHECKED);
        ok = false;
    }
    return ok ? 0 : 1;
}

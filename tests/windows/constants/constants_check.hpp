// The entries of the generated constants check (generate_checks.py): the committed value of each
// constant beside the value the compiler gives it. Included before any SDK header, so that no
// macro of theirs can rename what is declared here.
#pragma once

#include <cstddef>
#include <type_traits>
#include <vector>

namespace tokenscope_check {

struct IntegerCheck {
    const char* name;
    unsigned long long expected;  // constants.tsv, as 64 bits
    unsigned long long actual;    // (unsigned long long)(NAME), compiled
};

// The value of a pointer constant (MAKEINTRESOURCE(32512), (HANDLE)-1, NULL, …). C++ headers declare a
// few as the object at that address instead (dinput.h's DIPROP_*: *(const GUID*)N, where C has
// (REFGUID)N): their address is the value.
template <typename T>
unsigned long long address(T* pointer) {
    return reinterpret_cast<unsigned long long>(pointer);
}
template <typename T>
requires std::is_class_v<T>
unsigned long long address(const T& object) { return reinterpret_cast<unsigned long long>(&object); }
// NULL is an integer (__null) in C++, a pointer in C.
template <typename T>
requires std::is_integral_v<T>
unsigned long long address(T value) { return static_cast<unsigned long long>(value); }

template <typename Char>
struct StringCheck {
    const char* name;
    const Char* expected;  // constants.tsv
    std::size_t length;    // code units, without the terminator
    const Char* actual;    // NAME, compiled
};
using NarrowStringCheck = StringCheck<char>;
using WideStringCheck = StringCheck<wchar_t>;

template <typename Entry>
struct Span {
    const Entry* entries;
    std::size_t count;
};

struct Batch {
    const char* headers;
    Span<IntegerCheck> integers;
    Span<NarrowStringCheck> narrow;
    Span<WideStringCheck> wide;
};

// A row of constants.tsv that is not compiled, and why (unchecked.tsv).
struct Unchecked {
    const char* name;
    const char* reason;
};

const std::vector<Batch>& batches();
extern const std::size_t kDatabaseRows;
const std::vector<Unchecked>& unchecked();

}  // namespace tokenscope_check

// Wipes memory in a way the compiler may not optimise away (explicit_bzero / SecureZeroMemory),
// and copies or searches a secret without vector registers.
//
// Why the latter: memcpy and memchr move 16 to 64 bytes at a time through SSE/AVX registers, and
// those registers are saved on the thread's stack later by things no code of ours controls (the
// dynamic linker's lazy binding saves every vector register with xsave; the kernel does on signal
// delivery). The stack below the stack pointer is never cleared, so a 24-byte password that
// memcpy moved through xmm0/xmm1 was found, first 16 and last 16 bytes side by side, in a core
// dump of the GUI long after its buffers were wiped. A byte loop through volatile pointers uses
// only general registers, one byte at a time.
#pragma once

#include <cstddef>
#include <string_view>

namespace tokenscope {

void secureWipe(void* data, std::size_t size) noexcept;

inline void copySecret(char* to, const char* from, std::size_t size) noexcept {
    volatile char* out = to;
    const volatile char* in = from;
    for (std::size_t i = 0; i < size; ++i) out[i] = in[i];
}

// The index of the first `c` in `secret`, or secret.size().
inline std::size_t findInSecret(std::string_view secret, char c) noexcept {
    const volatile char* in = secret.data();
    for (std::size_t i = 0; i < secret.size(); ++i) {
        if (in[i] == c) return i;
    }
    return secret.size();
}

}  // namespace tokenscope

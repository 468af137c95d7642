// decodeError: a number or a constant's name in, every reading of the 32-bit code out, or
// ERROR_INVALID_PARAMETER with a bounded reason. The HRESULT fields must add up to the code.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "tokenscope/constants.hpp"
#include "tokenscope/errors.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto& index = tokenscope::ConstantIndex::instance();
    const auto decoded = index.decodeError(text);
    if (!decoded) {
        if (decoded.error().code != tokenscope::win32::kInvalidParameter) __builtin_trap();
        if (decoded.error().native.size() > 160) __builtin_trap();
        return 0;
    }
    const std::uint32_t v = decoded->value;
    const std::uint32_t rebuilt = (decoded->failure ? 0x80000000U : 0U) | (static_cast<std::uint32_t>(decoded->facility) << 16) |
                                  decoded->code | (v & 0x78000000U);
    if (rebuilt != v || decoded->facility > 0x7FF || decoded->code > 0xFFFF) __builtin_trap();
    for (const auto& match : decoded->matches) {
        const auto* c = match.constant;
        if (!c) __builtin_trap();
        const bool isError = c->kind == tokenscope::ConstantKind::Win32Error || c->kind == tokenscope::ConstantKind::HResult ||
                             c->kind == tokenscope::ConstantKind::NtStatus || c->kind == tokenscope::ConstantKind::BugCheck;
        if (!isError) __builtin_trap();
        // Each match has the code, the Win32 error inside it, or the NTSTATUS inside it.
        const auto low = static_cast<std::uint32_t>(c->bits & 0xFFFFFFFFULL);
        if (low != v && (!decoded->win32 || low != *decoded->win32) && (!decoded->ntstatus || low != *decoded->ntstatus))
            __builtin_trap();
    }
    if (decoded->win32 && *decoded->win32 > 0xFFFF) __builtin_trap();
    // Windows' mapping: a status's Win32 error maps back to it.
    if (decoded->statusWin32) {
        const auto back = index.ntStatusesForWin32(*decoded->statusWin32);
        if (back.empty()) __builtin_trap();
    }
    (void)index.win32ErrorName(v);
    (void)index.message(v, true);
    return 0;
}

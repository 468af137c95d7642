// parseNumber: decimal, 0x hex, +/-, C suffixes. Every accepted input is checked against a
// reference parse of its own (digit by digit, overflow checked before it happens); every refusal is ERROR_INVALID_PARAMETER
// with a bounded reason. Overflow beyond 64 bits must be refused, never wrapped.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "tokenscope/constants.hpp"
#include "tokenscope/errors.hpp"

namespace {

// The reference: the same grammar, written differently. Returns false where it refuses.
bool reference(std::string_view text, bool& negative, std::uint64_t& magnitude) {
    if (text.size() > 256) return false;
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n' || text.back() == '\r'))
        text.remove_suffix(1);
    negative = false;
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    while (!text.empty() && std::string_view("uUlL").find(text.back()) != std::string_view::npos) text.remove_suffix(1);
    unsigned base = 10;
    if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
        base = 16;
        text.remove_prefix(2);
    }
    if (text.empty()) return false;
    magnitude = 0;
    for (const char c : text) {
        unsigned digit = 99;
        if (c >= '0' && c <= '9') digit = static_cast<unsigned>(c - '0');
        else if (c >= 'a' && c <= 'f') digit = static_cast<unsigned>(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') digit = static_cast<unsigned>(c - 'A' + 10);
        if (digit >= base) return false;
        if (magnitude > (UINT64_MAX - digit) / base) return false;  // would pass 2^64 - 1
        magnitude = magnitude * base + digit;
    }
    if (negative && magnitude > (std::uint64_t{1} << 63)) return false;
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto parsed = tokenscope::parseNumber(text);
    bool negative = false;
    std::uint64_t magnitude = 0;
    const bool accepted = reference(text, negative, magnitude);
    if (parsed.ok() != accepted) __builtin_trap();
    if (!parsed) {
        if (parsed.error().code != tokenscope::win32::kInvalidParameter) __builtin_trap();
        if (parsed.error().native.size() > 120) __builtin_trap();
        return 0;
    }
    if (parsed->magnitude != magnitude) __builtin_trap();
    if (parsed->negative != (negative && magnitude != 0)) __builtin_trap();
    // The two's complement reading and the 32-bit test agree with the magnitude.
    const bool fits = parsed->negative ? parsed->magnitude <= 0x80000000ULL : parsed->magnitude <= 0xFFFFFFFFULL;
    if (parsed->fits32() != fits) __builtin_trap();
    if (parsed->negative && parsed->bits() + parsed->magnitude != 0) __builtin_trap();
    // Printed back in decimal, it parses to the same number.
    const std::string printed = (parsed->negative ? "-" : "") + std::to_string(parsed->magnitude);
    const auto again = tokenscope::parseNumber(printed);
    if (!again || again->magnitude != parsed->magnitude || again->negative != parsed->negative) __builtin_trap();
    return 0;
}

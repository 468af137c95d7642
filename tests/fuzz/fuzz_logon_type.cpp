// --type and --provider parsers: a known value or ERROR_INVALID_PARAMETER with a bounded reason.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "tokenscope/errors.hpp"
#include "tokenscope/logon.hpp"

namespace {

template <class Parsed>
void check(const Parsed& parsed) {
    if (parsed) return;
    const auto& error = parsed.error();
    if (error.code != tokenscope::win32::kInvalidParameter) __builtin_trap();
    // The input is quoted, cut to 64 bytes, whatever its length.
    if (error.native.size() > 64 + 40) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto type = tokenscope::parseLogonType(text);
    check(type);
    auto provider = tokenscope::parseLogonProvider(text);
    check(provider);
    if (type && provider) {
        // Every parsed value has a table entry and a verdict.
        (void)tokenscope::logonTypeInfo(*type).constant;
        (void)tokenscope::logonProviderInfo(*provider).constant;
        (void)tokenscope::requireSupported(*type, *provider);
    }
    // A Password built from the same bytes grows and shrinks without touching foreign memory.
    tokenscope::Password password;
    for (const char c : text.substr(0, 4096)) password.push_back(c);
    if (password.view() != text.substr(0, 4096)) __builtin_trap();
    for (std::size_t i = 0; i < size / 2; ++i) password.pop_back();
    return 0;
}

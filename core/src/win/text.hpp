// UTF-8 <-> UTF-16 for the wide-character Win32 API. Core speaks UTF-8 everywhere else.
#pragma once

#include <string>
#include <string_view>

namespace tokenscope::win {

// Invalid UTF-16 (unpaired surrogates) becomes U+FFFD.
[[nodiscard]] std::string toUtf8(std::wstring_view text);
// Invalid UTF-8 becomes U+FFFD.
[[nodiscard]] std::wstring toWide(std::string_view text);

// "0x1F" for 31: Win32 values are read in hex (handles, LUIDs, attributes).
[[nodiscard]] std::string hex(unsigned long long value);

}  // namespace tokenscope::win

// The seam for naming error codes that core's own table (errors.cpp) does not know.
//
// Core's own table names the codes core raises itself; every other Win32 error is named from the
// constants database (constants.hpp), and a platform may install a decoder for what neither knows
// (the Windows backend words messages with FormatMessageW). Without a name an Error's summary()
// shows "error (N)".
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace tokenscope {

struct ErrorDescription {
    std::string name;     // "ERROR_SHARING_VIOLATION"
    std::string message;  // the documented text; may be empty
};

// Returns the description of `code`, or nullopt when the decoder does not know it either.
// Must be thread-safe and must not call makeError() itself.
using ErrorDecoder = std::optional<ErrorDescription> (*)(std::uint32_t code);

// Installs `decoder` (nullptr removes it) and returns the one installed before. Meant for
// start-up; an Error already made keeps what it was made with.
ErrorDecoder setErrorDecoder(ErrorDecoder decoder) noexcept;

// Core's table, then the constants database, then the installed decoder; nullopt when none knows it.
[[nodiscard]] std::optional<ErrorDescription> describeWin32Error(std::uint32_t code);

}  // namespace tokenscope

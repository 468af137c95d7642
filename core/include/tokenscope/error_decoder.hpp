// The seam for naming error codes that core's own table (errors.cpp) does not know.
//
// Core names only the codes it raises itself. The constants database, when it lands, decodes
// every Win32 error / HRESULT / NTSTATUS: it installs a decoder here once at start-up, and from
// then on makeError() (and so every Error core returns) carries its name and message. Without a
// decoder an unknown code keeps an empty name (Error::summary() shows "error (N)"); the Windows
// backend still fills the message from FormatMessageW.
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

// Core's table first, then the installed decoder; nullopt when neither knows the code.
[[nodiscard]] std::optional<ErrorDescription> describeWin32Error(std::uint32_t code);

}  // namespace tokenscope

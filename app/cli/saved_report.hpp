// Reports saved by `whoami --json` (with or without --pid) and `privileges --json` read back into
// core's value types: the inverse of their JSON output, for `diff`.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "tokenscope/result.hpp"
#include "tokenscope/token_diff.hpp"

namespace tokenscope::cli {

// Larger files are refused unread: a report of a process with ten thousand threads is a few MB.
inline constexpr std::size_t kMaxSavedReportBytes = 32u * 1024u * 1024u;

// The token a saved report describes, labelled `label`. whoami --pid N: the process's identity;
// whoami: the calling thread's; privileges: the privileges (allPrivilegesListed from "all").
// Text that is not JSON, not an object, a saved error, or a key of the wrong type gives
// ERROR_INVALID_DATA naming the key ("process.groups[2].id: expected a number or a string").
[[nodiscard]] Result<TokenSnapshot> parseSavedReport(std::string_view text, std::string label);

// The same for a file: a file that is missing or unreadable gives the errno's error, one larger
// than kMaxSavedReportBytes ERROR_INVALID_DATA. The label is the path.
[[nodiscard]] Result<TokenSnapshot> readSavedReport(const std::string& path);

}  // namespace tokenscope::cli

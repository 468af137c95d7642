// Can the calling thread's identity open this path? The troubleshooting question behind
// "why can't the service account read that share". Run it while impersonating to ask as the user.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tokenscope/result.hpp"

namespace tokenscope {

enum class AccessRight {
    Read,     // open the file for reading (a directory: read its entries' names)
    Write,    // open for writing (checked without writing or truncating)
    Execute,  // run the file / traverse the directory
    List,     // open the directory and read its entries
};

[[nodiscard]] std::string_view accessRightName(AccessRight right) noexcept;  // "read", …

struct AccessCheck {
    AccessRight right;
    bool granted = false;
    std::optional<Error> error;  // why not (ERROR_ACCESS_DENIED, ERROR_FILE_NOT_FOUND, …)
    std::string method;          // what was tried: "open(O_RDONLY)", "faccessat(W_OK, AT_EACCESS)"
};

// One check per right, as the calling thread's effective (filesystem) ids. Never writes to the
// path and never blocks on a FIFO.
[[nodiscard]] std::vector<AccessCheck> probeAccess(const std::string& path,
                                                   const std::vector<AccessRight>& rights);
// All four rights.
[[nodiscard]] std::vector<AccessCheck> probeAccess(const std::string& path);

}  // namespace tokenscope

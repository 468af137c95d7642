// The passwd/group lookups a logon needs, reentrant (getpwnam_r, getgrouplist) and with
// buffers that grow, so a thread can run them while others do the same.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tokenscope/result.hpp"

namespace tokenscope::posix {

struct Account {
    std::string name;
    std::uint32_t uid = 0;
    std::uint32_t gid = 0;
    std::string home;
    std::string shell;
    std::string gecos;
};

// The passwd entry of `name`: ERROR_NO_SUCH_USER when there is none, the errno otherwise.
[[nodiscard]] Result<Account> findAccount(const std::string& name);
// The account's groups (getgrouplist: the primary group first, then every group listing it).
[[nodiscard]] Result<std::vector<std::uint32_t>> accountGroups(const std::string& name, std::uint32_t gid);

}  // namespace tokenscope::posix

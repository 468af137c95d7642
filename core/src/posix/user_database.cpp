#include "posix/user_database.hpp"

#include <grp.h>
#include <pwd.h>

#include <algorithm>
#include <cerrno>

#include "tokenscope/errors.hpp"

namespace tokenscope::posix {

Result<Account> findAccount(const std::string& name) {
    std::vector<char> buffer(4096);
    for (;;) {
        passwd entry{};
        passwd* found = nullptr;
        const int rc = ::getpwnam_r(name.c_str(), &entry, buffer.data(), buffer.size(), &found);
        if (rc == ERANGE && buffer.size() < (1u << 24)) {
            buffer.resize(buffer.size() * 4);
            continue;
        }
        if (rc != 0) return errnoError(rc, "getpwnam_r " + name);
        if (found == nullptr) {
            return makeError(win32::kNoSuchUser, "getpwnam_r " + name + ": no passwd entry",
                             "PAM accepted the name but the user database (NSS: /etc/passwd, SSSD, "
                             "winbind) does not know it; check /etc/nsswitch.conf.");
        }
        Account account;
        account.name = found->pw_name ? found->pw_name : name;
        account.uid = found->pw_uid;
        account.gid = found->pw_gid;
        account.home = found->pw_dir ? found->pw_dir : "";
        account.shell = found->pw_shell ? found->pw_shell : "";
        account.gecos = found->pw_gecos ? found->pw_gecos : "";
        return account;
    }
}

Result<std::vector<std::uint32_t>> accountGroups(const std::string& name, std::uint32_t gid) {
    std::vector<gid_t> groups(64);
    for (int attempt = 0; attempt < 8; ++attempt) {
        int count = static_cast<int>(groups.size());
        if (::getgrouplist(name.c_str(), gid, groups.data(), &count) >= 0) {
            groups.resize(static_cast<std::size_t>(count));
            return std::vector<std::uint32_t>(groups.begin(), groups.end());
        }
        // -1: too small; count now holds the size needed (glibc).
        groups.resize(std::max<std::size_t>(static_cast<std::size_t>(count), groups.size() * 2));
    }
    return makeError(win32::kInternalError, "getgrouplist " + name + ": the group list kept growing");
}

}  // namespace tokenscope::posix

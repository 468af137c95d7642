// Why can't this account log on (Windows): not built yet. It will ask NetUserGetInfo (disabled,
// locked out, expired, password expired) and LsaEnumerateAccountRights for the user and each of
// its groups; until then the call says so plainly.
#include "tokenscope/account.hpp"
#include "tokenscope/errors.hpp"

namespace tokenscope {

Result<AccountStatus> checkAccount(const std::string&, const std::string&) {
    return makeError(win32::kNotSupported, "the account check is not available on Windows yet",
                     "Try the logon itself with `tokenscope-cli logon --user USER`: its error names the refusal.");
}

}  // namespace tokenscope

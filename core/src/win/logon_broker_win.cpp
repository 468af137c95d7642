// Windows has no main-thread limit on LogonUserW: a "brokered" logon is an ordinary one.
#include "logon_broker_cancel.hpp"
#include "tokenscope/errors.hpp"

namespace tokenscope {

void LogonCancellationAccess::end(int) noexcept {}

std::string defaultLogonBrokerPath() { return {}; }
std::vector<std::string> logonBrokerEnvironment() { return {}; }

Result<LogonToken> logonThroughBroker(const LogonRequest& request, Password password,
                                      const LogonBrokerOptions& options) {
    if (options.cancellation != nullptr && options.cancellation->cancelled()) {
        password.wipe();
        return makeError(win32::kCancelled, "the logon was cancelled before it started");
    }
    return LogonToken::logon(request, std::move(password));
}

int serveLogonBroker(int) { return 2; }

}  // namespace tokenscope

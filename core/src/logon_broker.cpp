// The platform-neutral part of the logon broker API: cancellation.
#include <csignal>

#include "logon_broker_cancel.hpp"

namespace tokenscope {

void LogonCancellation::cancel() noexcept {
    std::lock_guard lock(mutex_);
    cancelled_ = true;
    if (pid_ > 0) LogonCancellationAccess::end(pid_);
}

void LogonCancellation::reset() noexcept {
    std::lock_guard lock(mutex_);
    cancelled_ = false;
}

bool LogonCancellation::cancelled() const noexcept {
    std::lock_guard lock(mutex_);
    return cancelled_;
}

}  // namespace tokenscope

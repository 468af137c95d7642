// How a backend publishes the broker it waits on to a LogonCancellation.
#pragma once

#include "tokenscope/logon_broker.hpp"

namespace tokenscope {

struct LogonCancellationAccess {
    // Ends the process `pid` (the backend's; SIGKILL on POSIX).
    static void end(int pid) noexcept;
    // Publishes the broker being waited on; returns false (and publishes nothing) when cancel()
    // came first. The caller must not reap `pid` before withdraw().
    [[nodiscard]] static bool publish(LogonCancellation& cancellation, int pid) noexcept {
        std::lock_guard lock(cancellation.mutex_);
        if (cancellation.cancelled_) return false;
        cancellation.pid_ = pid;
        return true;
    }
    // Withdraws the broker; returns whether cancel() was called meanwhile.
    static bool withdraw(LogonCancellation& cancellation) noexcept {
        std::lock_guard lock(cancellation.mutex_);
        cancellation.pid_ = 0;
        return cancellation.cancelled_;
    }
};

}  // namespace tokenscope

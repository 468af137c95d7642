#include "posix/process_credentials.hpp"

#include <mutex>
#include <optional>

namespace tokenscope::posix {
namespace {

std::mutex& credentialsMutex() {
    static std::mutex mutex;
    return mutex;
}

std::optional<ProcStatus>& remembered() {
    static std::optional<ProcStatus> status;
    return status;
}

}  // namespace

Result<ProcStatus> processCredentials() {
    {
        const std::lock_guard lock(credentialsMutex());
        if (remembered()) return *remembered();
    }
    return readProcStatus("/proc/self/status");
}

void rememberProcessCredentials(const ProcStatus& status) {
    const std::lock_guard lock(credentialsMutex());
    remembered() = status;
}

void forgetProcessCredentials() noexcept {
    const std::lock_guard lock(credentialsMutex());
    remembered().reset();
}

}  // namespace tokenscope::posix

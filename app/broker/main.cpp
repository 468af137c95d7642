// tokenscope-logon-broker: logs on with PAM from a process's main thread for tokenscope, and holds
// the logon until it is told to log off or its client goes away. Started by the client (see
// tokenscope/logon_broker.hpp) with its socket as descriptor 3 (0 and 1 on /dev/null, 2 the
// client's stderr); it adds its signalfd as 4. Not meant to be run by hand.
#include <sys/stat.h>

#include <cstdio>

#include "tokenscope/logon_broker.hpp"
#include "tokenscope/privileges.hpp"

int main() {
    struct stat socket {};
    if (::fstat(3, &socket) != 0 || !S_ISSOCK(socket.st_mode)) {
        std::fputs("tokenscope-logon-broker is started by tokenscope to log on; it is not run by hand.\n",
                   stderr);
        return 2;
    }
    // A password is about to pass through: no core file, no attaching without CAP_SYS_PTRACE.
    (void)tokenscope::keepSecretsOutOfCrashDumps();
    // Only what PAM's modules need, for good.
    auto keep = tokenscope::privilegesForLogon();
#ifdef TOKENSCOPE_LEAK_CHECKED
    keep.emplace_back("CAP_SYS_PTRACE");
#endif
    (void)tokenscope::dropPrivilegesExcept(keep);
    return tokenscope::serveLogonBroker(3);
}

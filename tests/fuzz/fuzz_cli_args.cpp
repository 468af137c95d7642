// tokenscope-cli's argument handling, in process: the input is argv (arguments separated by NUL
// bytes, at most 64), stdin is empty, stdout and stderr are strings. Every input ends in an exit
// status of the contract (0, 1 or 2), never a crash, an exception or a hang.
//
// `logon` reaches PAM. It runs only inside the sandbox the CTest and the fuzz script set up
// (TOKENSCOPE_FUZZ_PAM_SANDBOX=1: pam_wrapper preloaded with an empty service folder, so every
// logon fails at once and nothing real is asked) and without a controlling terminal (a password
// prompt would wait for a person); elsewhere inputs naming `logon` are skipped.
#include <fcntl.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "command.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const bool sandboxed = [] {
        const char* sandbox = std::getenv("TOKENSCOPE_FUZZ_PAM_SANDBOX");
        const char* wrapper = std::getenv("PAM_WRAPPER");
        const int tty = ::open("/dev/tty", O_RDONLY | O_NOCTTY | O_CLOEXEC);
        if (tty >= 0) ::close(tty);
        return tty < 0 && sandbox != nullptr && std::string_view(sandbox) == "1" && wrapper != nullptr &&
               std::string_view(wrapper) == "1";
    }();
    // The fuzzer's own capabilities stay as they are from one input to the next.
    tokenscope::cli::setCapabilityDropping(false);

    std::vector<std::string> args{"tokenscope-cli"};
    std::string_view rest(reinterpret_cast<const char*>(data), size);
    while (!rest.empty() && args.size() < 65) {
        const auto end = rest.find('\0');
        args.emplace_back(rest.substr(0, end));
        if (end == std::string_view::npos) break;
        rest.remove_prefix(end + 1);
    }
    for (const auto& arg : args) {
        if (arg == "logon" && !sandboxed) return 0;
        // --run starts programs; even a failed logon never gets there, but keep the fuzzer off it.
        if (arg == "--run") return 0;
    }
    std::vector<const char*> argv;
    for (const auto& arg : args) argv.push_back(arg.c_str());
    argv.push_back(nullptr);

    std::istringstream in;
    std::ostringstream out;
    std::ostringstream err;
    tokenscope::cli::Streams io{in, out, err};
    const int status = tokenscope::cli::runCli(static_cast<int>(args.size()), argv.data(), io);
    if (status < 0 || status > 2) __builtin_trap();
    if (status == 2 && err.str().empty()) __builtin_trap();  // a usage error always says why
    return 0;
}

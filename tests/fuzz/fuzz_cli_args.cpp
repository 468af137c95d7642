// tokenscope-cli's argument handling, in process: the input is argv (arguments separated by NUL
// bytes, at most 64), stdin is empty, stdout and stderr are strings. Every input ends in an exit
// status of the contract (0, 1 or 2), never a crash, an exception or a hang.
//
// `logon` reaches PAM, here a stand-in that asks for the password and refuses every logon
// (pam_refusing_stub.cpp). Inputs naming `logon` run only without a controlling terminal: without
// --password-stdin the CLI would prompt on it and wait for a person.
#include <fcntl.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "command.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const bool noTerminal = [] {
        const int tty = ::open("/dev/tty", O_RDONLY | O_NOCTTY | O_CLOEXEC);
        if (tty >= 0) ::close(tty);
        return tty < 0;
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
        if (arg == "logon" && !noTerminal) return 0;
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

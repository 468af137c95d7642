// Reads a password for the CLI: from the terminal without echo, or from stdin. Never from argv.
// The bytes go straight into a tokenscope::Password (one at a time), so no other buffer of ours
// holds them.
#pragma once

#include <iosfwd>
#include <string>

#include "tokenscope/logon.hpp"
#include "tokenscope/result.hpp"

namespace tokenscope::cli {

// A password is about to live in this process: no crash dump may keep it (POSIX: RLIMIT_CORE 0;
// Windows: no Windows Error Reporting dialog or dump for this process).
void keepSecretsOutOfCrashDumps();

// One line from `in` (the trailing "\n" or "\r\n" dropped). For std::cin it reads file
// descriptor 0 directly, a byte at a time, so no stdio buffer keeps a copy. End of input before
// a newline ends the password; stdin closed or unreadable (EBADF, EIO): ERROR_INVALID_HANDLE.
[[nodiscard]] Result<Password> readPasswordLine(std::istream& in);

// Prompts on the controlling terminal (POSIX: /dev/tty with termios; Windows: the console, CONIN$
// with ENABLE_ECHO_INPUT off) and reads one line with echo off, restoring the terminal
// afterwards. No terminal: an Error saying so (ERROR_NOT_SUPPORTED), at once. Ctrl-C or Ctrl-D
// (Windows: Ctrl-C or Ctrl-Z) at the prompt: ERROR_CANCELLED.
[[nodiscard]] Result<Password> readPasswordFromTerminal(const std::string& prompt);

}  // namespace tokenscope::cli

// Core dumps of live processes with gcore (Debian package gdb), for tests that search a
// process's memory for a secret. Taking one of another process needs root (or ptrace rights).
#pragma once

#include <sys/types.h>

#include <string>

namespace tokenscope::test {

// Why no core dump can be taken here ("" when one can): gcore is missing.
[[nodiscard]] std::string coreDumpUnavailableReason();

struct CoreDump {
    std::string bytes;  // the core file, read whole (the file itself is deleted); empty on failure
    std::string log;    // what gcore printed
};

// The memory of the running process `pid`, which keeps running. The calling process may dump
// itself.
CoreDump takeCoreDump(pid_t pid);

}  // namespace tokenscope::test

// Core dumps of live processes with gcore (Debian package gdb), for tests that search a
// process's memory for a secret. Taking one of another process needs root (or ptrace rights).
#pragma once

#include <sys/types.h>

#include <string>
#include <string_view>

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

// How an ASCII text looks in memory as UTF-16LE (Qt's QString, Windows' wide strings): what a
// search of a dump must look for beside the UTF-8 bytes.
std::string utf16le(std::string_view ascii);

}  // namespace tokenscope::test

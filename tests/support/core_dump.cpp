#include "support/core_dump.hpp"

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <system_error>

#include "support/subprocess.hpp"

namespace tokenscope::test {
namespace {

constexpr const char* kGcore = "/usr/bin/gcore";

}  // namespace

std::string coreDumpUnavailableReason() {
    if (::access(kGcore, X_OK) != 0) return "gcore is missing (Debian package gdb)";
    return {};
}

CoreDump takeCoreDump(pid_t pid) {
    CoreDump dump;
    char pattern[] = "/tmp/tokenscope-core-XXXXXX";
    if (::mkdtemp(pattern) == nullptr) throw std::runtime_error("mkdtemp failed");
    const std::filesystem::path dir = pattern;
    const std::string prefix = (dir / "core").string();
    RunOptions options;
    options.in = RunOptions::Stdin::Closed;
    options.timeout = std::chrono::seconds(120);
    const auto gcore = runProcess({kGcore, "-o", prefix, std::to_string(pid)}, options);
    dump.log = gcore.out + gcore.err;
    {
        std::ifstream file(prefix + "." + std::to_string(pid), std::ios::binary);
        dump.bytes.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
    }
    std::error_code ignored;
    std::filesystem::remove_all(dir, ignored);
    return dump;
}

std::string utf16le(std::string_view ascii) {
    std::string out;
    for (const char c : ascii) {
        out.push_back(c);
        out.push_back('\0');
    }
    return out;
}

}  // namespace tokenscope::test

#include "posix/proc_status.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>

#include "posix/unique_fd.hpp"
#include "tokenscope/errors.hpp"

namespace tokenscope::posix {
namespace {

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

// Splits on blanks and parses each field as an unsigned number in `base`.
template <class T>
bool parseNumbers(std::string_view text, int base, std::vector<T>& out) {
    text = trim(text);
    while (!text.empty()) {
        std::size_t end = text.find_first_of(" \t");
        const std::string_view field = text.substr(0, end);
        T number{};
        const auto [ptr, ec] = std::from_chars(field.data(), field.data() + field.size(), number, base);
        if (ec != std::errc{} || ptr != field.data() + field.size()) return false;
        out.push_back(number);
        if (end == std::string_view::npos) break;
        text = trim(text.substr(end));
    }
    return true;
}

Error malformed(std::string_view line) {
    std::string shown(line.substr(0, 80));
    return makeError(win32::kInvalidParameter, "malformed status line: \"" + shown + "\"",
                     "The kernel's /proc status format was not understood; please report it.");
}

}  // namespace

Result<ProcStatus> parseProcStatus(std::string_view text) {
    ProcStatus status;
    bool haveUid = false, haveGid = false, haveGroups = false;
    while (!text.empty()) {
        const std::size_t newline = text.find('\n');
        const std::string_view line = text.substr(0, newline);
        text = newline == std::string_view::npos ? std::string_view{} : text.substr(newline + 1);

        const std::size_t colon = line.find(':');
        if (colon == std::string_view::npos) continue;
        const std::string_view key = line.substr(0, colon);
        const std::string_view value = line.substr(colon + 1);

        if (key == "Uid" || key == "Gid") {
            std::vector<std::uint32_t> ids;
            if (!parseNumbers(value, 10, ids) || ids.size() != 4) return malformed(line);
            PosixIds& target = key == "Uid" ? status.uids : status.gids;
            target = PosixIds{ids[0], ids[1], ids[2], ids[3]};
            (key == "Uid" ? haveUid : haveGid) = true;
        } else if (key == "Groups") {
            if (!parseNumbers(value, 10, status.groups)) return malformed(line);
            haveGroups = true;
        } else if (key.starts_with("Cap")) {
            std::uint64_t* target = key == "CapInh"   ? &status.capInheritable
                                    : key == "CapPrm" ? &status.capPermitted
                                    : key == "CapEff" ? &status.capEffective
                                    : key == "CapBnd" ? &status.capBounding
                                    : key == "CapAmb" ? &status.capAmbient
                                                      : nullptr;
            if (target == nullptr) continue;
            std::vector<std::uint64_t> bits;
            if (!parseNumbers(value, 16, bits) || bits.size() != 1) return malformed(line);
            *target = bits[0];
        } else if (key == "NoNewPrivs" || key == "Seccomp" || key == "Kthread") {
            std::vector<int> flag;
            if (!parseNumbers(value, 10, flag) || flag.size() != 1) return malformed(line);
            (key == "Seccomp" ? status.seccomp : key == "Kthread" ? status.kthread : status.noNewPrivs) = flag[0];
        } else if (key == "Name") {
            status.name = std::string(trim(value));
        } else if (key == "State") {
            status.state = std::string(trim(value));
        } else if (key == "PPid") {
            std::vector<std::int64_t> parent;
            if (!parseNumbers(value, 10, parent) || parent.size() != 1) return malformed(line);
            status.parent = parent[0];
        }
    }
    if (!haveUid || !haveGid || !haveGroups) {
        return makeError(win32::kInvalidParameter, "status text lacks Uid:, Gid: or Groups:",
                         "Is /proc mounted? TokenScope reads credentials from /proc.");
    }
    return status;
}

Result<std::string> readProcFile(const std::string& path, std::size_t limit) {
    UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (!fd) return errnoError(errno, "open " + path, "Is /proc mounted? TokenScope reads credentials from /proc.");
    std::string text;
    char buffer[4096];
    for (;;) {
        const ssize_t got = ::read(fd.get(), buffer, sizeof buffer);
        if (got < 0) {
            if (errno == EINTR) continue;
            return errnoError(errno, "read " + path);
        }
        if (got == 0) break;
        text.append(buffer, static_cast<std::size_t>(got));
        if (text.size() > limit) return makeError(win32::kInvalidParameter, path + " is larger than " + std::to_string(limit) + " bytes");
    }
    return text;
}

Result<std::string_view> readProcFileAt(int folder, const char* name, char* buffer, std::size_t size,
                                        std::string& overflow) {
    UniqueFd fd(::openat(folder, name, O_RDONLY | O_CLOEXEC));
    if (!fd) return errnoError(errno, std::string("open ") + name);
    std::size_t used = 0;
    for (;;) {
        const ssize_t got = ::read(fd.get(), buffer + used, size - used);
        if (got < 0) {
            if (errno == EINTR) continue;
            return errnoError(errno, std::string("read ") + name);
        }
        used += static_cast<std::size_t>(got);
        if (got == 0 || used < size) return std::string_view(buffer, used);
        break;  // full: the rest goes to `overflow`
    }
    overflow.assign(buffer, used);
    for (;;) {
        const ssize_t got = ::read(fd.get(), buffer, size);
        if (got < 0) {
            if (errno == EINTR) continue;
            return errnoError(errno, std::string("read ") + name);
        }
        if (got == 0) return std::string_view(overflow);
        overflow.append(buffer, static_cast<std::size_t>(got));
        if (overflow.size() > (1u << 20)) return makeError(win32::kInvalidParameter, std::string(name) + " is larger than 1 MiB");
    }
}

CredentialLines credentialLines(std::string_view text) {
    CredentialLines lines;
    while (!text.empty()) {
        const std::size_t newline = text.find('\n');
        const std::string_view line = text.substr(0, newline);
        text = newline == std::string_view::npos ? std::string_view{} : text.substr(newline + 1);
        if (line.starts_with("Uid:")) lines.uid = line;
        else if (line.starts_with("Gid:")) lines.gid = line;
        else if (line.starts_with("Groups:")) {
            lines.groups = line;
            break;  // the kernel prints Groups: after Uid: and Gid:
        }
    }
    return lines;
}

Result<ProcStatus> readProcStatus(const std::string& path) {
    auto text = readProcFile(path, 1u << 20);
    if (!text) return text.error();
    return parseProcStatus(*text);
}

}  // namespace tokenscope::posix

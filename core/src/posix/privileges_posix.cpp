#include <sys/capability.h>
#include <sys/prctl.h>
#include <sys/resource.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <memory>

#include "posix/capability_table.hpp"
#include "posix/login_defaults.hpp"
#include "tokenscope/errors.hpp"
#include "tokenscope/privileges.hpp"

namespace tokenscope {
namespace {

struct CapFree {
    void operator()(cap_t caps) const noexcept { cap_free(caps); }
};
using UniqueCaps = std::unique_ptr<std::remove_pointer_t<cap_t>, CapFree>;

constexpr const char* kGrantHint =
    "Run TokenScope as root, or grant the capabilities to the binary with "
    "`setcap cap_setuid,cap_setgid+p tokenscope-cli`.";

// How many capabilities the running kernel knows (CAP_LAST_CAP + 1).
std::uint32_t kernelCapabilityCount() noexcept {
    const int bits = cap_max_bits();
    return bits > 0 ? static_cast<std::uint32_t>(bits) : static_cast<std::uint32_t>(CAP_LAST_CAP + 1);
}

std::string upper(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return out;
}

Privilege describe(std::uint32_t value) {
    Privilege privilege;
    privilege.value = value;
    if (const auto* info = posix::capabilityInfo(value)) {
        privilege.name = std::string(info->name);
        privilege.description = std::string(info->description);
        for (const auto need : info->neededFor) privilege.neededFor.emplace_back(need);
    } else {
        privilege.name = "CAP_" + std::to_string(value);
        privilege.description = "A capability newer than this build of TokenScope.";
    }
    return privilege;
}

bool flagSet(cap_t caps, std::uint32_t value, cap_flag_t flag) {
    cap_flag_value_t state = CAP_CLEAR;
    if (cap_get_flag(caps, static_cast<cap_value_t>(value), flag, &state) != 0) return false;
    return state == CAP_SET;
}

Result<std::uint32_t> parseCapability(std::string_view name) {
    const std::uint32_t count = kernelCapabilityCount();
    std::uint32_t number = 0;
    const auto [ptr, ec] = std::from_chars(name.data(), name.data() + name.size(), number);
    if (!name.empty() && ec == std::errc{} && ptr == name.data() + name.size()) {
        if (number < count) return number;
    } else {
        std::string wanted = upper(name);
        if (!wanted.starts_with("CAP_")) wanted = "CAP_" + wanted;
        for (std::uint32_t value = 0; value < count; ++value) {
            if (describe(value).name == wanted) return value;
        }
    }
    std::string shown(name.substr(0, 64));
    return makeError(
        win32::kNoSuchPrivilege,
        "\"" + shown + "\" is not a capability this kernel knows (0.." + std::to_string(count - 1) + ")",
        "Use a name such as CAP_SETUID or a number; `tokenscope-cli privileges --all` "
        "lists them.");
}

}  // namespace

Result<std::vector<std::string>> dropPrivilegesExcept(const std::vector<std::string>& keep) {
    std::vector<std::uint32_t> kept;
    for (const auto& name : keep) {
        if (auto value = parseCapability(name)) kept.push_back(*value);
    }
    UniqueCaps caps(cap_get_proc());
    if (!caps) return errnoError(errno, "capget");
    std::vector<std::string> dropped;
    const std::uint32_t count = kernelCapabilityCount();
    for (std::uint32_t value = 0; value < count; ++value) {
        if (std::find(kept.begin(), kept.end(), value) != kept.end()) continue;
        const bool held = flagSet(caps.get(), value, CAP_PERMITTED) ||
                          flagSet(caps.get(), value, CAP_EFFECTIVE) ||
                          flagSet(caps.get(), value, CAP_INHERITABLE);
        if (!held) continue;
        const auto cap = static_cast<cap_value_t>(value);
        for (const cap_flag_t flag : {CAP_EFFECTIVE, CAP_PERMITTED, CAP_INHERITABLE}) {
            if (cap_set_flag(caps.get(), flag, 1, &cap, CAP_CLEAR) != 0)
                return errnoError(errno, "cap_set_flag");
        }
        dropped.push_back(describe(value).name);
    }
    if (!dropped.empty() && cap_set_proc(caps.get()) != 0) return errnoError(errno, "capset");
    // The ambient set can only hold what is permitted and inheritable; clear it outright.
    (void)::prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
    return dropped;
}

std::vector<std::string> privilegesForImpersonation() { return {"CAP_SETGID", "CAP_SETUID"}; }

std::vector<std::string> privilegesForLogon() {
    return {"CAP_AUDIT_CONTROL", "CAP_AUDIT_WRITE", "CAP_CHOWN",  "CAP_DAC_OVERRIDE", "CAP_DAC_READ_SEARCH",
            "CAP_FOWNER",        "CAP_SETGID",      "CAP_SETUID", "CAP_SYS_RESOURCE"};
}

Status keepSecretsOutOfCrashDumps() {
    rlimit before{};
    if (::getrlimit(RLIMIT_CORE, &before) == 0) posix::rememberStartupCoreLimit(before);  // for run-as
    // The soft limit is what stops a core file; the hard one stays, so a program run as the user
    // can be given the core limit a login would give it without CAP_SYS_RESOURCE.
    const rlimit noCore{0, before.rlim_max};
    if (::setrlimit(RLIMIT_CORE, &noCore) != 0) return errnoError(errno, "setrlimit RLIMIT_CORE");
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) return errnoError(errno, "prctl PR_SET_DUMPABLE");
    return Done{};
}

PrivilegeReport posix::privilegeReport(const CapabilitySets& sets) {
    PrivilegeReport report;
    const std::uint32_t count = kernelCapabilityCount();
    auto bit = [](std::uint64_t set, std::uint32_t value) { return value < 64 && ((set >> value) & 1u) != 0; };
    for (std::uint32_t value = 0; value < count; ++value) {
        Privilege privilege = describe(value);
        privilege.held = bit(sets.permitted, value);
        privilege.enabled = bit(sets.effective, value);
        privilege.inheritable = bit(sets.inheritable, value);
        privilege.bounding = bit(sets.bounding, value);
        privilege.ambient = bit(sets.ambient, value);
        report.privileges.push_back(std::move(privilege));
    }

    for (const auto& needed : privilegesForImpersonation()) {
        const auto it = std::find_if(report.privileges.begin(), report.privileges.end(),
                                     [&](const Privilege& p) { return p.name == needed; });
        if (it == report.privileges.end() || !it->held) {
            report.missingForImpersonation.push_back(needed);
        } else if (!it->enabled) {
            report.notes.push_back(needed +
                                   " is held but not enabled; TokenScope enables it for the switch.");
        }
    }
    report.canImpersonate = report.missingForImpersonation.empty();
    if (report.canImpersonate) {
        report.verdict = "This thread can impersonate: it holds CAP_SETGID and CAP_SETUID.";
    } else {
        std::string missing;
        for (const auto& name : report.missingForImpersonation) {
            if (!missing.empty()) missing += " and ";
            missing += name;
        }
        report.verdict = "This thread cannot impersonate: " + missing +
                         (report.missingForImpersonation.size() > 1 ? " are" : " is") +
                         " not held (not in the permitted set). " + kGrantHint;
    }
    return report;
}

Result<PrivilegeReport> threadPrivileges() {
    UniqueCaps caps(cap_get_proc());  // capget(0): the calling thread only
    if (!caps) return errnoError(errno, "capget");
    posix::CapabilitySets sets;
    const std::uint32_t count = kernelCapabilityCount();
    for (std::uint32_t value = 0; value < count && value < 64; ++value) {
        const std::uint64_t bit = std::uint64_t{1} << value;
        if (flagSet(caps.get(), value, CAP_PERMITTED)) sets.permitted |= bit;
        if (flagSet(caps.get(), value, CAP_EFFECTIVE)) sets.effective |= bit;
        if (flagSet(caps.get(), value, CAP_INHERITABLE)) sets.inheritable |= bit;
        if (cap_get_bound(static_cast<cap_value_t>(value)) > 0) sets.bounding |= bit;
        if (cap_get_ambient(static_cast<cap_value_t>(value)) > 0) sets.ambient |= bit;
    }
    return posix::privilegeReport(sets);
}

Result<Privilege> findPrivilege(std::string_view name) {
    auto value = parseCapability(name);
    if (!value) return value.error();
    auto report = threadPrivileges();
    if (!report) return report.error();
    return report->privileges.at(*value);
}

Result<bool> setPrivilegeEnabled(std::string_view name, bool enable) {
    auto value = parseCapability(name);
    if (!value) return value.error();
    const auto cap = static_cast<cap_value_t>(*value);
    const std::string capName = describe(*value).name;

    UniqueCaps caps(cap_get_proc());
    if (!caps) return errnoError(errno, "capget");
    const bool wasEnabled = flagSet(caps.get(), *value, CAP_EFFECTIVE);
    if (enable && !flagSet(caps.get(), *value, CAP_PERMITTED)) {
        return makeError(win32::kPrivilegeNotHeld, capName + " is not in the thread's permitted set",
                         "A capability can be enabled only if it is held. " + std::string(kGrantHint));
    }
    if (wasEnabled == enable) return wasEnabled;
    if (cap_set_flag(caps.get(), CAP_EFFECTIVE, 1, &cap, enable ? CAP_SET : CAP_CLEAR) != 0)
        return errnoError(errno, "cap_set_flag " + capName);
    if (cap_set_proc(caps.get()) != 0)  // capset(0): the calling thread only
        return errnoError(errno, "capset " + capName);
    return wasEnabled;
}

}  // namespace tokenscope

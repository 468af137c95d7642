#include "posix/login_defaults.hpp"

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace tokenscope::posix {
namespace {

struct Item {
    const char* name;
    int resource;
    rlim_t unit;  // limits.conf's unit in the kernel's: KiB for sizes, minutes for cpu; 0 for nice
};

// Every rlimit item limits.conf knows (maxlogins, priority, chroot and the like are not limits).
constexpr std::array<Item, 15> kItems{{{"core", RLIMIT_CORE, 1024},
                                       {"data", RLIMIT_DATA, 1024},
                                       {"fsize", RLIMIT_FSIZE, 1024},
                                       {"memlock", RLIMIT_MEMLOCK, 1024},
                                       {"nofile", RLIMIT_NOFILE, 1},
                                       {"rss", RLIMIT_RSS, 1024},
                                       {"stack", RLIMIT_STACK, 1024},
                                       {"cpu", RLIMIT_CPU, 60},
                                       {"nproc", RLIMIT_NPROC, 1},
                                       {"as", RLIMIT_AS, 1024},
                                       {"locks", RLIMIT_LOCKS, 1},
                                       {"sigpending", RLIMIT_SIGPENDING, 1},
                                       {"msgqueue", RLIMIT_MSGQUEUE, 1},
                                       {"nice", RLIMIT_NICE, 0},
                                       {"rtprio", RLIMIT_RTPRIO, 1}}};

std::atomic<bool> coreRemembered{false};
rlimit startupCore{};

// How specific an entry's domain is, as pam_limits ranks it: lower wins over higher.
enum Source : int { kUser = 0, kGroup = 1, kDefault = 4, kNone = 6 };

std::vector<std::string> words(const std::string& line) {
    std::istringstream in(line.substr(0, line.find('#')));
    std::vector<std::string> out;
    for (std::string word; in >> word;) out.push_back(word);
    return out;
}

bool parseNumber(const std::string& text, unsigned long long& value) {
    if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos) return false;
    errno = 0;
    value = std::strtoull(text.c_str(), nullptr, 10);
    return errno == 0;
}

// "min:max", ":exact" or "min:" against a number; false when `domain` is not such a range.
bool inRange(const std::string& domain, std::uint32_t id, bool& matches) {
    const auto colon = domain.find(':');
    if (colon == std::string::npos) return false;
    unsigned long long low = 0;
    unsigned long long high = 0;
    const std::string lowText = domain.substr(0, colon);
    const std::string highText = domain.substr(colon + 1);
    if (!lowText.empty() && !parseNumber(lowText, low)) return false;
    if (!highText.empty() && !parseNumber(highText, high)) return false;
    if (lowText.empty()) {
        matches = id == high;
    } else if (highText.empty()) {
        matches = id >= low;
    } else {
        matches = id >= low && id <= high;
    }
    return true;
}

// The source rank of `domain` for the account, or kNone when it does not apply.
int sourceFor(const std::string& domain, const LoginAccount& account) {
    const bool root = account.uid == 0;
    if (domain == account.name) return kUser;
    if (domain == "*") return root ? kNone : kDefault;
    bool matches = false;
    if (domain[0] == '@') {
        if (root) return kNone;
        const std::string group = domain.substr(1);
        if (inRange(group, account.gid, matches)) return matches ? kGroup : kNone;
        const bool member = std::find(account.groupNames.begin(), account.groupNames.end(), group) !=
                                account.groupNames.end() ||
                            group == account.primaryGroupName;
        return member ? kGroup : kNone;
    }
    if (inRange(domain, account.uid, matches)) return matches ? kUser : kNone;
    return kNone;
}

struct Applied {
    rlimit value{};
    int softSource = kNone;
    int hardSource = kNone;
};

void applyFile(const std::string& path, const LoginAccount& account, std::vector<Applied>& applied) {
    std::ifstream in(path);
    for (std::string line; std::getline(in, line);) {
        const auto fields = words(line);
        if (fields.size() != 4) continue;
        const auto item = std::find_if(kItems.begin(), kItems.end(),
                                       [&](const Item& known) { return fields[2] == known.name; });
        if (item == kItems.end()) continue;
        const int source = sourceFor(fields[0], account);
        if (source == kNone) continue;
        const bool soft = fields[1] == "soft" || fields[1] == "-";
        const bool hard = fields[1] == "hard" || fields[1] == "-";
        if (!soft && !hard) continue;

        rlim_t value = RLIM_INFINITY;
        const std::string& text = fields[3];
        if (item->unit == 0) {  // nice: a nice value from 19 to -20, stored as 20 - nice
            char* end = nullptr;
            long nice = std::strtol(text.c_str(), &end, 10);
            if (text.empty() || *end != '\0') continue;
            nice = std::clamp(nice, -20L, 19L);
            value = static_cast<rlim_t>(20 - nice);
        } else if (text != "unlimited" && text != "infinity" && text != "-1") {
            unsigned long long number = 0;
            if (!parseNumber(text, number)) continue;
            value = number >= RLIM_INFINITY / item->unit ? RLIM_INFINITY
                                                         : static_cast<rlim_t>(number) * item->unit;
        }
        Applied& slot = applied[static_cast<std::size_t>(item - kItems.begin())];
        if (soft && source <= slot.softSource) {
            slot.value.rlim_cur = value;
            slot.softSource = source;
        }
        if (hard && source <= slot.hardSource) {
            slot.value.rlim_max = value;
            slot.hardSource = source;
        }
    }
}

unsigned parseOctal(const std::string& text, unsigned fallback) {
    if (text.empty() || text.find_first_not_of("01234567") != std::string::npos || text.size() > 4)
        return fallback;
    return static_cast<unsigned>(std::strtoul(text.c_str(), nullptr, 8)) & 0777U;
}

}  // namespace

unsigned loginUmask(const LoginAccount& account, const std::string& loginDefs) {
    unsigned mask = 022;
    bool userGroups = false;
    std::ifstream in(loginDefs);
    for (std::string line; std::getline(in, line);) {
        const auto fields = words(line);
        if (fields.size() < 2) continue;
        if (fields[0] == "UMASK") mask = parseOctal(fields[1], mask);
        if (fields[0] == "USERGROUPS_ENAB") userGroups = fields[1] == "yes";
    }
    if (userGroups && account.uid != 0 && !account.name.empty() && account.primaryGroupName == account.name) {
        mask = (mask & ~070U) | ((mask >> 3) & 070U);
    }
    // pam_umask: "umask=" among the GECOS field's comma-separated entries.
    std::istringstream gecos(account.gecos);
    for (std::string entry; std::getline(gecos, entry, ',');) {
        if (entry.rfind("umask=", 0) == 0) mask = parseOctal(entry.substr(6), mask);
    }
    return mask;
}

std::vector<ResourceLimit> loginLimits(const LoginAccount& account, const std::vector<ResourceLimit>& base,
                                       const std::string& limitsConf, const std::string& limitsDir) {
    std::vector<Applied> applied(kItems.size());
    for (std::size_t i = 0; i < kItems.size(); ++i) {
        const auto found = std::find_if(base.begin(), base.end(), [&](const ResourceLimit& limit) {
            return limit.resource == kItems[i].resource;
        });
        if (found != base.end()) applied[i].value = found->value;
    }
    applyFile(limitsConf, account, applied);
    std::vector<std::string> extra;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(limitsDir, error)) {
        if (entry.path().extension() == ".conf") extra.push_back(entry.path().string());
    }
    std::sort(extra.begin(), extra.end());
    for (const auto& path : extra) applyFile(path, account, applied);

    std::vector<ResourceLimit> limits;
    for (std::size_t i = 0; i < kItems.size(); ++i) {
        rlimit value = applied[i].value;
        if (value.rlim_cur > value.rlim_max) value.rlim_cur = value.rlim_max;  // RLIM_INFINITY is the largest
        limits.push_back({kItems[i].resource, kItems[i].name, value});
    }
    return limits;
}

std::vector<ResourceLimit> startupLimits() {
    std::vector<ResourceLimit> limits;
    for (const auto& item : kItems) {
        rlimit value{};
        if (::getrlimit(item.resource, &value) != 0) continue;
        if (item.resource == RLIMIT_CORE && coreRemembered.load()) value = startupCore;
        limits.push_back({item.resource, item.name, value});
    }
    return limits;
}

void rememberStartupCoreLimit(const rlimit& limit) noexcept {
    if (coreRemembered.load()) return;  // the first call saw the real start-up value
    startupCore = limit;
    coreRemembered.store(true);
}

std::string limitText(const ResourceLimit& limit, bool soft) {
    const rlim_t value = soft ? limit.value.rlim_cur : limit.value.rlim_max;
    return value == RLIM_INFINITY ? std::string("unlimited") : std::to_string(value);
}

}  // namespace tokenscope::posix

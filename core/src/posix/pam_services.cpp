// Which PAM services exist, found the way Linux-PAM itself finds them, so that a logon never
// reports "through PAM service X" while PAM silently ran `other`.
//
// Linux-PAM (libpam/pam_start.c, pam_handlers.c, 1.5): pam_start keeps only what follows the
// last '/' of the name and lowercases it; the service is then the file /etc/pam.d/NAME or, when
// that cannot be opened, /usr/lib/pam.d/NAME (the vendor directory) — provided one of the two
// directories exists; only when neither does, the lines of /etc/pam.conf whose first field is
// NAME (compared without case). A name found nowhere (or a directory, which opens but cannot be
// read) makes PAM use the `other` service instead, without telling the application.
#include <dirent.h>
#include <dlfcn.h>
#include <fcntl.h>
#include <security/pam_appl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "tokenscope/errors.hpp"
#include "tokenscope/logon.hpp"

namespace tokenscope {
namespace {

constexpr std::array<const char*, 2> kServiceDirs{"/etc/pam.d", "/usr/lib/pam.d"};
constexpr const char* kPamConf = "/etc/pam.conf";
constexpr std::size_t kMaxName = 255;   // NAME_MAX: a file name
constexpr std::size_t kMaxListed = 40;  // services named in the hint

// Where the services come from: directories, or /etc/pam.conf when `dirs` is empty.
struct ServiceSource {
    std::vector<std::string> dirs;
    std::string described;  // for the messages: "/etc/pam.d or /usr/lib/pam.d"
};

bool isDirectory(const std::string& path) {
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

// Under pam_wrapper (the tests' PAM), pam_start is pam_wrapper's: it reads the services from its
// copy of PAM_WRAPPER_SERVICE_DIR, and only from there (pam_start_confdir).
std::optional<std::string> pamWrapperServiceDir() {
    const char* enabled = std::getenv("PAM_WRAPPER");
    const char* dir = std::getenv("PAM_WRAPPER_SERVICE_DIR");
    if (enabled == nullptr || std::string_view(enabled) != "1" || dir == nullptr || *dir == '\0')
        return std::nullopt;
    Dl_info info{};
    void* start = ::dlsym(RTLD_DEFAULT, "pam_start");
    if (start == nullptr || ::dladdr(start, &info) == 0 || info.dli_fname == nullptr) return std::nullopt;
    if (std::string_view(info.dli_fname).find("pam_wrapper") == std::string_view::npos) return std::nullopt;
    return std::string(dir);
}

ServiceSource serviceSource() {
    if (auto wrapped = pamWrapperServiceDir()) return {{*wrapped}, *wrapped + " (pam_wrapper)"};
    ServiceSource source;
    for (const char* dir : kServiceDirs) {
        if (isDirectory(dir)) source.dirs.emplace_back(dir);
    }
    if (source.dirs.empty()) {
        source.described = kPamConf;
        return source;
    }
    for (const char* dir : kServiceDirs) {
        if (!source.described.empty()) source.described += " or ";
        source.described += dir;
    }
    return source;
}

// Whether PAM finds a service file for `name`: the first of `dirs` where it opens decides, and it
// must be a file (a directory opens too, but PAM cannot read it and falls back to `other`).
bool serviceFileFound(const std::vector<std::string>& dirs, const std::string& name) {
    for (const auto& dir : dirs) {
        const std::string path = dir + "/" + name;
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
        if (fd < 0) continue;
        struct stat info {};
        const bool file = ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode);
        ::close(fd);
        return file;
    }
    return false;
}

bool hasUpperCase(std::string_view name) {
    return std::any_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::string lowered(std::string text) {
    for (auto& c : text) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return text;
}

// The service names of /etc/pam.conf: the first field of each line (a backslash at the end of a
// line continues it; '#' starts a comment), lowercased as PAM compares them.
std::set<std::string> pamConfServices() {
    std::set<std::string> names;
    std::ifstream in(kPamConf);
    std::string logical;
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\\') {
            logical += line.substr(0, line.size() - 1) + " ";
            continue;
        }
        logical += line;
        logical = logical.substr(0, logical.find('#'));
        const auto begin = logical.find_first_not_of(" \t\r");
        if (begin != std::string::npos) {
            const auto end = logical.find_first_of(" \t\r", begin);
            names.insert(lowered(logical.substr(begin, end == std::string::npos ? end : end - begin)));
        }
        logical.clear();
    }
    return names;
}

// Every service PAM can reach by its name.
std::set<std::string> existingServices(const ServiceSource& source) {
    if (source.dirs.empty()) return pamConfServices();
    std::set<std::string> candidates;
    for (const auto& dir : source.dirs) {
        DIR* listing = ::opendir(dir.c_str());
        if (listing == nullptr) continue;
        while (const dirent* entry = ::readdir(listing)) {
            const std::string name = entry->d_name;
            if (name != "." && name != ".." && !hasUpperCase(name)) candidates.insert(name);
        }
        ::closedir(listing);
    }
    std::set<std::string> names;
    for (const auto& name : candidates) {
        if (serviceFileFound(source.dirs, name)) names.insert(name);
    }
    return names;
}

std::string servicesHint(const ServiceSource& source, std::string_view advice) {
    const auto names = existingServices(source);
    std::string hint(advice);
    if (names.empty()) return hint + " No PAM service is readable in " + source.described + ".";
    hint += " The PAM services in " + source.described + ": ";
    std::size_t listed = 0;
    for (const auto& name : names) {
        if (listed == kMaxListed) {
            hint += ", and " + std::to_string(names.size() - listed) + " more";
            break;
        }
        hint += (listed++ == 0 ? "" : ", ") + name;
    }
    return hint + ".";
}

Error badService(std::string_view service, const std::string& why, const std::string& hint) {
    const std::string shown = service.empty() ? "(empty)" : std::string(service.substr(0, 64));
    return makeError(win32::kInvalidParameter, "PAM service " + shown + ": " + why, hint);
}

}  // namespace

Status checkPamService(std::string_view service) {
    const auto source = serviceSource();
    constexpr std::string_view kName = "Name the service as a plain file name, such as login.";
    if (service.empty()) return badService(service, "no name", servicesHint(source, kName));
    if (service.size() > kMaxName)
        return badService(service, "longer than a file name", servicesHint(source, kName));
    if (std::any_of(service.begin(), service.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }))
        return badService(service, "contains a control character", servicesHint(source, kName));
    if (service.find('/') != std::string_view::npos)
        return badService(service, "not a plain file name (PAM would drop everything up to the last '/')",
                          servicesHint(source, kName));
    if (service == "." || service == "..")
        return badService(service, "not a service (PAM would use `other`)", servicesHint(source, kName));
    if (hasUpperCase(service)) {
        return badService(service,
                          "PAM lowercases service names, so it would read " + lowered(std::string(service)),
                          servicesHint(source, "Give the name in lower case."));
    }
    const std::string name(service);
    const bool found =
        source.dirs.empty() ? pamConfServices().count(name) != 0 : serviceFileFound(source.dirs, name);
    if (!found) {
        return badService(service,
                          "no such service in " + source.described + " (PAM would use `other` instead)",
                          servicesHint(source, "Name an existing service."));
    }
    return Done{};
}

}  // namespace tokenscope

#include "posix/pam_account_rules.hpp"

#include <fnmatch.h>
#include <unistd.h>

#include <algorithm>
#include <optional>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace tokenscope::posix {
namespace {

constexpr int kMaxIncludeDepth = 8;

std::vector<std::string> splitAny(const std::string& text, const std::string& separators) {
    std::vector<std::string> parts;
    std::string current;
    for (const char c : text) {
        if (separators.find(c) != std::string::npos) {
            if (!current.empty()) parts.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty()) parts.push_back(current);
    return parts;
}

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

// One account line of a PAM service, with where it was read.
struct PamLine {
    std::string where;
    std::string control;
    std::string module;  // "pam_access" (the file name without directory and ".so")
    std::vector<std::string> arguments;
};

void readService(const std::string& directory, const std::string& name, int depth, std::vector<PamLine>& lines,
                 std::set<std::string>& seen) {
    if (depth > kMaxIncludeDepth || name.empty() || name.find('/') != std::string::npos || !seen.insert(name).second) return;
    const std::string path = directory + "/" + name;
    std::ifstream file(path);
    std::string text;
    for (int number = 1; std::getline(file, text); ++number) {
        if (const auto hash = text.find('#'); hash != std::string::npos) text.erase(hash);
        std::istringstream words(text);
        std::string type;
        if (!(words >> type)) continue;
        if (type == "@include") {
            std::string included;
            words >> included;
            readService(directory, included, depth + 1, lines, seen);
            continue;
        }
        if (type.front() == '-') type.erase(0, 1);
        if (type != "account") continue;
        std::string control;
        words >> control;
        if (control.front() == '[') {  // [value=action …] may hold spaces
            std::string more;
            while (control.back() != ']' && words >> more) control += " " + more;
        }
        std::string module;
        words >> module;
        if (control == "include" || control == "substack") {
            readService(directory, module, depth + 1, lines, seen);
            continue;
        }
        PamLine line{path + " line " + std::to_string(number), control, std::filesystem::path(module).stem().string(), {}};
        for (std::string argument; words >> argument;) line.arguments.push_back(argument);
        lines.push_back(std::move(line));
    }
    seen.erase(name);  // the same file may be included again from elsewhere
}

bool decisive(const std::string& control) { return control == "required" || control == "requisite"; }

// pam_access's list matching with EXCEPT: the first part matches and no item after EXCEPT does.
template <class Match>
bool listMatches(const std::vector<std::string>& items, Match&& match) {
    bool matched = false;
    std::size_t i = 0;
    for (; i < items.size() && items[i] != "EXCEPT"; ++i) matched = matched || match(items[i]);
    if (!matched) return false;
    for (++i; i < items.size(); ++i)
        if (items[i] != "EXCEPT" && match(items[i])) return false;
    return true;
}

bool inGroup(const PamAccountUser& user, const std::string& group) {
    return std::find(user.groups.begin(), user.groups.end(), group) != user.groups.end();
}

// The origin pam_access sees when only the account phase runs: no remote host; the terminal of
// standard input, if it is one ("pts/3"), else none.
std::string localOrigin() {
    const char* tty = ::ttyname(STDIN_FILENO);
    if (tty == nullptr) return {};
    std::string name = tty;
    if (name.rfind("/dev/", 0) == 0) name.erase(0, 5);
    return name;
}

void accessRules(const PamLine& line, const PamAccountUser& user, std::vector<PamAccountRule>& rules) {
    std::string file = "/etc/security/access.conf";
    std::string fieldSeparator = ":", listSeparator = ", \t";
    bool defaultFile = true, noDefaultGroup = false;
    for (const auto& argument : line.arguments) {
        if (argument.rfind("accessfile=", 0) == 0) {
            file = argument.substr(11);
            defaultFile = false;
        } else if (argument.rfind("fieldsep=", 0) == 0) {
            fieldSeparator = argument.substr(9);
        } else if (argument.rfind("listsep=", 0) == 0) {
            listSeparator = argument.substr(8);
        } else if (argument == "nodefgroup") {
            noDefaultGroup = true;
        }
    }
    std::vector<std::string> files{file};
    if (defaultFile) {
        std::vector<std::string> extra;
        std::error_code error;
        for (const auto& entry : std::filesystem::directory_iterator("/etc/security/access.d", error))
            if (entry.path().extension() == ".conf") extra.push_back(entry.path().string());
        std::sort(extra.begin(), extra.end());
        files.insert(files.end(), extra.begin(), extra.end());
    }
    const std::string origin = localOrigin();
    auto userMatch = [&](const std::string& token) {
        if (token == "ALL") return true;
        if (token.size() > 2 && token.front() == '(' && token.back() == ')')
            return inGroup(user, token.substr(1, token.size() - 2));
        if (token.find('@') != std::string::npos) return false;  // netgroups and user@host: not evaluated
        return token == user.account.name || (!noDefaultGroup && inGroup(user, token));
    };
    auto originMatch = [&](const std::string& token) {
        if (token == "ALL") return true;
        if (token == "LOCAL") return origin.find('.') == std::string::npos;
        return !origin.empty() && token == origin;
    };
    for (const auto& path : files) {
        std::ifstream stream(path);
        if (!stream) {
            rules.push_back({"pam_access", line.where, false, "pam_access (" + line.where + "): " + path + " cannot be read"});
            return;
        }
        std::string text;
        for (int number = 1; std::getline(stream, text); ++number) {
            const std::string rule = trimmed(text);
            if (rule.empty() || rule.front() == '#') continue;
            const auto fields = [&] {
                std::vector<std::string> parts;
                std::size_t start = 0;
                for (int k = 0; k < 2; ++k) {
                    const auto at = rule.find_first_of(fieldSeparator, start);
                    if (at == std::string::npos) return std::vector<std::string>{};
                    parts.push_back(trimmed(rule.substr(start, at - start)));
                    start = at + 1;
                }
                parts.push_back(trimmed(rule.substr(start)));
                return parts;
            }();
            if (fields.size() != 3 || (fields[0] != "+" && fields[0] != "-")) continue;
            if (!listMatches(splitAny(fields[1], listSeparator), userMatch)) continue;
            if (!listMatches(splitAny(fields[2], listSeparator), originMatch)) continue;
            const bool refuses = fields[0] == "-";
            const std::string where = path + " line " + std::to_string(number);
            rules.push_back({"pam_access", where, refuses && decisive(line.control),
                             where + " '" + rule + "' " + (refuses ? "refuses " : "admits ") + user.account.name +
                                 " (pam_access, the first rule that matches; " + line.where + ", " + line.control + ")"});
            return;
        }
    }
    rules.push_back({"pam_access", line.where, false,
                     "pam_access (" + line.where + "): no rule matches " + user.account.name + ", so it admits"});
}

// One pam_succeed_if condition: does it hold for the user? nullopt when it cannot be told.
std::optional<bool> conditionHolds(const std::string& field, const std::string& op, const std::string& value,
                                   const PamAccountUser& user, const std::string& service) {
    std::string left;
    bool numeric = false;
    long number = 0;
    if (field == "user" || field == "login") {
        left = user.account.name;
    } else if (field == "uid") {
        numeric = true;
        number = user.account.uid;
    } else if (field == "gid") {
        numeric = true;
        number = user.account.gid;
    } else if (field == "shell") {
        left = user.account.shell;
    } else if (field == "home") {
        left = user.account.home;
    } else if (field == "service") {
        left = service;
    } else {
        return std::nullopt;  // rhost, tty, ruser: not known without a session
    }
    if (op == "ingroup" || op == "notingroup") {
        bool in = false;
        for (const auto& group : splitAny(value, ":"))
            in = in || inGroup(user, group) || (field == "user" && group == user.account.name);
        return op == "ingroup" ? in : !in;
    }
    if (op == "in" || op == "notin") {
        const auto items = splitAny(value, ":");
        const std::string subject = numeric ? std::to_string(number) : left;
        const bool in = std::find(items.begin(), items.end(), subject) != items.end();
        return op == "in" ? in : !in;
    }
    if (op == "=~" || op == "!~") {
        const bool match = ::fnmatch(value.c_str(), (numeric ? std::to_string(number) : left).c_str(), 0) == 0;
        return op == "=~" ? match : !match;
    }
    const bool numericOp = op == "<" || op == "<=" || op == ">" || op == ">=" || op == "lt" || op == "le" ||
                           op == "gt" || op == "ge" || op == "eq" || op == "ne";
    if (numericOp) {
        char* end = nullptr;
        const long right = std::strtol(value.c_str(), &end, 10);
        if (end == value.c_str() || *end != '\0') return std::nullopt;
        const long l = numeric ? number : std::strtol(left.c_str(), nullptr, 10);
        if (op == "<" || op == "lt") return l < right;
        if (op == "<=" || op == "le") return l <= right;
        if (op == ">" || op == "gt") return l > right;
        if (op == ">=" || op == "ge") return l >= right;
        if (op == "eq") return l == right;
        return l != right;
    }
    if (op == "=" || op == "!=") {
        const bool equal = (numeric ? std::to_string(number) : left) == value;
        return op == "=" ? equal : !equal;
    }
    return std::nullopt;
}

void succeedIfRule(const PamLine& line, const PamAccountUser& user, const std::string& service,
                   std::vector<PamAccountRule>& rules) {
    static const std::set<std::string> flags{"debug", "use_uid", "quiet", "quiet_fail", "quiet_success", "audit"};
    std::vector<std::string> words;
    for (const auto& argument : line.arguments)
        if (flags.count(argument) == 0) words.push_back(argument);
    if (words.size() < 3) return;
    std::string conditions;
    bool all = true, known = true, sawOr = false;
    std::string failed;
    // Conditions are three words each, ANDed (an "or" between them is not judged here).
    for (std::size_t i = 0; i + 2 < words.size();) {
        const std::string condition = words[i] + " " + words[i + 1] + " " + words[i + 2];
        conditions += (conditions.empty() ? "" : " and ") + condition;
        const auto holds = conditionHolds(words[i], words[i + 1], words[i + 2], user, service);
        if (!holds) {
            known = false;
        } else if (!*holds && failed.empty()) {
            all = false;
            failed = condition;
        }
        i += 3;
        if (i < words.size() && (words[i] == "and" || words[i] == "or")) {
            if (words[i] == "or") sawOr = true;
            ++i;
        }
    }
    if (sawOr) {
        all = true;
        known = false;
    }
    std::string text = "pam_succeed_if (" + line.where + ", " + line.control + "): '" + conditions + "' ";
    if (!all) {
        text += "fails for " + user.account.name + " at '" + failed + "' (uid " + std::to_string(user.account.uid) + ")";
        if (!decisive(line.control)) text += "; with this control that alone does not refuse";
    } else if (!known) {
        text += sawOr ? "joins conditions with or, which is not judged here"
                      : "cannot be judged without a session (rhost, tty, ruser)";
    } else {
        text += "holds for " + user.account.name;
    }
    rules.push_back({"pam_succeed_if", line.where, !all && decisive(line.control), text});
}

}  // namespace

std::vector<PamAccountRule> pamAccountRules(const std::string& service, const PamAccountUser& user,
                                            const std::string& pamDirectory) {
    std::vector<PamLine> lines;
    std::set<std::string> seen;
    readService(pamDirectory, service, 0, lines, seen);
    std::vector<PamAccountRule> rules;
    for (const auto& line : lines) {
        if (line.module == "pam_access") accessRules(line, user, rules);
        if (line.module == "pam_succeed_if") succeedIfRule(line, user, service, rules);
    }
    return rules;
}

}  // namespace tokenscope::posix

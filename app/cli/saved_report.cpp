// The inverse of whoami's and privileges' JSON output (whoami_command.cpp, privileges_command.cpp).
// Every key is checked for its type; a problem names the key's path in the report.
#include "saved_report.hpp"

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <limits>
#include <memory>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "tokenscope/errors.hpp"

namespace tokenscope::cli {
namespace {

using nlohmann::json;

constexpr const char* kReportHint =
    "Give a file saved from `tokenscope-cli whoami --json` (with or without --pid N) or "
    "`tokenscope-cli privileges --json`, or a live target: self, pid:N, pid:N/tid:M.";

// Reports nest four levels deep; anything much deeper is not one of ours.
constexpr int kMaxDepth = 32;

// A report that is JSON but not the shape we wrote.
class BadReport : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

std::string typeName(const json& value) { return value.is_null() ? "null" : value.type_name(); }

// One JSON value and where it sits in the report ("process.groups[2]").
class Node {
public:
    Node(const json& value, std::string path) : value_(value), path_(std::move(path)) {}

    [[nodiscard]] bool has(const char* key) const { return value_.is_object() && value_.contains(key); }
    [[nodiscard]] Node operator[](const char* key) const {
        if (!has(key)) fail("missing");
        return {value_.at(key), join(key)};
    }
    [[nodiscard]] const json& raw() const { return value_; }
    [[nodiscard]] const std::string& path() const { return path_; }

    void expectObject() const {
        if (!value_.is_object()) fail("expected an object, found " + typeName(value_));
    }
    [[nodiscard]] std::vector<Node> items() const {
        if (!value_.is_array()) fail("expected an array, found " + typeName(value_));
        std::vector<Node> items;
        for (std::size_t i = 0; i < value_.size(); ++i)
            items.emplace_back(value_[i], path_ + "[" + std::to_string(i) + "]");
        return items;
    }
    [[nodiscard]] std::string text() const {
        if (!value_.is_string()) fail("expected a string, found " + typeName(value_));
        return value_.get<std::string>();
    }
    // A string or null (an unmapped name): "" for null.
    [[nodiscard]] std::string textOrNull() const { return value_.is_null() ? std::string() : text(); }
    [[nodiscard]] bool flag() const {
        if (!value_.is_boolean()) fail("expected true or false, found " + typeName(value_));
        return value_.get<bool>();
    }
    [[nodiscard]] std::uint32_t id() const {
        const bool fits =
            value_.is_number_unsigned() || (value_.is_number_integer() && value_.get<std::int64_t>() >= 0);
        if (!fits || value_.get<std::uint64_t>() > std::numeric_limits<std::uint32_t>::max())
            fail("expected a number from 0 to 4294967295, found " + describe());
        return static_cast<std::uint32_t>(value_.get<std::uint64_t>());
    }
    [[nodiscard]] std::vector<std::string> texts() const {
        std::vector<std::string> result;
        for (const auto& item : items()) result.push_back(item.text());
        return result;
    }

    [[noreturn]] void fail(const std::string& problem) const {
        throw BadReport((path_.empty() ? std::string("the report") : path_) + ": " + problem);
    }

private:
    [[nodiscard]] std::string join(const char* key) const { return path_.empty() ? key : path_ + "." + key; }
    [[nodiscard]] std::string describe() const {
        return value_.is_number() ? value_.dump() : typeName(value_);
    }
    const json& value_;
    std::string path_;
};

// {"id" (a number) or "sid"-style text, "name" (text or null), "attributes"} and its relatives.
Principal readPrincipal(const Node& owner, const char* nameKey, const char* numberKey, const char* sidKey) {
    Principal principal;
    principal.name = owner[nameKey].textOrNull();
    if (owner.has(numberKey)) {
        principal.posixId = owner[numberKey].id();
    } else if (owner.has(sidKey)) {
        principal.sid = owner[sidKey].text();
    } else {
        owner.fail(std::string("missing both \"") + numberKey + "\" and \"" + sidKey + "\"");
    }
    return principal;
}

Principal readGroup(const Node& entry) {
    entry.expectObject();
    Principal group;
    const Node id = entry["id"];
    if (id.raw().is_string()) {
        group.sid = id.text();
    } else {
        group.posixId = id.id();
    }
    group.name = entry["name"].textOrNull();
    if (entry.has("attributes")) group.attributes = entry["attributes"].texts();
    return group;
}

PosixIds readIds(const Node& node) {
    node.expectObject();
    return {node["real"].id(), node["effective"].id(), node["saved"].id(), node["filesystem"].id()};
}

Identity readIdentity(const Node& node) {
    node.expectObject();
    Identity identity;
    identity.user = readPrincipal(node, "user", "uid", "sid");
    identity.primaryGroup = readPrincipal(node, "group", "gid", "group_sid");
    for (const auto& entry : node["groups"].items()) identity.groups.push_back(readGroup(entry));
    if (node.has("uids")) identity.uids = readIds(node["uids"]);
    if (node.has("gids")) identity.gids = readIds(node["gids"]);
    if (node.has("impersonating")) identity.impersonating = node["impersonating"].flag();
    if (node.has("impersonation_level"))
        identity.impersonationLevel = node["impersonation_level"].textOrNull();
    if (node.has("details")) {
        const Node details = node["details"];
        details.expectObject();
        for (const auto& [key, value] : details.raw().items()) {
            identity.details.emplace_back(key, Node(value, details.path() + "." + key).text());
        }
    }
    return identity;
}

bool optionalFlag(const Node& node, const char* key) { return node.has(key) && node[key].flag(); }

Privilege readPrivilege(const Node& entry) {
    entry.expectObject();
    Privilege privilege;
    privilege.name = entry["name"].text();
    if (privilege.name.empty()) entry["name"].fail("empty");
    if (entry.has("value")) privilege.value = entry["value"].id();
    if (entry.has("description")) privilege.description = entry["description"].text();
    privilege.held = entry["held"].flag();
    privilege.enabled = entry["enabled"].flag();
    privilege.inheritable = optionalFlag(entry, "inheritable");
    privilege.bounding = optionalFlag(entry, "bounding");
    privilege.ambient = optionalFlag(entry, "ambient");
    privilege.enabledByDefault = optionalFlag(entry, "enabled_by_default");
    if (entry.has("needed_for")) privilege.neededFor = entry["needed_for"].texts();
    return privilege;
}

PrivilegeReport readPrivileges(const Node& report) {
    PrivilegeReport privileges;
    for (const auto& entry : report["privileges"].items())
        privileges.privileges.push_back(readPrivilege(entry));
    if (report.has("can_impersonate")) privileges.canImpersonate = report["can_impersonate"].flag();
    if (report.has("missing_for_impersonation"))
        privileges.missingForImpersonation = report["missing_for_impersonation"].texts();
    if (report.has("verdict")) privileges.verdict = report["verdict"].text();
    if (report.has("notes")) privileges.notes = report["notes"].texts();
    return privileges;
}

TokenSnapshot readReport(const Node& report, std::string label) {
    report.expectObject();
    if (report.has("error")) {
        const json& error = report.raw().at("error");
        const std::string message =
            error.is_object() && error.contains("message") && error["message"].is_string()
                ? error["message"].get<std::string>()
                : error.dump();
        report.fail("a saved error, not a token (" + message + ")");
    }
    TokenSnapshot snapshot;
    snapshot.label = std::move(label);
    // whoami --pid N: "process" and "threads"; whoami: "process" and "thread", of which the
    // thread is the one that acts.
    if (report.has("thread")) {
        snapshot.identity = readIdentity(report["thread"]);
    } else if (report.has("process")) {
        snapshot.identity = readIdentity(report["process"]);
    }
    if (report.has("privileges")) {
        snapshot.privileges = readPrivileges(report);
        snapshot.allPrivilegesListed = optionalFlag(report, "all");
    }
    if (!snapshot.identity && !snapshot.privileges)
        report.fail("neither an identity (\"process\", \"thread\") nor \"privileges\"");
    return snapshot;
}

Error invalidReport(const std::string& label, const std::string& problem) {
    return makeError(win32::kInvalidData, label + ": " + problem, kReportHint);
}

struct FileCloser {
    void operator()(std::FILE* file) const noexcept { std::fclose(file); }
};

}  // namespace

Result<TokenSnapshot> parseSavedReport(std::string_view text, std::string label) {
    if (text.size() > kMaxSavedReportBytes)
        return invalidReport(label,
                             "larger than " + std::to_string(kMaxSavedReportBytes) + " bytes, not a report");
    json document;
    try {
        // Depth is bounded before anything deeper is built.
        const json::parser_callback_t bounded = [&](int depth, json::parse_event_t, json&) {
            if (depth > kMaxDepth)
                throw BadReport("nested deeper than " + std::to_string(kMaxDepth) + " levels");
            return true;
        };
        document = json::parse(text.begin(), text.end(), bounded);
    } catch (const json::parse_error& error) {
        return invalidReport(label, "not JSON (syntax error at byte " + std::to_string(error.byte) + ")");
    } catch (const BadReport& error) {
        return invalidReport(label, std::string("not a report: ") + error.what());
    }
    try {
        return readReport(Node(document, ""), label);
    } catch (const BadReport& error) {
        return invalidReport(label, error.what());
    } catch (const json::exception& error) {
        return invalidReport(label, error.what());
    }
}

Result<TokenSnapshot> readSavedReport(const std::string& path) {
    std::error_code status;
    const std::filesystem::path pathName(path);
    if (std::filesystem::is_directory(pathName, status))
        return makeError(win32::kInvalidData, path + ": a directory, not a saved report", kReportHint);
    if (std::filesystem::is_regular_file(pathName, status)) {
        const auto size = std::filesystem::file_size(pathName, status);
        if (!status && size > kMaxSavedReportBytes) {
            return invalidReport(path, std::to_string(size) + " bytes, larger than the " +
                                           std::to_string(kMaxSavedReportBytes) + " a report can have");
        }
    }
    errno = 0;
    const std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
    if (!file) return errnoError(errno != 0 ? errno : ENOENT, "open " + path, kReportHint);
    // A pipe or a file that grows is read only up to the limit and one byte more.
    std::string text;
    char buffer[65536];
    while (text.size() <= kMaxSavedReportBytes) {
        const std::size_t got = std::fread(buffer, 1, sizeof buffer, file.get());
        text.append(buffer, got);
        if (got < sizeof buffer) break;
    }
    if (std::ferror(file.get())) return errnoError(errno != 0 ? errno : EIO, "read " + path, kReportHint);
    return parseSavedReport(text, path);
}

}  // namespace tokenscope::cli

// tokenscope-cli diff end to end: processes started by setpriv and capsh with known differences,
// their reports saved by the real CLI and compared as files and live; what the diff reports must
// be exactly what /proc/N/status, ps and capsh --decode say differs. Bad operands give one JSON
// error object and exit 2.
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "support/subprocess.hpp"

namespace tokenscope {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using test::RunningProcess;
using test::runProcess;

const std::string kCli = TOKENSCOPE_CLI_PATH;

// A fresh folder for saved reports, removed with everything in it.
class ReportFolder {
public:
    ReportFolder() {
        std::string pattern = (fs::temp_directory_path() / "tokenscope-diff-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
        path_ = pattern;
    }
    ~ReportFolder() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    ReportFolder(const ReportFolder&) = delete;
    ReportFolder& operator=(const ReportFolder&) = delete;

    std::string write(const std::string& name, const std::string& content) const {
        const fs::path file = path_ / name;
        std::ofstream(file, std::ios::binary) << content;
        return file.string();
    }

private:
    fs::path path_;
};

// A field of /proc/<pid>/status ("Groups", "CapBnd"), as the kernel writes it.
std::string procStatus(pid_t pid, const std::string& field) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    for (std::string line; std::getline(status, line);) {
        if (!line.starts_with(field + ":")) continue;
        const auto start = line.find_first_not_of(" \t", field.size() + 1);
        return start == std::string::npos ? "" : line.substr(start);
    }
    return "";
}

std::set<std::string> words(const std::string& text) {
    std::istringstream in(text);
    std::set<std::string> result;
    for (std::string word; in >> word;) result.insert(word);
    return result;
}

// RunningProcess starts a program by its path: the one PATH names, as a shell would find it.
std::string onPath(const std::string& program) {
    const char* path = std::getenv("PATH");
    std::istringstream folders(path != nullptr ? path : "/usr/bin:/bin");
    for (std::string folder; std::getline(folders, folder, ':');) {
        const fs::path candidate = fs::path(folder) / program;
        if (!folder.empty() && ::access(candidate.c_str(), X_OK) == 0) return candidate.string();
    }
    return program;
}

struct CliAnswer {
    int exitCode = -1;
    std::string out;
    std::string err;
};

CliAnswer cli(const std::vector<std::string>& args) {
    std::vector<std::string> argv{kCli};
    argv.insert(argv.end(), args.begin(), args.end());
    const auto result = runProcess(argv);
    EXPECT_FALSE(result.signaled) << result.err;
    EXPECT_FALSE(result.timedOut);
    return {result.exitCode, result.out, result.err};
}

// `diff A B --json`: the one object it prints, with its exit status checked.
json diffJson(const std::string& left, const std::string& right, int expectedExit) {
    const auto answer = cli({"diff", left, right, "--json"});
    EXPECT_EQ(answer.exitCode, expectedExit) << answer.out << answer.err;
    return json::parse(answer.out);
}

// The (section, key, kind) of every difference.
std::set<std::tuple<std::string, std::string, std::string>> reported(const json& answer) {
    std::set<std::tuple<std::string, std::string, std::string>> result;
    for (const auto& difference : answer["differences"]) {
        result.emplace(difference["section"], difference["key"], difference["kind"]);
    }
    return result;
}

// What the real CLI prints for `args`, saved as `name`: the file's path.
std::string saveReport(const ReportFolder& folder, const std::string& name,
                       const std::vector<std::string>& args) {
    const auto answer = cli(args);
    EXPECT_EQ(answer.exitCode, 0) << answer.err;
    return folder.write(name, answer.out);
}

// `command --pid N --json` of each of two processes, saved: the two files' paths.
std::pair<std::string, std::string> saveReports(const ReportFolder& folder, const std::string& command,
                                                pid_t left, pid_t right) {
    auto save = [&](pid_t pid) {
        return saveReport(folder, command + "-" + std::to_string(pid) + ".json",
                          {command, "--pid", std::to_string(pid), "--json"});
    };
    return {save(left), save(right)};
}

std::string pidOperand(pid_t pid) { return "pid:" + std::to_string(pid); }

TEST(CliDiff, SupplementaryGroupsSetBySetprivAreTheOnlyDifference) {
    if (::geteuid() != 0) GTEST_SKIP() << "starting processes as nobody needs root";
    RunningProcess plain(
        {onPath("setpriv"), "--reuid=65534", "--regid=65534", "--clear-groups", "sleep", "30"});
    RunningProcess grouped(
        {onPath("setpriv"), "--reuid=65534", "--regid=65534", "--groups=4,24", "sleep", "30"});
    ASSERT_TRUE(test::waitForProgram(plain.pid(), "sleep", std::chrono::seconds(5)));
    ASSERT_TRUE(test::waitForProgram(grouped.pid(), "sleep", std::chrono::seconds(5)));

    // The kernel's lists: what the right side has and the left has not.
    const auto leftGroups = words(procStatus(plain.pid(), "Groups"));
    std::set<std::tuple<std::string, std::string, std::string>> expected;
    for (const auto& group : words(procStatus(grouped.pid(), "Groups"))) {
        if (leftGroups.count(group) == 0) expected.emplace("groups", group, "added");
    }
    ASSERT_EQ(expected.size(), 2u) << "setpriv --groups=4,24 gave " << procStatus(grouped.pid(), "Groups");

    ReportFolder folder;
    const auto [left, right] = saveReports(folder, "whoami", plain.pid(), grouped.pid());
    const json files = diffJson(left, right, 1);
    EXPECT_EQ(reported(files), expected) << files.dump(2);
    EXPECT_EQ(files["identical"], false);
    EXPECT_EQ(files["count"]["added"], 2);
    EXPECT_EQ(files["count"]["total"], 2);
    // A whoami report has no privileges: said, not compared.
    EXPECT_FALSE(files["not_compared"].empty());

    const json live = diffJson(pidOperand(plain.pid()), pidOperand(grouped.pid()), 1);
    EXPECT_EQ(reported(live), expected) << live.dump(2);
    EXPECT_TRUE(live["not_compared"].empty()) << live["not_compared"];

    // The same for a person: a row marked + per group, and the count.
    const auto text = cli({"diff", left, pidOperand(grouped.pid())});
    EXPECT_EQ(text.exitCode, 1);
    EXPECT_NE(text.out.find("\n+  groups"), std::string::npos) << text.out;
    EXPECT_TRUE(text.out.ends_with("\n2 differences\n")) << text.out;
}

TEST(CliDiff, ACapabilityDroppedByCapshIsTheOnlyDifference) {
    if (::geteuid() != 0) GTEST_SKIP() << "needs root's capabilities to drop one";
    RunningProcess full({onPath("sleep"), "30"});
    RunningProcess dropped({onPath("capsh"), "--drop=cap_net_raw", "--", "-c", "exec sleep 30"});
    ASSERT_TRUE(test::waitForProgram(full.pid(), "sleep", std::chrono::seconds(5)));
    ASSERT_TRUE(test::waitForProgram(dropped.pid(), "sleep", std::chrono::seconds(5)));

    // Which capabilities differ in any set, by the kernel's masks, named by capsh.
    std::uint64_t differing = 0;
    for (const char* set : {"CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb"}) {
        differing |= std::stoull(procStatus(full.pid(), set), nullptr, 16) ^
                     std::stoull(procStatus(dropped.pid(), set), nullptr, 16);
    }
    std::ostringstream mask;
    mask << "0x" << std::hex << differing;
    const std::string decoded = runProcess({"capsh", "--decode=" + mask.str()}).out;
    ASSERT_NE(decoded.find("=cap_net_raw\n"), std::string::npos) << decoded;  // one name, nothing else
    ASSERT_EQ(decoded.find(','), std::string::npos) << decoded;

    const json live = diffJson(pidOperand(full.pid()), pidOperand(dropped.pid()), 1);
    using Row = std::tuple<std::string, std::string, std::string>;
    EXPECT_EQ(reported(live), (std::set<Row>{{"privileges", "CAP_NET_RAW", "changed"}})) << live.dump(2);
    EXPECT_EQ(live["differences"][0]["right"], "not held") << live.dump(2);

    // Saved without --all, the dropped side leaves the capability out altogether.
    ReportFolder folder;
    const auto [left, right] = saveReports(folder, "privileges", full.pid(), dropped.pid());
    const json files = diffJson(left, right, 1);
    EXPECT_EQ(reported(files), (std::set<Row>{{"privileges", "CAP_NET_RAW", "removed"}})) << files.dump(2);
    EXPECT_TRUE(files["differences"][0]["right"].is_null());
}

TEST(CliDiff, UidDifferencesAreTheIdsPsShows) {
    if (::geteuid() != 0) GTEST_SKIP() << "starting a process as nobody needs root";
    RunningProcess root({onPath("sleep"), "30"});
    RunningProcess nobody(
        {onPath("setpriv"), "--reuid=65534", "--regid=65534", "--clear-groups", "sleep", "30"});
    ASSERT_TRUE(test::waitForProgram(root.pid(), "sleep", std::chrono::seconds(5)));
    ASSERT_TRUE(test::waitForProgram(nobody.pid(), "sleep", std::chrono::seconds(5)));
    const json answer = diffJson(pidOperand(root.pid()), pidOperand(nobody.pid()), 1);
    std::map<std::string, std::pair<std::string, std::string>> uids;
    for (const auto& difference : answer["differences"]) {
        if (difference["section"] == "uids")
            uids[difference["key"]] = {difference["left"], difference["right"]};
    }
    const std::map<std::string, std::string> columns{
        {"real", "ruid"}, {"effective", "euid"}, {"saved", "suid"}, {"fs", "fsuid"}};
    ASSERT_EQ(uids.size(), columns.size()) << answer.dump(2);
    for (const auto& [key, column] : columns) {
        auto ps = [&](pid_t pid) {
            return std::to_string(
                std::stoul(runProcess({"ps", "-o", column + "=", "-p", std::to_string(pid)}).out));
        };
        EXPECT_EQ(uids[key], std::make_pair(ps(root.pid()), ps(nobody.pid()))) << key;
    }
}

TEST(CliDiff, TwoLikeProcessesAreIdentical) {
    RunningProcess first({onPath("sleep"), "30"});
    RunningProcess second({onPath("sleep"), "30"});
    ASSERT_TRUE(test::waitForProgram(first.pid(), "sleep", std::chrono::seconds(5)));
    ASSERT_TRUE(test::waitForProgram(second.pid(), "sleep", std::chrono::seconds(5)));
    const json answer = diffJson(pidOperand(first.pid()), pidOperand(second.pid()), 0);
    EXPECT_EQ(answer["identical"], true);
    EXPECT_TRUE(answer["differences"].empty());
    const auto text = cli({"diff", pidOperand(first.pid()), pidOperand(second.pid())});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.ends_with("\nidentical\n")) << text.out;

    // A saved privileges report (held and needed only) against the live process.
    ReportFolder folder;
    const auto saved =
        saveReport(folder, "privileges.json", {"privileges", "--pid", std::to_string(first.pid()), "--json"});
    const json mixed = diffJson(saved, pidOperand(second.pid()), 0);
    EXPECT_FALSE(mixed["not_compared"].empty());
    // A thread and its process: the leader thread is the process.
    const json thread =
        diffJson(pidOperand(first.pid()) + "/tid:" + std::to_string(first.pid()), pidOperand(first.pid()), 0);
    EXPECT_EQ(thread["identical"], true);
}

TEST(CliDiff, SelfAgainstSelfIsIdentical) {
    const auto text = cli({"diff", "self", "self"});
    EXPECT_EQ(text.exitCode, 0) << text.out << text.err;
    EXPECT_TRUE(text.out.ends_with("\nidentical\n")) << text.out;
    const json answer = diffJson("self", "self", 0);
    EXPECT_EQ(answer["left"]["label"], "self");
}

TEST(CliDiff, AWhoamiReportAndAPrivilegesReportHaveNothingInCommon) {
    ReportFolder folder;
    const auto who = saveReport(folder, "whoami.json", {"whoami", "--json"});
    const auto privileges = saveReport(folder, "privileges.json", {"privileges", "--json"});
    const json answer = diffJson(who, privileges, 2);
    EXPECT_EQ(answer["error"]["name"], "ERROR_INVALID_PARAMETER");
    EXPECT_NE(answer["error"]["native"].get<std::string>().find("nothing to compare"), std::string::npos)
        << answer;
}

TEST(CliDiff, BadOperandsGiveOneJsonErrorAndExitTwo) {
    ReportFolder folder;
    std::string binary;
    for (int i = 0; i < 4096; ++i) binary += static_cast<char>((i * 131 + 7) % 256);
    const auto huge = folder.write("huge.json", "");
    fs::resize_file(huge, 100u * 1024u * 1024u);
    const std::map<std::string, std::string> files{
        {"missing", folder.write("x", "") + ".does-not-exist"},
        {"not JSON", folder.write("text.json", "uid=0(root) gid=0(root)\n")},
        {"an array", folder.write("array.json", "[]")},
        {"binary", folder.write("binary.json", binary)},
        {"100 MB", huge},
        {"an empty object", folder.write("empty.json", "{}")},
        {"a saved error",
         folder.write("error.json", R"({"error": {"code": 87, "message": "no process 9"}})")},
        {"a wrong type", folder.write("wrong.json", R"({"process": {"user": 5, "uid": 0, "group": null,
                                                      "gid": 0, "groups": []}})")},
        {"a negative uid", folder.write("negative.json", R"({"process": {"user": "root", "uid": -1,
                                                         "group": null, "gid": 0, "groups": []}})")},
        {"deep nesting", folder.write("deep.json", std::string(100000, '['))},
        {"a directory", fs::temp_directory_path().string()},
        {"no such process", "pid:2147483647"},
        {"no such thread", "pid:1/tid:2147483647"},
    };
    for (const auto& [what, operand] : files) {
        SCOPED_TRACE(what);
        const auto answer = cli({"diff", operand, "self", "--json"});
        EXPECT_EQ(answer.exitCode, 2) << answer.out << answer.err;
        const json error = json::parse(answer.out, nullptr, false);
        ASSERT_TRUE(error.is_object()) << answer.out;
        EXPECT_FALSE(error["error"]["name"].get<std::string>().empty()) << answer.out;
        EXPECT_FALSE(error["error"]["message"].get<std::string>().empty()) << answer.out;
    }
    // The key at fault is named.
    const json wrong = diffJson(files.at("a wrong type"), "self", 2);
    EXPECT_NE(wrong["error"]["native"].get<std::string>().find("process.user"), std::string::npos) << wrong;
    EXPECT_EQ(wrong["error"]["name"], "ERROR_INVALID_DATA");
    const json missing = diffJson(files.at("missing"), "self", 2);
    EXPECT_EQ(missing["error"]["name"], "ERROR_FILE_NOT_FOUND");

    // Malformed live targets are bad usage.
    for (const std::string operand : {"pid:", "pid:0", "pid:abc", "pid:12/tid:", "pid:12/x"}) {
        const json usage = diffJson(operand, "self", 2);
        EXPECT_EQ(usage["error"]["name"], "usage") << operand;
    }
    const auto arity = cli({"diff", "self", "--json"});
    EXPECT_EQ(arity.exitCode, 2);
    EXPECT_EQ(json::parse(arity.out)["error"]["name"], "usage") << arity.out;
}

}  // namespace
}  // namespace tokenscope

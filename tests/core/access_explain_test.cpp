// Explained access against real attempts: hundreds of generated folders and files (modes, owners,
// groups, POSIX ACLs with masks, immutable and append-only attributes, symbolic links), each
// explained for several subjects and tried for real by access_oracle.py running as that subject
// under setpriv (ids, groups and capabilities); the two must agree on every right. Needs root.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/syscall.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <thread>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

#include "support/subprocess.hpp"
#include "tokenscope/access_explain.hpp"
#include "tokenscope/errors.hpp"

namespace tokenscope {
namespace {

using test::RunningProcess;
using test::runProcess;

// The subjects: uids and gids no account of the machine uses, so that only what the test sets
// decides.
constexpr unsigned kUser = 4242, kOther = 4343, kGroupA = 4344, kGroupB = 4444, kStranger = 4545;

struct Subject {
    std::string name;
    std::vector<std::string> setpriv;  // the setpriv options that make it
};

std::vector<Subject> subjects() {
    return {
        {"user with two groups",
         {"--reuid=4242", "--regid=4242", "--groups=4344,4444", "--inh-caps=-all", "--bounding-set=-all"}},
        {"user without groups", {"--reuid=4343", "--regid=4545", "--clear-groups", "--inh-caps=-all", "--bounding-set=-all"}},
        {"root with CAP_DAC_READ_SEARCH only", {"--reuid=0", "--regid=0", "--clear-groups", "--inh-caps=-all", "--bounding-set=-all,+dac_read_search"}},
        {"root", {"--reuid=0", "--regid=0", "--clear-groups"}},
        {"user with CAP_DAC_OVERRIDE (ambient)",
         {"--reuid=4242", "--regid=4242", "--groups=4444", "--inh-caps=-all,+dac_override", "--ambient-caps=+dac_override",
          "--bounding-set=-all,+dac_override"}},
    };
}

std::string rwx(std::mt19937& random) {
    const char* choices[] = {"---", "r--", "-w-", "--x", "rw-", "r-x", "-wx", "rwx"};
    return choices[random() % 8];
}

class AccessExplainTest : public ::testing::Test {
protected:
    void SetUp() override {
        if (::geteuid() != 0) GTEST_SKIP() << "making files of other owners and running as them needs root";
        if (runProcess({"setfacl", "--version"}).exitCode != 0) GTEST_SKIP() << "setfacl (package acl) is not installed";
        char base[] = "/tmp/tokenscope-access.XXXXXX";
        ASSERT_NE(::mkdtemp(base), nullptr);
        base_ = base;
        ::chmod(base_.c_str(), 0755);
    }
    void TearDown() override {
        if (base_.empty()) return;
        // Mounts first, whatever failed before: nothing may stay mounted under /tmp.
        for (const auto& point : mounts_) ::umount2(point.c_str(), MNT_DETACH);
        (void)runProcess({"chattr", "-R", "-i", "-a", base_});
        std::error_code ignored;
        std::filesystem::remove_all(base_, ignored);
    }

    // The oracle's answers for `paths` as `subject`.
    nlohmann::json attempt(const Subject& subject, const std::vector<std::string>& paths) {
        std::vector<std::string> argv{"/usr/bin/setpriv"};
        argv.insert(argv.end(), subject.setpriv.begin(), subject.setpriv.end());
        // Debian's interpreter, readable by every subject (not one under a user's home).
        argv.insert(argv.end(), {"/usr/bin/python3", TOKENSCOPE_ACCESS_ORACLE});
        const auto result = runProcess(argv, nlohmann::json(paths).dump(), std::chrono::seconds(120));
        EXPECT_EQ(result.exitCode, 0) << result.err;
        return nlohmann::json::parse(result.out.empty() ? "{}" : result.out);
    }

    // The subject as explainAccess sees it: a process started with the same setpriv options.
    static std::unique_ptr<RunningProcess> start(const Subject& subject) {
        std::vector<std::string> argv{"/usr/bin/setpriv"};
        argv.insert(argv.end(), subject.setpriv.begin(), subject.setpriv.end());
        argv.insert(argv.end(), {"sleep", "120"});
        return std::make_unique<RunningProcess>(argv);
    }

    static AccessSubject subjectOf(const RunningProcess& process) {
        // setpriv execs sleep: wait until the credentials are the subject's.
        EXPECT_TRUE(test::waitForProgram(process.pid(), "sleep", std::chrono::seconds(5)));
        auto subject = accessSubjectForProcess(process.pid());
        EXPECT_TRUE(subject.ok()) << subject.error().summary();
        return subject.ok() ? *subject : AccessSubject{};
    }

    // Compares explainAccess with the oracle for every path and subject; returns the number of
    // (path, subject, right) answers compared.
    int compareAll(const std::vector<std::string>& paths, const std::map<std::string, std::string>& described) {
        int compared = 0, granted = 0;
        std::map<std::string, int> rules;
        for (const auto& subject : subjects()) {
            auto process = start(subject);
            const AccessSubject credentials = subjectOf(*process);
            const nlohmann::json real = attempt(subject, paths);
            for (const auto& path : paths) {
                auto explained = explainAccess(path, credentials, {AccessRight::Read, AccessRight::Write,
                                                                   AccessRight::Execute, AccessRight::List});
                EXPECT_TRUE(explained.ok()) << path << ": " << explained.error().summary();
                EXPECT_TRUE(real.contains(path)) << path;
                if (!explained.ok() || !real.contains(path)) continue;
                for (const auto& check : explained->checks) {
                    const std::string right(accessRightName(check.right));
                    const bool truth = real[path][right].get<bool>();
                    EXPECT_EQ(check.granted, truth)
                        << subject.name << ", " << right << " " << path << " (" << described.at(path) << "): explained "
                        << (check.granted ? "granted" : "denied") << ", the real attempt "
                        << (truth ? "succeeded" : "failed") << "\n  " << check.decidedBy.text;
                    EXPECT_FALSE(check.decidedBy.text.empty());
                    EXPECT_FALSE(check.decidedBy.rule.empty());
                    ++compared;
                    granted += check.granted ? 1 : 0;
                    ++rules[check.decidedBy.rule + (check.granted ? " (granted)" : " (denied)")];
                }
            }
        }
        // What was covered, in the test's output: every rule should be there, granted and denied.
        std::cout << compared << " answers compared with real attempts, " << granted << " granted:";
        for (const auto& [rule, count] : rules) std::cout << " " << rule << " " << count << ";";
        std::cout << std::endl;
        return compared;
    }

    void run(const std::vector<std::string>& argv) {
        const auto result = runProcess(argv);
        ASSERT_EQ(result.exitCode, 0) << argv[0] << ": " << result.err;
    }

    std::string base_;
    std::vector<std::string> mounts_;  // unmounted by TearDown
};

TEST_F(AccessExplainTest, GeneratedModesOwnersGroupsAclsAndAttributesAgreeWithRealAttempts) {
    std::mt19937 random(20261204);
    const unsigned owners[] = {0, kUser, kOther};
    const unsigned groups[] = {0, kUser, kGroupA, kGroupB, kStranger};
    const mode_t folderModes[] = {0700, 0711, 0750, 0755, 0705, 0000, 0070, 0007, 0770, 0100, 0010, 0001, 0751, 0715};
    std::vector<std::string> paths;
    std::map<std::string, std::string> described;
    constexpr int kCases = 160;
    for (int i = 0; i < kCases; ++i) {
        const std::string caseDir = base_ + "/case" + std::to_string(i);
        const std::string folder = caseDir + "/folder", file = folder + "/file";
        ASSERT_EQ(::mkdir(caseDir.c_str(), 0755), 0);
        ASSERT_EQ(::mkdir(folder.c_str(), 0700), 0);
        {
            std::ofstream script(file);
            script << "#!/bin/sh\nexit 0\n";
        }
        const mode_t folderMode = random() % 3 == 0 ? random() % 01000 : folderModes[random() % std::size(folderModes)];
        const mode_t fileMode = random() % 01000;
        const unsigned folderOwner = owners[random() % 3], folderGroup = groups[random() % 5];
        const unsigned fileOwner = owners[random() % 3], fileGroup = groups[random() % 5];
        ASSERT_EQ(::chown(folder.c_str(), folderOwner, folderGroup), 0);
        ASSERT_EQ(::chown(file.c_str(), fileOwner, fileGroup), 0);
        ASSERT_EQ(::chmod(folder.c_str(), folderMode), 0);
        ASSERT_EQ(::chmod(file.c_str(), fileMode), 0);
        std::ostringstream what;
        what << "folder " << std::oct << folderMode << std::dec << " " << folderOwner << ":" << folderGroup << ", file "
             << std::oct << fileMode << std::dec << " " << fileOwner << ":" << fileGroup;
        // ACLs: named users and groups, with or without an explicit mask.
        for (const auto& [target, chance] : {std::pair{file, 3}, std::pair{folder, 5}}) {
            if (random() % chance != 0) continue;
            std::string spec;
            if (random() % 2) spec += "u:" + std::to_string(random() % 2 ? kUser : kOther) + ":" + rwx(random) + ",";
            if (random() % 2) spec += "g:" + std::to_string(groups[1 + random() % 4]) + ":" + rwx(random) + ",";
            if (random() % 2) spec += "g:" + std::to_string(groups[1 + random() % 4]) + ":" + rwx(random) + ",";
            if (random() % 2) spec += "m::" + rwx(random) + ",";
            if (spec.empty()) spec = "u:" + std::to_string(kUser) + ":" + rwx(random) + ",";
            spec.pop_back();
            run({"setfacl", "-m", spec, target});
            what << ", acl on " << (target == file ? "file" : "folder") << " " << spec;
        }
        if (random() % 20 == 0) {
            run({"chattr", "+i", file});
            what << ", immutable";
        } else if (random() % 20 == 0) {
            run({"chattr", "+a", file});
            what << ", append-only";
        }
        paths.push_back(file);
        described[file] = what.str();
        paths.push_back(folder);
        described[folder] = what.str();
        if (i % 8 == 0) {  // the same file through a symbolic link in an open folder
            const std::string link = caseDir + "/link";
            ASSERT_EQ(::symlink("folder/file", link.c_str()), 0);
            paths.push_back(link);
            described[link] = what.str() + ", through a symbolic link";
        }
    }
    const int compared = compareAll(paths, described);
    EXPECT_GE(compared, kCases * 2 * 4 * 5);
}

TEST_F(AccessExplainTest, ReadOnlyAndNoexecMountsAreNamed) {
    const std::string source = base_ + "/source", readOnly = base_ + "/ro", noexec = base_ + "/noexec";
    for (const auto& dir : {source, readOnly, noexec}) ASSERT_EQ(::mkdir(dir.c_str(), 0755), 0);
    {
        std::ofstream script(source + "/tool");
        script << "#!/bin/sh\nexit 0\n";
    }
    ASSERT_EQ(::chmod((source + "/tool").c_str(), 0777), 0);
    if (::mount(source.c_str(), readOnly.c_str(), nullptr, MS_BIND, nullptr) != 0)
        GTEST_SKIP() << "bind mounts are not allowed here: " << std::strerror(errno);
    mounts_ = {readOnly, noexec};
    ASSERT_EQ(::mount(nullptr, readOnly.c_str(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr), 0) << std::strerror(errno);
    ASSERT_EQ(::mount(source.c_str(), noexec.c_str(), nullptr, MS_BIND, nullptr), 0);
    ASSERT_EQ(::mount(nullptr, noexec.c_str(), nullptr, MS_REMOUNT | MS_BIND | MS_NOEXEC, nullptr), 0) << std::strerror(errno);
    const std::vector<std::string> paths{readOnly + "/tool", noexec + "/tool", source + "/tool", readOnly};
    std::map<std::string, std::string> described{{paths[0], "a read-only bind mount"},
                                                 {paths[1], "a noexec bind mount"},
                                                 {paths[2], "the same file, mounted plainly"},
                                                 {paths[3], "a read-only bind mount's root"}};
    compareAll(paths, described);
    auto root = accessSubjectForUser("root");
    ASSERT_TRUE(root.ok());
    auto explained = explainAccess(paths[0], *root, {AccessRight::Write, AccessRight::Execute});
    auto plain = explainAccess(paths[1], *root, {AccessRight::Write, AccessRight::Execute});
    ASSERT_TRUE(explained.ok() && plain.ok());
    EXPECT_FALSE(explained->checks[0].granted);
    EXPECT_EQ(explained->checks[0].decidedBy.rule, "read-only mount");
    EXPECT_TRUE(explained->checks[1].granted);
    EXPECT_TRUE(plain->checks[0].granted);
    EXPECT_FALSE(plain->checks[1].granted);
    EXPECT_EQ(plain->checks[1].decidedBy.rule, "noexec mount");
}

TEST_F(AccessExplainTest, TheDecidingFolderAndEntryAreNamed) {
    const std::string folder = base_ + "/private", file = folder + "/secret";
    ASSERT_EQ(::mkdir(folder.c_str(), 0700), 0);
    std::ofstream(file) << "x";
    ASSERT_EQ(::chmod(file.c_str(), 0644), 0);
    auto nobody = accessSubjectForUser("nobody");
    ASSERT_TRUE(nobody.ok()) << nobody.error().summary();
    auto explained = explainAccess(file, *nobody, {AccessRight::Read});
    ASSERT_TRUE(explained.ok());
    EXPECT_FALSE(explained->checks[0].granted);
    EXPECT_EQ(explained->checks[0].decidedBy.path, folder);
    EXPECT_EQ(explained->checks[0].decidedBy.rule, "search");
    EXPECT_NE(explained->checks[0].decidedBy.text.find("mode 0700 root:root"), std::string::npos)
        << explained->checks[0].decidedBy.text;
    // An ACL entry for the user's uid decides, with its mask.
    ASSERT_EQ(::chmod(folder.c_str(), 0755), 0);
    ASSERT_EQ(::chmod(file.c_str(), 0600), 0);
    run({"setfacl", "-m", "u:nobody:rw-,m::r--", file});
    explained = explainAccess(file, *nobody, {AccessRight::Read, AccessRight::Write});
    ASSERT_TRUE(explained.ok());
    EXPECT_TRUE(explained->checks[0].granted);
    EXPECT_EQ(explained->checks[0].decidedBy.rule, "acl user");
    EXPECT_FALSE(explained->checks[1].granted);
    EXPECT_EQ(explained->checks[1].decidedBy.rule, "acl mask");
    EXPECT_NE(explained->checks[1].decidedBy.text.find("limited by mask::r-- to r--"), std::string::npos)
        << explained->checks[1].decidedBy.text;
    // A path that does not exist, and one through a file.
    explained = explainAccess(base_ + "/missing/file", *nobody, {AccessRight::Read});
    ASSERT_TRUE(explained.ok());
    EXPECT_EQ(explained->checks[0].decidedBy.rule, "missing");
    EXPECT_EQ(explained->checks[0].decidedBy.path, base_ + "/missing");
    explained = explainAccess(file + "/inside", *nobody, {AccessRight::Read});
    ASSERT_TRUE(explained.ok());
    EXPECT_EQ(explained->checks[0].decidedBy.rule, "not a directory");
}

TEST(AccessSubject, AUserIsWhatIdSays) {
    auto root = accessSubjectForUser("root");
    ASSERT_TRUE(root.ok());
    EXPECT_EQ(root->uid, 0u);
    const auto nobody = accessSubjectForUser("nobody");
    ASSERT_TRUE(nobody.ok());
    EXPECT_EQ(std::to_string(nobody->uid), [] {
        auto out = runProcess({"id", "-u", "nobody"}).out;
        while (!out.empty() && out.back() == '\n') out.pop_back();
        return out;
    }());
    EXPECT_EQ(nobody->capabilities, 0u);
    auto unknown = accessSubjectForUser("no-such-user-tokenscope");
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, win32::kNoSuchUser);
    auto process = accessSubjectForProcess(999999999);
    ASSERT_FALSE(process.ok());
    EXPECT_EQ(process.error().code, win32::kInvalidParameter);
}

// The calling thread's own credentials: a thread that changed only its filesystem uid (a raw
// setfsuid, which the kernel applies to that thread and which drops its file capabilities) is
// explained as that uid, and the answer equals a real open from the same thread.
TEST(AccessSubject, TheCurrentThreadIsItsOwnFilesystemUid) {
    if (::geteuid() != 0) GTEST_SKIP() << "changing a thread's filesystem uid needs root";
    char secret[] = "/tmp/tokenscope-thread-secret-XXXXXX";
    const int fd = ::mkstemp(secret);
    ASSERT_GE(fd, 0);
    ::close(fd);
    ASSERT_EQ(::chmod(secret, 0600), 0);
    const auto nobody = accessSubjectForUser("nobody");
    ASSERT_TRUE(nobody.ok());
    std::optional<AccessSubject> seen;
    std::optional<AccessExplanation> explained;
    int openError = 0;
    std::thread worker([&] {
        ::syscall(SYS_setfsuid, nobody->uid);
        auto subject = accessSubjectForCurrentThread();
        if (subject) seen = *subject;
        if (subject) {
            auto answer = explainAccess(secret, *subject, {AccessRight::Read});
            if (answer) explained = *answer;
        }
        const int file = ::open(secret, O_RDONLY);
        openError = file < 0 ? errno : 0;
        if (file >= 0) ::close(file);
    });
    worker.join();
    ::unlink(secret);
    ASSERT_TRUE(seen);
    EXPECT_EQ(seen->uid, nobody->uid);
    EXPECT_EQ(seen->capabilities & ((1u << 1) | (1u << 2)), 0u);  // no CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
    ASSERT_TRUE(explained);
    ASSERT_EQ(explained->checks.size(), 1u);
    EXPECT_EQ(openError, EACCES);
    EXPECT_FALSE(explained->checks[0].granted) << explained->checks[0].decidedBy.text;
    EXPECT_EQ(explained->checks[0].decidedBy.rule, "other");
    // This thread is still root.
    auto self = accessSubjectForCurrentThread();
    ASSERT_TRUE(self.ok());
    EXPECT_EQ(self->uid, 0u);
}

}  // namespace
}  // namespace tokenscope

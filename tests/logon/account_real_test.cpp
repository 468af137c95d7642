// tokenscope-cli account on a real temporary account, changed step by step the way an
// administrator would (usermod -L, chage -E 0, passwd -e, usermod -s nologin, an access.conf
// rule in a PAM service of the test): each answer is checked against pamtester's acct_mgmt (the
// same PAM phase, run by another program) and `passwd -S` / `chage -l` (the account tools' own
// reading of /etc/shadow). Only as root with TOKENSCOPE_TEST_REAL_ACCOUNTS=1.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/real_account_test.hpp"
#include "support/subprocess.hpp"

namespace tokenscope {
namespace {

using nlohmann::json;
using test::runAccountTool;
using test::runProcess;

struct AccountTraits {
    static constexpr const char* kPrefix = "tsacct";
    static constexpr bool kHome = false;
    static std::string unavailable() {
        return runProcess({"pamtester", "--version"}).exitCode < 0 ? "pamtester is not installed" : "";
    }
};

class AccountCheck : public test::RealAccountTest<AccountTraits> {
protected:
    static json ask(const std::string& service = "login", int* exitCode = nullptr) {
        const auto result = runProcess({TOKENSCOPE_CLI_PATH, "account", account()->name(), "--service", service, "--json"});
        if (exitCode) *exitCode = result.exitCode;
        return json::parse(result.out, nullptr, false);
    }
    // pamtester's acct_mgmt: true when the account phase lets the user in.
    static bool pamtesterAccepts(const std::string& service = "login") {
        return runProcess({"pamtester", service, account()->name(), "acct_mgmt"}).exitCode == 0;
    }
    // What pamtester says when it refuses: "pamtester: <pam_strerror's text>".
    static std::string pamtesterSays(const std::string& service = "login") {
        auto err = runProcess({"pamtester", service, account()->name(), "acct_mgmt"}).err;
        while (!err.empty() && err.back() == '\n') err.pop_back();
        return err;
    }
    // The same PAM answer: pamtester's exit status and its words.
    static void samePamAnswer(const json& answer, const std::string& service = "login") {
        const bool accepted = pamtesterAccepts(service);
        EXPECT_EQ(answer["pam"]["result"] == "PAM_SUCCESS", accepted) << answer.dump(2);
        if (!accepted) {
            // pamtester prints the modules' messages, then its verdict in pam_strerror's words.
            std::string expected;
            for (const auto& message : answer["pam"]["messages"]) expected += message.get<std::string>() + "\n";
            expected += "pamtester: " + answer["pam"]["text"].get<std::string>();
            EXPECT_EQ(pamtesterSays(service), expected);
        }
    }
    // The second field of `passwd -S USER`: P, L or NP.
    static std::string passwdStatus() {
        std::istringstream fields(runProcess({"passwd", "-S", account()->name()}).out);
        std::string name, status;
        fields >> name >> status;
        return status;
    }
    static std::string reasonText(const json& answer, const std::string& code) {
        for (const auto& reason : answer["reasons"])
            if (reason["code"] == code) return reason["text"].get<std::string>();
        return {};
    }
    static bool hasReason(const json& answer, const std::string& code) {
        for (const auto& reason : answer["reasons"])
            if (reason["code"] == code) return true;
        return false;
    }
    static void tool(const std::vector<std::string>& argv) { ASSERT_TRUE(runAccountTool(argv)) << argv[0]; }
};

TEST_F(AccountCheck, EachRefusalIsWhatPamtesterAndPasswdSay) {
    const std::string user = account()->name();
    // As created: a usable password, a real shell, accepted.
    int exitCode = -1;
    json answer = ask("login", &exitCode);
    ASSERT_TRUE(answer.is_object());
    EXPECT_EQ(answer["exists"], true);
    EXPECT_EQ(passwdStatus(), "P");
    EXPECT_EQ(answer["password"], "usable");
    EXPECT_TRUE(pamtesterAccepts());
    EXPECT_EQ(answer["pam"]["result"], "PAM_SUCCESS");
    EXPECT_EQ(answer["can_log_on"], true) << answer.dump(2);
    EXPECT_EQ(exitCode, 0);

    // Locked: passwd -S says L; the account phase still passes (a lock stops authentication).
    tool({"usermod", "-L", user});
    answer = ask();
    EXPECT_EQ(passwdStatus(), "L");
    EXPECT_EQ(answer["password"], "locked");
    EXPECT_TRUE(hasReason(answer, "locked"));
    samePamAnswer(answer);
    tool({"usermod", "-U", user});

    // Expired account: chage -E 0; pam_unix refuses, as pamtester sees it.
    tool({"chage", "-E", "0", user});
    answer = ask("login", &exitCode);
    EXPECT_FALSE(pamtesterAccepts());
    samePamAnswer(answer);  // Debian's common-account turns pam_unix's PAM_ACCT_EXPIRED into pam_deny's
    EXPECT_TRUE(hasReason(answer, "account_expired")) << answer.dump(2);
    EXPECT_EQ(answer["expires"], 0);
    EXPECT_EQ(exitCode, 1);
    tool({"chage", "-E", "-1", user});

    // A password that must change: passwd -e; pam_unix says a new one is needed.
    tool({"passwd", "-e", user});
    answer = ask();
    EXPECT_FALSE(pamtesterAccepts());
    samePamAnswer(answer);  // Debian's login stack turns pam_unix's answer into its own
    EXPECT_TRUE(hasReason(answer, "password_must_change")) << answer.dump(2);
    EXPECT_EQ(answer["last_change"], 0);
    // An old password with a maximum age: expired; with a few days' grace also gone: inactive.
    tool({"chage", "-d", "2000-01-01", "-M", "30", user});
    answer = ask();
    EXPECT_FALSE(pamtesterAccepts());
    samePamAnswer(answer);
    EXPECT_TRUE(hasReason(answer, "password_expired")) << answer.dump(2);
    EXPECT_EQ(answer["max_days"], 30);
    tool({"chage", "-I", "5", user});
    answer = ask();
    EXPECT_FALSE(pamtesterAccepts());
    samePamAnswer(answer);
    EXPECT_TRUE(hasReason(answer, "password_inactive")) << answer.dump(2);
    EXPECT_EQ(answer["inactive_days"], 5);
    tool({"chage", "-M", "-1", "-I", "-1", user});
    tool({"chage", "-d", "-1", user});  // no last-change date: nothing to enforce
    answer = ask();
    EXPECT_TRUE(pamtesterAccepts());
    EXPECT_EQ(answer["can_log_on"], true) << answer.dump(2);

    // A shell that refuses: PAM does not look at it, the answer does.
    tool({"usermod", "-s", "/usr/sbin/nologin", user});
    answer = ask();
    EXPECT_TRUE(hasReason(answer, "nologin_shell"));
    EXPECT_EQ(answer["can_log_on"], false);
    EXPECT_TRUE(pamtesterAccepts());
    tool({"usermod", "-s", "/bin/sh", user});
}

TEST_F(AccountCheck, AnAccessConfRuleInAServiceIsNamed) {
    const std::string user = account()->name();
    const std::string service = "tokenscope-acct-" + std::to_string(::getpid());
    const std::string rules = "/tmp/" + service + ".access.conf";
    const std::string pamFile = "/etc/pam.d/" + service;
    std::ofstream(rules) << "-:" << user << ":ALL\n+:ALL:ALL\n";
    std::ofstream(pamFile) << "account required pam_access.so accessfile=" << rules << "\naccount required pam_unix.so\n";
    int exitCode = -1;
    const json denied = ask(service, &exitCode);
    const bool pamtester = pamtesterAccepts(service);
    const std::string pamtesterText = pamtesterSays(service);
    std::ofstream(rules) << "+:ALL:ALL\n";
    const json allowed = ask(service);
    const bool pamtesterAfter = pamtesterAccepts(service);
    std::filesystem::remove(pamFile);
    std::filesystem::remove(rules);
    EXPECT_FALSE(pamtester);
    EXPECT_EQ(denied["pam"]["result"], "PAM_PERM_DENIED");
    EXPECT_TRUE(pamtesterText.ends_with("pamtester: " + denied["pam"]["text"].get<std::string>())) << pamtesterText;
    EXPECT_TRUE(hasReason(denied, "pam_refused"));
    EXPECT_EQ(denied["service"], service);
    EXPECT_EQ(exitCode, 1);
    EXPECT_TRUE(pamtesterAfter);
    EXPECT_EQ(allowed["pam"]["result"], "PAM_SUCCESS");
    // The rule is named: its file, its line and its text.
    const std::string reason = reasonText(denied, "pam_refused");
    EXPECT_NE(reason.find(rules + " line 1 '-:" + user + ":ALL' refuses " + user), std::string::npos) << reason;
    ASSERT_FALSE(allowed["pam"]["rules"].empty());
    EXPECT_NE(allowed["pam"]["rules"][0].get<std::string>().find(rules + " line 1 '+:ALL:ALL' admits " + user),
              std::string::npos)
        << allowed["pam"]["rules"].dump();
}

// A group rule "(group)" and rules that do not match the user, against pamtester.
TEST_F(AccountCheck, AnAccessConfGroupRuleIsNamedAndRulesForOthersAreSkipped) {
    const std::string user = account()->name();
    const std::string service = "tokenscope-acctg-" + std::to_string(::getpid());
    const std::string rules = "/tmp/" + service + ".access.conf";
    const std::string pamFile = "/etc/pam.d/" + service;
    // Line 1 is for someone else, line 2 is a remote origin only, line 3 is the user's own group.
    std::ofstream(rules) << "# comment\n-:tokenscope-nobody-else:ALL\n-:ALL:192.0.2.1\n-:(" << user << "):LOCAL\n+:ALL:ALL\n";
    std::ofstream(pamFile) << "account required pam_access.so accessfile=" << rules << "\naccount required pam_unix.so\n";
    const json denied = ask(service);
    const bool pamtester = pamtesterAccepts(service);
    std::filesystem::remove(pamFile);
    std::filesystem::remove(rules);
    EXPECT_FALSE(pamtester);
    EXPECT_EQ(denied["pam"]["result"], "PAM_PERM_DENIED");
    const std::string reason = reasonText(denied, "pam_refused");
    EXPECT_NE(reason.find(rules + " line 4 '-:(" + user + "):LOCAL' refuses " + user), std::string::npos) << reason;
}

// /etc/nologin stops every user but root, with its first line as the reason; a service whose
// account phase has pam_nologin refuses the same way (pamtester).
TEST_F(AccountCheck, EtcNologinIsNamedWithItsReason) {
    if (std::filesystem::exists("/etc/nologin")) GTEST_SKIP() << "/etc/nologin exists already; it is not touched";
    const std::string user = account()->name();
    const std::string service = "tokenscope-acctnl-" + std::to_string(::getpid());
    const std::string pamFile = "/etc/pam.d/" + service;
    struct Removed {
        std::string pamFile;
        ~Removed() {
            std::filesystem::remove("/etc/nologin");
            std::filesystem::remove(pamFile);
        }
    } removed{pamFile};
    std::ofstream("/etc/nologin") << "Maintenance until 18:00\n";
    std::ofstream(pamFile) << "account required pam_nologin.so\naccount required pam_unix.so\n";
    int exitCode = -1;
    const json answer = ask(service, &exitCode);
    const bool pamtester = pamtesterAccepts(service);
    const std::string pamtesterText = pamtesterSays(service);
    const json asRoot = [] {
        const auto result = runProcess({TOKENSCOPE_CLI_PATH, "account", "root", "--json"});
        return json::parse(result.out, nullptr, false);
    }();
    std::filesystem::remove("/etc/nologin");
    const json after = ask(service);
    EXPECT_EQ(exitCode, 1);
    EXPECT_FALSE(pamtester);
    const std::string reason = reasonText(answer, "nologin_file");
    EXPECT_NE(reason.find("/etc/nologin exists"), std::string::npos) << answer.dump();
    EXPECT_NE(reason.find("Maintenance until 18:00"), std::string::npos) << reason;
    // pam_nologin's own words reach the answer, as they reach pamtester.
    bool said = false;
    for (const auto& message : answer["pam"]["messages"]) said = said || message.get<std::string>().find("Maintenance") != std::string::npos;
    EXPECT_TRUE(said) << answer["pam"].dump() << " / pamtester: " << pamtesterText;
    EXPECT_FALSE(hasReason(asRoot, "nologin_file")) << "root is not stopped by /etc/nologin";
    EXPECT_FALSE(hasReason(after, "nologin_file"));
}

// pam_succeed_if: the condition that fails is named; one that holds lets the account in.
TEST_F(AccountCheck, APamSucceedIfConditionIsNamed) {
    const std::string user = account()->name();
    const std::string service = "tokenscope-acctif-" + std::to_string(::getpid());
    const std::string pamFile = "/etc/pam.d/" + service;
    std::ofstream(pamFile) << "account required pam_succeed_if.so quiet uid < 1\naccount required pam_unix.so\n";
    const json denied = ask(service);
    const bool pamtester = pamtesterAccepts(service);
    std::ofstream(pamFile) << "account requisite pam_succeed_if.so user ingroup " << user << "\naccount required pam_unix.so\n";
    const json allowed = ask(service);
    const bool pamtesterAfter = pamtesterAccepts(service);
    std::filesystem::remove(pamFile);
    EXPECT_FALSE(pamtester);
    EXPECT_NE(denied["pam"]["result"], "PAM_SUCCESS");
    const std::string reason = reasonText(denied, "pam_refused");
    EXPECT_NE(reason.find("pam_succeed_if (" + pamFile + " line 1, required): 'uid < 1' fails for " + user),
              std::string::npos)
        << reason;
    EXPECT_TRUE(pamtesterAfter);
    EXPECT_EQ(allowed["pam"]["result"], "PAM_SUCCESS");
    ASSERT_FALSE(allowed["pam"]["rules"].empty());
    EXPECT_NE(allowed["pam"]["rules"][0].get<std::string>().find("'user ingroup " + user + "' holds for " + user),
              std::string::npos)
        << allowed["pam"]["rules"].dump();
}

TEST(AccountCheckAnywhere, AnUnknownUserCannotLogOnAndBadNamesAreErrors) {
    int exitCode = -1;
    auto result = runProcess({TOKENSCOPE_CLI_PATH, "account", "no-such-user-tokenscope", "--json"});
    json answer = json::parse(result.out, nullptr, false);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(answer["exists"], false);
    EXPECT_EQ(answer["can_log_on"], false);
    ASSERT_FALSE(answer["reasons"].empty());
    EXPECT_EQ(answer["reasons"][0]["code"], "no_such_user");
    result = runProcess({TOKENSCOPE_CLI_PATH, "account", "a/b", "--json"});
    answer = json::parse(result.out, nullptr, false);
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_EQ(answer["error"]["name"], "ERROR_INVALID_ACCOUNT_NAME");
    result = runProcess({TOKENSCOPE_CLI_PATH, "account", "root", "--service", "../passwd", "--json"});
    EXPECT_EQ(result.exitCode, 2);
    (void)exitCode;
}

}  // namespace
}  // namespace tokenscope

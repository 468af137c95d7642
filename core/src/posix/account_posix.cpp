// Why can't this account log on (Linux): the account database (passwd, shadow, groups), the
// shell, /etc/nologin, and the account phase of PAM (pam_acct_mgmt without authentication, as
// pamtester's acct_mgmt runs it). The shadow checks follow pam_unix's check_shadow_expiry, so
// each PAM refusal is explained by the field that caused it.
#include <security/pam_appl.h>
#include <shadow.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <memory>

#include "posix/pam_account_rules.hpp"
#include "posix/pam_error.hpp"
#include "posix/user_database.hpp"
#include "tokenscope/account.hpp"
#include "tokenscope/errors.hpp"
#include "tokenscope/identity.hpp"

namespace tokenscope {
namespace {

constexpr std::size_t kMaxMessages = 16;

// A conversation that answers no prompt (there is no password to give) and keeps the modules'
// messages.
int silentConversation(int count, const pam_message** messages, pam_response** responses, void* data) {
    auto* kept = static_cast<std::vector<std::string>*>(data);
    for (int i = 0; i < count; ++i) {
        const pam_message* message = messages[i];
        if (message->msg_style == PAM_PROMPT_ECHO_OFF || message->msg_style == PAM_PROMPT_ECHO_ON) {
            return PAM_CONV_ERR;  // nothing here may ask for a secret
        }
        if (message->msg != nullptr && kept->size() < kMaxMessages) kept->push_back(std::string(message->msg).substr(0, 400));
    }
    *responses = nullptr;
    return PAM_SUCCESS;
}

std::string dateText(long days) {
    const std::time_t seconds = static_cast<std::time_t>(days) * 86400;
    std::tm utc{};
    ::gmtime_r(&seconds, &utc);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &utc);
    return text;
}

bool refusingShell(const std::string& shell) {
    const std::string name = std::filesystem::path(shell).filename().string();
    return name == "nologin" || name == "false";
}

bool listedShell(const std::string& shell) {
    std::ifstream shells("/etc/shells");
    for (std::string line; std::getline(shells, line);)
        if (line == shell) return true;
    return false;
}

// pam_unix's check_shadow_expiry, with the field that decides named.
void checkShadow(const spwd& entry, AccountStatus& status) {
    const long today = static_cast<long>(std::time(nullptr) / 86400);
    const std::string hash = entry.sp_pwdp != nullptr ? entry.sp_pwdp : "";
    status.passwordState = hash.starts_with('!') ? "locked" : hash.empty() ? "none" : "usable";
    if (entry.sp_lstchg >= 0) status.lastChange = entry.sp_lstchg;
    if (entry.sp_max >= 0) status.maxDays = entry.sp_max;
    if (entry.sp_inact >= 0) status.inactiveDays = entry.sp_inact;
    if (entry.sp_expire >= 0) status.expires = entry.sp_expire;

    if (status.passwordState == "locked") {
        status.reasons.push_back({"locked", "the password is locked ('!' in /etc/shadow, `passwd -l` or `usermod -L`): "
                                            "no password logon; `passwd -u " + status.user + "` unlocks it"});
    } else if (hash == "*" || hash.starts_with("*")) {
        status.reasons.push_back({"no_password", "no password can match ('*' in /etc/shadow): password logons are "
                                                 "impossible; keys or other modules may still let it in"});
    } else if (status.passwordState == "none") {
        status.notes.push_back("the password is empty: pam_unix lets it in only where the service says nullok");
    }
    if (entry.sp_expire != -1 && today >= entry.sp_expire) {
        status.reasons.push_back({"account_expired", "the account expired on " + dateText(entry.sp_expire) +
                                                         " (chage -E); `chage -E -1 " + status.user + "` removes the date"});
        return;
    }
    if (entry.sp_lstchg == 0) {
        status.reasons.push_back({"password_must_change", "the password must be changed before anything else (last "
                                                          "change 0, `passwd -e`): an interactive logon asks for a new one"});
        return;
    }
    if (today < entry.sp_lstchg) return;  // a change in the future: pam_unix lets it pass
    const long passed = today - entry.sp_lstchg;
    if (entry.sp_max != -1 && entry.sp_inact != -1 && passed > entry.sp_max && passed > entry.sp_inact &&
        passed > entry.sp_max + entry.sp_inact) {
        status.reasons.push_back({"password_inactive", "the password expired on " + dateText(entry.sp_lstchg + entry.sp_max) +
                                                           " and the " + std::to_string(entry.sp_inact) +
                                                           " days allowed after it to change it are over (chage -I): the account is "
                                                           "disabled until an administrator sets a new password"});
        return;
    }
    if (entry.sp_max != -1 && passed > entry.sp_max) {
        status.reasons.push_back({"password_expired", "the password expired on " + dateText(entry.sp_lstchg + entry.sp_max) +
                                                          " (maximum age " + std::to_string(entry.sp_max) +
                                                          " days, chage -M): an interactive logon asks for a new one"});
    }
}

}  // namespace

Result<AccountStatus> checkAccount(const std::string& user, const std::string& service) {
    if (user.empty()) return makeError(win32::kInvalidParameter, "no user name given");
    if (user.size() > 256 || user.find_first_of(std::string("\0/:\n", 4)) != std::string::npos)
        return makeError(win32::kInvalidAccountName, "not a user name: " + user.substr(0, 64));
    AccountStatus status;
    status.user = user;
    status.service = service.empty() ? "login" : service;
    if (status.service.find('/') != std::string::npos || status.service.size() > 64)
        return makeError(win32::kInvalidParameter, "not a PAM service name: " + status.service.substr(0, 64));

    auto account = posix::findAccount(user);
    if (!account && account.error().code != win32::kNoSuchUser) return account.error();
    status.exists = account.ok();
    if (!status.exists) {
        status.reasons.push_back({"no_such_user", "no account named " + user + " in the account database (getent passwd " +
                                                      user + " finds nothing)"});
    } else {
        status.uid = account->uid;
        status.gid = account->gid;
        status.home = account->home;
        status.shell = account->shell;
        auto groups = posix::accountGroups(account->name, account->gid);
        if (!groups) return groups.error();
        for (const auto gid : *groups) {
            const std::string name = groupName(gid);
            status.groups.push_back(name.empty() ? std::to_string(gid) : name);
        }
        errno = 0;
        if (const spwd* shadow = ::getspnam(user.c_str())) {
            checkShadow(*shadow, status);
        } else {
            status.notes.push_back(::geteuid() == 0 ? "no /etc/shadow entry: the password fields were not checked"
                                                    : "the password fields (locked, expired) need root to read /etc/shadow");
        }
        if (status.shell.empty()) {
            status.notes.push_back("no shell is set: /bin/sh is used");
        } else if (refusingShell(status.shell)) {
            status.reasons.push_back({"nologin_shell", "the shell " + status.shell +
                                                           " refuses every interactive logon (usermod -s /bin/bash " + user +
                                                           " gives a real one)"});
        } else if (!listedShell(status.shell)) {
            status.notes.push_back("the shell " + status.shell + " is not in /etc/shells: services with pam_shells refuse it");
        }
        if (account->uid != 0 && ::access("/etc/nologin", F_OK) == 0) {
            std::string why;
            std::ifstream file("/etc/nologin");
            std::getline(file, why);
            status.reasons.push_back({"nologin_file", "/etc/nologin exists: pam_nologin refuses every user but root" +
                                                          (why.empty() ? std::string() : " (\"" + why.substr(0, 200) + "\")")});
        }
    }

    // The account phase of the service, as pamtester's acct_mgmt: no authentication, no session.
    std::vector<std::string> messages;
    const pam_conv conversation{silentConversation, &messages};
    pam_handle_t* pam = nullptr;
    const int started = ::pam_start(status.service.c_str(), user.c_str(), &conversation, &pam);
    if (started != PAM_SUCCESS) {
        status.notes.push_back("PAM could not start service " + status.service + ": " +
                               std::string(posix::pamCodeName(started)));
    } else {
        // Not PAM_SILENT: the modules' own words ("Your account has expired") are part of the answer.
        const int result = ::pam_acct_mgmt(pam, 0);
        status.pamResult = std::string(posix::pamCodeName(result));
        if (status.pamResult.empty()) status.pamResult = "PAM code " + std::to_string(result);
        status.pamMessages = messages;
        status.pamText = ::pam_strerror(pam, result);
        // Which line decided: pam_access's and pam_succeed_if's rules read from their files.
        std::vector<std::string> refusing;
        if (account) {
            const posix::PamAccountUser who{*account, status.groups};
            for (const auto& rule : posix::pamAccountRules(status.service, who)) {
                status.pamRules.push_back(rule.text);
                if (rule.refuses) refusing.push_back(rule.text);
            }
        }
        if (result != PAM_SUCCESS) {
            std::string text = "pam_acct_mgmt of service " + status.service + " refuses: " + status.pamResult + " (" + status.pamText + ")";
            for (const auto& message : messages) text += "; " + message;
            for (const auto& rule : refusing) text += "; " + rule;
            if (::geteuid() != 0 && result == PAM_AUTHINFO_UNAVAIL)
                text += "; as a user other than root pam_unix cannot read /etc/shadow";
            status.reasons.push_back({"pam_refused", text});
        }
        ::pam_end(pam, result);
    }
    status.canLogOn = status.reasons.empty();
    return status;
}

}  // namespace tokenscope

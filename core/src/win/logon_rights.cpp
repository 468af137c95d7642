#include "win/logon_rights.hpp"

#include "win/text.hpp"

namespace tokenscope::win {
namespace {

std::string joined(const std::vector<std::string>& items) {
    std::string text;
    for (const auto& item : items) text += (text.empty() ? "" : ", ") + item;
    return text;
}

}  // namespace

const std::vector<RightPair>& logonRightPairs() {
    static const std::vector<RightPair> pairs{
        {"interactive", L"SeInteractiveLogonRight", L"SeDenyInteractiveLogonRight", L"S-1-5-4"},
        {"network", L"SeNetworkLogonRight", L"SeDenyNetworkLogonRight", L"S-1-5-2"},
        {"batch", L"SeBatchLogonRight", L"SeDenyBatchLogonRight", L"S-1-5-3"},
        {"service", L"SeServiceLogonRight", L"SeDenyServiceLogonRight", L"S-1-5-6"},
        {"remote_interactive", L"SeRemoteInteractiveLogonRight", L"SeDenyRemoteInteractiveLogonRight", L"S-1-5-14"},
    };
    return pairs;
}

const RightPair* rightPairFor(const std::string& type) {
    const std::string judged = type == "unlock"              ? "interactive"
                               : type == "network_cleartext" ? "network"
                                                             : type;
    for (const auto& pair : logonRightPairs())
        if (judged == pair.type) return &pair;
    return nullptr;
}

std::vector<LogonRightStatus> judgeLogonRights(const std::vector<RightsHolder>& common,
                                               const std::vector<RightsHolder>& byType) {
    std::vector<LogonRightStatus> statuses;
    const auto& pairs = logonRightPairs();
    for (std::size_t p = 0; p < pairs.size(); ++p) {
        const auto& pair = pairs[p];
        LogonRightStatus entry;
        entry.logonType = pair.type;
        entry.allowRight = toUtf8(pair.allow);
        entry.denyRight = toUtf8(pair.deny);
        auto count = [&](const RightsHolder& holder) {
            if (holder.rights.count(pair.allow) != 0) entry.allowedVia.push_back(holder.label);
            if (holder.rights.count(pair.deny) != 0) entry.deniedVia.push_back(holder.label);
        };
        for (const auto& holder : common) count(holder);
        if (p < byType.size()) count(byType[p]);
        entry.allowed = !entry.allowedVia.empty() && entry.deniedVia.empty();
        statuses.push_back(std::move(entry));
    }
    return statuses;
}

std::optional<AccountReason> logonRightRefusal(const LogonRightStatus& status, const std::string& type,
                                               const std::vector<std::string>& allowHolders) {
    if (status.allowed) return std::nullopt;
    if (!status.deniedVia.empty())
        return AccountReason{"logon_type_not_granted",
                             status.denyRight + " is held by " + joined(status.deniedVia) + ", so Windows refuses a " +
                                 type + " logon whatever the password (ERROR_LOGON_TYPE_NOT_GRANTED, 1385)"};
    return AccountReason{"logon_type_not_granted",
                         "none of the account's SIDs holds " + status.allowRight + " (held by: " +
                             (allowHolders.empty() ? std::string("nobody") : joined(allowHolders)) +
                             "), so Windows refuses a " + type + " logon (ERROR_LOGON_TYPE_NOT_GRANTED, 1385)"};
}

}  // namespace tokenscope::win

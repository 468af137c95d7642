// The Windows side of tokenscope::LogonToken: what it holds, and how the rest of the backend
// reaches the token handle.
#pragma once

#include <windows.h>

#include <optional>
#include <string>
#include <vector>

#include "tokenscope/logon.hpp"
#include "win/access_token.hpp"

namespace tokenscope {

struct LogonToken::State {
    std::optional<win::AccessToken> token;  // LogonUserW's primary token; empty after logoff
    std::string user;                       // "DOMAIN\\name" as the token names its user
    std::string requestedUser;              // the name LogonUserW was given
    std::string domain;
    LogonType type = LogonType::Interactive;
    LogonProvider provider = LogonProvider::Default;
    std::vector<std::string> steps;
    std::vector<std::string> messages;
};

struct LogonTokenAccess {
    // A LogonToken around a token obtained another way (DuplicateTokenEx of the process token,
    // a service's token): what impersonation and tests need where LogonUserW is only a stub.
    [[nodiscard]] static LogonToken fromAccessToken(win::AccessToken token,
                                                    LogonType type = LogonType::Interactive,
                                                    LogonProvider provider = LogonProvider::Default);
    // The token handle; nullptr once logged off or moved from. Owned by the LogonToken.
    [[nodiscard]] static HANDLE handle(const LogonToken& token) noexcept;
};

}  // namespace tokenscope

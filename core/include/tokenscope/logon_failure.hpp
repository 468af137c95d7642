// Security event 4625, "An account failed to log on": its Status and Sub Status (NTSTATUS values)
// and Logon Type explained — what refused the logon, what to do, the Win32 error the caller of
// LogonUser saw and the one the reason maps to (RtlNtStatusToDosError, from the constants
// database), and the logon right a refused logon type is about.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tokenscope/result.hpp"

namespace tokenscope {

struct LogonFailureCode {
    std::uint32_t value = 0;
    std::string_view name;                // STATUS_WRONG_PASSWORD, "" when the database has none
    std::optional<std::uint32_t> win32;   // RtlNtStatusToDosError
    std::string_view win32Name;           // ERROR_INVALID_PASSWORD
};

struct LogonFailureExplanation {
    LogonFailureCode status;                    // the event's Status
    std::optional<LogonFailureCode> subStatus;  // the reason inside (Sub Status), when given and not 0
    // What the caller of LogonUser was told: the Status, except for STATUS_ACCOUNT_RESTRICTION with
    // a Sub Status, where advapi32 reports the Sub Status (ERROR_ACCOUNT_DISABLED rather than
    // ERROR_ACCOUNT_RESTRICTION). A bad password or unknown user stays STATUS_LOGON_FAILURE.
    LogonFailureCode callerSaw;
    std::optional<unsigned> logonType;          // the event's Logon Type (2 interactive, 3 network, …)
    std::string_view logonTypeName;             // LOGON32_LOGON_INTERACTIVE …
    std::string meaning;                        // what refused the logon, in a sentence
    std::string hint;                           // what to try
    // The logon right involved ("SeInteractiveLogonRight (deny: SeDenyInteractiveLogonRight)"), for
    // a logon type not granted, or "" when none is.
    std::string logonRight;
    std::vector<std::string> notes;
};

// Fails with ERROR_INVALID_PARAMETER when `status` or `subStatus` is not an NTSTATUS of the
// database (0 is allowed for Sub Status: "none"), or the logon type is not 2..13.
[[nodiscard]] Result<LogonFailureExplanation> explainLogonFailure(std::uint32_t status,
                                                                  std::optional<std::uint32_t> subStatus = std::nullopt,
                                                                  std::optional<unsigned> logonType = std::nullopt);

}  // namespace tokenscope

// The client's end of a logon broker that holds a logon (see tokenscope/logon_broker.hpp), and
// how a LogonToken is built around it.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "posix/unique_fd.hpp"
#include "tokenscope/logon.hpp"
#include "tokenscope/logon_broker.hpp"
#include "tokenscope/result.hpp"

namespace tokenscope::posix {

class BrokerLink {
public:
    // `logoffTimeout` and `abandon`: LogonBrokerOptions::logoffTimeout and logoffCancellation.
    BrokerLink(UniqueFd socket, pid_t pid, std::chrono::milliseconds logoffTimeout,
               LogonCancellation* abandon) noexcept
        : socket_(std::move(socket)), pid_(pid), logoffTimeout_(logoffTimeout), abandon_(abandon) {}
    BrokerLink(const BrokerLink&) = delete;
    BrokerLink& operator=(const BrokerLink&) = delete;
    // Logs off if not done yet.
    ~BrokerLink();

    // Asks the broker to close the session, waits for its answer (logoffTimeout at most, less
    // when `abandon` is cancelled), closes the socket and reaps the broker; a broker that did not
    // answer in time is killed first, and the error says the session was abandoned. Idempotent.
    Status logoff();
    [[nodiscard]] pid_t pid() const noexcept { return pid_; }
    // The socket, to watch for the broker's end; -1 after logoff() or ended().
    [[nodiscard]] int watchDescriptor() const noexcept { return done_ ? -1 : socket_.get(); }
    // When the socket is readable or hung up (the broker sends nothing while it holds a logon, so
    // either means it is gone): closes the socket, reaps the broker and returns its wait status.
    // nullopt while it runs. Does not block on a live broker; one that closed its end of the
    // socket but lingers is given a second, then killed.
    [[nodiscard]] std::optional<int> ended();

private:
    UniqueFd socket_;
    pid_t pid_ = 0;
    std::chrono::milliseconds logoffTimeout_;
    LogonCancellation* abandon_ = nullptr;
    bool done_ = false;
};

// What the broker reported for a logon it holds.
struct BrokeredLogon {
    std::string user, pamUser, domain, home, shell, service;
    std::uint32_t uid = 0, gid = 0;
    std::vector<std::uint32_t> groups;
    LogonType type = LogonType::Interactive;
    LogonProvider provider = LogonProvider::Default;
    std::vector<std::string> steps, messages;
};

// Defined with LogonToken's state (logon_posix.cpp).
[[nodiscard]] LogonToken makeBrokeredToken(BrokeredLogon logon, std::unique_ptr<BrokerLink> link);

}  // namespace tokenscope::posix

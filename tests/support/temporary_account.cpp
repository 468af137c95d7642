#include "support/temporary_account.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <random>
#include <thread>

#include "support/subprocess.hpp"

namespace tokenscope::test {
namespace {

// Letters and digits that cannot be misread; no shell or chpasswd metacharacters.
constexpr const char kAlphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
constexpr std::size_t kPasswordLength = 24;

// useradd and friends fail while another process holds /etc/passwd's lock: retry a little.
bool runWithRetries(const std::vector<std::string>& argv, const RunOptions& options) {
    for (int attempt = 0; attempt < 30; ++attempt) {
        if (runProcess(argv, options).exitCode == 0) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
}

}  // namespace

bool runAccountTool(const std::vector<std::string>& argv) { return runWithRetries(argv, RunOptions{}); }

std::string TemporaryAccount::unavailableReason() {
    const char* enabled = std::getenv("TOKENSCOPE_TEST_REAL_ACCOUNTS");
    if (enabled == nullptr || std::string(enabled) != "1")
        return "set TOKENSCOPE_TEST_REAL_ACCOUNTS=1 (as root) to create a temporary account";
    if (::geteuid() != 0) return "creating a temporary account needs root";
    return {};
}

TemporaryAccount::TemporaryAccount(const std::string& prefix, Options options) : options_(options) {
    std::random_device random;
    name_ = prefix + std::to_string(::getpid() % 100000) + std::to_string(random() % 1000);
    masked_.resize(kPasswordLength);
    key_.resize(kPasswordLength);
    for (std::size_t i = 0; i < kPasswordLength; ++i) {
        key_[i] = static_cast<unsigned char>(1 + random() % 255);
        masked_[i] = static_cast<unsigned char>(kAlphabet[random() % (sizeof kAlphabet - 1)]) ^ key_[i];
    }

    std::vector<std::string> add{"/usr/sbin/useradd", "--shell", "/bin/sh", name_};
    if (options_.home) add.insert(add.begin() + 1, "--create-home");
    if (!runAccountTool(add)) {
        error_ = "useradd " + name_ + " failed";
        return;
    }
    exists_ = true;
    // "name:password\n" on chpasswd's stdin, the password a character at a time.
    RunOptions chpasswd;
    chpasswd.in = RunOptions::Stdin::Writer;
    chpasswd.writer = [this](int fd) {
        const std::string head = name_ + ":";
        bool ok = ::write(fd, head.data(), head.size()) == static_cast<ssize_t>(head.size());
        for (std::size_t i = 0; ok && i < masked_.size(); ++i) {
            char c = passwordAt(i);
            ok = ::write(fd, &c, 1) == 1;
            c = 0;
        }
        if (ok) (void)!::write(fd, "\n", 1);
    };
    if (!runWithRetries({"/usr/sbin/chpasswd"}, chpasswd)) error_ = "chpasswd failed for " + name_;
}

TemporaryAccount::~TemporaryAccount() {
    if (!exists_) return;
    std::vector<std::string> del{"/usr/sbin/userdel", "--force", name_};
    if (options_.home) del.insert(del.begin() + 1, "--remove");
    (void)runAccountTool(del);
}

std::string TemporaryAccount::password() const {
    std::string text;
    for (std::size_t i = 0; i < masked_.size(); ++i) text.push_back(passwordAt(i));
    return text;
}

char TemporaryAccount::passwordAt(std::size_t index) const {
    return static_cast<char>(masked_.at(index) ^ key_.at(index));
}

}  // namespace tokenscope::test

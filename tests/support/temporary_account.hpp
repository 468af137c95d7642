// A local account of the real `login` PAM stack for the tests of one program: created with
// useradd, given a random password through chpasswd's stdin (never on a command line, never
// printed), removed with userdel by the destructor. Needs root and TOKENSCOPE_TEST_REAL_ACCOUNTS=1.
//
// The password is kept masked (XOR with a random key) and written to chpasswd a character at a
// time, so no cleartext copy of it is in this process's memory until a test asks for one with
// password(): tests that search a core dump of themselves read it with passwordAt() instead.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace tokenscope::test {

struct TemporaryAccountOptions {
    bool home = false;  // --create-home; the destructor then removes the home folder too
};

class TemporaryAccount {
public:
    using Options = TemporaryAccountOptions;

    // Why no temporary account can be made here ("" when one can): the opt-in variable is not
    // set, or the process is not root.
    [[nodiscard]] static std::string unavailableReason();

    // Creates `prefix` followed by digits of this process's id and a random number (at most 32
    // characters in all). Check created(); error() says what failed.
    explicit TemporaryAccount(const std::string& prefix, Options options = {});
    ~TemporaryAccount();
    TemporaryAccount(const TemporaryAccount&) = delete;
    TemporaryAccount& operator=(const TemporaryAccount&) = delete;

    [[nodiscard]] bool created() const { return error_.empty(); }
    [[nodiscard]] const std::string& error() const { return error_; }
    [[nodiscard]] const std::string& name() const { return name_; }
    [[nodiscard]] bool hasHome() const { return options_.home; }

    // The password in clear: from now on a copy lives in this process's memory.
    [[nodiscard]] std::string password() const;
    // Its length and one character of it, unmasked only for the call.
    [[nodiscard]] std::size_t passwordLength() const { return masked_.size(); }
    [[nodiscard]] char passwordAt(std::size_t index) const;

private:
    std::string name_;
    Options options_;
    bool exists_ = false;  // useradd succeeded: the destructor deletes the account
    std::string error_;
    std::vector<unsigned char> masked_;
    std::vector<unsigned char> key_;
};

// Runs an account tool (useradd, usermod, chage, …) and tells whether it succeeded, retrying for
// up to three seconds while another process holds /etc/passwd's lock.
bool runAccountTool(const std::vector<std::string>& argv);

}  // namespace tokenscope::test

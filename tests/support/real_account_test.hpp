// A GoogleTest fixture for a suite that shares one temporary real account (TemporaryAccount): made
// before the suite's first test, removed after its last. Every test of the suite skips, with the
// reason, where no account can be made or where Traits::unavailable() says why not.
//
//   struct Traits {
//       static constexpr const char* kPrefix = "tsxyz";  // the account name's start
//       static constexpr bool kHome = false;             // useradd --create-home
//       static std::string unavailable() { return {}; }  // another reason to skip, or ""
//   };
//   class Suite : public test::RealAccountTest<Traits> {};
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "support/temporary_account.hpp"

namespace tokenscope::test {

template <typename Traits>
class RealAccountTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        reason() = TemporaryAccount::unavailableReason();
        if (reason().empty()) reason() = Traits::unavailable();
        if (!reason().empty()) return;
        account() = std::make_unique<TemporaryAccount>(Traits::kPrefix,
                                                       TemporaryAccount::Options{.home = Traits::kHome});
        if (!account()->created()) reason() = account()->error();
    }
    static void TearDownTestSuite() { account().reset(); }
    void SetUp() override {
        if (!reason().empty()) GTEST_SKIP() << reason();
    }

    static std::unique_ptr<TemporaryAccount>& account() {
        static std::unique_ptr<TemporaryAccount> temporary;
        return temporary;
    }
    static const std::string& user() { return account()->name(); }
    static std::string password() { return account()->password(); }
    static std::string& reason() {
        static std::string text;
        return text;
    }
};

}  // namespace tokenscope::test

// Shared by the Windows tests: how to say that Wine stubs something, and raw Win32 oracles.
#pragma once

#include <gtest/gtest.h>
#include <windows.h>

#include <iostream>
#include <string>
#include <string_view>

#include "win/logon.hpp"

namespace tokenscope::test {

// Prints and records that `what` is stubbed by Wine, so the log says what was not really tested.
inline void noteStubbedByWine(std::string_view what) {
    std::cout << "[ STUBBED  ] " << what << " is stubbed by Wine " << win::wineVersion()
              << "; checking what can be checked\n";
    ::testing::Test::RecordProperty("stubbed_by_wine", std::string(what));
}

}  // namespace tokenscope::test

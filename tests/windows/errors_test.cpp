// Win32 errors and owning handles.
#include "tokenscope/errors.hpp"

#include <gtest/gtest.h>
#include <windows.h>

#include <algorithm>
#include <cstdint>
#include <optional>

#include "tokenscope/constants.hpp"
#include "tokenscope/error_decoder.hpp"
#include "win/unique_handle.hpp"
#include "win/win_error.hpp"

namespace tokenscope::win {
namespace {

TEST(WindowsErrors, KnownCodeHasDocumentedNameAndMessage) {
    const Error error = win32Error(ERROR_LOGON_FAILURE, "LogonUserW", "Check the password.");
    EXPECT_EQ(error.code, 1326u);
    EXPECT_EQ(error.name, "ERROR_LOGON_FAILURE");
    EXPECT_EQ(error.message, "The user name or password is incorrect.");
    EXPECT_NE(error.native.find("LogonUserW: GetLastError() = 1326"), std::string::npos) << error.native;
    EXPECT_EQ(error.hint, "Check the password.");
    EXPECT_EQ(error.summary(), "ERROR_LOGON_FAILURE (1326): The user name or password is incorrect.");
}

TEST(WindowsErrors, SystemMessageComesFromFormatMessageWithoutLineBreak) {
    const std::string text = systemMessage(ERROR_ACCESS_DENIED);
    ASSERT_FALSE(text.empty());
    EXPECT_NE(text.back(), '\n');
    EXPECT_NE(text.back(), '\r');
    // Wine has its own wording, Windows says "Access is denied.": compare codes, not texts.
}

TEST(WindowsErrors, CodeUnknownToCoreTakesTheSystemText) {
    const Error error = win32Error(ERROR_TIMEOUT, "WaitForSingleObject");
    EXPECT_EQ(error.code, 1460u);
    EXPECT_EQ(error.message, systemMessage(ERROR_TIMEOUT));
    EXPECT_FALSE(error.message.empty());
}

// The seam the constants database will fill: a decoder names the code, the system still words it.
// An application-defined code (customer bit set) that no SDK header names.
constexpr std::uint32_t kAppCode = 0x2000ABCD;

std::optional<ErrorDescription> appCodeOnly(std::uint32_t code) {
    if (code != kAppCode) return std::nullopt;
    return ErrorDescription{"APP_ERROR_EXAMPLE", ""};
}

TEST(WindowsErrors, TheDatabaseNamesACodeOutsideCoresTableAndTheSystemWordsIt) {
    const Error error = win32Error(ERROR_TIMEOUT, "WaitForSingleObject");
    EXPECT_EQ(error.name, "ERROR_TIMEOUT");
    EXPECT_FALSE(error.message.empty());
    EXPECT_EQ(error.summary().rfind("ERROR_TIMEOUT (1460)", 0), 0u) << error.summary();
}

TEST(WindowsErrors, AnInstalledDecoderNamesWhatNeitherCoreNorTheDatabaseKnows) {
    EXPECT_TRUE(win32Error(kAppCode, "Custom").name.empty());
    const ErrorDecoder previous = setErrorDecoder(&appCodeOnly);
    const Error error = win32Error(kAppCode, "Custom");
    setErrorDecoder(previous);
    EXPECT_EQ(error.name, "APP_ERROR_EXAMPLE");
    EXPECT_EQ(error.summary().rfind("APP_ERROR_EXAMPLE (536914893)", 0), 0u) << error.summary();
}

TEST(WindowsErrors, UnknownCodeStillCarriesItsNumber) {
    const Error error = win32Error(0x2FFFFFFF, "Nothing");
    EXPECT_EQ(error.code, 0x2FFFFFFFu);
    EXPECT_NE(error.native.find("GetLastError() = 805306367"), std::string::npos) << error.native;
}

TEST(WindowsErrors, LastErrorReadsGetLastError) {
    ::SetLastError(ERROR_NO_TOKEN);
    const Error error = lastError("OpenThreadToken");
    EXPECT_EQ(error.code, 1008u);
    EXPECT_EQ(error.name, "ERROR_NO_TOKEN");
}

// The database's NTSTATUS -> Win32 mapping against ntdll's own RtlNtStatusToDosError, for every
// NTSTATUS the database holds; and the reverse lookup finds each status under its Win32 error.
TEST(WindowsErrors, EveryNtstatusMapsAsRtlNtStatusToDosErrorSays) {
    using ToDos = ULONG(WINAPI*)(LONG);
    const auto toDos = reinterpret_cast<ToDos>(
        reinterpret_cast<void (*)()>(GetProcAddress(GetModuleHandleW(L"ntdll.dll"), "RtlNtStatusToDosError")));
    ASSERT_NE(toDos, nullptr);
    const auto& index = ConstantIndex::instance();
    std::size_t compared = 0;
    for (std::size_t i = 0; i < index.size(); ++i) {
        const Constant& c = index.at(i);
        if (c.kind != ConstantKind::NtStatus) continue;
        const auto status = static_cast<std::uint32_t>(c.bits);
        const auto mapped = index.win32ForNtStatus(status);
        ASSERT_TRUE(mapped.has_value()) << c.name;
        EXPECT_EQ(*mapped, toDos(static_cast<LONG>(status))) << c.name;
        const auto back = index.ntStatusesForWin32(*mapped);
        EXPECT_NE(std::find(back.begin(), back.end(), status), back.end()) << c.name;
        ++compared;
    }
    EXPECT_GT(compared, 1700u);
    EXPECT_EQ(index.win32ForNtStatus(0xC000006DU), std::optional<std::uint32_t>(ERROR_LOGON_FAILURE));
}

TEST(WindowsHandles, ClosingKeepsGetLastError) {
    ScopedHandle event(::CreateEventW(nullptr, TRUE, FALSE, nullptr));
    ASSERT_TRUE(event.valid());
    const HANDLE raw = event.get();
    ::SetLastError(ERROR_LOGON_FAILURE);
    event.reset();
    EXPECT_EQ(::GetLastError(), static_cast<DWORD>(ERROR_LOGON_FAILURE));
    EXPECT_FALSE(event.valid());
    DWORD flags = 0;
    EXPECT_FALSE(::GetHandleInformation(raw, &flags)) << "the handle was not closed";
}

TEST(WindowsHandles, ClosingAnInvalidHandleKeepsGetLastError) {
    {
        // Wine's LogonUserW returns this constant instead of a token; closing it fails quietly.
        ScopedHandle fake(reinterpret_cast<HANDLE>(static_cast<std::uintptr_t>(0xdeadbeef)));
        ::SetLastError(ERROR_NOT_ALL_ASSIGNED);
    }
    EXPECT_EQ(::GetLastError(), static_cast<DWORD>(ERROR_NOT_ALL_ASSIGNED));
}

TEST(WindowsHandles, MoveTransfersOwnership) {
    ScopedHandle first(::CreateEventW(nullptr, TRUE, FALSE, nullptr));
    const HANDLE raw = first.get();
    ScopedHandle second(std::move(first));
    EXPECT_FALSE(first.valid());  // NOLINT(bugprone-use-after-move): checking the moved-from state
    EXPECT_EQ(second.get(), raw);
    ScopedHandle third;
    third = std::move(second);
    EXPECT_EQ(third.get(), raw);
    const HANDLE released = third.release();
    EXPECT_FALSE(third.valid());
    EXPECT_TRUE(::CloseHandle(released));
}

TEST(WindowsHandles, InvalidHandleValueIsNotOwned) {
    ScopedHandle none(INVALID_HANDLE_VALUE);
    EXPECT_FALSE(none.valid());
}

}  // namespace
}  // namespace tokenscope::win

// Any process and its threads on Windows (under Wine in the cross build). The oracles are the
// Win32 calls the test makes itself: TokenUser of the process token, GetModuleFileNameW,
// GetCurrentThreadId, the pid and parent CreateProcessW reports, Toolhelp's thread count.
#include <gtest/gtest.h>
#include <windows.h>
// after windows.h
#include <tlhelp32.h>

#include <algorithm>
#include <atomic>
#include <cwctype>
#include <string>
#include <thread>
#include <vector>

#include "tokenscope/process.hpp"
#include "win/sid.hpp"
#include "win/text.hpp"
#include "win/unique_handle.hpp"

namespace tokenscope {
namespace {

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string ownExecutable() {
    std::vector<wchar_t> path(32768);
    const DWORD length = ::GetModuleFileNameW(nullptr, path.data(), static_cast<DWORD>(path.size()));
    return win::toUtf8(std::wstring_view(path.data(), length));
}

std::string baseName(const std::string& path) {
    const auto slash = path.find_last_of("\\/");
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// The user SID of `process`'s token, read with the raw calls.
std::string rawUserSid(HANDLE process) {
    HANDLE raw = nullptr;
    if (!::OpenProcessToken(process, TOKEN_QUERY, &raw)) return "OpenProcessToken failed";
    win::ScopedHandle token(raw);
    DWORD size = 0;
    ::GetTokenInformation(token.get(), TokenUser, nullptr, 0, &size);
    std::vector<std::uint64_t> buffer((size + 7) / 8 + 1);
    if (!::GetTokenInformation(token.get(), TokenUser, buffer.data(), size, &size)) return "TokenUser failed";
    return win::sidString(reinterpret_cast<TOKEN_USER*>(buffer.data())->User.Sid);
}

int toolhelpThreadCount(DWORD pid) {
    win::ScopedHandle snapshot(::CreateToolhelp32Snapshot(TH32CS_SNAPTHREAD, 0));
    int count = 0;
    THREADENTRY32 entry{};
    entry.dwSize = sizeof entry;
    for (BOOL more = ::Thread32First(snapshot.get(), &entry); more; more = ::Thread32Next(snapshot.get(), &entry))
        if (entry.th32OwnerProcessID == pid) ++count;
    return count;
}

const ThreadToken* findThread(const ProcessToken& process, std::int64_t tid) {
    for (const auto& thread : process.threads)
        if (thread.tid == tid) return &thread;
    return nullptr;
}

// A second Wine process: this test program, started suspended (it runs nothing) and ended by
// the destructor.
class SuspendedChild {
public:
    SuspendedChild() {
        std::wstring commandLine = L"\"" + win::toWide(ownExecutable()) + L"\" --gtest_list_tests";
        STARTUPINFOW startup{};
        startup.cb = sizeof startup;
        if (::CreateProcessW(nullptr, commandLine.data(), nullptr, nullptr, FALSE, CREATE_SUSPENDED, nullptr, nullptr,
                             &startup, &info_)) {
            process_.reset(info_.hProcess);
            thread_.reset(info_.hThread);
        }
    }
    ~SuspendedChild() {
        if (process_) {
            ::TerminateProcess(process_.get(), 0);
            ::WaitForSingleObject(process_.get(), 10000);
        }
    }
    SuspendedChild(const SuspendedChild&) = delete;
    SuspendedChild& operator=(const SuspendedChild&) = delete;

    [[nodiscard]] bool started() const { return process_.valid(); }
    [[nodiscard]] DWORD pid() const { return info_.dwProcessId; }
    [[nodiscard]] DWORD tid() const { return info_.dwThreadId; }
    [[nodiscard]] HANDLE handle() const { return process_.get(); }

private:
    PROCESS_INFORMATION info_{};
    win::ScopedHandle process_;
    win::ScopedHandle thread_;
};

TEST(WindowsProcess, OurOwnProcessIsWhatTheRawCallsSay) {
    auto process = inspectProcess(::GetCurrentProcessId());
    ASSERT_TRUE(process.ok()) << process.error().summary();
    EXPECT_EQ(process->pid, static_cast<std::int64_t>(::GetCurrentProcessId()));
    EXPECT_EQ(process->identity.user.sid, rawUserSid(::GetCurrentProcess()));
    EXPECT_EQ(lower(process->executable), lower(ownExecutable()));
    EXPECT_EQ(lower(process->name), lower(baseName(ownExecutable())));
    EXPECT_FALSE(process->zombie);
    const ThreadToken* self = findThread(*process, ::GetCurrentThreadId());
    ASSERT_NE(self, nullptr) << "our own thread " << ::GetCurrentThreadId() << " is not listed";
    EXPECT_FALSE(self->identity.impersonating);
    EXPECT_EQ(self->identity.user.sid, process->identity.user.sid);
    EXPECT_EQ(static_cast<int>(process->threads.size()), toolhelpThreadCount(::GetCurrentProcessId()));
    // The process token's privileges: SeChangeNotifyPrivilege is in every token.
    bool changeNotify = false;
    for (const auto& privilege : process->privileges.privileges)
        if (privilege.name == "SeChangeNotifyPrivilege") changeNotify = privilege.held;
    EXPECT_TRUE(changeNotify);
}

TEST(WindowsProcess, AThreadThatImpersonatesIsMarkedAndTheOthersAreNot) {
    std::atomic<DWORD> tid{0};
    std::atomic<bool> impersonated{false};
    std::atomic<bool> done{false};
    std::thread impersonator([&] {
        impersonated = ::ImpersonateSelf(SecurityImpersonation) != FALSE;
        tid = ::GetCurrentThreadId();
        while (!done) ::Sleep(5);
        if (impersonated) ::RevertToSelf();
    });
    while (tid == 0) ::Sleep(5);
    ASSERT_TRUE(impersonated) << "ImpersonateSelf failed";

    auto process = inspectProcess(::GetCurrentProcessId());
    done = true;
    impersonator.join();
    ASSERT_TRUE(process.ok()) << process.error().summary();
    const ThreadToken* other = findThread(*process, tid);
    ASSERT_NE(other, nullptr) << "the impersonating thread " << tid << " is not listed";
    EXPECT_TRUE(other->identity.impersonating);
    EXPECT_EQ(other->identity.impersonationLevel, "Impersonation");
    EXPECT_EQ(other->identity.user.sid, process->identity.user.sid);  // ImpersonateSelf: the same user
    const ThreadToken* self = findThread(*process, ::GetCurrentThreadId());
    ASSERT_NE(self, nullptr);
    EXPECT_FALSE(self->identity.impersonating);

    // After the revert the thread is gone (joined) or acts as the process again.
    auto after = inspectProcess(::GetCurrentProcessId());
    ASSERT_TRUE(after.ok());
    if (const ThreadToken* again = findThread(*after, tid)) {
        EXPECT_FALSE(again->identity.impersonating);
    }
}

TEST(WindowsProcess, AnotherWineProcessIsReadByItsPid) {
    SuspendedChild child;
    ASSERT_TRUE(child.started()) << "CreateProcessW failed: " << ::GetLastError();
    auto process = inspectProcess(child.pid());
    ASSERT_TRUE(process.ok()) << process.error().summary();
    EXPECT_EQ(process->pid, static_cast<std::int64_t>(child.pid()));
    EXPECT_EQ(process->parent, static_cast<std::int64_t>(::GetCurrentProcessId()));
    EXPECT_EQ(lower(process->name), lower(baseName(ownExecutable())));
    EXPECT_EQ(process->identity.user.sid, rawUserSid(child.handle()));
    ASSERT_NE(findThread(*process, child.tid()), nullptr) << "its first thread " << child.tid() << " is not listed";

    auto list = listProcesses();
    ASSERT_TRUE(list.ok()) << list.error().summary();
    const auto it = std::find_if(list->begin(), list->end(), [&](const auto& p) { return p.pid == child.pid(); });
    ASSERT_NE(it, list->end()) << "ps does not list the child " << child.pid();
    EXPECT_EQ(lower(it->name), lower(baseName(ownExecutable())));
    EXPECT_EQ(it->user.sid, process->identity.user.sid);
    EXPECT_EQ(it->threads, toolhelpThreadCount(child.pid()));
    EXPECT_TRUE(std::is_sorted(list->begin(), list->end(), [](const auto& a, const auto& b) { return a.pid < b.pid; }));
}

TEST(WindowsProcess, AnEndedPidIsMarkedEndedAndAnImpossibleOneIsInvalidParameter) {
    DWORD ended = 0;
    {
        SuspendedChild child;
        ASSERT_TRUE(child.started());
        ended = child.pid();
    }  // terminated and every handle closed: the pid names nothing now
    // The ended child: gone (87), or, while the system still keeps its object, answered and
    // marked as ended, with its exit code, never as running.
    if (auto gone = inspectProcess(ended)) {
        EXPECT_TRUE(gone->zombie) << "the ended child " << ended << " is shown as running";
        EXPECT_EQ(gone->state, "ended");
        ASSERT_FALSE(gone->notes.empty());
        EXPECT_NE(gone->notes.front().find("exit code"), std::string::npos) << gone->notes.front();
    } else {
        EXPECT_EQ(gone.error().name, "ERROR_INVALID_PARAMETER") << gone.error().summary();
    }
    for (const std::int64_t pid : {std::int64_t{-1}, std::int64_t{1} << 40, std::int64_t{0xFFFFFFF0}}) {
        auto process = inspectProcess(pid);
        ASSERT_FALSE(process.ok()) << "pid " << pid << " was answered";
        EXPECT_EQ(process.error().name, "ERROR_INVALID_PARAMETER") << process.error().summary();
    }
}

}  // namespace
}  // namespace tokenscope

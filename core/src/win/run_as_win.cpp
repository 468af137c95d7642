// runAs on Windows: CreateProcessAsUserW with the logon's primary token.
//
// CreateProcessWithLogonW would need no privilege but needs the password again, which core
// wipes right after LogonUserW; so the token is used, and CreateProcessAsUserW needs
// SeAssignPrimaryTokenPrivilege and SeIncreaseQuotaPrivilege (services running as LocalSystem
// hold them). The child gets the user's own environment (CreateEnvironmentBlock for the token:
// the user's profile, USERNAME, USERPROFILE, the user's registry variables), or ours when the
// system cannot build it, and RunAsResult::environment says which; stdin is NUL.
#include <windows.h>
// after windows.h
#include <userenv.h>

#include <algorithm>
#include <thread>

#include "tokenscope/errors.hpp"
#include "tokenscope/run_as.hpp"
#include "win/logon.hpp"
#include "win/logon_token.hpp"
#include "win/text.hpp"
#include "win/unique_handle.hpp"
#include "win/win_error.hpp"

namespace tokenscope {
namespace {

constexpr std::size_t kMaxOutput = 1 << 20;

// One argument quoted the way the C runtime's command-line parser reads it back.
void appendQuoted(std::wstring& line, const std::wstring& argument) {
    if (!line.empty()) line += L' ';
    if (!argument.empty() && argument.find_first_of(L" \t\n\v\"") == std::wstring::npos) {
        line += argument;
        return;
    }
    line += L'"';
    std::size_t backslashes = 0;
    for (const wchar_t c : argument) {
        if (c == L'\\') {
            ++backslashes;
            continue;
        }
        if (c == L'"') backslashes = backslashes * 2 + 1;
        line.append(backslashes, L'\\');
        backslashes = 0;
        line += c;
    }
    line.append(backslashes * 2, L'\\');
    line += L'"';
}

// The environment block CreateEnvironmentBlock built for a token, freed by DestroyEnvironmentBlock.
class EnvironmentBlock {
public:
    EnvironmentBlock() = default;
    EnvironmentBlock(const EnvironmentBlock&) = delete;
    EnvironmentBlock& operator=(const EnvironmentBlock&) = delete;
    ~EnvironmentBlock() {
        if (block_ != nullptr) ::DestroyEnvironmentBlock(block_);
    }
    // The user's environment without ours (bInherit FALSE). Needs TOKEN_QUERY | TOKEN_DUPLICATE |
    // TOKEN_IMPERSONATE on the token.
    [[nodiscard]] Status build(HANDLE token) {
        if (!::CreateEnvironmentBlock(&block_, token, FALSE)) {
            block_ = nullptr;
            return win::lastError(
                "CreateEnvironmentBlock",
                "The token must allow TOKEN_QUERY, TOKEN_DUPLICATE and TOKEN_IMPERSONATE, and "
                "the user's profile must be readable.");
        }
        return Done{};
    }
    [[nodiscard]] void* get() const noexcept { return block_; }

private:
    void* block_ = nullptr;
};

std::wstring commandLine(const std::vector<std::string>& argv) {
    std::wstring line;
    for (const auto& argument : argv) appendQuoted(line, win::toWide(argument));
    return line;
}

}  // namespace

Result<RunAsResult> runAs(const LogonToken& token, const std::vector<std::string>& argv,
                          const RunAsOptions& options) {
    if (argv.empty() || argv.front().empty()) {
        return makeError(win32::kInvalidParameter, "runAs: no program given", "Name the program to run.");
    }
    const HANDLE primary = LogonTokenAccess::handle(token);
    if (primary == nullptr) {
        return makeError(win32::kInvalidHandle, "the logon token is logged off or moved from",
                         "Log on again before running a program as the user.");
    }
    if (win::AccessToken::fromCurrentThread(TOKEN_QUERY).ok()) {
        return makeError(win32::kBusy, "runAs from a thread that impersonates",
                         "Call runAs from a thread that does not impersonate.");
    }

    SECURITY_ATTRIBUTES inherit{sizeof(SECURITY_ATTRIBUTES), nullptr, TRUE};
    win::ScopedHandle input(::CreateFileW(L"NUL", GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, &inherit,
                                          OPEN_EXISTING, 0, nullptr));
    win::ScopedHandle readEnd;
    win::ScopedHandle writeEnd;
    STARTUPINFOW startup{};
    startup.cb = sizeof(startup);
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdInput = input.get();
    startup.hStdOutput = ::GetStdHandle(STD_OUTPUT_HANDLE);
    startup.hStdError = ::GetStdHandle(STD_ERROR_HANDLE);
    if (options.captureOutput) {
        HANDLE readRaw = nullptr;
        HANDLE writeRaw = nullptr;
        if (!::CreatePipe(&readRaw, &writeRaw, &inherit, 0)) return win::lastError("CreatePipe");
        readEnd.reset(readRaw);
        writeEnd.reset(writeRaw);
        ::SetHandleInformation(readEnd.get(), HANDLE_FLAG_INHERIT, 0);
        startup.hStdOutput = writeEnd.get();
        startup.hStdError = writeEnd.get();
    }

    // The user's environment; if the system cannot build it, ours, said plainly in the result.
    EnvironmentBlock environment;
    std::string environmentSource;
    if (auto built = environment.build(primary); built) {
        environmentSource = "the user's (CreateEnvironmentBlock)";
    } else {
        environmentSource = "inherited from TokenScope: " + built.error().summary();
        if (win::runningUnderWine()) environmentSource += " (under Wine " + win::wineVersion() + ")";
    }

    std::wstring line = commandLine(argv);  // CreateProcess*W may write into it
    PROCESS_INFORMATION info{};
    const DWORD flags = CREATE_NO_WINDOW | (environment.get() != nullptr ? CREATE_UNICODE_ENVIRONMENT : 0);
    if (!::CreateProcessAsUserW(primary, nullptr, line.data(), nullptr, nullptr, TRUE, flags,
                                environment.get(), nullptr, &startup, &info)) {
        const DWORD code = ::GetLastError();
        std::string hint;
        if (code == ERROR_PRIVILEGE_NOT_HELD) {
            hint =
                "CreateProcessAsUserW needs SeAssignPrimaryTokenPrivilege and SeIncreaseQuotaPrivilege "
                "(run as a service under LocalSystem), or start the program with runas /user:NAME, which "
                "uses CreateProcessWithLogonW and asks for the password.";
        } else if (code == ERROR_FILE_NOT_FOUND || code == ERROR_PATH_NOT_FOUND) {
            hint = "Check the program's name; give its full path if it is not on PATH.";
        } else if (code == ERROR_CALL_NOT_IMPLEMENTED || code == ERROR_NOT_SUPPORTED) {
            hint = "Starting a program as another user is not supported by this system.";
        }
        Error error = win::win32Error(code, "CreateProcessAsUserW", std::move(hint));
        if (win::runningUnderWine()) error.native += " (under Wine " + win::wineVersion() + ")";
        return error;
    }
    const win::ScopedHandle process(info.hProcess);
    const win::ScopedHandle thread(info.hThread);
    writeEnd.reset();  // the child holds the only write end now: EOF when it exits

    RunAsResult result;
    result.program = argv.front();
    result.environment = std::move(environmentSource);
    result.pid = static_cast<int>(info.dwProcessId);
    std::thread reader;
    if (options.captureOutput) {
        reader = std::thread([&result, pipe = readEnd.get()] {
            char buffer[4096];
            DWORD got = 0;
            while (::ReadFile(pipe, buffer, sizeof(buffer), &got, nullptr) && got != 0) {
                const std::size_t room = kMaxOutput - std::min(kMaxOutput, result.output.size());
                result.output.append(buffer, std::min<std::size_t>(room, got));
            }
        });
    }
    const DWORD wait = options.timeout.count() > 0 ? static_cast<DWORD>(options.timeout.count()) : INFINITE;
    if (::WaitForSingleObject(process.get(), wait) == WAIT_TIMEOUT) {
        ::TerminateProcess(process.get(), ERROR_TIMEOUT);
        ::WaitForSingleObject(process.get(), INFINITE);
        result.timedOut = true;
    }
    if (reader.joinable()) reader.join();
    DWORD exitCode = 0;
    ::GetExitCodeProcess(process.get(), &exitCode);
    result.exited = !result.timedOut;
    result.exitCode = static_cast<int>(exitCode);
    return result;
}

}  // namespace tokenscope

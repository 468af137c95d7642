// The CLI's password reader on Windows: the console without echo, or stdin.
#include <windows.h>

#include <iostream>
#include <vector>

#include "password_input.hpp"
#include "terminal_text.hpp"
#include "tokenscope/errors.hpp"

namespace tokenscope::cli {
namespace {

class OwnedHandle {
public:
    explicit OwnedHandle(HANDLE handle) noexcept : handle_(handle) {}
    ~OwnedHandle() {
        if (valid()) ::CloseHandle(handle_);
    }
    OwnedHandle(const OwnedHandle&) = delete;
    OwnedHandle& operator=(const OwnedHandle&) = delete;
    [[nodiscard]] bool valid() const noexcept {
        return handle_ != nullptr && handle_ != INVALID_HANDLE_VALUE;
    }
    [[nodiscard]] HANDLE get() const noexcept { return handle_; }

private:
    HANDLE handle_;
};

void dropCarriageReturn(Password& password) {
    if (!password.empty() && password.view().back() == '\r') password.pop_back();
}

// Appends the UTF-8 form of one code point, byte by byte; returns how many bytes it took.
int appendUtf8(Password& password, char32_t c) {
    if (c < 0x80) {
        password.push_back(static_cast<char>(c));
        return 1;
    }
    if (c < 0x800) {
        password.push_back(static_cast<char>(0xC0 | (c >> 6)));
        password.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        return 2;
    }
    if (c < 0x10000) {
        password.push_back(static_cast<char>(0xE0 | (c >> 12)));
        password.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        password.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        return 3;
    }
    password.push_back(static_cast<char>(0xF0 | (c >> 18)));
    password.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    password.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    password.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    return 4;
}

void writeConsole(HANDLE out, const std::wstring& text) {
    DWORD written = 0;
    if (out != nullptr)
        (void)::WriteConsoleW(out, text.data(), static_cast<DWORD>(text.size()), &written, nullptr);
}

std::wstring widePrompt(const std::string& prompt) {
    const int size =
        ::MultiByteToWideChar(CP_UTF8, 0, prompt.data(), static_cast<int>(prompt.size()), nullptr, 0);
    std::wstring wide(static_cast<std::size_t>(size > 0 ? size : 0), L'\0');
    if (size > 0)
        ::MultiByteToWideChar(CP_UTF8, 0, prompt.data(), static_cast<int>(prompt.size()), wide.data(), size);
    return wide;
}

}  // namespace

// Windows Error Reporting is configured per machine; per process we can only keep its dialog
// (and the dump it offers to send) away.
void keepSecretsOutOfCrashDumps() {
    ::SetErrorMode(::GetErrorMode() | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
}

Result<Password> readPasswordLine(std::istream& in) {
    Password password;
    if (&in == &std::cin) {
        // Straight from the handle, a byte at a time: no C runtime buffer keeps a copy.
        const HANDLE input = ::GetStdHandle(STD_INPUT_HANDLE);
        char c = 0;
        DWORD got = 0;
        while (input != nullptr && input != INVALID_HANDLE_VALUE && ::ReadFile(input, &c, 1, &got, nullptr) &&
               got == 1 && c != '\n') {
            password.push_back(c);
        }
        c = 0;
    } else {
        char c = 0;
        while (in.get(c) && c != '\n') password.push_back(c);
        c = 0;
    }
    dropCarriageReturn(password);
    return password;
}

Result<Password> readPasswordFromTerminal(const std::string& prompt) {
    const OwnedHandle input(::CreateFileW(L"CONIN$", GENERIC_READ | GENERIC_WRITE,
                                          FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_EXISTING, 0,
                                          nullptr));
    DWORD saved = 0;
    if (!input.valid() || !::GetConsoleMode(input.get(), &saved)) {
        return makeError(win32::kNotSupported, "no console to read the password from (CONIN$)",
                         "There is no terminal to read the password from: pass it on stdin with "
                         "--password-stdin.");
    }
    const OwnedHandle output(::CreateFileW(L"CONOUT$", GENERIC_READ | GENERIC_WRITE,
                                           FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_EXISTING, 0,
                                           nullptr));
    const HANDLE out = output.valid() ? output.get() : nullptr;

    // Character at a time, no echo, Ctrl-C as a character: the reader does its own editing.
    (void)::SetConsoleMode(input.get(), saved & ~static_cast<DWORD>(ENABLE_ECHO_INPUT | ENABLE_LINE_INPUT |
                                                                    ENABLE_PROCESSED_INPUT));
    writeConsole(out, widePrompt(escapeForTerminal(prompt)));  // the user name is an argument

    Password password;
    std::vector<int> lengths;  // UTF-8 bytes per character typed, for backspace
    bool cancelled = false;
    bool complete = false;
    wchar_t high = 0;
    for (;;) {
        wchar_t c = 0;
        DWORD got = 0;
        if (!::ReadConsoleW(input.get(), &c, 1, &got, nullptr) || got != 1) break;
        if (c == L'\r' || c == L'\n') {
            complete = true;
            break;
        }
        if (c == 0x03 || (c == 0x1A && password.empty())) {  // Ctrl-C anywhere, Ctrl-Z at the start
            cancelled = true;
            break;
        }
        if (c == L'\b') {
            for (int i = lengths.empty() ? 0 : lengths.back(); i > 0; --i) password.pop_back();
            if (!lengths.empty()) lengths.pop_back();
            continue;
        }
        if (c >= 0xD800 && c < 0xDC00) {
            high = c;
            continue;
        }
        char32_t code = c;
        if (c >= 0xDC00 && c < 0xE000 && high != 0) code = 0x10000 + ((high - 0xD800) << 10) + (c - 0xDC00);
        high = 0;
        lengths.push_back(appendUtf8(password, code));
        code = 0;
        c = 0;
    }
    (void)::SetConsoleMode(input.get(), saved);
    writeConsole(out, L"\r\n");
    if (cancelled || (!complete && password.empty())) {
        password.wipe();
        return makeError(win32::kCancelled, "the password prompt was cancelled", "");
    }
    return password;
}

}  // namespace tokenscope::cli

#include "win/win_error.hpp"

#include "win/text.hpp"
#include "win/unique_handle.hpp"

namespace tokenscope::win {

std::string systemMessage(DWORD code) {
    wchar_t* buffer = nullptr;
    const DWORD length = ::FormatMessageW(
        FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, nullptr,
        code, 0, reinterpret_cast<wchar_t*>(&buffer), 0, nullptr);
    const ScopedLocalMemory owner(buffer);
    if (length == 0 || buffer == nullptr) return {};
    std::wstring_view text(buffer, length);
    while (!text.empty() && (text.back() == L'\n' || text.back() == L'\r' || text.back() == L' '))
        text.remove_suffix(1);
    return toUtf8(text);
}

Error win32Error(DWORD code, std::string_view what, std::string hint) {
    const std::string text = systemMessage(code);
    std::string native = std::string(what) + ": GetLastError() = " + std::to_string(code);
    if (!text.empty()) native += ": " + text;
    Error error = makeError(code, std::move(native), std::move(hint));
    if (error.message.empty()) error.message = text;
    return error;
}

Error lastError(std::string_view what, std::string hint) {
    const DWORD code = ::GetLastError();
    return win32Error(code, what, std::move(hint));
}

}  // namespace tokenscope::win

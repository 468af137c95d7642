// The platform-neutral part of logon: the LOGON32_* parsers and Password. What each type and
// provider means (logonTypes(), logonProviders(), requireSupported()) is the backend's.
#include "tokenscope/logon.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstring>

#include "secure_wipe.hpp"
#include "tokenscope/errors.hpp"

namespace tokenscope {
namespace {

// The separators people type between words: "network_cleartext", "network-cleartext".
std::string normalized(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        out.push_back(c == '-' || c == ' ' ? '_' : static_cast<char>(std::tolower(u)));
    }
    return out;
}

std::optional<std::uint32_t> parseNumber(std::string_view text) {
    int base = 10;
    if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
        text.remove_prefix(2);
        base = 16;
    }
    std::uint32_t value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value, base);
    if (text.empty() || ec != std::errc{} || ptr != text.data() + text.size()) return std::nullopt;
    return value;
}

template <class Info>
std::string validList(const std::vector<Info>& infos) {
    std::string text;
    for (const auto& info : infos) {
        if (!text.empty()) text += ", ";
        text += std::string(info.shortName) + " (" + std::string(info.constant) + ", ";
        if constexpr (requires { info.type; }) {
            text += std::to_string(static_cast<std::uint32_t>(info.type));
        } else {
            text += std::to_string(static_cast<std::uint32_t>(info.provider));
        }
        text += ")";
    }
    return text;
}

template <class Info, class Value>
Result<Value> parseFrom(const std::vector<Info>& infos, std::string_view text, std::string_view what,
                        Value Info::*member) {
    const std::string wanted = normalized(text);
    const auto number = parseNumber(text);
    for (const auto& info : infos) {
        if (number && *number == static_cast<std::uint32_t>(info.*member)) return info.*member;
        if (wanted == normalized(info.constant) || wanted == normalized(info.shortName)) return info.*member;
    }
    // Appended piece by piece: GCC 12 misreports "literal" + std::string as overlapping memcpy.
    std::string native = "\"";
    native.append(text.substr(0, 64)).append("\" is not a ").append(what);
    std::string hint = "Use one of: ";
    hint.append(validList(infos)).append(".");
    return makeError(win32::kInvalidParameter, std::move(native), std::move(hint));
}

}  // namespace

const LogonTypeInfo& logonTypeInfo(LogonType type) {
    for (const auto& info : logonTypes()) {
        if (info.type == type) return info;
    }
    return logonTypes().front();  // unreachable for a valid enumerator
}

const LogonProviderInfo& logonProviderInfo(LogonProvider provider) {
    for (const auto& info : logonProviders()) {
        if (info.provider == provider) return info;
    }
    return logonProviders().front();
}

Result<LogonType> parseLogonType(std::string_view text) {
    return parseFrom(logonTypes(), text, "logon type", &LogonTypeInfo::type);
}

Result<LogonProvider> parseLogonProvider(std::string_view text) {
    return parseFrom(logonProviders(), text, "logon provider", &LogonProviderInfo::provider);
}

// ---- Password -------------------------------------------------------------------------------

Password::Password(const char* data, std::size_t size) {
    reserve(size);
    copySecret(data_.get(), data, size);
    size_ = size;
}

Password::Password(Password&& other) noexcept
    : data_(std::move(other.data_)),
      size_(std::exchange(other.size_, 0)),
      capacity_(std::exchange(other.capacity_, 0)) {}

Password& Password::operator=(Password&& other) noexcept {
    if (this != &other) {
        wipe();
        data_ = std::move(other.data_);
        size_ = std::exchange(other.size_, 0);
        capacity_ = std::exchange(other.capacity_, 0);
    }
    return *this;
}

Password::~Password() { wipe(); }

void Password::reserve(std::size_t capacity) {
    if (capacity <= capacity_) return;
    const std::size_t grown = std::max<std::size_t>({capacity, capacity_ * 2, 32});
    auto bigger = std::make_unique<char[]>(grown);
    copySecret(bigger.get(), data_.get(), size_);
    secureWipe(data_.get(), capacity_);
    data_ = std::move(bigger);
    capacity_ = grown;
}

void Password::push_back(char c) {
    reserve(size_ + 1);
    data_[size_++] = c;
}

void Password::pop_back() noexcept {
    if (size_ == 0) return;
    --size_;
    secureWipe(data_.get() + size_, 1);
}

void Password::wipe() noexcept {
    secureWipe(data_.get(), capacity_);
    size_ = 0;
}

Result<LogonToken> logon(std::string_view user, std::string_view domain, Password password, LogonType type,
                         LogonProvider provider) {
    LogonRequest request;
    request.user = std::string(user);
    request.domain = std::string(domain);
    request.type = type;
    request.provider = provider;
    return LogonToken::logon(request, std::move(password));
}

}  // namespace tokenscope

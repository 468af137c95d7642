#include "terminal_text.hpp"

#include <cstdio>

namespace tokenscope::cli {
namespace {

void appendByteEscape(std::string& out, unsigned char byte, bool json) {
    char text[7];
    if (json) {
        std::snprintf(text, sizeof text, "\\u%04x", byte);
    } else {
        std::snprintf(text, sizeof text, "\\x%02x", byte);
    }
    out += text;
}

void appendCodePointEscape(std::string& out, char32_t code) {
    char text[7];
    std::snprintf(text, sizeof text, "\\u%04x", static_cast<unsigned>(code));
    out += text;
}

bool shownAsEscape(char32_t code) {
    return (code >= 0x80 && code <= 0x9f) || (code >= 0x202a && code <= 0x202e) ||
           (code >= 0x2066 && code <= 0x2069);
}

// The length of the UTF-8 sequence `lead` starts and the range its second byte must be in
// (Unicode's table of well-formed sequences: no overlong forms, no surrogates, nothing beyond
// U+10FFFF); 0 when `lead` starts none.
int sequenceLength(unsigned char lead, unsigned char& low, unsigned char& high) {
    low = 0x80;
    high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) return 2;
    if (lead == 0xe0) low = 0xa0;
    if (lead == 0xed) high = 0x9f;
    if (lead >= 0xe0 && lead <= 0xef) return 3;
    if (lead == 0xf0) low = 0x90;
    if (lead == 0xf4) high = 0x8f;
    if (lead >= 0xf0 && lead <= 0xf4) return 4;
    return 0;
}

// Escapes `in` into `out`. Unless `final`, a well-formed start of a UTF-8 sequence cut off by the
// end of `in` is left for later: the return value is how many bytes were used.
// `json`: the text is a JSON document (control characters are escaped already, and invalid UTF-8
// replaced): what is left is written as JSON's \u escapes, valid inside its strings.
std::size_t escapeInto(std::string_view in, bool final, std::string& out, bool json = false) {
    std::size_t i = 0;
    while (i < in.size()) {
        const auto byte = static_cast<unsigned char>(in[i]);
        if (byte < 0x80) {
            if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7f) {
                appendByteEscape(out, byte, json);
            } else {
                out += static_cast<char>(byte);
            }
            ++i;
            continue;
        }
        unsigned char low = 0;
        unsigned char high = 0;
        const int length = sequenceLength(byte, low, high);
        int valid = length == 0 ? 0 : 1;  // bytes of a well-formed sequence seen so far
        while (valid > 0 && valid < length && i + valid < in.size()) {
            const auto next = static_cast<unsigned char>(in[i + valid]);
            const bool ok = valid == 1 ? next >= low && next <= high : next >= 0x80 && next <= 0xbf;
            if (!ok) break;
            ++valid;
        }
        if (valid > 0 && valid < length && i + valid == in.size() && !final) return i;  // cut off
        if (valid == 0 || valid < length) {
            appendByteEscape(out, byte, json);  // the rest is looked at again on its own
            ++i;
            continue;
        }
        char32_t code = byte & (length == 2 ? 0x1f : length == 3 ? 0x0f : 0x07);
        for (int k = 1; k < length; ++k) code = (code << 6) | (static_cast<unsigned char>(in[i + k]) & 0x3f);
        if (shownAsEscape(code)) {
            appendCodePointEscape(out, code);
        } else {
            out.append(in.substr(i, static_cast<std::size_t>(length)));
        }
        i += static_cast<std::size_t>(length);
    }
    return i;
}

constexpr std::size_t kFlushAt = 8192;

}  // namespace

std::string escapeForTerminal(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    (void)escapeInto(text, true, out);
    return out;
}

std::string escapeJsonForTerminal(std::string_view json) {
    std::string out;
    out.reserve(json.size());
    (void)escapeInto(json, true, out, true);
    return out;
}

TerminalTextBuf::~TerminalTextBuf() { (void)finish(); }

std::streambuf* unescapedBuffer(std::ostream& out) {
    auto* escaping = dynamic_cast<TerminalTextBuf*>(out.rdbuf());
    return escaping != nullptr ? escaping->target() : out.rdbuf();
}

void TerminalTextBuf::take(std::string_view bytes) {
    if (pending_.empty()) {
        const std::size_t used = escapeInto(bytes, false, escaped_);
        pending_.assign(bytes.substr(used));
    } else {
        pending_.append(bytes);
        const std::size_t used = escapeInto(pending_, false, escaped_);
        pending_.erase(0, used);
    }
    if (escaped_.size() >= kFlushAt) (void)emit();
}

bool TerminalTextBuf::emit() {
    if (!escaped_.empty()) {
        const auto size = static_cast<std::streamsize>(escaped_.size());
        if (target_->sputn(escaped_.data(), size) != size) failed_ = true;
        escaped_.clear();
    }
    return !failed_;
}

TerminalTextBuf::int_type TerminalTextBuf::overflow(int_type c) {
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    const char byte = traits_type::to_char_type(c);
    take(std::string_view(&byte, 1));
    return failed_ ? traits_type::eof() : c;
}

std::streamsize TerminalTextBuf::xsputn(const char* data, std::streamsize size) {
    if (size <= 0) return 0;
    take(std::string_view(data, static_cast<std::size_t>(size)));
    return failed_ ? 0 : size;
}

int TerminalTextBuf::sync() {
    if (!emit()) return -1;
    if (target_->pubsync() != 0) failed_ = true;
    return failed_ ? -1 : 0;
}

bool TerminalTextBuf::finish() {
    if (!pending_.empty()) {
        (void)escapeInto(pending_, true, escaped_);
        pending_.clear();
    }
    return sync() == 0;
}

}  // namespace tokenscope::cli

// Text for a terminal: whatever bytes a user name, an argument, a PAM message or a constant holds,
// what reaches the terminal cannot move the cursor, retitle the window, change colours or hide
// text. Every text output of the CLI (stdout and stderr) passes through TerminalTextBuf, and the
// password prompt through escapeForTerminal, so no command has to remember to escape.
//
// What is escaped, as backslash sequences a person can read back:
//   C0 controls but newline and tab, and DEL          \x1b, \x07, \x0d, \x7f
//   bytes that are not valid UTF-8 (stray, overlong,   \xff, \xc0, \xed (each bad byte)
//   surrogate, cut short, beyond U+10FFFF)
//   C1 controls U+0080..U+009F (CSI, OSC … in UTF-8)    \u009b
//   bidirectional overrides and isolates (U+202A..E,   \u202e
//   U+2066..9), which reorder what is shown
// Newline and tab are kept: they are the output's own layout. A backslash is not doubled, so text
// that already reads "\x1b" is shown as it is.
#pragma once

#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>

namespace tokenscope::cli {

// `text` with the sequences above escaped.
[[nodiscard]] std::string escapeForTerminal(std::string_view text);

// A dumped JSON document (nlohmann escapes C0 itself) with DEL, C1 and the bidirectional
// controls written as JSON \u escapes, so the document passes TerminalTextBuf unchanged.
[[nodiscard]] std::string escapeJsonForTerminal(std::string_view json);

// A stream buffer that escapes what is written to it (as escapeForTerminal) and passes the result
// on to `target`. The start of a UTF-8 sequence cut between two writes (at most three bytes) is
// held, across flushes too, until the rest comes; finish() (or the destructor) escapes what is
// left of one. A write or flush of `target` that fails makes this buffer's flush fail too.
class TerminalTextBuf final : public std::streambuf {
public:
    explicit TerminalTextBuf(std::streambuf* target) : target_(target) {}
    ~TerminalTextBuf() override;
    TerminalTextBuf(const TerminalTextBuf&) = delete;
    TerminalTextBuf& operator=(const TerminalTextBuf&) = delete;

    // Escapes what is held, writes everything and flushes `target`; false when that failed.
    bool finish();
    [[nodiscard]] std::streambuf* target() const noexcept { return target_; }

protected:
    int_type overflow(int_type c) override;
    std::streamsize xsputn(const char* data, std::streamsize size) override;
    int sync() override;

private:
    void take(std::string_view bytes);
    bool emit();

    std::streambuf* target_;
    std::string pending_;  // the start of a UTF-8 sequence not yet complete
    std::string escaped_;  // ready for target_
    bool failed_ = false;
};

// Where bytes that are not the CLI's own text go as they are (a program's output passed on to a
// pipe or a file): the target of `out`'s TerminalTextBuf, or `out`'s buffer when it has none.
// Flush `out` first, so the two stay in order.
[[nodiscard]] std::streambuf* unescapedBuffer(std::ostream& out);

}  // namespace tokenscope::cli

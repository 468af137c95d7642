// What the CLI prints can never drive the terminal: escape sequences and other control bytes in
// arguments (user names, queries, error codes, paths), in byte-string constants and in any text
// that comes back in a message are shown escaped (\x1b), in text and on stderr alike; --json
// escapes them in JSON's own way and stays one valid object.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "support/subprocess.hpp"
#include "terminal_text.hpp"

namespace tokenscope {
namespace {

using test::runProcess;
const std::string kCli = TOKENSCOPE_CLI_PATH;

const std::string kTitle = "\x1b]0;x\x07";                     // OSC: sets the window title
const std::string kColour = "a\x1b[31mb";                      // CSI: red from here on
const std::string kC1 = std::string("c\xc2\x9b") + "31md";     // CSI as the C1 control U+009B
const std::string kBidi = std::string("e\xe2\x80\xae") + "f";  // RIGHT-TO-LEFT OVERRIDE
const std::string kNotUtf8 = std::string("\xff\xfe") + "A";

// Why `text` is not safe for a terminal, or "" when it is: a C0 control other than newline and
// tab, DEL, a byte that is not UTF-8, a C1 control or a bidirectional override.
std::string unsafeFor(const std::string& text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7f)
                return "control byte " + std::to_string(byte) + " at " + std::to_string(i);
            ++i;
            continue;
        }
        const int length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 ? 2 : 0;
        if (length == 0 || i + static_cast<std::size_t>(length) > text.size())
            return "not UTF-8 at " + std::to_string(i);
        char32_t code = byte & (length == 2 ? 0x1f : length == 3 ? 0x0f : 0x07);
        for (int k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
            if ((next & 0xc0) != 0x80) return "not UTF-8 at " + std::to_string(i);
            code = (code << 6) | (next & 0x3f);
        }
        if (code <= 0x9f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069))
            return "control code point " + std::to_string(code) + " at " + std::to_string(i);
        i += static_cast<std::size_t>(length);
    }
    return "";
}

void expectSafe(const test::ProcessResult& result) {
    EXPECT_EQ(unsafeFor(result.out), "") << ::testing::PrintToString(result.out.substr(0, 1000));
    EXPECT_EQ(unsafeFor(result.err), "") << ::testing::PrintToString(result.err.substr(0, 1000));
}

TEST(CliEscaping, EscapeSequencesInArgumentsAreShownEscapedInTextAndOnStderr) {
    struct Case {
        std::vector<std::string> args;
        std::string shown;  // how the argument must appear, on stdout or stderr
    };
    const std::vector<Case> cases{
        // A constant query refuses such bytes, naming the first in hex.
        {{"const", kTitle}, "the query has '\\x1b'"},
        {{"const", kC1}, "the query has '\\xc2'"},
        {{"const", "del\x7f"}, "the query has '\\x7f'"},
        {{"const", kNotUtf8}, "the query has '\\xff'"},
        // Echoed arguments: an unknown subcommand, an unknown flag, an error code, a user name.
        {{kC1}, "c\\u009b31md"},
        {{kBidi}, "e\\u202ef"},
        {{kNotUtf8}, "\\xff\\xfeA"},
        {{"del\x7f"}, "del\\x7f"},
        {{"ok\xc3\xa9\xe2\x82\xac\xf0\x9f\x94\x91"},
         "ok\xc3\xa9\xe2\x82\xac\xf0\x9f\x94\x91"},  // UTF-8 stays
        {{"cut\xe2\x82"}, "cut\\xe2\\x82"},
        {{"overlong\xc0\xaf"}, "overlong\\xc0\\xaf"},
        {{"surrogate\xed\xa0\x80"}, "surrogate\\xed\\xa0\\x80"},
        {{"error", kColour}, "a\\x1b[31mb"},
        {{"error", kTitle}, "\\x1b]0;x\\x07"},
        {{kColour}, "a\\x1b[31mb"},                                         // an unknown subcommand
        {{"whoami", "--" + kColour}, "a\\x1b[31mb"},                        // an unknown flag
        {{"logon", "--user", kColour, "--password-stdin"}, "a\\x1b[31mb"},  // refused before PAM
        {{"logon", "--user", "x", "--service", kTitle, "--password-stdin"}, "\\x1b]0;x\\x07"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(::testing::PrintToString(c.args));
        std::vector<std::string> argv{kCli};
        argv.insert(argv.end(), c.args.begin(), c.args.end());
        const auto result = runProcess(argv, "x\n");
        EXPECT_FALSE(result.signaled);
        EXPECT_NE(result.exitCode, 0);
        expectSafe(result);
        EXPECT_NE((result.out + result.err).find(c.shown), std::string::npos)
            << ::testing::PrintToString(result.out + result.err);
    }
}

TEST(CliEscaping, JsonKeepsEveryByteReadableAndStaysOneObject) {
    for (const auto& user : {kTitle, kColour, kC1, kBidi, std::string("del\x7f"), std::string("\xff\xfe")}) {
        SCOPED_TRACE(::testing::PrintToString(user));
        // Refused before any password is read; the answer names the user.
        const auto result = runProcess(
            {kCli, "logon", "--user", user, "--type", "new_credentials", "--password-stdin", "--json"});
        EXPECT_FALSE(result.signaled) << result.err;
        EXPECT_EQ(result.exitCode, 1) << result.err;
        expectSafe(result);
        const auto json = nlohmann::json::parse(result.out, nullptr, false);
        ASSERT_FALSE(json.is_discarded()) << result.out;
        // Escaped on the screen, the same text once parsed (invalid UTF-8 becomes U+FFFD).
        if (user != "\xff\xfe") {
            EXPECT_EQ(json["user"], user);
        } else {
            EXPECT_EQ(json["user"], "\xef\xbf\xbd\xef\xbf\xbd");
        }
    }
    for (const auto& args : {std::vector<std::string>{"error", kColour, "--json"},
                             std::vector<std::string>{"const", kTitle, "--json"}}) {
        std::vector<std::string> argv{kCli};
        argv.insert(argv.end(), args.begin(), args.end());
        const auto error = runProcess(argv);
        EXPECT_EQ(error.exitCode, 2);
        expectSafe(error);
        EXPECT_FALSE(nlohmann::json::parse(error.out, nullptr, false).is_discarded()) << error.out;
    }
}

// Constants whose value is a byte string (GUIDs written as bytes) hold control bytes and bytes
// that are not UTF-8: shown escaped, and --json does not die on them.
TEST(CliEscaping, ByteStringConstantsAreShownEscaped) {
    const auto text = runProcess({kCli, "const", "GUID_NTDS_QUOTAS_CONTAINER_BYTE"});
    ASSERT_EQ(text.exitCode, 0) << text.err;
    expectSafe(text);
    EXPECT_NE(text.out.find("\\x"), std::string::npos) << text.out;
    const auto json = runProcess({kCli, "const", "GUID_NTDS_QUOTAS_CONTAINER_BYTE", "--json"});
    EXPECT_FALSE(json.signaled) << json.err;
    ASSERT_EQ(json.exitCode, 0) << json.err;
    expectSafe(json);
    EXPECT_FALSE(nlohmann::json::parse(json.out, nullptr, false).is_discarded()) << json.out;
    // Every string constant, at once.
    const auto all = runProcess({kCli, "const", "*BYTE*", "--limit", "0"});
    EXPECT_EQ(all.exitCode, 0);
    expectSafe(all);
}

// A program's output passed on in pieces (logon --run) may cut a UTF-8 character between two
// writes, each flushed: the start waits for the rest instead of being shown as bad bytes.
TEST(TerminalText, ACutUtf8SequenceWaitsForItsRestAcrossAFlush) {
    std::ostringstream target;
    cli::TerminalTextBuf buffer(target.rdbuf());
    std::ostream out(&buffer);
    out << "\xe2\x82";
    out.flush();
    EXPECT_EQ(target.str(), "");
    out << "\xac\x1b";
    out.flush();
    EXPECT_EQ(target.str(), "\xe2\x82\xac\\x1b");
    out << "cut\xf0\x9f";
    EXPECT_TRUE(buffer.finish());
    EXPECT_EQ(target.str(), "\xe2\x82\xac\\x1bcut\\xf0\\x9f");
    // Bytes that are not the CLI's text go around the escaping.
    EXPECT_EQ(cli::unescapedBuffer(out), target.rdbuf());
    EXPECT_EQ(cli::unescapedBuffer(target), target.rdbuf());
}

}  // namespace
}  // namespace tokenscope

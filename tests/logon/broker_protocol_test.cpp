// The logon broker's wire format: what it encodes decodes back, and malformed frames of every
// kind are refused with ERROR_INVALID_PARAMETER, never read past their end.
#include "posix/broker_protocol.hpp"

#include <gtest/gtest.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <random>
#include <string>

#include "tokenscope/errors.hpp"
#include "tokenscope/logon_broker.hpp"

namespace tokenscope::posix::broker {
namespace {

std::string le32(std::uint32_t value) {
    std::string out;
    for (int shift = 0; shift < 32; shift += 8) out.push_back(static_cast<char>((value >> shift) & 0xff));
    return out;
}

// The payload of a finished frame (without its length prefix).
std::string payloadOf(FrameWriter& writer) {
    auto frame = writer.finish();
    EXPECT_TRUE(frame.ok());
    return std::string(frame->substr(4));
}

TEST(BrokerProtocol, LogonRequestRoundTripsWithEveryField) {
    FrameWriter writer(Kind::LogonRequest);
    writer.field("alice").field("").number(2).number(0).field("login").field(std::string("pa\0ss", 5));
    const std::string payload = payloadOf(writer);
    auto frame = decodeFrame(payload);
    ASSERT_TRUE(frame.ok()) << frame.error().summary();
    EXPECT_EQ(frame->kind, Kind::LogonRequest);
    ASSERT_EQ(frame->fields.size(), 6u);
    EXPECT_EQ(frame->fields[0], "alice");
    EXPECT_EQ(frame->fields[1], "");
    EXPECT_EQ(decodeNumber(frame->fields[2]), 2u);
    EXPECT_EQ(frame->fields[5], std::string_view("pa\0ss", 5));
}

TEST(BrokerProtocol, ListsAndFailuresRoundTrip) {
    FrameWriter writer(Kind::LoggedOn);
    writer.field("alice").field("alice").number(4242).number(4242).field("/home/alice").field("/bin/sh");
    writer.numbers({4242, 4300}).list({"authenticate", "acct_mgmt"}).list({});
    const std::string payload = payloadOf(writer);
    auto frame = decodeFrame(payload);
    ASSERT_TRUE(frame.ok()) << frame.error().summary();
    auto groups = decodeList(frame->fields[6]);
    ASSERT_TRUE(groups.ok());
    ASSERT_EQ(groups->size(), 2u);
    EXPECT_EQ(decodeNumber((*groups)[1]), 4300u);
    EXPECT_TRUE(decodeList(frame->fields[8])->empty());

    FrameWriter failure(Kind::Failure);
    writeFailure(failure, makeError(win32::kLogonFailure, "pam_authenticate: PAM_AUTH_ERR", "try again"));
    const std::string failed = payloadOf(failure);
    const Error error = decodeFailure(*decodeFrame(failed));
    EXPECT_EQ(error.code, win32::kLogonFailure);
    EXPECT_EQ(error.name, "ERROR_LOGON_FAILURE");
    EXPECT_EQ(error.native, "pam_authenticate: PAM_AUTH_ERR");
    EXPECT_EQ(error.hint, "try again");
}

TEST(BrokerProtocol, MalformedFramesAreRefused) {
    const std::string good = [] {
        FrameWriter writer(Kind::Failure);
        writeFailure(writer, makeError(win32::kAccessDenied, "x"));
        return payloadOf(writer);
    }();
    ASSERT_TRUE(decodeFrame(good).ok());
    const std::vector<std::pair<std::string, std::string>> cases{
        {"empty", ""},
        {"kind only", std::string(1, '\x03')},
        {"unknown kind 0", std::string("\x00\x00", 2)},
        {"unknown kind 6", std::string("\x06\x00", 2)},
        {"unknown kind 255", std::string("\xff\x00", 2)},
        {"too few fields declared", std::string("\x03\x04", 2) + good.substr(2)},
        {"too many fields declared", std::string("\x03\x06", 2) + good.substr(2)},
        {"logoff with a field", std::string("\x04\x00", 2) + le32(0)},
        {"field count 255", std::string("\x02\xff", 2)},
        {"fields missing", std::string("\x03\x05", 2)},
        {"length cut short", good.substr(0, 4)},
        {"field longer than the frame", std::string("\x03\x05", 2) + le32(1000) + "abc"},
        {"length 0xffffffff", std::string("\x03\x05", 2) + le32(0xffffffffu)},
        {"trailing bytes", good + "x"},
        {"trailing length", good + le32(0)},
        {"one byte cut", good.substr(0, good.size() - 1)},
        {"over the size limit", std::string("\x04\x00", 2) + std::string(kMaxFrame, 'a')},
    };
    for (const auto& [name, payload] : cases) {
        auto frame = decodeFrame(payload);
        EXPECT_FALSE(frame.ok()) << name;
        if (!frame.ok()) {
            EXPECT_EQ(frame.error().code, win32::kInvalidParameter) << name;
            EXPECT_NE(frame.error().native.find("logon broker message"), std::string::npos) << name;
        }
    }
    // A failure whose code is not a number is still an error, and says why.
    FrameWriter writer(Kind::Failure);
    writer.field("12a").field("").field("").field("").field("");
    const std::string payload = payloadOf(writer);
    EXPECT_EQ(decodeFailure(*decodeFrame(payload)).code, win32::kInvalidParameter);
    // A failure with a code but no name (found by the broker_frame fuzz target): refused, named.
    FrameWriter nameless(Kind::Failure);
    nameless.field("3205").field("").field("").field("").field("");
    const Error refused = decodeFailure(*decodeFrame(payloadOf(nameless)));
    EXPECT_EQ(refused.code, win32::kInvalidParameter);
    EXPECT_FALSE(refused.name.empty());
    EXPECT_NE(refused.native.find("without an error name"), std::string::npos) << refused.native;
}

TEST(BrokerProtocol, ListsAreBoundedAndStrict) {
    EXPECT_TRUE(decodeList("").ok());
    EXPECT_FALSE(decodeList("ab").ok());
    EXPECT_FALSE(decodeList(le32(5) + "abc").ok());
    std::string many;
    for (std::size_t i = 0; i <= kMaxListItems; ++i) many += le32(0);
    EXPECT_FALSE(decodeList(many).ok());
}

TEST(BrokerProtocol, NumbersAreDecimalAndFitIn32Bits) {
    EXPECT_EQ(decodeNumber("0"), 0u);
    EXPECT_EQ(decodeNumber("4294967295"), 4294967295u);
    for (const char* bad : {"", "-1", "+1", " 1", "1 ", "0x10", "4294967296", "99999999999", "1e3"})
        EXPECT_FALSE(decodeNumber(bad).has_value()) << bad;
}

TEST(BrokerProtocol, WriterRefusesAFrameBeyondTheLimit) {
    FrameWriter writer(Kind::LogonRequest);
    const std::string big(kMaxFrame, 'x');
    writer.field("u").field(big).number(2).number(0).field("login").field("p");
    EXPECT_FALSE(writer.finish().ok());
}

TEST(BrokerProtocol, ReadFrameRefusesHugeOrZeroLengthsAndCutStreams) {
    auto readFrom = [](const std::string& bytes, std::string& payload) {
        int pair[2];
        EXPECT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair), 0);
        EXPECT_EQ(write(pair[1], bytes.data(), bytes.size()), static_cast<ssize_t>(bytes.size()));
        close(pair[1]);
        const bool ok = readFrame(pair[0], payload);
        const int err = errno;
        close(pair[0]);
        errno = err;
        return ok;
    };
    std::string payload;
    EXPECT_FALSE(readFrom("", payload));
    EXPECT_EQ(errno, 0);  // a clean end of stream
    EXPECT_FALSE(readFrom(le32(0), payload));
    EXPECT_EQ(errno, EPROTO);
    EXPECT_FALSE(readFrom(le32(kMaxFrame + 1), payload));
    EXPECT_EQ(errno, EPROTO);
    EXPECT_FALSE(readFrom(le32(0xffffffffu), payload));
    EXPECT_EQ(errno, EPROTO);
    EXPECT_FALSE(readFrom(le32(10) + "abc", payload));
    EXPECT_EQ(errno, EIO);
    EXPECT_FALSE(readFrom("ab", payload));
    EXPECT_EQ(errno, EIO);
    EXPECT_TRUE(readFrom(le32(2) + std::string("\x04\x00", 2), payload));
    EXPECT_EQ(decodeFrame(payload)->kind, Kind::Logoff);
}

// Random bytes and random mutations of a valid frame: decoding answers (ok or refused) and never
// reads out of bounds (the sanitizer suite runs this too).
TEST(BrokerProtocol, RandomAndMutatedInputNeverCrashes) {
    std::mt19937 random(20261125);
    FrameWriter writer(Kind::LoggedOn);
    writer.field("alice").field("alice").number(1).number(1).field("/").field("/bin/sh");
    writer.numbers({1, 2, 3}).list({"authenticate"}).list({"motd"});
    const std::string valid = payloadOf(writer);
    int accepted = 0;
    for (int i = 0; i < 20000; ++i) {
        std::string input = valid;
        const int edits = 1 + static_cast<int>(random() % 4);
        for (int e = 0; e < edits; ++e) {
            const std::size_t at = random() % input.size();
            switch (random() % 3) {
                case 0:
                    input[at] = static_cast<char>(random());
                    break;
                case 1:
                    input.erase(at, 1 + random() % 4);
                    break;
                default:
                    input.insert(at, 1, static_cast<char>(random()));
                    break;
            }
            if (input.empty()) input.push_back('\x02');
        }
        auto frame = decodeFrame(input);
        if (frame.ok()) {
            ++accepted;
            for (const auto field : frame->fields) {
                ASSERT_GE(field.data(), input.data());
                ASSERT_LE(field.data() + field.size(), input.data() + input.size());
                (void)decodeList(field);
            }
        }
    }
    EXPECT_LT(accepted, 20000);
}

// The broker's own loop, fed malformed requests over a socketpair (it refuses before any PAM call):
// an answer saying why where it can give one, and exit status 2.
TEST(BrokerProtocol, TheBrokerRefusesMalformedRequestsAndEnds) {
    struct Case {
        const char* name;
        std::string bytes;
        bool answers;
    };
    FrameWriter badType(Kind::LogonRequest);
    badType.field("alice").field("").number(99).number(0).field("login").field("secret");
    FrameWriter notARequest(Kind::Logoff);
    const std::vector<Case> cases{
        {"garbage payload", le32(3) + "abc", true},
        {"a logoff first", std::string(*notARequest.finish()), true},
        {"an unknown logon type", std::string(*badType.finish()), true},
        {"a zero length", le32(0), false},
        {"a huge length", le32(0x7fffffff), false},
        {"a frame cut short", le32(100) + "\x01\x06", false},
    };
    for (const auto& c : cases) {
        int pair[2];
        ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair), 0);
        ASSERT_TRUE(writeFrame(pair[0], c.bytes));
        shutdown(pair[0], SHUT_WR);
        EXPECT_EQ(serveLogonBroker(pair[1]), 2) << c.name;
        close(pair[1]);
        std::string reply;
        const bool answered = readFrame(pair[0], reply);
        close(pair[0]);
        EXPECT_EQ(answered, c.answers) << c.name;
        if (answered) {
            auto frame = decodeFrame(reply);
            ASSERT_TRUE(frame.ok()) << c.name;
            EXPECT_EQ(frame->kind, Kind::Failure) << c.name;
            EXPECT_EQ(decodeFailure(*frame).code, win32::kInvalidParameter) << c.name;
        }
    }
    // A client that connects and goes away at once: a clean end, status 0.
    int pair[2];
    ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair), 0);
    close(pair[0]);
    EXPECT_EQ(serveLogonBroker(pair[1]), 0);
    close(pair[1]);
}

}  // namespace
}  // namespace tokenscope::posix::broker

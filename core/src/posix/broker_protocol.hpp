// The logon broker's wire format: length-prefixed frames over a socketpair between the process
// that asks for a logon (the client) and the broker, whose main thread runs PAM.
//
// A frame on the wire is a 32-bit little-endian payload length (1 .. kMaxFrame) and the payload:
// one byte kind, one byte field count (at most kMaxFields), then each field as a 32-bit
// little-endian length and its bytes. A list (groups, PAM steps, messages) is one field holding
// the same (length, bytes) encoding of its items. Numbers are decimal ASCII without sign.
// Decoding is strict: anything left over, short, too long, of an unknown kind or with the wrong
// field count for its kind is refused; it never reads past the bytes it was given.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tokenscope/logon.hpp"
#include "tokenscope/result.hpp"

namespace tokenscope::posix::broker {

inline constexpr std::size_t kMaxFrame = 64 * 1024;
inline constexpr std::size_t kMaxFields = 16;
inline constexpr std::size_t kMaxListItems = 4096;

enum class Kind : std::uint8_t {
    LogonRequest = 1,  // client -> broker: user, domain, type, provider, service, password
    LoggedOn = 2,      // broker -> client: user, pamUser, uid, gid, home, shell, groups, steps, messages
    Failure = 3,       // broker -> client: code, name, message, native, hint
    Logoff = 4,        // client -> broker: no fields
    LoggedOff = 5,     // broker -> client: no fields
};

// A decoded frame. The fields are views into the payload it was decoded from: they live as long
// as that buffer (so a password field is never copied into a std::string).
struct Frame {
    Kind kind = Kind::Failure;
    std::vector<std::string_view> fields;
};

// Field counts each kind must have.
[[nodiscard]] std::size_t fieldCount(Kind kind) noexcept;

// Decodes one payload (without its length prefix). ERROR_INVALID_PARAMETER saying what is wrong.
[[nodiscard]] Result<Frame> decodeFrame(std::string_view payload);
// Splits a list field. ERROR_INVALID_PARAMETER when malformed or longer than kMaxListItems.
[[nodiscard]] Result<std::vector<std::string_view>> decodeList(std::string_view field);
// A decimal 32-bit unsigned number, nothing else.
[[nodiscard]] std::optional<std::uint32_t> decodeNumber(std::string_view field) noexcept;

// Builds a frame, length prefix included. The buffer's capacity is reserved up front, so a
// password written into it is never left behind in a reallocated block; wipe it after sending.
class FrameWriter {
public:
    explicit FrameWriter(Kind kind, std::size_t capacity = 256);
    FrameWriter& field(std::string_view bytes);
    // A field holding a secret (the password): copied a byte at a time, never through the vector
    // registers memcpy uses (see secure_wipe.hpp).
    FrameWriter& secretField(std::string_view bytes);
    FrameWriter& number(std::uint64_t value);
    FrameWriter& list(const std::vector<std::string>& items);
    FrameWriter& numbers(const std::vector<std::uint32_t>& values);
    // The whole frame; ERROR_INVALID_PARAMETER if it grew beyond kMaxFrame or kMaxFields.
    [[nodiscard]] Result<std::string_view> finish();
    // Overwrites the buffer (explicit_bzero); the writer is empty afterwards.
    void wipe() noexcept;
    ~FrameWriter();
    FrameWriter(const FrameWriter&) = delete;
    FrameWriter& operator=(const FrameWriter&) = delete;

private:
    void append(std::string_view bytes);
    // Room for `size` more bytes; a bigger buffer copies the old one and wipes it. False if the
    // frame would pass kMaxFrame.
    bool makeRoom(std::size_t size);
    std::string buffer_;
    std::size_t count_ = 0;
    bool overflow_ = false;
};

// Frames for each message.
// The Error a Failure frame carries (a frame of another kind, or without a numeric code, gives
// the ERROR_INVALID_PARAMETER that says so: either way the answer is an error).
[[nodiscard]] Error decodeFailure(const Frame& frame);
void writeFailure(FrameWriter& writer, const Error& error);

// Reads one frame's payload into `payload` (resized to its exact length; the caller wipes it when
// it held a secret). Returns false with errno 0 on a clean end of stream before any byte, false
// with errno set otherwise (EPROTO for a length of 0 or above kMaxFrame, EIO for a stream cut
// short). Retries on EINTR.
[[nodiscard]] bool readFrame(int fd, std::string& payload);
// Writes all of `frame`; false with errno set on failure. Never raises SIGPIPE.
[[nodiscard]] bool writeFrame(int fd, std::string_view frame);

}  // namespace tokenscope::posix::broker

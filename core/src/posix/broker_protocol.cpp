#include "posix/broker_protocol.hpp"

#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>

#include "secure_wipe.hpp"
#include "tokenscope/errors.hpp"

namespace tokenscope::posix::broker {
namespace {

Error malformed(std::string what) {
    return makeError(win32::kInvalidParameter, "logon broker message: " + std::move(what),
                     "The two sides of the logon broker disagree: check that tokenscope and "
                     "tokenscope-logon-broker come from the same build.");
}

std::uint32_t readLength(const char* bytes) noexcept {
    const auto* u = reinterpret_cast<const unsigned char*>(bytes);
    return static_cast<std::uint32_t>(u[0]) | static_cast<std::uint32_t>(u[1]) << 8 |
           static_cast<std::uint32_t>(u[2]) << 16 | static_cast<std::uint32_t>(u[3]) << 24;
}

void appendLength(std::string& out, std::uint32_t value) {
    for (int shift = 0; shift < 32; shift += 8) out.push_back(static_cast<char>((value >> shift) & 0xff));
}

// Splits `bytes` into (length, bytes) items; at most `limit` of them.
Result<std::vector<std::string_view>> splitItems(std::string_view bytes, std::size_t limit,
                                                 const char* what) {
    std::vector<std::string_view> items;
    while (!bytes.empty()) {
        if (items.size() == limit)
            return malformed(std::string("more than ") + std::to_string(limit) + " " + what);
        if (bytes.size() < 4) return malformed(std::string("a ") + what + " length cut short");
        const std::uint32_t length = readLength(bytes.data());
        bytes.remove_prefix(4);
        if (length > bytes.size()) return malformed(std::string("a ") + what + " longer than the frame");
        items.push_back(bytes.substr(0, length));
        bytes.remove_prefix(length);
    }
    return items;
}

}  // namespace

std::size_t fieldCount(Kind kind) noexcept {
    switch (kind) {
        case Kind::LogonRequest:
            return 6;
        case Kind::LoggedOn:
            return 9;
        case Kind::Failure:
            return 5;
        case Kind::Logoff:
        case Kind::LoggedOff:
            return 0;
    }
    return 0;
}

Result<Frame> decodeFrame(std::string_view payload) {
    if (payload.size() < 2) return malformed("shorter than its header");
    if (payload.size() > kMaxFrame) return malformed("longer than " + std::to_string(kMaxFrame) + " bytes");
    const auto kindByte = static_cast<std::uint8_t>(payload[0]);
    if (kindByte < 1 || kindByte > 5) return malformed("unknown kind " + std::to_string(kindByte));
    Frame frame;
    frame.kind = static_cast<Kind>(kindByte);
    const auto declared = static_cast<std::uint8_t>(payload[1]);
    if (declared != fieldCount(frame.kind))
        return malformed("kind " + std::to_string(kindByte) + " with " + std::to_string(declared) +
                         " fields, not " + std::to_string(fieldCount(frame.kind)));
    auto fields = splitItems(payload.substr(2), kMaxFields, "field");
    if (!fields) return fields.error();
    if (fields->size() != declared)
        return malformed(std::to_string(fields->size()) + " fields where the header says " +
                         std::to_string(declared));
    frame.fields = std::move(*fields);
    return frame;
}

Result<std::vector<std::string_view>> decodeList(std::string_view field) {
    return splitItems(field, kMaxListItems, "list item");
}

std::optional<std::uint32_t> decodeNumber(std::string_view field) noexcept {
    if (field.empty() || field.size() > 10) return std::nullopt;
    std::uint32_t value = 0;
    const auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), value, 10);
    if (ec != std::errc{} || end != field.data() + field.size()) return std::nullopt;
    return value;
}

FrameWriter::FrameWriter(Kind kind, std::size_t capacity) {
    buffer_.reserve(capacity + 6);
    buffer_.append(4, '\0');  // the length, filled in by finish()
    buffer_.push_back(static_cast<char>(kind));
    buffer_.push_back('\0');  // the field count, filled in by finish()
}

FrameWriter::~FrameWriter() { wipe(); }

bool FrameWriter::makeRoom(std::size_t size) {
    if (buffer_.size() + size > kMaxFrame + 4) {
        overflow_ = true;
        return false;
    }
    if (buffer_.size() + size > buffer_.capacity()) {
        // Grow by hand so the old block is wiped, not just freed; copied as a secret, since it may
        // hold one.
        std::string bigger;
        bigger.reserve(std::max(buffer_.capacity() * 2, buffer_.size() + size));
        bigger.resize(buffer_.size());
        copySecret(bigger.data(), buffer_.data(), buffer_.size());
        secureWipe(buffer_.data(), buffer_.size());
        buffer_.swap(bigger);
    }
    return true;
}

void FrameWriter::append(std::string_view bytes) {
    if (makeRoom(bytes.size())) buffer_.append(bytes);
}

FrameWriter& FrameWriter::secretField(std::string_view bytes) {
    std::string length;
    appendLength(length, static_cast<std::uint32_t>(std::min(bytes.size(), kMaxFrame + 1)));
    append(length);
    if (bytes.size() > kMaxFrame || !makeRoom(bytes.size())) {
        overflow_ = true;
        return *this;
    }
    const std::size_t at = buffer_.size();
    buffer_.resize(at + bytes.size());
    copySecret(buffer_.data() + at, bytes.data(), bytes.size());
    ++count_;
    return *this;
}

FrameWriter& FrameWriter::field(std::string_view bytes) {
    if (bytes.size() > kMaxFrame) {
        overflow_ = true;
        return *this;
    }
    std::string length;
    appendLength(length, static_cast<std::uint32_t>(bytes.size()));
    append(length);
    append(bytes);
    ++count_;
    return *this;
}

FrameWriter& FrameWriter::number(std::uint64_t value) { return field(std::to_string(value)); }

FrameWriter& FrameWriter::list(const std::vector<std::string>& items) {
    std::string encoded;
    for (const auto& item : items) {
        appendLength(encoded, static_cast<std::uint32_t>(std::min(item.size(), kMaxFrame)));
        encoded.append(item.substr(0, kMaxFrame));
    }
    if (items.size() > kMaxListItems) overflow_ = true;
    return field(encoded);
}

FrameWriter& FrameWriter::numbers(const std::vector<std::uint32_t>& values) {
    std::vector<std::string> items;
    items.reserve(values.size());
    for (const auto value : values) items.push_back(std::to_string(value));
    return list(items);
}

Result<std::string_view> FrameWriter::finish() {
    if (overflow_ || count_ > kMaxFields) return malformed("a message too large to send");
    const auto length = static_cast<std::uint32_t>(buffer_.size() - 4);
    for (int i = 0; i < 4; ++i)
        buffer_[static_cast<std::size_t>(i)] = static_cast<char>((length >> (8 * i)) & 0xff);
    buffer_[5] = static_cast<char>(count_);
    return std::string_view(buffer_);
}

void FrameWriter::wipe() noexcept {
    secureWipe(buffer_.data(), buffer_.size());
    buffer_.clear();
    count_ = 0;
}

Error decodeFailure(const Frame& frame) {
    if (frame.kind != Kind::Failure) return malformed("not a failure");
    const auto code = decodeNumber(frame.fields[0]);
    if (!code) return malformed("a failure without a numeric code");
    // The broker names every error it sends; a nameless one is not from it.
    if (frame.fields[1].empty()) return malformed("a failure without an error name");
    Error error;
    error.code = *code;
    error.name = std::string(frame.fields[1]);
    error.message = std::string(frame.fields[2]);
    error.native = std::string(frame.fields[3]);
    error.hint = std::string(frame.fields[4]);
    return error;
}

void writeFailure(FrameWriter& writer, const Error& error) {
    const auto clip = [](const std::string& text) { return std::string_view(text).substr(0, 8192); };
    writer.number(error.code)
        .field(clip(error.name))
        .field(clip(error.message))
        .field(clip(error.native))
        .field(clip(error.hint));
}

namespace {
// Reads exactly `size` bytes. 1: done; 0: end of stream before the first byte; -1: error (errno).
int readExactly(int fd, char* data, std::size_t size) {
    std::size_t done = 0;
    while (done < size) {
        const ssize_t got = ::read(fd, data + done, size - done);
        if (got < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        if (got == 0) {
            if (done == 0) return 0;
            errno = EIO;
            return -1;
        }
        done += static_cast<std::size_t>(got);
    }
    return 1;
}
}  // namespace

bool readFrame(int fd, std::string& payload) {
    char header[4];
    const int got = readExactly(fd, header, sizeof header);
    if (got == 0) {
        errno = 0;
        return false;
    }
    if (got < 0) return false;
    const std::uint32_t length = readLength(header);
    if (length == 0 || length > kMaxFrame) {
        errno = EPROTO;
        return false;
    }
    secureWipe(payload.data(), payload.size());
    payload.assign(length, '\0');
    const int body = readExactly(fd, payload.data(), length);
    if (body == 0) errno = EIO;
    return body == 1;
}

bool writeFrame(int fd, std::string_view frame) {
    while (!frame.empty()) {
        const ssize_t sent = ::send(fd, frame.data(), frame.size(), MSG_NOSIGNAL);
        if (sent < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        frame.remove_prefix(static_cast<std::size_t>(sent));
    }
    return true;
}

}  // namespace tokenscope::posix::broker

// The logon broker's frame decoder: whatever the bytes, a Frame whose fields lie inside the
// input, or an Error; list and number fields decode or refuse the same way.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "posix/broker_protocol.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    namespace b = tokenscope::posix::broker;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    auto frame = b::decodeFrame(input);
    if (!frame) {
        if (frame.error().name.empty()) __builtin_trap();
        return 0;
    }
    if (frame->fields.size() != b::fieldCount(frame->kind)) __builtin_trap();
    for (const auto field : frame->fields) {
        if (field.data() < input.data() || field.data() + field.size() > input.data() + input.size())
            __builtin_trap();
        if (auto items = b::decodeList(field)) {
            for (const auto item : *items) {
                if (item.data() < field.data() || item.data() + item.size() > field.data() + field.size())
                    __builtin_trap();
                (void)b::decodeNumber(item);
            }
        }
    }
    if (frame->kind == b::Kind::Failure && b::decodeFailure(*frame).name.empty()) __builtin_trap();
    return 0;
}

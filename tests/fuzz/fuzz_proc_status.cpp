// The /proc/<pid>/status parser: whatever the text, a ProcStatus or an Error, never a crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "posix/proc_status.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto status = tokenscope::posix::parseProcStatus(text);
    if (status) {
        // Every group parsed came from the text: never more numbers than bytes.
        if (status->groups.size() > size) __builtin_trap();
    } else if (status.error().name.empty() || status.error().native.size() > 200) {
        __builtin_trap();  // an error names its constant and quotes at most a line's prefix
    }
    return 0;
}

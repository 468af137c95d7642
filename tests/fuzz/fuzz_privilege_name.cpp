// Capability names and numbers (findPrivilege): a capability or ERROR_NO_SUCH_PRIVILEGE.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "tokenscope/errors.hpp"
#include "tokenscope/privileges.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto privilege = tokenscope::findPrivilege(text);
    if (privilege) {
        if (!privilege->name.starts_with("CAP_")) __builtin_trap();
    } else if (privilege.error().code != tokenscope::win32::kNoSuchPrivilege ||
               privilege.error().native.size() > 64 + 80) {
        __builtin_trap();
    }
    return 0;
}

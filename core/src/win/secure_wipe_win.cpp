#include <windows.h>

#include "secure_wipe.hpp"

namespace tokenscope {

void secureWipe(void* data, std::size_t size) noexcept {
    if (data != nullptr && size != 0) ::SecureZeroMemory(data, size);
}

}  // namespace tokenscope

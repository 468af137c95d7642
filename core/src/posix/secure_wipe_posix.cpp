#include <string.h>  // explicit_bzero (glibc 2.25+)

#include "secure_wipe.hpp"

namespace tokenscope {

void secureWipe(void* data, std::size_t size) noexcept {
    if (data != nullptr && size != 0) ::explicit_bzero(data, size);
}

}  // namespace tokenscope

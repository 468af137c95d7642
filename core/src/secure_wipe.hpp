// Wipes memory in a way the compiler may not optimise away (explicit_bzero / SecureZeroMemory).
#pragma once

#include <cstddef>

namespace tokenscope {

void secureWipe(void* data, std::size_t size) noexcept;

}  // namespace tokenscope

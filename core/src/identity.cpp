#include "tokenscope/identity.hpp"

namespace tokenscope {

std::string Principal::idString() const {
    if (posixId) return std::to_string(*posixId);
    return sid;
}

}  // namespace tokenscope

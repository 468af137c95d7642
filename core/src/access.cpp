#include "tokenscope/access.hpp"

namespace tokenscope {

std::string_view accessRightName(AccessRight right) noexcept {
    switch (right) {
        case AccessRight::Read:
            return "read";
        case AccessRight::Write:
            return "write";
        case AccessRight::Execute:
            return "execute";
        case AccessRight::List:
            return "list";
    }
    return "?";
}

std::vector<AccessCheck> probeAccess(const std::string& path) {
    return probeAccess(path,
                       {AccessRight::Read, AccessRight::Write, AccessRight::Execute, AccessRight::List});
}

}  // namespace tokenscope

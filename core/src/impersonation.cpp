// What every backend's ImpersonationGuard shares.
#include <cstdio>
#include <cstdlib>

#include "tokenscope/impersonation.hpp"

namespace tokenscope {

// A thread that cannot stop being another user must not keep running.
ImpersonationGuard::~ImpersonationGuard() {
    if (!active_) return;
    if (auto reverted = revert(); !reverted) {
        std::fprintf(stderr, "tokenscope: cannot revert impersonation of %s: %s (%s); aborting\n",
                     user_.c_str(), reverted.error().summary().c_str(), reverted.error().native.c_str());
        std::abort();
    }
}

}  // namespace tokenscope

#include "run_signals.hpp"

namespace tokenscope::cli {

RunSignals::RunSignals() = default;
RunSignals::~RunSignals() = default;
int RunSignals::takePendingStop() noexcept { return 0; }

}  // namespace tokenscope::cli

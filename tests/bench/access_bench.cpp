// In-process cost of the two answers of issue "explain access and logon": explainAccess for one
// path (goal: under 5 ms) and checkAccount with PAM's account phase (goal: under 50 ms), apart
// from starting a process (tests/bench/access_vs_namei.sh times whole CLI calls beside namei).
#include <benchmark/benchmark.h>

#include "tokenscope/access_explain.hpp"
#include "tokenscope/account.hpp"

namespace {

const char* const kPath = "/usr/share/doc/bash/copyright";

void ExplainAccessForAUser(benchmark::State& state) {
    auto subject = tokenscope::accessSubjectForUser("nobody");
    if (!subject) {
        state.SkipWithError("no account nobody");
        return;
    }
    for (auto _ : state) {
        auto answer = tokenscope::explainAccess(kPath, *subject, {tokenscope::AccessRight::Read, tokenscope::AccessRight::Write,
                                                                  tokenscope::AccessRight::Execute});
        benchmark::DoNotOptimize(answer);
    }
}
BENCHMARK(ExplainAccessForAUser)->Unit(benchmark::kMicrosecond);

void UserLookupAndExplainAccess(benchmark::State& state) {
    for (auto _ : state) {
        auto subject = tokenscope::accessSubjectForUser("nobody");
        if (!subject) {
            state.SkipWithError("no account nobody");
            return;
        }
        auto answer = tokenscope::explainAccess(kPath, *subject, {tokenscope::AccessRight::Read});
        benchmark::DoNotOptimize(answer);
    }
}
BENCHMARK(UserLookupAndExplainAccess)->Unit(benchmark::kMicrosecond);

void CheckAccountWithPam(benchmark::State& state) {
    for (auto _ : state) {
        auto status = tokenscope::checkAccount("nobody", "login");
        benchmark::DoNotOptimize(status);
    }
}
BENCHMARK(CheckAccountWithPam)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();

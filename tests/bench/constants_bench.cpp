// Constants database: load time and query latency. The figures in docs/performance.md come from
//   constants_bench --benchmark_filter='^Load|Percentile'
// (the p50/p99 of every query kind are the PercentileReport benchmark's counters).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "tokenscope/constants.hpp"

namespace {

using tokenscope::ConstantIndex;

const ConstantIndex& db() { return ConstantIndex::instance(); }

void Load(benchmark::State& state) {
    for (auto _ : state) {
        auto index = ConstantIndex::load();
        benchmark::DoNotOptimize(index->size());
    }
    state.counters["constants"] = static_cast<double>(db().size());
}
BENCHMARK(Load)->Unit(benchmark::kMillisecond);

// Load, then a first substring query (what a one-shot CLI process does).
void LoadAndFirstSubstringQuery(benchmark::State& state) {
    for (auto _ : state) {
        auto index = ConstantIndex::load();
        auto found = index->searchName("IMPERSONATE", 50);
        benchmark::DoNotOptimize(found.ok());
    }
}
BENCHMARK(LoadAndFirstSubstringQuery)->Unit(benchmark::kMillisecond);

void NameQuery(benchmark::State& state, const std::string& query) {
    (void)db();
    for (auto _ : state) {
        auto found = db().searchName(query, 50);
        benchmark::DoNotOptimize(found.ok());
    }
}
BENCHMARK_CAPTURE(NameQuery, Exact, std::string("ERROR_LOGON_FAILURE"))->Name("Name/Exact")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(NameQuery, Prefix, std::string("LOGON32_"))->Name("Name/Prefix")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(NameQuery, Substring, std::string("IMPERSONATE"))->Name("Name/Substring")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(NameQuery, Broad, std::string("ERROR_"))->Name("Name/Broad ERROR_")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(NameQuery, Short, std::string("wm"))->Name("Name/Short wm")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(NameQuery, Glob, std::string("LOGON32_*"))->Name("Name/Glob LOGON32_*")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(NameQuery, InnerGlob, std::string("*_PRIVILEGE_*"))->Name("Name/Glob *_PRIVILEGE_*")->Unit(benchmark::kMicrosecond);

void ValueQuery(benchmark::State& state, const std::string& value) {
    (void)db();
    for (auto _ : state) {
        auto found = db().searchValue(value, 50);
        benchmark::DoNotOptimize(found.ok());
    }
}
BENCHMARK_CAPTURE(ValueQuery, Win32, std::string("1326"))->Name("Value/1326")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(ValueQuery, Hresult, std::string("0x80070005"))->Name("Value/0x80070005")->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(ValueQuery, Common, std::string("1"))->Name("Value/1 (most common)")->Unit(benchmark::kMicrosecond);

void DecodeError(benchmark::State& state) {
    (void)db();
    for (auto _ : state) benchmark::DoNotOptimize(db().decodeError("0x80070005").ok());
}
BENCHMARK(DecodeError)->Unit(benchmark::kMicrosecond);

void SplitFlags(benchmark::State& state) {
    (void)db();
    for (auto _ : state) benchmark::DoNotOptimize(db().splitFlags(0xF01FF, "TOKEN_").ok());
}
BENCHMARK(SplitFlags)->Unit(benchmark::kMicrosecond);

// p50/p99/max over many different queries, at the CLI's default limit of 50: every 7th
// constant's name (exact), its first eight characters (prefix), a middle slice (substring) and
// its value; every query of one and two name characters (37 + 37 * 37); and globs made from
// the names: FAMILY*, *LAST_PART, and a ? and a * inside (AB?D*); and every 7th GUID or
// property key's GUID as pasted (registry form), parsed and looked up as `const` does.
// At the CLI's limit of 50; TOKENSCOPE_BENCH_LIMIT=500 measures the constants browser's.
void PercentileReport(benchmark::State& state) {
    const auto& index = db();
    const char* limitText = std::getenv("TOKENSCOPE_BENCH_LIMIT");
    const std::size_t limit = limitText ? static_cast<std::size_t>(std::max(1, std::atoi(limitText))) : 50;
    state.counters["limit"] = static_cast<double>(limit);
    std::vector<std::string> names, globs, values, guids;
    for (std::size_t i = 0; i < index.size(); i += 7) {
        const auto& c = index.at(i);
        const std::string name(c.name);
        names.push_back(name);
        names.push_back(name.substr(0, 8));
        if (name.size() > 8) names.push_back(name.substr(name.size() / 3, 5));
        if (c.isNumeric()) values.push_back(c.valueText());
        if (c.isGuid()) guids.emplace_back(c.text.substr(0, 38));
        if (i % 21 == 0) {
            if (!c.family.empty()) globs.push_back(std::string(c.family) + "*");
            const auto underscore = name.rfind('_');
            if (underscore != std::string::npos && underscore > 0) globs.push_back("*" + name.substr(underscore));
            if (name.size() >= 5) globs.push_back(name.substr(0, 2) + "?" + name.substr(3, 2) + "*");
        }
    }
    const std::string symbols = "abcdefghijklmnopqrstuvwxyz0123456789_";
    for (char a : symbols) {
        names.emplace_back(1, a);
        for (char b : symbols) names.push_back(std::string{a, b});
    }
    // Every sample of every iteration, and each query's best of the iterations (which leaves out
    // the moments another process had the CPU, on a busy machine).
    std::vector<double> nameTimes, globTimes, valueTimes, guidTimes;
    std::vector<double> nameBest(names.size(), 1e300), globBest(globs.size(), 1e300), valueBest(values.size(), 1e300),
        guidBest(guids.size(), 1e300);
    auto timed = [](std::vector<double>& times, double& best, auto&& query) {
        const auto t0 = std::chrono::steady_clock::now();
        query();
        const double us = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count();
        times.push_back(us);
        best = std::min(best, us);
    };
    for (auto _ : state) {
        for (std::size_t i = 0; i < names.size(); ++i)
            timed(nameTimes, nameBest[i], [&] { benchmark::DoNotOptimize(index.searchName(names[i], limit).ok()); });
        for (std::size_t i = 0; i < globs.size(); ++i)
            timed(globTimes, globBest[i], [&] { benchmark::DoNotOptimize(index.searchName(globs[i], limit).ok()); });
        for (std::size_t i = 0; i < values.size(); ++i)
            timed(valueTimes, valueBest[i], [&] { benchmark::DoNotOptimize(index.searchValue(values[i], limit).ok()); });
        for (std::size_t i = 0; i < guids.size(); ++i)
            timed(guidTimes, guidBest[i], [&] {
                const auto guid = tokenscope::parseGuid(guids[i]);
                benchmark::DoNotOptimize(guid.ok() ? index.searchGuid(*guid).size() : 0);
            });
    }
    auto pct = [](std::vector<double> v, double p) {
        std::sort(v.begin(), v.end());
        return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
    };
    auto report = [&](const std::string& kind, const std::vector<double>& times, const std::vector<double>& best) {
        state.counters[kind + "_queries"] = static_cast<double>(best.size());
        state.counters[kind + "_p50_us"] = pct(times, 0.50);
        state.counters[kind + "_p99_us"] = pct(times, 0.99);
        state.counters[kind + "_max_us"] = pct(times, 1.0);
        state.counters[kind + "_best_p99_us"] = pct(best, 0.99);
    };
    // TOKENSCOPE_BENCH_SLOWEST=N lists the N queries with the worst best-of-iterations time.
    if (const char* slowest = std::getenv("TOKENSCOPE_BENCH_SLOWEST")) {
        const auto count = static_cast<std::size_t>(std::max(0, std::atoi(slowest)));
        auto list = [count](const char* kind, const std::vector<std::string>& queries, const std::vector<double>& best) {
            std::vector<std::size_t> order(queries.size());
            for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
            std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return best[a] > best[b]; });
            for (std::size_t k = 0; k < std::min(count, order.size()); ++k)
                std::fprintf(stderr, "slowest %s %8.1f us  %s\n", kind, best[order[k]], queries[order[k]].c_str());
        };
        list("name", names, nameBest);
        list("glob", globs, globBest);
        list("value", values, valueBest);
        list("guid", guids, guidBest);
    }
    report("name", nameTimes, nameBest);
    report("glob", globTimes, globBest);
    report("value", valueTimes, valueBest);
    report("guid", guidTimes, guidBest);
    auto join = [](std::vector<double> a, const std::vector<double>& b, const std::vector<double>& c,
                   const std::vector<double>& d) {
        for (const auto* more : {&b, &c, &d}) a.insert(a.end(), more->begin(), more->end());
        return a;
    };
    report("all", join(nameTimes, globTimes, valueTimes, guidTimes), join(nameBest, globBest, valueBest, guidBest));
}
BENCHMARK(PercentileReport)->Iterations(3)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();

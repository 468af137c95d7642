// Constants database: load time and query latency. The README's figures come from
//   constants_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
// and the p99 of every query kind from the PercentileReport benchmark (its counters).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
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

// Load, then the first substring query, which builds the trigram index.
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

// p50/p99/max over many different queries: every 7th constant's name (exact), its first
// eight characters (prefix), a middle slice (substring), its value, 1- and 2-character queries.
void PercentileReport(benchmark::State& state) {
    const auto& index = db();
    std::vector<std::string> names, values;
    for (std::size_t i = 0; i < index.size(); i += 7) {
        const auto& c = index.at(i);
        const std::string name(c.name);
        names.push_back(name);
        names.push_back(name.substr(0, 8));
        if (name.size() > 8) names.push_back(name.substr(name.size() / 3, 5));
        if (c.isNumeric()) values.push_back(c.valueText());
    }
    for (char a = 'a'; a <= 'z'; ++a) {
        names.emplace_back(1, a);
        names.push_back(std::string(1, a) + "e");
    }
    std::vector<double> nameTimes, valueTimes;
    for (auto _ : state) {
        nameTimes.clear();
        valueTimes.clear();
        for (const auto& q : names) {
            const auto t0 = std::chrono::steady_clock::now();
            auto found = index.searchName(q, 50);
            benchmark::DoNotOptimize(found.ok());
            nameTimes.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
        }
        for (const auto& q : values) {
            const auto t0 = std::chrono::steady_clock::now();
            auto found = index.searchValue(q, 50);
            benchmark::DoNotOptimize(found.ok());
            valueTimes.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
        }
    }
    auto pct = [](std::vector<double> v, double p) {
        std::sort(v.begin(), v.end());
        return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
    };
    state.counters["name_queries"] = static_cast<double>(nameTimes.size());
    state.counters["name_p50_us"] = pct(nameTimes, 0.50);
    state.counters["name_p99_us"] = pct(nameTimes, 0.99);
    state.counters["name_max_us"] = pct(nameTimes, 1.0);
    state.counters["value_queries"] = static_cast<double>(valueTimes.size());
    state.counters["value_p50_us"] = pct(valueTimes, 0.50);
    state.counters["value_p99_us"] = pct(valueTimes, 0.99);
    state.counters["value_max_us"] = pct(valueTimes, 1.0);
}
BENCHMARK(PercentileReport)->Iterations(3)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();

// The prebuilt tables against independent oracles: every record against the committed TSV (read
// here with a parser of its own), every ranked search against a brute-force scan of all names,
// and damaged tables refused with a reason instead of being read out of bounds.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "constants/tables.hpp"
#include "tokenscope/constants.hpp"
#include "tokenscope/errors.hpp"

namespace tokenscope {
namespace {

const ConstantIndex& db() { return ConstantIndex::instance(); }

std::string lowered(std::string_view text) {
    std::string out(text);
    for (auto& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return out;
}

// Anchored, case-insensitive glob by dynamic programming (unlike the index's backtracking matcher).
bool globOracle(const std::string& pattern, const std::string& name) {
    std::vector<std::vector<char>> m(pattern.size() + 1, std::vector<char>(name.size() + 1, 0));
    m[0][0] = 1;
    for (std::size_t p = 1; p <= pattern.size(); ++p) {
        for (std::size_t n = 0; n <= name.size(); ++n) {
            const char c = pattern[p - 1];
            if (c == '*') m[p][n] = m[p - 1][n] || (n > 0 && m[p][n - 1]);
            else if (n > 0) m[p][n] = m[p - 1][n - 1] && (c == '?' || c == name[n - 1]);
        }
    }
    return m[pattern.size()][name.size()] != 0;
}

// What searchName must answer, found by reading every name.
SearchResult bruteForce(const ConstantIndex& index, const std::string& query, std::size_t limit) {
    const std::string key = lowered(query);
    const bool glob = key.find_first_of("*?") != std::string::npos;
    std::vector<std::size_t> exact, prefix, inner;
    for (std::size_t i = 0; i < index.size(); ++i) {
        const std::string name = lowered(index.at(i).name);
        if (glob) {
            if (globOracle(key, name)) inner.push_back(i);
        } else if (name == key) {
            exact.push_back(i);
        } else if (name.rfind(key, 0) == 0) {
            prefix.push_back(i);
        } else if (name.find(key) != std::string::npos) {
            inner.push_back(i);
        }
    }
    auto shortestFirst = [&](std::vector<std::size_t>& ids) {
        std::stable_sort(ids.begin(), ids.end(),
                         [&](std::size_t a, std::size_t b) { return index.at(a).name.size() < index.at(b).name.size(); });
    };
    shortestFirst(prefix);
    shortestFirst(inner);
    SearchResult result;
    for (const auto* tier : {&exact, &prefix, &inner}) {
        result.total += tier->size();
        for (auto id : *tier)
            if (result.items.size() < limit) result.items.push_back(&index.at(id));
    }
    return result;
}

void expectSame(const SearchResult& want, const Result<SearchResult>& got, const std::string& what) {
    ASSERT_TRUE(got.ok()) << what;
    EXPECT_EQ(got->total, want.total) << what;
    ASSERT_EQ(got->items.size(), want.items.size()) << what;
    for (std::size_t i = 0; i < want.items.size(); ++i)
        ASSERT_EQ(got->items[i]->name, want.items[i]->name) << what << " at " << i;
}

// The rows of a committed TSV file, each split at its tabs (an empty last field kept).
[[maybe_unused]] std::vector<std::vector<std::string>> tsvRows(const char* path) {
    std::ifstream tsv(path);
    std::vector<std::vector<std::string>> rows;
    for (std::string line; std::getline(tsv, line);) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> f;
        std::stringstream fields(line);
        for (std::string field; std::getline(fields, field, '\t');) f.push_back(field);
        if (line.back() == '\t') f.emplace_back();
        rows.push_back(std::move(f));
    }
    return rows;
}

TEST(ConstantTables, EveryRecordMatchesTheCommittedTsv) {
#ifndef TOKENSCOPE_CONSTANTS_TSV
    GTEST_SKIP() << "the TSV path is given to native builds only";
#else
    const auto constants = tsvRows(TOKENSCOPE_CONSTANTS_TSV);
    ASSERT_FALSE(constants.empty()) << TOKENSCOPE_CONSTANTS_TSV;
    std::size_t rows = 0;
    for (const auto& f : constants) {
        ASSERT_EQ(f.size(), 6u) << f[0];
        ++rows;
        const Constant* c = db().find(f[0]);
        ASSERT_NE(c, nullptr) << f[0];
        EXPECT_EQ(kindName(c->kind), f[1]) << f[0];
        EXPECT_EQ(c->ctype, f[2]) << f[0];
        EXPECT_EQ(c->header, f[4]) << f[0];
        EXPECT_EQ(c->family, f[5]) << f[0];
        if (c->kind == ConstantKind::String) EXPECT_EQ(c->text, f[3]) << f[0];
        else EXPECT_EQ(c->valueText(), f[3]) << f[0];
    }
    // The GUIDs and property keys (guids.tsv) are records too: the registry form, the property id.
    const auto guids = tsvRows(TOKENSCOPE_GUIDS_TSV);
    ASSERT_FALSE(guids.empty()) << TOKENSCOPE_GUIDS_TSV;
    std::size_t guidRows = 0;
    for (const auto& f : guids) {
        ASSERT_EQ(f.size(), 6u) << f[0];
        const Constant* c = db().find(f[0]);
        ASSERT_NE(c, nullptr) << f[0];
        if (!c->isGuid()) continue;  // a name the constants have keeps its constant
        ++guidRows;
        EXPECT_EQ(kindName(c->kind), f[4]) << f[0];
        EXPECT_EQ(c->header, f[3]) << f[0];
        EXPECT_EQ(c->family, f[5]) << f[0];
        EXPECT_EQ(c->valueText(), f[2].empty() ? f[1] : f[1] + " " + f[2]) << f[0];
        EXPECT_EQ(c->bits, f[2].empty() ? 0u : std::stoull(f[2])) << f[0];
        const auto parsed = parseGuid(f[1]);
        ASSERT_TRUE(parsed.ok()) << f[1];
        EXPECT_EQ(guidText(*parsed), f[1]);
    }
    EXPECT_EQ(guidRows, db().guidCount());
    EXPECT_EQ(rows + guidRows, db().size());
#endif
}

TEST(ConstantTables, TheEmbeddedTablesPassEveryCheck) {
    EXPECT_EQ(tables::validateTables(tables::embeddedTables()), "");
    auto opened = ConstantIndex::open(tables::embeddedTables());
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ((*opened)->size(), db().size());
}

TEST(ConstantTables, NameSearchRanksAsABruteForceScanDoes) {
    std::vector<std::string> queries = {"e", "q", "_", "7", "wm", "zz", "q9", "_a", "s_", "err", "ion", "_a_",
                                        "xyz", "logon", "tion_", "ERROR_", "LOGON32_LOGON_", "impersonate",
                                        "SeTcbPrivilege", "TokenUser", "LOGON32_*", "*_ACCESS", "*_a", "d3?11*",
                                        "s?_*", "*privilege*", "?", "*", "se_*_name", "*1", "e*", "token*user",
                                        // Globs down every path: heads with ? walked as a trie (and past
                                        // its budget), anchored ends, runs with ?, names of exactly the
                                        // pattern's length, repeated runs, and runs no name has.
                                        "D3?_N*", "??", "?_", "wm_?", "a?c", "????", "??????????*", "?*", "*?",
                                        "*?*", "ab*ba", "s*s", "*s*s*", "*_a_*", "*access", "*_a?cess", "st?tus_*",
                                        "e?r*r", "*_", "_*", "**", "*x*y*z*", "s?_*_?", "zzzz*", "*qqqq", "*qqqq*",
                                        "error_*_*_access", "?e?e?e?*"};
    for (char a : std::string("abcdefghijklmnopqrstuvwxyz0123456789_")) queries.emplace_back(std::string{'x', a});
    for (const auto& q : queries) {
        // The best 600 by the scan (past the 512 of a precomputed list); a smaller limit takes the first of them.
        const auto all = bruteForce(db(), q, 600);
        for (const std::size_t limit : {std::size_t{0}, std::size_t{1}, std::size_t{50}, std::size_t{64}, std::size_t{500}, std::size_t{512}, std::size_t{513}, std::size_t{600}}) {
            SearchResult want;
            want.total = all.total;
            want.items.assign(all.items.begin(), all.items.begin() + static_cast<std::ptrdiff_t>(std::min(limit, all.items.size())));
            expectSame(want, db().searchName(q, limit), q + " limit " + std::to_string(limit));
        }
    }
}

TEST(ConstantTables, ValueSearchHoldsEveryConstantWithTheValue) {
    for (const char* text : {"1326", "0", "1", "-1", "0x80070005", "0xFFFFFFFF", "0xC000006D", "18446744073709551615"}) {
        auto number = parseNumber(text);
        ASSERT_TRUE(number.ok()) << text;
        const auto found = db().searchValue(*number, 1000000);
        std::size_t want = 0;
        for (std::size_t i = 0; i < db().size(); ++i) {
            const Constant& c = db().at(i);
            if (!c.isNumeric()) continue;
            // 64-bit constants match the 64-bit value; narrower ones its 32-bit reading.
            const std::uint64_t bits = number->bits();
            const bool same64 = c.width == 64 && c.bits == bits;
            const bool same32 = c.width <= 32 && number->fits32() && (c.bits & 0xFFFFFFFFULL) == (bits & 0xFFFFFFFFULL);
            if (same64 || same32) ++want;
        }
        EXPECT_EQ(found.total, want) << text;
        EXPECT_EQ(found.items.size(), want) << text;
    }
}

// A copy of the embedded tables whose parts can be damaged one at a time.
struct TableCopy {
    std::vector<tables::Record> records;
    std::vector<std::uint32_t> nameOffsets, byValue, valueRanks, byRank, shortIds, suffixes;
    std::vector<tables::Message> messages;
    std::vector<tables::ShortKey> shortKeys;
    tables::Tables t;

    TableCopy() : t(tables::embeddedTables()) {
        const auto& e = tables::embeddedTables();
        records.assign(e.records, e.records + e.recordCount);
        nameOffsets.assign(e.nameOffsets, e.nameOffsets + e.recordCount + 1);
        byValue.assign(e.byValue, e.byValue + e.byValueCount);
        valueRanks.assign(e.valueRanks, e.valueRanks + e.byValueCount);
        byRank.assign(e.byRank, e.byRank + e.recordCount);
        shortIds.assign(e.shortIds, e.shortIds + e.shortIdCount);
        messages.assign(e.messages, e.messages + e.messageCount);
        shortKeys.assign(e.shortKeys, e.shortKeys + tables::kShortKeys);
        suffixes.assign(e.suffixes, e.suffixes + e.suffixCount);
        t.suffixes = suffixes.data();
        t.records = records.data();
        t.nameOffsets = nameOffsets.data();
        t.byValue = byValue.data();
        t.valueRanks = valueRanks.data();
        t.byRank = byRank.data();
        t.shortIds = shortIds.data();
        t.messages = messages.data();
        t.shortKeys = shortKeys.data();
    }
};

TEST(ConstantTables, DamagedTablesAreRefusedWithAReason) {
    ASSERT_TRUE(ConstantIndex::open(TableCopy().t).ok());
    auto refused = [](const TableCopy& copy, const std::string& what) {
        auto opened = ConstantIndex::open(copy.t);
        ASSERT_FALSE(opened.ok()) << what;
        EXPECT_EQ(opened.error().code, win32::kInvalidData) << what;
        EXPECT_NE(opened.error().native.find("damaged"), std::string::npos) << what;
    };
    { TableCopy c; c.records[5].nameLength = 200; refused(c, "a name running into the next"); }
    { TableCopy c; c.records[7].header = 60000; refused(c, "a header index out of range"); }
    { TableCopy c; c.records[9].kind = 42; refused(c, "an unknown kind"); }
    { TableCopy c; std::swap(c.records[10], c.records[11]); refused(c, "names out of order"); }
    { TableCopy c; c.byValue[3] = 0xFFFFFFF0U; refused(c, "a value index past the records"); }
    { TableCopy c; std::swap(c.byValue.front(), c.byValue.back()); refused(c, "a value index out of order"); }
    { TableCopy c; c.byRank[1] = c.byRank[0]; refused(c, "a rank order with a record twice"); }
    { TableCopy c; c.shortKeys[3].first = 0xFFFFFFF0U; refused(c, "a short list past its table"); }
    { TableCopy c; c.shortIds[0] = 0xFFFFFFF0U; refused(c, "a short list naming no record"); }
    { TableCopy c; c.messages[2].text.length = 0xFFFFFFF0U; refused(c, "a message past the pool"); }
    { TableCopy c; c.nameOffsets[100] += 1; refused(c, "a name offset that disagrees with its record"); }
    { TableCopy c; std::swap(c.suffixes[1000], c.suffixes[2000]); refused(c, "a suffix array out of order"); }
    { TableCopy c; c.suffixes[7] = c.suffixes[8]; refused(c, "a suffix twice"); }
    { TableCopy c; c.suffixes[9] = tables::suffixEntry(3, 200); refused(c, "a suffix past the end of its name"); }
    { TableCopy c; c.suffixes[9] = tables::suffixEntry(0xFFFFFF, 0); refused(c, "a suffix of no record"); }
    { TableCopy c; c.t.suffixCount -= 1; refused(c, "a suffix array without every position"); }
    { TableCopy c; c.t.recordCount = 0; refused(c, "no records"); }
    { TableCopy c; c.t.namesSize -= 1; refused(c, "a name pool that is too short"); }
}

}  // namespace
}  // namespace tokenscope

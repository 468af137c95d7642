// The database loader (ConstantIndex::open and the checks of constants/tables.hpp) and every
// query over what it accepts. Each input builds a small, consistent copy of the embedded tables
// (its first records) and then damages it as the input says: whatever the damage, open() refuses
// it with a reason or the index answers every query without reading out of bounds.
//
// Input: [record count] then edits of 8 bytes: [part] [index: 2 bytes] [value: 4 bytes] [byte
// offset], ended by a part of 0xFF; what follows is a name query.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "constants/tables.hpp"
#include "tokenscope/constants.hpp"
#include "tokenscope/errors.hpp"

namespace {

using namespace tokenscope;

struct SmallTables {
    std::vector<tables::Record> records;
    std::vector<char> names, lowerNames;
    std::vector<std::uint32_t> nameOffsets, byValue, valueRanks, byRank, shortIds, suffixes;
    std::vector<tables::Message> messages;
    std::vector<tables::ShortKey> shortKeys;
    tables::Tables t{};

    explicit SmallTables(std::size_t count) {
        const auto& e = tables::embeddedTables();
        count = std::min(count, e.recordCount);
        records.assign(e.records, e.records + count);
        const std::size_t poolSize = count == e.recordCount ? e.namesSize : e.records[count].name;
        names.assign(e.names, e.names + poolSize);
        nameOffsets.assign(e.nameOffsets, e.nameOffsets + count + 1);
        lowerNames.assign(e.lowerNames, e.lowerNames + poolSize);
        for (std::size_t i = 0; i < e.byValueCount; ++i) {
            if (e.byValue[i] < count) {
                byValue.push_back(e.byValue[i]);
                valueRanks.push_back(e.valueRanks[i]);
            }
        }
        for (std::size_t i = 0; i < e.recordCount; ++i)
            if (e.byRank[i] < count) byRank.push_back(e.byRank[i]);
        messages.assign(e.messages, e.messages + std::min<std::size_t>(e.messageCount, 64));
        // The short-key lists of the whole database name records this copy lacks: keep the ones
        // within it, and say the lists are whole.
        shortKeys.resize(tables::kShortKeys);
        for (std::size_t k = 0; k < tables::kShortKeys; ++k) {
            const auto& s = e.shortKeys[k];
            shortKeys[k].first = static_cast<std::uint32_t>(shortIds.size());
            for (std::size_t i = 0; i < s.count; ++i)
                if (e.shortIds[s.first + i] < count) shortIds.push_back(e.shortIds[s.first + i]);
            shortKeys[k].count = static_cast<std::uint32_t>(shortIds.size()) - shortKeys[k].first;
            shortKeys[k].innerTotal = shortKeys[k].count;
        }
        shortIds.push_back(0);  // never empty, so data() is a real pointer
        // The suffixes of the records kept are still in order.
        for (std::size_t i = 0; i < e.suffixCount; ++i)
            if (tables::suffixRecord(e.suffixes[i]) < count) suffixes.push_back(e.suffixes[i]);
        t = e;
        point();
    }

    void point() {
        t.records = records.data();
        t.recordCount = records.size();
        t.nameOffsets = nameOffsets.data();
        t.names = names.data();
        t.lowerNames = lowerNames.data();
        t.namesSize = names.size();
        t.byValue = byValue.data();
        t.valueRanks = valueRanks.data();
        t.byValueCount = byValue.size();
        t.byRank = byRank.data();
        t.messages = messages.data();
        t.messageCount = messages.size();
        t.shortKeys = shortKeys.data();
        t.shortIds = shortIds.data();
        t.shortIdCount = shortIds.size();
        t.suffixes = suffixes.data();
        t.suffixCount = suffixes.size();
    }
};

template <class T>
void poke(std::vector<T>& table, std::size_t index, std::size_t offset, std::uint32_t value) {
    if (table.empty()) return;
    auto* bytes = reinterpret_cast<unsigned char*>(&table[index % table.size()]);
    const std::size_t at = offset % sizeof(T);
    const std::size_t n = std::min<std::size_t>(sizeof value, sizeof(T) - at);
    std::memcpy(bytes + at, &value, n);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    // Building a copy reads the whole database: keep one per size, and edit a copy of it.
    static std::vector<SmallTables> built = [] {
        std::vector<SmallTables> all;
        for (std::size_t count = 1; count <= 48; ++count) all.emplace_back(count);
        return all;
    }();
    SmallTables small = built[data[0] % 48];
    std::size_t at = 1;
    for (; at + 8 <= size; at += 8) {
        const std::uint8_t part = data[at];
        if (part == 0xFF) {  // the end of the edits
            at += 1;
            break;
        }
        const std::size_t index = data[at + 1] | (static_cast<std::size_t>(data[at + 2]) << 8);
        std::uint32_t value = 0;
        std::memcpy(&value, data + at + 3, sizeof value);
        const std::size_t offset = data[at + 7];
        switch (part % 12) {
            case 0: poke(small.records, index, offset, value); break;
            case 1: small.names[index % small.names.size()] = static_cast<char>(value); break;
            case 2: small.lowerNames[index % small.lowerNames.size()] = static_cast<char>(value); break;
            case 3: poke(small.byValue, index, 0, value); break;
            case 4: poke(small.valueRanks, index, 0, value); break;
            case 5: poke(small.byRank, index, 0, value); break;
            case 6: poke(small.shortKeys, index, offset, value); break;
            case 7: poke(small.shortIds, index, 0, value); break;
            case 8: poke(small.messages, index, offset, value); break;
            case 9: poke(small.suffixes, index, 0, value); break;
            case 10: poke(small.nameOffsets, index, 0, value); break;
            default:  // a size: shrink a table or the name pool
                if (offset % 3 == 0 && !small.names.empty()) small.names.resize(small.names.size() - 1);
                else if (offset % 3 == 1 && !small.byValue.empty()) small.byValue.pop_back();
                else if (offset % 5 == 2 && !small.suffixes.empty()) small.suffixes.pop_back();
                else if (!small.records.empty()) {
                    small.records.pop_back();
                    small.nameOffsets.pop_back();
                }
                small.lowerNames.resize(small.names.size());
                break;
        }
    }
    small.point();
    if (small.names.empty() || small.records.empty()) return 0;  // no pointer to give

    auto opened = ConstantIndex::open(small.t);
    if (!opened) {
        if (opened.error().code != win32::kInvalidData || opened.error().native.empty()) __builtin_trap();
        return 0;
    }
    const auto& index = **opened;
    const std::string_view query(reinterpret_cast<const char*>(data + std::min(at, size)), size - std::min(at, size));
    for (const std::string_view q : {query, std::string_view("e"), std::string_view("_a"), std::string_view("err"),
                                     std::string_view("a*"), std::string_view("*_a"), std::string_view("?a?*"),
                                     std::string_view("a?c"), std::string_view("*r?r*")}) {
        auto found = index.searchName(q, 1 + (size % 70));
        if (found && found->items.size() > found->total) __builtin_trap();
    }
    for (std::size_t i = 0; i < index.size(); ++i) {
        const auto& c = index.at(i);
        (void)index.find(c.name);
        (void)c.valueText();
        (void)c.hexText();
        (void)index.searchValue(ParsedNumber{false, c.bits}, 5);
    }
    (void)index.stats();
    (void)index.decodeError("1326");
    (void)index.splitFlags(0xF01FF, "A");
    (void)index.message(5);
    return 0;
}

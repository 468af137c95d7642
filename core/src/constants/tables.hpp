// The constants database as prebuilt tables. resources/constants/build_tables.py turns the
// committed TSV files into these arrays at build time (sorted, ranked, deduplicated), so loading
// the database copies and parses nothing: ConstantIndex checks the tables once and reads them
// in place.
//
// Every offset and index below is checked by validateTables() before a query uses it, so a
// damaged table is refused with a reason instead of being read out of bounds.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace tokenscope::tables {

// A run of characters in Tables::strings.
struct Text {
    std::uint32_t offset;
    std::uint32_t length;
};

// One constant. The records are in case-insensitive name order (ties: case-sensitive order).
struct Record {
    std::uint64_t bits;         // integers: the value as two's complement 64 bits; strings: 0
    std::uint32_t name;         // offset of the name in names and in lowerNames (each name ends with '\n')
    std::uint32_t text;         // strings: offset of the contents (escaped as in the TSV) in strings
    std::uint16_t textLength;   // strings: length of the contents
    std::uint16_t header;       // index in headers
    std::uint16_t family;       // index in families ("" is one of them)
    std::uint8_t nameLength;    // 1..255
    std::uint8_t kind;          // ConstantKind
    std::uint8_t ctype;         // index in ctypes
    std::uint8_t width;         // integers: 8, 16, 32 or 64; strings: 0
    std::uint8_t isSigned;      // 0 or 1
    std::uint8_t reserved;
};

struct Message {
    std::uint32_t code;
    std::uint32_t nt;  // 1: an NTSTATUS message, 0: a Win32 / HRESULT one
    Text text;         // unescaped
};

// An NTSTATUS and the Win32 error Windows maps it to (RtlNtStatusToDosError).
struct StatusMapping {
    std::uint32_t status;
    std::uint32_t win32;
};

// A GUID constant's 16 bytes (as the compiler lays a GUID out) and its record.
struct GuidEntry {
    std::uint8_t bytes[16];
    std::uint32_t record;
};

// For the queries of one or two name characters (a-z, 0-9, _; 37 symbols): how many names
// contain the key but do not start with it, and the first of them in rank order.
struct ShortKey {
    std::uint32_t innerTotal;
    std::uint32_t first;   // offset in shortIds
    std::uint32_t count;   // min(innerTotal, kShortListLength)
};

inline constexpr unsigned kNameSymbols = 37;
inline constexpr std::size_t kShortKeys = kNameSymbols + kNameSymbols * kNameSymbols;
inline constexpr std::size_t kShortListLength = 512;  // the constants browser shows 500

struct Tables {
    const char* names;          // every name followed by '\n', in record order
    const char* lowerNames;     // the same, lowercased (a-z only)
    std::size_t namesSize;      // of both
    const char* strings;        // ctypes, headers, families, string contents, messages
    std::size_t stringsSize;
    const Record* records;
    std::size_t recordCount;
    // Where each record's name starts in the name pools, and namesSize at the end (recordCount + 1
    // entries): the searches read names through this small array, not the records.
    const std::uint32_t* nameOffsets;
    const Text* ctypes;
    std::size_t ctypeCount;
    const Text* headers;
    std::size_t headerCount;
    const Text* families;
    std::size_t familyCount;
    const std::uint32_t* byValue;   // numeric record ids by value key, then value rank
    const std::uint32_t* valueRanks;  // the rank of each: kind, core header, name length, name order
    std::size_t byValueCount;
    const std::uint32_t* byRank;    // every record id by name length, then name order
    const Message* messages;        // by (nt, code)
    std::size_t messageCount;
    const ShortKey* shortKeys;      // kShortKeys entries
    const std::uint32_t* shortIds;
    std::size_t shortIdCount;
    // The suffix array: every position of every name, as suffixEntry(record, position), sorted by
    // the lowercase text from that position to the end of the name, its '\n' included (so "x\n"
    // finds the names ending in x); equal suffixes in record order. namesSize - recordCount entries.
    const std::uint32_t* suffixes;
    std::size_t suffixCount;
    // RtlNtStatusToDosError of every NTSTATUS of the database (asked under Wine when the data was
    // made): by status, and the same pairs by Win32 error, then status.
    const StatusMapping* statusToWin32;
    const StatusMapping* win32ToStatus;
    std::size_t statusMappingCount;
    // Every GUID constant (GUIDs, property keys) by its bytes, then record: reverse lookup of a GUID.
    const GuidEntry* guids;
    std::size_t guidCount;
};

// The tables compiled into the library (generated source).
const Tables& embeddedTables() noexcept;

// A suffix array entry: the record and the position in its name (names have at most 255 characters).
constexpr std::uint32_t suffixEntry(std::uint32_t record, unsigned position) noexcept { return record << 8 | position; }
constexpr std::uint32_t suffixRecord(std::uint32_t entry) noexcept { return entry >> 8; }
constexpr unsigned suffixPosition(std::uint32_t entry) noexcept { return entry & 0xFFU; }

// The symbol of a name character (a-z or A-Z: 0..25, 0-9: 26..35, _: 36), or kNameSymbols.
constexpr unsigned nameSymbol(unsigned char c) noexcept {
    if (c >= 'a' && c <= 'z') return c - 'a';
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= '0' && c <= '9') return 26U + (c - '0');
    return c == '_' ? 36U : kNameSymbols;
}

// The ShortKey slot of a one- or two-character key of name characters.
constexpr std::size_t shortKeySlot(unsigned char a) noexcept { return nameSymbol(a); }
constexpr std::size_t shortKeySlot(unsigned char a, unsigned char b) noexcept {
    return kNameSymbols + nameSymbol(a) * kNameSymbols + nameSymbol(b);
}

// Checks every offset, length, index and order the queries rely on. Empty when the tables are
// usable, else what is wrong.
[[nodiscard]] std::string validateTables(const Tables& t);

}  // namespace tokenscope::tables

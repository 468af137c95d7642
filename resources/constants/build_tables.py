#!/usr/bin/env python3
"""Turns the committed constants.tsv and messages.tsv into the prebuilt tables that core reads in
place (core/src/constants/tables.hpp describes them): names in case-insensitive order, a value
index ranked for reverse lookups, names in rank order, the lists that answer one- and
two-character queries, and every suffix of every name in sorted order (a suffix array). Run by the build (core/CMakeLists.txt); the TSV files stay the reviewed
source.

    build_tables.py CONSTANTS_TSV MESSAGES_TSV NTSTATUS_WIN32_TSV GUIDS_TSV OUTPUT_CPP

The output holds integer arrays only (no long string literals), which every C++ compiler takes.
"""
import os
import sys

KINDS = {  # name in the TSV -> (ConstantKind value, rank in a reverse lookup: errors first)
    "integer": (0, 4), "enum": (1, 5), "win32_error": (2, 0), "hresult": (3, 1),
    "ntstatus": (4, 2), "window_message": (5, 3), "pointer": (6, 6), "string": (7, 7),
    "resource_id": (8, 6), "struct_id": (9, 6), "bugcheck": (10, 3),
    "guid": (11, 7), "property_key": (12, 7), "devprop_key": (13, 7),
}
TEXT_KINDS = {"string", "guid", "property_key", "devprop_key"}
CORE_HEADERS = {"winerror.h", "winnt.h", "winbase.h", "winuser.h", "ntstatus.h", "minwinbase.h", "lmerr.h"}
SYMBOLS = "abcdefghijklmnopqrstuvwxyz0123456789_"
SHORT_LIST = 512  # tables::kShortListLength (the constants browser shows 500)


def lower(name):
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in name)


def unescape(text):
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            n = text[i + 1]
            out.append({"t": "\t", "n": "\n", "r": "\r"}.get(n, n))
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def width_of(ctype):
    if ctype in ("long long", "unsigned long long", "pointer") or ctype.endswith("*"):
        return 64
    if ctype in ("short", "unsigned short"):
        return 16
    if ctype in ("char", "signed char", "unsigned char", "_Bool"):
        return 8
    return 32


def fail(message):
    sys.exit(f"build_tables.py: {message}")


def read_rows(path, fields):
    rows = []
    with open(path, encoding="utf-8", newline="\n") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t", fields - 1)
            if len(parts) != fields:
                fail(f"{path}:{number}: expected {fields} tab-separated fields")
            rows.append((number, parts))
    return rows


class Pool:
    """A character pool with deduplicated entries."""

    def __init__(self):
        self.data = bytearray()
        self.seen = {}

    def add(self, text):
        raw = text.encode("utf-8")
        if raw not in self.seen:
            self.seen[raw] = len(self.data)
            self.data += raw
        return self.seen[raw], len(raw)


def main():
    if len(sys.argv) != 6:
        fail("usage: build_tables.py CONSTANTS_TSV MESSAGES_TSV NTSTATUS_WIN32_TSV GUIDS_TSV OUTPUT_CPP")
    constants_tsv, messages_tsv, mapping_tsv, guids_tsv, output = sys.argv[1:]

    constants = []
    for number, (name, kind, ctype, value, header, family) in read_rows(constants_tsv, 6):
        if kind not in KINDS:
            fail(f"{constants_tsv}:{number}: unknown kind '{kind}'")
        if not name or len(name) > 255 or any(c not in SYMBOLS for c in lower(name)):
            fail(f"{constants_tsv}:{number}: a name has 1 to 255 letters, digits and _: '{name}'")
        record = {"name": name, "kind": kind, "ctype": ctype, "header": header, "family": family}
        if kind == "string":
            record.update(bits=0, width=0, signed=0, text=value)
        else:
            try:
                v = int(value, 10)
            except ValueError:
                fail(f"{constants_tsv}:{number}: '{value}' is not a decimal integer")
            if not -(1 << 63) <= v < (1 << 64):
                fail(f"{constants_tsv}:{number}: {value} does not fit 64 bits")
            signed = not ctype.startswith("unsigned") and ctype not in ("pointer", "_Bool") and not ctype.endswith("*")
            record.update(bits=v & ((1 << 64) - 1), width=width_of(ctype), signed=int(signed), text="")
        constants.append(record)
    # The GUIDs (guids.tsv) are constants too: the text is the registry form (a property key's
    # id after it), the bits the property id. A name the constants already have keeps its row.
    taken = {r["name"] for r in constants}
    guid_bytes = {}
    for number, (name, guid, pid, header, kind, family) in read_rows(guids_tsv, 6):
        if kind not in ("guid", "property_key", "devprop_key"):
            fail(f"{guids_tsv}:{number}: unknown kind '{kind}'")
        if name in taken:
            continue
        if len(guid) != 38 or guid[0] != "{" or guid[-1] != "}":
            fail(f"{guids_tsv}:{number}: '{guid}' is not a GUID in registry form")
        try:
            digits = bytes.fromhex(guid[1:-1].replace("-", ""))
        except ValueError:
            fail(f"{guids_tsv}:{number}: '{guid}' is not a GUID in registry form")
        raw = digits[3::-1] + digits[5:3:-1] + digits[7:5:-1] + digits[8:]
        key = int(pid) if pid else 0
        ctype = {"guid": "GUID", "property_key": "PROPERTYKEY", "devprop_key": "DEVPROPKEY"}[kind]
        if family == "__uuidof":  # a C++ type's GUID (__CRT_UUID_DECL), named by the type (guids.py)
            if kind != "guid":
                fail(f"{guids_tsv}:{number}: a __uuidof row is a GUID")
            ctype = "__uuidof"
        constants.append({"name": name, "kind": kind, "ctype": ctype, "header": header, "family": family,
                          "bits": key, "width": 0, "signed": 0, "text": guid + (f" {pid}" if pid else "")})
        guid_bytes[name] = raw
        taken.add(name)
    constants.sort(key=lambda r: (lower(r["name"]), r["name"]))
    n = len(constants)
    if n >= 1 << 24:
        fail("too many constants")

    strings = Pool()
    ctypes, headers, families = {}, {}, {}  # text -> index, in first-use order

    def intern(table, text):
        return table.setdefault(text, len(table))

    names = bytearray()
    records = []
    for r in constants:
        offset = len(names)
        names += r["name"].encode("ascii") + b"\n"
        text_offset, text_length = strings.add(r["text"]) if r["kind"] in TEXT_KINDS else (0, 0)
        if text_length > 0xFFFF:
            fail(f"the string constant {r['name']} is longer than 65535 bytes")
        records.append((r["bits"], offset, text_offset, text_length, intern(headers, r["header"]),
                        intern(families, r["family"]), len(r["name"]), KINDS[r["kind"]][0],
                        intern(ctypes, r["ctype"]), r["width"], r["signed"]))
    if len(headers) > 0xFFFF or len(families) > 0xFFFF or len(ctypes) > 0xFF:
        fail("too many headers, families or C types for the record fields")
    lower_names = bytes(lower(names.decode("ascii")), "ascii")

    # Reverse lookup: 32-bit constants under their 32-bit reading, so 0x80070005 meets -2147024891.
    def value_key(r):
        return r["bits"] & 0xFFFFFFFF if r["width"] <= 32 else r["bits"]

    def value_rank(i, r):
        return ((KINDS[r["kind"]][1] << 27) | ((0 if r["header"] in CORE_HEADERS else 1) << 26)
                | (min(len(r["name"]), 255) << 18) | min(i, (1 << 18) - 1))

    by_value = sorted((i for i, r in enumerate(constants) if r["kind"] not in TEXT_KINDS),
                      key=lambda i: (value_key(constants[i]), value_rank(i, constants[i])))
    value_ranks = [value_rank(i, constants[i]) for i in by_value]
    by_rank = sorted(range(n), key=lambda i: (len(constants[i]["name"]), i))

    # One- and two-character keys: the names that contain the key but do not start with it.
    keys = list(SYMBOLS) + [a + b for a in SYMBOLS for b in SYMBOLS]
    lowered = [lower(r["name"]) for r in constants]
    inner = {key: [] for key in keys}
    for i in by_rank:
        name = lowered[i]
        found = set(name[1:])
        found.update(name[k:k + 2] for k in range(1, len(name) - 1))
        for key in found:
            if not name.startswith(key):
                inner[key].append(i)
    short_keys, short_ids = [], []
    for key in keys:
        ids = inner[key][:SHORT_LIST]
        short_keys.append((len(inner[key]), len(short_ids), len(ids)))
        short_ids += ids

    # Every suffix of every name (from each of its positions to its '\n'), sorted: the names that
    # contain a key are one binary search away, and "\n" closes a key anchored at a name's end.
    # An entry is the record id << 8 | the position; equal suffixes are in record order.
    suffixes = sorted(((i << 8) | k for i, name in enumerate(lowered) for k in range(len(name))),
                      key=lambda e: (lowered[e >> 8][e & 0xFF:] + "\n", e))

    messages = []
    for number, (space, code, text) in read_rows(messages_tsv, 3):
        if space not in ("n", "w"):
            fail(f"{messages_tsv}:{number}: the first field is n or w")
        try:
            value = int(code, 16)
        except ValueError:
            fail(f"{messages_tsv}:{number}: '{code}' is not hexadecimal")
        if not 0 <= value <= 0xFFFFFFFF:
            fail(f"{messages_tsv}:{number}: {code} does not fit 32 bits")
        messages.append((value, 1 if space == "n" else 0, strings.add(unescape(text))))
    messages.sort(key=lambda m: (m[1], m[0]))

    guid_index = sorted((guid_bytes[r["name"]], i) for i, r in enumerate(constants) if r["name"] in guid_bytes)

    statuses = {r["bits"] & 0xFFFFFFFF for r in constants if r["kind"] == "ntstatus"}
    mappings = []
    for number, (status, win32) in read_rows(mapping_tsv, 2):
        try:
            pair = (int(status, 16), int(win32, 10))
        except ValueError:
            fail(f"{mapping_tsv}:{number}: expected a hexadecimal NTSTATUS and a decimal Win32 error")
        if not all(0 <= x < 1 << 32 for x in pair):
            fail(f"{mapping_tsv}:{number}: a value does not fit 32 bits")
        if pair[0] not in statuses:
            fail(f"{mapping_tsv}:{number}: {status} is no NTSTATUS of {constants_tsv}")
        mappings.append(pair)
    mappings.sort()
    if len({m[0] for m in mappings}) != len(mappings):
        fail(f"{mapping_tsv}: an NTSTATUS is mapped twice")

    def text_table(table):
        return lines(("{%d,%d}" % strings.add(text) for text in table), 8)

    write(output, names, lower_names, strings, records, text_table(ctypes), text_table(headers),
          text_table(families), by_value, value_ranks, by_rank, messages, short_keys, short_ids, suffixes, mappings, guid_index)


def words(data):
    """The bytes as little-endian 64-bit words (the arrays are read as chars in place)."""
    data = bytes(data) + b"\0" * (-len(data) % 8 + 8)
    values = [int.from_bytes(data[i:i + 8], "little") for i in range(0, len(data), 8)]
    return lines("0x%x" % v for v in values)


def lines(items, per_line=12):
    items = list(items)
    return ",\n".join(",".join(items[i:i + per_line]) for i in range(0, len(items), per_line))


def write(output, names, lower_names, strings, records, ctypes, headers, families, by_value, value_ranks, by_rank,
          messages, short_keys, short_ids, suffixes, mappings, guid_index):
    out = [
        "// Generated by resources/constants/build_tables.py from constants.tsv, messages.tsv, ntstatus_win32.tsv and guids.tsv; do not edit.",
        '#include <bit>',
        '#include "constants/tables.hpp"',
        "",
        "namespace tokenscope::tables {",
        "namespace {",
        "",
        "static_assert(std::endian::native == std::endian::little, \"the character pools are little-endian words\");",
        "",
        "template <class T, std::size_t N>",
        "constexpr std::size_t countOf(const T (&)[N]) noexcept { return N; }",
        "",
        f"constexpr std::size_t kNamesSize = {len(names)};",
        f"constexpr std::size_t kStringsSize = {len(strings.data)};",
        f"constexpr std::uint64_t kNames[] = {{\n{words(names)}}};",
        f"constexpr std::uint64_t kLowerNames[] = {{\n{words(lower_names)}}};",
        f"constexpr std::uint64_t kStrings[] = {{\n{words(strings.data)}}};",
        "constexpr Record kRecords[] = {\n" + lines(("{%du,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,0}" % r for r in records), 4) + "};",
        f"constexpr Text kCtypes[] = {{{ctypes}}};",
        f"constexpr Text kHeaders[] = {{\n{headers}}};",
        f"constexpr Text kFamilies[] = {{\n{families}}};",
        f"constexpr std::uint32_t kByValue[] = {{\n{lines(map(str, by_value), 16)}}};",
        f"constexpr std::uint32_t kValueRanks[] = {{\n{lines(map(str, value_ranks), 12)}}};",
        f"constexpr std::uint32_t kByRank[] = {{\n{lines(map(str, by_rank), 16)}}};",
        "constexpr Message kMessages[] = {\n" + lines(("{%du,%d,{%d,%d}}" % (c, nt, t[0], t[1]) for c, nt, t in messages), 6) + "};",
        "constexpr ShortKey kShortKeyTable[] = {\n" + lines(("{%d,%d,%d}" % k for k in short_keys), 8) + "};",
        f"constexpr std::uint32_t kShortIds[] = {{\n{lines(map(str, short_ids), 16)}}};",
        f"constexpr std::uint32_t kNameOffsets[] = {{\n{lines(map(str, [r[1] for r in records] + [len(names)]), 12)}}};",
        "static_assert(countOf(kNameOffsets) == countOf(kRecords) + 1);",
        f"constexpr std::uint32_t kSuffixes[] = {{\n{lines(map(str, suffixes), 16)}}};",
        "constexpr StatusMapping kStatusToWin32[] = {\n" + lines(("{%du,%du}" % m for m in mappings), 8) + "};",
        "constexpr StatusMapping kWin32ToStatus[] = {\n" +
        lines(("{%du,%du}" % m for m in sorted(mappings, key=lambda m: (m[1], m[0]))), 8) + "};",
        "static_assert(countOf(kStatusToWin32) == countOf(kWin32ToStatus));",
        # C++ has no empty arrays: an empty index is one unused entry and a count of 0.
        "constexpr GuidEntry kGuids[] = {\n" +
        (lines(("{{%s},%d}" % (",".join(str(b) for b in g), i) for g, i in guid_index), 3) if guid_index
         else "{{0},0}\n") + "};",
        f"constexpr std::size_t kGuidCount = {len(guid_index)};",
        "static_assert(countOf(kByValue) == countOf(kValueRanks));",
        "static_assert(sizeof(kShortKeyTable) / sizeof(kShortKeyTable[0]) == kShortKeys);",
        "static_assert(sizeof(kNames) >= kNamesSize && sizeof(kStrings) >= kStringsSize);",
        "",
        "// Reading the words as characters is what char access to any object allows.",
        "const Tables kTables{",
        "    reinterpret_cast<const char*>(kNames), reinterpret_cast<const char*>(kLowerNames), kNamesSize,",
        "    reinterpret_cast<const char*>(kStrings), kStringsSize,",
        "    kRecords, countOf(kRecords), kNameOffsets, kCtypes, countOf(kCtypes), kHeaders, countOf(kHeaders),",
        "    kFamilies, countOf(kFamilies), kByValue, kValueRanks, countOf(kByValue), kByRank,",
        "    kMessages, countOf(kMessages), kShortKeyTable, kShortIds, countOf(kShortIds),",
        "    kSuffixes, countOf(kSuffixes), kStatusToWin32, kWin32ToStatus, countOf(kStatusToWin32),",
        "    kGuids, kGuidCount};",
        "",
        "}  // namespace",
        "",
        "const Tables& embeddedTables() noexcept { return kTables; }",
        "",
        "}  // namespace tokenscope::tables",
        "",
    ]
    with open(output + ".tmp", "w", encoding="ascii", newline="\n") as f:
        f.write("\n".join(out))
    os.replace(output + ".tmp", output)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Counts the constants database (resources/constants/*.tsv) the way the README states it: names,
distinct values, error codes and GUIDs, in all and per header, beside the figures err.exe and
MagNumDB publish for themselves.

    count_database.py [CONSTANTS_DIR] [--markdown | --error-headers] [--check]

--check: exit 1 unless the counts the README and docs/cli.md state are the ones measured now.
--error-headers: every header error codes come from, with its count.
Neither err.exe nor MagNumDB runs here (err.exe is a Windows program, MagNumDB a web service): their
figures are the ones their authors publish, and what each has that the other has not is said as
far as the database itself can measure it.
"""
import collections
import os
import re
import sys

ERR_EXE_CODES, ERR_EXE_HEADERS = 25259, 173   # the Microsoft Error Lookup Tool, as published for it
MAGNUMDB_ITEMS = 360000                        # magnumdb.com, "about 360,000 items"
ERROR_KINDS = ("win32_error", "hresult", "ntstatus", "bugcheck")
GUID_KINDS = ("guid", "property_key", "devprop_key")


def rows(path, fields):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t")[:fields] for line in f if not line.startswith("#")]


def measure(folder):
    constants = rows(os.path.join(folder, "constants.tsv"), 6)
    guids = rows(os.path.join(folder, "guids.tsv"), 6)
    names = {r[0] for r in constants}
    guid_rows = [g for g in guids if g[0] not in names]
    by_kind = collections.Counter(r[1] for r in constants)
    by_kind.update(g[4] for g in guid_rows)
    per_header = collections.defaultdict(collections.Counter)
    for r in constants:
        per_header[r[4]]["names"] += 1
        if r[1] in ERROR_KINDS:
            per_header[r[4]]["errors"] += 1
    for g in guid_rows:
        per_header[g[3]]["names"] += 1
        per_header[g[3]]["guids"] += 1
    values = {(r[1] if r[1] in ERROR_KINDS else "n", r[3]) for r in constants if r[1] != "string"}
    error_codes = {(r[1], int(r[3]) & 0xFFFFFFFF) for r in constants if r[1] in ERROR_KINDS}
    error_headers = {r[4] for r in constants if r[1] in ERROR_KINDS}
    return {
        "names": len(constants) + len(guid_rows),
        "constants": len(constants),
        "distinct_values": len(values),
        "error_codes": len(error_codes),
        "error_headers": len(error_headers),
        "guids": sum(by_kind[k] for k in GUID_KINDS),
        "distinct_guids": len({g[1] for g in guid_rows}),
        "headers": len(per_header),
        "by_kind": dict(by_kind),
        "per_header": per_header,
    }


def markdown(m):
    out = [
        "| | TokenScope (measured) | err.exe (published) | MagNumDB (published) |",
        "|---|---|---|---|",
        f"| names | {m['names']:,} | {ERR_EXE_CODES:,} codes | about {MAGNUMDB_ITEMS:,} items |",
        f"| error codes (Win32, HRESULT, NTSTATUS, STOP) | {m['error_codes']:,} from {m['error_headers']} headers | "
        f"{ERR_EXE_CODES:,} from {ERR_EXE_HEADERS} headers | included in its items |",
        f"| GUIDs and property keys | {m['guids']:,} ({m['distinct_guids']:,} distinct) | none | included in its items |",
        f"| headers | {m['headers']} | {ERR_EXE_HEADERS} | (Windows SDK and more) |",
        "",
        "By kind: " + ", ".join(f"{k} {v:,}" for k, v in sorted(m["by_kind"].items(), key=lambda kv: -kv[1])) + ".",
        "",
        "| header | names | error codes | GUIDs |",
        "|---|---|---|---|",
    ]
    top = sorted(m["per_header"].items(), key=lambda kv: -kv[1]["names"])[:25]
    for header, c in top:
        out.append(f"| {header} | {c['names']:,} | {c['errors']:,} | {c['guids']:,} |")
    return "\n".join(out)


def error_headers_markdown(m):
    """Every header error codes come from, with its count: the list to hold beside err.exe's."""
    headers = sorted(((h, c["errors"]) for h, c in m["per_header"].items() if c["errors"]), key=lambda hc: (-hc[1], hc[0]))
    return "\n".join([f"{len(headers)} headers, {sum(c for _, c in headers):,} error names: "] +
                     [", ".join(f"`{h}` {c:,}" for h, c in headers) + "."])


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    folder = args[0] if args else os.path.join(os.path.dirname(__file__), "..", "..", "resources", "constants")
    m = measure(folder)
    if "--check" in sys.argv:
        wanted = [f"{m['names']:,} names", f"{m['error_codes']:,} error codes", f"{m['guids']:,} GUIDs"]
        status = 0
        for page in ("docs/cli.md", "README.md"):
            with open(os.path.join(folder, "..", "..", page), encoding="utf-8") as f:
                text = f.read()
            missing = [w for w in wanted if w not in text]
            if missing:
                print(f"{page} does not state the measured counts: {missing}")
                status = 1
            else:
                print(f"{page} states the measured counts: " + ", ".join(wanted))
        return status
    if "--error-headers" in sys.argv:
        print(error_headers_markdown(m))
    elif "--markdown" in sys.argv:
        print(markdown(m))
    else:
        for key in ("names", "constants", "distinct_values", "error_codes", "error_headers", "guids",
                    "distinct_guids", "headers"):
            print(f"{key}: {m[key]:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Writes the C++ sources of the constants check: every row of resources/constants/constants.tsv
becomes one entry that the mingw-w64 C++ compiler evaluates against the real SDK headers (integers
as `(unsigned long long)(NAME)`, pointers as their address, strings as the string itself), and that
the check program compares with the committed value at run time, under Wine.

Each translation unit includes what resources/constants/generate.py compiled the values with: its
prelude, with the rows the prelude defines evaluated right after it; then, for each header that
defines a row, the public header that brings it in (includes.tsv: accctrl.h comes through
aclapi.h), in the order generate.py includes them, and the rows those define. Rows are spread
over a fixed number of translation units so the build compiles them in parallel. Rows that
cannot be compiled are listed, with the reason, in unchecked.tsv next to this script; the program
counts and prints them, never skipping one silently, and a name listed there that is not in the
database fails the generation.

Usage: generate_checks.py CONSTANTS_TSV INCLUDES_TSV UNCHECKED_TSV OUT_DIR BATCHES
         writes OUT_DIR/constants_batch_<i>.cpp for i < BATCHES and OUT_DIR/constants_batches.cpp
       generate_checks.py --includes CONSTANTS_TSV INCLUDES_TSV
         rewrites includes.tsv with the preprocessor (-M): for each header that defines a row, the
         first of generate.py's headers that includes it (empty when the prelude does)
"""
import concurrent.futures
import os
import subprocess
import sys

# The same API level and headers as resources/constants/generate.py, whose values these are.
PRELUDE = """#define _WIN32_WINNT 0x0A00
#define WINVER 0x0A00
#define NTDDI_VERSION 0x0A00000C
#define _WIN32_IE 0x0A00
#define WIN32_NO_STATUS
#include <winsock2.h>
#include <windows.h>
#undef WIN32_NO_STATUS
#include <ntstatus.h>
"""


# What a header refuses to compile without: a macro, or headers generate.py happened to include
# before it in the same group (iphlpapi.h declares netioapi.h's MIB_* only after ws2ipdef.h).
DEFINES_BEFORE = {"security.h": "SECURITY_WIN32"}
PREREQUISITES = {"iphlpapi.h": ["ws2tcpip.h"], "lmat.h": ["lmcons.h"], "mapitags.h": ["mapidefs.h"],
                 "dsgetdc.h": ["ntsecapi.h"], "dvdmedia.h": ["strmif.h"], "dxva2api.h": ["d3d9.h"]}
# Headers that cannot share a translation unit with the rest (d3d8types.h and d3d9types.h define
# the same types differently; wininet.h's INTERNET_SCHEME_* enumerators are winhttp.h's macros):
# each gets a translation unit of its own.
ISOLATED = ["d3d8.h", "wininet.h"]


def unescape(text):
    """The inverse of generate.py's tsv_escape (backslash, tab, newline, carriage return)."""
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            out.append({"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}.get(text[i + 1], "\\" + text[i + 1]))
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def literal(units, wide):
    """A C++ string literal holding exactly these code units (hex escapes for all but plain ASCII)."""
    prefix = "L" if wide else ""
    parts = [prefix + '"']
    for u in units:
        if 32 <= u < 127 and chr(u) not in '"\\?':
            parts.append(chr(u))
        else:
            # A hex escape ends at the first non-hex digit only: close the literal after it.
            parts.append(f'\\x{u:0{4 if wide else 2}x}" {prefix}"')
    parts.append('"')
    return "".join(parts)


def code_units(value, wide):
    if wide:
        data = value.encode("utf-16-le", "surrogatepass")
        return [int.from_bytes(data[i:i + 2], "little") for i in range(0, len(data), 2)]
    return list(value.encode("latin-1"))


def write_includes(tsv, includes_tsv):
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, os.path.join(here, "..", "..", "..", "resources", "constants"))
    import generate  # the header list the database was generated from
    cxx = "x86_64-w64-mingw32-g++-posix"
    root = generate.real_root(generate.include_dir())  # where the compiler finds windows.h

    def headers_of(header):
        source = PRELUDE + (f"#include <{header}>\n" if header else "")
        out = subprocess.run([cxx, "-std=gnu++20", "-M", "-MG", "-x", "c++", "-"], input=source,
                             capture_output=True, text=True).stdout
        found = set()
        for token in out.replace("\\\n", " ").split():
            real = os.path.realpath(token)
            if real.startswith(root + "/"):
                found.add(real[len(root) + 1:])
        return header, found
    requested = [None] + generate.HEADERS
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        found = dict(pool.map(headers_of, requested))
    owner = {}
    for header in requested:
        for defining in sorted(found[header]):
            owner.setdefault(defining, header or "")
    owner.setdefault("secext.h", "security.h")  # needs SECURITY_WIN32, see DEFINES_BEFORE
    rank = {h: i + 1 for i, h in enumerate(generate.HEADERS)}
    with open(tsv, encoding="utf-8") as f:
        defining = sorted({line.split("\t")[4] for line in f if not line.startswith("#")})
    with open(includes_tsv, "w", encoding="utf-8") as f:
        f.write("# defining header\theader to include after the prelude (empty: the prelude brings it)\torder\n")
        for header in defining:
            include = owner.get(header, header)
            f.write(f"{header}\t{include}\t{rank.get(include, 0)}\n")


def main():
    if sys.argv[1] == "--includes":
        write_includes(sys.argv[2], sys.argv[3])
        return
    tsv, includes_tsv, unchecked_tsv, out_dir = sys.argv[1:5]
    batches = int(sys.argv[5])
    includes = {}  # defining header -> (header to include or "", order)
    with open(includes_tsv, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            defining, include, order = line.rstrip("\n").split("\t")
            includes[defining] = (include, int(order))
    with open(tsv, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if not line.startswith("#")]
    unchecked = {}
    with open(unchecked_tsv, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            name, reason = line.rstrip("\n").split("\t", 1)
            unchecked[name] = reason
    names = {r[0] for r in rows}
    stale = sorted(set(unchecked) - names)
    if stale:
        sys.exit(f"generate_checks.py: unchecked.tsv lists names the database does not have: {stale[:20]}")

    # Grouped by the header to include; what the prelude brings ("") is split into slices.
    by_header = {}
    prelude_rows = []
    for row in rows:
        if row[0] in unchecked:
            continue
        include = includes.get(row[4], (row[4], 10 ** 6))[0]
        if include:
            by_header.setdefault(include, []).append(row)
        else:
            prelude_rows.append(row)
    slices = batches
    for k in range(slices):
        by_header[f"prelude-{k}"] = prelude_rows[k::slices]
    order = {include: rank for include, rank in includes.values()}
    # Largest headers first, each to the batch with the fewest rows: balanced and deterministic.
    loads = [0] * batches
    assigned = [[] for _ in range(batches)]
    isolated = [h for h in ISOLATED if h in by_header]
    for k, header in enumerate(isolated):
        assigned[k].append(header)
        loads[k] += len(by_header[header])
    open_batches = [k for k in range(batches) if k >= len(isolated)]
    for header in sorted(by_header, key=lambda h: (-len(by_header[h]), h)):
        if header in isolated:
            continue
        candidates = range(batches) if header.startswith("prelude-") else open_batches
        i = min(candidates, key=lambda k: (loads[k], k))
        assigned[i].append(header)
        loads[i] += len(by_header[header])

    os.makedirs(out_dir, exist_ok=True)
    for i in range(batches):
        ordered = sorted(assigned[i], key=lambda h: (order.get(h, 10 ** 6), h))
        # The check types come first: nothing the SDK headers define can rename their members.
        text = ["// Generated by generate_checks.py from constants.tsv; do not edit.",
                '#include "constants_check.hpp"', PRELUDE]
        # What the prelude defines is evaluated right after it, as generate.py did: a later header
        # may define the same name again, differently (d2derr.h's D2DERR_* are unsigned, winerror.h's
        # HRESULTs).
        prelude = [h for h in ordered if h.startswith("prelude-")]
        headers = [h for h in ordered if not h.startswith("prelude-")]
        text += table("prelude", [row for h in prelude for row in by_header[h]])
        for h in headers:
            if h in DEFINES_BEFORE:
                text.append(f"#define {DEFINES_BEFORE[h]}")
            text += [f"#include <{p}>" for p in PREREQUISITES.get(h, [])]
            text.append(f"#include <{h}>")
        text += table("headers", [row for h in headers for row in by_header[h]])
        text.append(f"void tokenscope_constants_batch_{i}(std::vector<tokenscope_check::Batch>& batches) {{")
        text.append(f'    batches.push_back(prelude_batch("<windows.h> <ntstatus.h>"));')
        text.append(f'    batches.push_back(headers_batch("{" ".join("<" + h + ">" for h in headers)}"));')
        text.append("}")
        write_if_changed(os.path.join(out_dir, f"constants_batch_{i}.cpp"), "\n".join(text) + "\n")

    reasons = {}
    for name, reason in unchecked.items():
        reasons[reason] = reasons.get(reason, 0) + 1
    text = ["// Generated by generate_checks.py from constants.tsv; do not edit.",
            '#include "constants_check.hpp"']
    text += [f"void tokenscope_constants_batch_{i}(std::vector<tokenscope_check::Batch>& batches);"
             for i in range(batches)]
    text.append("const std::vector<tokenscope_check::Batch>& tokenscope_check::batches() {")
    text.append("    static const std::vector<Batch> all = [] {")
    text.append("        std::vector<Batch> parts;")
    text += [f"        tokenscope_constants_batch_{i}(parts);" for i in range(batches)]
    text.append("        return parts;")
    text.append("    }();")
    text.append("    return all;\n}")
    text.append(f"const std::size_t tokenscope_check::kDatabaseRows = {len(rows)};")
    text.append("const std::vector<tokenscope_check::Unchecked>& tokenscope_check::unchecked() {")
    text.append("    static const std::vector<Unchecked> all{")
    for name in sorted(unchecked):
        reason = unchecked[name].replace("\\", "\\\\").replace('"', '\\"')
        text.append(f'        {{"{name}", "{reason}"}},')
    text.append("    };\n    return all;\n}")
    write_if_changed(os.path.join(out_dir, "constants_batches.cpp"), "\n".join(text) + "\n")
    print(f"generate_checks.py: {len(rows) - len(unchecked)} of {len(rows)} rows in {batches} translation units, "
          f"{len(unchecked)} listed as unchecked")


def table(part, rows):
    """The entries of `rows` as static arrays, and <part>_batch(headers) returning them."""
    ints, narrow, wide = [], [], []
    for name, kind, ctype, value, _header, _family in rows:
        if kind == "string":
            is_wide = ctype.startswith("wchar_t")
            units = code_units(unescape(value), is_wide)
            entry = f'    {{"{name}", {literal(units, is_wide)}, {len(units)}, {name}}},'
            (wide if is_wide else narrow).append(entry)
        elif kind in ("pointer", "resource_id", "struct_id"):
            bits = int(value) & ((1 << 64) - 1)
            ints.append(f'    {{"{name}", {bits}ULL, tokenscope_check::address({name})}},')
        else:
            bits = int(value) & ((1 << 64) - 1)
            ints.append(f'    {{"{name}", {bits}ULL, (unsigned long long)({name})}},')
    text = ["namespace {"]
    spans = []
    for kind, entries, type_name in (("integers", ints, "IntegerCheck"), ("narrow", narrow, "NarrowStringCheck"),
                                     ("wide", wide, "WideStringCheck")):
        if entries:
            text.append(f"const tokenscope_check::{type_name} {part}_{kind}[] = {{")
            text += entries
            text.append("};")
            spans.append(f"{{{part}_{kind}, {len(entries)}}}")
        else:
            spans.append("{nullptr, 0}")
    text.append(f"tokenscope_check::Batch {part}_batch(const char* headers) {{")
    text.append(f"    return {{headers, {', '.join(spans)}}};")
    text.append("}")
    text.append("}  // namespace")
    return text


def write_if_changed(path, text):
    try:
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return
    except FileNotFoundError:
        pass
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()

"""The GUIDs of the mingw-w64 headers, with the compiler as the oracle for their bytes.

Every header is preprocessed (in groups, next to <windows.h>) with INITGUID, so DEFINE_GUID,
DEFINE_OLEGUID, DEFINE_KNOWN_FOLDER, DEFINE_PROPERTYKEY and DEFINE_DEVPROPKEY expand to
definitions instead of declarations: `const GUID|PROPERTYKEY|DEVPROPKEY NAME = {...}`, each with
the header that wrote it (line markers). Each name's initializer, as the preprocessor expanded it,
is then compiled into an object of its own (a header such as knownfolders.h defines its GUIDs
again when included twice, which C refuses in one translation unit), and the bytes are read back
from GCC's assembly output: the compiler, not a parser of ours, gives every byte. A group that
does not preprocess is split until each header does or is left out alone.

A second pass preprocesses the same groups as C++ (x86_64-w64-mingw32-g++), where two more
kinds of GUID are visible: DEFINE_GUIDs inside `#ifdef __cplusplus`, and the GUIDs a header gives
only to `__uuidof` through `__CRT_UUID_DECL(Type, ...)` (mingw-w64's spelling of MIDL's
`__declspec(uuid(...))`). A DEFINE_GUID only C++ sees is a row like any other. A `__uuidof` GUID
is a row when no `IID_Type`, `CLSID_Type`, `DIID_Type` or GUID named `Type` (codecapi.h's) of the same
value holds it already (dcomp.h's interfaces have no C name at all): named by the type, family
`__uuidof` (the tables give such a row
the type `__uuidof`, and the browser the C++ spelling `__uuidof(Type)`). A type of a C++ namespace
(`ABI::Windows::...`) is no name of ours; its GUID is in under widl's C name (`IID___x_ABI_...`).

Used by generate.py (--guids-only, or with the constants); writes guids.tsv:
name, GUID in registry form, property id (property keys; else empty), header, kind, family.
"""
import os
import re
import subprocess

GUID_PRELUDE = """\
#define INITGUID
#define _WIN32_WINNT 0x0A00
#define WINVER 0x0A00
#define NTDDI_VERSION 0x0A00000C
#define _WIN32_IE 0x0A00
#define WIN32_NO_STATUS
#include <winsock2.h>
#include <windows.h>
#undef WIN32_NO_STATUS
#include <ntstatus.h>
#include <initguid.h>
"""

KINDS = {"GUID": "guid", "IID": "guid", "CLSID": "guid", "PROPERTYKEY": "property_key", "DEVPROPKEY": "devprop_key"}
DEFINITION_RE = re.compile(
    r"\bconst\s+(GUID|IID|CLSID|PROPERTYKEY|DEVPROPKEY)\s+(?:__attribute__\s*\(\(\s*selectany\s*\)\)\s*)?"
    r"([A-Za-z_]\w*)\s*=\s*\{")
LINEMARK_RE = re.compile(r'^# (\d+) "([^"]*)"')
# _mingw.h's __CRT_UUID_DECL, as the C++ preprocessor expands it (the constexpr form, C++11 on).
UUID_DECL_RE = re.compile(r"template\s*<\s*>\s*struct\s+__mingw_uuidof_s\s*<\s*([A-Za-z_][\w:]*)\s*>\s*\{\s*"
                          r"static\s+constexpr\s+IID\s+__uuid_inst\s*=\s*(\{[^;]*\})\s*;")
UUIDOF_FAMILY = "__uuidof"


def guid_text(data):
    d1 = int.from_bytes(data[0:4], "little")
    d2 = int.from_bytes(data[4:6], "little")
    d3 = int.from_bytes(data[6:8], "little")
    tail = data[8:16].hex().upper()
    return "{%08X-%04X-%04X-%s-%s}" % (d1, d2, d3, tail[:4], tail[4:])


def definitions(text, real_root, relheader):
    """(name, type, initializer, header) of every GUID object the preprocessed text defines; the
    type is UUIDOF_FAMILY for a C++ type's __CRT_UUID_DECL (the name is the type's)."""
    found = []
    current = None
    for line in text.split("\n"):
        if line.startswith("# "):
            m = LINEMARK_RE.match(line)
            if m:
                current = relheader(m.group(2), real_root)
            continue
        if "const" not in line or current is None:
            continue
        if "__mingw_uuidof_s" in line:
            for m in UUID_DECL_RE.finditer(line):
                found.append((m.group(1), UUIDOF_FAMILY, m.group(2), current))
        for m in DEFINITION_RE.finditer(line):
            start = m.end() - 1  # the opening brace
            depth, end = 0, None
            for i in range(start, len(line)):
                depth += {"{": 1, "}": -1}.get(line[i], 0)
                if depth == 0:
                    end = i + 1
                    break
            if end is not None:
                found.append((m.group(2), m.group(1), line[start:end], current))
    return found


ESCAPES = {"n": 10, "t": 9, "r": 13, "\\": 92, '"': 34, "'": 39, "a": 7, "b": 8, "f": 12, "v": 11}


def ascii_bytes(text):
    """The bytes of a GNU as string literal (octal and C escapes)."""
    out = bytearray()
    i = 0
    while i < len(text):
        if text[i] == "\\":
            j = i + 1
            while j < len(text) and j < i + 4 and text[j] in "01234567":
                j += 1
            if j > i + 1:
                out.append(int(text[i + 1:j], 8) & 0xFF)
                i = j
                continue
            out.append(ESCAPES.get(text[i + 1], ord(text[i + 1])))
            i += 2
            continue
        out += text[i].encode("latin-1")
        i += 1
    return bytes(out)


def data_labels(asm, wanted):
    """{label: bytes} for the labels in `wanted`, from GCC's assembly."""
    sizes = {".byte": 1, ".word": 2, ".value": 2, ".short": 2, ".2byte": 2, ".long": 4, ".4byte": 4,
             ".quad": 8, ".8byte": 8}
    out = {}
    label = None
    for line in asm.split("\n"):
        s = line.strip()
        if not s:
            continue
        if s.endswith(":"):
            label = s[:-1] if s[:-1] in wanted else None
            if label:
                out[label] = b""
            continue
        if label is None:
            continue
        parts = s.split(None, 1)
        op, arg = parts[0], parts[1] if len(parts) > 1 else ""
        if op in (".ascii", ".string", ".asciz"):
            for literal in re.findall(r'"((?:[^"\\]|\\.)*)"', arg):
                out[label] += ascii_bytes(literal) + (b"\0" if op != ".ascii" else b"")
        elif op in sizes:
            for item in arg.split(","):
                try:
                    value = int(item.strip(), 0)
                except ValueError:
                    label = None
                    break
                out[label] += (value % (1 << (8 * sizes[op]))).to_bytes(sizes[op], "little")
        elif op in (".zero", ".space"):
            out[label] += b"\0" * int(arg.split(",")[0])
        else:
            label = None
    return out


PROBE_PRELUDE = """\
#define _WIN32_WINNT 0x0A00
#include <windows.h>
#include <devpropdef.h>
"""


def cxx_compiler(cc):
    """The C++ driver beside a C one (x86_64-w64-mingw32-gcc -> x86_64-w64-mingw32-g++)."""
    return re.sub(r"gcc(-[\w.]+)?$", r"g++\1", cc)


def uuidof_name(type_name):
    return f"__uuidof({type_name})"


def guid_group(idx, headers, cc, workdir, real_root, relheader, cxx=False):
    """(name, guid, pid, header, kind) rows of one group of headers; splits a group that fails.
    With cxx, the headers are preprocessed as C++ and a __CRT_UUID_DECL's row is named
    `__uuidof(Type)` (merge_cxx decides which of them are rows of guids.tsv)."""
    d = os.path.join(workdir, f"guid{'x' if cxx else ''}{idx}")
    os.makedirs(d, exist_ok=True)
    src = GUID_PRELUDE + "".join(f"#include <{h}>\n" for h in headers)
    source = "g.cpp" if cxx else "g.c"
    with open(os.path.join(d, source), "w") as f:
        f.write(src)
    command = [cxx_compiler(cc), "-E", "-w", "-std=gnu++17", source] if cxx else [cc, "-E", "-w", "-std=gnu11", source]
    pre = subprocess.run(command, cwd=d, capture_output=True, text=True, errors="replace")
    if pre.returncode != 0:
        if len(headers) <= 1:
            return []  # this header does not preprocess next to <windows.h> (as C, or as C++)
        mid = len(headers) // 2
        return (guid_group(f"{idx}a", headers[:mid], cc, workdir, real_root, relheader, cxx) +
                guid_group(f"{idx}b", headers[mid:], cc, workdir, real_root, relheader, cxx))
    unique = {}
    for name, ctype, init, header in definitions(pre.stdout, real_root, relheader):
        if ctype == UUIDOF_FAMILY:
            name, ctype = uuidof_name(name), "GUID"
        unique.setdefault(name, (ctype, init, header))
    names = sorted(unique)
    # The initializers are numbers once preprocessed, so C compiles those of C++ headers too.
    probe = PROBE_PRELUDE + "".join(
        f"const {'GUID' if KINDS[unique[n][0]] == 'guid' else unique[n][0]} TSG_{i} = {unique[n][1]};\n"
        for i, n in enumerate(names))
    with open(os.path.join(d, "probe.c"), "w") as f:
        f.write(probe)
    res = subprocess.run([cc, "-S", "-w", "-O0", "-std=gnu11", "probe.c", "-o", "probe.s"], cwd=d,
                         capture_output=True, text=True, errors="replace")
    if res.returncode != 0:
        raise RuntimeError(f"guids.py: the GUID probe of {headers} does not compile:\n{res.stderr[:2000]}")
    with open(os.path.join(d, "probe.s")) as f:
        data = data_labels(f.read(), {f"TSG_{i}" for i in range(len(names))})
    rows = []
    for i, name in enumerate(names):
        ctype, _, header = unique[name]
        value = data.get(f"TSG_{i}")
        kind = KINDS[ctype]
        if value is None or len(value) < (16 if kind == "guid" else 20):
            raise RuntimeError(f"guids.py: no data for {name} in the probe's assembly")
        pid = str(int.from_bytes(value[16:20], "little")) if kind != "guid" else ""
        rows.append((name, guid_text(value), pid, header, kind))
    return rows


UUIDOF_RE = re.compile(r"^__uuidof\((.*)\)$")


def merge_cxx(c_rows, cxx_rows):
    """The rows the C++ pass adds to the C pass's: DEFINE_GUIDs C does not see, and a type's
    __uuidof GUID that no IID_Type/CLSID_Type/DIID_Type/Type of the same value holds (named by the
    type; a type of a namespace is left out, its GUID has widl's C name). Also returns counts."""
    value = {}
    for row in c_rows:
        value.setdefault(row[0], row[1])
    added, stats = [], {"types": 0, "held": 0, "namespaced": 0, "namespaced_without_c_name": 0,
                         "name_taken": 0, "added_types": 0, "added_defines": 0}
    seen_types = set()
    for row in cxx_rows:
        m = UUIDOF_RE.match(row[0])
        if not m:
            if row[0] not in value:
                value[row[0]] = row[1]
                added.append(row)
                stats["added_defines"] += 1
            continue
        type_name = m.group(1)
        if type_name in seen_types:
            continue
        seen_types.add(type_name)
        stats["types"] += 1
        if any(value.get(prefix + type_name) == row[1] for prefix in ("IID_", "CLSID_", "DIID_", "")):
            stats["held"] += 1  # "": codecapi.h's CODECAPI_* are a DEFINE_GUID and a type of one name
        elif "::" in type_name:
            # widl's C name of ABI::Windows::Foundation::IStringable: IID___x_ABI_CWindows_CFoundation_CIStringable
            widl = "IID___x_" + type_name.replace("::", "_C")
            stats["namespaced" if value.get(widl) == row[1] else "namespaced_without_c_name"] += 1
        elif type_name in value:
            stats["name_taken"] += 1  # another GUID has the type's name: the name keeps it
        else:
            value[type_name] = row[1]
            added.append((type_name,) + tuple(row[1:]) + (UUIDOF_FAMILY,))
            stats["added_types"] += 1
    return added, stats


def write_guids(out, rows, families):
    """guids.tsv; `families(names)` gives each name's family (generate.py's rule); a row of six
    fields brings its own (a __uuidof GUID's)."""
    seen = {}
    for row in rows:
        seen.setdefault(row[0], row)  # the first header that defines a name, as with the constants
    family = families([n for n in seen if len(seen[n]) == 5])
    family.update({n: r[5] for n, r in seen.items() if len(r) == 6})
    seen = {n: r[:5] for n, r in seen.items()}
    with open(os.path.join(out, "guids.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# name\tguid\tproperty id\theader\tkind\tfamily  (generated by generate.py; do not edit)\n")
        for name in sorted(seen, key=lambda n: (n.lower(), n)):
            f.write("\t".join(seen[name] + (family[name],)) + "\n")
    return len(seen)

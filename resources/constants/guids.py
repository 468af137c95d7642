"""The GUIDs of the mingw-w64 headers, with the compiler as the oracle for their bytes.

Every header is preprocessed (in groups, next to <windows.h>) with INITGUID, so DEFINE_GUID,
DEFINE_OLEGUID, DEFINE_KNOWN_FOLDER, DEFINE_PROPERTYKEY and DEFINE_DEVPROPKEY expand to
definitions instead of declarations: `const GUID|PROPERTYKEY|DEVPROPKEY NAME = {...}`, each with
the header that wrote it (line markers). Each name's initializer, as the preprocessor expanded it,
is then compiled into an object of its own (a header such as knownfolders.h defines its GUIDs
again when included twice, which C refuses in one translation unit), and the bytes are read back
from GCC's assembly output: the compiler, not a parser of ours, gives every byte. A group that
does not preprocess is split until each header does or is left out alone.

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


def guid_text(data):
    d1 = int.from_bytes(data[0:4], "little")
    d2 = int.from_bytes(data[4:6], "little")
    d3 = int.from_bytes(data[6:8], "little")
    tail = data[8:16].hex().upper()
    return "{%08X-%04X-%04X-%s-%s}" % (d1, d2, d3, tail[:4], tail[4:])


def definitions(text, real_root, relheader):
    """(name, type, initializer, header) of every GUID object the preprocessed text defines."""
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


def guid_group(idx, headers, cc, workdir, real_root, relheader):
    """(name, guid, pid, header, kind) rows of one group of headers; splits a group that fails."""
    d = os.path.join(workdir, f"guid{idx}")
    os.makedirs(d, exist_ok=True)
    src = GUID_PRELUDE + "".join(f"#include <{h}>\n" for h in headers)
    with open(os.path.join(d, "g.c"), "w") as f:
        f.write(src)
    pre = subprocess.run([cc, "-E", "-w", "-std=gnu11", "g.c"], cwd=d, capture_output=True, text=True, errors="replace")
    if pre.returncode != 0:
        if len(headers) <= 1:
            return []  # this header does not preprocess as C next to <windows.h>
        mid = len(headers) // 2
        return (guid_group(f"{idx}a", headers[:mid], cc, workdir, real_root, relheader) +
                guid_group(f"{idx}b", headers[mid:], cc, workdir, real_root, relheader))
    unique = {}
    for name, ctype, init, header in definitions(pre.stdout, real_root, relheader):
        unique.setdefault(name, (ctype, init, header))
    names = sorted(unique)
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


def write_guids(out, rows, families):
    """guids.tsv; `families(names)` gives each name's family (generate.py's rule)."""
    seen = {}
    for row in rows:
        seen.setdefault(row[0], row)  # the first header that defines a name, as with the constants
    family = families(list(seen))
    with open(os.path.join(out, "guids.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# name\tguid\tproperty id\theader\tkind\tfamily  (generated by generate.py; do not edit)\n")
        for name in sorted(seen, key=lambda n: (n.lower(), n)):
            f.write("\t".join(seen[name] + (family[name],)) + "\n")
    return len(seen)

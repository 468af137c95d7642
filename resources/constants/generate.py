#!/usr/bin/env python3
"""Regenerates the TokenScope constants database from the Windows SDK headers of mingw-w64.

The compiler is the oracle for every value: candidate names are discovered from the
preprocessor (`-E -dD`: every object-like macro, with the header that defines it) and from the
enum bodies of the preprocessed text; each candidate is then compiled into a probe object
(`-S`) that classifies it with C11 `_Generic` and stores its value or string contents as static
data, which is read back from the assembly. Candidates the compiler rejects are dropped.
Messages of Win32 errors, HRESULTs and NTSTATUS values come from FormatMessageW, run under Wine,
and the Win32 error of every NTSTATUS from RtlNtStatusToDosError, run there too.

Usage: generate.py [--out DIR] [--jobs N] [--prelude-only] [--no-messages] [--all-headers]
  --out DIR        where constants.tsv and messages.tsv go (default: this folder)
  --prelude-only   only <windows.h>, <winsock2.h>, <ntstatus.h>: a quick deterministic part
                   that tests compare with the committed data (families are then not comparable)
Needs: x86_64-w64-mingw32-gcc (Debian mingw-w64), and wine64 for the messages.
"""
import argparse
import concurrent.futures
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import guids  # noqa: E402  (next to this file)

CC = os.environ.get("MINGW_CC", "x86_64-w64-mingw32-gcc")
HERE = os.path.dirname(os.path.abspath(__file__))

PRELUDE = """\
#define _WIN32_WINNT 0x0A00
#define WINVER 0x0A00
#define NTDDI_VERSION 0x0A00000C
#define _WIN32_IE 0x0A00
#define WIN32_NO_STATUS
#include <winsock2.h>
#include <windows.h>
#undef WIN32_NO_STATUS
#include <ntstatus.h>
"""

# The headers probed after the prelude: the SDK's public API surface that compiles as C next to
# <windows.h> (the DDK, C++-only and toolchain-internal headers are left out). --all-headers
# probes every header of the include folder instead (slow: tens of minutes).
HEADERS = [
    "ws2tcpip.h", "commctrl.h", "richedit.h", "shlobj.h", "shellapi.h", "shlwapi.h", "lm.h",
    "lmerr.h", "ntsecapi.h", "sddl.h", "aclapi.h", "userenv.h", "wtsapi32.h", "wincrypt.h",
    "winhttp.h", "iphlpapi.h", "setupapi.h", "cfgmgr32.h", "dbghelp.h", "psapi.h", "tlhelp32.h",
    "mmsystem.h", "mmreg.h", "d3d9.h", "d3d11.h", "dxgi.h", "dwrite.h", "d2d1.h", "uxtheme.h",
    "vssym32.h", "dwmapi.h", "winternl.h", "evntrace.h", "evntcons.h", "wbemcli.h", "msi.h",
    "msiquery.h", "oledb.h", "mfapi.h", "mferror.h", "ddraw.h", "dsound.h", "dinput.h",
    "wincodec.h", "winsvc.h", "winioctl.h", "ntddscsi.h", "http.h", "windns.h", "ras.h",
    "raserror.h", "wlanapi.h", "netfw.h", "taskschd.h", "winldap.h", "dsgetdc.h", "ntdsapi.h",
    "security.h", "schannel.h", "wintrust.h", "softpub.h", "mscat.h", "imagehlp.h", "winevt.h",
    "powrprof.h", "devguid.h", "hidsdi.h", "winusb.h", "bluetoothapis.h", "vfw.h", "commdlg.h",
    "prsht.h", "objbase.h", "oleauto.h", "olectl.h", "exdisp.h", "mshtml.h", "urlmon.h",
    "wininet.h", "icmpapi.h", "winspool.h", "imm.h", "usp10.h", "d3d10.h", "d3d10_1.h", "d3d12.h",
    "dxgi1_6.h", "d3dcompiler.h", "xaudio2.h", "mfidl.h", "strmif.h", "dshow.h", "audioclient.h",
    "mmdeviceapi.h", "ks.h", "ksmedia.h", "winscard.h", "ncrypt.h", "bcrypt.h", "sspi.h",
    "wincred.h", "winnetwk.h", "nb30.h", "snmp.h", "mprapi.h", "ipexport.h", "netioapi.h",
    "mswsock.h", "mstcpip.h", "ntddndis.h", "tapi.h", "msacm.h", "dbt.h", "fltuser.h",
    "virtdisk.h", "oaidl.h", "ocidl.h", "shobjidl.h", "tom.h", "textserv.h", "xinput.h",
    "dmusici.h", "dmerror.h", "dvdmedia.h", "amvideo.h", "vfwmsgs.h", "errors.h", "evcode.h",
    "uuids.h", "d3d8.h", "d3d8caps.h", "dxva2api.h", "dxva.h", "dcommon.h", "wsdapi.h",
    "winsnmp.h", "lmcons.h", "lmat.h", "lmshare.h", "lmaccess.h", "lmserver.h", "sfc.h",
    "srrestoreptapi.h", "clusapi.h", "resapi.h", "wincon.h", "winefs.h", "winver.h", "winperf.h",
    "pdh.h", "pdhmsg.h", "wmistr.h", "cguid.h", "objidl.h", "propidl.h", "docobj.h", "msxml.h",
    "msxml2.h", "ntdef.h", "winsxs.h", "sensevts.h", "dhcpcsdk.h", "dhcpsapi.h", "wtypes.h",
    "intshcut.h", "mapi.h", "mapidefs.h", "mapitags.h", "mapicode.h", "mmc.h", "adserr.h",
    "adshlp.h", "iads.h", "activeds.h", "cderr.h", "dlgs.h", "winuser.h", "shlguid.h", "msctf.h",
    "sapi.h", "spatialaudioclient.h",
    # The error headers err.exe reads that the ones above do not bring: STOP codes (bugcodes.h),
    # BITS, .NET, Windows Media, Windows Update, VSS, OLE DB, DAO, TAPI, ... HRESULT lists.
    "agterr.h", "bitsmsg.h", "blberr.h", "bugcodes.h", "cdoexerr.h", "cdosyserr.h", "cierror.h",
    "corerror.h", "dbdaoerr.h", "dxerr8.h", "dxerr9.h", "eaphosterror.h", "filterr.h", "fsrmerr.h",
    "mdcommsg.h", "mdmsg.h", "mediaerr.h", "mprerror.h", "msterr.h", "neterr.h", "nserror.h",
    "ntdsbmsg.h", "oledberr.h", "rnderr.h", "rtcerr.h", "scarderr.h", "sdperr.h", "slerror.h",
    "sperror.h", "sspserr.h", "stierr.h", "tapi3err.h", "tcerror.h", "vsserror.h", "wpapimsg.h",
    "wpcrsmsg.h", "wpftpmsg.h", "wppstmsg.h", "wpwizmsg.h", "wuerror.h",
]

# _Generic classification of a probe expression; the number is an index into TYPES.
TYPES = [None, "_Bool", "char", "signed char", "unsigned char", "short", "unsigned short", "int",
         "unsigned int", "long", "unsigned long", "long long", "unsigned long long", "float",
         "double", "long double", "char*", "const char*", "wchar_t*", "const wchar_t*"]
TYPE_BITS = {"_Bool": 8, "char": 8, "signed char": 8, "unsigned char": 8, "short": 16,
             "unsigned short": 16, "int": 32, "unsigned int": 32, "long": 32,
             "unsigned long": 32, "long long": 64, "unsigned long long": 64}
GENERIC = ("#define TS_TID(x) _Generic((x), _Bool:1, char:2, signed char:3, unsigned char:4, "
           "short:5, unsigned short:6, int:7, unsigned int:8, long:9, unsigned long:10, "
           "long long:11, unsigned long long:12, float:13, double:14, long double:15, "
           "char*:16, const char*:17, unsigned short*:18, const unsigned short*:19, default:0)\n")

GROUP_SIZE = 40
NAME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
LINEMARK_RE = re.compile(r'^# (\d+) "([^"]*)"')
DEFINE_RE = re.compile(r"^#define ([A-Za-z_][A-Za-z0-9_]*)(\(?)(.*)$")
ENUM_RE = re.compile(r"\benum\b\s*(?:__attribute__\s*\(\([^)]*\)\)\s*)?([A-Za-z_]\w*)?\s*(?::\s*\w+\s*)?\{([^{}]*)\}", re.S)


def include_dir():
    out = subprocess.run([CC, "-print-sysroot"], capture_output=True, text=True).stdout.strip()
    for candidate in [os.path.join(out, "include") if out else "", "/usr/x86_64-w64-mingw32/include"]:
        if candidate and os.path.isfile(os.path.join(candidate, "windows.h")):
            return candidate
    sys.exit("generate.py: cannot find the mingw-w64 include directory (windows.h)")


def list_headers(root):
    headers = []
    for base, dirs, files in os.walk(root):
        dirs.sort()
        rel = os.path.relpath(base, root)
        # The DDK and the GL/KHR/sdks folders belong to other environments than <windows.h>.
        if rel.split(os.sep)[0] in ("ddk", "GL", "KHR", "sdks", "wrl", "gdiplus", "psdk_inc", "sys", "sec_api"):
            continue
        for name in sorted(files):
            if name.endswith(".h"):
                headers.append(os.path.normpath(os.path.join(rel, name)).replace(os.sep, "/"))
    return sorted(headers)


def real_root(root):
    # Debian's include folder holds symbolic links into /usr/share/mingw-w64/include.
    return os.path.dirname(os.path.realpath(os.path.join(root, "windows.h")))


def relheader(path, root):
    real = os.path.realpath(path)
    if real.startswith(root + "/"):
        return real[len(root) + 1:]
    return None


def run(cmd, cwd, stdin=None):
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, errors="replace", input=stdin)


def discover(text, root):
    """Object-like macros and enumerators, each with the header that defines it (in order)."""
    macros = []  # (name, body, header)
    enum_text = []
    marks = []  # (offset in enum_text, header)
    offset = 0
    current = None
    for line in text.split("\n"):
        if line.startswith("# "):
            m = LINEMARK_RE.match(line)
            if m:
                current = relheader(m.group(2), root)
                marks.append((offset, current))
            continue
        if line.startswith("#define "):
            m = DEFINE_RE.match(line)
            if m and not m.group(2) and current:
                body = m.group(3).strip()
                macros.append((m.group(1), body, current))
            continue
        if line.startswith("#"):
            continue
        enum_text.append(line)
        offset += len(line) + 1
    code = "\n".join(enum_text)
    enums = []
    import bisect
    mark_offsets = [m[0] for m in marks]
    for m in ENUM_RE.finditer(code):
        i = bisect.bisect_right(mark_offsets, m.start()) - 1
        header = marks[i][1] if i >= 0 else None
        if not header:
            continue
        depth = 0
        item = ""
        items = []
        for ch in m.group(2):
            if ch in "([":
                depth += 1
            elif ch in ")]":
                depth -= 1
            if ch == "," and depth == 0:
                items.append(item)
                item = ""
            else:
                item += ch
        items.append(item)
        for it in items:
            name = it.split("=")[0].strip()
            name = re.sub(r"__attribute__.*", "", name).strip()
            if name:
                enums.append((name, m.group(1) or "", header))
    return macros, enums


MEMBER_RE = re.compile(r"[A-Za-z_\])]\s*(\.|->)\s*[A-Za-z_]")


def usable_body(body):
    if not body or any(c in body for c in "{};#") or body.startswith("__attribute__"):
        return False
    if MEMBER_RE.search(body):  # member access: a field alias, never a constant
        return False
    return True


# GNU as string literals (octal and C escapes) read as bytes: the same reader as the GUID pass.
ascii_bytes = guids.ascii_bytes


def parse_asm(text):
    """{label: bytes or None (when the data refers to a symbol)} for the probe globals."""
    data = {}
    label = None
    sizes = {".byte": 1, ".word": 2, ".value": 2, ".short": 2, ".2byte": 2, ".long": 4, ".4byte": 4, ".quad": 8, ".8byte": 8}
    for line in text.split("\n"):
        s = line.strip()
        if not s:
            continue
        if s.endswith(":") and (not s.startswith(".") or s.startswith(".LC")):
            label = s[:-1] if s[:-1].startswith(("T_", "V_", ".LC")) else None
            if label:
                data[label] = b""
            continue
        if label is None or not s.startswith("."):
            continue
        parts = s.split(None, 1)
        op = parts[0]
        arg = parts[1] if len(parts) > 1 else ""
        if op in (".ascii", ".string", ".asciz"):
            for lit in re.findall(r'"((?:[^"\\]|\\.)*)"', arg):
                b = ascii_bytes(lit)
                data[label] += b + (b"\0" if op != ".ascii" else b"")
        elif op in sizes:
            for item in arg.split(","):
                item = item.strip()
                try:
                    v = int(item, 0)
                except ValueError:
                    # A string literal's address: keep the literal's label to read it later.
                    data[label] = item if item.startswith(".LC") and op == ".quad" else None
                    label = None
                    break
                data[label] += (v % (1 << (8 * sizes[op]))).to_bytes(sizes[op], "little")
        elif op in (".zero", ".space"):
            data[label] += b"\0" * int(arg.split(",")[0])
        elif op in (".align", ".p2align", ".globl", ".section", ".def", ".scl", ".type", ".endef"):
            continue
        else:
            label = None
    return data


def include_owners(text, root, headers):
    """{real header path: the requested header that first included it} from -E line markers."""
    owners = {}
    top = None
    at_top = True
    for line in text.split("\n"):
        if not line.startswith("# "):
            continue
        m = LINEMARK_RE.match(line)
        if not m:
            continue
        if m.group(2) == "head.c":
            top, at_top = None, True
            continue
        rel = relheader(m.group(2), root)
        if at_top and (line.endswith(" 1 3") or line.endswith(" 1")):
            top = rel if rel in headers else None  # None: the prelude brought it
            at_top = False
        if rel and rel not in owners:
            owners[rel] = top
    return owners


INCLUDED_RE = re.compile(r"^(?:In file included|\s+) from ([^:]+):(\d+)(?::\d+)?[:,]")


def blame(stderr, source, header_lines, probe_lines=()):
    """Requested headers that errors come from, following GCC's 'In file included from' chains
    down to the line of `source` that includes them. An error whose notes point at a probe line
    (a macro expanded by the probe) belongs to the probe, not to the header."""
    blamed = set()
    top = None
    block = None  # [requested header or None, tied to a probe]

    def close():
        if block and block[0] and not block[1]:
            blamed.add(block[0])
    for line in stderr.split("\n"):
        m = INCLUDED_RE.match(line)
        if m:
            if m.group(1) == source:
                top = header_lines.get(int(m.group(2)))
            continue
        m = ERROR_RE.match(line)
        if not m:
            continue
        path, lineno, level = m.group(1), int(m.group(2)), m.group(3)
        if level == "error":
            close()
            block = [None, False]
            if path == source:
                if lineno in header_lines:  # e.g. the header itself is missing
                    block[0] = header_lines[lineno]
                elif lineno in probe_lines:
                    block[1] = True
            else:
                block[0] = top
        elif block and path == source and lineno in probe_lines:
            block[1] = True
    close()
    return blamed


# GCC leaves the column out once a translation unit is too large to track columns.
ERROR_RE = re.compile(r"^(.*?):(\d+)(?::\d+)?: (?:fatal )?(error|note): (.*)$")


def probe_group(idx, headers, root, workdir):
    """Discovers and evaluates every candidate of one group of headers.

    A requested header that does not compile as C next to <windows.h> is dropped from the
    group (its constants are lost unless another header of the group brings them)."""
    d = os.path.join(workdir, f"g{idx}")
    os.makedirs(d, exist_ok=True)
    rroot = real_root(root)
    headers = list(headers)

    def header_lines():
        first = PRELUDE.count("\n") + 1
        return {first + k: h for k, h in enumerate(headers)}
    for attempt in range(8):
        src = PRELUDE + "".join(f"#include <{h}>\n" for h in headers)
        with open(os.path.join(d, "head.c"), "w") as f:
            f.write(src)
        pre = run([CC, "-E", "-dD", "-w", "-std=gnu11", "head.c"], d)
        if pre.returncode == 0:
            break
        broken = blame(pre.stderr, "head.c", header_lines())
        if os.environ.get("TS_DEBUG"):
            print(f"group {idx}: preprocessing fails in {sorted(broken)}", file=sys.stderr)
        if not broken:
            return split(idx, headers, root, workdir)
        headers = [h for h in headers if h not in broken]
    if pre.returncode != 0:
        return split(idx, headers, root, workdir)
    macros, enums = discover(pre.stdout, rroot)
    owners = include_owners(pre.stdout, rroot, set(headers))
    seen = set()
    if headers:  # what the prelude brings is probed once, in the group with no headers
        seen = {name for name, _, header in macros if owners.get(header) is None}
        seen |= {name for name, _, header in enums if owners.get(header) is None}
    cands = []  # (name, header, source kind, body)
    for name, body, header in macros:
        if name in seen or not NAME_RE.match(name) or not usable_body(body):
            continue
        seen.add(name)
        cands.append((name, header, "macro", body))
    for name, enum_name, header in enums:
        if name in seen or not NAME_RE.match(name):
            continue
        seen.add(name)
        cands.append((name, header, "enum", enum_name))
    live = {i: True for i in range(len(cands))}
    for attempt in range(16):
        src = PRELUDE + "".join(f"#include <{h}>\n" for h in headers)
        first_line = src.count("\n") + 2  # the GENERIC line, then the probes
        lines = [GENERIC]
        where = {}
        for i, (name, _, _, _) in enumerate(cands):
            if not live[i]:
                continue
            for key, decl in (("T", f"const int T_{i} = TS_TID({name});"),
                              ("V", f"const unsigned long long V_{i} = (unsigned long long)({name});")):
                if live.get((i, key), True):
                    where[first_line + len(lines) - 1] = (i, key)
                    lines.append(decl + "\n")
        with open(os.path.join(d, "probe.c"), "w") as f:
            f.write(src + "".join(lines))
        t0 = time.time()
        res = run([CC, "-S", "-w", "-O0", "-std=gnu11", "-fmax-errors=0", "-fno-diagnostics-show-caret",
                   "probe.c", "-o", "probe.s"], d)
        if os.environ.get("TS_DEBUG"):
            print(f"group {idx} attempt {attempt}: {len(where)} probes compiled in {time.time() - t0:.1f} s", file=sys.stderr)
        if res.returncode == 0:
            with open(os.path.join(d, "probe.s")) as f:
                asm = parse_asm(f.read())
            shutil.rmtree(d, ignore_errors=True)
            return evaluate(cands, asm)
        bad = set()
        for m in re.finditer(r"^probe\.c:(\d+)(?::\d+)?: (?:fatal )?(?:error|note)", res.stderr, re.M):
            line = int(m.group(1))
            if line in where:
                bad.add(where[line])
        broken = blame(res.stderr, "probe.c", header_lines(), where)
        if os.environ.get("TS_DEBUG"):
            print(f"group {idx} attempt {attempt}: {len(bad)} rejected probes, broken {sorted(broken)}"
                  f" {[cands[i][0] for i, _ in sorted(bad)][:5]}", file=sys.stderr)
        if not bad and not broken:
            break
        for i, key in bad:
            live[(i, key)] = False
            if key == "T":
                live[i] = False
        headers = [h for h in headers if h not in broken]
        # What only a dropped header defined is now undeclared: drop it too rather than let GCC
        # look for spelling suggestions for thousands of names (minutes per attempt).
        for i, (_, header, _, _) in enumerate(cands):
            if owners.get(header) in broken:
                live[i] = False
    return split(idx, headers, root, workdir)


def split(idx, headers, root, workdir):
    if len(headers) <= 1:
        return []
    mid = len(headers) // 2
    return probe_group(f"{idx}a", headers[:mid], root, workdir) + probe_group(f"{idx}b", headers[mid:], root, workdir)


def pointer_id_kind(body, header):
    """resource_id: MAKEINTRESOURCE(n), a resource's id or type (IDC_ARROW, RT_RCDATA);
    struct_id: (LPCSTR) n in the CryptoAPI headers, a structure type, store provider or OID
    function set (X509_CERT, CERT_STORE_PROV_MEMORY); pointer: any other number in a pointer."""
    if "MAKEINTRESOURCE" in body:
        return "resource_id"
    if header in ("wincrypt.h", "wintrust.h", "softpub.h", "mscat.h", "ncrypt.h", "bcrypt.h", "schannel.h"):
        return "struct_id"
    return "pointer"


def evaluate(cands, asm):
    rows = []
    for i, (name, header, source, body) in enumerate(cands):
        t = asm.get(f"T_{i}")
        if not t or len(t) != 4:
            continue
        ctype = TYPES[int.from_bytes(t, "little")] if int.from_bytes(t, "little") < len(TYPES) else None
        v = asm.get(f"V_{i}")
        literal = asm.get(v) if isinstance(v, str) else None
        if ctype in ("char*", "const char*", "wchar_t*", "const wchar_t*") and isinstance(v, bytes) and len(v) == 8:
            # A number behind a string pointer's cast: MAKEINTRESOURCE(32512) (IDC_ARROW), or
            # ((LPCSTR) 1) (X509_CERT). The value is the integer, (ULONG_PTR) of the pointer.
            rows.append((name, pointer_id_kind(body, header), ctype.replace("const ", ""),
                         str(int.from_bytes(v, "little")), header, source, body))
        elif ctype in ("char*", "const char*"):
            s = literal
            if not isinstance(s, bytes) or not s.endswith(b"\0") or b"\0" in s[:-1]:
                continue
            rows.append((name, "string", "char*", s[:-1].decode("latin-1"), header, source, body))
        elif ctype in ("wchar_t*", "const wchar_t*"):
            w = literal
            if not isinstance(w, bytes) or len(w) % 2 or not w.endswith(b"\0\0"):
                continue
            rows.append((name, "string", "wchar_t*", w[:-2].decode("utf-16-le", "replace"), header, source, body))
        elif ctype in TYPE_BITS:
            if not isinstance(v, bytes) or len(v) != 8:
                continue
            u = int.from_bytes(v, "little")
            signed = not ctype.startswith("unsigned") and ctype not in ("_Bool",)
            value = u - (1 << 64) if signed and u >= 1 << 63 else u
            rows.append((name, "integer", ctype, str(value), header, source, body))
        elif ctype is None:  # pointers (handles, MAKEINTRESOURCE) whose value is a number
            if not isinstance(v, bytes) or len(v) != 8:
                continue
            rows.append((name, "pointer", "pointer", str(int.from_bytes(v, "little")), header, source, body))
    return rows


WIN32_ERROR_PREFIXES = ("ERROR_", "WSA", "RPC_S_", "RPC_X_", "EPT_S_", "OR_", "DNS_", "NERR_", "WAIT_", "NO_ERROR",
                        "SEC_E_", "APPMODEL_", "STORE_", "FRS_", "WINHTTP_ERROR", "ERROR")
MESSAGE_PREFIXES = ("WM_", "EM_", "LB_", "CB_", "BM_", "STM_", "SBM_", "LVM_", "TVM_", "TCM_", "HDM_", "TTM_",
                    "PBM_", "TBM_", "UDM_", "MCM_", "DTM_", "RB_", "CCM_", "ACM_", "IPM_", "HKM_", "PGM_", "BCM_")


# Headers that are lists of error codes (message compiler output): a value with the severity bit
# set is an HRESULT there whatever its macro's spelling.
ERROR_HEADERS = {"agterr.h", "bitsmsg.h", "blberr.h", "cdoexerr.h", "cdosyserr.h", "cierror.h", "corerror.h",
                 "dbdaoerr.h", "dxerr8.h", "dxerr9.h", "eaphosterror.h", "filterr.h", "fsrmerr.h", "mdcommsg.h",
                 "mdmsg.h", "mediaerr.h", "mprerror.h", "msterr.h", "neterr.h", "nserror.h", "ntdsbmsg.h",
                 "oledberr.h", "rnderr.h", "rtcerr.h", "scarderr.h", "sdperr.h", "slerror.h", "sperror.h",
                 "sspserr.h", "stierr.h", "tapi3err.h", "tcerror.h", "vsserror.h", "wpapimsg.h", "wpcrsmsg.h",
                 "wpftpmsg.h", "wppstmsg.h", "wpwizmsg.h", "wuerror.h"}


def classify(row):
    name, kind, ctype, value, header, source, body = row
    if kind != "integer":
        return kind
    v = int(value)
    v32 = v & 0xFFFFFFFF
    if source == "enum":
        return "enum"
    if header == "bugcodes.h" and not name.startswith(("STATUS_SEVERITY_", "FACILITY_")):
        return "bugcheck"
    if header in ERROR_HEADERS and v32 >= 0x80000000 and not name.startswith(("FACILITY_", "STATUS_SEVERITY_")):
        return "hresult"
    if name.startswith(("FACILITY_", "STATUS_SEVERITY_")):
        return "integer"  # ntstatus.h's and bugcodes.h's facility and severity numbers are no codes
    if header == "ntstatus.h" or "(NTSTATUS)" in body or (name.startswith("STATUS_") and v32 >= 0x40000000 and header in ("winnt.h", "ntstatus.h")):
        if v32 >= 0x40000000 or name == "STATUS_SUCCESS" or header == "ntstatus.h":
            return "ntstatus"
    if "HRESULT" in body or (header == "winerror.h" and (v32 >= 0x80000000 or name.startswith(("S_", "E_")) or "_S_" in name or "_E_" in name) and not name.startswith("ERROR_")):
        if v32 >= 0x80000000 or name.startswith("S_") or "_S_" in name or "HRESULT" in body:
            return "hresult"
    if header in ("winerror.h", "lmerr.h") and 0 <= v < 0x10000 and name.startswith(WIN32_ERROR_PREFIXES) and not name.startswith("ERROR_SEVERITY"):
        return "win32_error"
    if name.startswith(MESSAGE_PREFIXES) and 0 <= v < 0x10000 and header in ("winuser.h", "commctrl.h", "richedit.h", "prsht.h", "commdlg.h", "dde.h"):
        return "window_message"
    return "integer"


def assign_families(rows):
    """The family of a name is its longest '_'-ended prefix shared by at least three names."""
    counts = {}
    for r in rows:
        parts = r[0].split("_")
        for k in range(1, len(parts)):
            p = "_".join(parts[:k]) + "_"
            counts[p] = counts.get(p, 0) + 1
    fam = {}
    for r in rows:
        parts = r[0].split("_")
        best = ""
        for k in range(1, len(parts)):
            p = "_".join(parts[:k]) + "_"
            if counts.get(p, 0) >= 3:
                best = p
        if not best:
            # CamelCase names (enumerators): the enum type is the family when there is one.
            best = r[7] if len(r) > 7 and r[7] else ""
        fam[r[0]] = best
    return fam


def suffix_families(rows, fam):
    """Names that share a suffix rather than a prefix (ABOVE_NORMAL_PRIORITY_CLASS, IDLE_PRIORITY_CLASS,
    DACL_SECURITY_INFORMATION, ...): a suffix of two or more words is a family where at least three
    names of one header that have no family of their own end with it. Those names join it, and so
    does a name of the same header whose family is only its first word with no other member in that
    header (HIGH_PRIORITY_CLASS, not left under HIGH_). rows: (name, header); fam: name -> family,
    changed in place. The rule reads only names, headers and families, so it can be applied to the
    committed table as it is to a fresh one."""
    members = {}
    for name, header in rows:
        if fam[name]:
            continue
        parts = name.split("_")
        for k in range(1, len(parts) - 1):
            members.setdefault(("_" + "_".join(parts[k:]), header), set()).add(name)
    in_header = {}
    for name, header in rows:
        in_header[(fam[name], header)] = in_header.get((fam[name], header), 0) + 1
    moves = {}
    for name, header in rows:
        family = fam[name]
        alone = family.endswith("_") and family.count("_") == 1 and in_header[(family, header)] == 1
        if family and not alone:
            continue
        parts = name.split("_")
        for k in range(1, len(parts) - 1):  # the longest suffix first
            suffix = "_" + "_".join(parts[k:])
            if len(members.get((suffix, header), ())) >= 3:
                moves[name] = "*" + suffix
                break
    fam.update(moves)
    return fam


def tsv_escape(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


MESSAGE_PROGRAM = r"""
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>
/* Reads "kind code" lines, writes "kind<TAB>code<TAB>message" in UTF-8 (FormatMessageW), and for
   each NTSTATUS "m<TAB>code<TAB>win32" (RtlNtStatusToDosError). */
int main(int argc, char **argv) {
    FILE *in = fopen(argv[1], "rb"), *out = fopen(argv[2], "wb");
    HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    typedef ULONG (WINAPI *ToDos)(LONG);
    ToDos toDos = (ToDos)(void (*)(void))GetProcAddress(ntdll, "RtlNtStatusToDosError");
    char kind[32]; unsigned long code;
    if (!in || !out) return 2;
    while (fscanf(in, "%31s %lx", kind, &code) == 2) {
        WCHAR buf[4096]; char utf8[16384];
        DWORD flags = FORMAT_MESSAGE_IGNORE_INSERTS | FORMAT_MESSAGE_MAX_WIDTH_MASK;
        DWORD n;
        n = 0;
        if (kind[0] == 'n') n = FormatMessageW(flags | FORMAT_MESSAGE_FROM_HMODULE, ntdll, code, 0, buf, 4096, NULL);
        if (n == 0) n = FormatMessageW(flags | FORMAT_MESSAGE_FROM_SYSTEM, NULL, code, 0, buf, 4096, NULL);
        if (kind[0] == 'n' && toDos) /* the Win32 error Windows maps the status to */
            fprintf(out, "m\t%08lx\t%lu\n", code, (unsigned long)toDos((LONG)code));
        if (n == 0 && kind[0] == 'n' && toDos) {
            /* Wine's ntdll has no message table: the text of the Win32 error the status maps to. */
            ULONG dos = toDos((LONG)code);
            if (dos != 317 /* ERROR_MR_MID_NOT_FOUND */ && dos != code)
                n = FormatMessageW(flags | FORMAT_MESSAGE_FROM_SYSTEM, NULL, dos, 0, buf, 4096, NULL);
        }
        if (n == 0) continue;
        while (n > 0 && (buf[n - 1] == L' ' || buf[n - 1] == L'\r' || buf[n - 1] == L'\n')) n--;
        buf[n] = 0;
        for (DWORD i = 0; i < n; i++) if (buf[i] == L'\t' || buf[i] == L'\r' || buf[i] == L'\n') buf[i] = L' ';
        if (!WideCharToMultiByte(CP_UTF8, 0, buf, -1, utf8, sizeof utf8, NULL, NULL)) continue;
        fprintf(out, "%s\t%08lx\t%s\n", kind, code, utf8);
    }
    fclose(out);
    return 0;
}
"""


def messages(rows, workdir):
    wine = shutil.which("wine64") or ("/usr/lib/wine/wine64" if os.path.exists("/usr/lib/wine/wine64") else shutil.which("wine"))
    if not wine:
        sys.exit("generate.py: wine64 is needed for the messages (or pass --no-messages)")
    codes = set()
    for r in rows:
        kind = r[1]
        if kind in ("win32_error", "hresult", "ntstatus"):
            codes.add(("n" if kind == "ntstatus" else "w", int(r[3]) & 0xFFFFFFFF))
    d = os.path.join(workdir, "msg")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "msg.c"), "w") as f:
        f.write(MESSAGE_PROGRAM)
    with open(os.path.join(d, "codes.txt"), "w") as f:
        for k, c in sorted(codes):
            f.write(f"{k} {c:x}\n")
    res = run([CC, "-O1", "-static", "msg.c", "-o", "msg.exe"], d)
    if res.returncode:
        sys.exit("generate.py: cannot build the message program:\n" + res.stderr)
    env = dict(os.environ, WINEDEBUG="-all", WINEPREFIX=os.path.join(workdir, "wineprefix"), DISPLAY="")
    subprocess.run([wine, "msg.exe", "codes.txt", "messages.out"], cwd=d, env=env, stdin=subprocess.DEVNULL,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    server = os.path.join(os.path.dirname(wine), "wineserver")
    if os.path.exists(server):
        subprocess.run([server, "-k"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out, mapping = {}, {}
    with open(os.path.join(d, "messages.out"), encoding="utf-8", errors="replace") as f:
        for line in f:
            k, c, text = line.rstrip("\n").split("\t", 2)
            if k == "m":
                mapping[int(c, 16)] = int(text)
            else:
                out[(k, int(c, 16))] = text
    return out, mapping


def write_messages(out, result):
    msgs, mapping = result
    with open(os.path.join(out, "ntstatus_win32.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# ntstatus (hex)\twin32 error  (RtlNtStatusToDosError under Wine; generated by generate.py)\n")
        for status, win32 in sorted(mapping.items()):
            f.write(f"{status:08x}\t{win32}\n")
    with open(os.path.join(out, "messages.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# n|w\tcode (hex)\tmessage  (FormatMessageW under Wine; generated by generate.py)\n")
        for (k, c), text in sorted(msgs.items()):
            f.write(f"{k}\t{c:08x}\t{tsv_escape(text)}\n")


def run_guids(root, args, workdir):
    """guids.tsv from every header of the include folder (guids.py)."""
    headers = list_headers(root)
    groups = [headers[i:i + GROUP_SIZE] for i in range(0, len(headers), GROUP_SIZE)]
    rroot = real_root(root)
    rows, cxx_rows = [], []
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = [pool.submit(guids.guid_group, i, g, CC, workdir, rroot, relheader) for i, g in enumerate(groups)]
        cxx_futures = [pool.submit(guids.guid_group, i, g, CC, workdir, rroot, relheader, True)
                       for i, g in enumerate(groups)]
        for fut in futures:  # in header order, so the first definition of a name wins
            rows += fut.result()
        for fut in cxx_futures:
            cxx_rows += fut.result()
    added, stats = guids.merge_cxx(rows, cxx_rows)
    print("generate.py: C++ pass: " + ", ".join(f"{k} {v}" for k, v in stats.items()), file=sys.stderr)
    rows += added
    os.makedirs(args.out, exist_ok=True)

    def families(names):
        return assign_families([(name, None, None, None, None, None, None, "") for name in names])
    return guids.write_guids(args.out, rows, families)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--prelude-only", action="store_true")
    ap.add_argument("--no-messages", action="store_true")
    ap.add_argument("--messages-only", action="store_true", help="only regenerate messages.tsv from constants.tsv")
    ap.add_argument("--guids-only", action="store_true", help="only regenerate guids.tsv (every header)")
    ap.add_argument("--no-guids", action="store_true", help="leave guids.tsv as it is")
    ap.add_argument("--keep", action="store_true", help="keep the work folder")
    ap.add_argument("--all-headers", action="store_true", help="probe every header (slow)")
    args = ap.parse_args()
    if not shutil.which(CC):
        print(f"generate.py: {CC} not found (install mingw-w64)", file=sys.stderr)
        return 77
    start = time.time()
    if args.messages_only:
        with open(os.path.join(args.out, "constants.tsv"), encoding="utf-8") as f:
            rows = [tuple(l.rstrip("\n").split("\t")) for l in f if not l.startswith("#")]
        workdir = tempfile.mkdtemp(prefix="tokenscope-constants-")
        write_messages(args.out, messages(rows, workdir))
        shutil.rmtree(workdir, ignore_errors=True)
        print(f"generate.py: messages in {time.time() - start:.1f} s", file=sys.stderr)
        return 0
    root = include_dir()
    if args.guids_only:
        workdir = tempfile.mkdtemp(prefix="tokenscope-guids-")
        count = run_guids(root, args, workdir)
        shutil.rmtree(workdir, ignore_errors=True)
        print(f"generate.py: {count} GUIDs in {time.time() - start:.1f} s", file=sys.stderr)
        return 0
    if args.all_headers:
        headers = list_headers(root)
        groups = [headers[i:i + GROUP_SIZE] for i in range(0, len(headers), GROUP_SIZE)]
    else:
        headers = HEADERS
        groups = [HEADERS[i:i + 20] for i in range(0, len(HEADERS), 20)]
    groups = [] if args.prelude_only else [(i + 1, g) for i, g in enumerate(groups)]
    groups.insert(0, (0, []))  # the prelude itself: <windows.h>, <winsock2.h>, <ntstatus.h>
    workdir = tempfile.mkdtemp(prefix="tokenscope-constants-")
    results = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        futures = {pool.submit(probe_group, i, g, root, workdir): i for i, g in groups}
        for fut in concurrent.futures.as_completed(futures):
            results[futures[fut]] = fut.result()
    rows = {}
    for i in sorted(results):
        for r in results[i]:
            rows.setdefault(r[0], r)
    rows = [r + (classify(r),) for r in rows.values()]
    # An alias of a resource or structure id (IDI_ERROR = IDI_HAND, VS_FILE_INFO = RT_VERSION) is one.
    kinds = {r[0]: r[7] for r in rows}
    rows = [r[:7] + (kinds[r[6]],) if r[7] == "pointer" and kinds.get(r[6]) in ("resource_id", "struct_id") else r
            for r in rows]
    # (name, raw kind, ctype, value, header, source, body, kind)
    enum_types = {}
    rows = [(r[0], r[7], r[2], r[3], r[4], r[6] if r[5] == "enum" else "") for r in rows]
    fam = assign_families([(r[0], None, None, None, None, None, None, r[5]) for r in rows])
    suffix_families([(r[0], r[4]) for r in rows], fam)
    rows.sort(key=lambda r: (r[0].lower(), r[0]))
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "constants.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# name\tkind\tctype\tvalue\theader\tfamily  (generated by generate.py; do not edit)\n")
        for name, kind, ctype, value, header, _ in rows:
            f.write(f"{name}\t{kind}\t{ctype}\t{tsv_escape(value)}\t{header}\t{fam[name]}\n")
    if not args.no_messages:
        write_messages(args.out, messages(rows, workdir))
    if not args.no_guids and not args.prelude_only:
        run_guids(root, args, workdir)
    if not args.keep:
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"generate.py: {len(rows)} constants from {len(headers)} headers in {time.time() - start:.1f} s",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

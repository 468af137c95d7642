#!/usr/bin/env python3
"""Checks a deterministic sample of the committed constants (a few hundred, plus the ones
TokenScope relies on) against the mingw-w64 C++ compiler: one static_assert per constant.
Usage: check_against_compiler.py constants.tsv WORKDIR. Exit 0 all match, 1 some differ,
77 skipped (no x86_64-w64-mingw32-g++)."""
import os
import re
import shutil
import subprocess
import sys

CXX = next((c for c in ("x86_64-w64-mingw32-g++-posix", "x86_64-w64-mingw32-g++") if shutil.which(c)), None)
PRELUDE = """#define _WIN32_WINNT 0x0A00
#define WINVER 0x0A00
#define NTDDI_VERSION 0x0A00000C
#define _WIN32_IE 0x0A00
#define WIN32_NO_STATUS
#include <winsock2.h>
#include <windows.h>
#undef WIN32_NO_STATUS
#include <ntstatus.h>
#include <lmerr.h>
#include <commctrl.h>
#include <richedit.h>
#include <ntsecapi.h>
#include <string_view>
"""
MUST = ["ERROR_LOGON_FAILURE", "ERROR_LOGON_TYPE_NOT_GRANTED", "ERROR_NOT_ALL_ASSIGNED", "ERROR_PRIVILEGE_NOT_HELD",
        "ERROR_BAD_IMPERSONATION_LEVEL", "ERROR_NO_TOKEN", "E_ACCESSDENIED", "E_FAIL", "S_FALSE",
        "STATUS_ACCESS_DENIED", "STATUS_LOGON_FAILURE", "TOKEN_ALL_ACCESS", "TOKEN_QUERY", "TOKEN_ADJUST_PRIVILEGES",
        "LOGON32_LOGON_INTERACTIVE", "LOGON32_LOGON_NETWORK", "LOGON32_LOGON_BATCH", "LOGON32_LOGON_SERVICE",
        "LOGON32_LOGON_NEW_CREDENTIALS", "LOGON32_PROVIDER_WINNT50", "SE_PRIVILEGE_ENABLED",
        "SE_PRIVILEGE_REMOVED", "SE_TCB_NAME", "SE_IMPERSONATE_NAME", "SE_ASSIGNPRIMARYTOKEN_NAME",
        "SE_INCREASE_QUOTA_NAME", "SE_INTERACTIVE_LOGON_NAME", "TokenUser", "TokenImpersonationLevel",
        "SecurityImpersonation", "SecurityIdentification", "TokenPrimary", "WM_CLOSE", "WM_USER", "LVM_FIRST",
        "NERR_Success", "GENERIC_ALL", "MAXIMUM_ALLOWED", "STANDARD_RIGHTS_REQUIRED"]
HEADERS = {"winerror.h", "winnt.h", "winbase.h", "winuser.h", "ntstatus.h", "lmerr.h", "commctrl.h", "richedit.h",
           "wingdi.h", "winreg.h", "ntsecapi.h", "winsock2.h", "minwinbase.h", "processthreadsapi.h", "securitybaseapi.h"}


def cxx_literal(text, wide):
    text = text.replace("\\t", "\t").replace("\\n", "\n").replace("\\r", "\r").replace("\\\\", "\\")
    out = ""
    for ch in text:
        o = ord(ch)
        if ch in '"\\':
            out += "\\" + ch
        elif 32 <= o < 127:
            out += ch
        elif wide:
            out += f"\\x{o:04x}\"L\""
        else:
            out += f"\\x{o:02x}\"\""
    return ("L" if wide else "") + '"' + out + '"'


def main():
    tsv, work = sys.argv[1], sys.argv[2]
    if not CXX:
        print("SKIP: the mingw-w64 C++ compiler is not installed (cmake/install-deps.sh installs it)")
        return 77
    with open(tsv, encoding="utf-8") as f:
        rows = [l.rstrip("\n").split("\t") for l in f if not l.startswith("#")]
    # Pointers (also resource and structure ids) and CCSIZEOF_STRUCT sizes (an offsetof made of a cast) are not C++ constant expressions.
    pool = [r for r in rows if r[4] in HEADERS and r[1] not in ("pointer", "resource_id", "struct_id") and not re.search(r"_V\d+_SIZE[AW]?$", r[0])]
    step = max(1, len(pool) // 400)
    sample = pool[::step]
    names = {r[0] for r in sample}
    sample += [r for r in rows if r[0] in MUST and r[0] not in names]
    lines = []
    for name, kind, ctype, value, header, family in sample:
        if kind == "string":
            view = "std::wstring_view" if ctype.startswith("wchar_t") else "std::string_view"
            lines.append(f'static_assert({view}({name}) == {view}({cxx_literal(value, view.startswith("std::w"))}), "{name}");')
        else:
            bits = int(value) & ((1 << 64) - 1)
            lines.append(f'static_assert(static_cast<unsigned long long>({name}) == {bits}ULL, "{name}");')
    os.makedirs(work, exist_ok=True)
    src = os.path.join(work, "oracle.cpp")
    with open(src, "w", encoding="utf-8") as f:
        f.write(PRELUDE + "\n".join(lines) + "\n")
    res = subprocess.run([CXX, "-std=c++17", "-fsyntax-only", "-w", "-fmax-errors=0", src], capture_output=True,
                         text=True)
    missing = set(MUST) - {r[0] for r in sample}
    if missing:
        print("missing from the database:", sorted(missing))
    failed = sorted(set(re.findall(r'static assertion failed: (\w+)', res.stderr)))
    if res.returncode != 0 or missing:
        print(res.stderr[:3000])
        print(f"{len(failed)} of {len(sample)} constants differ from the compiler: {failed[:30]}")
        return 1
    print(f"{len(sample)} constants match the mingw-w64 C++ compiler ({CXX})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

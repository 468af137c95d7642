#!/usr/bin/env python3
"""Regenerates the constants database into a scratch folder and compares it with the committed
copy. With --prelude-only, only the <windows.h>/<winsock2.h>/<ntstatus.h> part is regenerated
and every row of it must appear unchanged in the committed data (families aside: they depend on
the whole set). Exit 0 same, 1 different, 77 skipped (mingw-w64 or Wine missing)."""
import os
import shutil
import subprocess
import sys


def rows(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f if not line.startswith("#")]


SAMPLE_HEADERS = ["knownfolders.h", "propkey.h", "devpkey.h", "unknwn.h"]
# dcomp.h: interfaces whose GUIDs only __uuidof gives (no IID_ name)
CXX_SAMPLE_HEADERS = ["dcomp.h"]


def guids_sample(committed, scratch):
    """The GUID pass over SAMPLE_HEADERS, each row compared with the committed guids.tsv."""
    if not shutil.which("x86_64-w64-mingw32-gcc"):
        print("SKIP: x86_64-w64-mingw32-gcc not found; install mingw-w64 (cmake/install-deps.sh)")
        return 77
    sys.path.insert(0, committed)
    import generate  # noqa: E402
    import guids  # noqa: E402
    os.makedirs(scratch, exist_ok=True)
    root = generate.include_dir()
    found = guids.guid_group(0, SAMPLE_HEADERS, generate.CC, scratch, generate.real_root(root), generate.relheader)
    # The bytes and property id of each name (the header may be another that defines it too).
    have = {r.split("\t")[0]: r.split("\t")[1:3] + r.split("\t")[4:5] for r in rows(os.path.join(committed, "guids.tsv"))}
    failures = 0
    for row in found:
        if row[0] in have and have[row[0]] != [row[1], row[2], row[4]]:
            failures += 1
            if failures <= 20:
                print(f"differs: regenerated {list(row)} committed {have.get(row[0])}")
    missing = [row[0] for row in found if row[0] not in have]
    if missing:
        print(f"{len(missing)} regenerated GUIDs are not committed: {missing[:10]}")
    print(f"{len(found)} GUIDs of {', '.join(SAMPLE_HEADERS)} regenerated, {failures} differ")

    # The C++ pass over the same headers and dcomp.h: every type's __uuidof GUID is committed,
    # under the type's name (family __uuidof) or as IID_/CLSID_/DIID_ of the type (or a GUID of the
    # type's own name), with the same bytes; a DEFINE_GUID only C++ sees is committed as it is.
    cxx = guids.guid_group(0, SAMPLE_HEADERS + CXX_SAMPLE_HEADERS, generate.CC, scratch,
                           generate.real_root(root), generate.relheader, True)
    family = {r.split("\t")[0]: r.split("\t")[5] for r in rows(os.path.join(committed, "guids.tsv"))}
    types = cxx_failures = own = 0
    for row in cxx:
        m = guids.UUIDOF_RE.match(row[0])
        if not m:  # a DEFINE_GUID: committed under its name
            held = [row[0]] if row[0] in have else []
        elif "::" in m.group(1):  # widl's C name: IID___x_ABI_CWindows_CFoundation_CIStringable
            held = [n for n in ["IID___x_" + m.group(1).replace("::", "_C")] if n in have]
        elif m.group(1) in have and family[m.group(1)] == guids.UUIDOF_FAMILY:
            held = [m.group(1)]
            own += 1
        else:  # the type's IID_, CLSID_ or DIID_ of the same value, or a DEFINE_GUID of its name
            held = [n for n in (p + m.group(1) for p in ("IID_", "CLSID_", "DIID_", ""))
                    if n in have and have[n][0] == row[1]][:1]
        types += bool(m)
        if not held or have[held[0]][0] != row[1]:
            cxx_failures += 1
            if cxx_failures <= 20:
                print(f"C++: {row[0]} {row[1]} is committed as {[(n, have[n][0]) for n in held] or 'nothing'}")
    print(f"C++ pass: {len(cxx)} GUIDs ({types} types' __uuidof, {own} of them named by the type) of "
          f"{', '.join(SAMPLE_HEADERS + CXX_SAMPLE_HEADERS)}, {cxx_failures} not committed as the compiler gives them")
    return 1 if failures or missing or len(found) < 500 or cxx_failures or own < 10 else 0


def main():
    args = sys.argv[1:]
    prelude = "--prelude-only" in args
    sample = "--guids-sample" in args
    args = [a for a in args if a not in ("--prelude-only", "--guids-sample")]
    committed, scratch = args
    if sample:
        return guids_sample(committed, scratch)
    if not shutil.which("x86_64-w64-mingw32-gcc"):
        print("SKIP: x86_64-w64-mingw32-gcc not found; install mingw-w64 (cmake/install-deps.sh)")
        return 77
    wine = shutil.which("wine64") or os.path.exists("/usr/lib/wine/wine64")
    if not prelude and not wine:
        print("SKIP: wine64 not found; the messages need it (cmake/install-deps.sh)")
        return 77
    os.makedirs(scratch, exist_ok=True)
    cmd = [sys.executable, os.path.join(committed, "generate.py"), "--out", scratch]
    if prelude:
        cmd += ["--prelude-only", "--no-messages"]
    if subprocess.run(cmd).returncode != 0:
        print("FAIL: the generator failed")
        return 1
    failures = 0
    if prelude:
        have = {r.split("\t")[0]: r.split("\t")[:5] for r in rows(os.path.join(committed, "constants.tsv"))}
        new = rows(os.path.join(scratch, "constants.tsv"))
        for r in new:
            fields = r.split("\t")[:5]
            if have.get(fields[0]) != fields:
                failures += 1
                if failures <= 20:
                    print(f"differs: regenerated {fields} committed {have.get(fields[0])}")
        print(f"{len(new)} regenerated rows compared, {failures} differ")
    else:
        for name in ("constants.tsv", "messages.tsv", "ntstatus_win32.tsv", "guids.tsv"):
            a, b = rows(os.path.join(committed, name)), rows(os.path.join(scratch, name))
            if a != b:
                sa, sb = set(a), set(b)
                failures += 1
                print(f"{name} differs: {len(sa - sb)} rows only committed, {len(sb - sa)} only regenerated")
                for r in sorted(sa - sb)[:10]:
                    print("  committed only:  ", r)
                for r in sorted(sb - sa)[:10]:
                    print("  regenerated only:", r)
            else:
                print(f"{name}: {len(a)} rows, identical")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

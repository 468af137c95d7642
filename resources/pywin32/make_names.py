#!/usr/bin/env python3
"""make_names.py modules > names.tsv

Joins the name lists DIR/<module>.names (one name per line: every name a pywin32 module binds at
its top level, read from pywin32's win32/Lib sources) into one table, name TAB modules, the
preferred module first: the one named for the subject, then winnt and win32con."""
import pathlib
import sys

# The module named for a subject first (winerror for errors, ntsecuritycon for security, …), the
# catch-alls winnt and win32con last: win32con of older releases held names newer ones moved out.
ORDER = ["winerror", "ntsecuritycon", "win32netcon", "sspicon", "win32cryptcon", "winioctlcon", "win32inetcon",
         "commctrl", "mmsystem", "winperf", "win32usercon", "netbios", "winnt", "win32con"]

def main() -> int:
    folder = pathlib.Path(sys.argv[1])
    modules = {}
    for path in sorted(folder.glob("*.names")):
        for name in path.read_text().split():
            modules.setdefault(name, []).append(path.stem)
    rank = {module: i for i, module in enumerate(ORDER)}
    print("# name\tmodules: the pywin32 modules (win32/Lib) that define it, the preferred first")
    for name in sorted(modules):
        found = sorted(modules[name], key=lambda m: (rank.get(m, len(ORDER)), m))
        print(f"{name}\t{','.join(found)}")
    return 0

if __name__ == "__main__":
    sys.exit(main())

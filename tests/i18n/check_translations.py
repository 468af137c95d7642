#!/usr/bin/env python3
"""Checks that the committed translations/*.ts are exactly up to date with the GUI's sources.

It runs lupdate, with the options the update target uses, on a temporary copy of every .ts file
and fails on any entry that is unfinished (a source string not translated, or new), vanished or
obsolete (a string the sources no longer have), on an empty translation, on a translation whose
placeholders (%1, %n) or keyboard mnemonic (&) differ from its source's, and on any difference
between the committed file and the updated copy. The fix is always the same: update the files
(`cmake --build build/default --target update_translations`), translate in Qt Linguist, commit.

Usage: check_translations.py --lupdate LUPDATE --ts-dir DIR [--option OPT]... -- SOURCE...
       check_translations.py --self-test   (the rules above catch what they should)
"""
import argparse
import difflib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

TRANSLATED = ["de", "fr", "ja"]  # every message translated
PLURAL_ONLY = ["en"]             # the source language: only its plural forms


PLACEHOLDER = re.compile(r"%(?:L?[0-9]+|L?n)")


def has_mnemonic(text: str) -> bool:
    return re.search(r"&\S", text.replace("&&", "")) is not None


def problems_in(path: Path) -> list[str]:
    found = []
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            where = f"{path.name}: [{name}] {source!r}"
            if kind in ("unfinished", "vanished", "obsolete", "missing"):
                found.append(f"{kind}: {where}")
                continue
            forms = translation.findall("numerusform")
            texts = [form.text for form in forms] if forms else [translation.text]
            if any(not text for text in texts):
                found.append(f"empty translation: {where}")
                continue
            for text in texts:
                if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                    found.append(f"placeholders differ: {where} -> {text!r}")
                if has_mnemonic(text) != has_mnemonic(source):
                    found.append(f"mnemonic differs: {where} -> {text!r}")
    return found


def self_test() -> int:
    sample = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Sample</name>
    <message><source>Saved %1</source><translation>%1 gespeichert</translation></message>
    <message><source>Logging on as %1</source><translation>Anmeldung als</translation></message>
    <message><source>&amp;Log on</source><translation>Anmelden</translation></message>
    <message><source>New</source><translation type="unfinished"></translation></message>
    <message><source>Gone</source><translation type="vanished">Weg</translation></message>
    <message><source>Old</source><translation type="obsolete">Alt</translation></message>
    <message><source>Empty</source><translation></translation></message>
    <message numerus="yes"><source>%n match(es)</source><translation>
        <numerusform>%n Treffer</numerusform><numerusform>Treffer</numerusform></translation></message>
</context>
</TS>
"""
    with tempfile.TemporaryDirectory(prefix="tokenscope-ts-") as scratch:
        path = Path(scratch) / "tokenscope_de.ts"
        path.write_text(sample, encoding="utf-8")
        found = problems_in(path)
    expected = ["placeholders differ: tokenscope_de.ts: [Sample] 'Logging on as %1'",
                "mnemonic differs: tokenscope_de.ts: [Sample] '&Log on'",
                "unfinished: tokenscope_de.ts: [Sample] 'New'",
                "vanished: tokenscope_de.ts: [Sample] 'Gone'",
                "obsolete: tokenscope_de.ts: [Sample] 'Old'",
                "empty translation: tokenscope_de.ts: [Sample] 'Empty'",
                "placeholders differ: tokenscope_de.ts: [Sample] '%n match(es)'"]
    missed = [e for e in expected if not any(line.startswith(e) for line in found)]
    if missed or len(found) != len(expected):
        print("self-test failed; found:\n  " + "\n  ".join(found) + "\nmissed:\n  " + "\n  ".join(missed),
              file=sys.stderr)
        return 1
    print(f"self-test: all {len(expected)} kinds of problem found, and nothing else.")
    return 0


def main() -> int:
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--ts-dir", required=True, type=Path)
    parser.add_argument("--option", action="append", default=[])
    parser.add_argument("sources", nargs="+")
    args = parser.parse_args()

    failures = []
    with tempfile.TemporaryDirectory(prefix="tokenscope-ts-") as scratch:
        copies = {}
        for language in TRANSLATED + PLURAL_ONLY:
            committed = args.ts_dir / f"tokenscope_{language}.ts"
            if not committed.is_file():
                failures.append(f"missing file: {committed.name}")
                continue
            failures += [f"committed {line}" for line in problems_in(committed)]
            copies[language] = Path(scratch) / committed.name
            shutil.copyfile(committed, copies[language])

        for group, extra in ((TRANSLATED, []), (PLURAL_ONLY, ["-pluralonly"])):
            targets = [str(copies[language]) for language in group if language in copies]
            if not targets:
                continue
            command = [args.lupdate, *args.option, *extra, *args.sources, "-ts", *targets]
            run = subprocess.run(command, capture_output=True, text=True)
            if run.returncode != 0:
                print(run.stdout + run.stderr, file=sys.stderr)
                failures.append(f"lupdate failed ({run.returncode}): {' '.join(command)}")

        for language, copy in copies.items():
            committed = args.ts_dir / copy.name
            failures += problems_in(copy)
            old = committed.read_text(encoding="utf-8").splitlines()
            new = copy.read_text(encoding="utf-8").splitlines()
            if old != new:
                diff = list(difflib.unified_diff(old, new, f"committed/{copy.name}", f"updated/{copy.name}", lineterm=""))
                failures.append(f"not up to date with the sources: {copy.name}\n" + "\n".join(diff[:60]))

    if failures:
        print("Translations are not complete and up to date:", file=sys.stderr)
        for failure in failures:
            print("  " + failure, file=sys.stderr)
        print("Fix: cmake --build build/default --target update_translations, translate the new "
              "entries in Qt Linguist (linguist translations/tokenscope_de.ts …), commit the .ts files.",
              file=sys.stderr)
        return 1
    print(f"Translations complete and up to date: {', '.join(TRANSLATED + PLURAL_ONLY)}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""The oracle of the explained-access tests: real attempts, made by whoever runs this script
(started under setpriv with the subject's ids, groups and capabilities).

Reads a JSON list of paths on stdin and prints one JSON object: {path: {"read", "write",
"execute", "list"}: true when the attempt succeeded}. The attempts change nothing:
  read     open(O_RDONLY | O_NONBLOCK)
  write    a file: open(O_WRONLY | O_NONBLOCK), no O_CREAT, no O_TRUNC, nothing written;
           a folder: faccessat(W_OK, AT_EACCESS), the kernel's own check (opening a folder for
           writing is never allowed)
  execute  a file: execve (the test's files are `#!/bin/sh` scripts that exit 0); a folder: chdir
  list     opendir + readdir
"""
import json
import os
import stat
import subprocess
import sys


def attempt(action):
    try:
        action()
        return True
    except OSError:
        return False


def open_close(path, flags):
    os.close(os.open(path, flags | os.O_NONBLOCK | os.O_NOCTTY))


def run(path):
    # execve's own refusal raises; what the script does after it started does not matter.
    subprocess.run([path], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=10, check=False)


def search(path):
    os.chdir(path)
    os.chdir("/")


def writable_folder(path):
    if not os.access(path, os.W_OK, effective_ids=True):
        raise PermissionError(path)


results = {}
os.chdir("/")
for path in json.load(sys.stdin):
    try:
        folder = stat.S_ISDIR(os.stat(path).st_mode)
    except OSError:
        folder = False
    results[path] = {
        "read": attempt(lambda: open_close(path, os.O_RDONLY)),
        "write": attempt(lambda: writable_folder(path) if folder else open_close(path, os.O_WRONLY)),
        "execute": attempt(lambda: search(path) if folder else run(path)),
        "list": attempt(lambda: os.listdir(path)),
    }
json.dump(results, sys.stdout)

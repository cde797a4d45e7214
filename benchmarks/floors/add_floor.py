"""The stdlib floor for ``add``: the same file format and the same care, nothing else.

Takes the lock (flock), reads and parses circle.json, appends one entry, keeps the old
bytes as circle.json.bak (written and fsynced), writes the new file indented to a
temporary file, fsyncs it, renames it over the store and fsyncs the folder. No
validation, no history, no phone library: the least ``steuncirkel add`` could take.
Usage: python add_floor.py DATA_FOLDER NAME
"""

import fcntl
import json
import os
import sys
import tempfile
from pathlib import Path

home, name = Path(sys.argv[1]), sys.argv[2]
with open(home / "circle.json.lock", "a") as lock:
    fcntl.flock(lock, fcntl.LOCK_EX)
    old = (home / "circle.json").read_bytes()
    circle = json.loads(old)
    now = "2026-01-01T00:00:00Z"
    entry = {"id": f"floor-{name}", "name": name, "kind": "person", "roles": [], "knows": None}
    entry.update(dict.fromkeys(("phone", "phone_display", "email", "where", "relation")))
    entry.update({"available": None, "available_windows": None, "note": None})
    entry.update({"contacts": [], "created": now, "updated": now})
    circle["entries"].append(entry)
    new = (json.dumps(circle, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    for target, payload in ((home / "circle.json.bak", old), (home / "circle.json", new)):
        fd, tmp = tempfile.mkstemp(dir=home)
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    folder = os.open(home, os.O_RDONLY)
    os.fsync(folder)
    os.close(folder)

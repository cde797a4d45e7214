"""The crisis view's import path stays lean: every module here costs start-up time."""

from __future__ import annotations

import json
import subprocess
import sys


def test_crisis_loads_no_slow_standard_modules() -> None:
    code = (
        "import sys, json\nfrom steuncirkel.__main__ import main\nmain(['--demo', 'crisis'])\n"
        "print(json.dumps(sorted(sys.modules)), file=sys.stderr)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    loaded = set(json.loads(result.stderr.strip().splitlines()[-1]))
    # typing, pathlib, dataclasses and tempfile each cost milliseconds (PRODUCT §6: 3x).
    for slow in ("typing", "pathlib", "dataclasses", "tempfile", "traceback", "argparse"):
        assert slow not in loaded, slow

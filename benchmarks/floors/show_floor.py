"""The stdlib floor for ``show``: read circle.json and print the same kind of lines.

What a program that only reads JSON and prints one or two lines per entry costs, with
no validation, no wrapping and no colour: the least ``steuncirkel show`` could take.
Usage: python show_floor.py DATA_FOLDER
"""

import json
import sys
from pathlib import Path

circle = json.loads((Path(sys.argv[1]) / "circle.json").read_text(encoding="utf-8"))
out = []
for entry in circle["entries"]:
    out.append(f"  • {entry['name']} · {entry.get('relation') or entry['kind']}")
    reach = [v for k in ("phone_display", "email", "where", "available") if (v := entry.get(k))]
    if reach:
        out.append("    " + " · ".join(reach))
sys.stdout.write("\n".join(out) + "\n")

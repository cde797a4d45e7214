"""Write docs/schema/circle.schema.json from the models (run after changing models.py).

python scripts/gen_schema.py
"""

from __future__ import annotations

from pathlib import Path

from steuncirkel.models import schema_text

TARGET = Path(__file__).resolve().parent.parent / "docs" / "schema" / "circle.schema.json"

if __name__ == "__main__":
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {TARGET}")

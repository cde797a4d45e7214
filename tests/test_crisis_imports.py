"""The standard-library core stays standard-library only, and the crisis path stays lean.

``steuncirkel.base`` (and the crisis command on top of it) must import with every
third-party package blocked, and load none of the slow standard modules: each costs
the crisis view start-up time (PRODUCT §6). The modules are found by walking the
package, so a new module in the core is covered the day it is added.
"""

from __future__ import annotations

import json
import os
import pkgutil
import subprocess
import sys
import textwrap

import steuncirkel.base
from helpers import THIRD_PARTY

SLOW = ("typing", "pathlib", "dataclasses", "tempfile", "traceback", "argparse",
        # shared libraries and packages a crisis view of plain text never needs
        "unicodedata", "math", "decimal", "importlib", "warnings")  # fmt: skip
APP = ("steuncirkel.cli", "steuncirkel.models", "steuncirkel.store", "steuncirkel.render",
       "steuncirkel.operations", "steuncirkel.input_rules")  # fmt: skip


def core_modules() -> list[str]:
    found = [
        info.name for info in pkgutil.walk_packages(steuncirkel.base.__path__, "steuncirkel.base.")
    ]
    return ["steuncirkel.base", *found, "steuncirkel.crisis", "steuncirkel.__main__"]


def loaded_after(code: str, blocked: tuple[str, ...] = ()) -> set[str]:
    script = (
        textwrap.dedent(
            f"""
        import sys
        class Blocker:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in {blocked!r}:
                    raise ImportError(f"blocked for the test: {{name}}")
        sys.meta_path.insert(0, Blocker())
        """
        )
        + code
        + "\nprint('modules:', ' '.join(sorted(sys.modules)), file=sys.stderr)\n"
    )
    # The real clock, as users run it: a fixed STEUNCIRKEL_NOW is parsed with datetime.
    env = {k: v for k, v in os.environ.items() if k != "STEUNCIRKEL_NOW"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("modules: "), result.stderr
    return set(last.removeprefix("modules: ").split())


def test_the_walk_finds_the_whole_core() -> None:
    modules = core_modules()
    for name in ("vocab", "context", "storefile", "crisislist", "helplines", "i18n.nl"):
        assert f"steuncirkel.base.{name}" in modules


def test_every_core_module_imports_with_third_party_packages_blocked() -> None:
    code = "\n".join(f"import {name}" for name in core_modules())
    loaded = loaded_after(code, blocked=THIRD_PARTY)
    assert not {m for m in loaded if m.split(".")[0] in THIRD_PARTY}
    assert not {m for m in loaded if m.startswith(APP)}, "the core imports the app"
    for slow in SLOW:
        assert slow not in loaded, slow


def test_crisis_loads_no_slow_standard_modules() -> None:
    code = "from steuncirkel.__main__ import main\nmain(['--demo', 'crisis'])"
    loaded = loaded_after(code, blocked=THIRD_PARTY)
    for slow in SLOW:
        assert slow not in loaded, slow
    assert not {m for m in loaded if m.startswith(APP)}


def test_message_keys_behave_as_the_enum_the_type_checker_sees() -> None:
    """Msg is built without enum's machinery at run time (2.5 ms less per start); it
    must still act as the StrEnum mypy checks against."""
    from steuncirkel.base.i18n import Msg, catalogue

    key = Msg.STORE_MISSING
    assert isinstance(key, str) and isinstance(key, Msg)
    assert key == "store_missing" and key.value == "store_missing" and str(key) == key.value
    assert key.name == "STORE_MISSING" and f"{key}" == "store_missing"
    assert Msg("store_missing") is key and Msg["STORE_MISSING"] is key
    assert json.dumps({"code": key}) == '{"code": "store_missing"}'
    assert len(Msg) == len(list(Msg)) == len(set(Msg)) == len(catalogue("nl"))
    assert not hasattr(key, "__dict__")
    try:
        Msg("no_such_key")
    except ValueError:
        pass
    else:
        raise AssertionError("an unknown value must be refused, as an enum does")


def test_crisis_on_a_store_the_app_wrote_loads_no_text_reader_json_re_or_enum(cli, home) -> None:
    """Issue #12: the windows are stored, so the crisis view needs only ``base/windows``;
    the reader of typed times (``base/availability``) is for a store without them."""
    cli.add("Anna", "--crisis", "--phone", "0612345678", "--available", "ma-vr 9-17")
    code = "from steuncirkel.__main__ import main\nassert main(['crisis']) == 0"
    loaded = loaded_after(code, blocked=THIRD_PARTY)
    assert "steuncirkel.base.windows" in loaded
    assert "steuncirkel.base.availability" not in loaded
    # Nor the json package, re or enum (with functools and collections): together they
    # cost more than all of steuncirkel's own modules. The store is read by json's C
    # scanner, kinds and roles are base/keys.Keys.
    for slow in ("json", "re", "enum", "functools", "collections"):
        assert slow not in loaded, slow

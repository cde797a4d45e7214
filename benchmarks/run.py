"""Benchmarks for steuncirkel: whole processes, paired, measured in one run.

    python benchmarks/run.py            # uses the steuncirkel next to this Python
    python benchmarks/run.py --rounds 9

Every figure is printed beside its floor (bare Python, the json floor, ``import typer``,
the stdlib floor scripts in ``floors/``, ``khard list``); ``README.md`` says how to read
them. Goals (PRODUCT §6 and issue #12):
- ``crisis`` on a 5-entry circle: at most 1.8x a bare ``python -c pass``, peak memory at
  most 12 MiB;
- the reading commands on the demo circle at most 6x bare Python, ``print --format pdf``
  at most 200 ms;
- on 10,000 entries ``show`` at most 2x the stdlib show floor and ``add`` at most 1.5x
  the stdlib add floor;
- a 10,000-entry circle: ``show``, ``show --json``, ``print`` (text, html, pdf) and
  ``crisis`` each under one second;
- ``show`` at least 5x faster than ``khard list`` on the same 10,000 contacts as vCards;
- a living circle (issue #10): on a 10,000-entry circle ``edit``, ``contact``,
  ``order``, ``remove``, ``history`` and ``undo`` each under one second, and the data
  folder under 20 MB after 30 writes (a write, ``settings --name``, is timed beside
  them); ``crisis`` with availability windows at most 2.1x bare Python;
- a 100,000-entry circle (issue #12): every command under 2 s, ``add`` (and the other
  writes) under 400 MiB, no command more than 11x its 10,000-entry time.

khard is looked up on PATH; if it is missing, it is installed once into
``benchmarks/.khard-venv`` (pip, from PyPI). Timings are medians of paired rounds, so
both sides of a ratio see the same machine load.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

HERE = Path(__file__).resolve().parent
N_BIG = 10_000


def console_script() -> str:
    script = Path(sys.executable).parent / "steuncirkel"
    if script.exists():
        return str(script)
    found = shutil.which("steuncirkel")
    if not found:
        sys.exit("steuncirkel is not installed next to this Python; pip install . first")
    return found


def entry(n: int, crisis: bool) -> dict[str, object]:
    subscriber = 10_000_000 + n
    return {
        "id": f"bench-{n}",
        "name": f"Persoon {n:05d} Jansen",
        "kind": "person",
        "roles": ["crisis"] if crisis else (["listens"] if n % 2 else ["practical"]),
        "knows": None,
        "phone": f"+316{subscriber}",
        "phone_display": f"06 {subscriber}",
        "email": f"persoon{n}@example.nl",
        "where": None,
        "relation": "vriend",
        "available": "na 18:00",
        "available_windows": [{"days": [1, 2, 3, 4, 5, 6, 7], "from": "18:00", "to": "24:00"}],
        "note": None,
        "contacts": [],
        "created": "2026-01-01T00:00:00Z",
        "updated": "2026-01-01T00:00:00Z",
    }


def write_circle(folder: Path, count: int, crisis: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    entries = [entry(n, n < crisis) for n in range(count)]
    circle = {
        "format": "steuncirkel",
        "version": 2,
        "settings": {"country": "NL", "lang": "nl", "name": None, "nudge_weeks": 4},
        "crisis_order": [e["id"] for e in entries[:crisis]],
        "entries": entries,
    }
    (folder / "circle.json").write_text(json.dumps(circle, indent=2), encoding="utf-8")


def write_vcards(folder: Path, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        e = entry(n, False)
        first, rest = str(e["name"]).split(" ", 1)
        card = (
            "BEGIN:VCARD\r\nVERSION:3.0\r\n"
            f"UID:{e['id']}\r\nFN:{e['name']}\r\nN:{rest};{first};;;\r\n"
            f"TEL;TYPE=CELL:{e['phone']}\r\nEMAIL;TYPE=HOME:{e['email']}\r\n"
            "END:VCARD\r\n"
        )
        (folder / f"{e['id']}.vcf").write_text(card, encoding="utf-8")


KHARD_CONFIG = """\
[addressbooks]
[[bench]]
path = {path}

[general]
debug = no
default_action = list
editor = true
merge_editor = true

[contact table]
display = formatted_name
group_by_addressbook = no
reverse = no
show_nicknames = no
show_uids = no
sort = last_name
localize_dates = yes
preferred_phone_number_type = pref, cell, home
preferred_email_address_type = pref, work, home

[vcard]
private_objects = Jabber,
preferred_version = 3.0
search_in_source_files = no
skip_unparsable = no
"""


def find_khard() -> str | None:
    found = shutil.which("khard")
    if found:
        return found
    venv = HERE / ".khard-venv"
    exe = venv / "bin" / "khard"
    if not exe.exists():
        print("installing khard into benchmarks/.khard-venv (once) ...", file=sys.stderr)
        try:
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
            subprocess.run(
                [str(venv / "bin" / "pip"), "install", "--quiet", "khard"],
                check=True,
            )
        except (subprocess.CalledProcessError, OSError) as exc:
            print(f"could not install khard: {exc}", file=sys.stderr)
            return None
    return str(exe) if exe.exists() else None


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed: {result.stderr.decode(errors='replace')}")
    return elapsed


# Runs a command and reports its time and peak memory. A child started straight from
# this process would inherit its high-water mark (Linux keeps ru_maxrss across exec, and
# this process has built a 100,000-entry circle), so a small Python process starts it.
_PEAK = (
    "import resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "seconds = time.perf_counter() - start\n"
    "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
    "print(seconds, peak * 1024)\n"
    "sys.exit(code)\n"
)


def timed_peak(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Seconds and the peak resident memory (bytes) of one run of ``command``."""
    result = subprocess.run(
        [sys.executable, "-c", _PEAK, *command], env=env, capture_output=True, text=True
    )
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed: {result.stderr}")
    seconds, peak = result.stdout.split()
    return float(seconds), int(peak)  # ru_maxrss is in kilobytes on Linux


def paired(commands: dict[str, list[str]], env: dict[str, str], rounds: int) -> dict[str, float]:
    """Median seconds per command; each round runs every command once, in turn."""
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for command in commands.values():  # warm the file cache and byte code once
        timed(command, env)
    for _ in range(rounds):
        for name, command in commands.items():
            samples[name].append(timed(command, env))
    return {name: statistics.median(values) for name, values in samples.items()}


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


N_HUGE = 100_000


def large_circle_commands(exe: str, out: Path) -> dict[str, list[str]]:
    """What is timed on the large circles: the reading commands, every printout (to a
    file in ``out``) and ``crisis``."""
    commands = {
        "show": [exe, "show"],
        "show --json": [exe, "show", "--json"],
        "print --format text": [exe, "print", "--format", "text"],
    }
    for fmt in ("html", "pdf"):
        output = str(out / f"out.{fmt}")
        commands[f"print --format {fmt}"] = [exe, "print", "--format", fmt, "-o", output, "--force"]
    commands["crisis"] = [exe, "crisis"]
    return commands


def huge_bench(exe: str, env: dict[str, str], folder: Path, at_10k: dict[str, float]) -> None:
    """A circle of 100,000 entries (issue #12): every command works, each under 2 s,
    ``add`` under 400 MiB, and no command grows more than 11x from 10,000 entries.
    Three runs each (a run takes seconds); the median time and the largest peak."""
    write_circle(folder, N_HUGE, 5)
    huge_env = {**env, "STEUNCIRKEL_HOME": str(folder)}
    timed([exe, "settings", "--name", "Sam"], huge_env)  # as the app leaves it
    commands = {**large_circle_commands(exe, folder.parent), "settings": [exe, "settings"]}
    results: dict[str, tuple[float, int]] = {}
    for name, command in commands.items():
        timed(command, huge_env)  # warm the file cache
        runs = [timed_peak(command, huge_env) for _ in range(3)]
        results[name] = (statistics.median(r[0] for r in runs), max(r[1] for r in runs))
    writes: dict[str, Callable[[int], list[str]]] = {
        "add": lambda n: [exe, "add", f"Groot {n}"],
        "edit": lambda n: [exe, "edit", f"Groot {n}", "--note", "bench"],
        "contact": lambda n: [exe, "contact", f"Groot {n}"],
        "remove": lambda n: [exe, "remove", f"Groot {n}", "--yes"],
    }
    for name, command_for in writes.items():
        runs = [timed_peak(command_for(n), huge_env) for n in range(3)]
        results[name] = (statistics.median(r[0] for r in runs), max(r[1] for r in runs))
    print(f"a circle of {N_HUGE:,} entries (goal: each under 2 s; add, and every write, "
          "under 400 MiB; growth from 10,000 at most 11x)")  # fmt: skip
    for name, (seconds, peak) in results.items():
        line = f"  {name:<24}{seconds * 1000:7.0f} ms {peak / 2**20:6.0f} MiB   "
        line += verdict(seconds < 2.0)
        if name in writes:
            line += f", memory {verdict(peak < 400 * 2**20)}"
        if name in at_10k:
            growth = seconds / at_10k[name]
            line += f", {growth:.1f}x the 10,000 time {verdict(growth <= 11)}"
        print(line)
    json_floor = timed_peak([sys.executable, "-c", "import json, sys; "
                             f"json.load(open({str(folder / 'circle.json')!r}))"], env)  # fmt: skip
    print(f"  json.load (floor)       {json_floor[0] * 1000:7.0f} ms "
          f"{json_floor[1] / 2**20:6.0f} MiB")  # fmt: skip
    print()


def folder_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def living_bench(exe: str, env: dict[str, str], folder: Path, rounds: int) -> None:
    """A living circle of 10,000 entries (issue #10): 30 writes, then the size of the
    folder and the times of ``edit``, ``contact``, ``order``, ``remove``, ``history``,
    ``undo`` and a ``settings`` write. ``remove`` takes another entry each round (and
    an ``undo`` in the same round brings one back)."""
    write_circle(folder, N_BIG, 5)
    hist_env = {**env, "STEUNCIRKEL_HOME": str(folder)}
    for n in range(30):
        timed([exe, "settings", "--name", f"Naam {n}"], hist_env)
    size = folder_bytes(folder)
    kept = folder_bytes(folder / "history")
    name = "Persoon 05000 Jansen"
    times = paired(
        {
            "edit (a note)": [exe, "edit", name, "--note", "gebeld"],
            "contact": [exe, "contact", name],
            "order": [exe, "order", "Persoon 00004 Jansen"],
            "history": [exe, "history"],
            "undo": [exe, "undo"],
            "settings --name (a write)": [exe, "settings", "--name", "Sam"],
        },
        hist_env,
        rounds,
    )
    removes = [
        timed([exe, "remove", f"Persoon {6000 + n:05d} Jansen", "--yes"], hist_env)
        for n in range(rounds)
    ]
    times["remove --yes"] = statistics.median(removes)
    print(f"a living circle of {N_BIG:,} entries (goal: each under 1 s)")
    for label, seconds in times.items():
        goal = verdict(seconds < 1.0) if not label.startswith("settings") else "(no goal)"
        print(f"  {label:<26}{seconds * 1000:7.0f} ms   {goal}")
    store = (folder / "circle.json").stat().st_size
    print(f"  data folder after 30 writes {size / 2**20:6.1f} MB   (goal < 20 MB: "
          f"{verdict(size < 20 * 2**20)}; circle.json {store / 2**20:.1f} MB, "
          f"history {kept / 2**20:.1f} MB)")  # fmt: skip
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--no-khard", action="store_true", help="skip the khard comparison")
    parser.add_argument("--no-huge", action="store_true", help="skip the 100,000-entry circle")
    args = parser.parse_args()

    exe = console_script()
    py = sys.executable
    with tempfile.TemporaryDirectory(prefix="steuncirkel-bench-") as tmp:
        small, big, cards = Path(tmp, "small"), Path(tmp, "big"), Path(tmp, "vcards")
        write_circle(small, 5, 5)
        write_circle(big, N_BIG, 5)
        # As installed for a user: byte code is cached (any value of this variable,
        # even "0", would stop Python from writing it and make every start compile).
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith("STEUNCIRKEL_") and k != "PYTHONDONTWRITEBYTECODE"
        }

        print(f"steuncirkel benchmark, {args.rounds} paired rounds, medians")
        print(f"python: {py}")
        print()

        small_env = {**env, "STEUNCIRKEL_HOME": str(small)}
        # One write brings the small circle to the current format, with its
        # availability windows stored, as a user's circle is after any change.
        timed([exe, "settings", "--name", "Sam"], small_env)
        small_json = str(small / "circle.json")
        start = paired(
            {
                "bare": [py, "-c", "pass"],
                "json": [py, "-c", f"import json; json.load(open({small_json!r}))"],
                "crisis": [exe, "crisis"],
                "heavy": [py, "-c", "import typer, pydantic, rich.console"],
            },
            small_env,
            args.rounds,
        )
        bare = start["bare"]
        ratio = start["crisis"] / bare
        print("crisis start-up (5-entry circle)")
        print(f"  python -c pass (bare)                 {bare * 1000:7.1f} ms   1.00x")
        print(f"  json.load of the circle (json floor)  {start['json'] * 1000:7.1f} ms"
              f"   {start['json'] / bare:.2f}x")  # fmt: skip
        print(f"  steuncirkel crisis                    {start['crisis'] * 1000:7.1f} ms"
              f"   {ratio:.2f}x   (goal <= 1.8x: {verdict(ratio <= 1.8)})")  # fmt: skip
        print(f"  import typer, pydantic, rich.console  {start['heavy'] * 1000:7.1f} ms"
              f"   {start['heavy'] / bare:.2f}x")  # fmt: skip
        # Peak memory, measured the same way for both (the measuring process's own size
        # is a floor under both figures, so the crisis figure is, if anything, high).
        crisis_peak = max(timed_peak([exe, "crisis"], small_env)[1] for _ in range(3))
        bare_peak = max(timed_peak([py, "-c", "pass"], small_env)[1] for _ in range(3))
        print(f"  peak memory: crisis {crisis_peak / 2**20:.1f} MiB,"
              f" bare {bare_peak / 2**20:.1f} MiB"
              f"   (goal <= 12 MiB: {verdict(crisis_peak <= 12 * 2**20)})")  # fmt: skip
        print()

        demo_env = {**env, "STEUNCIRKEL_HOME": str(Path(tmp, "none"))}
        reading = paired(
            {
                "bare": [py, "-c", "pass"],
                "--help": [exe, "--help"],
                "show": [exe, "--demo", "show"],
                "show --json": [exe, "--demo", "show", "--json"],
                "settings": [exe, "--demo", "settings"],
                "print --format text": [exe, "--demo", "print"],
                "print --format markdown": [exe, "--demo", "print", "--format", "markdown"],
                "print --format pdf": [
                    exe,
                    "--demo",
                    "print",
                    "--format",
                    "pdf",
                    "--output",
                    str(Path(tmp, "demo.pdf")),
                    "--force",
                ],
                "import typer (floor)": [py, "-c", "import typer"],
                "import fpdf (floor)": [py, "-c", "import fpdf"],
            },  # fmt: skip
            demo_env,
            args.rounds,
        )
        print("reading commands on the demo circle (goal: <= 6x bare python; pdf <= 200 ms)")
        for label, seconds in reading.items():
            if label == "bare":
                continue
            times = seconds / reading["bare"]
            goal = "" if "floor" in label else (
                verdict(seconds <= 0.2) if "pdf" in label else verdict(times <= 6)
            )  # fmt: skip
            print(f"  {label:<26}{seconds * 1000:7.0f} ms  {times:5.1f}x   {goal}")
        print()

        big_env = {**env, "STEUNCIRKEL_HOME": str(big)}
        # A hand-edited copy (no note: checked in full), then one write, so the circle
        # is as the app leaves it after any change (with its note, base/stamp.py).
        hand = Path(tmp, "hand")
        hand.mkdir(mode=0o700)
        shutil.copy2(big / "circle.json", hand / "circle.json")
        timed([exe, "settings", "--name", "Sam"], big_env)
        commands = large_circle_commands(exe, Path(tmp))
        hand_show = [exe, "--home", str(hand), "show"]
        commands = {"show": commands.pop("show"), "show (hand-edited file)": hand_show, **commands}
        big_times = paired(commands, big_env, max(3, args.rounds // 2))
        print(f"a circle of {N_BIG:,} entries (goal: each under 1 s)")
        for name, seconds in big_times.items():
            print(f"  {name:<24}{seconds * 1000:7.0f} ms   {verdict(seconds < 1.0)}")
        print("  (show (hand-edited file): a circle the app did not write is checked in full)")
        floors = paired(
            {
                "show": [exe, "show"],
                "stdlib show floor": [py, str(HERE / "floors" / "show_floor.py"), str(big)],
            },
            big_env,
            max(3, args.rounds // 2),
        )
        show_ratio = floors["show"] / floors["stdlib show floor"]
        print(
            f"  stdlib show floor       {floors['stdlib show floor'] * 1000:7.0f} ms   "
            f"show = {show_ratio:.1f}x the floor (goal <= 2x: {verdict(show_ratio <= 2)})"
        )
        # The floor writes its own copy: written into the app's circle, it would leave a
        # file the app did not write, and every add would time the full check instead.
        floor_copy = Path(tmp, "add-floor")
        floor_copy.mkdir(mode=0o700)
        shutil.copy2(big / "circle.json", floor_copy / "circle.json")
        adds, add_floors = [], []
        for n in range(max(3, args.rounds // 2)):
            adds.append(timed([exe, "add", f"Nieuw {n}"], big_env))
            add_floors.append(
                timed([py, str(HERE / "floors" / "add_floor.py"), str(floor_copy), f"Vloer {n}"],
                      env)
            )  # fmt: skip
        add_time, add_floor = statistics.median(adds), statistics.median(add_floors)
        add_ratio = add_time / add_floor
        print(
            f"  add                     {add_time * 1000:7.0f} ms   "
            f"{add_ratio:.1f}x the stdlib add floor (goal <= 1.5x: {verdict(add_ratio <= 1.5)})"
        )
        print(f"  stdlib add floor        {add_floor * 1000:7.0f} ms")
        print()

        if not args.no_huge:
            huge_bench(exe, env, Path(tmp, "huge"), big_times | {"add": add_time})

        living_bench(exe, env, Path(tmp, "history"), max(3, args.rounds // 2))

        khard = None if args.no_khard else find_khard()
        if khard is None:
            print("khard comparison skipped (khard not available)")
            return
        write_vcards(cards, N_BIG)
        config = Path(tmp, "khard.conf")
        config.write_text(KHARD_CONFIG.format(path=cards), encoding="utf-8")
        versus = paired(
            {"steuncirkel show": [exe, "show"], "khard list": [khard, "-c", str(config), "list"]},
            big_env,
            3,
        )
        speedup = versus["khard list"] / versus["steuncirkel show"]
        print(f"{N_BIG:,} contacts: steuncirkel show vs khard list (vCard files)")
        print(f"  steuncirkel show   {versus['steuncirkel show'] * 1000:7.0f} ms")
        print(f"  khard list         {versus['khard list'] * 1000:7.0f} ms")
        print(f"  show is {speedup:.1f}x faster   (goal >= 5x: {verdict(speedup >= 5)})")


if __name__ == "__main__":
    main()

"""How long `separ` takes from launch until the first item's title is drawn.

Three programs run in a real pseudo-terminal of 80x24, each clock stopping when its marker
reaches the terminal: a bare Textual app (header, label, footer; the label's text), `separ` on
the built-in pack (the first item's title), and `separ` on a generated pack of 2,000 items
(its first item's title). They are measured in turn in the same run, so a busy machine slows
all alike; the results are ratios of medians. Targets: separ at most 1.4x the bare app, the
2,000-item pack at most 2x the built-in one. With `--lang fa`, `separ` in Persian is measured
too (its first item's title as Separ draws it, letters joined and read from the right), with a
target of at most 1.2x the same in English.

Bytecode is cached in a temporary folder (PYTHONPYCACHEPREFIX) for all three alike, as it is
once Separ is installed, even where PYTHONDONTWRITEBYTECODE is set (otherwise a checkout compiles
every module of Separ at each start, and Textual's, installed, not); `--as-is` keeps the
environment's own setting.

    python benchmarks/startup.py [--runs 15] [--items 2000] [--lang fa] [--as-is]
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import os
import pty
import select
import shutil
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

BARE_APP = """
from textual.app import App
from textual.widgets import Footer, Header, Label

class Bare(App):
    def compose(self):
        yield Header()
        yield Label("Hello from a bare app")
        yield Footer()

Bare().run()
"""


def time_to_marker(
    command: list[str], env: dict[str, str], marker: bytes, limit: float = 60.0
) -> tuple[float, float]:
    """Seconds from starting a command in an 80x24 pseudo-terminal until `marker` is drawn, and
    the processor time it used until then (steadier than the clock on a shared machine)."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: become the program
        os.execvpe(command[0], command, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    start = time.perf_counter()
    seen = b""
    try:
        while time.perf_counter() - start < limit:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            seen = (seen + chunk)[-8192:]
            if marker in seen:
                elapsed = time.perf_counter() - start
                os.kill(pid, signal.SIGSTOP)
                usage = os.wait4(pid, os.WUNTRACED)[2]
                return elapsed, usage.ru_utime + usage.ru_stime
        raise RuntimeError(f"{marker!r} not drawn by {command} within {limit} s")
    finally:
        os.kill(pid, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)
        os.close(fd)


def generated_pack(root: Path, count: int) -> Path:
    """A pack of `count` items in sections of 50, each citing the built-in documents."""
    from separ.pack import load_pack

    shipped = load_pack()
    shutil.copytree(REPO / "seeds", root / "seeds")
    guidance = root / "guidance"
    guidance.mkdir()
    citations = shipped.citations
    per_section = 50
    for first in range(0, count, per_section):
        number = first // per_section + 1
        lines = [
            f"id: section-{number}",
            f"title: Generated section {number}",
            "summary: Items made up to measure a large pack.",
            "items:",
        ]
        for n in range(first, min(count, first + per_section)):
            citation = citations[n % len(citations)]
            quote = " ".join(citation.quote.split()).replace("'", "''")
            lines += [
                f"  - id: item-{n + 1}",
                f"    title: Generated item {n + 1} to measure opening a large pack",
                "    level: essential",
                "    why: Made up to measure how long a large pack takes to open.",
                "    steps:",
                "      - Open the app.",
                "      - Wait for this title.",
                "    citations:",
                f"      - document: {citation.document.id}",
                f"        quote: '{quote}'",
                f"        role: {citation.role}",
            ]
        (guidance / f"{number:03}-generated.yaml").write_text("\n".join(lines) + "\n", "utf-8")
    return root


def persian_program(env: dict[str, str]) -> tuple[list[str], bytes, dict[str, str]]:
    """`separ --lang fa`, and what it draws first: the first item's first words as Separ draws
    them (in the mode where it reorders, remembered so that the first start asks nothing). Its
    data folder is its own: a language asked for by name is remembered, and the English runs
    must not open in Persian."""
    env = {**env, "SEPAR_DATA_DIR": env["SEPAR_DATA_DIR"] + "-fa"}
    from separ.i18n.rtl import DISPLAY_SETTING, SEPAR_REORDERS, label
    from separ.pack import load_pack
    from separ.progress import ProgressStore

    store = ProgressStore(Path(env["SEPAR_DATA_DIR"]))
    store.set_setting(DISPLAY_SETTING, SEPAR_REORDERS)
    store.close()
    title = load_pack(lang="fa").items[0].title
    marker = label(" ".join(title.split()[:2]), SEPAR_REORDERS)
    return [sys.executable, "-m", "separ", "--lang", "fa"], marker.encode(), env


def median_ms(times: list[float]) -> float:
    """The median, in milliseconds."""
    return statistics.median(times) * 1000


def main() -> int:
    """Measure the three in turn, and print the medians and their ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--lang", choices=("en", "fa"), default="en")
    parser.add_argument("--as-is", action="store_true", help="do not cache bytecode")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="separ-bench-"))
    env = {**os.environ, "TERM": "xterm-256color", "SEPAR_DATA_DIR": str(work / "data")}
    env.pop("NO_COLOR", None)
    if not args.as_is:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    big = generated_pack(work / "pack", args.items)
    from separ.pack import load_pack

    first_title = load_pack().items[0].title
    programs = {
        "bare": ([sys.executable, "-c", BARE_APP], b"Hello from a bare app", env),
        "separ": (
            [sys.executable, "-m", "separ"],
            " ".join(first_title.split()[:4]).encode(),
            env,
        ),
        "large": (
            [sys.executable, "-m", "separ", "--pack", str(big)],
            b"Generated item 1 to measure",
            env,
        ),
    }
    if args.lang == "fa":
        programs["persian"] = persian_program(env)
    for command, marker, its_env in programs.values():  # warm the caches; the first-run setting
        time_to_marker(command, its_env, marker)
    clock: dict[str, list[float]] = {name: [] for name in programs}
    cpu: dict[str, list[float]] = {name: [] for name in programs}
    for _ in range(args.runs):
        for name, (command, marker, its_env) in programs.items():
            elapsed, used = time_to_marker(command, its_env, marker)
            clock[name].append(elapsed)
            cpu[name].append(used)
    shutil.rmtree(work, ignore_errors=True)
    print(f"runs: {args.runs} each, in turn, 80x24 pseudo-terminal; clock stops at the marker")
    print(
        "bytecode: " + ("the environment's own setting" if args.as_is else "cached, as installed")
    )
    print("                                            clock (median)   processor time (median)")
    labels = {
        "bare": "bare Textual app (header, label, footer)",
        "separ": "separ, built-in pack (first item's title)",
        "large": f"separ, generated pack of {args.items:,} items",
    }
    if args.lang == "fa":
        labels["persian"] = "separ in Persian (the same, drawn RTL)"
    for name, label in labels.items():
        print(f"{label:<44}{median_ms(clock[name]):>6.0f} ms {median_ms(cpu[name]):>16.0f} ms")
    ratios = [
        ("separ / bare app", "separ", "bare", 1.4),
        (f"{args.items:,} items / built-in", "large", "separ", 2.0),
    ]
    if args.lang == "fa":
        ratios.append(("Persian / English", "persian", "separ", 1.2))
    for label, top, bottom, target in ratios:
        ratio = median_ms(clock[top]) / median_ms(clock[bottom])
        steady = median_ms(cpu[top]) / median_ms(cpu[bottom])
        print(f"ratio {label:<38}{ratio:>6.2f} {steady:>19.2f}    (target: at most {target})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How fast `separ export` starts, against importing its own dependencies in a bare Python.

Runs both commands in alternating rounds in the same run (so a busy machine slows both), takes
the median of each and prints the ratio. The target is at most 1.6 times the bare imports.

Bytecode is cached in a temporary folder (PYTHONPYCACHEPREFIX), as it is once Separ is installed,
even where PYTHONDONTWRITEBYTECODE is set; `--as-is` keeps the environment's own setting.

    python benchmarks/export.py [--rounds 15] [--format markdown] [--as-is]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET = 1.6
"""`separ export` may take at most this many times the bare imports."""

SRC = Path(__file__).resolve().parent.parent / "src"


def timed(command: list[str], env: dict[str, str]) -> float:
    """Seconds one run of a command takes; a failing run stops the benchmark."""
    start = time.perf_counter()
    result = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{result.stderr.decode(errors='replace')}")
    return elapsed


def main() -> int:
    """Run the rounds and print the medians and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--format", default="markdown", choices=("markdown", "html", "text"))
    parser.add_argument("--as-is", action="store_true", help="do not cache bytecode")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="separ-bench-") as scratch:
        env = dict(os.environ)
        env["SEPAR_DATA_DIR"] = str(Path(scratch) / "data")
        if not args.as_is:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(scratch) / "pycache")
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(SRC), env.get("PYTHONPATH")) if p)
        export = [sys.executable, "-m", "separ", "export", "--format", args.format]
        baseline = [sys.executable, "-c", "import yaml, markdown_it, platformdirs"]
        timed(export, env)  # warm the caches and create the progress file
        timed(baseline, env)
        times: dict[str, list[float]] = {"export": [], "baseline": []}
        for _ in range(args.rounds):
            times["export"].append(timed(export, env))
            times["baseline"].append(timed(baseline, env))

    export_ms = statistics.median(times["export"]) * 1000
    baseline_ms = statistics.median(times["baseline"]) * 1000
    ratio = export_ms / baseline_ms
    cache = "environment's bytecode setting" if args.as_is else "bytecode cached"
    print(f"{args.rounds} rounds, {cache}, Python {sys.version.split()[0]}")
    print(f"separ export --format {args.format}: median {export_ms:.1f} ms")
    print(f"python -c 'import yaml, markdown_it, platformdirs': median {baseline_ms:.1f} ms")
    verdict = "within" if ratio <= TARGET else "OVER"
    print(f"ratio {ratio:.2f} ({verdict} the target of {TARGET})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

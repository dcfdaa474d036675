"""The offline copy (separ.pyz) against the installed package: size and start-up time.

Three starts are timed for each, alternately in the same run (so a busy machine slows both):
`separ --version` (Python and the command line only), `separ list` (the pack loaded and checked)
and the app until its first item's title is drawn in an 80x24 pseudo-terminal. Both run under
this Python; the installed package is the one this Python imports (its bytecode cached, as after
installing; from its second start, the app reads the checked pack from the progress store). The
copy can cache no bytecode, and reads YAML without PyYAML's C loader: the ratios say what that
costs. Each line gives the medians and the ratio copy / installed.

    python benchmarks/offline.py [--pyz dist/separ.pyz] [--runs 9]

Without --pyz, the copy is built first into a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from export import timed  # sibling scripts, not a package
from startup import time_to_marker

REPO = Path(__file__).resolve().parent.parent


def build(out: Path) -> Path:
    """Build the copy with the project's script."""
    script = REPO / "scripts" / "build_offline.py"
    subprocess.run([sys.executable, str(script), "--out", str(out)], check=True)
    return out / "separ.pyz"


def main() -> int:
    """Measure both, alternately, and print the medians and their ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pyz", type=Path, help="the copy to measure (default: build one)")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="separ-bench-") as scratch:
        pyz = args.pyz or build(Path(scratch) / "dist")
        env = {**os.environ, "TERM": "xterm-256color", "SEPAR_DATA_DIR": f"{scratch}/data"}
        env.pop("NO_COLOR", None)
        installed = [sys.executable, "-m", "separ"]
        copy = [sys.executable, str(pyz)]
        print(f"{pyz.name}: {pyz.stat().st_size / 1e6:.1f} MB; Python {sys.version.split()[0]}")
        print(f"runs: {args.runs} each, alternating; medians")
        from separ.pack import load_pack

        title = " ".join(load_pack().items[0].title.split()[:4]).encode()

        def first_frame(command: list[str]) -> float:
            return time_to_marker(command, env, title)[0]

        measures = (
            ("separ --version", lambda c: timed([*c, "--version"], env)),
            ("separ list", lambda c: timed([*c, "list"], env)),
            ("app, first item drawn", first_frame),
        )
        for label, measure in measures:
            measure(installed)  # warm the file cache (and write the first-run setting)
            measure(copy)
            mine, theirs = [], []
            for _ in range(args.runs):
                theirs.append(measure(installed))
                mine.append(measure(copy))
            m, t = statistics.median(mine), statistics.median(theirs)
            print(
                f"{label:18} installed {t * 1000:5.0f} ms   separ.pyz {m * 1000:5.0f} ms"
                f"   ratio {m / t:.2f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

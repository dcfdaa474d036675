"""What situations, Start here and contacts add to loading the pack, which every command and the
app's first frame wait for: the built-in pack against a copy of it without situations/ and help/.

Loads both in alternating rounds in the same run (so a busy machine slows both), takes the median
of each and prints the ratio. The target is at most 1.25 times the pack without them.

    python benchmarks/situations.py [--rounds 15]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from separ.pack import builtin_pack_dir, check_pack

TARGET = 1.25
"""Loading with situations may take at most this many times loading without them."""


def timed(root: Path) -> float:
    """Seconds one full load and check of a pack takes; a pack with problems stops the run."""
    start = time.perf_counter()
    pack, problems = check_pack(root)
    elapsed = time.perf_counter() - start
    errors = [p for p in problems if not p.warning]  # warnings: translations still to be made
    if errors or pack is None:
        sys.exit("\n".join(map(str, errors)))
    return elapsed


def main() -> int:
    """Run the rounds and print the medians and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    full = builtin_pack_dir()
    with tempfile.TemporaryDirectory(prefix="separ-bench-") as scratch:
        bare = Path(scratch) / "pack"
        for name in ("guidance", "seeds", "trusted"):
            shutil.copytree(full / name, bare / name)
        timed(full)  # warm the caches
        timed(bare)
        times: dict[str, list[float]] = {"full": [], "bare": []}
        for _ in range(args.rounds):
            times["full"].append(timed(full))
            times["bare"].append(timed(bare))
        pack, _ = check_pack(full)
    full_ms = statistics.median(times["full"]) * 1000
    bare_ms = statistics.median(times["bare"]) * 1000
    ratio = full_ms / bare_ms
    assert pack is not None
    print(f"{args.rounds} rounds, Python {sys.version.split()[0]}")
    print(
        f"pack with {len(pack.situations)} situations, Start here and "
        f"{len(pack.contacts)} contacts: median {full_ms:.1f} ms"
    )
    print(f"the same pack without them: median {bare_ms:.1f} ms")
    verdict = "within" if ratio <= TARGET else "OVER"
    print(f"ratio {ratio:.2f} ({verdict} the target of {TARGET})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

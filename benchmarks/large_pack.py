"""How fast a pack with a seed document at the size limit is checked, against reading it once.

The pack holds one document of nearly MAX_DOCUMENT_BYTES (paragraphs of the built-in seeds in a
shuffled order) and items citing it: twenty quotes that are in it, one near miss and one quote
of the longest length allowed that is not in it, so that `check_pack` also looks for two closest
passages. The baseline reads the document's bytes, decodes them and splits them into words: the
least any check of the quotes must do. Both run in alternating rounds in this process (so a busy
machine slows both); the medians and their ratio are printed, and the peak memory of one check
against the document's size. A 200 MB document is refused before it is read: its time is shown.

    python benchmarks/large_pack.py [--rounds 7]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
sys.path.insert(0, str(SRC))

from separ.pack import builtin_pack_dir, check_pack  # noqa: E402
from separ.pack.files import MAX_DOCUMENT_BYTES  # noqa: E402
from separ.pack.format import MAX_QUOTE  # noqa: E402

TARGET = 8.0
"""Checking the pack may take at most this many times reading the document once."""


def paragraphs() -> list[str]:
    """The paragraphs of the built-in seeds."""
    seeds = builtin_pack_dir() / "seeds"
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt")))
    return [" ".join(p.split()) for p in text.split("\n\n") if len(p.split()) > 8]


def write_pack(root: Path) -> Path:
    """The pack: one document at the limit and items that cite it."""
    rng = random.Random(7)
    pool = paragraphs()
    chosen: list[str] = []
    size = 0
    while size < MAX_DOCUMENT_BYTES - 20_000:
        paragraph = rng.choice(pool)
        chosen.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 2
    (root / "guidance").mkdir(parents=True)
    (root / "seeds").mkdir()
    (root / "seeds" / "big.txt").write_text("\n\n".join(chosen) + "\n", encoding="utf-8")
    (root / "seeds" / "sources.yaml").write_text(
        "documents:\n  - id: big\n    file: big.txt\n    title: Big\n", encoding="utf-8"
    )
    quotes = [rng.choice(chosen)[:150].rsplit(" ", 1)[0] for _ in range(20)]
    near = quotes[0][:60] + " not quite " + quotes[0][70:]
    words = " ".join(rng.choice(chosen) for _ in range(40)).split()
    missing = " ".join(rng.sample(words, 600))[:MAX_QUOTE].rsplit(" ", 1)[0]
    items = []
    for n, quote in enumerate([*quotes, near, missing]):
        escaped = quote.replace("'", "''")
        items.append(
            f"  - id: item-{n}\n    title: T\n    level: essential\n    why: W\n"
            f"    steps: [S]\n    citations:\n      - document: big\n"
            f"        quote: '{escaped}'\n        role: advice\n"
        )
    (root / "guidance" / "01-big.yaml").write_text(
        "id: big\ntitle: Big\nsummary: Big\nitems:\n" + "".join(items), encoding="utf-8"
    )
    return root


def baseline(path: Path) -> None:
    """Read the document once: bytes, text, words."""
    path.read_bytes().decode("utf-8").split()


def check(root: Path) -> None:
    """Check the pack; it must find exactly the two quotes that are not in the document."""
    _, problems = check_pack(root)
    if len(problems) != 2 or not all("closest passage" in p.message for p in problems):
        sys.exit(f"unexpected problems: {[str(p) for p in problems]}")


def timed(function, argument) -> float:
    start = time.perf_counter()
    function(argument)
    return time.perf_counter() - start


def main() -> int:
    """Run the rounds and print the medians, their ratio and the peak memory."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="separ-bench-") as scratch:
        root = write_pack(Path(scratch) / "pack")
        document = root / "seeds" / "big.txt"
        size = document.stat().st_size
        times: dict[str, list[float]] = {"check": [], "baseline": []}
        for _ in range(args.rounds):
            times["check"].append(timed(check, root))
            times["baseline"].append(timed(baseline, document))
        tracemalloc.start()
        check(root)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        with open(document, "wb") as file:
            file.truncate(200_000_000)
        refused = timed(check_pack, root)
    check_ms = statistics.median(times["check"]) * 1000
    base_ms = statistics.median(times["baseline"]) * 1000
    ratio = check_ms / base_ms
    print(f"{args.rounds} rounds, Python {sys.version.split()[0]}, document {size / 1e6:.1f} MB")
    print(
        f"check_pack (22 quotes, 2 closest passages, one {MAX_QUOTE} characters long): "
        f"median {check_ms:.0f} ms"
    )
    print(f"reading the document once: median {base_ms:.0f} ms")
    verdict = "within" if ratio <= TARGET else "OVER"
    print(f"ratio {ratio:.2f} ({verdict} the target of {TARGET})")
    print(f"peak memory of one check: {peak / 1e6:.0f} MB ({peak / size:.1f} times the document)")
    print(f"a 200 MB document is refused in {refused * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""First use by many at once: eight `separ tick` processes on a new data folder keep every tick.

Each process is forked after the imports and released at one moment by a barrier, then runs the
`separ tick` command itself (`cli.main`), so the race is the command's own, without the seconds
a fresh interpreter would take to start.
"""

from __future__ import annotations

import contextlib
import io
import multiprocessing
import os
import sys
from pathlib import Path

import pytest

from apphelp import write_pack
from separ.cli import main
from separ.progress import DB_NAME, ProgressStore

ROUNDS = 30
PROCESSES = 8
IDS = [f"item-{n}" for n in range(PROCESSES)]

SECTION = "id: s\ntitle: S\nsummary: S\nitems:\n" + "".join(
    f"  - id: {ident}\n    title: T\n    level: essential\n    why: W\n    steps: [S]\n"
    "    citations:\n      - document: d\n        quote: a passage\n        role: advice\n"
    for ident in IDS
)
SOURCES = "documents:\n  - id: d\n    file: d.txt\n    title: D\n"


def _tick(barrier, pack: str, data: str, ident: str) -> None:
    """One `separ tick` in a forked process; its exit status is the command's."""
    barrier.wait()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        status = main(["tick", "--pack", pack, "--data-dir", data, ident])
    os._exit(status)


@pytest.mark.skipif(
    sys.platform == "win32" or "fork" not in multiprocessing.get_all_start_methods(),
    reason="needs fork",
)
def test_eight_first_ticks_at_once_are_all_kept(tmp_path: Path) -> None:
    pack = write_pack(tmp_path / "pack", {"01-s.yaml": SECTION}, {"d.txt": "a passage"}, SOURCES)
    # One tick here first, so that every module the command imports is loaded before the forks.
    with contextlib.redirect_stdout(io.StringIO()):
        assert (
            main(["tick", "--pack", str(pack), "--data-dir", str(tmp_path / "warm"), "item-0"]) == 0
        )
    fork = multiprocessing.get_context("fork")
    for round_ in range(ROUNDS):
        data = tmp_path / f"data-{round_}"
        barrier = fork.Barrier(PROCESSES)
        workers = [
            fork.Process(target=_tick, args=(barrier, str(pack), str(data), ident)) for ident in IDS
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=60)
        assert [worker.exitcode for worker in workers] == [0] * PROCESSES, f"round {round_}"
        store = ProgressStore(data)
        try:
            assert store.done_ids() == set(IDS), f"round {round_}: ticks lost"
        finally:
            store.close()
        assert sorted(p.name for p in data.iterdir() if "damaged" in p.name) == [], (
            f"round {round_}: a store being created was set aside as damaged"
        )
        assert (data / DB_NAME).exists()

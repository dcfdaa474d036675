"""A progress store locked by another program for longer than Separ waits: every command says so
in one line and exits with status 1, without a traceback, and the file is left as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from separ.cli import main
from separ.pack import load_pack
from separ.progress import DB_NAME, ProgressStore

ITEM = load_pack().items[0].id

COMMANDS = [
    ["list"],
    ["export"],
    ["export", "-o", "{tmp}/out.md"],
    ["show", ITEM],
    ["tick", ITEM],
    ["untick", ITEM],
    ["trust", "add", "mygroup.org"],
    ["trust", "remove", "mygroup.org"],
    ["trust", "list"],
    ["link", "https://example.org/"],
    ["wipe", "--yes"],
]


def hold(path: Path, how: str) -> sqlite3.Connection:
    """Another program's connection holding the file: as the only user of it ("exclusive": no
    one may even read), or in the middle of a write ("writing": readers go on, writers wait)."""
    holder = sqlite3.connect(path, isolation_level=None)
    if how == "exclusive":
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("COMMIT")
    else:
        holder.execute("BEGIN IMMEDIATE")
        holder.execute("INSERT INTO settings (key, value) VALUES ('held', '1')")
    return holder


@pytest.mark.parametrize("how", ["exclusive", "writing"])
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_a_locked_store_gives_one_line_and_status_1(
    data_dir: Path, tmp_path: Path, monkeypatch, capsys, command: list[str], how: str
) -> None:
    store = ProgressStore(data_dir)
    store.set_done(ITEM)
    store.add_trusted("mygroup.org")
    store.close()
    before = (data_dir / DB_NAME).read_bytes()
    monkeypatch.setattr(ProgressStore, "busy_timeout", 0.05)
    holder = hold(data_dir / DB_NAME, how)
    try:
        status = main([part.format(tmp=tmp_path) for part in command])
    except SystemExit as exited:  # as the process would end
        status = exited.code
    finally:
        holder.close()
    captured = capsys.readouterr()
    if status == 0:
        # Only reading, and readers are not held up by a write in progress.
        assert how == "writing", captured
        assert "Traceback" not in captured.err
        return
    assert status == 1, captured
    err_lines = [line for line in captured.err.splitlines() if line.startswith("separ: ")]
    assert len(err_lines) == 1, captured.err
    assert "locked" in err_lines[0]
    assert "Traceback" not in captured.err
    assert (data_dir / DB_NAME).read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir() if "damaged" in p.name) == []
    assert not (tmp_path / "out.md").exists()  # an export Separ could not note is not written

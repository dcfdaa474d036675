"""Progress on this machine: private files, ticks that survive, damage recovered without loss."""

from __future__ import annotations

import argparse
import os
import re
import sqlite3
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from separ import progress
from separ.progress import DB_NAME, ProgressError, ProgressStore, stored_files
from separ.session import open_store
from separ.wipe import plan, wipe

DAMAGED = re.compile(re.escape(DB_NAME) + r"\.damaged-\d{8}-\d{6}(-\d+)?$")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def damaged_copies(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if DAMAGED.match(p.name))


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_files_are_private_to_the_user(data_dir: Path) -> None:
    store = ProgressStore(data_dir)
    store.set_done("a")
    assert mode(data_dir) == 0o700
    assert mode(data_dir / DB_NAME) == 0o600
    for path in stored_files(data_dir):
        assert mode(path) & 0o077 == 0, path.name
    store.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_data_folder_separ_did_not_create_keeps_its_mode(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o755)
    os.chmod(data_dir, 0o755)
    ProgressStore(data_dir).close()
    assert mode(data_dir) == 0o755
    assert mode(data_dir / DB_NAME) == 0o600


def test_tick_survives_reopening(data_dir: Path) -> None:
    store = ProgressStore(data_dir)
    store.set_done("verify-identity")
    assert store.is_done("verify-identity")
    store.close()
    again = ProgressStore(data_dir)
    assert again.is_done("verify-identity")
    assert not again.is_done("something-else")
    assert again.recovered_from is None
    again.close()


def test_untick_survives_reopening(data_dir: Path) -> None:
    store = ProgressStore(data_dir)
    store.set_done("a")
    store.set_done("a", False)
    store.close()
    assert not ProgressStore(data_dir).is_done("a")


def test_done_at_is_recorded_in_utc(data_dir: Path) -> None:
    store = ProgressStore(data_dir)
    before = datetime.now(timezone.utc).replace(microsecond=0)
    store.set_done("a")
    stamp = store.done_at("a")
    assert stamp is not None
    when = datetime.fromisoformat(stamp)
    assert when.utcoffset() == timedelta(0)
    assert before <= when <= datetime.now(timezone.utc) + timedelta(seconds=1)
    assert store.done_at("never-ticked") is None


def test_ticking_twice_keeps_the_first_time(data_dir: Path) -> None:
    store = ProgressStore(data_dir)
    store.set_done("a")
    store._db.execute("UPDATE ticks SET done_at = '2020-01-01T00:00:00+00:00'")
    store.set_done("a")
    assert store.done_at("a") == "2020-01-01T00:00:00+00:00"


def test_ticks_for_unknown_ids_are_kept(data_dir: Path) -> None:
    store = ProgressStore(data_dir)
    store.set_done("an-item-a-later-pack-dropped")
    store.close()
    assert ProgressStore(data_dir).done_ids() == {"an-item-a-later-pack-dropped"}


def test_two_stores_on_one_file_keep_each_others_ticks(data_dir: Path) -> None:
    first = ProgressStore(data_dir)
    second = ProgressStore(data_dir)
    for n in range(20):
        (first if n % 2 else second).set_done(f"item-{n}")
    first.set_done("item-0", False)  # unticks what the other store ticked
    second.add_trusted("example.org")
    first.set_setting("theme", "dark")
    assert second.is_done("item-1")
    assert first.is_done("item-2")
    first.close()
    second.close()
    third = ProgressStore(data_dir)
    assert third.done_ids() == {f"item-{n}" for n in range(1, 20)}
    assert third.trusted_domains() == ["example.org"]
    assert third.setting("theme") == "dark"


def test_trusted_domains_and_settings_round_trip(data_dir: Path) -> None:
    store = ProgressStore(data_dir)
    assert store.add_trusted("b.example") is True
    assert store.add_trusted("a.example") is True
    assert store.add_trusted("a.example") is False
    assert store.trusted_domains() == ["a.example", "b.example"]
    assert store.remove_trusted("b.example") is True
    assert store.remove_trusted("b.example") is False
    store.set_setting("theme", "light")
    store.set_setting("theme", "dark")
    assert store.setting("theme") == "dark"
    assert store.setting("missing") is None


# Damage -----------------------------------------------------------------------------------------


def test_damaged_file_is_moved_aside_untouched(data_dir: Path) -> None:
    data_dir.mkdir()
    garbage = bytes(range(256)) * 64 + os.urandom(4096)
    (data_dir / DB_NAME).write_bytes(garbage)
    store = ProgressStore(data_dir)
    (moved,) = damaged_copies(data_dir)
    assert store.recovered_from == moved
    assert moved.read_bytes() == garbage
    store.set_done("fresh-start")
    store.close()
    again = ProgressStore(data_dir)
    assert again.done_ids() == {"fresh-start"}
    assert again.recovered_from is None


def test_foreign_database_is_moved_aside_unmodified(data_dir: Path) -> None:
    data_dir.mkdir()
    other = sqlite3.connect(data_dir / DB_NAME)
    other.execute("CREATE TABLE songs (title TEXT)")
    other.execute("INSERT INTO songs VALUES ('a song')")
    other.commit()
    other.close()
    original = (data_dir / DB_NAME).read_bytes()
    store = ProgressStore(data_dir)
    assert store.recovered_from is not None
    assert store.recovered_from.read_bytes() == original
    kept = sqlite3.connect(store.recovered_from)
    assert kept.execute("SELECT title FROM songs").fetchall() == [("a song",)]
    kept.close()
    assert store.done_ids() == set()


def test_second_damage_does_not_overwrite_the_first_copy(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / DB_NAME).write_bytes(b"first damage " * 100)
    first = ProgressStore(data_dir)
    first.close()
    for side in ("", "-wal", "-shm"):
        Path(str(data_dir / DB_NAME) + side).unlink(missing_ok=True)
    (data_dir / DB_NAME).write_bytes(b"second damage " * 100)
    second = ProgressStore(data_dir)
    second.close()
    copies = damaged_copies(data_dir)
    assert len(copies) == 2
    assert second.recovered_from != first.recovered_from
    assert first.recovered_from is not None and second.recovered_from is not None
    assert first.recovered_from.read_bytes() == b"first damage " * 100
    assert second.recovered_from.read_bytes() == b"second damage " * 100


def test_damage_within_the_same_second_gets_a_new_name(data_dir: Path, monkeypatch) -> None:
    """With the clock standing still, each set-aside copy still gets a name of its own."""

    class Frozen(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime(2024, 5, 21, 12, 0, 0, tzinfo=tz)

    monkeypatch.setattr(progress, "datetime", Frozen)
    data_dir.mkdir()
    taken = data_dir / f"{DB_NAME}.damaged-20240521-120000"
    taken.write_bytes(b"an older copy")
    for n in (1, 2):
        (data_dir / DB_NAME).write_bytes(b"damage %d " % n * 100)
        store = ProgressStore(data_dir)
        store.close()
        assert store.recovered_from == data_dir / f"{DB_NAME}.damaged-20240521-120000-{n}"
        assert store.recovered_from.read_bytes() == b"damage %d " % n * 100
        for side in ("", "-wal", "-shm"):
            Path(str(data_dir / DB_NAME) + side).unlink(missing_ok=True)
    assert taken.read_bytes() == b"an older copy"


def hold_exclusively(path: Path) -> sqlite3.Connection:
    """Another connection that keeps the file locked (in WAL mode, readers are never blocked
    otherwise) until it is closed."""
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("COMMIT")
    return holder


def test_locked_file_is_reported_and_left_alone(data_dir: Path, monkeypatch) -> None:
    store = ProgressStore(data_dir)
    store.set_done("kept")
    store.close()
    monkeypatch.setattr(ProgressStore, "busy_timeout", 0.1)
    holder = hold_exclusively(data_dir / DB_NAME)
    try:
        with pytest.raises(ProgressError, match="locked"):
            ProgressStore(data_dir)
    finally:
        holder.close()
    assert damaged_copies(data_dir) == []
    assert ProgressStore(data_dir).done_ids() == {"kept"}


def test_open_store_reports_a_locked_file_in_one_line(
    data_dir: Path, monkeypatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ProgressStore(data_dir).close()
    monkeypatch.setattr(ProgressStore, "busy_timeout", 0.1)
    holder = hold_exclusively(data_dir / DB_NAME)
    try:
        with pytest.raises(SystemExit) as exited:
            open_store(argparse.Namespace(data_dir=data_dir))
    finally:
        holder.close()
    assert exited.value.code == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    assert str(data_dir / DB_NAME) in err


def test_open_store_says_where_a_damaged_file_went(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir.mkdir()
    (data_dir / DB_NAME).write_bytes(b"junk" * 500)
    store = open_store(argparse.Namespace(data_dir=data_dir))
    err = capsys.readouterr().err
    assert str(store.recovered_from) in err
    store.close()


# Saving nothing, and wiping -------------------------------------------------------------------


def test_no_save_writes_nothing_to_disk(data_dir: Path) -> None:
    store = ProgressStore(data_dir, save=False)
    store.set_done("a")
    store.add_trusted("example.org")
    store.set_setting("theme", "dark")
    assert store.is_done("a")
    assert store.path is None
    store.close()
    assert not data_dir.exists()


def test_open_store_with_no_save_writes_nothing(data_dir: Path) -> None:
    store = open_store(argparse.Namespace(no_save=True))
    store.set_done("a")
    store.close()
    assert not data_dir.exists()


def test_wipe_removes_database_journals_and_damaged_copies(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / DB_NAME).write_bytes(b"damaged " * 100)
    store = ProgressStore(data_dir)  # sets the damaged file aside, starts a fresh one
    store.set_done("a")
    present = stored_files(data_dir)
    assert {p.name for p in present} >= {DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm"}
    assert damaged_copies(data_dir)
    store.close()
    (data_dir / "unrelated.txt").write_text("not Separ's")
    present = stored_files(data_dir)
    removed = wipe(plan(data_dir))
    assert sorted(removed.removed) == present
    assert names(data_dir) == ["unrelated.txt"]


def test_wipe_removes_the_emptied_folder(data_dir: Path) -> None:
    ProgressStore(data_dir).close()
    assert wipe(plan(data_dir)).removed
    assert not data_dir.exists()


def test_wipe_with_nothing_saved_removes_nothing(data_dir: Path) -> None:
    assert plan(data_dir).empty
    assert wipe(plan(data_dir)).removed == ()


def test_a_store_of_the_first_version_is_brought_up_to_date(data_dir: Path) -> None:
    data_dir.mkdir()
    old = sqlite3.connect(data_dir / DB_NAME)
    old.executescript(
        "CREATE TABLE ticks (item_id TEXT PRIMARY KEY, done_at TEXT NOT NULL);"
        "CREATE TABLE trusted (domain TEXT PRIMARY KEY, added_at TEXT NOT NULL);"
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
        "INSERT INTO ticks VALUES ('kept', '2026-01-01T00:00:00+00:00');"
        f"PRAGMA application_id = {progress.APPLICATION_ID}; PRAGMA user_version = 1;"
    )
    old.close()
    store = ProgressStore(data_dir)
    assert store.recovered_from is None
    assert store.done_ids() == {"kept"}
    store.record_export(data_dir / "x.md", "0" * 64)
    assert [e.path.name for e in store.exports()] == ["x.md"]
    store.close()

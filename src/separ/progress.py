"""Progress kept on this machine: which items are done (and when), the user's trusted sites, and
a few settings. Nothing else in Separ opens the database.

Every change is committed before the call returns, so a tick that the app shows as done is on
disk. Writes are single-row statements, so two copies of Separ open at once never lose each
other's ticks. A file that is damaged, or is not Separ's, is moved aside (never overwritten) and
a fresh store is started; `recovered_from` then says where the old file went.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

APP_NAME = "separ"
DB_NAME = "progress.sqlite3"
APPLICATION_ID = 0x53455052  # "SEPR": marks the file as Separ's own.
SCHEMA_VERSION = 1
_SIDE_FILES = ("-wal", "-shm", "-journal")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS ticks (item_id TEXT PRIMARY KEY, done_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS trusted (domain TEXT PRIMARY KEY, added_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def default_data_dir() -> Path:
    """Where progress lives: $SEPAR_DATA_DIR, else the platform's user data directory."""
    override = os.environ.get("SEPAR_DATA_DIR")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class ProgressError(Exception):
    """The progress file cannot be used now (locked, not permitted, a disk error); it is left be."""


class _NotOurs(sqlite3.DatabaseError):
    """A readable SQLite file that is not a Separ progress file, or fails its integrity check."""


@dataclass(frozen=True)
class Removed:
    """What `wipe` removed."""

    paths: tuple[Path, ...]


class ProgressStore:
    """The progress database, or an in-memory stand-in when nothing may be saved."""

    busy_timeout: float = 10.0
    """Seconds to wait for another copy of Separ to finish a write before giving up."""

    def __init__(self, data_dir: Path | None = None, *, save: bool = True) -> None:
        self.save = save
        self.data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
        self.path: Path | None = self.data_dir / DB_NAME if save else None
        self.recovered_from: Path | None = None
        """Set when a damaged or foreign file was moved aside: the new place of that file."""
        self._db = self._connect()

    # Opening -----------------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        if self.path is None:
            db = sqlite3.connect(":memory:")
            self._init(db)
            return db
        try:
            # Owner-only on Linux and macOS. Windows ignores these modes (chmod only sets the
            # read-only flag): there the folder's place in the user's profile protects it.
            self.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            with contextlib.suppress(OSError):
                os.chmod(self.data_dir, 0o700)
            try:
                return self._open_existing()
            except sqlite3.OperationalError:
                raise  # locked, busy, not permitted, I/O: the file may be fine, so leave it be
            except sqlite3.DatabaseError:  # not a database, corrupt, or not Separ's
                self.recovered_from = self._move_aside()
                return self._open_existing()
        except (OSError, sqlite3.OperationalError) as error:
            raise ProgressError(f"cannot open the progress file {self.path}: {error}") from error

    def _open_existing(self) -> sqlite3.Connection:
        assert self.path is not None
        # Create the file owner-only before SQLite touches it; its journals inherit the mode.
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        os.close(fd)
        with contextlib.suppress(OSError):
            os.chmod(self.path, 0o600)
        db = sqlite3.connect(self.path, timeout=self.busy_timeout, isolation_level=None)
        try:
            app_id = db.execute("PRAGMA application_id").fetchone()[0]
            tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if app_id != APPLICATION_ID and (app_id != 0 or tables):
                raise _NotOurs("not a Separ progress file")
            if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise _NotOurs("the file is damaged")
            self._init(db)
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    @staticmethod
    def _init(db: sqlite3.Connection) -> None:
        db.execute("PRAGMA synchronous = FULL")
        version = db.execute("PRAGMA user_version").fetchone()[0]
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        if version == SCHEMA_VERSION and app_id == APPLICATION_ID:
            return  # Separ's own file, already set up: opening it writes nothing.
        db.execute("PRAGMA journal_mode = WAL")
        db.executescript(_SCHEMA)
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _move_aside(self) -> Path:
        """Rename the unreadable file (and its journals) to a new, timestamped name."""
        assert self.path is not None
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        for n in itertools.count():
            suffix = f".damaged-{stamp}" + (f"-{n}" if n else "")
            target = self.path.with_name(self.path.name + suffix)
            if any(Path(str(target) + side).exists() for side in ("", *_SIDE_FILES)):
                continue
            try:
                # A link fails rather than overwrite, should the name appear in the meantime.
                os.link(self.path, target)
            except FileExistsError:
                continue
            except OSError:  # a file system without hard links (FAT, some phones)
                os.rename(self.path, target)
            else:
                os.unlink(self.path)
            break
        for side in _SIDE_FILES:
            old = Path(str(self.path) + side)
            if old.exists():
                os.replace(old, Path(str(target) + side))
        return target

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    # Ticks -------------------------------------------------------------------------------------

    def is_done(self, item_id: str) -> bool:
        """Whether an item is ticked."""
        row = self._db.execute("SELECT 1 FROM ticks WHERE item_id = ?", (item_id,)).fetchone()
        return row is not None

    def done_at(self, item_id: str) -> str | None:
        """When an item was ticked (ISO 8601, UTC), or None."""
        row = self._db.execute("SELECT done_at FROM ticks WHERE item_id = ?", (item_id,)).fetchone()
        return row[0] if row else None

    def done_ids(self) -> set[str]:
        """Every ticked id, including ids the current pack no longer has."""
        return {row[0] for row in self._db.execute("SELECT item_id FROM ticks")}

    def set_done(self, item_id: str, done: bool = True) -> None:
        """Tick or untick an item; committed to disk before this returns."""
        if done:
            self._db.execute(
                "INSERT INTO ticks (item_id, done_at) VALUES (?, ?) "
                "ON CONFLICT(item_id) DO NOTHING",
                (item_id, _now()),
            )
        else:
            self._db.execute("DELETE FROM ticks WHERE item_id = ?", (item_id,))

    # Trusted sites -----------------------------------------------------------------------------

    def trusted_domains(self) -> list[str]:
        """The user's own trusted domains, sorted."""
        return [row[0] for row in self._db.execute("SELECT domain FROM trusted ORDER BY domain")]

    def add_trusted(self, domain: str) -> bool:
        """Add a trusted domain; False if it was there already."""
        cursor = self._db.execute(
            "INSERT INTO trusted (domain, added_at) VALUES (?, ?) ON CONFLICT(domain) DO NOTHING",
            (domain, _now()),
        )
        return cursor.rowcount > 0

    def remove_trusted(self, domain: str) -> bool:
        """Remove a trusted domain; False if it was not there."""
        return self._db.execute("DELETE FROM trusted WHERE domain = ?", (domain,)).rowcount > 0

    # Settings ----------------------------------------------------------------------------------

    def setting(self, key: str) -> str | None:
        """A remembered setting, such as the theme."""
        row = self._db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_setting(self, key: str, value: str) -> None:
        """Remember a setting."""
        self._db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def stored_files(data_dir: Path) -> list[Path]:
    """Every file of Separ's in a data directory: the database, its journals, set-aside copies."""
    if not data_dir.is_dir():
        return []
    return sorted(p for p in data_dir.iterdir() if p.name.startswith(DB_NAME) and p.is_file())


def wipe(data_dir: Path | None = None) -> Removed:
    """Delete all saved progress (database, journals, set-aside copies) and the folder if empty."""
    data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
    removed = []
    for path in stored_files(data_dir):
        path.unlink()
        removed.append(path)
    with contextlib.suppress(OSError):
        data_dir.rmdir()
    return Removed(tuple(removed))

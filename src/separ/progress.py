"""Progress kept on this machine: which items are done (and when), the user's trusted sites, the
files Separ wrote for them, and a few settings. Nothing else in Separ opens the database.

Every change is committed before the call returns, so a tick that the app shows as done is on
disk. Writes are single-row statements, so two copies of Separ open at once never lose each
other's ticks. A new file is marked as Separ's and given its tables in one transaction, so a copy
of Separ starting at the same moment sees an empty file or a whole store, never half of one. A
file that is damaged, or is not Separ's, is moved aside (never overwritten) and a fresh store is
started; `recovered_from` then says where the old file went. The file is never followed through
a symbolic link, and a store whose file is removed while it is open (`separ wipe` from another
terminal) notices before its next write and stops saving.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import sqlite3
import stat
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from separ.i18n import N_, _
from separ.owner_only import make_folders

APP_NAME = "separ"
DB_NAME = "progress.sqlite3"
APPLICATION_ID = 0x53455052  # "SEPR": marks the file as Separ's own.
SCHEMA_VERSION = 2
_SIDE_FILES = ("-wal", "-shm", "-journal")
_OURS = re.compile(re.escape(DB_NAME) + r"(\.damaged-\d{8}-\d{6}(-\d+)?)?(-wal|-shm|-journal)?")
"""The names of Separ's files in the data folder: the database, set-aside copies, journals."""
MADE_FOLDER = "made-folder"
"""A setting recorded when Separ created the data folder itself, so that a wipe may remove it."""

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS ticks (item_id TEXT PRIMARY KEY, done_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS trusted (domain TEXT PRIMARY KEY, added_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS exports "
    "(path TEXT PRIMARY KEY, sha256 TEXT NOT NULL, written_at TEXT NOT NULL)",
)


def default_data_dir() -> Path:
    """Where progress lives: $SEPAR_DATA_DIR, else the platform's user data directory."""
    override = os.environ.get("SEPAR_DATA_DIR")
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


NOT_SAVED = N_("This change was not saved.")


class ProgressError(Exception):
    """The progress file cannot be used now (locked, not permitted, a disk error, a link); the
    message is one line for a person, and the file is left be."""


class _NotOurs(sqlite3.DatabaseError):
    """A readable SQLite file that is not a Separ progress file, or fails its integrity check."""


@dataclass(frozen=True)
class Export:
    """A file Separ wrote for the person (an export), and a digest of what it held."""

    path: Path
    sha256: str


def _state(db: sqlite3.Connection) -> tuple[int, int, int]:
    """The file's mark, its schema version and how many tables and indexes it has.

    One statement reads all three at one moment: read apart, another copy of Separ could commit
    a new store between them, and it would look half-made.
    """
    app_id, version, tables = db.execute(
        "SELECT (SELECT application_id FROM pragma_application_id), "
        "(SELECT user_version FROM pragma_user_version), "
        "(SELECT count(*) FROM sqlite_master)"
    ).fetchone()
    if app_id != APPLICATION_ID and (app_id != 0 or tables):
        raise _NotOurs("not a Separ progress file")
    return app_id, version, tables


def _set_up(db: sqlite3.Connection) -> None:
    """Make a new (empty) file a store, or bring an older store up to date: one transaction.

    The write lock is taken first and the file looked at again under it: if another copy of
    Separ set the file up meanwhile, this waited for it and now finds a whole store.
    """
    db.execute("BEGIN IMMEDIATE")
    try:
        app_id, version, _ = _state(db)
        if app_id != APPLICATION_ID or version < SCHEMA_VERSION:
            for statement in _SCHEMA:
                db.execute(statement)
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise


class ProgressStore:
    """The progress database, or an in-memory stand-in when nothing may be saved."""

    busy_timeout: float = 10.0
    """Seconds to wait for another copy of Separ to finish a write before giving up."""

    def __init__(
        self, data_dir: Path | None = None, *, save: bool = True, create: bool = True
    ) -> None:
        """Open the store; with `create` False (commands that only read) a missing file is not
        created: the store is then empty, in memory."""
        self.save = save
        self.data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
        self.path: Path | None = self.data_dir / DB_NAME if save else None
        if self.path is not None and not create and not os.path.lexists(self.path):
            self.path = None
        self.recovered_from: Path | None = None
        """Set when a damaged or foreign file was moved aside: the new place of that file."""
        self.on_lost: Callable[[str], None] | None = None
        """Told (instead of an error) when the file is found removed before a write."""
        self._identity: tuple[int, int] | None = None
        self._db = self._connect()

    # Opening -----------------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        if self.path is None:
            db = sqlite3.connect(":memory:", isolation_level=None)
            _set_up(db)
            return db
        try:
            # Owner-only on Linux and macOS. Windows ignores these modes (chmod only sets the
            # read-only flag): there the folder's place in the user's profile protects it.
            made = make_folders(self.data_dir)
            try:
                db = self._open_file()
            except sqlite3.OperationalError:
                raise  # locked, busy, not permitted, I/O: the file may be fine, so leave it be
            except sqlite3.DatabaseError:  # not a database, corrupt, or not Separ's
                self.recovered_from = self._move_aside()
                db = self._open_file()
            if made:
                db.execute(
                    "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                    (MADE_FOLDER, str(self.data_dir)),
                )
        except (OSError, sqlite3.OperationalError) as error:
            reason = getattr(error, "strerror", None) or error
            message = _(
                "cannot open the progress file {file}: {reason}. Nothing was changed; "
                "try again, or use --no-save."
            )
            raise ProgressError(message.format(file=self.path, reason=reason)) from error
        return db

    def _open_file(self) -> sqlite3.Connection:
        assert self.path is not None
        for side in ("", *_SIDE_FILES):
            name = Path(f"{self.path}{side}")
            if name.is_symlink():
                message = _(
                    "{file} is a symbolic link, and Separ does not follow links to its "
                    "progress file. Remove the link, or choose another folder with --data-dir."
                )
                raise ProgressError(message.format(file=name))
        if os.path.lexists(self.path) and not stat.S_ISREG(os.lstat(self.path).st_mode):
            message = _(
                "{file} is not a regular file. Remove it, or choose another folder with --data-dir."
            )
            raise ProgressError(message.format(file=self.path))
        # Create the file owner-only before SQLite touches it; its journals inherit the mode.
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
        fd = os.open(self.path, flags, 0o600)
        try:
            info = os.fstat(fd)
            if stat.S_IMODE(info.st_mode) != 0o600:  # wider, or narrowed by the umask
                with contextlib.suppress(OSError):
                    os.fchmod(fd, 0o600)
        finally:
            os.close(fd)
        db = sqlite3.connect(self.path, timeout=self.busy_timeout, isolation_level=None)
        try:
            db.execute("PRAGMA synchronous = FULL")
            app_id, version, _count = _state(db)
            if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise _NotOurs("the file is damaged")
            if app_id != APPLICATION_ID or version < SCHEMA_VERSION:
                _set_up(db)
            if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                # Needs the file to itself: SQLite refuses at once, without waiting, while
                # another copy holds a lock. The store works either way; a later opening
                # switches it.
                with contextlib.suppress(sqlite3.OperationalError):
                    db.execute("PRAGMA journal_mode = WAL")
        except sqlite3.DatabaseError:
            db.close()
            raise
        self._identity = (info.st_dev, info.st_ino)
        return db

    def _move_aside(self) -> Path:
        """Rename the unreadable file (and its journals) to a new, timestamped name."""
        assert self.path is not None
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        for n in itertools.count():
            suffix = f".damaged-{stamp}" + (f"-{n}" if n else "")
            target = self.path.with_name(self.path.name + suffix)
            if any(os.path.lexists(f"{target}{side}") for side in ("", *_SIDE_FILES)):
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
            old = Path(f"{self.path}{side}")
            if old.exists():
                os.replace(old, Path(f"{target}{side}"))
        return target

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    # Reading and writing -----------------------------------------------------------------------

    def _rows(self, sql: str, params: tuple = ()) -> list[tuple]:
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.Error as error:
            message = _(
                "cannot read the progress file {file}: {reason}. Try again, or use --no-save."
            )
            raise ProgressError(message.format(file=self.path, reason=error)) from error

    def _write(self, sql: str, params: tuple = ()) -> int:
        """Run one change, committed before this returns; the number of rows it changed."""
        self.is_saving()
        try:
            return self._db.execute(sql, params).rowcount
        except sqlite3.Error as error:
            message = _(
                "cannot save to the progress file {file}: {reason}. This change was not "
                "saved; try again, or use --no-save."
            )
            raise ProgressError(message.format(file=self.path, reason=error)) from error

    def is_saving(self) -> bool:
        """Whether changes reach the disk; notices a file removed or replaced since opening.

        Then the store goes on in memory (`save` is False from then on) and says so: through
        `on_lost` if set, else by raising ProgressError.
        """
        if self.path is None:
            return False
        try:
            info = os.stat(self.path, follow_symlinks=False)
            if (info.st_dev, info.st_ino) == self._identity:
                return True
        except OSError:
            pass
        message = _(
            "the progress file {file} was removed while Separ was open (by 'separ wipe'?); "
            "nothing more is saved in this session."
        ).format(file=self.path)
        memory = sqlite3.connect(":memory:", isolation_level=None)
        with contextlib.suppress(sqlite3.Error):
            self._db.backup(memory)  # the open file is still readable: keep what is shown
        self._db.close()
        self._db, self.path, self.save = memory, None, False
        if self.on_lost is None:
            raise ProgressError(f"{message} {_(NOT_SAVED)}")
        self.on_lost(message)
        return False

    # Ticks -------------------------------------------------------------------------------------

    def is_done(self, item_id: str) -> bool:
        """Whether an item is ticked."""
        return bool(self._rows("SELECT 1 FROM ticks WHERE item_id = ?", (item_id,)))

    def done_at(self, item_id: str) -> str | None:
        """When an item was ticked (ISO 8601, UTC), or None."""
        rows = self._rows("SELECT done_at FROM ticks WHERE item_id = ?", (item_id,))
        return rows[0][0] if rows else None

    def done_ids(self) -> set[str]:
        """Every ticked id, including ids the current pack no longer has."""
        return {row[0] for row in self._rows("SELECT item_id FROM ticks")}

    def set_done(self, item_id: str, done: bool = True) -> None:
        """Tick or untick an item; committed to disk before this returns."""
        if done:
            self._write(
                "INSERT INTO ticks (item_id, done_at) VALUES (?, ?) "
                "ON CONFLICT(item_id) DO NOTHING",
                (item_id, _now()),
            )
        else:
            self._write("DELETE FROM ticks WHERE item_id = ?", (item_id,))

    # Trusted sites -----------------------------------------------------------------------------

    def trusted_domains(self) -> list[str]:
        """The user's own trusted domains, sorted."""
        return [row[0] for row in self._rows("SELECT domain FROM trusted ORDER BY domain")]

    def add_trusted(self, domain: str) -> bool:
        """Add a trusted domain; False if it was there already."""
        return (
            self._write(
                "INSERT INTO trusted (domain, added_at) VALUES (?, ?) "
                "ON CONFLICT(domain) DO NOTHING",
                (domain, _now()),
            )
            > 0
        )

    def remove_trusted(self, domain: str) -> bool:
        """Remove a trusted domain; False if it was not there."""
        return self._write("DELETE FROM trusted WHERE domain = ?", (domain,)) > 0

    # Files written, and settings ---------------------------------------------------------------

    def record_export(self, path: Path, sha256: str) -> None:
        """Remember a file Separ wrote and a digest of its bytes, so that a wipe can remove it."""
        self._write(
            "INSERT INTO exports (path, sha256, written_at) VALUES (?, ?, ?) "
            "ON CONFLICT(path) DO UPDATE SET sha256 = excluded.sha256, "
            "written_at = excluded.written_at",
            (os.path.abspath(path), sha256, _now()),
        )

    def exports(self) -> list[Export]:
        """Every file Separ wrote and remembered, oldest first."""
        rows = self._rows("SELECT path, sha256 FROM exports ORDER BY written_at, path")
        return [Export(Path(path), digest) for path, digest in rows]

    def setting(self, key: str) -> str | None:
        """A remembered setting, such as the theme."""
        rows = self._rows("SELECT value FROM settings WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    def set_setting(self, key: str, value: str) -> None:
        """Remember a setting."""
        self._write(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    # Changes made elsewhere --------------------------------------------------------------------

    def data_version(self) -> int:
        """A number that changes when another connection (another copy of Separ) commits.

        SQLite's `PRAGMA data_version` reads no table, so it is cheap enough to poll.
        """
        return self._db.execute("PRAGMA data_version").fetchone()[0]


def stored_files(data_dir: Path) -> list[Path]:
    """Separ's own files in a data folder: the database, its journals and the copies it set
    aside, by their exact names; nothing else that happens to share the prefix, and no link."""
    try:
        entries = list(os.scandir(data_dir))
    except OSError:
        return []
    return sorted(
        Path(entry.path)
        for entry in entries
        if _OURS.fullmatch(entry.name) and entry.is_file(follow_symlinks=False)
    )

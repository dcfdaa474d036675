"""Removing every trace Separ left for a person: the progress database, its journals, the copies
it set aside, the files it exported (while they still hold what Separ wrote), and its folder.

What Separ cannot reach is said plainly: a file changed or moved since it was written, copies a
person made, printouts and backups.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from separ.i18n import N_, _
from separ.progress import DB_NAME, MADE_FOLDER, Export, ProgressStore, stored_files

BEYOND_REACH = N_(
    "A wipe cannot reach copies you made yourself, printouts, or backups of this computer."
)


@dataclass(frozen=True)
class Left:
    """A file Separ wrote but did not remove, and why."""

    path: Path
    reason: str
    exists: bool
    """Whether something is still at that path (a changed file), or it is gone from there."""


@dataclass(frozen=True)
class Plan:
    """What a wipe of one data folder would remove."""

    files: tuple[Path, ...]
    """The database, its journals and set-aside copies."""
    exports: tuple[Export, ...]
    """The files Separ exported and recorded."""
    folder: Path
    folder_is_ours: bool
    """Whether Separ made the folder (so it is removed once empty)."""

    @property
    def empty(self) -> bool:
        """Whether there is nothing to remove."""
        return not self.files and not self.exports


@dataclass(frozen=True)
class Wiped:
    """What a wipe removed, and what it had to leave."""

    removed: tuple[Path, ...]
    left: tuple[Left, ...]


def _own_folder(folder: Path) -> bool:
    """Whether a folder is Separ's by name: the platform's data folder for Separ."""
    from platformdirs import user_data_path

    return os.path.abspath(folder) == os.path.abspath(user_data_path("separ", appauthor=False))


def plan(folder: Path) -> Plan:
    """What is there to remove; reading the list of exports creates nothing."""
    exports: list[Export] = []
    made = None
    if (folder / DB_NAME).is_file() and not (folder / DB_NAME).is_symlink():
        store = ProgressStore(folder, create=False)
        try:
            exports = store.exports()
            made = store.setting(MADE_FOLDER)
        finally:
            store.close()
    ours = made is not None or _own_folder(folder)
    return Plan(tuple(stored_files(folder)), tuple(exports), folder, ours)


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _why_left(export: Export) -> Left | None:
    """Why an exported file must stay, or None if it still holds exactly what Separ wrote."""
    path = export.path
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return Left(path, _("not there: moved or removed since, or never written"), False)
    except OSError as error:
        return Left(path, _("cannot be checked: {reason}").format(reason=_reason(error)), True)
    if not stat.S_ISREG(info.st_mode):
        return Left(path, _("no longer the file Separ wrote (now a link or a folder)"), True)
    try:
        same = _digest(path) == export.sha256
    except OSError as error:
        return Left(path, _("cannot be read: {reason}").format(reason=_reason(error)), True)
    if not same:
        return Left(path, _("changed since Separ wrote it, so it may be yours now"), True)
    return None


def _reason(error: OSError) -> str:
    """What the system said went wrong."""
    return str(error.strerror or error)


def _not_removed(path: Path, error: OSError) -> Left:
    """A file that could not be removed, and why."""
    return Left(path, _("cannot be removed: {reason}").format(reason=_reason(error)), True)


def wipe(target: Plan) -> Wiped:
    """Remove what a plan lists; what cannot be removed is left, with the reason."""
    removed: list[Path] = []
    left: list[Left] = []
    for export in target.exports:
        why = _why_left(export)
        if why is not None:
            left.append(why)
            continue
        try:
            export.path.unlink()
        except OSError as error:
            left.append(_not_removed(export.path, error))
        else:
            removed.append(export.path)
    for path in [*target.files, *stored_files(target.folder)]:
        if path in removed:
            continue
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            left.append(_not_removed(path, error))
        else:
            removed.append(path)
    if target.folder_is_ours:
        # Left in place when not empty (the person's own files are there), or gone already.
        with contextlib.suppress(OSError):
            target.folder.rmdir()
    return Wiped(tuple(removed), tuple(left))

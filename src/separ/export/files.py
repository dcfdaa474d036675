"""Writing an export to disk: atomically, owner-only where the system has modes, and never over a
file by surprise."""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import tempfile
from datetime import date
from pathlib import Path

from separ.i18n import N_, _

EXTENSIONS = {"markdown": "md", "html": "html", "text": "txt"}
"""The file extension of each export format."""


class ExportExists(FileExistsError):
    """The target file exists and replacing it was not allowed."""

    def __init__(self, path: Path) -> None:
        super().__init__(_("{file} exists").format(file=path))
        self.path = path


class NotAFile(OSError):
    """The target exists and is not a regular file (a link, a folder, a device): never replaced."""

    def __init__(self, path: Path, kind: str | None) -> None:
        if kind is None:
            message = _("{file} is not a regular file; Separ replaces only a regular file")
        else:
            message = _("{file} is {kind}; Separ replaces only a regular file")
        super().__init__(message.format(file=path, kind=_(kind) if kind else ""))
        self.path = path


_KINDS = (
    (stat.S_ISLNK, N_("a symbolic link")),
    (stat.S_ISDIR, N_("a folder")),
    (stat.S_ISCHR, N_("a device")),
    (stat.S_ISBLK, N_("a device")),
    (stat.S_ISFIFO, N_("a pipe")),
    (stat.S_ISSOCK, N_("a socket")),
)


def sha256_of(text: str) -> str:
    """The SHA-256 (hexadecimal) of text as an export writes it, in UTF-8."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def replaced_mode(path: Path) -> int | None:
    """The mode a new file at path takes: None if nothing is there (0600 then), the old file's
    mode unless it is wider than 0600; NotAFile if what is there is not a regular file."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(info.st_mode):
        kind = next((name for test, name in _KINDS if test(info.st_mode)), None)
        raise NotAFile(path, kind)
    mode = stat.S_IMODE(info.st_mode)
    return mode if mode & ~0o600 == 0 else 0o600


def write_atomic(path: Path, text: str, force: bool = False) -> str:
    """Write text (UTF-8) to path through a temporary file in the same folder; returns the
    SHA-256 of the bytes written (hexadecimal), by which a wipe knows the file is still Separ's.

    Readers see the old file or the whole new one, never half of it. On Linux and macOS the file
    is readable by its owner only (mkstemp makes it 0600), since it shows what a person has and
    has not done; Windows ignores modes, and the file takes its folder's permissions. Without
    `force` an existing file is left alone and ExportExists is raised; with it, only a regular
    file is replaced (NotAFile otherwise), keeping its mode unless that is wider than 0600.
    """
    path = Path(path)
    if not force and os.path.lexists(path):
        raise ExportExists(path)
    mode = replaced_mode(path) if force else None
    data = text.encode("utf-8")
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as file:
            if mode is not None and hasattr(os, "fchmod"):
                os.fchmod(file.fileno(), mode)
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        if force:
            replaced_mode(path)  # once more, as late as can be: still no link or device there
            os.replace(temp, path)
        else:
            _move_without_replacing(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _sync_folder(path.parent)
    return hashlib.sha256(data).hexdigest()


def _move_without_replacing(temp: str, path: Path) -> None:
    """Give the temporary file its final name, failing if that name appeared meanwhile."""
    try:
        os.link(temp, path)
    except FileExistsError:
        raise ExportExists(path) from None
    except OSError:
        # No hard links here (some removable drives): check, then rename.
        if os.path.lexists(path):
            raise ExportExists(path) from None
        os.replace(temp, path)
        return
    os.unlink(temp)


def _sync_folder(folder: Path) -> None:
    """Make the new name durable too, where the system allows opening a folder."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def default_export_path(fmt: str, today: date | None = None) -> Path:
    """A free name in the user's documents folder: separ-checklist-2026-11-23.md, then -2, -3..."""
    from platformdirs import user_documents_path

    if fmt not in EXTENSIONS:
        raise ValueError(
            _("unknown format '{format}'; formats: {formats}").format(
                format=fmt, formats=", ".join(EXTENSIONS)
            )
        )
    folder = user_documents_path()
    stem = f"separ-checklist-{(today or date.today()).isoformat()}"
    extension = EXTENSIONS[fmt]
    path = folder / f"{stem}.{extension}"
    n = 1
    while os.path.lexists(path):
        n += 1
        path = folder / f"{stem}-{n}.{extension}"
    return path

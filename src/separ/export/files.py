"""Writing an export to disk: atomically, owner-only where the system has modes, and never over a
file by surprise."""

from __future__ import annotations

import contextlib
import os
import tempfile
from datetime import date
from pathlib import Path

EXTENSIONS = {"markdown": "md", "html": "html", "text": "txt"}
"""The file extension of each export format."""


class ExportExists(FileExistsError):
    """The target file exists and replacing it was not allowed."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} exists")
        self.path = path


def write_atomic(path: Path, text: str, force: bool = False) -> None:
    """Write text (UTF-8) to path through a temporary file in the same folder.

    Readers see the old file or the whole new one, never half of it. On Linux and macOS the file
    is readable by its owner only (mkstemp makes it 0600), since it shows what a person has and
    has not done; Windows ignores modes, and the file takes its folder's permissions. Without
    `force` an existing file is left alone and ExportExists is raised.
    """
    path = Path(path)
    if not force and os.path.lexists(path):
        raise ExportExists(path)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        if force:
            os.replace(temp, path)
        else:
            _move_without_replacing(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _sync_folder(path.parent)


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
        raise ValueError(f"unknown format '{fmt}'; formats: {', '.join(EXTENSIONS)}")
    folder = user_documents_path()
    stem = f"separ-checklist-{(today or date.today()).isoformat()}"
    extension = EXTENSIONS[fmt]
    path = folder / f"{stem}.{extension}"
    n = 1
    while os.path.lexists(path):
        n += 1
        path = folder / f"{stem}-{n}.{extension}"
    return path

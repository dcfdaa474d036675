"""Folders Separ creates are its owner's alone (0700), whatever the umask; others are left be."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def make_folders(folder: Path) -> bool:
    """Create a folder and its missing parents, each 0700; True if the folder itself was made here.

    A folder that exists already keeps its mode: it is the person's, not Separ's.
    """
    missing = []
    current = Path(folder)
    while not os.path.lexists(current) and current.parent != current:
        missing.append(current)
        current = current.parent
    made = False
    for path in reversed(missing):
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            made = False  # another process made it just now: it is not this one's to claim
            continue
        made = True
        # The umask may have taken bits away from 0700 (even the owner's own); put them back.
        with contextlib.suppress(OSError):
            os.chmod(path, 0o700)
    if not os.path.isdir(folder):
        raise NotADirectoryError(f"{folder} is not a folder")
    return made and folder in missing

"""The folder of one of Separ's packages, to read the files that ship in it (the pack, the app's
styles, the catalogs), wherever Separ is installed.

Installed or in a checkout, the package is a folder on disk: its path is used as it is. In the
offline copy the package lies inside a zip file, and importlib.resources reads it there; it is
imported only then, since it brings zipfile and half a dozen modules with it (about 3 ms that
every start of the app would otherwise pay).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


def package_folder(package: str) -> Path | Traversable:
    """The folder of an imported package: a Path on disk, or a Traversable inside a zip file."""
    folder = Path(sys.modules[package].__file__ or "").parent
    if folder.is_dir():
        return folder
    from importlib.resources import files

    return files(package)

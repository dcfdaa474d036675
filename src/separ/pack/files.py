"""A pack's files: only regular files inside the pack are read, and none larger than its limit.

A pack is something people pass around, and a person may check one precisely to vet it. So a
link in it that points outside the pack (to a key, a password file, another document) is never
followed, a pipe or a device is never opened, and a file far larger than any real document is
refused before it is read, instead of taking minutes and gigabytes.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

PACK_FOLDERS = ("guidance", "seeds", "situations", "help", "trusted")
"""The folders a pack may hold; each is checked the same way, whether or not Separ reads it."""

MAX_DOCUMENT_BYTES = 5_000_000
"""A seed document may be at most 5 MB: a long report is a few hundred kilobytes, a book about
one; at the limit, loading the pack takes about half a second more."""
MAX_YAML_BYTES = 1_000_000
"""A YAML file of a pack may be at most 1 MB: the largest guidance file is about 10 kB."""
_FILE_SUFFIXES = (".yaml", ".yml", ".txt")


class PackFileError(Exception):
    """A file of a pack that Separ will not read; the message says why, for a person."""


def _sizes(count: int, limit: int) -> tuple[str, str]:
    """A size and a limit in words: in MB, or in bytes where MB would make them look equal."""

    def mb(n: int) -> str:
        return f"{n / 1_000_000:.1f} MB"

    if mb(count) == mb(limit) or limit < 100_000:
        return f"{count:,} bytes", f"{limit:,} bytes"
    return mb(count), mb(limit)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder where a file belongs"
    if stat.S_ISFIFO(mode):
        return "a pipe, not a file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a file"
    if stat.S_ISSOCK(mode):
        return "a socket, not a file"
    return "not a regular file"


def _inside(real: str, real_root: str) -> bool:
    try:
        return os.path.commonpath([real, real_root]) == real_root
    except ValueError:  # another drive (Windows)
        return False


def _outside(real: str) -> PackFileError:
    return PackFileError(
        f"a link to {real}, outside the pack; a pack may only use files of its own"
    )


def check_path(root: Path, path: Path, real_root: str | None = None) -> str:
    """The real path of a pack file; PackFileError if it leads outside the pack or is not a
    regular file. `real_root`: the pack's real path, where the caller has it already."""
    real = os.path.realpath(path)
    if not _inside(real, real_root or os.path.realpath(root)):
        raise _outside(real)
    try:
        info = os.stat(real)
    except FileNotFoundError:
        raise PackFileError(
            "a link that leads nowhere" if os.path.islink(path) else "not found"
        ) from None
    except OSError as error:
        raise PackFileError(f"cannot read the file: {error.strerror or error}") from None
    if not stat.S_ISREG(info.st_mode):
        raise PackFileError(_kind(info.st_mode))
    return real


def is_yaml(name: str) -> bool:
    """Whether a file name is a YAML file's (zip entries have no `suffix` before Python 3.11)."""
    return os.path.splitext(name)[1] in (".yaml", ".yml")


def present(path: Path | Traversable) -> bool:
    """Whether anything stands at a pack path: a link that leads nowhere, or a folder where a
    file belongs, counts, so that it is refused when read rather than silently skipped."""
    if isinstance(path, Path):
        return os.path.lexists(path)
    return path.is_file()


def read_pack_file(
    root: Path | Traversable, path: Path | Traversable, limit: int, what: str = "a file"
) -> bytes:
    """The bytes of a pack's file, read only if it is a regular file inside the pack and at most
    `limit` bytes long; otherwise PackFileError, with nothing read.

    The built-in pack of the offline copy is a folder inside the zip file (a Traversable): its
    entries cannot be links, pipes or devices, so only the size is checked there.
    """
    if not isinstance(path, Path):
        return _read_in_zip(path, limit, what)
    return _read_real(check_path(Path(root), path), limit, what)


def _read_real(real: str, limit: int, what: str) -> bytes:
    """The bytes of a file at a checked real path, at most `limit` of them."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(real, flags | getattr(os, "O_BINARY", 0))
    except OSError as error:
        raise PackFileError(f"cannot read the file: {error.strerror or error}") from None
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode):  # swapped since it was looked at
            raise PackFileError(_kind(info.st_mode))
        if info.st_size > limit:
            size, most = _sizes(info.st_size, limit)
            raise PackFileError(f"the file is {size}; {what} may be at most {most}")
        data = file.read(limit + 1)
    if len(data) > limit:  # grew while being read
        raise PackFileError(f"the file grew past the limit; {what} may be at most {limit:,} bytes")
    return data


def decode_text(data: bytes) -> str:
    """A pack file's bytes as text, line endings made "\\n" as when a file is read as text;
    UnicodeDecodeError if they are not UTF-8."""
    return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


def builtin_pack_dir() -> Path | Traversable:
    """The pack that ships with Separ: inside the installed package, or the source checkout.

    In the offline copy (separ.pyz) the package is a zip file: the pack is then read from the zip
    in place, through importlib.resources, and nothing is unpacked.
    """
    from separ.package_data import package_folder

    installed = package_folder("separ").joinpath("pack_data")
    if installed.joinpath("guidance").is_dir():
        return installed
    return Path(__file__).resolve().parents[3]


MAX_FILES = 5_000
"""`pack_files` reads at most this many files (a pack holds a few dozen)..."""
MAX_TOTAL_BYTES = 64_000_000
"""... and at most this many bytes in all; beyond either, it gives up (returns None)."""


def pack_files(root: Path) -> dict[str, bytes] | None:
    """Every file in the pack's folders, subfolders included, read as the loader reads them, by
    its path inside the pack ("guidance/fa/01-x.yaml"); None if the pack has anything the loader
    or `folder_problems` would refuse (a link out of the pack, a pipe, a file over its limit), or
    too many files to be worth it."""
    real_root = os.path.realpath(root)
    found: dict[str, bytes] = {}
    total = 0
    pending = [Path(root) / name for name in PACK_FOLDERS if os.path.lexists(Path(root) / name)]
    try:
        for folder in pending:  # grows as subfolders are found
            real = os.path.realpath(folder)
            if not _inside(real, real_root) or not os.path.isdir(real):
                return None
            for entry in sorted(os.scandir(folder), key=lambda e: e.name):
                path = Path(entry.path)
                if entry.is_dir(follow_symlinks=False):
                    if path.suffix in _FILE_SUFFIXES:
                        return None
                    pending.append(path)
                    continue
                limit = MAX_YAML_BYTES if is_yaml(entry.name) else MAX_DOCUMENT_BYTES
                data = _read_real(check_path(root, path, real_root), limit, "a pack file")
                total += len(data)
                if len(found) >= MAX_FILES or total > MAX_TOTAL_BYTES:
                    return None
                found[path.relative_to(root).as_posix()] = data
    except (OSError, PackFileError):
        return None
    return found


def _read_in_zip(path: Traversable, limit: int, what: str) -> bytes:
    """A file of the pack inside the offline copy's zip, at most `limit` bytes."""
    try:
        with path.open("rb") as file:
            data = file.read(limit + 1)
    except OSError as error:
        raise PackFileError(f"cannot read the file: {error.strerror or error}") from None
    if len(data) > limit:
        raise PackFileError(f"the file is over {limit:,} bytes; {what} may be at most {limit:,}")
    return data


def folder_problems(root: Path | Traversable) -> list[tuple[Path, str]]:
    """Every entry of the pack's folders that Separ would refuse, with the reason: links that
    lead outside the pack or nowhere, pipes, devices and sockets, and folders named like files.
    (Inside the offline copy's zip there are none of these.)
    """
    found: list[tuple[Path, str]] = []
    if not isinstance(root, Path):
        return found
    real_root = os.path.realpath(root)
    for name in PACK_FOLDERS:
        folder = Path(root) / name
        if not os.path.lexists(folder):
            continue
        real = os.path.realpath(folder)
        if not _inside(real, real_root):
            found.append((folder, str(_outside(real))))
            continue
        if not os.path.isdir(real):
            found.append((folder, "not a folder"))
            continue
        for entry in sorted(os.scandir(folder), key=lambda e: e.name):
            path = Path(entry.path)
            if entry.is_dir(follow_symlinks=False):
                if path.suffix in _FILE_SUFFIXES:
                    found.append((path, "a folder where a file belongs"))
                continue
            try:
                check_path(root, path)
            except PackFileError as error:
                found.append((path, str(error)))
    return found

"""Shared fixtures: keep every test away from the user's real folders and from the network."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from separ.pack import builtin_pack_dir

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point Separ's data folder and the platform folders at a temporary directory."""
    data = tmp_path / "separ-data"
    monkeypatch.setenv("SEPAR_DATA_DIR", str(data))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "home" / "Documents"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    # English unless a test asks for another language: a Persian locale on the machine is not one.
    for name in ("SEPAR_LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    return data


@pytest.fixture
def data_dir(_private_dirs: Path) -> Path:
    """The temporary data folder that Separ uses in this test."""
    return _private_dirs


@pytest.fixture
def pack_copy(tmp_path: Path) -> Path:
    """A writable copy of the built-in pack, for tests that break it on purpose."""
    target = tmp_path / "pack"
    source = builtin_pack_dir()
    for name in ("guidance", "seeds", "trusted", "situations", "help"):
        if (source / name).is_dir():
            shutil.copytree(source / name, target / name)
    return target


@pytest.fixture(autouse=True)
def _english_and_separ_reorders_afterwards():
    """Each test starts in English, with Separ reordering: a Persian test changes neither for
    the tests after it (the language and the app's display mode are kept per process)."""
    yield
    from separ.app import bidi
    from separ.i18n import use_language
    from separ.i18n.rtl import SEPAR_REORDERS

    use_language("en")
    bidi.set_mode(SEPAR_REORDERS)

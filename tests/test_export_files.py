"""Writing exports to disk: atomic, owner-only, never over an existing file unless asked."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

import pytest

from separ.export import ExportExists, default_export_path, save_export, write_atomic
from separ.pack import load_pack

TODAY = date(2026, 11, 23)


def leftovers(folder: Path) -> list[str]:
    """Temporary files an interrupted write would leave behind."""
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_write_atomic_writes_utf8_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "list.md"
    write_atomic(target, "“[PMOI/MEK]”\n")
    assert target.read_text(encoding="utf-8") == "“[PMOI/MEK]”\n"
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert leftovers(tmp_path) == []


def test_existing_file_is_kept_without_force(tmp_path: Path) -> None:
    target = tmp_path / "list.md"
    target.write_text("mine", encoding="utf-8")
    with pytest.raises(ExportExists) as raised:
        write_atomic(target, "new")
    assert raised.value.path == target
    assert isinstance(raised.value, FileExistsError)
    assert target.read_text(encoding="utf-8") == "mine"
    assert leftovers(tmp_path) == []


def test_force_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "list.md"
    target.write_text("old", encoding="utf-8")
    write_atomic(target, "new", force=True)
    assert target.read_text(encoding="utf-8") == "new"
    assert leftovers(tmp_path) == []


def test_a_name_that_appears_while_writing_is_not_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "list.md"
    real_fsync = os.fsync

    def someone_else_writes(fd: int) -> None:
        real_fsync(fd)
        if not target.exists():
            target.write_text("theirs", encoding="utf-8")

    monkeypatch.setattr(os, "fsync", someone_else_writes)
    with pytest.raises(ExportExists):
        write_atomic(target, "ours")
    assert target.read_text(encoding="utf-8") == "theirs"
    assert leftovers(tmp_path) == []


def test_failed_write_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space"):
        write_atomic(tmp_path / "list.md", "text")
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_an_error_not_created(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_atomic(tmp_path / "nowhere" / "list.md", "text")
    assert not (tmp_path / "nowhere").exists()


def documents() -> Path:
    """The documents folder the test's environment points at."""
    return Path(os.environ["XDG_DOCUMENTS_DIR"])


@pytest.mark.skipif(os.name != "posix" or os.uname().sysname == "Darwin", reason="XDG only")
def test_default_path_is_dated_in_documents_and_never_taken() -> None:
    assert default_export_path("markdown", TODAY) == documents() / "separ-checklist-2026-11-23.md"
    assert default_export_path("html", TODAY).name == "separ-checklist-2026-11-23.html"
    assert default_export_path("text", TODAY).name == "separ-checklist-2026-11-23.txt"
    documents().mkdir(parents=True)
    (documents() / "separ-checklist-2026-11-23.md").write_text("x", encoding="utf-8")
    (documents() / "separ-checklist-2026-11-23-2.md").write_text("x", encoding="utf-8")
    assert default_export_path("markdown", TODAY).name == "separ-checklist-2026-11-23-3.md"


def test_default_path_refuses_an_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown format"):
        default_export_path("pdf", TODAY)


@pytest.mark.skipif(os.name != "posix" or os.uname().sysname == "Darwin", reason="XDG only")
def test_save_export_creates_documents_and_never_overwrites() -> None:
    pack = load_pack()
    first = save_export(pack, set(), today=TODAY).path
    second = save_export(pack, set(), "html", today=TODAY).path
    third = save_export(pack, set(), today=TODAY).path
    assert first == documents() / "separ-checklist-2026-11-23.md"
    assert second.name == "separ-checklist-2026-11-23.html"
    assert third.name == "separ-checklist-2026-11-23-2.md"
    assert first.read_text(encoding="utf-8").startswith("# Separ")
    assert second.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")

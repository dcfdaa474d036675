"""A wipe that leaves nothing: the store, its journals and set-aside copies, and every export
Separ wrote and still holds what it wrote; what it must leave, it names. An app open during a
wipe notices, stops saving and says so."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from apphelp import make_app
from clihelp import run_separ
from separ.cli import main
from separ.pack import load_pack
from separ.progress import DB_NAME, ProgressError, ProgressStore
from separ.wipe import BEYOND_REACH, plan, wipe

ITEM = load_pack().items[0].id


def test_wipe_removes_unchanged_exports_and_names_those_it_leaves(
    tmp_path: Path, data_dir: Path
) -> None:
    kept, changed, moved = tmp_path / "a.md", tmp_path / "b.html", tmp_path / "c.txt"
    for path, fmt in ((kept, "markdown"), (changed, "html"), (moved, "text")):
        assert run_separ("export", "-f", fmt, "-o", str(path)).returncode == 0
    changed.write_text(changed.read_text(encoding="utf-8") + "my own notes\n", encoding="utf-8")
    moved.rename(tmp_path / "moved.txt")

    asked = run_separ("wipe")  # no terminal: lists what it would remove, removes nothing
    assert asked.returncode == 1
    for path in (kept, changed, moved):
        assert str(path) in asked.stdout
    assert kept.exists()

    result = run_separ("wipe", "--yes")
    assert result.returncode == 1  # something Separ wrote is still there
    assert not kept.exists()
    assert f"removed {kept}" in result.stdout
    assert changed.exists() and (tmp_path / "moved.txt").exists()
    assert f"  {changed}: changed since Separ wrote it" in result.stdout
    assert f"  {moved}: not there: moved or removed since" in result.stdout
    assert BEYOND_REACH in result.stdout
    assert not data_dir.exists()


def test_a_focused_export_to_a_file_is_wiped_too(tmp_path: Path, data_dir: Path) -> None:
    target = tmp_path / "start-here.md"
    assert main(["export", "--start-here", "-o", str(target)]) == 0
    assert [export.path for export in plan(data_dir).exports] == [target]
    assert target in wipe(plan(data_dir)).removed
    assert not target.exists()


def test_wipe_removes_exactly_the_files_separ_made(data_dir: Path) -> None:
    store = ProgressStore(data_dir)
    store.set_done(ITEM)
    store.close()
    theirs = [f"{DB_NAME}.bak", f"{DB_NAME}-notes.txt", f"{DB_NAME}x", f"{DB_NAME}.damaged-x"]
    for name in theirs:
        (data_dir / name).write_text("the person's own")
    copy = data_dir / f"{DB_NAME}.damaged-20260101-120000-2"
    copy.write_bytes(b"a copy Separ set aside")
    Path(f"{copy}-wal").write_bytes(b"its journal")
    done = wipe(plan(data_dir))
    assert copy in done.removed and Path(f"{copy}-wal") in done.removed
    assert sorted(p.name for p in data_dir.iterdir()) == sorted(theirs)


def test_wipe_leaves_a_folder_separ_did_not_create(tmp_path: Path) -> None:
    folder = tmp_path / "chosen"
    folder.mkdir()
    assert main(["tick", "--data-dir", str(folder), ITEM]) == 0
    assert main(["wipe", "--yes", "--data-dir", str(folder)]) == 0
    assert folder.is_dir() and list(folder.iterdir()) == []


def test_wipe_removes_the_folder_separ_created(data_dir: Path) -> None:
    assert main(["tick", ITEM]) == 0
    assert main(["wipe", "--yes"]) == 0
    assert not data_dir.exists()


async def test_exports_from_the_app_are_wiped_too(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e")
        await pilot.pause()
    documents = Path(os.environ["XDG_DOCUMENTS_DIR"])
    (written,) = documents.iterdir()
    done = wipe(plan(data_dir))
    assert written in done.removed
    assert not written.exists()


async def test_an_app_open_during_a_wipe_stops_saving_and_says_so(data_dir: Path) -> None:
    from apphelp import screen_text

    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space")
        await pilot.pause()
        result = run_separ("wipe", "--yes")  # from another terminal
        assert result.returncode == 0, result.stdout + result.stderr
        await pilot.press("j", "space")
        await pilot.pause()
        assert any("stopped saving" in n.message for n in app._notifications)
        assert app.sub_title == "nothing is saved"
        assert not app.store.save
        assert "[x]" in screen_text(app)  # still shown for this session
        await pilot.press("e")  # an export now asks first, as with --no-save
        await pilot.pause()
        assert "an export is a file" in " ".join(screen_text(app).split())
    assert not data_dir.exists()  # nothing was written back


def test_a_store_whose_file_was_removed_refuses_to_pretend(data_dir: Path) -> None:
    store = ProgressStore(data_dir)
    store.set_done("a")
    for path in data_dir.iterdir():
        path.unlink()
    with pytest.raises(ProgressError, match="was removed while Separ was open"):
        store.set_done("b")
    assert not (data_dir / DB_NAME).exists()
    store.close()


def test_the_readme_says_what_a_wipe_cannot_reach() -> None:
    """The README names the same three things the wipe itself prints."""
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    said = " ".join(readme[readme.index("- What a wipe cannot reach:") :].split("\n- ")[0].split())
    for thing in ("copies you made yourself", "printouts", "backups of this computer"):
        assert thing in said and thing in BEYOND_REACH

"""The files Separ writes: exports replace only regular files, folders are owner-only when Separ
makes them and left be when it did not, the progress file is never followed through a link, and
commands that only read create nothing."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from clihelp import run_separ
from separ.cli import main
from separ.pack import load_pack
from separ.progress import DB_NAME, ProgressStore

ITEM = load_pack().items[0].id
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX modes, links and pipes")


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def status_of(args: list[str]) -> int:
    """The exit status of a command run in this process."""
    try:
        return main(args)
    except SystemExit as exited:
        return int(exited.code or 0)


# separ export -o FILE --force -------------------------------------------------------------------


@posix_only
@pytest.mark.parametrize("kind", ["pipe", "folder", "link"])
def test_force_replaces_only_a_regular_file(tmp_path: Path, capsys, kind: str) -> None:
    target = tmp_path / "out.md"
    victim = tmp_path / "victim.txt"
    victim.write_text("the person's own file")
    if kind == "pipe":
        os.mkfifo(target)
    elif kind == "folder":
        target.mkdir()
    else:
        target.symlink_to(victim)
    before = os.lstat(target)
    assert status_of(["export", "-o", str(target), "--force"]) == 1
    err = capsys.readouterr().err
    assert f"{target} is a " in err and "Separ replaces only a regular file" in err
    after = os.lstat(target)
    assert (after.st_ino, stat.S_IFMT(after.st_mode)) == (
        before.st_ino,
        stat.S_IFMT(before.st_mode),
    )
    assert victim.read_text() == "the person's own file"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="mknod needs root")
def test_force_never_replaces_a_device(tmp_path: Path, capsys) -> None:
    device = tmp_path / "null"
    os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    assert status_of(["export", "-o", str(device), "--force"]) == 1
    assert "is a device; Separ replaces only a regular file" in capsys.readouterr().err
    assert stat.S_ISCHR(os.lstat(device).st_mode)


@posix_only
@pytest.mark.parametrize(("old", "new"), [(0o600, 0o600), (0o400, 0o400), (0o644, 0o600)])
def test_force_keeps_the_mode_of_the_file_it_replaces_unless_wider(
    tmp_path: Path, old: int, new: int
) -> None:
    target = tmp_path / "out.md"
    target.write_text("old")
    os.chmod(target, old)
    assert status_of(["export", "-o", str(target), "--force"]) == 0
    assert target.read_text(encoding="utf-8").startswith("# Separ")
    assert mode(target) == new


# The data folder ------------------------------------------------------------------------------


@posix_only
@pytest.mark.parametrize("umask", [0o022, 0o000, 0o277])
def test_folders_separ_creates_are_0700_whatever_the_umask(tmp_path: Path, umask: int) -> None:
    folder = tmp_path / "a" / "b" / "data"
    old = os.umask(umask)
    try:
        ProgressStore(folder).close()
    finally:
        os.umask(old)
    for made in (tmp_path / "a", tmp_path / "a" / "b", folder):
        assert mode(made) == 0o700, made
    assert mode(folder / DB_NAME) == 0o600


@posix_only
def test_the_documents_folder_the_app_export_creates_is_0700() -> None:
    from separ.export import save_export

    old = os.umask(0o022)
    try:
        saved = save_export(load_pack(), set())
    finally:
        os.umask(old)
    assert mode(saved.path.parent) == 0o700
    assert mode(saved.path) == 0o600


@posix_only
@pytest.mark.parametrize("side", ["", "-wal"])
def test_the_progress_file_is_never_followed_through_a_link(
    data_dir: Path, tmp_path: Path, capsys, side: str
) -> None:
    elsewhere = tmp_path / "elsewhere.db"
    elsewhere.write_bytes(b"")
    if side:
        ProgressStore(data_dir).close()  # a store of Separ's, with a link beside it
    else:
        data_dir.mkdir()
    (data_dir / f"{DB_NAME}{side}").symlink_to(elsewhere)
    for command in (["tick", ITEM], ["list"]):
        assert status_of(command) == 1
        err = capsys.readouterr().err
        assert len(err.splitlines()) == 1
        assert "is a symbolic link" in err and "Traceback" not in err
    assert elsewhere.read_bytes() == b""


@posix_only
def test_a_progress_file_that_is_a_pipe_is_refused(data_dir: Path, capsys) -> None:
    data_dir.mkdir()
    os.mkfifo(data_dir / DB_NAME)
    assert status_of(["tick", ITEM]) == 1
    assert "is not a regular file" in capsys.readouterr().err


@pytest.mark.parametrize(
    "command",
    [
        ["list"],
        ["export"],
        ["export", "--format", "html"],
        ["export", "--start-here"],
        ["where"],
        ["trust", "list"],
        ["link", "https://example.org/"],
    ],
    ids=lambda c: " ".join(c),
)
def test_commands_that_only_read_create_nothing(data_dir: Path, command: list[str]) -> None:
    assert status_of(command) == 0
    assert not data_dir.exists()


def test_list_after_a_wipe_does_not_bring_the_store_back(tmp_path: Path, data_dir: Path) -> None:
    assert run_separ("tick", ITEM).returncode == 0
    assert run_separ("wipe", "--yes").returncode == 0
    result = run_separ("list")
    assert result.returncode == 0
    assert f"{ITEM}\t" in result.stdout and "\tdone" not in result.stdout
    assert not data_dir.exists()


def test_export_to_a_file_with_no_save_says_wipe_will_not_know_it(
    tmp_path: Path, data_dir: Path, capsys
) -> None:
    assert status_of(["export", "--no-save", "-o", str(tmp_path / "out.md")]) == 0
    assert "not recorded, so 'separ wipe' will not remove it" in capsys.readouterr().err
    assert not data_dir.exists()


# The app with nothing saved -------------------------------------------------------------------


async def test_no_save_export_in_the_app_asks_and_says_where(data_dir: Path) -> None:
    from apphelp import flat_text, make_app
    from separ.app.screens.confirm import ConfirmScreen

    documents = Path(os.environ["XDG_DOCUMENTS_DIR"])
    app = make_app(data_dir, save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        shown = flat_text(app)
        assert "saves nothing" in shown and "an export is a file" in shown
        assert "separ-checklist-" in shown  # the name the file would take
        assert not documents.exists()
        await pilot.press("y")
        await pilot.pause()
        (written,) = documents.iterdir()
        assert any(str(written) in n.message for n in app._notifications)  # says where
    assert not data_dir.exists()

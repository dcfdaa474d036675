"""A pack that passed its checks is remembered in the progress store, and the app's next start
reads it from there, unless anything that made it has changed: then it is loaded and checked
in full, and a pack with a problem stops the app with the lines `separ check` prints."""

from __future__ import annotations

import argparse
import dataclasses
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import separ
from clihelp import run_separ
from separ.pack import Pack, load_pack
from separ.pack.cache import SETTING, load_checked
from separ.progress import ProgressError, ProgressStore
from separ.session import load_pack_or_exit
from test_translations import full_translation
from test_translations import pack as small_pack  # noqa: F401 (a fixture)


class Loads:
    """A pack loader that counts how often it loaded in full."""

    def __init__(self, root: Path | None, lang: str = "en") -> None:
        self.root, self.lang, self.count = root, lang, 0

    def __call__(self) -> Pack:
        self.count += 1
        return load_pack(self.root, lang=self.lang)


@pytest.fixture
def store(data_dir: Path) -> Iterator[ProgressStore]:
    """The progress store of this test's data folder."""
    opened = ProgressStore(data_dir)
    yield opened
    opened.close()


def assert_same(kept: object, fresh: object, where: str = "pack") -> None:
    """Every field equal, all the way down (documents have no equality of their own)."""
    assert type(kept) is type(fresh), where
    if dataclasses.is_dataclass(kept):
        for field in dataclasses.fields(kept):
            assert_same(
                getattr(kept, field.name), getattr(fresh, field.name), f"{where}.{field.name}"
            )
    elif isinstance(kept, tuple):
        assert isinstance(fresh, tuple) and len(kept) == len(fresh), where
        for n, (a, b) in enumerate(zip(kept, fresh, strict=True)):
            assert_same(a, b, f"{where}[{n}]")
    else:
        assert kept == fresh, where


def remembered(store: ProgressStore) -> list[str]:
    """The keys of the packs the store remembers."""
    rows = store._rows("SELECT key FROM settings WHERE key LIKE ?", (f"{SETTING}:%",))
    return [key for (key,) in rows]


def test_the_second_start_reads_the_remembered_pack_and_it_is_the_same(
    store: ProgressStore,
) -> None:
    load = Loads(None)
    first = load_checked(None, "en", store, load)
    second = load_checked(None, "en", store, load)
    assert load.count == 1
    assert_same(second, first)
    assert_same(second, load_pack())
    assert second.citations[0].passage == first.citations[0].passage


def test_a_pack_inside_a_zip_file_is_remembered_under_the_zip_file_s_bytes(
    store: ProgressStore, pack_copy: Path, tmp_path: Path
) -> None:
    """As the offline copy reads its built-in pack: from inside its zip file. The remembered
    pack is the same; a copy that differs by one byte loads in full."""
    archive = tmp_path / "separ.pyz"

    def build(extra: bytes = b"") -> zipfile.Path:
        with zipfile.ZipFile(archive, "w") as zipped:
            for path in sorted(pack_copy.rglob("*")):
                if path.is_file():
                    zipped.write(path, "separ/pack_data/" + path.relative_to(pack_copy).as_posix())
            zipped.writestr("separ/__init__.py", b"# a copy" + extra)
        return zipfile.Path(archive, "separ/pack_data/")

    root = build()
    load = Loads(root)  # type: ignore[arg-type]
    first = load_checked(root, "en", store, load)
    second = load_checked(zipfile.Path(archive, "separ/pack_data/"), "en", store, load)
    assert load.count == 1
    assert [str(d.path) for d in second.documents] == [str(d.path) for d in first.documents]
    assert [d.text for d in second.documents] == [d.text for d in first.documents]
    assert [i.title for i in second.items] == [i.title for i in first.items]
    assert second.citations[5].passage == first.citations[5].passage
    assert second.sections[0].path.read_bytes() == first.sections[0].path.read_bytes()
    changed = build(b"!")
    again = Loads(changed)  # type: ignore[arg-type]
    load_checked(changed, "en", store, again)
    assert again.count == 1  # one byte of the copy changed: loaded and checked in full


@pytest.mark.skipif(sys.platform != "linux", reason="file names that are not UTF-8")
def test_a_pack_file_named_in_bytes_that_are_not_utf8_is_remembered(
    store: ProgressStore, pack_copy: Path
) -> None:
    """`separ check` passes such a pack: the app must open it too, not stop at the name."""
    os.close(
        os.open(os.fsencode(pack_copy / "help") + b"/\xff-notes.txt", os.O_CREAT | os.O_WRONLY)
    )
    load = Loads(pack_copy)
    load_checked(pack_copy, "en", store, load)
    load_checked(pack_copy, "en", store, load)
    assert load.count == 1


def test_a_store_removed_as_the_app_starts_is_said_not_hidden(
    data_dir: Path, pack_copy: Path
) -> None:
    """A wipe between opening the store and remembering the pack: the start stops with the
    store's own one-line error, rather than going on as if it saved."""
    store = ProgressStore(data_dir)
    store.set_done("verify-identity-before-sharing")
    for path in data_dir.iterdir():
        path.unlink()
    with pytest.raises(ProgressError):
        load_checked(pack_copy, "en", store, Loads(pack_copy))
    assert not store.save
    store.close()


def test_a_translated_pack_is_remembered_per_language(
    store: ProgressStore,
    small_pack: Path,  # noqa: F811
) -> None:
    full_translation(small_pack)
    persian, english = Loads(small_pack, "fa"), Loads(small_pack, "en")
    for _ in range(2):
        kept_fa = load_checked(small_pack, "fa", store, persian)
        kept_en = load_checked(small_pack, "en", store, english)
    assert (persian.count, english.count) == (1, 1)
    assert_same(kept_fa, load_pack(small_pack, lang="fa"))
    assert_same(kept_en, load_pack(small_pack, lang="en"))
    assert kept_fa.sections[0].title != kept_en.sections[0].title
    assert len(remembered(store)) == 2


@pytest.mark.parametrize(
    "change",
    [
        "a seed document",
        "a guidance file",
        "a file in a language folder",
        "a new file",
        "a trusted list",
        "a removed file",
    ],
)
def test_any_change_to_a_pack_file_loads_it_in_full_again(
    store: ProgressStore, pack_copy: Path, change: str
) -> None:
    load = Loads(pack_copy)
    load_checked(pack_copy, "en", store, load)
    guidance = sorted((pack_copy / "guidance").glob("*.yaml"))
    if change == "a seed document":
        seed = sorted((pack_copy / "seeds").glob("*.txt"))[0]
        seed.write_bytes(seed.read_bytes() + b"\n")
    elif change == "a guidance file":
        guidance[0].write_bytes(guidance[0].read_bytes() + b"# a comment\n")
    elif change == "a file in a language folder":
        glossary = pack_copy / "guidance" / "fa" / "GLOSSARY.md"
        glossary.write_bytes(glossary.read_bytes() + b"\n")
    elif change == "a new file":
        (pack_copy / "help" / "notes.txt").write_text("x\n", encoding="utf-8")
    elif change == "a trusted list":
        trusted = sorted((pack_copy / "trusted").glob("*.yaml"))[0]
        trusted.write_bytes(trusted.read_bytes() + b"\n")
    else:
        (pack_copy / "guidance" / "fa" / "GLOSSARY.md").unlink()
    load_checked(pack_copy, "en", store, load)
    assert load.count == 2


def test_a_pack_with_a_problem_stops_the_app_as_check_reports_it_even_after_a_good_start(
    store: ProgressStore, pack_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = argparse.Namespace(pack=pack_copy)
    load_pack_or_exit(args, "en", store)  # passes, and is remembered
    section = sorted((pack_copy / "guidance").glob("*.yaml"))[0]
    section.write_text(
        section.read_text(encoding="utf-8").replace("level: essential", "level: urgent", 1),
        encoding="utf-8",
    )
    capsys.readouterr()
    with pytest.raises(SystemExit) as stopped:
        load_pack_or_exit(args, "en", store)
    assert stopped.value.code == 1
    said = capsys.readouterr().err.splitlines()
    check = run_separ("check", "--pack", str(pack_copy))
    problems = [line for line in check.stdout.splitlines() if ": warning:" not in line]
    assert problems and problems == said[:-1]
    assert said[-1] == "separ: the pack has 1 problem; nothing was changed."


def test_nothing_is_read_or_remembered_when_nothing_is_saved(tmp_path: Path) -> None:
    store = ProgressStore(tmp_path / "unused", save=False)
    load = Loads(None)
    load_checked(None, "en", store, load)
    load_checked(None, "en", store, load)
    assert load.count == 2
    assert remembered(store) == []
    assert not (tmp_path / "unused").exists()


def test_a_damaged_entry_is_ignored_and_replaced(store: ProgressStore) -> None:
    load = Loads(None)
    load_checked(None, "en", store, load)
    (key,) = remembered(store)
    for damage in ("{not json", '{"fingerprint": 1}', store.setting(key).replace('"$"', '"$x"')):
        store.set_setting(key, damage)
        assert_same(load_checked(None, "en", store, load), load_pack())
    assert load.count == 4
    load_checked(None, "en", store, load)
    assert load.count == 4  # replaced by a whole one


def test_a_pack_with_a_link_out_of_it_is_never_remembered(
    store: ProgressStore, pack_copy: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("secret\n", encoding="utf-8")
    os.symlink(outside, pack_copy / "help" / "notes.txt")
    load = Loads(pack_copy)
    with pytest.raises(Exception, match="problem"):
        load_checked(pack_copy, "en", store, load)
    assert remembered(store) == []


def test_the_app_opens_a_remembered_pack_without_pyyaml_and_wipe_removes_it(
    data_dir: Path,
) -> None:
    """Started twice (the app itself replaced by a note of what was imported): the second start
    reads no YAML; `separ wipe` then leaves nothing of it behind."""
    script = (
        "import sys\n"
        "import separ.app.app as app\n"
        "app.SeparApp.run = lambda self: print('yaml' in sys.modules)\n"
        "from separ.cli import main\n"
        "main([])\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(separ.__file__).resolve().parent.parent)}
    runs = [
        subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
        )
        for _ in range(2)
    ]
    assert [run.stdout.strip() for run in runs] == ["True", "False"], runs[1].stderr
    store = ProgressStore(data_dir)
    assert len(remembered(store)) == 1
    store.close()
    assert run_separ("wipe", "--yes").returncode == 0
    assert not data_dir.exists() or not any(data_dir.iterdir())

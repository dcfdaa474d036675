"""`separ list`, `separ tick` and `separ untick`: progress from scripts and screen readers."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from separ.cli import main
from separ.pack import Pack, load_pack
from separ.progress import ProgressStore

SRC = Path(__file__).resolve().parent.parent / "src"


@pytest.fixture(scope="module")
def pack() -> Pack:
    """The built-in pack."""
    return load_pack()


def done_ids(data_dir: Path | None = None) -> set[str]:
    """What the progress store holds now."""
    store = ProgressStore(data_dir)
    try:
        return store.done_ids()
    finally:
        store.close()


def test_list_prints_every_item_tab_separated(
    pack: Pack, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["tick", pack.items[1].id]) == 0
    capsys.readouterr()
    assert main(["list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        f"{item.id}\t{item.section_id}\t{item.level}\t{'done' if n == 1 else 'open'}"
        for n, item in enumerate(pack.items)
    ]


def test_list_help_says_the_line_format(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["list", "--help"])
    assert "id<TAB>section-id<TAB>level<TAB>done|open" in capsys.readouterr().out


def test_tick_and_untick_change_state_and_say_so(
    pack: Pack, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = pack.items[0].id, pack.items[2].id
    assert main(["tick", first, second]) == 0
    assert capsys.readouterr().out == f"ticked: {first}\nticked: {second}\n"
    assert done_ids() == {first, second}
    assert main(["tick", first]) == 0
    assert capsys.readouterr().out == f"already done: {first}\n"
    assert main(["untick", first, first]) == 0
    assert capsys.readouterr().out == f"unticked: {first}\n"
    assert main(["untick", first]) == 0
    assert capsys.readouterr().out == f"already open: {first}\n"
    assert done_ids() == {second}


def test_unknown_id_changes_nothing_and_names_the_closest(
    pack: Pack, capsys: pytest.CaptureFixture[str]
) -> None:
    good = pack.items[0].id
    typo = good[:-1]
    assert main(["tick", good, typo, "zzzz"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    errors = captured.err.splitlines()
    assert len(errors) == 3
    assert errors[0].startswith(f"separ: unknown item id '{typo}'; did you mean '{good}'")
    assert errors[1:] == [
        "separ: unknown item id 'zzzz'; 'separ list' shows every id",
        "separ: nothing was changed.",
    ]
    assert done_ids() == set()


def test_no_save_changes_nothing_on_disk(
    pack: Pack, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["tick", "--no-save", pack.items[0].id]) == 0
    captured = capsys.readouterr()
    assert captured.out == f"ticked: {pack.items[0].id}\n"
    assert "not kept" in captured.err
    assert not data_dir.exists()


def test_data_dir_option_keeps_progress_there(pack: Pack, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    assert main(["tick", "--data-dir", str(elsewhere), pack.items[0].id]) == 0
    assert done_ids(elsewhere) == {pack.items[0].id}
    assert done_ids() == set()


def test_tick_from_a_shell_survives_to_the_next_command(pack: Pack) -> None:
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(SRC), environment.get("PYTHONPATH", "")) if p
    )

    def separ(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "separ", *args],
            capture_output=True, text=True, encoding="utf-8", env=environment, timeout=60,
        )  # fmt: skip

    item = pack.items[-1]
    assert separ("tick", item.id).returncode == 0
    listed = separ("list").stdout.splitlines()
    assert f"{item.id}\t{item.section_id}\t{item.level}\tdone" in listed
    wrong = separ("untick", item.id + "-typo")
    assert wrong.returncode == 1
    assert f"did you mean '{item.id}'" in wrong.stderr
    assert f"{item.id}\t{item.section_id}\t{item.level}\tdone" in separ("list").stdout

"""`separ help`, a mistyped command's "did you mean", `separ show ID` and `separ list --titles`."""

from __future__ import annotations

from pathlib import Path

import pytest

from clihelp import run_separ
from separ.cli import main
from separ.pack import load_pack
from separ.pack.model import LEVEL_MEANINGS
from separ.progress import ProgressStore

PACK = load_pack()
FIRST = PACK.items[0]


def test_help_prints_what_dash_dash_help_prints(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["help"]) == 0
    said = capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--help"])
    assert said == capsys.readouterr().out
    for command in ("check", "export", "list", "show", "help", "wipe"):
        assert command in said


def test_help_with_a_command_prints_that_command_s_help(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["help", "export"])
    assert exit_.value.code == 0
    assert "usage: separ export" in capsys.readouterr().out


def test_help_about_a_command_that_does_not_exist_suggests_one(capsys) -> None:
    assert main(["help", "exprot"]) == 2
    assert capsys.readouterr().err == (
        "separ: unknown command 'exprot'; did you mean 'export'? "
        "('separ help' lists every command)\n"
    )


def test_a_mistyped_command_gets_did_you_mean_and_no_usage_dump() -> None:
    run = run_separ("lsit")
    assert run.returncode == 2
    assert run.stderr == (
        "separ: unknown command 'lsit'; did you mean 'list'? ('separ help' lists every command)\n"
    )
    assert run.stdout == ""


def test_an_unknown_command_with_nothing_close_points_to_help(capsys) -> None:
    assert main(["--data-dir", "somewhere", "zzzz"]) == 2
    assert capsys.readouterr().err == (
        "separ: unknown command 'zzzz'; 'separ help' lists every command\n"
    )


def test_a_mistyped_command_is_shown_inert(capsys) -> None:
    assert main(["\x1b[31mred"]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err
    assert "␛[31mred" in err


def test_show_prints_one_item_in_full(capsys, data_dir: Path) -> None:
    store = ProgressStore(data_dir)
    store.set_done(FIRST.id)
    store.close()
    assert main(["show", FIRST.id]) == 0
    out = capsys.readouterr().out
    flat = " ".join(out.split())
    assert out.startswith(f"Section: {PACK.sections[0].title}\n")
    assert f"Level: {FIRST.level}. {LEVEL_MEANINGS[FIRST.level]}" in flat
    assert f"[x] {FIRST.title}" in flat
    assert " ".join(FIRST.why.split()) in flat
    for number, step in enumerate(FIRST.steps, 1):
        assert f"{number}. {' '.join(step.split())}" in flat
    assert FIRST.citations[0].role_label in flat
    assert "Traceback" not in out


def test_show_of_an_unknown_id_names_the_closest(capsys) -> None:
    assert main(["show", FIRST.id[:-3]]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"did you mean '{FIRST.id}'" in captured.err


def test_list_titles_reads_as_sentences_under_section_titles(capsys, data_dir: Path) -> None:
    store = ProgressStore(data_dir)
    store.set_done(FIRST.id)
    store.close()
    assert main(["list", "--titles"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == PACK.sections[0].title
    assert lines[1] == f"  done, {FIRST.level}: {FIRST.title} ({FIRST.id})"
    second = PACK.items[1]
    assert lines[2] == f"  open, {second.level}: {second.title} ({second.id})"
    assert sum(line.startswith("  ") for line in lines) == len(PACK.items)
    assert [line for line in lines if line and not line.startswith("  ")] == [
        section.title for section in PACK.sections
    ]

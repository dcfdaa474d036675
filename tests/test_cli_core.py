"""The core commands: `separ check`, `where`, `wipe` and `schema`, in process and as a person runs
them (a subprocess, from another directory)."""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import pytest

import separ
from clihelp import run_separ
from separ.cli import main
from separ.pack.format import json_schema
from separ.progress import DB_NAME, ProgressStore

PROBLEM_LINE = re.compile(r"^.+:\d+:\d+: .+$")
SUMMARY = re.compile(r"^\d+ sections, \d+ items, \d+ citations, all found$")

DOC = "A guide.\n\nDo not click links from strangers.\nAsk who they are.\n"
SOURCES = "documents:\n  - id: guide\n    file: doc.txt\n    title: A guide\n"
SECTION = """\
id: basics
title: Basics
summary: Links.
items:
  - id: avoid-links
    title: Do not click links
    level: essential
    why: Links can lead to fake pages.
    steps:
      - Delete the message.
    citations:
      - document: guide
        quote: Do not click links from strangers.
        role: advice
"""


def write_pack(root: Path, section: str = SECTION, sources: str = SOURCES) -> Path:
    """A minimal pack: one guidance file, the catalogue and one document."""
    (root / "guidance").mkdir(parents=True)
    (root / "seeds").mkdir()
    (root / "guidance" / "01-basics.yaml").write_text(section, encoding="utf-8")
    (root / "seeds" / "sources.yaml").write_text(sources, encoding="utf-8")
    (root / "seeds" / "doc.txt").write_text(DOC, encoding="utf-8")
    return root


def assert_problem_report(out: str, err: str) -> list[str]:
    """Problems one per line as path:line:column: message on stdout, the count on stderr."""
    assert "Traceback" not in out + err
    lines = out.splitlines()
    assert lines
    for line in lines:
        assert PROBLEM_LINE.match(line), line
    said = "1 problem found." if len(lines) == 1 else f"{len(lines)} problems found."
    assert err.strip().splitlines()[-1] == said
    return lines


# check --------------------------------------------------------------------------------------


def test_check_of_the_shipped_pack_prints_a_one_line_summary(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["check"]) == 0
    captured = capsys.readouterr()
    *warnings, summary = captured.out.strip().splitlines()
    assert SUMMARY.match(summary), captured.out
    # While the guidance is being translated, only warnings about translations come before it.
    assert all(": warning: " in line for line in warnings)
    assert captured.err in (
        "",
        f"{len(warnings)} warning(s): translations missing or out of date.\n",
    )


def test_check_counts_what_the_pack_holds(tmp_path: Path, capsys) -> None:
    assert main(["check", "--pack", str(write_pack(tmp_path / "pack"))]) == 0
    assert capsys.readouterr().out == "1 sections, 1 items, 1 citations, all found\n"


def test_check_reports_a_problem_with_path_line_and_column(tmp_path: Path, capsys) -> None:
    root = write_pack(tmp_path / "pack", SECTION.replace("level: essential", "level: urgent"))
    assert main(["check", "--pack", str(root)]) == 1
    captured = capsys.readouterr()
    (line,) = assert_problem_report(captured.out, captured.err)
    assert line.endswith(
        "01-basics.yaml:7:12: 'level' must be one of essential, recommended, advanced, not 'urgent'"
    )


def test_check_reports_every_problem_not_only_the_first(tmp_path: Path, capsys) -> None:
    section = (
        SECTION.replace("level: essential", "level: urgent")
        .replace("    steps:", "    setps:")
        .replace("document: guide", "document: guid")
    )
    root = write_pack(tmp_path / "pack", section)
    assert main(["check", "--pack", str(root)]) == 1
    captured = capsys.readouterr()
    lines = assert_problem_report(captured.out, captured.err)
    assert [re.search(r":(\d+:\d+): ", line).group(1) for line in lines] == [
        "5:5",  # missing steps
        "7:12",  # level
        "9:5",  # unknown field setps
        "12:19",  # unknown document
    ]


def test_check_of_a_missing_pack_folder_says_so(tmp_path: Path, capsys) -> None:
    assert main(["check", "--pack", str(tmp_path / "nowhere")]) == 1
    captured = capsys.readouterr()
    (line,) = assert_problem_report(captured.out, captured.err)
    assert "not found" in line


def test_check_as_a_command_reports_problems_without_a_traceback(tmp_path: Path) -> None:
    section = SECTION.replace("quote: Do not click", "quote: Never click").replace(
        "title: Basics", 'title: !!python/object/apply:os.system ["echo hi"]'
    )
    root = write_pack(tmp_path / "pack", section)
    result = run_separ("check", "--pack", str(root), cwd=tmp_path)
    assert result.returncode == 1
    lines = assert_problem_report(result.stdout, result.stderr)
    assert "hi" not in lines  # nothing executed: no echo output
    assert lines == [
        "pack/guidance/01-basics.yaml:2:8: the tag !!python/object/apply:os.system is not "
        "allowed; use plain YAML values",
        "pack/guidance/01-basics.yaml:13:16: quote not found in document 'guide'; closest passage "
        "(line 3): “Do not click links from strangers.”",
    ]


def test_check_as_a_command_reports_malformed_yaml_at_its_place(tmp_path: Path) -> None:
    root = write_pack(tmp_path / "pack", SECTION.replace("title: Do not", 'title: "Do not'))
    result = run_separ("check", "--pack", str(root), cwd=tmp_path)
    assert result.returncode == 1
    (line,) = assert_problem_report(result.stdout, result.stderr)
    assert line.startswith("pack/guidance/01-basics.yaml:6:12: malformed YAML:")


def test_check_as_a_command_reports_a_missing_seed_file(tmp_path: Path) -> None:
    root = write_pack(tmp_path / "pack", sources=SOURCES.replace("doc.txt", "gone.txt"))
    result = run_separ("check", "--pack", str(root), cwd=tmp_path)
    assert result.returncode == 1
    (line,) = assert_problem_report(result.stdout, result.stderr)
    assert line == "pack/seeds/sources.yaml:3:11: document file 'gone.txt' not found in seeds/"


def test_check_as_a_command_on_binary_junk_gives_no_traceback(tmp_path: Path) -> None:
    root = write_pack(tmp_path / "pack")
    (root / "guidance" / "01-basics.yaml").write_bytes(bytes(range(256)) * 4)
    (root / "seeds" / "sources.yaml").write_text("documents: {{{", encoding="utf-8")
    result = run_separ("check", "--pack", str(root), cwd=tmp_path)
    assert result.returncode == 1
    assert len(assert_problem_report(result.stdout, result.stderr)) == 2


def test_check_works_from_any_directory(tmp_path: Path) -> None:
    result = run_separ("check", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert SUMMARY.match(result.stdout.strip().splitlines()[-1]), result.stdout
    assert "Traceback" not in result.stderr


# where --------------------------------------------------------------------------------------


def test_where_prints_the_path_of_the_progress_file(data_dir: Path, capsys) -> None:
    assert main(["where"]) == 0
    captured = capsys.readouterr()
    assert captured.out == f"{data_dir / DB_NAME}\n"
    assert "nothing saved yet" in captured.err


def test_where_follows_the_data_dir_option(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "elsewhere"
    ProgressStore(folder).close()
    assert main(["where", "--data-dir", str(folder)]) == 0
    captured = capsys.readouterr()
    assert captured.out == f"{folder / DB_NAME}\n"
    assert captured.err == ""


def test_where_with_no_save_says_nothing_is_saved(capsys) -> None:
    assert main(["where", "--no-save"]) == 0
    assert "Nothing is saved" in capsys.readouterr().out


def test_where_as_a_command(tmp_path: Path, data_dir: Path) -> None:
    result = run_separ("where", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout == f"{data_dir / DB_NAME}\n"
    assert not data_dir.exists()  # asking where creates nothing


# wipe ---------------------------------------------------------------------------------------


def saved(data_dir: Path) -> None:
    store = ProgressStore(data_dir)
    store.set_done("a")
    store.close()


def test_wipe_without_yes_and_without_a_terminal_refuses(
    data_dir: Path, monkeypatch, capsys
) -> None:
    saved(data_dir)
    before = sorted(data_dir.iterdir())
    monkeypatch.setattr(sys, "stdin", io.StringIO("yes\n"))  # not a terminal, even if it says yes
    assert main(["wipe"]) == 1
    captured = capsys.readouterr()
    assert "--yes" in captured.err
    assert str(data_dir / DB_NAME) in captured.out
    assert sorted(data_dir.iterdir()) == before


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_wipe_asks_at_a_terminal_and_no_keeps_everything(
    data_dir: Path, monkeypatch, capsys
) -> None:
    saved(data_dir)
    before = sorted(data_dir.iterdir())
    monkeypatch.setattr(sys, "stdin", FakeTerminal("n\n"))
    assert main(["wipe"]) == 1
    assert "Nothing removed." in capsys.readouterr().out
    assert sorted(data_dir.iterdir()) == before


def test_wipe_asks_at_a_terminal_and_yes_removes(data_dir: Path, monkeypatch, capsys) -> None:
    saved(data_dir)
    monkeypatch.setattr(sys, "stdin", FakeTerminal("y\n"))
    assert main(["wipe"]) == 0
    assert not data_dir.exists()


def test_wipe_yes_removes_and_says_what(data_dir: Path, capsys) -> None:
    saved(data_dir)
    files = sorted(data_dir.iterdir())
    assert main(["wipe", "--yes"]) == 0
    out = capsys.readouterr().out
    for path in files:
        assert f"removed {path}" in out
    assert f"Removed {len(files)} file{'s' if len(files) != 1 else ''}." in out
    assert not data_dir.exists()


def test_wipe_when_nothing_is_saved_says_so(data_dir: Path, capsys) -> None:
    assert main(["wipe"]) == 0
    assert "Nothing to remove" in capsys.readouterr().out


def test_wipe_as_a_command_without_yes_refuses(tmp_path: Path, data_dir: Path) -> None:
    saved(data_dir)
    result = run_separ("wipe", cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert (data_dir / DB_NAME).exists()


def test_wipe_as_a_command_with_yes_removes(tmp_path: Path, data_dir: Path) -> None:
    saved(data_dir)
    result = run_separ("wipe", "--yes", cwd=tmp_path)
    assert result.returncode == 0
    assert f"removed {data_dir / DB_NAME}" in result.stdout
    assert not data_dir.exists()


def test_wipe_as_a_command_with_nothing_saved(tmp_path: Path) -> None:
    result = run_separ("wipe", cwd=tmp_path)
    assert result.returncode == 0
    assert "Nothing to remove" in result.stdout


# schema -------------------------------------------------------------------------------------


def test_schema_as_a_command_prints_json(tmp_path: Path) -> None:
    result = run_separ("schema", cwd=tmp_path)
    assert result.returncode == 0
    assert json.loads(result.stdout) == json_schema()


def test_version_is_printed(capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"separ {separ.__version__}"


def test_wipe_at_a_terminal_treats_end_of_input_as_no(data_dir: Path, monkeypatch, capsys) -> None:
    saved(data_dir)
    before = sorted(data_dir.iterdir())
    monkeypatch.setattr(sys, "stdin", FakeTerminal(""))  # Ctrl-D at the prompt
    assert main(["wipe"]) == 1
    assert "Nothing removed." in capsys.readouterr().out
    assert sorted(data_dir.iterdir()) == before


def test_wipe_that_cannot_remove_says_so_in_one_line(data_dir: Path, monkeypatch, capsys) -> None:
    saved(data_dir)

    def refuse(self: Path, missing_ok: bool = False) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "unlink", refuse)
    assert main(["wipe", "--yes"]) == 1
    out = capsys.readouterr().out
    assert f"  {data_dir / DB_NAME}: cannot be removed: Permission denied\n" in out
    assert "Separ has no saved progress" not in out


def test_every_command_is_reached_past_the_fast_start(capsys: pytest.CaptureFixture) -> None:
    """`separ` builds its sub-commands only when argv names one: each must still be reachable."""
    import argparse

    from separ import cli

    (subparsers,) = [
        a for a in cli.build_parser()._actions if isinstance(a, argparse._SubParsersAction)
    ]
    for name in subparsers.choices:
        with pytest.raises(SystemExit) as exit_:
            cli.main([name, "--help"])
        assert exit_.value.code == 0
        assert f"usage: separ {name}" in capsys.readouterr().out

"""`separ export` from the command line: options, files, errors, and no Textual on the way."""

from __future__ import annotations

import os
import shutil
import stat
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


def env() -> dict[str, str]:
    """This test's environment for a subprocess, with the source tree importable."""
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(SRC), environment.get("PYTHONPATH", "")) if p
    )
    environment["NO_COLOR"] = "1"
    return environment


def separ(*args: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m separ` as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "separ", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env(),
        timeout=60,
    )


def tick(*ids: str) -> None:
    """Mark items done in this test's progress store."""
    store = ProgressStore()
    for ident in ids:
        store.set_done(ident)
    store.close()


def test_export_prints_markdown_to_stdout(pack: Pack) -> None:
    tick(pack.items[0].id)
    result = separ("export")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# Separ: digital-safety checklist\n")
    assert f"1 of {len(pack.items)} done" in result.stdout
    assert result.stdout.count("- [x] ") == 1
    assert result.stdout.count("- [ ] ") == len(pack.items) - 1
    assert result.stderr == ""


def test_export_html_to_a_file_then_refuses_to_replace_it(tmp_path: Path) -> None:
    target = tmp_path / "sheet.html"
    first = separ("export", "--format", "html", "-o", str(target))
    assert first.returncode == 0, first.stderr
    assert first.stdout == ""
    assert str(target) in first.stderr
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    second = separ("export", "--format", "text", "-o", str(target))
    assert second.returncode == 1
    assert second.stderr == f"separ: {target} exists; use --force to replace it\n"
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    third = separ("export", "--format", "text", "-o", str(target), "--force")
    assert third.returncode == 0, third.stderr
    assert target.read_text(encoding="utf-8").startswith("Separ: digital-safety checklist\n")


def test_unknown_section_is_an_error_naming_the_known_ones(pack: Pack) -> None:
    result = separ("export", "--section", "nope")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("separ: unknown section 'nope'; ")
    assert all(section.id in result.stderr for section in pack.sections)


def test_unknown_level_is_refused_by_the_parser(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["export", "--level", "urgent"])
    assert raised.value.code == 2
    assert "invalid choice: 'urgent'" in capsys.readouterr().err


def test_filters_combine(pack: Pack, capsys: pytest.CaptureFixture[str]) -> None:
    section = pack.sections[0]
    essential = [i for i in section.items if i.level == "essential"]
    tick(essential[0].id)
    args = ["--section", section.id, "--level", "essential", "--open-only", "--no-sources"]
    assert main(["export", *args]) == 0
    out = capsys.readouterr().out
    assert out.count("- [ ] ") == len(essential) - 1
    assert "- [x]" not in out
    assert "Sources:" not in out
    assert f"1 of {len(essential)} done" in out
    for other in pack.sections[1:]:
        assert other.title not in out


def test_blank_sheet_ignores_progress(pack: Pack, capsys: pytest.CaptureFixture[str]) -> None:
    tick(*(item.id for item in pack.items))
    assert main(["export", "--blank", "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "[x]" not in out
    assert out.count("\n[ ] ") == len(pack.items)
    assert " done" not in out.splitlines()[2]


def test_blank_sheet_does_not_create_a_progress_file(data_dir: Path) -> None:
    assert main(["export", "--blank"]) == 0
    assert not data_dir.exists()


def test_pack_option_exports_another_pack(
    pack_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    guidance = sorted((pack_copy / "guidance").glob("*.yaml"))
    for extra in guidance[1:]:
        extra.unlink()
    # The situations and "Start here" name items of the removed sections.
    shutil.rmtree(pack_copy / "situations")
    shutil.rmtree(pack_copy / "help")
    assert main(["export", "--pack", str(pack_copy)]) == 0
    out = capsys.readouterr().out
    assert out.count("\n## ") == 1


def test_missing_output_folder_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "nowhere" / "list.md"
    assert main(["export", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"separ: cannot write {target}: ")
    assert err.count("\n") == 1


NO_TEXTUAL = """
import sys
from separ.cli import main
for argv in (["export"], ["export", "-f", "html"], ["export", "-f", "text"], ["list"],
             ["tick", "{item}"], ["untick", "{item}"]):
    assert main(argv) == 0, argv
loaded = sorted(m for m in sys.modules if m == "textual" or m.startswith("textual."))
print("textual modules:", loaded, file=sys.stderr)
assert not loaded
"""


def test_export_commands_never_import_textual(pack: Pack) -> None:
    code = NO_TEXTUAL.replace("{item}", pack.items[0].id)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env(), timeout=60
    )
    assert result.returncode == 0, result.stderr


def test_markdown_and_text_exports_do_not_load_the_markdown_parser() -> None:
    code = (
        "import sys\nfrom separ.cli import main\n"
        "assert main(['export']) == 0 and main(['export', '-f', 'text']) == 0\n"
        "assert 'markdown_it' not in sys.modules, 'markdown_it loaded'\n"
        "assert 'textual' not in sys.modules\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env(), timeout=60
    )
    assert result.returncode == 0, result.stderr


def test_export_to_a_pipe_that_cannot_encode_it_is_utf8() -> None:
    environment = env()
    environment["PYTHONIOENCODING"] = "ascii"
    result = subprocess.run(
        [sys.executable, "-m", "separ", "export"], capture_output=True, env=environment, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode("utf-8").startswith("# Separ")
    assert "·".encode() in result.stdout

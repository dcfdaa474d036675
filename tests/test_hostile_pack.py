"""A hostile pack through every way out of Separ: no control byte or bidi override leaves it.

The pack (tests/hostile.py) carries OSC 52, OSC 0, ESC #8, CSI, C1 controls, a carriage return,
bidi overrides and markup in every field and in a seed file's name. `separ check`, `separ export`
(three formats, to standard output and to a file), `separ link`, the progress commands and the
app are run over it, and what comes out must be inert.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clihelp import run_separ
from hostile import (
    ALL,
    PAYLOADS,
    SEED_NAME,
    assert_inert,
    assert_screen_inert,
    write_broken_hostile_pack,
    write_hostile_pack,
)


@pytest.fixture
def hostile_pack(tmp_path: Path) -> Path:
    """The hostile pack, which passes its checks."""
    return write_hostile_pack(tmp_path / "hostile")


def test_the_hostile_pack_passes_its_checks(hostile_pack: Path) -> None:
    result = run_separ("check", "--pack", str(hostile_pack))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 sections, 1 items, 1 citations, all found" in result.stdout


def test_check_messages_quote_bad_values_inertly_one_line_each(tmp_path: Path) -> None:
    root = write_broken_hostile_pack(tmp_path / "broken")
    result = run_separ("check", "--pack", str(root), cwd=tmp_path)
    assert result.returncode == 1
    assert_inert(result.stdout, "stdout")
    assert_inert(result.stderr, "stderr")
    lines = result.stdout.splitlines()
    # Each problem on a line of its own, starting with its place.
    assert all(line.startswith("broken/") for line in lines), lines
    text = result.stdout
    for quoted in ("is not a valid id", "unknown field 'key", "must be one of", "closest passage"):
        assert quoted in text
    assert "\u241b]0;owned\u2407" in text  # the file name, made visible
    assert "\u27e8U+DCFF\u27e9" in text  # a file name that is not UTF-8
    assert "not found in seeds/" in text


@pytest.mark.parametrize("fmt", ["markdown", "html", "text"])
def test_export_to_standard_output_is_inert(hostile_pack: Path, fmt: str) -> None:
    result = run_separ("export", "--pack", str(hostile_pack), "--format", fmt)
    assert result.returncode == 0, result.stderr
    assert_inert(result.stdout, f"export --format {fmt}")
    assert "\u27e8U+202E\u27e9gpj.exe" in result.stdout  # the override shown, not obeyed
    assert "\u241b" in result.stdout  # the escape shown as ␛


@pytest.mark.parametrize("fmt", ["markdown", "html", "text"])
def test_export_to_a_file_is_inert(hostile_pack: Path, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"out.{fmt}"
    result = run_separ("export", "--pack", str(hostile_pack), "--format", fmt, "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert_inert(target.read_bytes(), str(target))
    assert_inert(result.stderr, "stderr")


def test_link_verdict_and_echo_are_inert(hostile_pack: Path) -> None:
    result = run_separ(
        "link", "--pack", str(hostile_pack), "https://examp1e.org/", f"not a link {ALL}"
    )
    assert result.returncode == 2
    assert_inert(result.stdout, "stdout")
    assert_inert(result.stderr, "stderr")
    assert "owner" in result.stdout  # the hostile owner was named, inertly


def test_link_json_keeps_the_link_exact_and_inert(hostile_pack: Path) -> None:
    link = f"https://example.org/{PAYLOADS['bidi']}"
    result = run_separ("link", "--json", "--pack", str(hostile_pack), link)
    assert_inert(result.stdout, "stdout")
    assert json.loads(result.stdout.splitlines()[0])["link"] == link


def test_tick_and_untick_echo_unknown_ids_inertly(hostile_pack: Path) -> None:
    for command in ("tick", "untick"):
        result = run_separ(command, "--pack", str(hostile_pack), f"bad{ALL}")
        assert result.returncode == 1
        assert_inert(result.stdout, "stdout")
        assert_inert(result.stderr, "stderr")
        assert len(result.stderr.splitlines()) == 2  # the unknown id, and "nothing was changed"


def test_list_show_and_where_are_inert(hostile_pack: Path, tmp_path: Path) -> None:
    data = tmp_path / f"data{PAYLOADS['osc0 window title']}"
    assert (
        run_separ(
            "tick", "--pack", str(hostile_pack), "--data-dir", str(data), "avoid-look-alike-sites"
        ).returncode
        == 0
    )
    for args in (
        ["list"],
        ["list", "--titles"],
        ["show", "avoid-look-alike-sites"],
        ["where"],
        ["wipe", "--yes"],
    ):
        result = run_separ(*args, "--pack", str(hostile_pack), "--data-dir", str(data))
        assert result.returncode == 0, result.stderr
        assert_inert(result.stdout, f"{args[0]} stdout")
        assert_inert(result.stderr, f"{args[0]} stderr")


# The app --------------------------------------------------------------------------------------


def rendered(app) -> str:
    """Everything the screen would write to the terminal now, escape sequences and all."""
    update = app.screen._compositor.render_update(full=True)
    return "".join(update.render_segments(app.console))


async def test_app_shows_the_hostile_pack_inertly(hostile_pack: Path, data_dir: Path) -> None:
    from separ.app.app import SeparApp
    from separ.app.screens.source import DocumentScreen, SourceScreen
    from separ.pack import load_pack
    from separ.progress import ProgressStore

    app = SeparApp(load_pack(hostile_pack), ProgressStore(data_dir))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert_screen_inert(rendered(app), "main screen")
        await pilot.press("space")  # a tick, and its message
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, SourceScreen)
        shown = rendered(app)
        assert_screen_inert(shown, "source screen")
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, DocumentScreen)
        assert_screen_inert(rendered(app), "document screen")
        assert SEED_NAME not in rendered(app)


async def test_app_filter_link_screen_and_trust_dialog_echo_input_inertly(
    hostile_pack: Path, data_dir: Path
) -> None:
    from textual.widgets import Input

    from separ.app.app import SeparApp
    from separ.pack import load_pack
    from separ.progress import ProgressStore

    app = SeparApp(load_pack(hostile_pack), ProgressStore(data_dir))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.press("slash")
        app.screen.query_one("#filter", Input).value = f"item {PAYLOADS['osc52 clipboard']}"
        await pilot.pause()
        assert_screen_inert(rendered(app), "filtered main screen")
        await pilot.press("escape")
        await pilot.press("l")
        await pilot.pause()
        box = app.screen.query_one("#link-input", Input)
        box.value = f"not a link {ALL}"
        await pilot.press("enter")
        await pilot.pause()
        assert_screen_inert(rendered(app), "link screen, not a link")
        box.value = "https://examp1e.org/"
        await pilot.press("enter")
        await pilot.pause()
        assert_screen_inert(rendered(app), "link screen, verdict naming the owner")
        # ctrl+t: the site to trust, pasted, and the reason it is refused, which quotes it.
        await pilot.press("ctrl+t")
        await pilot.pause()
        app.screen.query_one("#trust-input", Input).value = f"a{ALL}b.com"
        await pilot.press("enter")
        await pilot.pause()
        assert_screen_inert(rendered(app), "trust dialog, a refused site")

"""The app at every size: one pane at a time on small terminals, a footer of whole keys, and
wrapped help that keeps its hanging indent."""

from __future__ import annotations

from pathlib import Path

import pytest

from apphelp import make_app, screen_text, settle_footer, words_on_screen
from separ.app.bidi import label_text
from separ.app.screens.item import ItemScreen
from separ.app.screens.main import MainScreen
from separ.app.screens.source import SourceScreen
from separ.app.widgets.items import ItemList
from separ.app.widgets.sections import SectionList
from separ.i18n import _ as spoken
from separ.pack import load_pack

PACK = load_pack()
FIRST = PACK.items[0]
SMALL = pytest.mark.parametrize("size", [(60, 20), (40, 12)], ids=["60x20", "40x12"])


def visible(app, selector: str) -> bool:
    """Whether a widget takes room on the screen."""
    widget = app.screen.query_one(selector)
    return widget.display and widget.region.area > 0


@SMALL
async def test_small_terminals_open_on_the_items_then_read_then_the_source(
    data_dir: Path, size: tuple[int, int]
) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert visible(app, "#items-pane")
        assert not visible(app, "#sections-pane")
        assert f"● {' '.join(FIRST.title.split()[:3])}" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ItemScreen)
        assert " ".join(FIRST.title.split()[:4]) in words_on_screen(app)
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, SourceScreen)
        quote = " ".join(FIRST.citations[0].passage.split()[:4])
        assert quote in words_on_screen(app)


@SMALL
async def test_small_terminals_show_the_sections_on_their_own_after_left(
    data_dir: Path, size: tuple[int, int]
) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=size) as pilot:
        assert "← Sections" in await settle_footer(pilot, app)
        await pilot.press("left")
        await pilot.pause()
        assert isinstance(app.focused, SectionList)
        assert visible(app, "#sections-pane")
        assert not visible(app, "#items-pane")
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.focused, ItemList)
        assert visible(app, "#items-pane")
        assert not visible(app, "#sections-pane")
        assert app.focused.item_ids == [item.id for item in PACK.sections[1].items]
        await pilot.press("tab")
        assert isinstance(app.focused, SectionList)
        await pilot.press("tab")
        assert isinstance(app.focused, ItemList)


async def test_escape_on_a_small_terminal_goes_back_to_the_sections(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert isinstance(app.focused, SectionList)


async def test_short_terminals_leave_out_the_header(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        assert "digital-safety checklist" not in screen_text(app).splitlines()[0]
    app.store.close()
    tall = make_app(data_dir)
    async with tall.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "digital-safety checklist" in screen_text(tall).splitlines()[0]


def footer_keys(app) -> set[str]:
    """Each key the footer may show, as it shows it: "⏎ Read", "space Tick"... (its words in
    the language of the day, a Persian one drawn as the footer draws it)."""
    return {
        f"{app.get_key_display(binding)} {label_text(spoken(binding.description))}"
        for (_, binding, _, _) in app.screen.active_bindings.values()
        if binding.show
    }


def stray_text(app) -> str:
    """What the footer shows besides whole keys and the palette's hint (nothing, if tidy)."""
    row = screen_text(app).splitlines()[-1]
    row = row.removesuffix("▏^p palette").rstrip()
    keys = sorted(footer_keys(app), key=len, reverse=True)
    while row:
        key = next((k for k in keys if row.startswith(k)), None)
        if key is None:
            return row
        row = row[len(key) :].lstrip()
    return ""


@pytest.mark.parametrize("width", [40, 44, 48, 52, 57, 60, 66, 70, 80, 100, 120])
async def test_the_footer_shows_only_whole_keys_at_every_width(data_dir: Path, width: int) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(width, 24)) as pilot:
        assert (await settle_footer(pilot, app)).endswith("▏^p palette")
        assert stray_text(app) == ""
        for keys in (["enter"], ["s"]):
            await pilot.press(*keys)
            await settle_footer(pilot, app)
            assert stray_text(app) == "", type(app.screen).__name__


async def test_wrapped_help_hangs_under_its_text(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(40, 16)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        rows = screen_text(app).splitlines()
        first = next(n for n, row in enumerate(rows) if "│ space" in row)
        column = rows[first].index("tick")
        following = rows[first + 1]
        assert following[2:column].strip() == "", following  # nothing under the key
        assert following[column] != " ", following  # the text goes on right under the text

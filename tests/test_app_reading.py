"""Reading before ticking: an item opened to read, its sources, the list at 80x24, the filter,
the settings that are remembered, and a second copy of Separ open at once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from textual.widgets import Input

import separ.app.app as app_module
from apphelp import (
    flat_text,
    make_app,
    screen_text,
    settle_footer,
    words_in,
    words_on_screen,
    write_pack,
)
from separ.app.app import SeparApp
from separ.app.screens.item import ItemScreen
from separ.app.screens.main import MainScreen
from separ.app.screens.source import SourceScreen
from separ.app.widgets.detail import ItemDetail
from separ.app.widgets.items import ItemList
from separ.pack import load_pack
from separ.pack.model import APPLIES_LABELS, LEVEL_MEANINGS
from separ.progress import DB_NAME, ProgressStore

PACK = load_pack()
FIRST = PACK.sections[0].items[0]
SECOND = PACK.sections[0].items[1]
BIGGEST = max(PACK.sections, key=lambda section: len(section.items))
SEED = Path(__file__).resolve().parent.parent / "seeds" / "003_9314516b6f1ba442.txt"
QUOTE = "I saw an image of the [PMOI/MEK] working on social media."


def saved_ids(data_dir: Path) -> set[str]:
    """What the database on disk says is done, read with a fresh connection."""
    with sqlite3.connect(data_dir / DB_NAME) as db:
        return {row[0] for row in db.execute("SELECT item_id FROM ticks")}


def messages(app: SeparApp) -> list[str]:
    """The notifications the app has shown."""
    return [str(n.message) for n in app._notifications]


def places_pack(root: Path, count: int = 3) -> Path:
    """A pack with short titles: one item for everyone, one for inside, one for abroad, and
    more for everyone up to `count`."""
    places = ["everywhere", "inside", "abroad"] + ["everywhere"] * (count - 3)
    items = "".join(
        f"""
  - id: item-{n}
    title: Item number {n}
    level: {"essential" if n % 2 else "recommended"}
    why: Why {n}.
    steps:
      - Step {n}.
    applies: {place}
    citations:
      - document: doc3
        quote: "{QUOTE}"
        role: threat
"""
        for n, place in enumerate(places, 1)
    )
    section = f"id: places\ntitle: Places\nsummary: Where items apply.\nitems:{items}"
    sources = "documents:\n  - id: doc3\n    file: doc3.txt\n    title: A report\n"
    return write_pack(
        root, {"01-places.yaml": section}, {"doc3.txt": SEED.read_text("utf-8")}, sources
    )


# Reading an item ------------------------------------------------------------------------------


async def test_enter_opens_the_item_with_every_step_and_space_ticks_it_there(
    data_dir: Path,
) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ItemScreen)
        text = words_on_screen(app)
        assert FIRST.title in text
        for number, step in enumerate(FIRST.steps, 1):
            assert f"{number}. {' '.join(step.split()[:6])}" in text
        assert f"Essential: {LEVEL_MEANINGS['essential']}" in text
        await pilot.press("space")
        await pilot.pause()
        assert saved_ids(data_dir) == {FIRST.id}
        assert "[x] Done" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert f"[x] ● {FIRST.title[:20]}" in screen_text(app)


async def test_the_item_scrolls_with_j_and_k(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        reading = app.screen.query_one(ItemDetail)
        assert app.focused is reading
        await pilot.press("j", "j", "j")
        await pilot.pause()
        assert reading.scroll_y == 3
        await pilot.press("k")
        await pilot.pause()
        assert reading.scroll_y == 2
        await pilot.press("end")
        await pilot.pause()
        assert FIRST.citations[0].role_label in screen_text(app)


async def test_n_and_p_read_the_next_and_previous_items_of_the_list(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "n")
        await pilot.pause()
        assert app.screen.item_id == SECOND.id
        assert f"2 of {len(PACK.sections[0].items)}" in screen_text(app)
        await pilot.press("p", "p")
        await pilot.pause()
        assert app.screen.item_id == FIRST.id
        assert "This is the first item." in messages(app)
        await pilot.press("n", "escape")
        await pilot.pause()
        assert app.screen.query_one(ItemList).highlighted_id == SECOND.id


async def test_s_in_the_item_opens_its_sources_and_escape_comes_back(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "s")
        await pilot.pause()
        assert isinstance(app.screen, SourceScreen)
        assert app.screen.item.id == FIRST.id
        await pilot.press("escape")
        assert isinstance(app.screen, ItemScreen)


async def test_a_click_on_the_box_of_the_item_ticks_it(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.click("#detail-state")
        await pilot.pause()
        assert saved_ids(data_dir) == {FIRST.id}


async def test_a_source_alone_says_it_has_no_next(data_dir: Path) -> None:
    item = next(i for i in PACK.items if len(i.citations) == 1)
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        app.jump_to(item.id)
        await pilot.press("s", "n")
        await pilot.pause()
        assert app.screen.index == 0
        assert "This item has one source only." in messages(app)


async def test_the_footer_says_enter_reads_and_space_ticks(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        footer = await settle_footer(pilot, app)
        assert "⏎ Read" in footer
        assert "space Tick" in footer


# The list at 80x24 ----------------------------------------------------------------------------


async def test_at_least_eight_items_of_the_largest_section_show_at_80x24(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        app.jump_to(BIGGEST.items[0].id)
        await pilot.pause()
        text = screen_text(app)
        assert len(BIGGEST.items) >= 8
        shown = [
            item
            for item in BIGGEST.items
            if f"] {'●◐○'[('essential', 'recommended', 'advanced').index(item.level)]} "
            + " ".join(item.title.split()[:3])
            in " ".join(text.split())
        ]
        assert len(shown) >= 8, [item.id for item in shown]


async def test_short_titles_take_one_line_each_with_their_level_mark(
    data_dir: Path, tmp_path: Path
) -> None:
    pack = load_pack(places_pack(tmp_path / "pack", count=12))
    app = make_app(data_dir, pack=pack)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        rows = [row for row in screen_text(app).splitlines() if "Item number" in row]
        assert len(rows) >= 8
        assert all(("[ ] ● Item number" in row) or ("[ ] ◐ Item number" in row) for row in rows)


async def test_the_sections_pane_wastes_no_rows(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        pane = app.screen.query_one("#sections-pane")
        # A row per section, the overall progress, and the border.
        assert pane.region.height == len(PACK.sections) + 1 + 2


# Filtering ------------------------------------------------------------------------------------


async def test_results_name_their_section_and_where_the_words_matched(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("slash", *"shutdown")
        await pilot.pause()
        text = screen_text(app)
        assert PACK.sections[-1].title in text
        assert "· in title" in text
        assert "· in steps" in text or "· in why" in text


async def test_down_moves_from_the_filter_box_into_the_results(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *"password")
        assert isinstance(app.focused, Input)
        await pilot.press("down")
        assert isinstance(app.focused, ItemList)
        assert app.focused.highlighted_id is not None


async def test_a_filter_with_no_result_clears_the_item_preview(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert FIRST.title[:25] in flat_text(app)
        await pilot.press("slash", *"zzqqxx")
        await pilot.pause()
        text = flat_text(app)
        assert "No item matches" in text
        assert FIRST.title[:25] not in text
        assert app.screen.query_one(ItemDetail).item is None


async def test_1_lists_only_the_essentials_and_says_so(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("1")
        await pilot.pause()
        shown = app.screen.query_one(ItemList).item_ids
        essentials = [i.id for i in PACK.sections[0].items if i.level == "essential"]
        assert shown == essentials
        assert "essentials only" in screen_text(app)
        await pilot.press("slash", *"a")
        await pilot.pause()
        searched = [PACK.item(ident) for ident in app.screen.query_one(ItemList).item_ids]
        assert searched and all(item.level == "essential" for item in searched)
        await pilot.press("escape", "1")
        await pilot.pause()
        assert len(app.screen.query_one(ItemList).item_ids) == len(PACK.sections[0].items)


# Where you are --------------------------------------------------------------------------------


async def test_w_shows_what_applies_where_you_are_and_it_is_remembered(
    data_dir: Path, tmp_path: Path
) -> None:
    pack = load_pack(places_pack(tmp_path / "pack"))
    app = make_app(data_dir, pack=pack)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.screen.query_one(ItemList).item_ids == ["item-1", "item-2", "item-3"]
        await pilot.press("w")
        await pilot.pause()
        assert app.screen.query_one(ItemList).item_ids == ["item-1", "item-2"]
        assert "0/2" in screen_text(app)
    app.store.close()
    again = make_app(data_dir, pack=pack)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert again.screen.query_one(ItemList).item_ids == ["item-1", "item-2"]
        await pilot.press("w")
        await pilot.pause()
        assert again.screen.query_one(ItemList).item_ids == ["item-1", "item-3"]


async def test_the_palette_chooses_where_you_are(data_dir: Path, tmp_path: Path) -> None:
    pack = load_pack(places_pack(tmp_path / "pack"))
    app = make_app(data_dir, pack=pack)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p", *"outside Iran")
        await app.screen.workers.wait_for_complete()
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one(ItemList).item_ids == ["item-1", "item-3"]


async def test_the_item_says_where_it_applies_when_not_everywhere(
    data_dir: Path, tmp_path: Path
) -> None:
    pack = load_pack(places_pack(tmp_path / "pack"))
    app = make_app(data_dir, pack=pack)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert "Only for people" not in screen_text(app)
        await pilot.press("n")
        await pilot.pause()
        assert APPLIES_LABELS["inside"] in screen_text(app)


# Remembered, and shared with another copy -----------------------------------------------------


async def test_the_section_and_item_you_were_on_open_next_time(data_dir: Path) -> None:
    section = PACK.sections[2]
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        app.jump_to(section.items[1].id)
        await pilot.pause()
    app.store.close()
    again = make_app(data_dir)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert again.screen.section_id == section.id
        assert again.screen.query_one(ItemList).highlighted_id == section.items[1].id


async def test_a_second_copy_shows_ticks_made_in_the_first(data_dir: Path) -> None:
    one, two = make_app(data_dir), make_app(data_dir)
    async with one.run_test(size=(80, 24)) as p1, two.run_test(size=(80, 24)) as p2:
        await p1.pause()
        await p2.pause()
        await p1.press("space")
        await p1.pause()
        await p2.pause(1.2)
        assert two.screen.done == {FIRST.id}
        assert f"[x] ● {FIRST.title[:20]}" in screen_text(two)
        assert "1/" in screen_text(two)


def test_the_progress_store_tells_when_another_connection_wrote(data_dir: Path) -> None:
    one, two = ProgressStore(data_dir), ProgressStore(data_dir)
    try:
        before = one.data_version()
        one.set_done(FIRST.id)
        assert one.data_version() == before
        seen = two.data_version()
        one.set_done(SECOND.id)
        assert two.data_version() != seen
    finally:
        one.close()
        two.close()


# The first screen -----------------------------------------------------------------------------


async def test_the_first_screen_says_what_a_search_could_find_and_how_to_remove_it(
    data_dir: Path,
) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        rows = screen_text(app).splitlines()
        line = next(row for row in rows if "draw attention" in row)
        assert "separ wipe" in line
        assert "delete exports" in line
        assert len(line.strip()) <= 78


class WithSituations(SeparApp):
    """The app as issue 10 completes it: an action the 'Something is happening?' bar runs."""

    CSS_PATH = Path(app_module.__file__).with_name("app.tcss")  # not beside this test

    opened = 0

    def action_situations(self) -> None:
        """Count the times it was asked for."""
        self.opened += 1


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_something_is_happening_is_offered_beside_the_checklist(
    data_dir: Path, size: tuple[int, int]
) -> None:
    app = WithSituations(PACK, ProgressStore(data_dir))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert "Something is happening? Press u" in screen_text(app)
        assert app.screen.query_one(ItemList).item_ids
        await pilot.click("#ways-in")
        await pilot.pause()
        assert app.opened == 1


async def test_the_theme_list_marks_the_theme_in_use(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        app.theme = "nord"
        app.search_themes()
        await pilot.pause()
        await app.screen.workers.wait_for_complete()
        await pilot.pause(0.3)
        text = screen_text(app)
        assert "nord  ✓ in use" in text
        assert "gruvbox  ✓" not in text


async def test_help_explains_the_levels_and_how_to_remove_separ_s_traces(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(100, 60)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        text = words_in(app, "#help")
        await pilot.press("end")
        await pilot.pause()
        text += " " + words_in(app, "#help")
        for level, meaning in LEVEL_MEANINGS.items():
            assert f"{level.capitalize()}: {meaning}" in text
        assert "'separ wipe' removes your progress" in text
        assert "the exports Separ wrote" in text
        assert "cannot reach copies you made, printouts or backups" in text


async def test_the_source_view_says_what_the_passage_shows(data_dir: Path) -> None:
    item = next(i for i in PACK.items if {c.role for c in i.citations} == {"advice", "threat"})
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        app.jump_to(item.id)
        await pilot.press("s")
        await pilot.pause()
        seen = set()
        for _ in item.citations:
            text = words_on_screen(app)
            seen |= {c.role_label for c in item.citations if c.role_label in text}
            await pilot.press("n")
            await pilot.pause()
        assert seen == {c.role_label for c in item.citations}

"""Something is happening: a person walks a situation with keys or the mouse, goes back, ticks the
items at its end (the main list shows them too) and reaches the contacts from anywhere."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import yaml
from textual.widgets import OptionList, Static

from apphelp import flat_text, make_app
from separ.app.commands import system_commands
from separ.app.screens.contacts import ContactsScreen
from separ.app.screens.main import MainScreen
from separ.app.screens.situation import SituationScreen
from separ.app.screens.situations import SituationsScreen
from separ.app.screens.source import SourceScreen
from separ.app.text import level_mark
from separ.app.widgets.detail import ItemDetail
from separ.app.widgets.items import ItemList
from separ.pack import load_pack
from separ.progress import DB_NAME

PACK = load_pack()
CLICKED = PACK.situation("clicked-a-link")
CLICKED_INDEX = [s.id for s in PACK.situations].index("clicked-a-link")
TYPED = CLICKED.step("typed-password")
TYPED_ITEMS = PACK.items_by_ids(TYPED.item_ids)


def saved_ids(data_dir: Path) -> set[str]:
    """What the database on disk says is done, read with a fresh connection."""
    with sqlite3.connect(data_dir / DB_NAME) as db:
        return {row[0] for row in db.execute("SELECT item_id FROM ticks")}


def shown(app, selector: str) -> str:
    """The text of one Static on the current screen, white space collapsed (columns beside it
    would interleave with it in the screen's text)."""
    return " ".join(str(app.screen.query_one(selector, Static).visual).split())


async def open_clicked(pilot) -> SituationScreen:
    """From the main screen: u, then the "I clicked a link" situation with the keys."""
    await pilot.press("u")
    await pilot.pause()
    assert isinstance(pilot.app.screen, SituationsScreen)
    await pilot.press(*["down"] * CLICKED_INDEX, "enter")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, SituationScreen)
    assert screen.situation is CLICKED
    return screen


async def click_answer(pilot, index: int) -> None:
    """Click the answer with this index (0 for the first), below the list's top border."""
    await pilot.click("#answers", offset=(6, 1 + index))
    await pilot.pause()


# Getting there ---------------------------------------------------------------------------------


async def test_u_opens_the_situations_from_the_main_screen_and_escape_returns(
    data_dir: Path,
) -> None:
    app = make_app(data_dir, PACK)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("u")
        await pilot.pause()
        assert isinstance(app.screen, SituationsScreen)
        text = flat_text(app)
        for situation in PACK.situations:
            assert situation.title in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


@pytest.mark.parametrize("width", [80, 200])
async def test_the_footer_names_both_ways_in(data_dir: Path, width: int) -> None:
    app = make_app(data_dir, PACK)
    async with app.run_test(size=(width, 24)) as pilot:
        await pilot.pause()
        text = flat_text(app)
        assert "u Urgent" in text
        assert "g Get help" in text
        assert "Something is happening? Press u" in text


async def test_the_palette_offers_both_ways_in(data_dir: Path) -> None:
    app = make_app(data_dir, PACK)
    async with app.run_test(size=(100, 30)) as pilot:
        titles = [title for title, _help, _run in system_commands(app, app.screen)]
        assert "Something is happening" in titles
        assert "Get help" in titles
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"get help", "enter")
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ContactsScreen)


async def test_u_from_inside_a_situation_goes_back_to_the_list(data_dir: Path) -> None:
    app = make_app(data_dir, PACK)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_clicked(pilot)
        await pilot.press("1", "u")
        await pilot.pause()
        assert isinstance(app.screen, SituationsScreen)
        assert len(app.screen_stack) == 2  # the main screen (the app's default), the list


# Walking a situation ---------------------------------------------------------------------------


async def test_walking_with_keys_asks_one_question_at_a_time_and_back_goes_back(
    data_dir: Path,
) -> None:
    app = make_app(data_dir, PACK)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_clicked(pilot)
        assert "Question 1 What happened after you clicked?" in flat_text(app)
        await pilot.press("enter")  # the first answer: I typed a password
        await pilot.pause()
        text = flat_text(app)
        assert "Question 2 Can you still sign in to that account?" in text
        assert "What happened after you clicked? → I typed a password on the page" in text
        await pilot.press("down", "enter")  # No: locked out
        await pilot.pause()
        assert screen.step.id == "lost-the-account"
        assert shown(app, "#end-now").startswith("Someone else may control the account")
        await pilot.press("escape")
        await pilot.pause()
        assert screen.step.id == "can-you-sign-in"
        assert screen.query_one("#answers", OptionList).highlighted == 1  # the answer given
        await pilot.press("backspace")
        await pilot.pause()
        assert screen.step.id == "what-happened"
        assert "→" not in flat_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SituationsScreen)


async def test_number_keys_answer_at_once(data_dir: Path) -> None:
    app = make_app(data_dir, PACK)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_clicked(pilot)
        await pilot.press("3")
        await pilot.pause()
        assert screen.step.id == "only-opened"
        await pilot.press("9")  # no ninth answer, and no question: nothing happens
        await pilot.pause()
        assert screen.step.id == "only-opened"


async def test_walking_with_the_mouse_and_the_back_button(data_dir: Path) -> None:
    app = make_app(data_dir, PACK)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.click("#sections")  # the mouse starts on the main screen
        await pilot.press("u")
        await pilot.pause()
        await pilot.click("#situations", offset=(4, 1 + 4 * CLICKED_INDEX))
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SituationScreen) and screen.situation is CLICKED
        await click_answer(pilot, 0)
        assert screen.step.id == "can-you-sign-in"
        await click_answer(pilot, 0)
        assert screen.step.id == "typed-password"
        await pilot.click("#back")
        await pilot.pause()
        assert screen.step.id == "can-you-sign-in"
        await click_answer(pilot, 1)
        assert screen.step.id == "lost-the-account"
        await pilot.click("#back")
        await pilot.click("#back")
        await pilot.pause()
        assert screen.step.id == "what-happened"
        await pilot.click("#back")
        await pilot.pause()
        assert isinstance(app.screen, SituationsScreen)


async def test_a_situation_without_questions_opens_at_its_list(data_dir: Path) -> None:
    app = make_app(data_dir, PACK)
    travelling = [s.id for s in PACK.situations].index("travelling")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("u", *["down"] * travelling, "enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SituationScreen) and screen.at_end
        assert "Question" not in flat_text(app)
        assert "Turn off fingerprint and face unlock" in shown(app, "#end-now")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SituationsScreen)


# The end: right now, the items, and whom to contact -------------------------------------------


async def test_an_end_shows_right_now_steps_its_items_in_order_and_the_contacts(
    data_dir: Path,
) -> None:
    app = make_app(data_dir, PACK)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_clicked(pilot)
        await pilot.press("1", "1")
        await pilot.pause()
        assert screen.step is TYPED
        items = screen.query_one("#end-items", ItemList)
        assert [option.id for option in items.options] == [item.id for item in TYPED_ITEMS]
        assert "Right now: 1. From a device you trust, open the real app" in shown(app, "#end-now")
        now, help_ = screen.query_one("#end-now"), screen.query_one("#end-help")
        assert now.virtual_region.y < items.virtual_region.y < help_.virtual_region.y
        text = shown(app, "#end-help")
        assert text.startswith("Get help")
        for contact in PACK.contacts:
            assert contact.name in text
        assert "Email: help@accessnow.org" in text
        screen.query_one("#end-main").scroll_end(animate=False)
        await pilot.pause()
        assert "help@accessnow.org" in flat_text(app)


async def test_ticking_at_an_end_is_saved_and_the_main_list_shows_it(data_dir: Path) -> None:
    app = make_app(data_dir, PACK)
    first = TYPED_ITEMS[0]
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_clicked(pilot)
        await pilot.press("1", "1", "space")
        await pilot.pause()
        assert saved_ids(data_dir) == {first.id}
        assert "[x] Done" in flat_text(app)  # the detail pane of the highlighted item
        await pilot.press("escape", "escape", "escape", "escape")
        await pilot.pause()
        main = app.screen
        assert isinstance(main, MainScreen)
        assert first.id in main.done
        assert "Overall 1/" in flat_text(app)
        main.jump_to(first.id)
        await pilot.pause()
        prompt = main.query_one(ItemList).get_option(first.id).prompt
        assert str(prompt).startswith(f"[x] {level_mark(first.level)} {first.title[:20]}")
        assert screen.done == {first.id}


async def test_clicking_an_items_box_ticks_it_and_tab_reaches_the_list(data_dir: Path) -> None:
    app = make_app(data_dir, PACK)
    second = TYPED_ITEMS[1]
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_clicked(pilot)
        await pilot.press("1", "1", "tab")
        await pilot.pause()
        items = screen.query_one("#end-items", ItemList)
        assert app.focused is items
        await pilot.press("down", "space")
        await pilot.pause()
        assert saved_ids(data_dir) == {second.id}
        await pilot.click("#end-items", offset=(1, 0))  # the first item's box
        await pilot.pause()
        assert saved_ids(data_dir) == {second.id, TYPED_ITEMS[0].id}


async def test_enter_reads_an_item_of_an_end_and_a_tick_there_shows_on_return(
    data_dir: Path,
) -> None:
    from separ.app.screens.item import ItemScreen

    app = make_app(data_dir, PACK)
    second = TYPED_ITEMS[1]
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_clicked(pilot)
        await pilot.press("1", "1", "tab", "down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ItemScreen)
        assert app.screen.item_id == second.id
        await pilot.press("space", "escape")
        await pilot.pause()
        assert app.screen is screen
        assert saved_ids(data_dir) == {second.id}
        assert second.id in screen.done
        prompt = screen.query_one("#end-items", ItemList).get_option(second.id).prompt
        assert str(prompt).startswith("[x]")


async def test_the_detail_follows_the_highlighted_item_and_s_shows_its_sources(
    data_dir: Path,
) -> None:
    app = make_app(data_dir, PACK)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_clicked(pilot)
        await pilot.press("1", "1", "tab", "down")
        await pilot.pause()
        second = TYPED_ITEMS[1]
        assert second.why.split()[0] in flat_text(app)
        detail = screen.query_one(ItemDetail)
        assert detail.query_one("#detail-title").content.plain == second.title
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, SourceScreen)
        assert app.screen.item is second
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


async def test_g_shows_the_contacts_from_a_situation_and_escape_returns(data_dir: Path) -> None:
    app = make_app(data_dir, PACK)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_clicked(pilot)
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, ContactsScreen)
        text = flat_text(app)
        assert "Access Now Digital Security Helpline" in text
        assert "How to tell that you reached the real one" in text
        assert "https://www.accessnow.org/help/helpline-faq/ (read 2026-11-23)" in text
        await pilot.press("g")  # already there: nothing more is stacked
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


async def test_the_lists_last_line_leads_to_the_contacts(data_dir: Path) -> None:
    app = make_app(data_dir, PACK)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("u", "end", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ContactsScreen)


async def test_no_save_ticks_stay_in_memory_and_still_reach_the_main_list(
    data_dir: Path,
) -> None:
    app = make_app(data_dir, PACK, save=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_clicked(pilot)
        await pilot.press("1", "1", "space")
        await pilot.pause()
        assert TYPED_ITEMS[0].id in app.main.done
    assert not (data_dir / DB_NAME).exists()


async def test_pack_text_with_markup_shows_exactly_as_written(
    data_dir: Path, pack_copy: Path
) -> None:
    path = pack_copy / "situations" / "02-clicked-a-link.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["title"] = "I clicked [bold]a link[/bold] from [Ali Khamenei] [/MEK]"
    data["questions"][0]["question"] = "Was it [red]red[/]?"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    app = make_app(data_dir, load_pack(pack_copy))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("u")
        await pilot.pause()
        assert "I clicked [bold]a link[/bold] from [Ali Khamenei] [/MEK]" in flat_text(app)
        await pilot.press(*["down"] * CLICKED_INDEX, "enter")
        await pilot.pause()
        assert "Was it [red]red[/]?" in flat_text(app)

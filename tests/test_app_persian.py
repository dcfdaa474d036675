"""The app in Persian: keys (on either keyboard layout), the language switch, the display-mode
choice, the filter that folds, and what is drawn: in visual order where Separ reorders, in
logical order where the terminal does."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest
from textual.widget import Widget

from apphelp import make_app
from persianpack import persian_app, persian_pack
from separ.app import language
from separ.app.bidi import PREDRAWN
from separ.app.screens.display import DisplayScreen
from separ.app.screens.help import HelpScreen
from separ.app.screens.item import ItemScreen
from separ.app.screens.main import MainScreen
from separ.app.screens.situations import SituationsScreen
from separ.app.screens.source import SourceScreen
from separ.app.widgets.items import ItemList
from separ.i18n import current_language
from separ.i18n.lang import LANGUAGE_SETTING
from separ.i18n.rtl import DISPLAY_SETTING, SEPAR_REORDERS, TERMINAL_REORDERS, label
from separ.pack import load_pack
from separ.progress import ProgressStore

PIN_TITLE = "پین (PIN) ۶ رقمی بگذارید"
"""An item's Persian title: brackets, a Latin word and a Persian digit inside."""
PIN_TITLE_DRAWN = "ﺪﯾﺭﺍﺬﮕﺑ ﯽﻤﻗﺭ ۶ (PIN) ﻦﯿﭘ"
"""The same, as Separ draws it for a terminal that does not reorder: read from the right, each
letter in its joined form, (PIN) still reading left to right and its brackets facing it."""


@pytest.fixture
def pack_dir(tmp_path: Path) -> Path:
    return persian_pack(tmp_path / "pack")


def rows(widget: Widget) -> list[str]:
    """A widget's rows as the terminal receives them, characters in the order they are sent."""
    return [widget.render_line(y).text for y in range(widget.size.height)]


def item_rows(app) -> list[str]:
    return [row.rstrip() for row in rows(app.screen.query_one(ItemList))]


# What is drawn ----------------------------------------------------------------------------------


async def test_separ_reorders_a_line_with_brackets_digits_and_a_latin_word(
    pack_dir: Path, data_dir: Path
) -> None:
    app = persian_app(pack_dir, data_dir, SEPAR_REORDERS)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        first = item_rows(app)[0]
    assert first.endswith(f"{PIN_TITLE_DRAWN} ● [ ]")  # the box and the mark at the right edge
    assert first.startswith(" ")  # aligned to the right
    assert PIN_TITLE not in first


async def test_where_the_terminal_reorders_the_line_goes_out_in_logical_order(
    pack_dir: Path, data_dir: Path
) -> None:
    app = persian_app(pack_dir, data_dir, TERMINAL_REORDERS)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        first = item_rows(app)[0]
    assert first.endswith(f"{PIN_TITLE} ● [ ]")  # logical, still right-aligned and mirrored
    assert first.startswith(" ")


async def opened_item_rows(pack_dir: Path, data_dir: Path, part: str) -> list[str]:
    """The rows of a part of the first item, opened to read at 100x30, as drawn."""
    app = persian_app(pack_dir, data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        return [row.rstrip() for row in rows(app.screen.query_one(part))]


async def test_a_persian_line_that_starts_with_a_latin_word_reads_from_the_right(
    pack_dir: Path, data_dir: Path
) -> None:
    drawn = await opened_item_rows(pack_dir, data_dir, "#detail-steps")
    # "Signal را باز کنید ..." with its number at the right: Signal, the first word, beside it.
    step = next(row for row in drawn if row.endswith(".۱"))
    assert step.endswith("ﺍﺭ Signal .۱")
    assert "«ﺏﺎﺴﺣ» < «ﺕﺎﻤﯿﻈﻨﺗ»" in step  # « » face the words they hold; > points onwards


async def test_quotes_stay_verbatim_english_beside_their_marked_translation(
    pack_dir: Path, data_dir: Path
) -> None:
    drawn = await opened_item_rows(pack_dir, data_dir, "#detail-sources")
    quote = next(row for row in drawn if "Registration Lock" in row)
    assert quote.startswith("“Turn on Registration Lock in Signal")  # left to right, as written
    translation = next(row for row in drawn if row.endswith(":ﻪﻤﺟﺮﺗ"))  # «ترجمه:» at the right
    assert "Signal" in translation
    assert drawn.index(translation) > drawn.index(quote)


async def test_an_address_stays_as_written_inside_persian(pack_dir: Path, data_dir: Path) -> None:
    app = persian_app(pack_dir, data_dir)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        drawn = "\n".join(rows(app.screen.query_one("#contacts-list")))
    assert "help@example.org" in drawn
    assert "https://example.org/help" in drawn


async def test_untranslated_items_show_in_english_marked(pack_dir: Path, data_dir: Path) -> None:
    app = persian_app(pack_dir, data_dir, TERMINAL_REORDERS)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        drawn = " ".join(item_rows(app))
    assert "Keep your backup codes on paper" in drawn
    # The marker the exports and the command line use too, kept on one line.
    assert "(هنوز\u00a0ترجمه\u00a0نشده)" in drawn


async def test_nothing_drawn_holds_a_zero_width_joiner(tmp_path: Path, data_dir: Path) -> None:
    root = persian_pack(tmp_path / "pack")
    translation = root / "guidance" / "fa" / "01-know.yaml"
    text = translation.read_text(encoding="utf-8")
    translation.write_text(text.replace("کیست", "کی\u200dست"), encoding="utf-8")
    app = persian_app(root, data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not any("\u200d" in row for row in item_rows(app))
        assert "\u200d" in app.pack.item("confirm-identity").title  # kept in the model


# Keys -------------------------------------------------------------------------------------------


async def test_keys_work_in_persian_on_either_keyboard_layout(
    pack_dir: Path, data_dir: Path
) -> None:
    app = persian_app(pack_dir, data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space")
        await pilot.pause()
        assert app.store.is_done("registration-lock")
        await pilot.press("enter")
        assert isinstance(app.screen, ItemScreen)
        await pilot.press("س")  # s on a Persian keyboard: the sources
        assert isinstance(app.screen, SourceScreen)
        await pilot.press("escape", "escape")
        assert isinstance(app.screen, MainScreen)
        await pilot.press("ع")  # u: something is happening
        assert isinstance(app.screen, SituationsScreen)
        await pilot.press("escape", "؟")  # ?: the help
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("ض")  # q closes the help, as in English
        assert isinstance(app.screen, MainScreen)


async def test_arrows_follow_the_mirrored_panes_on_a_narrow_terminal(
    pack_dir: Path, data_dir: Path
) -> None:
    app = persian_app(pack_dir, data_dir)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press("left")  # away from the sections, which stand at the right
        assert app.screen.pane == "items"
        await pilot.press("right")
        assert app.screen.pane == "sections"
        await pilot.press("left")  # toward the items
        await pilot.pause()
        assert app.screen.pane == "items"


# Switching language ---------------------------------------------------------------------------


async def test_f_switches_to_persian_at_once_at_the_same_item_and_remembers(
    pack_dir: Path, data_dir: Path
) -> None:
    app = make_app(data_dir, load_pack(pack_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j")  # the second item
        await pilot.press("f")
        await pilot.pause()
        assert current_language() == "fa"
        assert isinstance(app.screen, DisplayScreen)  # Persian chosen for the first time
        await pilot.press("1")
        await pilot.pause()
        assert app.pack.item("confirm-identity").title == "مطمئن شوید طرف واقعاً کیست"
        items = app.screen.query_one(ItemList)
        assert items.highlighted_id == "confirm-identity"
        assert app.has_class("-rtl")
        await pilot.press("f")  # back to English: no question this time
        await pilot.pause()
        assert current_language() == "en"
        assert isinstance(app.screen, MainScreen)
        assert app.screen.query_one(ItemList).highlighted_id == "confirm-identity"
        assert app.pack.item("confirm-identity").title == "Confirm who someone really is"
    store = ProgressStore(data_dir)
    assert store.setting(LANGUAGE_SETTING) == "en"
    assert store.setting(DISPLAY_SETTING) == SEPAR_REORDERS
    store.close()


async def test_a_switch_the_pack_no_longer_allows_says_why_and_keeps_the_language(
    pack_dir: Path, data_dir: Path
) -> None:
    """The pack changed on disk since the app opened it: the switch names the first problem
    and says, in the language asked for, that nothing was changed."""
    app = make_app(data_dir, load_pack(pack_dir))
    async with app.run_test(size=(80, 24)) as pilot:
        (pack_dir / "guidance" / "fa" / "01-know.yaml").write_text("id: [\n", encoding="utf-8")
        await pilot.press("f")
        await pilot.pause()
        said = [n.message for n in app._notifications]
        assert current_language() == "en"
    assert any("01-know.yaml:" in m and "چیزی تغییر نکرد" in m for m in said), said


async def test_the_palette_switches_language_and_reopens_the_item_being_read(
    pack_dir: Path, data_dir: Path
) -> None:
    app = persian_app(pack_dir, data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        assert isinstance(app.screen, ItemScreen)
        await pilot.press("ctrl+p", *"English")
        await app.screen.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause(0.2)
        assert current_language() == "en"
        assert isinstance(app.screen, ItemScreen)
        assert app.screen.item.title == "Turn on Registration Lock with a PIN"
    store = ProgressStore(data_dir)
    assert store.setting(LANGUAGE_SETTING) == "en"
    store.close()


# The display mode -------------------------------------------------------------------------------


async def test_first_persian_start_asks_which_line_reads_correctly(
    pack_dir: Path, data_dir: Path
) -> None:
    app = persian_app(pack_dir, data_dir, asked=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, DisplayScreen)
        separ_line = " ".join(rows(app.screen.query_one("#sample-1")))
        terminal_line = " ".join(rows(app.screen.query_one("#sample-2")))
        assert "ﺮﭙﺳ" in separ_line and "سپر" not in separ_line  # joined and reordered
        assert "(سپر، Separ)" in terminal_line  # as written
        await pilot.press("۲")  # 2 on a Persian keyboard
        await pilot.pause()
        assert app.rtl_mode == TERMINAL_REORDERS
        assert isinstance(app.screen, MainScreen)
        assert item_rows(app)[0].endswith(f"{PIN_TITLE} ● [ ]")
        assert app.store.setting(DISPLAY_SETTING) == TERMINAL_REORDERS
        app.action_choose_display()  # the palette's "Persian display"
        await pilot.pause()
        assert isinstance(app.screen, DisplayScreen)
        await pilot.press("escape")  # keeps the mode
        assert app.rtl_mode == TERMINAL_REORDERS


async def test_a_remembered_display_mode_is_not_asked_again(pack_dir: Path, data_dir: Path) -> None:
    app = persian_app(pack_dir, data_dir, TERMINAL_REORDERS)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


async def test_vte_is_told_whenever_separ_takes_or_leaves_the_reordering(
    pack_dir: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[str] = []
    monkeypatch.setenv("VTE_VERSION", "7600")
    monkeypatch.setattr(language, "send", lambda app, sequence: sent.append(sequence))
    app = persian_app(pack_dir, data_dir, TERMINAL_REORDERS)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        language.set_display_mode(app, SEPAR_REORDERS)
        await pilot.pause()
        language.set_display_mode(app, TERMINAL_REORDERS)
        await pilot.pause()
    assert sent == ["\x1b[8l", "\x1b[8h"]


def test_the_launcher_restores_vte_in_the_mode_the_app_ended_in(
    pack_dir: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from separ.app import app as app_module
    from separ.app import launch

    sent: list[str] = []
    monkeypatch.setenv("VTE_VERSION", "7600")
    monkeypatch.setattr(launch, "_send", sent.append)

    def run(app) -> None:  # the person switches to "the terminal reorders" while it runs
        app.rtl_mode = TERMINAL_REORDERS

    monkeypatch.setattr(app_module.SeparApp, "run", run)
    launch.run_app(argparse.Namespace(lang="fa", pack=pack_dir))
    assert sent == ["\x1b[8l", ""]  # taken at the start; given back when the switch was made


# The filter -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("كد 6", "registration-lock"),  # Arabic kaf, a Latin digit: «کد ۶» in a step
        ("كيست", "confirm-identity"),  # Arabic kaf and yeh: «کیست» in the title
        ("Signal", "registration-lock"),  # a Latin word inside Persian
        ("نمي‌تواند", "registration-lock"),  # Arabic yeh and a half-space: «نمی‌تواند» in why
    ],
)
async def test_the_filter_finds_persian_however_it_was_typed(
    pack_dir: Path, data_dir: Path, typed: str, found: str
) -> None:
    app = persian_app(pack_dir, data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *("space" if c == " " else c for c in typed))
        await pilot.pause()
        assert app.screen.query_one(ItemList).item_ids == [found]


async def test_the_filter_says_in_persian_where_it_found_the_words(
    pack_dir: Path, data_dir: Path
) -> None:
    app = persian_app(pack_dir, data_dir, TERMINAL_REORDERS)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *"Signal")
        await pilot.pause()
        drawn = " ".join(item_rows(app))
    assert "در گام‌ها" in drawn


# Start-up ---------------------------------------------------------------------------------------

ENGLISH_START = """
import asyncio, sys, tempfile
from pathlib import Path
from separ.app.app import SeparApp
from separ.pack import load_pack
from separ.progress import ProgressStore

async def main():
    app = SeparApp(load_pack(), ProgressStore(Path(tempfile.mkdtemp())))
    async with app.run_test(size=(120, 30)) as pilot:  # the footer's "f فارسی" is drawn
        await pilot.pause()
    print(sorted(m for m in ("arabic_reshaper", "bidi.algorithm") if m in sys.modules))

asyncio.run(main())
"""


def test_the_english_start_loads_no_shaping_or_reordering_code() -> None:
    result = subprocess.run(
        [sys.executable, "-c", ENGLISH_START], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_words_drawn_in_advance_are_what_the_machinery_draws() -> None:
    for (text, mode), drawn in PREDRAWN.items():
        assert label(text, mode) == drawn


async def test_the_link_screen_says_in_persian_that_nothing_was_opened(
    pack_dir: Path, data_dir: Path
) -> None:
    from textual.widgets import Input

    from separ.i18n import _
    from separ.links.report import NEVER_OPENED

    app = persian_app(pack_dir, data_dir, TERMINAL_REORDERS)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("l")
        await pilot.pause()
        app.screen.query_one("#link-input", Input).value = "https://examp1e.org/"
        await pilot.press("enter")
        await pilot.pause()
        drawn = " ".join(" ".join(rows(app.screen.query_one("#link-result"))).split())
        persian = _(NEVER_OPENED)
    assert persian != NEVER_OPENED
    assert " ".join(persian.split()[:4]) in drawn
    assert "Separ only read" not in drawn


async def test_a_current_question_reads_from_the_right_when_its_situation_s_title_is_stale(
    pack_dir: Path, data_dir: Path
) -> None:
    """Each question and end has its own language: a translation can be current for one and
    out of date for another (then that one shows in English)."""
    situation = pack_dir / "situations" / "01-stranger.yaml"
    text = situation.read_text(encoding="utf-8")
    situation.write_text(text.replace("A stranger has messaged me", "A stranger wrote"), "utf-8")
    pack = load_pack(pack_dir, lang="fa")
    assert pack.situations[0].lang == "en" and pack.situations[0].questions[0].lang == "fa"
    app = persian_app(pack_dir, data_dir, TERMINAL_REORDERS)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("u", "enter")
        await pilot.pause()
        drawn = rows(app.screen.query_one("#question"))
    asked = next(row for row in drawn if "آن شخص چه می‌خواهد؟" in row)
    # Logical order, set to the right as a right-to-left line is: the space is at its start.
    assert asked.startswith("  ") and asked.rstrip().endswith("آن شخص چه می‌خواهد؟")

"""The app as a person uses it: keys, panes, ticks that are saved at once, the source view."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from textual.widgets import Input

from apphelp import flat_text, make_app, screen_text, write_pack
from separ.app.app import SeparApp
from separ.app.screens.help import HelpScreen
from separ.app.screens.item import ItemScreen
from separ.app.screens.main import MainScreen
from separ.app.screens.source import DocumentScreen, SourceScreen, in_context
from separ.app.text import QUOTE_STYLE, level_mark
from separ.app.widgets.detail import ItemDetail
from separ.app.widgets.items import ItemList
from separ.app.widgets.sections import SectionList
from separ.pack import load_pack
from separ.pack.model import Citation
from separ.progress import DB_NAME, ProgressStore
from separ.session import recovery_message

PACK = load_pack()
FIRST = PACK.sections[0].items[0]
SECOND = PACK.sections[0].items[1]


def saved_ids(data_dir: Path) -> set[str]:
    """What the database on disk says is done, read with a fresh connection."""
    with sqlite3.connect(data_dir / DB_NAME) as db:
        return {row[0] for row in db.execute("SELECT item_id FROM ticks")}


async def test_starts_with_first_item_highlighted_and_focused(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        items = app.screen.query_one(ItemList)
        assert app.focused is items
        assert items.highlighted_id == FIRST.id


async def test_space_ticks_the_first_item_at_once_and_saves_it(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space")
        await pilot.pause()
        assert saved_ids(data_dir) == {FIRST.id}
        assert "[x] ● Confirm who" in screen_text(app)
        await pilot.press("space")
        await pilot.pause()
        assert saved_ids(data_dir) == set()


async def test_enter_reads_the_item_and_ticks_nothing(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ItemScreen)
        assert app.screen.item_id == SECOND.id
        assert saved_ids(data_dir) == set()


async def test_tick_survives_restart(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j", "space")
        await pilot.pause()
    app.store.close()
    again = make_app(data_dir)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert again.screen.done == {SECOND.id}
        text = screen_text(again)
        assert f"[x] {level_mark(SECOND.level)} {SECOND.title[:12]}" in text
        assert f"1/{len(PACK.sections[0].items)}" in text


async def test_j_and_k_move_the_highlight(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        items = app.screen.query_one(ItemList)
        await pilot.press("j", "j")
        assert items.highlighted == 2
        await pilot.press("k")
        assert items.highlighted == 1
        await pilot.press("up")
        assert items.highlighted == 0


async def test_tab_moves_between_panes_and_sections_change_the_items(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("tab")
        assert isinstance(app.focused, ItemDetail)
        await pilot.press("shift+tab", "shift+tab")
        assert isinstance(app.focused, SectionList)
        await pilot.press("down")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert screen.section_id == PACK.sections[1].id
        shown = [option.id for option in screen.query_one(ItemList).options]
        assert shown == [item.id for item in PACK.sections[1].items]
        await pilot.press("enter")
        assert isinstance(app.focused, ItemList)


async def test_section_and_overall_progress_follow_ticks(data_dir: Path) -> None:
    app = make_app(data_dir)
    total = len(PACK.items)
    first_count = f"0/{len(PACK.sections[0].items)}"
    async with app.run_test(size=(80, 24)) as pilot:
        assert first_count in screen_text(app)
        await pilot.press("space", "j", "space")
        await pilot.pause()
        text = screen_text(app)
        assert f"2/{len(PACK.sections[0].items)}" in text
        assert f"Overall 2/{total}" in text


async def test_detail_shows_why_steps_level_and_sources(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        text = flat_text(app)
        assert "Essential: The first things to do" in text
        assert f"1. {FIRST.steps[0][:30]}" in text
        await pilot.press("tab", "end")
        await pilot.pause()
        text = flat_text(app)
        assert "The source recommends this" in text
        assert FIRST.citations[0].credit.publisher in text


async def test_s_opens_the_source_with_its_context_and_d_the_whole_document(
    data_dir: Path,
) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SourceScreen)
        citation = FIRST.citations[0]
        text = screen_text(app)
        assert f"line {citation.line}" in text
        assert "Source 1 of" in text
        assert "HRANA News Agency" in flat_text(app)
        assert citation.document.file not in text
        passage = in_context(citation)
        spans = [s for s in passage.spans if s.style == QUOTE_STYLE]
        assert passage.plain[spans[0].start : spans[0].end] == citation.passage
        await pilot.press("d")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, DocumentScreen)
        assert app.screen.query_one("#document").scroll_y > 0
        assert citation.document.file not in screen_text(app)
        await pilot.press("escape", "escape")
        assert isinstance(app.screen, MainScreen)


async def test_n_and_p_move_between_sources(data_dir: Path) -> None:
    item = next(i for i in PACK.items if len(i.citations) > 1)
    app = make_app(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        app.jump_to(item.id)
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, SourceScreen)
        await pilot.press("n")
        assert app.screen.index == 1
        assert f"Source 2 of {len(item.citations)}" in screen_text(app)
        await pilot.press("p")
        assert app.screen.index == 0


async def test_slash_filters_as_you_type_and_escape_clears(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        await pilot.press(*"shutdown")
        await pilot.pause()
        screen = app.screen
        shown = screen.query_one(ItemList).item_ids
        expected = [
            i.id
            for i in PACK.items
            if "shutdown" in " ".join((i.title, i.why, *i.steps)).casefold()
        ]
        assert shown == expected
        assert len(shown) > 1
        assert "Search: shutdown" in screen_text(app)
        await pilot.press("enter")
        assert isinstance(app.focused, ItemList)
        await pilot.press("escape")
        await pilot.pause()
        assert screen.query_one(ItemList).item_ids == [i.id for i in PACK.sections[0].items]


async def test_filter_that_matches_nothing_says_so(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *"zzqqxx")
        await pilot.pause()
        assert "No item matches" in screen_text(app)


async def test_h_hides_and_shows_completed_items(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space", "h")
        await pilot.pause()
        items = app.screen.query_one(ItemList)
        assert FIRST.id not in items.item_ids
        assert items.highlighted_id == SECOND.id
        await pilot.press("space")
        await pilot.pause()
        assert SECOND.id not in items.item_ids
        await pilot.press("h")
        await pilot.pause()
        assert items.item_ids[:2] == [FIRST.id, SECOND.id]


async def test_e_writes_the_markdown_checklist_and_says_where(
    data_dir: Path, tmp_path: Path
) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space", "e")
        await pilot.pause()
        written = list((tmp_path / "home" / "Documents").glob("separ-checklist-*.md"))
        assert len(written) == 1
        text = written[0].read_text(encoding="utf-8")
        assert f"- [x] **{FIRST.title}**" in " ".join(text.replace("\\", "").split())
        assert any(str(written[0]) in n.message for n in app._notifications)


async def test_palette_jumps_to_an_item_by_its_title(data_dir: Path) -> None:
    target = PACK.sections[-1].items[-1]
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*target.title[:25])
        await app.screen.workers.wait_for_complete()
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert screen.section_id == target.section_id
        assert screen.query_one(ItemList).highlighted_id == target.id


async def test_palette_runs_app_actions(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"Tick or untick")
        await app.screen.workers.wait_for_complete()
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert saved_ids(data_dir) == {FIRST.id}


async def test_question_mark_shows_help_and_escape_closes_it(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        for key in ("space", "enter", "escape"):
            assert key in text
        await pilot.press("end")
        await pilot.pause()
        assert "ctrl+p" in screen_text(app)
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_q_quits(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    assert not app.is_running


async def test_theme_choice_is_remembered(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        app.theme = "nord"
        await pilot.pause()
    app.store.close()
    again = make_app(data_dir)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert again.theme == "nord"


def tinted_colours(svg: str) -> set[str]:
    """The colours of a screenshot that are not a shade of grey, leaving out the SVG's frame."""
    frame = {"#ff5f57", "#febc2e", "#28c840", "#c5c8c6"}  # window buttons, default foreground
    colours = set(re.findall(r"fill: (#[0-9a-f]{6})", svg)) - frame
    return {c for c in colours if len({c[1:3], c[3:5], c[5:7]}) > 1}


async def test_no_color_draws_without_colour(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert tinted_colours(app.export_screenshot())
    app.store.close()
    monkeypatch.setenv("NO_COLOR", "1")
    plain = make_app(data_dir)
    async with plain.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert tinted_colours(plain.export_screenshot()) == set()


async def test_first_run_says_what_separ_is_once(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Nothing leaves this computer" in screen_text(app)
        assert app.focused is app.screen.query_one(ItemList)
    app.store.close()
    again = make_app(data_dir)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "Nothing leaves this computer" not in screen_text(again)


async def test_no_save_touches_no_disk(data_dir: Path) -> None:
    app = make_app(data_dir, save=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space", "e")
        await pilot.pause()
        assert "an export is a file" in flat_text(app)  # asks first; no is the default
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.done == {FIRST.id}
        assert "saves nothing" in screen_text(app)
    assert not data_dir.exists()
    assert not Path(os.environ["XDG_DOCUMENTS_DIR"]).exists()


async def test_ticks_for_ids_the_pack_no_longer_has_are_kept(data_dir: Path) -> None:
    store = ProgressStore(data_dir)
    store.set_done("an-item-from-an-older-pack")
    store.close()
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("space")
        await pilot.pause()
    assert saved_ids(data_dir) == {"an-item-from-an-older-pack", FIRST.id}


async def test_two_copies_open_at_once_keep_each_others_ticks(data_dir: Path) -> None:
    one, two = make_app(data_dir), make_app(data_dir)
    async with one.run_test(size=(80, 24)) as p1, two.run_test(size=(80, 24)) as p2:
        await p1.press("space")
        await p2.press("j", "space")
        await p1.press("j", "j", "space")
        await p1.pause()
        await p2.pause()
    third = PACK.sections[0].items[2]
    assert saved_ids(data_dir) == {FIRST.id, SECOND.id, third.id}


async def test_damaged_progress_is_kept_aside_and_the_app_says_so(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    damaged = b"this is not a database, but it may be someone's only copy" * 100
    (data_dir / DB_NAME).write_bytes(damaged)
    store = ProgressStore(data_dir)
    assert store.recovered_from is not None
    assert store.recovered_from.read_bytes() == damaged
    app = SeparApp(PACK, store, notice=recovery_message(store))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.screen.done == set()
        messages = [n.message for n in app._notifications]
        assert any(str(store.recovered_from) in m for m in messages)
        await pilot.press("space")
        await pilot.pause()
    assert saved_ids(data_dir) == {FIRST.id}
    assert store.recovered_from.read_bytes() == damaged


async def test_clicking_the_box_ticks_and_clicking_the_title_reads(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.click(ItemList, offset=(2, 0))
        await pilot.pause()
        assert saved_ids(data_dir) == {FIRST.id}
        assert isinstance(app.screen, MainScreen)
        await pilot.click(ItemList, offset=(20, 2))
        await pilot.pause()
        assert isinstance(app.screen, ItemScreen)
        assert app.screen.item_id == SECOND.id
        assert saved_ids(data_dir) == {FIRST.id}


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_sections_stand_beside_the_items_from_medium_widths(
    data_dir: Path, size: tuple[int, int]
) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        sections = app.screen.query_one("#sections-pane").region
        items = app.screen.query_one("#items-pane").region
        assert items.x >= sections.right


async def test_wide_terminals_show_three_columns(data_dir: Path) -> None:
    app = make_app(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        items = app.screen.query_one("#items-pane").region
        detail = app.screen.query_one("#detail").region
        assert detail.x >= items.right
        assert detail.y == items.y


# Untrusted text ---------------------------------------------------------------------------------

MEK = "I saw an image of the [PMOI/MEK] working on social media."
KHAMENEI = "Time and again [Ali Khamenei] have provided solutions for our forces"


def bracket_pack(root: Path) -> Path:
    """A pack whose texts are full of markup look-alikes, citing the real document 003."""
    seed = Path(__file__).resolve().parent.parent / "seeds" / "003_9314516b6f1ba442.txt"
    section = f"""
id: brackets
title: "[b]Brackets[/b] and [/x] stray closers"
summary: Text that looks like markup.
items:
  - id: literal-title
    title: "[bold]Danger[/x] \\e[31mred\\e[0m and *stars* <b>tags</b>"
    level: essential
    why: "[Ali Khamenei] and [PMOI/MEK] and [@click=app.quit]quit[/]"
    steps:
      - "[link=https://example.invalid]a link[/link]"
    citations:
      - document: doc3
        quote: "{MEK}"
        role: threat
      - document: doc3
        quote: "{KHAMENEI}"
        role: advice
"""
    sources = 'documents:\n  - id: doc3\n    file: doc3.txt\n    title: "[PMOI/MEK] report"\n'
    return write_pack(
        root,
        {"01-brackets.yaml": section},
        {"doc3.txt": seed.read_text(encoding="utf-8")},
        sources,
    )


async def test_bracketed_text_and_escape_sequences_show_literally(
    data_dir: Path, tmp_path: Path
) -> None:
    pack = load_pack(bracket_pack(tmp_path / "brackets"))
    app = make_app(data_dir, pack=pack)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        for fragment in (
            "[b]Brackets[/b]",
            "[/x] stray",
            "[bold]Danger[/x] ␛[31mred␛[0m and",
            "*stars* <b>tags</b>",
            "[Ali Khamenei] and [PMOI/MEK] and",
            "[@click=app.quit]quit[/]",
            "[link=https://example.invalid]a",
        ):
            assert fragment in text
        assert "\x1b" not in text
        await pilot.press("s")
        await pilot.pause()
        text = flat_text(app)
        assert "[PMOI/MEK] report" in text
        assert MEK in text
        await pilot.press("n")
        await pilot.pause()
        assert "[Ali Khamenei]" in screen_text(app)
        await pilot.press("d")
        await pilot.pause()
        assert "[Ali Khamenei]" in screen_text(app)


# The PMOI/MEK's own insertions into the officials' words in document 003.
BRACKETED = ("[PMOI/MEK]", "[Ali Khamenei]", "[mullahs’ regime]")


def paragraph(citation: Citation) -> str:
    """The paragraph a citation's quote stands in, as the source view shows it."""
    start, end = citation.document.paragraphs[citation.paragraph_index]
    return citation.document.text[start:end]


async def test_shipped_passages_with_brackets_show_in_the_source_view(data_dir: Path) -> None:
    cited = [
        (item, index)
        for item in PACK.items
        for index, c in enumerate(item.citations)
        if any(word in paragraph(c) for word in BRACKETED)
    ]
    assert cited, "the shipped pack cites a bracketed paragraph of document 003"
    app = make_app(data_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        for item, index in cited:
            app.jump_to(item.id)
            await pilot.press("s", *(["n"] * index))
            await pilot.pause()
            shown = paragraph(app.screen.citation)
            word = next(word for word in BRACKETED if word in shown)
            assert word in screen_text(app)
            await pilot.press("escape")


# Started as a person starts it -----------------------------------------------------------------


def test_a_pack_with_problems_keeps_the_app_from_starting(tmp_path: Path) -> None:
    bad = bracket_pack(tmp_path / "bad")
    broken = (
        (bad / "guidance" / "01-brackets.yaml")
        .read_text()
        .replace("level: essential", "level: urgent")
    )
    (bad / "guidance" / "01-brackets.yaml").write_text(broken)
    env = {**os.environ, "NO_COLOR": "1"}
    app_run = subprocess.run(
        [sys.executable, "-m", "separ", "--pack", str(bad)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    check_run = subprocess.run(
        [sys.executable, "-m", "separ", "check", "--pack", str(bad)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert app_run.returncode == 1
    assert "Traceback" not in app_run.stderr + app_run.stdout
    problems = [line for line in check_run.stdout.splitlines() if line]
    assert problems and all(line in app_run.stderr for line in problems)
    assert "level" in problems[0]

"""The paragraph widget: logical text in, lines drawn right to left where the text is Persian."""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import App, ComposeResult

from separ.app.widgets.paragraph import Paragraph
from separ.i18n.rtl import SEPAR_REORDERS, TERMINAL_REORDERS

PERSIAN = ("تأیید دومرحله‌ای", "bold"), " (Two-Step Verification) را در Signal روشن کنید."


class Host(App[None]):
    """One paragraph, nothing else."""

    def __init__(self, paragraph: Paragraph, rtl_mode: str = SEPAR_REORDERS) -> None:
        super().__init__()
        self.paragraph = paragraph
        self.rtl_mode = rtl_mode

    def compose(self) -> ComposeResult:
        yield self.paragraph


def drawn(widget: Paragraph) -> list[str]:
    """The widget's rows as the terminal receives them."""
    return [widget.render_line(y).text for y in range(widget.size.height)]


async def test_persian_is_wrapped_shaped_reordered_and_aligned_right() -> None:
    paragraph = Paragraph(*PERSIAN)
    async with Host(paragraph).run_test(size=(30, 8)) as pilot:
        await pilot.pause()
        rows = drawn(paragraph)
    assert len(rows) == 3  # height follows the lines at this width
    assert all(len(row) == 30 for row in rows)
    assert rows[0].endswith("ﺪﯿﯾﺄﺗ")  # تأیید, its letters joined, at the right end
    assert "Two-Step)" in rows[0]
    assert rows[2].rstrip().endswith([".ﺪﯿﻨﮐ", "ﻦﺷﻭﺭ"][-1])
    assert rows[2].startswith(" ")


async def test_the_style_of_a_piece_follows_its_letters_after_reordering() -> None:
    paragraph = Paragraph(*PERSIAN)
    async with Host(paragraph).run_test(size=(30, 8)) as pilot:
        await pilot.pause()
        first = paragraph.render_line(0)
    bold = "".join(s.text for s in first if s.style and s.style.bold)
    assert bold.strip() == "ﯼﺍﻪﻠﺣﺮﻣﻭﺩ ﺪﯿﯾﺄﺗ"  # تأیید دومرحله‌ای, drawn at the right
    assert "Two" not in bold


async def test_where_the_terminal_reorders_the_text_goes_out_in_logical_order() -> None:
    paragraph = Paragraph(*PERSIAN)
    async with Host(paragraph, rtl_mode=TERMINAL_REORDERS).run_test(size=(30, 8)) as pilot:
        await pilot.pause()
        rows = drawn(paragraph)
    assert rows[0].strip().startswith("تأیید دومرحله‌ای (Two-Step")
    assert all(cell_len(row) == 30 for row in rows)  # the half-space takes no cell


async def test_english_stays_left_aligned_and_brackets_are_not_markup() -> None:
    paragraph = Paragraph("Signal [PMOI/MEK] keeps [b]messages[/b] safe.")
    async with Host(paragraph).run_test(size=(30, 8)) as pilot:
        await pilot.pause()
        rows = drawn(paragraph)
    assert rows[0].startswith("Signal [PMOI/MEK] keeps")
    assert "[b]messages[/b]" in "".join(rows)


async def test_outside_text_is_made_safe_before_it_is_drawn() -> None:
    paragraph = Paragraph("سلام\u202eدنیا\x1b[2J")
    async with Host(paragraph).run_test(size=(40, 4)) as pilot:
        await pilot.pause()
        text = "".join(drawn(paragraph))
    assert "\u202e" not in text and "\x1b" not in text
    assert "U+202E" in text and "␛" in text
    assert "\x1b" not in paragraph.text


async def test_update_and_resize_lay_the_text_out_again() -> None:
    paragraph = Paragraph("یک")
    async with Host(paragraph).run_test(size=(30, 8)) as pilot:
        await pilot.pause()
        paragraph.update("یک دو سه چهار پنج شش هفت هشت نه ده یازده دوازده")
        await pilot.pause()
        assert paragraph.size.height == 2
        await pilot.resize_terminal(12, 8)
        await pilot.pause()
        assert paragraph.size.height > 3
        assert all(len(row) == 12 for row in drawn(paragraph))


async def test_direction_can_be_set_for_a_persian_text_that_starts_in_latin() -> None:
    paragraph = Paragraph("Signal را نصب کنید", direction="rtl")
    async with Host(paragraph).run_test(size=(30, 4)) as pilot:
        await pilot.pause()
        (row,) = drawn(paragraph)
    assert row.endswith(" Signal")  # the first word, where a Persian reader starts
    assert row.startswith(" ")

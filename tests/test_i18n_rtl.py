"""Right to left in a terminal: reordering known sentences, wrapping before reordering, shaping,
and the two display modes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from separ.i18n.reorder import paragraph_direction, visual
from separ.i18n.rtl import (
    SEPAR_REORDERS,
    TERMINAL_REORDERS,
    choose_mode,
    default_mode,
    label,
    layout,
    terminal_sequences,
    wrap,
)


def r(word: str) -> str:
    """A Persian word as a terminal that does not reorder must be sent it: reversed."""
    return word[::-1]


# Reordering one line: each expected line is written as it appears on screen, left to right.

KNOWN_SENTENCES = [
    pytest.param(
        "تأیید دومرحله‌ای (Two-Step Verification) را روشن کنید.",
        "."
        + r("کنید")
        + " "
        + r("روشن")
        + " "
        + r("را")
        + " (Two-Step Verification) "
        + r("دومرحلهای")
        + " "
        + r("تأیید"),
        id="english-name-in-brackets",
    ),
    pytest.param(
        "کد پین (PIN) ۶ رقمی بگذارید",
        r("بگذارید") + " " + r("رقمی") + " ۶ (PIN) " + r("پین") + " " + r("کد"),
        id="brackets-between-latin-and-digits",  # needs the bracket pairs of UBA 6.3 (N0)
    ),
    pytest.param(
        "سلام (دنیا) [Signal] ۱۲۳ و 2FA",
        "2FA " + r("و") + " ۱۲۳ [Signal] (" + r("دنیا") + ") " + r("سلام"),
        id="mirrored-brackets-around-persian-and-latin",
    ),
    pytest.param(
        "۱۲ مورد از ۴۵ مورد انجام شده",
        r("شده") + " " + r("انجام") + " " + r("مورد") + " ۴۵ " + r("از") + " " + r("مورد") + " ۱۲",
        id="persian-digits-keep-their-order",
    ),
    pytest.param(
        "نسخه 7.2.1 یا بالاتر",
        r("بالاتر") + " " + r("یا") + " 7.2.1 " + r("نسخه"),
        id="a-version-number",
    ),
    pytest.param(
        "در Signal به Settings > Privacy بروید",
        r("بروید") + " Settings > Privacy " + r("به") + " Signal " + r("در"),
        id="a-menu-path-in-latin",
    ),
    pytest.param(
        "«فیلترشکن» یعنی VPN",
        "VPN " + r("یعنی") + " «" + r("فیلترشکن") + "»",
        id="guillemets-mirror",
    ),
]


@pytest.mark.parametrize(("logical", "on_screen"), KNOWN_SENTENCES)
def test_known_sentences_reorder_as_a_reader_expects(logical: str, on_screen: str) -> None:
    assert visual(logical, rtl=True) == on_screen


def test_english_paragraph_keeps_a_persian_word_in_place() -> None:
    logical = "Search for فیلترشکن (VPN) in the store"
    assert visual(logical, rtl=False) == "Search for " + r("فیلترشکن") + " (VPN) in the store"


def test_paragraph_direction_comes_from_the_first_strong_letter() -> None:
    assert paragraph_direction("۱۲ مورد") == "rtl"  # digits are not strong
    assert paragraph_direction("Signal را نصب کنید") == "ltr"  # hence direction="rtl" for UI
    assert paragraph_direction("... 12") is None


# Wrapping, then reordering: lines in the right order ------------------------------------------

SENTENCE = "یک دو سه چهار پنج شش هفت هشت نه ده"


def test_wrapping_happens_in_logical_order_so_lines_come_out_in_reading_order() -> None:
    lines = layout(SENTENCE, 12, SEPAR_REORDERS)
    assert len(lines) > 2
    firsts = [min(o for o in line.offsets if o >= 0) for line in lines]
    assert firsts == sorted(firsts)
    assert firsts[0] == 0
    # The first word is at the right end of the first line, where a reader starts.
    assert lines[0].offsets[-1] == 0
    # The last word is at the left end of the last line, where a reader ends.
    drawn = [o for o in lines[-1].offsets if o >= 0]
    assert drawn[0] == len(SENTENCE) - 1


def test_reordering_the_whole_paragraph_first_would_reverse_the_lines() -> None:
    """The mistake this module exists to avoid, shown: reorder, then wrap."""
    wrong = visual(SENTENCE, rtl=True)
    wrong_first_line = wrong[: wrap(wrong, 12)[0][1]]
    assert "ده" in wrong_first_line[::-1]  # the paragraph's last word would be read first
    right_first_line = layout(SENTENCE, 12, SEPAR_REORDERS)[0]
    assert 0 in right_first_line.offsets


def test_a_bracket_pair_split_across_lines_still_faces_inward() -> None:
    text = "تأیید دومرحله‌ای (Two-Step Verification) را در Signal روشن کنید."
    lines = layout(text, 30, SEPAR_REORDERS)
    first, second = lines[0].text, lines[1].text
    assert "Two-Step)" in first  # "(" drawn mirrored, to the right of the Latin run it opens
    assert "(Verification" in second


def test_right_to_left_lines_are_aligned_right() -> None:
    for line in layout(SENTENCE, 15, SEPAR_REORDERS):
        assert len(line.text) == 15
        assert line.text[-1] != " "


def test_left_to_right_paragraph_stays_left_aligned() -> None:
    lines = layout("Signal keeps (your) messages safe.", 20)
    assert [line.text for line in lines] == ["Signal keeps (your)", "messages safe."]
    assert not any(line.rtl for line in lines)


def test_line_breaks_start_paragraphs_each_with_its_own_direction() -> None:
    lines = layout("Signal\nسیگنال", 10)
    assert [line.rtl for line in lines] == [False, True]
    assert lines[1].offsets[-1] == len("Signal\n")


def test_wrap_breaks_at_spaces_and_cuts_only_words_wider_than_the_line() -> None:
    assert wrap("ab cd ef", 5) == [(0, 5), (6, 8)]
    assert wrap("abcdefghij kl", 4) == [(0, 4), (4, 8), (8, 10), (11, 13)]
    assert wrap("", 5) == [(0, 0)]


def test_a_label_for_a_widget_separ_does_not_own_is_one_line_unpadded() -> None:
    assert label("خروج") == "\ufe9d\ufeed\ufeae\ufea7"  # ﺝﻭﺮﺧ: jeem, waw, reh final, khah initial
    assert label("خروج", TERMINAL_REORDERS) == "خروج"
    assert label("Quit") == "Quit"


# Shaping ----------------------------------------------------------------------------------------


def test_letters_are_joined_and_the_half_space_breaks_the_join() -> None:
    (line,) = layout("می‌خواهم", 20, SEPAR_REORDERS)
    drawn = line.text.strip()
    assert "\u200c" not in drawn
    # Right to left on screen: meem initial, yeh final (the half-space stops the join), then
    # khah initial: the word reads می‌خواهم, not میخواهم.
    assert drawn[-1] == "\ufee3"  # ﻣ
    assert drawn[-2] == "\ufbfd"  # ﯽ
    assert drawn[-3] == "\ufea7"  # ﺧ


def test_lam_alef_is_one_cell_and_both_letters_lead_back_to_the_text() -> None:
    (line,) = layout("لا", 5, SEPAR_REORDERS)
    assert line.text == "    \ufefb"  # ﻻ, aligned right
    assert line.offsets[-1] == 0


def test_zwj_is_never_drawn_in_either_mode() -> None:
    for mode in (SEPAR_REORDERS, TERMINAL_REORDERS):
        for line in layout("a\u200db نیم\u200dفاصله", 20, mode):
            assert "\u200d" not in line.text


def test_vowel_marks_are_dropped_only_where_separ_reorders() -> None:
    (reordered,) = layout("لطفاً", 10, SEPAR_REORDERS)
    assert "\u064b" not in reordered.text
    (logical,) = layout("لطفاً", 10, TERMINAL_REORDERS)
    assert logical.text.strip() == "لطفاً"


def test_terminal_mode_wraps_and_aligns_but_keeps_logical_order() -> None:
    lines = layout(SENTENCE, 12, TERMINAL_REORDERS)
    joined = " ".join(line.text.strip() for line in lines)
    assert joined == SENTENCE
    assert all(len(line.text) == 12 for line in lines)


def test_styles_can_follow_every_drawn_character_back_to_the_text() -> None:
    text = "تأیید دومرحله‌ای (Two-Step Verification)"
    for line in layout(text, 25, SEPAR_REORDERS):
        for char, offset in zip(line.text, line.offsets, strict=True):
            if offset >= 0 and char.isascii() and char not in "()":
                assert text[offset] == char


# Display modes ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("env", "mode"),
    [
        ({"VTE_VERSION": "7600"}, SEPAR_REORDERS),
        ({"MLTERM": "3.9.3"}, TERMINAL_REORDERS),
        ({"KONSOLE_VERSION": "230805"}, TERMINAL_REORDERS),
        ({"TERM_PROGRAM": "Apple_Terminal"}, TERMINAL_REORDERS),
        ({"TERM_PROGRAM": "iTerm.app"}, SEPAR_REORDERS),
        ({"TERM": "xterm-256color"}, SEPAR_REORDERS),
        ({}, SEPAR_REORDERS),
    ],
)
def test_default_mode_from_the_environment(env: dict[str, str], mode: str) -> None:
    assert default_mode(env) == mode


def test_remembered_mode_beats_the_default() -> None:
    assert choose_mode(TERMINAL_REORDERS, {"VTE_VERSION": "7600"}) == TERMINAL_REORDERS
    assert choose_mode("nonsense", {"MLTERM": "1"}) == TERMINAL_REORDERS


def test_vte_is_told_to_leave_reordering_to_separ_and_given_it_back() -> None:
    assert terminal_sequences(SEPAR_REORDERS, {"VTE_VERSION": "7600"}) == ("\x1b[8l", "\x1b[8h")
    assert terminal_sequences(TERMINAL_REORDERS, {"VTE_VERSION": "7600"}) == ("", "")
    assert terminal_sequences(SEPAR_REORDERS, {"TERM": "xterm"}) == ("", "")


# Without python-bidi's compiled extension (the offline single-file copy) ------------------------


def test_reordering_works_without_the_compiled_extension(tmp_path: Path) -> None:
    import bidi

    copy = tmp_path / "bidi"
    shutil.copytree(
        Path(bidi.__file__).parent, copy, ignore=shutil.ignore_patterns("*.so", "*.pyd")
    )
    assert not list(copy.glob("*.so"))
    import separ

    code = "import bidi.wrapper\n"  # would need the extension
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(tmp_path), str(Path(separ.__file__).parent.parent)]),
    }
    failed = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True)
    assert failed.returncode != 0  # the copy really has no compiled part
    code = "from separ.i18n.reorder import visual\nprint(visual('کد پین (PIN) ۶ رقمی', True))\n"
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == r("رقمی") + " ۶ (PIN) " + r("پین") + " " + r("کد")

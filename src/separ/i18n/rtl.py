"""Right-to-left text in a terminal: wrap in logical order, then shape and reorder each line.

Textual and Rich lay text out left to right and never join Arabic-script letters; some
terminals reorder and shape what they are sent (VTE, Konsole with its option, mlterm, macOS
Terminal), others draw it as it comes (xterm, Windows Terminal, kitty, Alacritty, tmux, the
Linux console). Text stays in logical order everywhere it is kept, searched, exported or copied;
only what is drawn is changed, line by line, here:

1. the paragraph is wrapped in logical order at the width (reordering first would put its
   lines in reverse order);
2. in the mode where Separ reorders, each line is shaped (arabic-reshaper: the joined letter
   forms) and reordered (`separ.i18n.reorder`), and what only steered shaping and direction
   (ZWNJ, direction marks) is dropped; in the mode where the terminal reorders, the line is
   sent as it is;
3. a right-to-left paragraph is aligned to the right.

ZWJ is never drawn: Rich measures a letter, ZWJ and a letter as one cell.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from rich.cells import get_character_cell_size

from separ.i18n.reorder import line_in_visual_order, paragraph_direction, resolve_levels

SEPAR_REORDERS = "separ"
"""Separ shapes and reorders right-to-left text: for terminals that draw what they are sent."""
TERMINAL_REORDERS = "terminal"
"""The terminal shapes and reorders: Separ sends text in logical order."""
MODES: tuple[str, ...] = (SEPAR_REORDERS, TERMINAL_REORDERS)
DISPLAY_SETTING = "rtl-display"
"""The store's setting that remembers the display mode."""

_VTE_EXPLICIT = "\x1b[8l"  # BDSM reset: VTE leaves reordering to the application
_VTE_IMPLICIT = "\x1b[8h"  # BDSM set: VTE reorders again (its default)
_ZWJ = "\u200d"
_NOT_DRAWN = {ord(c): None for c in "\u200c\u200e\u200f\u061c"}  # ZWNJ, LRM, RLM, ALM
_LAM_ALEF = set(range(0xFEF5, 0xFEFD))


def default_mode(env: Mapping[str, str]) -> str:
    """The display mode this terminal needs, as far as its environment tells."""
    if env.get("VTE_VERSION"):
        return SEPAR_REORDERS  # VTE's own reordering is switched off (`terminal_sequences`)
    if env.get("MLTERM") or env.get("KONSOLE_VERSION"):
        return TERMINAL_REORDERS
    if env.get("TERM_PROGRAM") == "Apple_Terminal":
        return TERMINAL_REORDERS
    return SEPAR_REORDERS


def choose_mode(remembered: str | None, env: Mapping[str, str]) -> str:
    """The remembered display mode, else the terminal's default."""
    return remembered if remembered in MODES else default_mode(env)


def terminal_sequences(mode: str, env: Mapping[str, str]) -> tuple[str, str]:
    """What to send the terminal when the app starts and when it ends, for this mode.

    VTE reorders on its own unless told otherwise: when Separ reorders, VTE is switched to
    explicit mode (CSI 8 l) for the app's lifetime and back to its default (CSI 8 h) after.
    """
    if mode == SEPAR_REORDERS and env.get("VTE_VERSION"):
        return _VTE_EXPLICIT, _VTE_IMPLICIT
    return "", ""


@dataclass(frozen=True)
class Line:
    """One line as it is drawn: its text, and where each of its characters came from."""

    text: str
    offsets: tuple[int, ...]
    """For each character of `text`, its offset in the paragraph's logical text."""
    rtl: bool
    """Whether the line belongs to a right-to-left paragraph (and is aligned to the right)."""


def layout(
    text: str, width: int, mode: str = SEPAR_REORDERS, direction: str | None = None
) -> list[Line]:
    """The lines of a text (paragraphs split at line breaks) as drawn at a width.

    `direction` is "rtl" or "ltr" for every paragraph, or None to take each paragraph's from
    its first strongly directional character. A right-to-left line is padded on the left to
    the width (aligned to the right); trailing space is left to the widget.
    """
    lines: list[Line] = []
    start = 0
    for paragraph in text.split("\n"):
        rtl = (direction or paragraph_direction(paragraph) or "ltr") == "rtl"
        for drawn in _paragraph_lines(paragraph, width, rtl, mode):
            lines.append(_align(drawn, start, width, rtl))
        start += len(paragraph) + 1
    return lines


def label(text: str, mode: str = SEPAR_REORDERS, direction: str | None = None) -> str:
    """A short text drawn on one line by a widget Separ does not own (a footer key, a border
    title), shaped and reordered where Separ reorders; never wrapped or padded."""
    rtl = (direction or paragraph_direction(text) or "ltr") == "rtl"
    one_line = " ".join(text.split())
    return " ".join(drawn for drawn, _ in _paragraph_lines(one_line, 10_000, rtl, mode))


def _paragraph_lines(
    paragraph: str, width: int, rtl: bool, mode: str
) -> list[tuple[str, list[int]]]:
    """The lines of one paragraph as drawn: characters, and the offset each came from."""
    kept = [i for i, c in enumerate(paragraph) if c != _ZWJ]
    if mode == TERMINAL_REORDERS:
        text = "".join(paragraph[i] for i in kept)
        return [(text[s:e], kept[s:e]) for s, e in wrap(text, width)]
    # Vowel marks are dropped: a terminal puts a mark on the cell before it, which after
    # reordering is the wrong letter (arabic-reshaper drops them for the same reason).
    kept = [i for i in kept if not _is_arabic_mark(paragraph[i])]
    # Shaping first changes no order and gives the widths as drawn (لا is one cell).
    shaped, offsets = _shape("".join(paragraph[i] for i in kept), kept)
    levels = resolve_levels(shaped, rtl)
    lines = []
    for line_start, line_end in wrap(shaped, width):
        chars = [c for c in levels if line_start <= c["index"] < line_end]
        drawn, order = line_in_visual_order(chars, rtl)
        pairs = [(c, offsets[i]) for c, i in zip(drawn, order, strict=True)]
        pairs = [(c, o) for c, o in pairs if ord(c) not in _NOT_DRAWN]
        lines.append(("".join(c for c, _ in pairs), [o for _, o in pairs]))
    return lines


def _cells(char: str) -> int:
    return 0 if char == _ZWJ else get_character_cell_size(char)


def _width(text: str) -> int:
    return sum(_cells(c) for c in text)


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """Where to break a paragraph, in logical order: (start, end) of each line. Lines break at
    spaces, and inside a word only when the word alone is wider than the line."""
    width = max(width, 1)
    lines: list[tuple[int, int]] = []
    start: int | None = None
    end = used = 0
    for word_start, word_end in _words(text):
        cells = _width(text[word_start:word_end])
        if start is not None and used + _width(text[end:word_start]) + cells <= width:
            used += _width(text[end:word_start]) + cells
            end = word_end
            continue
        if start is not None:
            lines.append((start, end))
        start, end, used = word_start, word_start, 0
        for index in range(word_start, word_end):  # a word wider than the line is cut
            char_cells = _cells(text[index])
            if used + char_cells > width and end > start:
                lines.append((start, end))
                start, used = index, 0
            end, used = index + 1, used + char_cells
    lines.append((0, 0) if start is None else (start, end))
    return lines


def _words(text: str) -> list[tuple[int, int]]:
    words = []
    index = 0
    while index < len(text):
        if text[index] == " ":
            index += 1
            continue
        end = text.find(" ", index)
        end = len(text) if end == -1 else end
        words.append((index, end))
        index = end
    return words


def _is_arabic_mark(char: str) -> bool:
    return "\u0610" <= char <= "\u06ed" and unicodedata.combining(char) > 0


@cache
def _reshaper() -> Any:
    import arabic_reshaper

    # Only the lam-alef ligatures, which every Arabic-script reader expects and every font
    # with Arabic presentation forms has; word ligatures (ﷲ) are too small for one cell.
    return arabic_reshaper.ArabicReshaper(
        configuration={"delete_harakat": False, "ARABIC LIGATURE ALLAH": False}
    )


def _shape(line: str, offsets: list[int]) -> tuple[str, list[int]]:
    """The joined letter forms of a line, and the offset each shaped character came from."""
    if not any("\u0600" <= c <= "\u06ff" for c in line):
        return line, offsets
    shaped = _reshaper().reshape(line)
    if len(shaped) == len(line):
        return shaped, offsets
    mapped, source = [], 0  # only lam-alef ligatures make the text shorter: two letters, one form
    for char in shaped:
        mapped.append(offsets[source])
        source += 2 if ord(char) in _LAM_ALEF else 1
    return shaped, mapped


def _align(drawn: tuple[str, list[int]], start: int, width: int, rtl: bool) -> Line:
    """A drawn line with offsets in the whole text; a right-to-left one padded to the right."""
    text, offsets = drawn
    absolute = [start + o for o in offsets]
    if rtl:
        pad = max(width - _width(text), 0)
        text, absolute = " " * pad + text, [-1] * pad + absolute
    return Line(text, tuple(absolute), rtl)

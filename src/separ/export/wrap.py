"""Wrapping paragraphs to the width of a page, for the text and Markdown exports."""

from __future__ import annotations

import unicodedata

from separ.export.escape import one_line

WIDTH = 78
"""Lines are wrapped to fit a terminal or a printed page."""


def width_of(text: str) -> int:
    """How many columns a text takes: the half-space (ZWNJ), direction marks and vowel marks
    take none, so a Persian line is measured as it is seen."""
    if text.isascii():
        return len(text)
    return sum(unicodedata.category(c) not in ("Mn", "Me", "Cf") for c in text)


def wrap(text: str, first: str = "", rest: str = "", width: int = WIDTH) -> list[str]:
    """Wrap one paragraph at its spaces, with its own indents for the first and later lines.

    Only plain spaces are break points: a no-break space stays, even alone between two spaces
    (where `textwrap` would drop it), and a word longer than a line stays whole.
    """
    text = one_line(text)
    if not text:
        return []
    lines: list[str] = []
    line = ""
    used = 0
    for word in text.split(" "):
        cells = width_of(word)
        if not line:
            line, used = first + word, width_of(first) + cells
        elif used + 1 + cells > width:
            lines.append(line)
            line, used = rest + word, width_of(rest) + cells
        else:
            line, used = f"{line} {word}", used + 1 + cells
    lines.append(line)
    return lines

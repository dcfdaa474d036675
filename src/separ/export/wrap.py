"""Wrapping paragraphs to the width of a page, for the text and Markdown exports."""

from __future__ import annotations

from separ.export.escape import one_line

WIDTH = 78
"""Lines are wrapped to fit a terminal or a printed page."""


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
    for word in text.split(" "):
        if not line:
            line = first + word
        elif len(line) + 1 + len(word) > width:
            lines.append(line)
            line = rest + word
        else:
            line += " " + word
    lines.append(line)
    return lines

"""Wrapping paragraphs to the width of a page, for the text and Markdown exports."""

from __future__ import annotations

import textwrap

from separ.export.escape import one_line

WIDTH = 78
"""Lines are wrapped to fit a terminal or a printed page."""


def wrap(text: str, first: str = "", rest: str = "", width: int = WIDTH) -> list[str]:
    """Wrap one paragraph, with its own indents for the first and the following lines.

    Words are never broken, so a long address or id stays whole on a line of its own.
    """
    return textwrap.wrap(
        one_line(text),
        width,
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=False,
        break_on_hyphens=False,
    )

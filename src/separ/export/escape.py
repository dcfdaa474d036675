"""Make pack text safe to put into Markdown, so that every character shows as written."""

from __future__ import annotations

import re

_BREAKS = re.compile(r"[ \t\n\r\f\v]+")
# Characters that start or end inline syntax anywhere in a line: code, emphasis, links, autolinks
# and raw HTML, and the GFM extensions (tables, strikethrough) that other renderers apply.
_ANYWHERE = re.compile(r"[\\`*_\[\]<>|~]")
# An "&" that would start an entity reference such as "&amp;" or "&#169;".
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# What makes a line a block of its own: a heading, a list item, a thematic break or a setext
# underline ("*", "_", ">" and "<" are escaped everywhere already).
_LINE_START = re.compile(r"[#+=-]|[0-9]{1,9}(?=[.)])")
_CLOSING_HASHES = re.compile(r"(?<= )(#+)$")


def _collapse(text: str) -> str:
    """Make each run of spaces, tabs and line breaks one space."""
    # Most text has single spaces only and no control characters: leave it alone, quickly.
    if "  " in text or not text.isprintable():
        return _BREAKS.sub(" ", text)
    return text


def one_line(text: str) -> str:
    """Collapse runs of spaces, tabs and line breaks into one space, and trim every kind of space.

    Other spaces inside the text, such as no-break spaces in a quote, are kept as they are.
    """
    return _collapse(text).strip()


def escape_markdown(text: str) -> str:
    """Pack text as inline Markdown that renders literally, on one line wherever it is placed.

    Only spaces, tabs and line breaks are trimmed: a no-break space that begins a wrapped line
    is part of the text. Trim the whole text with `one_line` before wrapping it.
    """
    text = _ANYWHERE.sub(r"\\\g<0>", _collapse(text).strip(" "))
    if "&" in text:
        text = _ENTITY.sub(r"\\&", text)
    match = _LINE_START.match(text)
    if match is None:
        return text
    if match.group()[0].isdigit():
        # "1." or "1)" opens an ordered list: escape the punctuation after the number.
        end = match.end()
        return f"{text[:end]}\\{text[end:]}"
    return f"\\{text}"


def escape_heading(text: str) -> str:
    """Pack text for an ATX heading: trailing " #" would otherwise close the heading and vanish."""
    return _CLOSING_HASHES.sub(r"\\\1", escape_markdown(one_line(text)))

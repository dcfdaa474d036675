"""Turn pack text into Textual `Content` that shows exactly as written.

Pack text is untrusted: "[PMOI/MEK]" must not be read as markup, and a control character must
not reach the terminal. Everything the app shows from the pack goes through `literal`.
"""

from __future__ import annotations

from rich.highlighter import Highlighter
from rich.text import Text
from textual.content import Content

from separ.i18n import _, current_language
from separ.pack import Citation
from separ.pack.model import LEVEL_NAMES, UNTRANSLATED
from separ.safe import safe as visible
from separ.safe import safe_cells

QUOTE_STYLE = "bold reverse"
"""How the quoted words stand out in their paragraph (and how the source view finds them)."""

LEVEL_MARKS: dict[str, str] = {"essential": "●", "recommended": "◐", "advanced": "○"}
"""The one-cell mark of each level in the item list: the fuller, the sooner."""


def level_name(level: str) -> str:
    """A level's name in the language of the day ("Essential"); an unknown one as written."""
    name = _(LEVEL_NAMES[level]) if level in LEVEL_NAMES else level
    return name[:1].upper() + name[1:]  # (Persian has no capitals: unchanged)


def untranslated(text: object) -> Content:
    """After a pack text shown in English where the language is another: "(not yet translated)",
    as the exports and the command line say it.
    `text` is anything with a `lang` (an item, a section)."""
    lang = getattr(text, "lang", "en")
    if current_language() == "en" or lang == current_language():
        return Content("")
    # Kept on one line (no-break spaces): a tag split over two lines reads as two.
    return Content.styled("  " + f"({_(UNTRANSLATED)})".replace(" ", "\u00a0"), "dim")


def literal(text: str, style: str = "") -> Content:
    """Content that shows the text character for character, never as markup."""
    return Content.styled(visible(text), style) if style else Content(visible(text))


class InertHighlighter(Highlighter):
    """An Input's highlighter that shows what a person typed or pasted inert, character for
    character (so the cursor stays in place); the value itself is left exactly as entered."""

    def highlight(self, text: Text) -> None:
        """Replace each control character or direction override with a visible stand-in."""
        text.plain = safe_cells(text.plain)


def checkbox(done: bool) -> str:
    """The check box shown before an item."""
    return "[x]" if done else "[ ]"


def level_mark(level: str) -> str:
    """The mark of a level ("●" for essential); a level the app does not know shows as "·"."""
    return LEVEL_MARKS.get(level, "·")


def level_legend() -> Content:
    """What the marks mean, one level a line."""
    return Content("\n").join(
        Content.assemble((f"{mark} ", "bold"), level_name(level).lower())
        for level, mark in LEVEL_MARKS.items()
    )


def highlighted_passage(citation: Citation, paragraph_index: int) -> Content:
    """One paragraph of the cited document, with the quoted words highlighted where they fall."""
    document = citation.document
    start, end = document.paragraphs[paragraph_index]
    lo, hi = max(citation.start, start), min(citation.end, end)
    if lo >= hi:
        return literal(document.text[start:end])
    # Each piece is made safe on its own: a stand-in may be longer than what it stands for.
    return Content.assemble(
        literal(document.text[start:lo]),
        literal(document.text[lo:hi], QUOTE_STYLE),
        literal(document.text[hi:end]),
    )


def quote_line(passage: Content, width: int) -> int:
    """The line on which the highlighted quote begins once the passage is wrapped to a width."""
    for number, line in enumerate(passage.wrap(max(1, width))):
        if any(span.style == QUOTE_STYLE for span in line.spans):
            return number
    return 0

"""Turn pack text into Textual `Content` that shows exactly as written.

Pack text is untrusted: "[PMOI/MEK]" must not be read as markup, and a control character must
not reach the terminal. Everything the app shows from the pack goes through `literal`.
"""

from __future__ import annotations

from textual.content import Content

from separ.pack import Citation, Item

# C0 controls and DEL become their visible "control picture" (ESC shows as ␛), except the
# line breaks and tabs that text legitimately has.
_CONTROL_PICTURES = {code: 0x2400 + code for code in range(0x20) if chr(code) not in "\n\t"}
_CONTROL_PICTURES[0x7F] = 0x2421


def visible(text: str) -> str:
    """Text with every control character replaced by a visible symbol."""
    return text.translate(_CONTROL_PICTURES)


def literal(text: str, style: str = "") -> Content:
    """Content that shows the text character for character, never as markup."""
    return Content.styled(visible(text), style) if style else Content(visible(text))


def checkbox(done: bool) -> str:
    """The check box shown before an item."""
    return "[x]" if done else "[ ]"


def item_prompt(item: Item, done: bool) -> Content:
    """An item's line in the list: its box, its title and its level."""
    return Content.assemble(
        (checkbox(done) + " ", "bold" if done else ""),
        literal(item.title, "dim" if done else ""),
        (f"  {item.level}", "italic dim"),
    )


def highlighted_passage(citation: Citation, paragraph_index: int) -> Content:
    """One paragraph of the cited document, with the quoted words highlighted where they fall."""
    document = citation.document
    start, end = document.paragraphs[paragraph_index]
    text = visible(document.text[start:end])
    content = Content(text)
    lo, hi = max(citation.start, start), min(citation.end, end)
    if lo < hi:
        content = content.stylize("bold reverse", lo - start, hi - start)
    return content

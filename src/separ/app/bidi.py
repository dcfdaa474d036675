"""Which way the app's text runs, and the few helpers every screen uses to draw it that way.

In English nothing changes: each helper hands back what it was given. In Persian, text goes
through the paragraph machinery (`separ.app.widgets.paragraph`): paragraphs as `Bidi` visuals,
short one-line labels (border titles, footer keys, buttons, notifications) through `label`.
The display mode (does Separ reorder, or the terminal?) is the app's, set when it starts and
whenever the person changes it.
"""

from __future__ import annotations

from textual.content import Content

from separ.app.widgets.paragraph import LRM, RLM, Bidi, one_line, styled_lines
from separ.i18n import current_language
from separ.i18n.rtl import SEPAR_REORDERS

_state = {"mode": SEPAR_REORDERS}

PREDRAWN: dict[tuple[str, str], str] = {
    ("فارسی", SEPAR_REORDERS): "\ufbfd\ufeb3\ufead\ufe8e\ufed3",
}
"""Persian words the English interface draws before its first frame (the key that switches to
Persian), as `separ.i18n.rtl.label` draws them: the English start-up then loads no shaping or
reordering code (a test keeps these equal to what the machinery draws)."""


def set_mode(mode: str) -> None:
    """Draw right-to-left text in this display mode from now on."""
    _state["mode"] = mode


def mode() -> str:
    """The display mode: "separ" (Separ reorders) or "terminal" (the terminal does)."""
    return _state["mode"]


def rtl() -> bool:
    """Whether the interface reads right to left (Persian)."""
    return current_language() == "fa"


def label(text: str | Content) -> str | Content:
    """A one-line label Textual draws itself (a border title, a button, a footer key): in
    Persian, shaped and reordered where Separ reorders, its styles kept (as Content, never read
    as markup). A Persian word in the English interface (the key that switches to Persian) is
    drawn the same way; anything else in English is handed back as it came."""
    content = Content(text) if isinstance(text, str) else text
    if rtl():
        return one_line(content, mode())
    if any("\u0600" <= char <= "\u06ff" for char in content.plain):
        drawn = PREDRAWN.get((content.plain, mode()))
        if drawn is not None and not content.spans:
            return Content(drawn)
        return one_line(content, mode(), direction=None)
    return text


def label_text(text: str) -> str:
    """`label` as plain text, for what takes no styles (a placeholder, a palette's words)."""
    drawn = label(text)
    return drawn if isinstance(drawn, str) else drawn.plain


def shown(content: Content, direction: str | None = "rtl") -> Content | Bidi:
    """Content for a widget that takes a visual (a Static, an option's prompt): in Persian, laid
    out right to left (`direction` None: each paragraph takes its first strong letter's)."""
    return Bidi(content, mode(), direction) if rtl() else content


def lines(content: Content, width: int, direction: str | None = "rtl") -> list[Content]:
    """Content as lines drawn at a width, for text that Textual wraps itself (a notification)."""
    if not rtl():
        return [content]
    return styled_lines(content, width, mode(), direction)


def marked(content: Content, lang: str | None) -> Content:
    """A paragraph whose direction is its language's, whatever its first word: Persian pack
    text that starts with "Signal" still reads from the right. Where the language is not known
    (None), the paragraph takes the direction of its first letter."""
    if not rtl() or lang is None:
        return content
    return Content.assemble(RLM if lang == "fa" else LRM, content)


def ui(content: Content | str) -> Content:
    """An interface paragraph: right to left in Persian, whatever its first word."""
    content = Content(content) if isinstance(content, str) else content
    return marked(content, "fa")

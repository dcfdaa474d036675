"""The one paragraph widget that knows right from left: every text that may be Persian is shown
through it, and no other widget reorders text.

It takes text in logical order (as stored, searched and exported), in pieces that may carry a
style, and draws it at its width through `separ.i18n.rtl.layout`: wrapped in logical order,
then, where Separ reorders, shaped and reordered line by line; right-to-left paragraphs are
aligned to the right. Every piece passes through `separ.safe` first: pack text is inert here.
"""

from __future__ import annotations

from textual.content import Content
from textual.geometry import Size
from textual.reactive import reactive
from textual.widget import Widget

from separ.i18n.rtl import SEPAR_REORDERS, Line, layout
from separ.safe import safe

Piece = str | tuple[str, str]
"""A piece of a paragraph: text, or (text, style) such as ("Sources", "bold")."""


class Paragraph(Widget):
    """Logical text, drawn right to left where it is Persian, at any width."""

    DEFAULT_CSS = """
    Paragraph {
        height: auto;
    }
    """

    direction: reactive[str | None] = reactive(None, layout=True)
    """"rtl", "ltr", or None: each paragraph takes the direction of its first strong letter."""
    mode: reactive[str | None] = reactive(None, layout=True)
    """"separ" or "terminal" (see `separ.i18n.rtl`); None: the app's `rtl_mode`."""

    def __init__(
        self,
        *pieces: Piece,
        direction: str | None = None,
        mode: str | None = None,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._text, self._styles = _join(pieces)
        self._cache: tuple[tuple, list[Line]] | None = None
        self.set_reactive(Paragraph.direction, direction)
        self.set_reactive(Paragraph.mode, mode)

    @property
    def text(self) -> str:
        """The paragraph's text in logical order, as made safe (what copying should give)."""
        return self._text

    def update(self, *pieces: Piece) -> None:
        """Show other text."""
        self._text, self._styles = _join(pieces)
        self.refresh(layout=True)

    def _mode(self) -> str:
        if self.mode is not None:
            return self.mode
        return getattr(self.app, "rtl_mode", SEPAR_REORDERS)

    def lines(self, width: int) -> list[Line]:
        """The lines as drawn at a width (kept for the last width asked)."""
        key = (self._text, width, self._mode(), self.direction)
        if self._cache is None or self._cache[0] != key:
            self._cache = (key, layout(self._text, width, self._mode(), self.direction))
        return self._cache[1]

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return container.width

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.lines(width))

    def render(self) -> Content:
        rows = [self._styled(line) for line in self.lines(self.size.width)]
        return Content("\n").join(rows)

    def _styled(self, line: Line) -> Content:
        """A drawn line with each character in the style of the piece it came from."""
        runs: list[tuple[str, str]] = []
        for char, offset in zip(line.text, line.offsets, strict=True):
            style = self._styles[offset] if offset >= 0 else ""
            if runs and runs[-1][1] == style:
                runs[-1] = (runs[-1][0] + char, style)
            else:
                runs.append((char, style))
        return Content.assemble(*runs)


def _join(pieces: tuple[Piece, ...]) -> tuple[str, list[str]]:
    """The pieces made safe and joined, and the style of every character."""
    texts: list[str] = []
    styles: list[str] = []
    for piece in pieces:
        text, style = (piece, "") if isinstance(piece, str) else piece
        text = safe(text)
        texts.append(text)
        styles.extend([style] * len(text))
    styles.append("")  # the line break between paragraphs has an offset too
    return "".join(texts), styles

"""A document, or a passage in its context, wrapped to the pane and opened at the quote.

Only the lines on screen are drawn (a whole document can be long), and the lines the quote is
looked for in are the lines that are drawn: the quote's first words are on screen when it opens,
whatever the width.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.visual import RenderOptions

from separ.app.keys import either_layout
from separ.app.text import QUOTE_STYLE
from separ.i18n import N_

CONTEXT_LINES = 2
"""Lines left above the quote when the text opens at it, so it does not start mid-thought."""


class PassageView(ScrollView, can_focus=True):
    """Long text drawn a screenful at a time, scrolled with the arrows, j/k and page keys."""

    BINDINGS = [
        Binding(either_layout("j"), "scroll_down", N_("Down"), show=False),
        Binding(either_layout("k"), "scroll_up", N_("Up"), show=False),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._content = Content("")
        self._lines: list[Content] = []
        self._strips: dict[int, Strip] = {}
        """The lines drawn so far at this width: only those that came on screen."""
        self._width = 0
        self._quote_line = 0
        self._at_quote = True
        """Whether to (re)open at the quote; false once the person has scrolled away."""

    @property
    def quote_line(self) -> int:
        """The wrapped line on which the highlighted quote begins (0 if there is none)."""
        return self._quote_line

    def show(self, content: Content) -> None:
        """Show new text, opened at its highlighted quote."""
        self._content = content
        self._width = 0
        self._at_quote = True
        self._wrap()

    def on_resize(self) -> None:
        self._wrap()

    def _wrap(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._width:
            return
        top_line = self.scroll_y
        self._width = width
        self._lines = self._content.wrap(width)
        self._strips = {}
        self._quote_line = next(
            (
                number
                for number, line in enumerate(self._lines)
                if any(span.style == QUOTE_STYLE for span in line.spans)
            ),
            0,
        )
        self.virtual_size = Size(width, len(self._lines))
        self.refresh()
        # Scroll once the new height is laid out: before, the pane cannot scroll that far.
        self.call_after_refresh(self._settle, top_line)

    def _settle(self, top_line: float) -> None:
        if self._at_quote:
            context = min(CONTEXT_LINES, self.scrollable_content_region.height // 4)
            top_line = max(0, self._quote_line - context)
        self.scroll_to(y=top_line, animate=False, immediate=True)

    def on_mouse_scroll_down(self) -> None:
        self._at_quote = False

    def on_mouse_scroll_up(self) -> None:
        self._at_quote = False

    def on_key(self) -> None:
        # Any key that scrolls ends the promise to keep the quote at the top on a resize.
        self._at_quote = False

    def render_line(self, y: int) -> Strip:
        index = round(self.scroll_y) + y
        width = self.scrollable_content_region.width
        style = self.visual_style.rich_style
        if not 0 <= index < len(self._lines):
            return Strip.blank(width, style)
        strip = self._strips.get(index)
        if strip is None:
            options = RenderOptions(self._get_style, self.styles)
            drawn = self._lines[index].render_strips(width, 1, self.visual_style, options)
            strip = drawn[0] if drawn else Strip.blank(0)
            strip = self._strips[index] = strip.extend_cell_length(width, style).crop(0, width)
        return strip

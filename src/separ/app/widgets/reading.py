"""A pane of text to read: scrolled with the same keys everywhere, and opened where it matters."""

from __future__ import annotations

from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.geometry import Region
from textual.widget import Widget

from separ.app.keys import either_layout
from separ.i18n import N_

CONTEXT_LINES = 2
"""Lines left above a passage the pane is opened at, so it does not start mid-thought."""


class ReadingScroll(VerticalScroll, can_focus=True):
    """A scrolling pane of text: arrows, j/k, page keys, home and end."""

    BINDINGS = [
        Binding(either_layout("j"), "scroll_down", N_("Down"), show=False),
        Binding(either_layout("k"), "scroll_up", N_("Up"), show=False),
    ]

    def show_line(self, child: Widget, line: int) -> None:
        """Scroll so that a line of a child stands near the top, with a little context above."""
        context = min(CONTEXT_LINES, max(0, self.scrollable_content_region.height // 4))
        top = child.virtual_region.y + child.styles.padding.top + line - context
        self.scroll_to_region(
            Region(0, max(0, top), 1, 1), top=True, animate=False, immediate=True, force=True
        )

"""The filter box above the item list: type to search, Down or Enter to go to the results."""

from __future__ import annotations

from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input

from separ.app import bidi
from separ.app.text import InertHighlighter
from separ.i18n import N_, _


class FilterBox(Input):
    """A search box that hands the keyboard to the results with Down (as Enter does)."""

    BINDINGS = [Binding("down", "leave", N_("Results"), show=False)]

    class Leave(Message):
        """The person moved down, into the results."""

    def __init__(self, **kwargs) -> None:
        super().__init__(
            placeholder=bidi.label_text(_("Type to filter items; escape clears")),
            compact=True,
            highlighter=InertHighlighter(),
            **kwargs,
        )

    def action_leave(self) -> None:
        """Go to the results."""
        self.post_message(self.Leave())

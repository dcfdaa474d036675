"""The second way in, beside the checklist: "Something is happening?", one click or key away."""

from __future__ import annotations

from textual import events
from textual.content import Content
from textual.geometry import Size
from textual.widgets import Static

PROMPT = Content.assemble(
    ("Something is happening? ", "bold"),
    ("Press ", "dim"),
    ("u", "bold"),
    (" for what to do now.", "dim"),
)
SHORT_PROMPT = Content.assemble(
    ("Something is happening? ", "bold"), ("Press ", "dim"), ("u", "bold")
)
"""The prompt where the whole of it does not fit on one line."""


def _prompt(width: int) -> Content:
    """The whole prompt where it fits on one line of this width, else the short one."""
    return PROMPT if PROMPT.cell_length <= width else SHORT_PROMPT


class SomethingHappening(Static):
    """A one-line bar above the checklist; a click opens the situations (the `u` key's action)."""

    def __init__(self, **kwargs) -> None:
        super().__init__(markup=False, **kwargs)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        # Measured at the width it is given: rendering here would ask for `self.size`, which
        # lays out the whole screen once more before the first frame (about 5 ms).
        return _prompt(width).get_height(self.styles, width)

    def render(self) -> Content:
        return _prompt(self.size.width)

    async def on_click(self, event: events.Click) -> None:
        event.stop()
        await self.app.run_action("situations")

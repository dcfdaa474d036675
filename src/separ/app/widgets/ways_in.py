"""The second way in, beside the checklist: "Something is happening?", one click or key away."""

from __future__ import annotations

from textual import events
from textual.content import Content
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


class SomethingHappening(Static):
    """A one-line bar above the checklist; a click opens the situations (the `u` key's action)."""

    def __init__(self, **kwargs) -> None:
        super().__init__(markup=False, **kwargs)

    def render(self) -> Content:
        return PROMPT if PROMPT.cell_length <= self.size.width else SHORT_PROMPT

    async def on_click(self, event: events.Click) -> None:
        event.stop()
        await self.app.run_action("situations")

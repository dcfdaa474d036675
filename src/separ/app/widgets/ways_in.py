"""The second way in, beside the checklist: "Something is happening?", one click or key away."""

from __future__ import annotations

from textual import events
from textual.content import Content
from textual.geometry import Size
from textual.visual import Visual
from textual.widgets import Static

from separ.app import bidi
from separ.i18n import N_, _

QUESTION = N_("Something is happening?")
PRESS = N_("Press {key} for what to do now.")
SHORT_PRESS = N_("Press {key}")
"""What is said where the whole of it does not fit on one line."""


def prompt(press: str) -> Content:
    """ "Something is happening? Press u for what to do now.", the key in bold."""
    before, _key, after = _(press).partition("{key}")
    return Content.assemble(
        (_(QUESTION) + " ", "bold"), (before, "dim"), ("u", "bold"), (after, "dim")
    )


def _prompt(width: int) -> Content:
    """The whole prompt where it fits on one line of this width, else the short one."""
    whole = prompt(PRESS)
    return whole if whole.cell_length <= width else prompt(SHORT_PRESS)


class SomethingHappening(Static):
    """A one-line bar above the checklist; a click opens the situations (the `u` key's action)."""

    def __init__(self, **kwargs) -> None:
        super().__init__(markup=False, **kwargs)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        # Measured at the width it is given: rendering here would ask for `self.size`, which
        # lays out the whole screen once more before the first frame (about 5 ms).
        return _prompt(width).get_height(self.styles, width)

    def render(self) -> Visual:
        return bidi.shown(_prompt(self.size.width))

    async def on_click(self, event: events.Click) -> None:
        event.stop()
        await self.app.run_action("situations")

"""Reading one item: why it matters, every step, its sources; tick it, or go to the next one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header

from separ.app import bidi
from separ.app.keys import either_layout
from separ.app.text import literal
from separ.app.widgets.detail import ItemDetail
from separ.app.widgets.footer import KeysFooter
from separ.i18n import N_, _
from separ.i18n.persian import number
from separ.pack import Item

if TYPE_CHECKING:
    from separ.app.screens.main import MainScreen


class ItemScreen(Screen):
    """One item, whole and scrollable; space ticks it, s opens its sources, n and p move on."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", N_("Back")),
        Binding("space", "toggle", N_("Tick")),
        Binding(either_layout("s"), "source", N_("Sources")),
        Binding(either_layout("n"), "next_item", N_("Next")),
        Binding(either_layout("p"), "previous_item", N_("Previous")),
    ]

    def __init__(self, main: MainScreen, item_id: str, ids: list[str]) -> None:
        super().__init__()
        self.main = main
        """The main screen, which keeps the progress and the list this item came from."""
        self.ids = ids or [item_id]
        """The items of that list, for next and previous."""
        self.item_id = item_id

    @property
    def item(self) -> Item:
        """The item being read."""
        item = self.main.pack.item(self.item_id)
        assert item is not None
        return item

    def compose(self) -> ComposeResult:
        yield Header(icon="◈")
        yield ItemDetail(id="reading")

    def on_mount(self) -> None:
        # The footer comes after the first frame of text: reading starts sooner.
        self.mount(KeysFooter())
        self.show_item()
        self.query_one(ItemDetail).focus()

    def show_item(self) -> None:
        """Fill the screen for the current item."""
        item = self.item
        reading = self.query_one(ItemDetail)
        reading.show_item(item, item.id in self.main.done)
        section = self.main.pack.section(item.section_id)
        reading.border_title = bidi.label(literal(section.title)) if section else Content("")
        if item.id in self.ids:
            place = _("{number} of {count}").format(
                number=number(self.ids.index(item.id) + 1), count=number(len(self.ids))
            )
            reading.border_subtitle = bidi.label(Content(place))

    def action_toggle(self) -> None:
        """Tick or untick the item (saved at once, as on the main screen)."""
        done = self.item_id not in self.main.done
        self.main.set_done(self.item_id, done)
        self.query_one(ItemDetail).show_state(self.item_id in self.main.done)

    @on(ItemDetail.ToggleRequested)
    def _toggle_clicked(self) -> None:
        self.action_toggle()

    def action_source(self) -> None:
        """Read the item's sources in context."""
        from separ.app.screens.source import SourceScreen

        self.app.push_screen(SourceScreen(self.item))

    def _move(self, step: int) -> None:
        if len(self.ids) < 2 or self.item_id not in self.ids:
            self.notify(_("This is the only item in the list."))
            return
        index = self.ids.index(self.item_id) + step
        if not 0 <= index < len(self.ids):
            self.notify(_("This is the last item.") if step > 0 else _("This is the first item."))
            return
        self.item_id = self.ids[index]
        self.main.highlight(self.item_id)
        self.show_item()

    def action_next_item(self) -> None:
        """Read the next item of the list."""
        self._move(1)

    def action_previous_item(self) -> None:
        """Read the previous item of the list."""
        self._move(-1)

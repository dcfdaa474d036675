"""The items of a section, or of a search, each with its check box and level."""

from __future__ import annotations

from collections.abc import Sequence

from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from separ.app.text import item_prompt
from separ.pack import Item

_BOX_WIDTH = 4
"""Clicks on the first columns of a line, where "[ ]" stands, tick the item."""


class ItemList(OptionList):
    """Items with their check state. It never changes a state itself: it asks its screen."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    class ToggleRequested(Message):
        """The person asked to tick or untick an item."""

        def __init__(self, item_id: str) -> None:
            super().__init__()
            self.item_id = item_id

    class ItemHighlighted(Message):
        """Another item (or none) is now highlighted."""

        def __init__(self, item_id: str | None) -> None:
            super().__init__()
            self.item_id = item_id

    def __init__(self, **kwargs) -> None:
        super().__init__(markup=False, **kwargs)
        self._items: dict[str, Item] = {}

    @property
    def highlighted_id(self) -> str | None:
        """The id of the highlighted item."""
        option = self.highlighted_option
        return option.id if option is not None else None

    def show_items(self, items: Sequence[Item], done: set[str], keep: str | None = None) -> None:
        """Show these items, keeping the highlight on `keep` (or the current item) if present."""
        keep = keep or self.highlighted_id
        self._items = {item.id: item for item in items}
        self.set_options(Option(item_prompt(item, item.id in done), id=item.id) for item in items)
        ids = list(self._items)
        self.highlighted = ids.index(keep) if keep in self._items else (0 if ids else None)

    def show_state(self, item_id: str, done: bool) -> None:
        """Redraw one item's box after its state changed."""
        item = self._items.get(item_id)
        if item is not None:
            self.replace_option_prompt(item_id, item_prompt(item, done))

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.ToggleRequested(event.option.id))

    def _on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.post_message(self.ItemHighlighted(event.option.id))

    async def _on_click(self, event: events.Click) -> None:
        event.prevent_default()  # OptionList's own click handler would select (tick) the line
        clicked = event.style.meta.get("option")
        if clicked is None or self._options[clicked].disabled:
            return
        self.highlighted = clicked
        offset = event.get_content_offset(self)
        if offset is not None and offset.x < _BOX_WIDTH:
            self.action_select()

"""The items of a section, or of a search: each with its check box, level mark and title."""

from __future__ import annotations

from collections.abc import Sequence

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from separ.app import bidi
from separ.app.keys import either_layout
from separ.app.listing import FIELD_NAMES, Row
from separ.app.text import checkbox, level_mark, literal, untranslated
from separ.app.widgets.hanging import Hanging
from separ.i18n import N_, _

BOX_WIDTH = 4
"""Clicks on the first columns of a line, where "[ ]" stands, tick the item (the last columns in
Persian, where the line is mirrored)."""


def item_prompt(row: Row, done: bool) -> Hanging:
    """An item's line: its box and level mark, then its title, wrapped under the title (in
    Persian: the box at the right edge, the mark, then the title read from the right)."""
    item = row.item
    box = (checkbox(done), "bold" if done else "")
    mark = (level_mark(item.level), "bold" if item.level == "essential" else "dim")
    title = Content.assemble(literal(item.title, "dim" if done else ""), untranslated(item))
    if row.matched:
        where = ", ".join(_(FIELD_NAMES[field]) for field in row.matched)
        title = Content.assemble(
            title, ("  · " + _("in {parts}").format(parts=where), "italic dim")
        )
    if bidi.rtl():
        lead = Content.assemble(" ", mark, " ", box)
        return Hanging([(lead, bidi.marked(title, item.lang))], rtl=True, mode=bidi.mode())
    lead = Content.assemble((box[0] + " ", box[1]), (mark[0] + " ", mark[1]))
    return Hanging([(lead, title)])


class ItemList(OptionList):
    """Items with their check state. It never changes a state itself: it asks its screen."""

    BINDINGS = [
        Binding("enter", "open", N_("Read")),
        Binding(either_layout("j"), "cursor_down", N_("Down"), show=False),
        Binding(either_layout("k"), "cursor_up", N_("Up"), show=False),
    ]

    class ToggleRequested(Message):
        """The person asked to tick or untick an item."""

        def __init__(self, item_id: str) -> None:
            super().__init__()
            self.item_id = item_id

    class OpenRequested(Message):
        """The person asked to read an item."""

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
        self._rows: dict[str, Row] = {}
        self._lines_width = 0
        """The width the cached line counts were measured at."""

    def _update_lines(self) -> None:
        # Options can be set while the list is still at a passing width (the layout settles
        # after the first refresh); wrapped titles must be measured again at the width they get.
        width = self.scrollable_content_region.width
        if width != self._lines_width:
            self._lines_width = width
            self._option_render_cache.clear()
            self._line_cache.clear()
        super()._update_lines()

    @property
    def highlighted_id(self) -> str | None:
        """The id of the highlighted item."""
        option = self.highlighted_option
        return option.id if option is not None else None

    @property
    def item_ids(self) -> list[str]:
        """The ids of the items shown, in order (section headings left out)."""
        return list(self._rows)

    def show_rows(
        self,
        rows: Sequence[Row],
        done: set[str],
        keep: str | None = None,
        headings: bool = False,
        empty: Content | None = None,
    ) -> None:
        """Show these rows, keeping the highlight on `keep` (or the current item) if present.

        With `headings`, each section's title stands above its items (for search results);
        `empty` is what to say when there is no row.
        """
        keep = keep or self.highlighted_id
        self._rows = {row.item.id: row for row in rows}
        options: list[Option] = []
        section_id = None
        for row in rows:
            if headings and row.section.id != section_id:
                section_id = row.section.id
                heading = literal(row.section.title, "bold underline")
                options.append(
                    Option(bidi.shown(bidi.marked(heading, row.section.lang), None), disabled=True)
                )
            options.append(Option(item_prompt(row, row.item.id in done), id=row.item.id))
        if not options and empty is not None:
            options.append(Option(bidi.shown(empty), disabled=True))
        self.set_options(options)
        if keep in self._rows:
            self.highlighted = self.get_option_index(keep)
        elif self._rows:
            self.highlighted = self.get_option_index(next(iter(self._rows)))
        else:
            self.highlighted = None
            self.post_message(self.ItemHighlighted(None))

    def show_state(self, item_id: str, done: bool) -> None:
        """Redraw one item's box after its state changed."""
        row = self._rows.get(item_id)
        if row is not None:
            self.replace_option_prompt(item_id, item_prompt(row, done))

    def action_open(self) -> None:
        """Ask to read the highlighted item."""
        if self.highlighted_id is not None:
            self.post_message(self.OpenRequested(self.highlighted_id))

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()

    def _on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.post_message(self.ItemHighlighted(event.option.id))

    async def _on_click(self, event: events.Click) -> None:
        event.prevent_default()  # OptionList's own click handler would select the line
        clicked = event.style.meta.get("option")
        if clicked is None or self._options[clicked].disabled:
            return
        self.highlighted = clicked
        item_id = self._options[clicked].id
        if item_id is None:
            return
        offset = event.get_content_offset(self)
        width = self.scrollable_content_region.width
        on_box = offset is not None and (
            offset.x >= width - BOX_WIDTH if bidi.rtl() else offset.x < BOX_WIDTH
        )
        if on_box:
            self.post_message(self.ToggleRequested(item_id))
        else:
            self.post_message(self.OpenRequested(item_id))

"""The main screen: sections, the items of the chosen section, and the detail of one item."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Horizontal, Vertical
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, OptionList, Static

from separ.app.text import InertHighlighter, literal
from separ.app.widgets.detail import DetailPane
from separ.app.widgets.items import ItemList
from separ.app.widgets.sections import SectionList
from separ.pack import Item, Pack
from separ.progress import ProgressStore

BAR_WIDTH = 24
"""Columns of the overall progress bar."""


def matches(item: Item, words: list[str]) -> bool:
    """Whether every word of a search occurs in the item's title, why or steps."""
    haystack = " ".join((item.title, item.why, *item.steps)).casefold()
    return all(word in haystack for word in words)


class MainScreen(Screen):
    """Browse sections and items, tick them off, and open their sources."""

    BINDINGS = [
        Binding("space", "toggle", "Tick"),
        Binding("s", "source", "Source"),
        Binding("slash", "filter", "Filter"),
        Binding("h", "hide_done", "Hide done"),
        Binding("escape", "clear_filter", "Clear filter", show=False),
    ]

    section_id: reactive[str] = reactive("", init=False)
    """The section whose items are listed (when no filter is active)."""
    filter_text: reactive[str] = reactive("", init=False)
    """The search typed after `/`; empty when items are not filtered."""
    hide_done: reactive[bool] = reactive(False, init=False)
    """Whether completed items are hidden from the list."""

    def __init__(self, pack: Pack, store: ProgressStore, welcome: str | None = None) -> None:
        super().__init__()
        self.pack = pack
        self.store = store
        self.welcome = welcome
        self.done: set[str] = store.done_ids()

    def compose(self) -> ComposeResult:
        yield Header(icon="◈")
        if self.welcome:
            yield Static(literal(self.welcome), id="welcome")
        with Horizontal(id="body"):
            with Vertical(id="sections-pane"):
                yield SectionList(self.pack.sections, id="sections")
                yield Static(id="overall", markup=False)
            with Container(id="work"):
                with Vertical(id="items-pane"):
                    yield ItemList(id="items")
                yield DetailPane(id="detail")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#sections-pane").border_title = "Sections"
        self.query_one("#detail").border_title = "Details"
        self.query_one(SectionList).show_progress(self.done)
        self._show_overall()
        if self.pack.sections:
            self.section_id = self.pack.sections[0].id
        self.query_one(ItemList).focus()

    # What is shown -----------------------------------------------------------------------------

    def visible_items(self) -> list[Item]:
        """The items the list should show for the current section, filter and hiding."""
        words = self.filter_text.casefold().split()
        if words:
            items = [item for item in self.pack.items if matches(item, words)]
        else:
            section = self.pack.section(self.section_id)
            items = list(section.items) if section else []
        if self.hide_done:
            items = [item for item in items if item.id not in self.done]
        return items

    def refresh_items(self, keep: str | None = None) -> None:
        """Refill the item list and its title from the current state."""
        items = self.visible_items()
        pane = self.query_one("#items-pane")
        if self.filter_text.strip():
            title = Content.assemble("Search: ", literal(self.filter_text.strip()))
        else:
            section = self.pack.section(self.section_id)
            title = literal(section.title) if section else Content("Items")
        hidden = " · done hidden" if self.hide_done else ""
        pane.border_title = title
        count = f"{len(items)} item" if len(items) == 1 else f"{len(items)} items"
        pane.border_subtitle = Content(f"{count}{hidden}")
        self.query_one(ItemList).show_items(items, self.done, keep=keep)
        self._show_detail(self.query_one(ItemList).highlighted_id)

    def _show_detail(self, item_id: str | None) -> None:
        item = self.pack.item(item_id) if item_id else None
        self.query_one(DetailPane).show_item(item, item is not None and item.id in self.done)

    def _show_overall(self) -> None:
        total = len(self.pack.items)
        finished = sum(item.id in self.done for item in self.pack.items)
        share = finished / total if total else 0.0
        filled = round(share * BAR_WIDTH)
        self.query_one("#overall", Static).update(
            Content.assemble(
                f"Overall: {finished} of {total} done\n",
                ("━" * filled, "bold"),
                ("╌" * (BAR_WIDTH - filled), "dim"),
                f" {share:4.0%}",
            )
        )

    def watch_section_id(self) -> None:
        self.refresh_items()

    def watch_filter_text(self) -> None:
        self.refresh_items()

    def watch_hide_done(self) -> None:
        self.refresh_items()

    # Events from the widgets ------------------------------------------------------------------

    @on(OptionList.OptionHighlighted, "#sections")
    def _section_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id and event.option.id != self.section_id:
            if self.filter_text:
                self.action_clear_filter()
            self.section_id = event.option.id

    @on(OptionList.OptionSelected, "#sections")
    def _section_selected(self) -> None:
        self.query_one(ItemList).focus()

    @on(ItemList.ItemHighlighted)
    def _item_highlighted(self, event: ItemList.ItemHighlighted) -> None:
        self._show_detail(event.item_id)

    @on(ItemList.ToggleRequested)
    def _toggle_requested(self, event: ItemList.ToggleRequested) -> None:
        self.set_done(event.item_id, event.item_id not in self.done)

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.filter_text = event.value

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self) -> None:
        self.query_one(ItemList).focus()

    # Actions ------------------------------------------------------------------------------------

    def set_done(self, item_id: str, done: bool) -> None:
        """Save a tick, then show it: the screen never shows a state that is not on disk."""
        try:
            self.store.set_done(item_id, done)
        except Exception as error:
            self.notify(f"Could not save: {error}", markup=False, severity="error", timeout=10)
            return
        if done:
            self.done.add(item_id)
        else:
            self.done.discard(item_id)
        items = self.query_one(ItemList)
        if self.hide_done and done:
            self.refresh_items(keep=self._neighbour(item_id))
        else:
            items.show_state(item_id, done)
            self._show_detail(items.highlighted_id)
        self.query_one(SectionList).show_progress(self.done)
        self._show_overall()

    def _neighbour(self, item_id: str) -> str | None:
        """The item after (or before) one that is about to leave the list."""
        ids = [item.id for item in self.visible_items()]
        shown = [option.id for option in self.query_one(ItemList).options]
        if item_id in shown:
            index = shown.index(item_id)
            for candidate in shown[index + 1 :] + shown[:index][::-1]:
                if candidate in ids:
                    return candidate
        return None

    def action_toggle(self) -> None:
        """Tick or untick the highlighted item."""
        item_id = self.query_one(ItemList).highlighted_id
        if item_id is not None:
            self.set_done(item_id, item_id not in self.done)

    def action_source(self) -> None:
        """Open the source view of the highlighted item."""
        from separ.app.screens.source import SourceScreen

        item_id = self.query_one(ItemList).highlighted_id
        item = self.pack.item(item_id) if item_id else None
        if item is None:
            self.notify("Highlight an item first.", severity="warning")
            return
        self.app.push_screen(SourceScreen(item))

    async def action_filter(self) -> None:
        """Show the filter box (made the first time it is asked for) and put the cursor in it."""
        boxes = self.query("#filter")
        if boxes:
            box = boxes.first(Input)
        else:
            box = Input(
                placeholder="Type to filter items; escape clears",
                id="filter",
                highlighter=InertHighlighter(),
            )
            await self.query_one("#items-pane").mount(box, before=0)
        box.display = True
        box.focus()

    def _close_filter(self) -> None:
        for box in self.query("#filter").results(Input):
            box.value = ""
            box.display = False
        self.filter_text = ""

    def action_clear_filter(self) -> None:
        """Clear and hide the filter, back to the section's items."""
        self._close_filter()
        self.query_one(ItemList).focus()

    def action_hide_done(self) -> None:
        """Hide completed items, or show them again."""
        self.hide_done = not self.hide_done
        self.notify("Completed items hidden." if self.hide_done else "Completed items shown.")

    def jump_to(self, item_id: str) -> None:
        """Show an item in its section, highlighted and focused (from the command palette)."""
        item = self.pack.item(item_id)
        if item is None:
            return
        self._close_filter()
        if self.hide_done and item_id in self.done:
            self.hide_done = False
        sections = self.query_one(SectionList)
        sections.highlighted = [s.id for s in self.pack.sections].index(item.section_id)
        self.section_id = item.section_id
        self.refresh_items(keep=item_id)
        self.query_one(ItemList).focus()

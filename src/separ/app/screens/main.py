"""The main screen: the sections, the items of one section (or of a search) and, where there is
room, a preview of the highlighted item. Enter opens an item to read; space ticks it.

Three widths: wide terminals show three columns, medium ones the sections beside the items, and
narrow ones a single pane at a time (the items, or the sections after ←).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container, Vertical
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Header, OptionList, Static

from separ.app import bidi
from separ.app.keys import either_layout
from separ.app.listing import Choice, count_line, list_rows
from separ.app.place import (
    WHERE_SETTING,
    next_where,
    save_place,
    saved_place,
    saved_where,
    where_message,
)
from separ.app.text import level_legend, literal
from separ.app.widgets.footer import KeysFooter
from separ.app.widgets.items import ItemList
from separ.app.widgets.sections import OverallProgress, SectionList
from separ.app.widgets.ways_in import SomethingHappening
from separ.i18n import N_, _
from separ.pack import Pack
from separ.progress import ProgressStore

if TYPE_CHECKING:
    from separ.app.widgets.detail import ItemDetail
    from separ.app.widgets.filter import FilterBox

POLL_SECONDS = 0.5
"""How often to look for ticks made by another copy of Separ (a cheap SQLite pragma)."""
REMEMBER_SECONDS = 0.6
"""How long the highlight must rest before the place is written down."""


class MainScreen(Screen):
    """Browse sections and items, tick them off, and open them to read."""

    BINDINGS = [
        # Before the list's own (useless) sideways scrolling; never while typing in the filter.
        Binding("left", "toward_sections('left')", N_("Sections"), priority=True),
        Binding("right", "toward_sections('right')", N_("Sections"), priority=True),
        Binding("space", "toggle", N_("Tick")),
        Binding(either_layout("s"), "source", N_("Source")),
        Binding("slash", "filter", N_("Find")),
        Binding("tab", "switch_pane(1)", N_("Next pane"), show=False),
        Binding("shift+tab", "switch_pane(-1)", N_("Previous pane"), show=False),
        Binding(either_layout("h"), "hide_done", N_("Hide done"), show=False),
        Binding(either_layout("1"), "essentials", N_("Essentials only"), show=False),
        Binding(either_layout("w"), "where", N_("Where you are"), show=False),
        Binding("escape", "back", N_("Back"), show=False),
    ]

    section_id: reactive[str] = reactive("", init=False)
    """The section whose items are listed (when no filter is active)."""
    filter_text: reactive[str] = reactive("", init=False)
    """The search typed after `/`; empty when items are not filtered."""
    hide_done: reactive[bool] = reactive(False, init=False)
    """Whether completed items are hidden from the list."""
    essentials_only: reactive[bool] = reactive(False, init=False)
    """Whether only the essential items are listed."""
    where: reactive[str | None] = reactive(None, init=False)
    """Only what applies "inside" or "abroad" (and everywhere); None shows everything."""
    pane: reactive[str] = reactive("items", init=False)
    """On narrow terminals, the one pane shown: "items" or "sections"."""

    def __init__(
        self, pack: Pack, store: ProgressStore, welcome: list[tuple[Content, bool]] | None = None
    ) -> None:
        super().__init__()
        self.pack = pack
        self.store = store
        self.welcome = welcome or []
        """Lines to show above the checklist at first, each with whether small terminals keep it."""
        self.done: set[str] = store.done_ids()
        self._data_version = store.data_version()
        self._remember_timer = None
        self._item_id: str | None = None
        """The highlighted item, as last reported by the list."""
        self._filter: FilterBox | None = None
        """The filter box, made the first time it is asked for."""

    def compose(self) -> ComposeResult:
        yield Header(icon="◈")
        for line, essential in self.welcome:
            yield Static(
                bidi.shown(line),
                classes="welcome" + ("" if essential else " -optional"),
                markup=False,
            )
        yield SomethingHappening(id="ways-in")
        with Container(id="body"):
            with Vertical(id="side"):
                with Vertical(id="sections-pane"):
                    yield SectionList(self.pack.sections, id="sections")
                    yield OverallProgress(id="overall")
                yield Static(bidi.shown(level_legend()), id="legend", markup=False)
            with Container(id="work"), Vertical(id="items-pane"):
                yield ItemList(id="items")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one("#sections-pane").border_title = bidi.label(_("Sections"))
        self.set_reactive(MainScreen.where, saved_where(self.store))
        self._show_progress()
        self._restore_place()
        self.query_one(ItemList).focus()
        self.set_interval(POLL_SECONDS, self._check_other_copies)

    def _restore_place(self) -> None:
        """Open at the section and item the person was on last time (or at the first)."""
        section_id, keep = saved_place(self.store, self.pack)
        if section_id is not None:
            ids = [s.id for s in self.pack.sections]
            self.query_one(SectionList).highlighted = ids.index(section_id)
            self.set_reactive(MainScreen.section_id, section_id)
        self.refresh_items(keep=keep)

    # What is shown -----------------------------------------------------------------------------

    @property
    def choice(self) -> Choice:
        """What the person chose to see, as the listing understands it."""
        return Choice(
            section_id=self.section_id,
            search=self.filter_text,
            essentials_only=self.essentials_only,
            where=self.where,
            hide_done=self.hide_done,
        )

    @property
    def narrow(self) -> bool:
        """Whether one pane is shown at a time."""
        return self.has_class("-narrow")

    def refresh_items(self, keep: str | None = None) -> None:
        """Refill the item list and its titles from the current state."""
        choice = self.choice
        rows = list_rows(self.pack, choice, self.done)
        pane = self.query_one("#items-pane")
        searching = bool(choice.search.strip())
        if searching:
            before, _words, after = _("Search: {words}").partition("{words}")
            title = Content.assemble(before, literal(choice.search.strip()), after)
        else:
            section = self.pack.section(self.section_id)
            title = literal(section.title) if section else Content(_("Items"))
        pane.border_title = bidi.label(title)
        pane.border_subtitle = bidi.label(Content(count_line(len(rows), choice)))
        empty = Content.styled(
            _("No item matches. Escape clears the search.") if searching else _("No item to show."),
            "italic",
        )
        items = self.query_one(ItemList)
        items.show_rows(rows, self.done, keep=keep, headings=searching, empty=empty)
        self._show_detail(items.highlighted_id)

    def _preview(self) -> ItemDetail | None:
        """The preview of the highlighted item, once the terminal has had room for it."""
        found = self.query("#detail")
        return found.first() if found else None  # type: ignore[return-value]

    def _show_detail(self, item_id: str | None) -> None:
        preview = self._preview()
        if preview is None:
            return
        item = self.pack.item(item_id) if item_id else None
        hint = _("No item to show. Escape clears the search; h shows completed items.")
        preview.show_item(item, item is not None and item.id in self.done, hint)

    def _show_overall(self) -> None:
        shown = [item for item in self.pack.items if item.applies_to(self.where)]
        finished = sum(item.id in self.done for item in shown)
        self.query_one(OverallProgress).show(finished, len(shown))

    def watch_section_id(self) -> None:
        self.refresh_items()
        self._remember_place()

    def watch_filter_text(self) -> None:
        self.refresh_items()

    def watch_hide_done(self) -> None:
        self.refresh_items()

    def watch_essentials_only(self) -> None:
        self.refresh_items()

    def watch_where(self) -> None:
        self.refresh_items()
        self._show_progress()

    def watch_pane(self, pane: str) -> None:
        self.set_class(pane == "sections", "-pane-sections")
        self.refresh_bindings()

    async def on_resize(self) -> None:
        self.refresh_bindings()
        # The preview is made only where there is room to show it: on a medium terminal it
        # would be hidden, and it is a dozen widgets to style before the first frame.
        wide = self.has_class("-wide") or (self.has_class("-medium") and self.has_class("-tall"))
        if wide and self._preview() is None:
            from separ.app.widgets.detail import ItemDetail

            preview = ItemDetail(id="detail")
            preview.border_title = bidi.label(_("Details"))
            await self.query_one("#work").mount(preview)
            self._show_detail(self.query_one(ItemList).highlighted_id)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Show "← Sections" only where the sections are out of sight."""
        if action == "toward_sections":
            # The sections stand on the left, or on the right in Persian: the arrow toward them.
            toward = parameters == ("right" if bidi.rtl() else "left",)
            typing = self.focused is not None and self.focused.id == "filter"
            return toward and self.narrow and self.pane == "items" and not typing
        if action in ("toggle", "source") and self.narrow:
            # With only the sections in sight, there is no item to tick or read.
            return self.pane == "items"
        return True

    # Events from the widgets ------------------------------------------------------------------
    # Handled by name rather than with @on(..., selector): no selector to parse at start.

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_list.id != "sections":
            return
        if event.option_index != event.option_list.highlighted:
            return  # overtaken by a later highlight (as when the place is restored at start)
        if event.option.id and event.option.id != self.section_id:
            if self.filter_text:
                self._close_filter()
            self.section_id = event.option.id

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list.id == "sections":
            self.pane = "items"
            self.query_one(ItemList).focus()

    def on_item_list_item_highlighted(self, event: ItemList.ItemHighlighted) -> None:
        self._item_id = event.item_id
        self._show_detail(event.item_id)
        self._remember_place()

    def on_item_list_toggle_requested(self, event: ItemList.ToggleRequested) -> None:
        self.set_done(event.item_id, event.item_id not in self.done)

    def on_item_detail_toggle_requested(self, event: ItemDetail.ToggleRequested) -> None:
        self.set_done(event.item_id, event.item_id not in self.done)

    def on_item_list_open_requested(self, event: ItemList.OpenRequested) -> None:
        self.open_item(event.item_id)

    # The filter box is made when first asked for: its messages are handled by name, so that
    # its module is not imported before the first frame.
    def on_input_changed(self, event) -> None:
        if event.input.id == "filter":
            self.filter_text = event.value

    def on_input_submitted(self, event) -> None:
        if event.input.id == "filter":
            self.query_one(ItemList).focus()

    def on_filter_box_leave(self) -> None:
        self.query_one(ItemList).focus()

    def on_descendant_focus(self) -> None:
        if self.narrow:
            focused = self.focused
            in_side = focused is not None and self.query_one("#side") in focused.ancestors_with_self
            self.pane = "sections" if in_side else "items"

    # Progress ----------------------------------------------------------------------------------

    def set_done(self, item_id: str, done: bool) -> None:
        """Save a tick, then show it: the screen never shows a state that is not on disk."""
        try:
            self.store.set_done(item_id, done)
        except Exception as error:
            message = _("Could not save: {error}").format(error=error)
            self.notify(message, markup=False, severity="error", timeout=10)
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
            preview = self._preview()
            if preview is not None and items.highlighted_id == item_id:
                preview.show_state(done)
        self._show_progress()

    def _show_progress(self) -> None:
        self.query_one(SectionList).show_progress(self.done, self.where)
        self._show_overall()

    def _neighbour(self, item_id: str) -> str | None:
        """The item after (or before) one that is about to leave the list."""
        shown = self.query_one(ItemList).item_ids
        if item_id not in shown:
            return None
        index = shown.index(item_id)
        for candidate in shown[index + 1 :] + shown[:index][::-1]:
            if candidate not in self.done:
                return candidate
        return None

    def _check_other_copies(self) -> None:
        """Show ticks that another copy of Separ saved since we last looked."""
        try:
            version = self.store.data_version()
        except Exception:
            return  # the file went away (wiped): what is shown stays as it is
        if version == self._data_version:
            return
        self._data_version = version
        done = self.store.done_ids()
        if done == self.done:
            return
        self.done = done
        self.refresh_items()
        self._show_progress()

    def _remember_place(self) -> None:
        """Write down the section and item once the highlight rests (not on every key)."""
        if self._remember_timer is not None:
            self._remember_timer.stop()
        self._remember_timer = self.set_timer(REMEMBER_SECONDS, self.remember_place)

    def remember_place(self) -> None:
        """Save the section and item shown, for the next start."""
        self._remember_timer = None
        if self.section_id and not self.filter_text.strip():
            save_place(self.store, self.section_id, self._item_id)

    def on_unmount(self) -> None:
        if self._remember_timer is not None:
            self.remember_place()

    # Actions ------------------------------------------------------------------------------------

    def action_read(self) -> None:
        """Open the highlighted item to read."""
        item_id = self.query_one(ItemList).highlighted_id
        if item_id is not None:
            self.open_item(item_id)

    def action_toggle(self) -> None:
        """Tick or untick the highlighted item."""
        item_id = self.query_one(ItemList).highlighted_id
        if item_id is not None:
            self.set_done(item_id, item_id not in self.done)

    def open_item(self, item_id: str) -> None:
        """Open an item to read, with the list it was chosen from for next and previous."""
        from separ.app.screens.item import ItemScreen

        if self.pack.item(item_id) is not None:
            self.app.push_screen(ItemScreen(self, item_id, self.query_one(ItemList).item_ids))

    def action_source(self) -> None:
        """Open the source view of the highlighted item."""
        from separ.app.screens.source import SourceScreen

        item_id = self.query_one(ItemList).highlighted_id
        item = self.pack.item(item_id) if item_id else None
        if item is None:
            self.notify(_("Highlight an item first."), severity="warning")
            return
        self.app.push_screen(SourceScreen(item))

    async def action_filter(self) -> None:
        """Show the filter box (made the first time it is asked for) and put the cursor in it."""
        from separ.app.widgets.filter import FilterBox

        self.pane = "items"
        if self._filter is None:
            self._filter = FilterBox(id="filter")
            await self.query_one("#items-pane").mount(self._filter, before=0)
        self._filter.display = True
        self._filter.focus()

    def _close_filter(self) -> None:
        if self._filter is not None:
            self._filter.value = ""
            self._filter.display = False
        self.filter_text = ""

    def action_back(self) -> None:
        """Clear the filter; on a narrow terminal with no filter, go to the sections."""
        if self.filter_text or (self._filter is not None and self._filter.display):
            self._close_filter()
            self.query_one(ItemList).focus()
        elif self.narrow and self.pane == "items":
            self.action_show_sections()

    def action_toward_sections(self, side: str) -> None:
        """The arrow toward the sections (← in English, → in Persian) shows them."""
        self.action_show_sections()

    def action_show_sections(self) -> None:
        """Go to the list of sections."""
        self.pane = "sections"
        self.query_one(SectionList).focus()

    def action_switch_pane(self, step: int) -> None:
        """The next (1) or previous (-1) pane; on a narrow terminal, the other one of two."""
        if not self.narrow:
            self.focus_next() if step > 0 else self.focus_previous()
        elif self.pane == "items":
            self.action_show_sections()
        else:
            self.pane = "items"
            self.query_one(ItemList).focus()

    def action_hide_done(self) -> None:
        """Hide completed items, or show them again."""
        self.hide_done = not self.hide_done
        self.notify(_("Completed items hidden.") if self.hide_done else _("Completed items shown."))

    def action_essentials(self) -> None:
        """List only the essential items, or every level again."""
        self.essentials_only = not self.essentials_only
        self.notify(
            _("Only the essential items are listed.")
            if self.essentials_only
            else _("Items of every level are listed.")
        )

    def action_where(self, where: str | None = "next") -> None:
        """Show what applies where you are: everything, inside the country, or abroad."""
        self.where = next_where(self.where) if where == "next" else where
        try:
            self.store.set_setting(WHERE_SETTING, self.where or "")
        except Exception as error:
            self.notify(
                _("Could not save: {error}").format(error=error), markup=False, severity="error"
            )
        self.notify(where_message(self.where))

    def highlight(self, item_id: str) -> None:
        """Move the list's highlight to an item it shows (as the item screen moves on)."""
        items = self.query_one(ItemList)
        if item_id in items.item_ids:
            items.highlighted = items.get_option_index(item_id)

    def jump_to(self, item_id: str) -> None:
        """Show an item in its section, highlighted and focused (from the command palette)."""
        item = self.pack.item(item_id)
        if item is None:
            return
        self._close_filter()
        if self.hide_done and item_id in self.done:
            self.hide_done = False
        if self.essentials_only and item.level != "essential":
            self.essentials_only = False
        if not item.applies_to(self.where):
            self.where = None
        sections = self.query_one(SectionList)
        sections.highlighted = [s.id for s in self.pack.sections].index(item.section_id)
        self.section_id = item.section_id
        self.refresh_items(keep=item_id)
        self.pane = "items"
        self.query_one(ItemList).focus()

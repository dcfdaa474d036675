"""Everything about one item, to read: title, state, level, why, steps and where it comes from.

The same widget is the preview beside the list on wide terminals and the whole item screen.
"""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from separ.app.text import checkbox, level_mark, literal
from separ.app.widgets.hanging import Hanging
from separ.app.widgets.reading import ReadingScroll
from separ.pack import Item
from separ.pack.model import APPLIES_LABELS, LEVEL_MEANINGS, OWN_ADVICE

QUOTE_LIMIT = 220
"""Quotes longer than this are shortened here; the source view shows them whole."""


def level_line(level: str) -> Hanging:
    """ "● Essential: the first things to do ...", the level's meaning in the app's words."""
    meaning = LEVEL_MEANINGS.get(level, "")
    body = Content.assemble((level.capitalize(), "bold"), f": {meaning}" if meaning else "")
    return Hanging([(Content(f"{level_mark(level)} "), body)])


def steps_text(item: Item) -> Hanging:
    """The steps, numbered, each wrapped under its own text."""
    return Hanging(
        [
            (Content.styled(f"{number}. ", "bold"), literal(step))
            for number, step in enumerate(item.steps, 1)
        ]
    )


def sources_text(item: Item) -> Content:
    """What each citation shows (advice or threat), its quote, and the source's title."""
    lines = []
    if item.own_advice:
        lines.append(Content.styled(OWN_ADVICE, "italic"))
    for citation in item.citations:
        quote = " ".join(citation.quote.split())
        if len(quote) > QUOTE_LIMIT:
            quote = quote[: QUOTE_LIMIT - 1].rstrip() + "…"
        lines.append(
            Content.assemble(
                (f"{citation.role_label}:\n", "bold"),
                ("“", "italic"),
                literal(quote, "italic"),
                ("”", "italic"),
                ("\n— ", "dim"),
                literal(citation.credit.line(), "dim"),
            )
        )
    return Content("\n\n").join(lines)


class StateLine(Static):
    """ "[ ] Not done yet": a click on it ticks the item."""

    class Clicked(Message):
        """The box was clicked."""

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.post_message(self.Clicked())


class ItemDetail(ReadingScroll):
    """One item to read, scrolled with the arrows, j/k, page keys, home and end."""

    class ToggleRequested(Message):
        """The person clicked the item's box."""

        def __init__(self, item_id: str) -> None:
            super().__init__()
            self.item_id = item_id

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.item: Item | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="detail-title", markup=False)
        yield StateLine(id="detail-state", markup=False)
        yield Static(id="detail-level", markup=False)
        yield Static(id="detail-applies", markup=False)
        yield Static(id="detail-why-label", classes="detail-label", markup=False)
        yield Static(id="detail-why", markup=False)
        yield Static(id="detail-steps-label", classes="detail-label", markup=False)
        yield Static(id="detail-steps", markup=False)
        yield Static(id="detail-sources-label", classes="detail-label", markup=False)
        yield Static(id="detail-sources", markup=False)

    def show_item(self, item: Item | None, done: bool, empty: str = "") -> None:
        """Show an item from its top, or `empty` (a hint) when there is none."""
        changed = item is not self.item
        self.item = item
        parts = {
            part.id: part for part in self.query(Static) if part.id and part.id.startswith("detail")
        }
        if item is None:
            for part in parts.values():
                part.update(Content(""))
                part.display = False
            parts["detail-title"].update(Content(empty))
            parts["detail-title"].display = bool(empty)
            return
        for part in parts.values():
            part.display = True
        parts["detail-title"].update(literal(item.title))
        self.show_state(done)
        parts["detail-level"].update(level_line(item.level))
        applies = item.applies != "everywhere"
        parts["detail-applies"].display = applies
        parts["detail-applies"].update(
            Content(APPLIES_LABELS.get(item.applies, "")) if applies else Content("")
        )
        parts["detail-why-label"].update(Content("Why it matters"))
        parts["detail-why"].update(literal(item.why))
        parts["detail-steps-label"].update(Content("What to do"))
        parts["detail-steps"].update(steps_text(item))
        parts["detail-sources-label"].update(Content("Sources · press s to read them in context"))
        parts["detail-sources"].update(sources_text(item))
        if changed:
            self.scroll_home(animate=False)

    def show_state(self, done: bool) -> None:
        """Redraw the box after the item was ticked or unticked."""
        state = "Done" if done else "Not done yet"
        self.query_one("#detail-state", StateLine).update(
            Content.assemble((f"{checkbox(done)} {state}", "bold" if done else ""))
        )

    def on_state_line_clicked(self, event: StateLine.Clicked) -> None:
        event.stop()
        if self.item is not None:
            self.post_message(self.ToggleRequested(self.item.id))

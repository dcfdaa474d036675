"""Everything about one item, to read: title, state, level, why, steps and where it comes from.

The same widget is the preview beside the list on wide terminals and the whole item screen.
"""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from separ.app import bidi
from separ.app.text import checkbox, level_mark, level_name, literal, untranslated
from separ.app.widgets.hanging import Hanging, hanging
from separ.app.widgets.reading import ReadingScroll
from separ.i18n import _
from separ.i18n.persian import number, quoted
from separ.pack import Item
from separ.pack.model import APPLIES_LABELS, LEVEL_MEANINGS, OWN_ADVICE

QUOTE_LIMIT = 220
"""Quotes longer than this are shortened here; the source view shows them whole."""


def level_line(level: str) -> Hanging:
    """ "● Essential: the first things to do ...", the level's meaning in the app's words."""
    meaning = _(LEVEL_MEANINGS[level]) if level in LEVEL_MEANINGS else ""
    body = Content.assemble(
        (level_name(level), "bold"), _(": {text}").format(text=meaning) if meaning else ""
    )
    return hanging([(Content(f"{level_mark(level)} "), body)])


def steps_text(item: Item) -> Hanging:
    """The steps, numbered, each wrapped under its own text."""
    return hanging(
        [
            (Content.styled(f"{number(n)}. ", "bold"), bidi.marked(literal(step), item.lang))
            for n, step in enumerate(item.steps, 1)
        ]
    )


def sources_text(item: Item) -> Content:
    """What each citation shows (advice or threat), its quote (verbatim, in the source's own
    language) with its translation marked as one, and the source's title."""
    lines = []
    if item.own_advice:
        lines.append(bidi.ui(Content.styled(_(OWN_ADVICE), "italic")))
    for citation in item.citations:
        quote = " ".join(citation.quote.split())
        if len(quote) > QUOTE_LIMIT:
            quote = quote[: QUOTE_LIMIT - 1].rstrip() + "…"
        parts = [
            bidi.ui(Content.styled(_("{label}:").format(label=_(citation.role_label)), "bold")),
            bidi.marked(
                Content.assemble(("“", "italic"), literal(quote, "italic"), ("”", "italic")),
                "en",
            ),
        ]
        if citation.translation and bidi.rtl():
            text = _("Translation: {text}").format(
                text=quoted(" ".join(citation.translation.split()))
            )
            parts.append(bidi.ui(literal(text)))
        parts.append(
            bidi.marked(
                Content.assemble(("— ", "dim"), literal(citation.credit.line(), "dim")), "en"
            )
        )
        lines.append(Content("\n").join(parts))
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
            parts["detail-title"].update(bidi.shown(Content(empty)))
            parts["detail-title"].display = bool(empty)
            return
        for part in parts.values():
            part.display = True
        title = Content.assemble(literal(item.title), untranslated(item))
        parts["detail-title"].update(bidi.shown(bidi.marked(title, item.lang), None))
        self.show_state(done)
        parts["detail-level"].update(level_line(item.level))
        applies = item.applies != "everywhere"
        parts["detail-applies"].display = applies
        where = (
            _(APPLIES_LABELS[item.applies]) if applies and item.applies in APPLIES_LABELS else ""
        )
        parts["detail-applies"].update(bidi.shown(Content(where)))
        parts["detail-why-label"].update(bidi.shown(Content(_("Why it matters"))))
        parts["detail-why"].update(bidi.shown(bidi.marked(literal(item.why), item.lang), None))
        parts["detail-steps-label"].update(bidi.shown(Content(_("What to do"))))
        parts["detail-steps"].update(steps_text(item))
        sources_label = _("Sources · press s to read them in context")
        parts["detail-sources-label"].update(bidi.shown(Content(sources_label)))
        parts["detail-sources"].update(bidi.shown(sources_text(item), None))
        if changed:
            self.scroll_home(animate=False)

    def show_state(self, done: bool) -> None:
        """Redraw the box after the item was ticked or unticked."""
        state = _("Done") if done else _("Not done yet")
        self.query_one("#detail-state", StateLine).update(
            bidi.shown(Content.styled(f"{checkbox(done)} {state}", "bold" if done else ""))
        )

    def on_state_line_clicked(self, event: StateLine.Clicked) -> None:
        event.stop()
        if self.item is not None:
            self.post_message(self.ToggleRequested(self.item.id))

"""The detail pane: everything about the highlighted item, and where it comes from."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from separ.app.text import checkbox, literal
from separ.pack import Item
from separ.pack.model import OWN_ADVICE

_QUOTE_LIMIT = 220
"""Quotes longer than this are shortened in the pane; the source view shows them whole."""


class DetailPane(VerticalScroll, can_focus=True):
    """Title, state, level, why, steps and citations of one item."""

    def compose(self) -> ComposeResult:
        yield Static(id="detail-title", markup=False)
        yield Static(id="detail-meta", markup=False)
        yield Static(id="detail-why", markup=False)
        yield Static(id="detail-steps", markup=False)
        yield Static(id="detail-sources", markup=False)

    def show_item(self, item: Item | None, done: bool) -> None:
        """Show an item (or a hint when there is none)."""
        title = self.query_one("#detail-title", Static)
        meta = self.query_one("#detail-meta", Static)
        why = self.query_one("#detail-why", Static)
        steps = self.query_one("#detail-steps", Static)
        sources = self.query_one("#detail-sources", Static)
        if item is None:
            title.update(Content("No item to show"))
            meta.update(Content("Clear the search (escape) or show completed items (h)."))
            for widget in (why, steps, sources):
                widget.update(Content(""))
            return
        title.update(literal(item.title))
        state = "Done" if done else "Not done yet"
        meta.update(
            Content.assemble(
                (f"{checkbox(done)} {state}", "bold" if done else ""),
                ("  ·  ", "dim"),
                (item.level, "italic"),
            )
        )
        why.update(literal(item.why))
        steps.update(
            Content("\n").join(
                Content.assemble((f"{number}. ", "bold"), literal(step))
                for number, step in enumerate(item.steps, 1)
            )
        )
        lines = [Content.styled("Sources (press s to read them in context)", "bold")]
        if item.own_advice:
            lines.append(Content.styled(OWN_ADVICE, "italic"))
        for citation in item.citations:
            quote = " ".join(citation.quote.split())
            if len(quote) > _QUOTE_LIMIT:
                quote = quote[: _QUOTE_LIMIT - 1].rstrip() + "…"
            lines.append(
                Content.assemble(
                    (f"{citation.role_label}:\n", "bold"),
                    ("“", "italic"),
                    literal(quote, "italic"),
                    ("”", "italic"),
                    ("\n  — ", "dim"),
                    literal(citation.credit.line(), "dim"),
                )
            )
        sources.update(Content("\n").join(lines))
        self.scroll_home(animate=False)

"""The source view: an item's passages in context, and the whole document opened at a passage.

Both open with the quoted words on screen, at every terminal size (see `PassageView`). Sources
are named by their titles, outlets, authors and dates; the line and column are a detail.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, Static

from separ.app.text import highlighted_passage, literal
from separ.app.widgets.footer import KeysFooter
from separ.app.widgets.passage import PassageView
from separ.pack import Citation, Item

PARAGRAPH_BREAK = Content("\n\n")


def source_heading(citation: Citation, number: int, count: int) -> Content:
    """Which source this is, and what it shows: "Source 1 of 3 · The source recommends this"."""
    return Content.assemble(
        (f"Source {number} of {count}", "bold"), ("  ·  ", "dim"), (citation.role_label, "bold")
    )


def place_in_document(citation: Citation) -> Content:
    """Where the passage stands, for authors checking a quote: "line 26, column 84"."""
    return Content(f"line {citation.line}, column {citation.column}")


def in_context(citation: Citation) -> Content:
    """The cited paragraph, the quote highlighted, between the paragraphs before and after."""
    document = citation.document
    here = citation.paragraph_index
    parts = []
    if here > 0:
        parts.append(literal(document.paragraph(here - 1), "dim"))
    parts.append(highlighted_passage(citation, here))
    if here + 1 < len(document.paragraphs):
        parts.append(literal(document.paragraph(here + 1), "dim"))
    return PARAGRAPH_BREAK.join(parts)


def whole_document(citation: Citation) -> Content:
    """Every paragraph of the cited document, the quote highlighted in its own."""
    document = citation.document
    here = citation.paragraph_index
    return PARAGRAPH_BREAK.join(
        highlighted_passage(citation, index)
        if index == here
        else literal(document.paragraph(index))
        for index in range(len(document.paragraphs))
    )


class SourceScreen(Screen):
    """The passage behind an item, with the paragraph before and after, the quote highlighted."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("n,right", "next_source", "Next"),
        Binding("p,left", "previous_source", "Previous"),
        Binding("d,enter", "read_document", "Whole document"),
    ]

    def __init__(self, item: Item, index: int = 0) -> None:
        super().__init__()
        self.item = item
        self.index = index

    @property
    def citation(self) -> Citation:
        """The citation being shown."""
        return self.item.citations[self.index]

    def compose(self) -> ComposeResult:
        yield Header(icon="◈")
        yield Static(id="source-item", markup=False)
        yield Static(id="source-heading", markup=False)
        yield Static(id="source-credit", markup=False)
        yield PassageView(id="context")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one("#context").border_title = "The passage in context"
        self.show_citation()
        self.query_one("#context").focus()

    def show_citation(self) -> None:
        """Fill the screen for the current citation, opened at the quote."""
        citation = self.citation
        self.query_one("#source-item", Static).update(
            Content.assemble(("For: ", "dim"), literal(self.item.title, "bold"))
        )
        self.query_one("#source-heading", Static).update(
            source_heading(citation, self.index + 1, len(self.item.citations))
        )
        self.query_one("#source-credit", Static).update(literal(citation.credit.line()))
        context = self.query_one("#context", PassageView)
        context.border_subtitle = place_in_document(citation)
        context.show(in_context(citation))

    def _move(self, step: int) -> None:
        count = len(self.item.citations)
        if count < 2:
            self.notify("This item has one source only.")
            return
        self.index = (self.index + step) % count
        self.show_citation()

    def action_next_source(self) -> None:
        """Show the item's next citation."""
        self._move(1)

    def action_previous_source(self) -> None:
        """Show the item's previous citation."""
        self._move(-1)

    def action_read_document(self) -> None:
        """Open the whole document at this passage."""
        self.app.push_screen(DocumentScreen(self.citation))


class DocumentScreen(Screen):
    """A whole source document, opened at a cited passage, which is highlighted."""

    BINDINGS = [Binding("escape", "app.pop_screen", "Back")]

    def __init__(self, citation: Citation) -> None:
        super().__init__()
        self.citation = citation

    def compose(self) -> ComposeResult:
        yield Header(icon="◈")
        yield Static(id="document-heading", markup=False)
        yield PassageView(id="document")
        yield KeysFooter()

    def on_mount(self) -> None:
        document = self.query_one("#document", PassageView)
        document.border_title = "The whole document"
        self.open_at(self.citation)
        document.focus()

    def open_at(self, citation: Citation) -> None:
        """Show the document of a citation, opened at its quote."""
        self.citation = citation
        heading = literal(citation.document.credit.line())
        if citation.part is not None:
            quoted = literal(citation.credit.line())
            heading = Content.assemble(heading, "\n", ("The passage is from: ", "dim"), quoted)
        self.query_one("#document-heading", Static).update(heading)
        document = self.query_one("#document", PassageView)
        document.border_subtitle = place_in_document(citation)
        document.show(whole_document(citation))

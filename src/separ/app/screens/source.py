"""The source view: an item's passages in context, and the whole document opened at a passage."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from separ.app.text import highlighted_passage, literal
from separ.pack import Citation, Item
from separ.safe import safe_line


def source_heading(citation: Citation, number: int, count: int) -> Content:
    """Which source this is, what it is, and where the passage stands in it."""
    credit = citation.credit
    return Content.assemble(
        (f"Source {number} of {count}", "bold"),
        ("  ·  ", "dim"),
        (citation.role_label, "bold"),
        "\n",
        literal(credit.line()),
        "\n",
        (
            f"{safe_line(citation.document.file)}, line {citation.line}, column {citation.column}",
            "dim",
        ),
    )


class SourceScreen(Screen):
    """The passage behind an item, with the paragraph before and after, the quote highlighted."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("n,right", "next_source", "Next source"),
        Binding("p,left", "previous_source", "Previous source"),
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
        with VerticalScroll(id="context"):
            yield Static(id="context-before", markup=False, classes="context-other")
            yield Static(id="context-passage", markup=False)
            yield Static(id="context-after", markup=False, classes="context-other")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#context").border_title = "The passage in context"
        self.show_citation()

    def show_citation(self) -> None:
        """Fill the screen for the current citation."""
        citation = self.citation
        document = citation.document
        self.query_one("#source-item", Static).update(
            Content.assemble(("For: ", "dim"), literal(self.item.title, "bold"))
        )
        self.query_one("#source-heading", Static).update(
            source_heading(citation, self.index + 1, len(self.item.citations))
        )
        here = citation.paragraph_index
        before = self.query_one("#context-before", Static)
        after = self.query_one("#context-after", Static)
        before.update(literal(document.paragraph(here - 1)) if here > 0 else Content(""))
        before.display = here > 0
        self.query_one("#context-passage", Static).update(highlighted_passage(citation, here))
        has_after = here + 1 < len(document.paragraphs)
        after.update(literal(document.paragraph(here + 1)) if has_after else Content(""))
        after.display = has_after
        self.query_one("#context").scroll_home(animate=False)

    def action_next_source(self) -> None:
        """Show the item's next citation."""
        self.index = (self.index + 1) % len(self.item.citations)
        self.show_citation()

    def action_previous_source(self) -> None:
        """Show the item's previous citation."""
        self.index = (self.index - 1) % len(self.item.citations)
        self.show_citation()

    def action_read_document(self) -> None:
        """Open the whole document at this passage."""
        self.app.push_screen(DocumentScreen(self.citation))


class DocumentScreen(Screen):
    """A whole source document, opened at a cited passage, which is highlighted."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("j,down", "scroll(1)", "Down", show=False),
        Binding("k,up", "scroll(-1)", "Up", show=False),
    ]

    def __init__(self, citation: Citation) -> None:
        super().__init__()
        self.citation = citation

    def compose(self) -> ComposeResult:
        document = self.citation.document
        here = self.citation.paragraph_index
        yield Header(icon="◈")
        yield Static(literal(document.credit.line()), id="document-heading", markup=False)
        with VerticalScroll(id="document"):
            for index in range(len(document.paragraphs)):
                if index == here:
                    text = highlighted_passage(self.citation, index)
                    yield Static(text, id="cited", classes="paragraph", markup=False)
                else:
                    yield Static(
                        literal(document.paragraph(index)), classes="paragraph", markup=False
                    )
        yield Footer()

    def on_mount(self) -> None:
        scroller = self.query_one("#document", VerticalScroll)
        scroller.border_title = Content(safe_line(self.citation.document.file))
        scroller.focus()
        self.call_after_refresh(self._scroll_to_passage)

    def _scroll_to_passage(self) -> None:
        self.query_one("#document").scroll_to_widget(
            self.query_one("#cited"), animate=False, top=True
        )

    def action_scroll(self, lines: int) -> None:
        """Scroll the document by some lines."""
        scroller = self.query_one("#document", VerticalScroll)
        scroller.scroll_relative(y=lines, animate=False)

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

from separ.app import bidi
from separ.app.keys import either_layout
from separ.app.text import highlighted_passage, literal
from separ.app.widgets.footer import KeysFooter
from separ.app.widgets.passage import PassageView
from separ.i18n import N_, _
from separ.i18n.persian import number
from separ.pack import Citation, Item

PARAGRAPH_BREAK = Content("\n\n")


def source_heading(citation: Citation, index: int, count: int) -> Content:
    """Which source this is, and what it shows: "Source 1 of 3 · The source recommends this"."""
    which = _("Source {number} of {count}").format(number=number(index), count=number(count))
    return Content.assemble((which, "bold"), ("  ·  ", "dim"), (_(citation.role_label), "bold"))


def place_in_document(citation: Citation) -> Content:
    """Where the passage stands, for authors checking a quote: "line 26, column 84"."""
    where = _("line {line}, column {column}").format(
        line=number(citation.line), column=number(citation.column)
    )
    return bidi.label(Content(where))


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
        Binding("escape", "app.pop_screen", N_("Back")),
        Binding(either_layout("n"), "next_source", N_("Next")),
        Binding(either_layout("p"), "previous_source", N_("Previous")),
        # Sideways in the direction the interface reads: → is the next source in English, the
        # previous one in Persian.
        Binding("right", "sideways(1)", N_("Next"), show=False),
        Binding("left", "sideways(-1)", N_("Previous"), show=False),
        Binding(either_layout("d") + ",enter", "read_document", N_("Whole document")),
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
        self.query_one("#context").border_title = bidi.label(_("The passage in context"))
        self.show_citation()
        self.query_one("#context").focus()

    def show_citation(self) -> None:
        """Fill the screen for the current citation, opened at the quote."""
        citation = self.citation
        before, _title, after = _("For: {title}").partition("{title}")
        heading = Content.assemble(
            (before, "dim"), literal(self.item.title, "bold"), (after, "dim")
        )
        self.query_one("#source-item", Static).update(bidi.shown(heading))
        self.query_one("#source-heading", Static).update(
            bidi.shown(source_heading(citation, self.index + 1, len(self.item.citations)))
        )
        credit = bidi.marked(literal(citation.credit.line()), "en")
        self.query_one("#source-credit", Static).update(bidi.shown(credit, None))
        context = self.query_one("#context", PassageView)
        context.border_subtitle = place_in_document(citation)
        context.show(in_context(citation))

    def _move(self, step: int) -> None:
        count = len(self.item.citations)
        if count < 2:
            self.notify(_("This item has one source only."))
            return
        self.index = (self.index + step) % count
        self.show_citation()

    def action_next_source(self) -> None:
        """Show the item's next citation."""
        self._move(1)

    def action_previous_source(self) -> None:
        """Show the item's previous citation."""
        self._move(-1)

    def action_sideways(self, step: int) -> None:
        """The source beside this one, in the direction the interface reads."""
        self._move(-step if bidi.rtl() else step)

    def action_read_document(self) -> None:
        """Open the whole document at this passage."""
        self.app.push_screen(DocumentScreen(self.citation))


class DocumentScreen(Screen):
    """A whole source document, opened at a cited passage, which is highlighted."""

    BINDINGS = [Binding("escape", "app.pop_screen", N_("Back"))]

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
        document.border_title = bidi.label(_("The whole document"))
        self.open_at(self.citation)
        document.focus()

    def open_at(self, citation: Citation) -> None:
        """Show the document of a citation, opened at its quote."""
        self.citation = citation
        heading = bidi.marked(literal(citation.document.credit.line()), "en")
        if citation.part is not None:
            quoted = literal(citation.credit.line())
            before, _part, after = _("The passage is from: {source}").partition("{source}")
            part = bidi.ui(Content.assemble((before, "dim"), quoted, (after, "dim")))
            heading = Content.assemble(heading, "\n", part)
        self.query_one("#document-heading", Static).update(bidi.shown(heading, None))
        document = self.query_one("#document", PassageView)
        document.border_subtitle = place_in_document(citation)
        document.show(whole_document(citation))

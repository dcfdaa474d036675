"""Get help: the people to reach, how, and how to tell that it is really them."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, Static

from separ.app.text import literal
from separ.app.widgets.footer import KeysFooter
from separ.pack.situation import GET_HELP, REACH_LABELS, VERIFY_HEADING, Contact

INTRO = (
    "Separ never contacts anyone. These are people you can reach yourself, from a device and "
    "a connection you trust. Nothing here is sent or opened from this screen."
)


def contact_content(contact: Contact, full: bool = True) -> Content:
    """One contact, ready to show: who, what, languages, hours, how to reach them, how to tell
    it is them, and (when `full`) the published pages these facts come from."""
    lines = [literal(contact.name, "bold")]
    facts = contact.facts() if full else contact.facts()[2:]
    for label, text in facts:
        lines.append(Content.assemble((f"{label}: ", "bold"), literal(text)))
    for reach in contact.reach:
        line = [(f"{REACH_LABELS[reach.how]}: ", "bold"), literal(reach.address, "underline")]
        if reach.note:
            line += ["\n  ", literal(reach.note, "dim")]
        lines.append(Content.assemble(*line))
    lines.append(Content.styled(f"{VERIFY_HEADING}:", "bold"))
    lines += [Content.assemble("• ", literal(step)) for step in contact.verify]
    if full:
        lines.append(Content.styled("Where these facts come from:", "bold dim"))
        for source in contact.sources:
            lines.append(
                Content.assemble(
                    ("• ", "dim"),
                    literal(source.url, "dim"),
                    (f" (read {source.read}): ", "dim"),
                    literal(source.supports, "dim"),
                )
            )
    return Content("\n").join(lines)


def contacts_content(contacts: Sequence[Contact], full: bool = True) -> Content:
    """Every contact, one after another, with a blank line between them."""
    if not contacts:
        return Content("This pack lists no one to contact (help/contacts.yaml).")
    return Content("\n\n").join(contact_content(contact, full) for contact in contacts)


class ContactsScreen(Screen):
    """Everyone the pack lists as help to reach, with the sources of what it says of them."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("j,down", "scroll(1)", "Down", show=False),
        Binding("k,up", "scroll(-1)", "Up", show=False),
    ]

    def __init__(self, contacts: Sequence[Contact]) -> None:
        super().__init__()
        self.contacts = tuple(contacts)

    def compose(self) -> ComposeResult:
        yield Header(icon="◈")
        with VerticalScroll(id="contacts"):
            yield Static(Content(INTRO), id="contacts-intro", markup=False)
            yield Static(contacts_content(self.contacts), id="contacts-list", markup=False)
        yield KeysFooter()

    def on_mount(self) -> None:
        scroller = self.query_one("#contacts", VerticalScroll)
        scroller.border_title = GET_HELP
        scroller.focus()

    def action_scroll(self, lines: int) -> None:
        """Scroll the contacts by some lines."""
        self.query_one("#contacts", VerticalScroll).scroll_relative(y=lines, animate=False)

"""Get help: the people to reach, how, and how to tell that it is really them."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, Static

from separ.app import bidi
from separ.app.keys import either_layout
from separ.app.text import literal
from separ.app.widgets.footer import KeysFooter
from separ.i18n import N_, _
from separ.i18n.dates import display_date
from separ.pack.situation import GET_HELP, REACH_LABELS, VERIFY_HEADING, Contact

INTRO = N_(
    "Separ never contacts anyone. These are people you can reach yourself, from a device and "
    "a connection you trust. Nothing here is sent or opened from this screen."
)


def contact_content(contact: Contact, full: bool = True) -> Content:
    """One contact, ready to show: who, what, languages, hours, how to reach them, how to tell
    it is them, and (when `full`) the published pages these facts come from. In Persian each
    line reads from the right; an address stays as written, left to right, inside it."""
    lang = getattr(contact, "lang", None)  # the language of its own words, where the pack says

    def said(*parts: str | Content | tuple[str, str]) -> Content:
        return bidi.ui(Content.assemble(*parts))

    lines = [bidi.marked(literal(contact.name, "bold"), lang)]
    facts = contact.facts() if full else contact.facts()[2:]
    for label, text in facts:
        lines.append(said((_("{label}: ").format(label=_(label)), "bold"), literal(text)))
    for reach in contact.reach:
        label = _("{label}: ").format(label=_(REACH_LABELS[reach.how]))
        lines.append(said((label, "bold"), literal(reach.address, "underline")))
        if reach.note:
            lines.append(bidi.marked(Content.assemble("  ", literal(reach.note, "dim")), lang))
    lines.append(said((_("{label}:").format(label=_(VERIFY_HEADING)), "bold")))
    lines += [bidi.marked(Content.assemble("• ", literal(step)), lang) for step in contact.verify]
    if full:
        lines.append(said((_("Where these facts come from:"), "bold dim")))
        for source in contact.sources:
            date = display_date(source.read) if bidi.rtl() else source.read
            read = _(" (read {date}): ").format(date=date)
            lines.append(
                said(
                    ("• ", "dim"),
                    literal(source.url, "dim"),
                    (read, "dim"),
                    literal(source.supports, "dim"),
                )
            )
    return Content("\n").join(lines)


def contacts_content(contacts: Sequence[Contact], full: bool = True) -> Content:
    """Every contact, one after another, with a blank line between them."""
    if not contacts:
        return bidi.ui(_("This pack lists no one to contact (help/contacts.yaml)."))
    return Content("\n\n").join(contact_content(contact, full) for contact in contacts)


class ContactsScreen(Screen):
    """Everyone the pack lists as help to reach, with the sources of what it says of them."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", N_("Back")),
        Binding(either_layout("j") + ",down", "scroll(1)", N_("Down"), show=False),
        Binding(either_layout("k") + ",up", "scroll(-1)", N_("Up"), show=False),
    ]

    def __init__(self, contacts: Sequence[Contact]) -> None:
        super().__init__()
        self.contacts = tuple(contacts)

    def compose(self) -> ComposeResult:
        yield Header(icon="◈")
        with VerticalScroll(id="contacts"):
            yield Static(bidi.shown(Content(_(INTRO))), id="contacts-intro", markup=False)
            contacts = bidi.shown(contacts_content(self.contacts), None)
            yield Static(contacts, id="contacts-list", markup=False)
        yield KeysFooter()

    def on_mount(self) -> None:
        scroller = self.query_one("#contacts", VerticalScroll)
        scroller.border_title = bidi.label(_(GET_HELP))
        scroller.focus()

    def action_scroll(self, lines: int) -> None:
        """Scroll the contacts by some lines."""
        self.query_one("#contacts", VerticalScroll).scroll_relative(y=lines, animate=False)

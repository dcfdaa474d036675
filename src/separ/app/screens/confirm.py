"""A yes-or-no question in a small dialog: it dismisses with True (yes) or False (no)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from separ.app import bidi
from separ.app.keys import either_layout
from separ.i18n import N_, _


class ConfirmScreen(ModalScreen[bool]):
    """Ask before doing something the person may not expect, such as writing a file."""

    BINDINGS = [
        Binding(either_layout("y"), "answer(True)", N_("Yes")),
        Binding(either_layout("n") + ",escape", "answer(False)", N_("No")),
    ]
    DEFAULT_CSS = """
    ConfirmScreen {
        align: center middle;
    }
    #confirm {
        width: 70;
        max-width: 100%;
        height: auto;
        border: round $warning;
        background: $surface;
        padding: 1 2;
    }
    #confirm-buttons {
        height: auto;
        margin-top: 1;
    }
    #confirm-buttons Button {
        margin-right: 2;
    }
    .-rtl #confirm-buttons {
        align-horizontal: right;
    }
    .-rtl #confirm-buttons Button {
        margin: 0 0 0 2;
    }
    """

    def __init__(self, question: Content, yes: str, no: str = "") -> None:
        super().__init__()
        self.question = question
        """The question, literal text (paths in it are shown as they are)."""
        self.yes = yes
        self.no = no or _("Cancel")

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm"):
            yield Static(bidi.shown(self.question), id="confirm-question", markup=False)
            with Horizontal(id="confirm-buttons"):
                buttons = [
                    Button(bidi.label(Content(f"{self.yes} (y)")), id="yes", variant="warning"),
                    Button(bidi.label(Content(f"{self.no} (n)")), id="no"),
                ]
                yield from reversed(buttons) if bidi.rtl() else buttons

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """A button answers the question."""
        event.stop()
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        """A key answers the question."""
        self.dismiss(yes)

"""A small dialog: add a site to the person's own trusted list, refusing look-alikes."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from separ.app import bidi
from separ.app.text import InertHighlighter
from separ.i18n import N_, _
from separ.links.checker import LinkChecker
from separ.links.trusted import normalise_domain
from separ.safe import safe_line

ASK = N_(
    "Add a site to your own trusted list: Separ then recognises copies of it. Type or correct "
    "its address and press Enter; escape cancels. Trust only your group's own site, never one "
    "you were sent and have not checked."
)


class TrustDialog(ModalScreen[str | None]):
    """Ask which site to trust; dismisses with its domain, or None when cancelled."""

    BINDINGS: ClassVar = [Binding("escape", "cancel", N_("Cancel"))]
    DEFAULT_CSS = """
    TrustDialog {
        align: center middle;
    }
    #trust-box {
        width: 90%;
        max-width: 80;
        height: auto;
        border: round $border;
        background: $surface;
        padding: 0 1;
    }
    #trust-problem {
        color: $error;
    }
    """

    def __init__(self, checker: LinkChecker, suggestion: str = "") -> None:
        super().__init__()
        self.checker = checker
        """Checks that the site is not itself a copy of a trusted one."""
        self.suggestion = suggestion
        """The address offered first (the site of the link last checked)."""

    def compose(self) -> ComposeResult:
        with Vertical(id="trust-box") as box:
            box.border_title = bidi.label(Content(_("Trust a site")))
            yield Static(bidi.shown(Content(_(ASK))), markup=False)
            yield Input(
                value=self.suggestion,
                placeholder="mygroup.org",
                id="trust-input",
                highlighter=InertHighlighter(),  # what is pasted shows as written, inert
            )
            yield Static(Content(""), id="trust-problem", markup=False)

    def on_mount(self) -> None:
        self.query_one("#trust-input", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Accept the site, or say why not."""
        event.stop()
        problem = self.query_one("#trust-problem", Static)
        try:
            domain = normalise_domain(event.value)
        except ValueError as error:
            said = _("Not added: {site}: {reason}").format(
                site=safe_line(event.value), reason=safe_line(str(error))
            )
            problem.update(bidi.shown(Content(said)))
            return
        verdict = self.checker.check(domain)
        if verdict.level == "warning":
            why = (
                _("{site} looks like a copy of {trusted}.").format(
                    site=domain, trusted=verdict.imitates
                )
                if verdict.imitates
                else verdict.reasons[0].message
            )
            said = _(
                "Not added: {why} If you are sure, use 'separ trust add --force' in a terminal."
            ).format(why=why)
            problem.update(bidi.shown(Content(said)))
            return
        self.dismiss(domain)

    def action_cancel(self) -> None:
        """Close without trusting anything."""
        self.dismiss(None)

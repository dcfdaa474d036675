"""The link checker in the app: paste a link, press Enter, read the verdict. Escape closes it.

The verdict is the same plain text as `separ link` prints, shown literally: a link is untrusted
text, so it is never read as markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from separ.app.widgets.hanging import hanging_text
from separ.links.checker import LinkChecker
from separ.links.report import ITEM_ID, NEVER_OPENED, render, visible
from separ.links.trusted import TrustedList, TrustedListError, load_trusted, own_sites
from separ.links.url import NotALink

if TYPE_CHECKING:
    from separ.pack import Pack
    from separ.progress import ProgressStore

INTRO = (
    "Paste a link above and press Enter. Separ compares its address with the sites it trusts "
    "and the ones you added ('separ trust add'). It never opens, fetches or looks up the link."
)
LEVEL_CLASSES = ("-ok", "-caution", "-warning", "-not-a-link")


class LinkScreen(ModalScreen[None]):
    """Check a pasted link for look-alike sites; escape closes it."""

    BINDINGS: ClassVar = [Binding("escape", "dismiss", "Close")]
    DEFAULT_CSS = """
    LinkScreen {
        align: center middle;
    }
    #link-box {
        width: 96%;
        max-width: 110;
        height: 90%;
        border: round $border;
        border-title-color: $text;
        background: $surface;
        padding: 0 1;
    }
    #link-input {
        margin: 1 0;
    }
    #link-result-pane {
        height: 1fr;
    }
    #link-result {
        padding: 0 1;
        border-left: blank;
    }
    #link-result.-warning {
        border-left: thick $error;
    }
    #link-result.-caution {
        border-left: thick $warning;
    }
    #link-result.-ok {
        border-left: thick $success;
    }
    #link-result.-not-a-link {
        border-left: thick $secondary;
    }
    """

    def __init__(
        self, checker: LinkChecker, item_title: str | None = None, notice: str = ""
    ) -> None:
        super().__init__()
        self.checker = checker
        """What checks the links: the trusted list, prepared."""
        self.item_title = item_title
        """The title of the checklist item on look-alike sites, if the pack has it."""
        self.notice = notice
        """A problem to show first, such as a trusted list that could not be read."""
        self.last_level: str | None = None
        """The verdict of the last link checked ("ok", "caution", "warning", "not-a-link")."""

    @classmethod
    def for_app(cls, pack: Pack, store: ProgressStore) -> LinkScreen:
        """The screen for a loaded pack and the person's progress store (their own trusted list)."""
        notice = ""
        mine = store.trusted_domains()
        try:
            trusted = load_trusted(pack.root, mine)
        except TrustedListError as error:
            notice = f"Separ's trusted list could not be read, only yours is used: {error}"
            trusted = TrustedList(tuple(own_sites(mine)))
        item = pack.item(ITEM_ID)
        return cls(LinkChecker(trusted), item.title if item else None, notice)

    def compose(self) -> ComposeResult:
        with Vertical(id="link-box") as box:
            box.border_title = Content("Check a link")
            box.border_subtitle = Content("escape: close")
            yield Input(placeholder="Paste a link, then press Enter", id="link-input")
            with VerticalScroll(id="link-result-pane"):
                intro = f"{self.notice}\n\n{INTRO}" if self.notice else INTRO
                yield Static(hanging_text(intro), id="link-result", markup=False)

    def on_mount(self) -> None:
        self.query_one("#link-input", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Check the link that was entered and show the verdict."""
        event.stop()
        self.show_verdict(event.value)

    def show_verdict(self, text: str) -> None:
        """Check one link and show what Separ concludes."""
        if not text.strip():
            return
        try:
            verdict = self.checker.check(text)
        except NotALink as error:
            level = "not-a-link"
            message = f"{visible(text.strip())}\n  This is not a link: {error}."
        else:
            level = verdict.level
            message = f"{render(verdict, self.item_title)}\n\n{NEVER_OPENED}"
        result = self.query_one("#link-result", Static)
        result.remove_class(*LEVEL_CLASSES)
        result.add_class(f"-{level}")
        result.update(hanging_text(message))
        self.last_level = level

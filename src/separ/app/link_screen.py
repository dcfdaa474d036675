"""The link checker in the app: paste a link or a whole message, press Enter, read the verdicts.

Every link in a pasted message is found and checked (defanged ones too). The verdict is the same
plain text as `separ link` prints, shown literally: a link is untrusted text, so it is never read
as markup. ctrl+t adds a site to the person's own trusted list; escape closes the screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from separ.app import bidi
from separ.app.text import InertHighlighter
from separ.app.trust_dialog import TrustDialog
from separ.app.widgets.footer import KeysFooter
from separ.app.widgets.hanging import hanging_text
from separ.i18n import N_, _, ngettext
from separ.i18n.persian import number
from separ.links.checker import LinkChecker
from separ.links.message import find_links
from separ.links.report import ITEM_ID, NEVER_OPENED, render
from separ.links.trusted import TrustedList, TrustedListError, load_trusted, own_sites
from separ.links.url import NotALink
from separ.safe import safe_line

if TYPE_CHECKING:
    from pathlib import Path

    from separ.pack import Pack
    from separ.progress import ProgressStore

INTRO = N_(
    "Paste a link, or a whole message, above and press Enter: every link in it is checked. "
    "Separ compares each address with the sites it trusts, the ones you added (ctrl+t) and the "
    "phishing that published reports have named. It never opens, fetches or looks up a link."
)
LEVEL_CLASSES = ("-ok", "-unknown", "-caution", "-warning", "-not-a-link")
_ORDER = ("not-a-link", "ok", "caution", "warning")


class MessageInput(Input):
    """An input that keeps a whole pasted message, its lines joined by spaces."""

    def _on_paste(self, event: events.Paste) -> None:
        if event.text:
            text = " ".join(event.text.split())
            if self.selection.is_empty:
                self.insert_text_at_cursor(text)
            else:
                self.replace(text, *self.selection)
        event.stop()


class LinkScreen(ModalScreen[None]):
    """Check pasted links, or every link in a pasted message; escape closes it."""

    BINDINGS: ClassVar = [
        Binding("escape", "dismiss", N_("Close")),
        Binding("ctrl+t", "trust", N_("Trust a site")),
    ]
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
    #link-result.-unknown {
        border-left: thick $foreground-muted;
    }
    #link-result.-not-a-link {
        border-left: thick $secondary;
    }
    .-rtl #link-result {
        border-left: none;
        border-right: blank;
    }
    .-rtl #link-result.-warning {
        border-right: thick $error;
    }
    .-rtl #link-result.-caution {
        border-right: thick $warning;
    }
    .-rtl #link-result.-ok {
        border-right: thick $success;
    }
    .-rtl #link-result.-unknown {
        border-right: thick $foreground-muted;
    }
    .-rtl #link-result.-not-a-link {
        border-right: thick $secondary;
    }
    """

    def __init__(
        self,
        checker: LinkChecker,
        item_title: str | None = None,
        notice: str = "",
        store: ProgressStore | None = None,
        pack_root: Path | None = None,
    ) -> None:
        super().__init__()
        self.checker = checker
        """What checks the links: the trusted list, prepared."""
        self.item_title = item_title
        """The title of the checklist item on look-alike sites, if the pack has it."""
        self.notice = notice
        """A problem to show first, such as a trusted list that could not be read."""
        self.store = store
        """Where the person's own trusted sites are kept (None: trusting is not offered)."""
        self.pack_root = pack_root
        """The pack whose trusted list is used, to rebuild it after a site is added."""
        self.last_level: str | None = None
        """The most serious verdict of the last check ("ok", "caution", "warning",
        "not-a-link"); "ok" also for a site Separ does not know."""
        self.last_sites: list[str] = []
        """The sites of the links last checked that got no warning: what ctrl+t offers to trust."""

    @classmethod
    def for_app(cls, pack: Pack, store: ProgressStore) -> LinkScreen:
        """The screen for a loaded pack and the person's progress store (their own trusted list)."""
        item = pack.item(ITEM_ID)
        checker, notice = _checker(pack.root, store.trusted_domains())
        return cls(checker, item.title if item else None, notice, store, pack.root)

    def compose(self) -> ComposeResult:
        with Vertical(id="link-box") as box:
            box.border_title = bidi.label(Content(_("Check a link")))
            box.border_subtitle = bidi.label(Content(_("escape: close · ctrl+t: trust a site")))
            yield MessageInput(
                placeholder=bidi.label_text(_("Paste a link or a message, then press Enter")),
                id="link-input",
                highlighter=InertHighlighter(),
            )
            with VerticalScroll(id="link-result-pane"):
                intro = f"{self.notice}\n\n{_(INTRO)}" if self.notice else _(INTRO)
                yield Static(hanging_text(intro), id="link-result", markup=False)
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one("#link-input", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Check what was entered (a link, or every link in a message) and show the verdicts."""
        event.stop()
        self.show_verdict(event.value)

    def show_verdict(self, text: str) -> None:
        """Check one link, or every link in a message, and show what Separ concludes."""
        text = text.strip()
        if not text:
            return
        links = find_links(text) if any(c.isspace() for c in text) else [text]
        if not links:
            found = _("No link found in this text.")
            self._show("not-a-link", f"{safe_line(text)}\n  {found}", [])
            return
        parts, levels, sites, known = [], [], [], True
        for link in links:
            try:
                verdict = self.checker.check(link)
            except NotALink as error:
                levels.append("not-a-link")
                why = _("This is not a link: {reason}.").format(reason=safe_line(str(error)))
                parts.append(f"{safe_line(link)}\n  {why}")
                continue
            levels.append(verdict.level)
            known = known and (verdict.level != "ok" or verdict.trusted_site is not None)
            if verdict.host and verdict.level != "warning":
                sites.append(verdict.host)  # never offer to trust a site Separ warns about
            parts.append(render(verdict, self.item_title))
        level = max(levels, key=_ORDER.index)
        count = len(links)
        found_links = ngettext(
            "{count} link found in the message.", "{count} links found in the message.", count
        ).format(count=number(count))
        found = [found_links] if count > 1 else []
        message = "\n\n".join([*found, *parts, _(NEVER_OPENED)])
        shown = "unknown" if level == "ok" and not known else level
        self._show(level, message, sites, shown)

    def _show(self, level: str, message: str, sites: list[str], shown: str = "") -> None:
        """Put a result on screen, coloured by its most serious verdict."""
        result = self.query_one("#link-result", Static)
        result.remove_class(*LEVEL_CLASSES)
        result.add_class(f"-{shown or level}")
        result.update(hanging_text(message))
        self.last_level = level
        self.last_sites = sites

    def action_trust(self) -> None:
        """Offer to add a site (the first one checked) to the person's own trusted list."""
        if self.store is None:
            self.notify(_("Trusting a site needs your progress store."), markup=False)
            return
        first = self.last_sites[0] if self.last_sites else ""
        self.app.push_screen(TrustDialog(self.checker, first), self._trusted)

    def _trusted(self, domain: str | None) -> None:
        """Keep a site the dialog accepted, rebuild the checker and check again."""
        if not domain or self.store is None:
            return
        added = self.store.add_trusted(domain)
        self.checker, self.notice = _checker(self.pack_root, self.store.trusted_domains())
        said = (
            _("{site} is now on your trusted list.")
            if added
            else _("{site} was already on your trusted list.")
        )
        self.notify(said.format(site=domain), markup=False, title=_("Trusted"))
        value = self.query_one("#link-input", Input).value
        if value.strip():
            self.show_verdict(value)


def _checker(pack_root: Path | None, mine: list[str]) -> tuple[LinkChecker, str]:
    """A checker on the pack's list and the person's; only theirs if the pack's cannot be read."""
    try:
        return LinkChecker(load_trusted(pack_root, mine, strict=False)), ""
    except TrustedListError as error:
        notice = _("Separ's trusted list could not be read, only yours is used:\n{error}").format(
            error=error
        )
        return LinkChecker(TrustedList(tuple(own_sites(mine)))), notice

"""The help screen: every key, what the levels mean, and what Separ does and does not keep."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from separ.app import bidi
from separ.app.keys import either_layout
from separ.app.text import level_mark, level_name
from separ.app.widgets.hanging import Hanging, hanging
from separ.app.widgets.reading import ReadingScroll
from separ.i18n import N_, _
from separ.pack.model import LEVEL_MEANINGS, LEVELS

KEYS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        N_("The checklist"),
        (
            ("↑ ↓  j k", N_("move in a list")),
            ("tab  ←", N_("move between sections and items (narrow terminals: one at a time)")),
            ("enter", N_("read the highlighted item: why, every step, its sources")),
            (
                "space",
                N_("tick or untick it (a click on its [ ] box too; a click on its title reads)"),
            ),
            ("s", N_("read its sources: each passage in context")),
            ("/", N_("filter every item as you type (title, why, steps); ↓ goes to the results")),
            ("escape", N_("clear the filter, or go back")),
            ("1", N_("list only the essential items, or every level again")),
            ("w", N_("show what applies where you are: everything, inside Iran, outside Iran")),
            ("h", N_("hide or show completed items")),
        ),
    ),
    (
        N_("Reading an item or a source"),
        (
            ("↑ ↓  j k", N_("scroll; page up, page down, home and end too")),
            ("n  p", N_("next or previous item (in a source: next or previous source)")),
            ("d  enter", N_("in a source: the whole document, opened at the passage")),
        ),
    ),
    (
        N_("Everywhere"),
        (
            ("e", N_("save the checklist as Markdown in your Documents folder")),
            ("l", N_("check a link, or every link in a pasted message")),
            ("u", N_("something is happening: a few questions, then what to do now")),
            ("g", N_("get help: whom to contact, and how to tell it is really them")),
            ("f", N_("Separ in Persian (فارسی)")),
            ("ctrl+p", N_("palette: go to any item, export, themes, every action")),
            ("?", N_("this help")),
            ("q", N_("quit")),
        ),
    ),
)

PRIVACY = N_(
    "Separ never connects to the network. Your ticks stay on this computer only "
    "('separ where' shows the file; 'separ --no-save' saves nothing)."
)
TRACES = N_(
    "On a device that may be searched, Separ and the files it exports can draw attention. "
    "'separ wipe' removes your progress, your trusted sites and the exports Separ wrote; it "
    "cannot reach copies you made, printouts or backups. Uninstall Separ too."
)
TRANSLATIONS = N_(
    "The translations of quotes are Separ's own; the source's own words are the English ones. "
    "Keys work on a Persian keyboard too."
)
"""Said in Persian only: what a translated quote is, and that the keys need no layout switch."""


def keys_text() -> Hanging:
    """Every key in groups, each description wrapped under itself (in Persian, the keys in a
    column at the right, each description read from the right against its key)."""
    width = max(len(keys) for _title, group in KEYS for keys, _what in group) + 2
    rtl = bidi.rtl()
    rows: list[tuple[Content, Content]] = []
    for title, group in KEYS:
        if rows:
            rows.append((Content(""), Content("")))
        rows.append((Content(""), bidi.ui(Content.styled(_(title), "bold underline"))))
        for keys, what in group:
            if rtl:  # the sections are on the right: the arrow toward them points right
                keys = keys.replace("←", "→")
            lead = keys.rjust(width) if rtl else keys.ljust(width)
            words = (
                bidi.ui(_(what)) if rtl else bidi.label(Content(_(what)))
            )  # a Persian word shaped
            rows.append((Content.styled(lead, "bold"), words))
    return Hanging(rows, rtl=rtl, mode=bidi.mode())


def levels_text() -> Hanging:
    """What each level means, with its mark in the list."""
    rows = [(Content(""), bidi.ui(Content.styled(_("Levels"), "bold underline")))]
    for level in LEVELS:
        meaning = _(": {text}").format(text=_(LEVEL_MEANINGS[level]))
        body = Content.assemble((level_name(level), "bold"), meaning)
        rows.append((Content.styled(f"{level_mark(level)} ", "bold"), bidi.ui(body)))
    return hanging(rows)


class HelpScreen(ModalScreen[None]):
    """Keys, levels and a word about privacy; any of escape, ? or q closes it."""

    BINDINGS = [
        Binding(either_layout("escape,question_mark,q"), "dismiss", N_("Close")),
    ]

    def compose(self) -> ComposeResult:
        with ReadingScroll(id="help"):
            yield Static(keys_text(), id="help-keys", markup=False)
            yield Static(levels_text(), id="help-levels", markup=False)
            yield Static(bidi.shown(Content(_(PRIVACY))), id="help-about", markup=False)
            if bidi.rtl():
                translations = Content(_(TRANSLATIONS))
                yield Static(bidi.shown(translations), id="help-translations", markup=False)
            yield Static(bidi.shown(Content(_(TRACES))), id="help-traces", markup=False)

    def on_mount(self) -> None:
        box = self.query_one("#help")
        box.border_title = bidi.label(_("Separ: help"))
        box.border_subtitle = bidi.label(_("escape closes"))
        box.focus()

"""The help screen: every key, what the levels mean, and what Separ does and does not keep."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from separ.app.text import level_mark
from separ.app.widgets.hanging import Hanging
from separ.app.widgets.reading import ReadingScroll
from separ.pack.model import LEVEL_MEANINGS, LEVELS

KEYS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        "The checklist",
        (
            ("↑ ↓  j k", "move in a list"),
            ("tab  ←", "move between sections and items (narrow terminals: one at a time)"),
            ("enter", "read the highlighted item: why, every step, its sources"),
            ("space", "tick or untick it (a click on its [ ] box too; a click on its title reads)"),
            ("s", "read its sources: each passage in context"),
            ("/", "filter every item as you type (title, why, steps); ↓ goes to the results"),
            ("escape", "clear the filter, or go back"),
            ("1", "list only the essential items, or every level again"),
            ("w", "show what applies where you are: everything, inside Iran, outside Iran"),
            ("h", "hide or show completed items"),
        ),
    ),
    (
        "Reading an item or a source",
        (
            ("↑ ↓  j k", "scroll; page up, page down, home and end too"),
            ("n  p", "next or previous item (in a source: next or previous source)"),
            ("d  enter", "in a source: the whole document, opened at the passage"),
        ),
    ),
    (
        "Everywhere",
        (
            ("e", "save the checklist as Markdown in your Documents folder"),
            ("l", "check a link, or every link in a pasted message"),
            ("u", "something is happening: a few questions, then what to do now"),
            ("g", "get help: whom to contact, and how to tell it is really them"),
            ("ctrl+p", "palette: go to any item, export, themes, every action"),
            ("?", "this help"),
            ("q", "quit"),
        ),
    ),
)

PRIVACY = (
    "Separ never connects to the network. Your ticks stay on this computer only "
    "('separ where' shows the file; 'separ --no-save' saves nothing)."
)
TRACES = (
    "On a device that may be searched, Separ and the files it exports can draw attention. "
    "'separ wipe' removes your progress, your trusted sites and the exports Separ wrote; it "
    "cannot reach copies you made, printouts or backups. Uninstall Separ too."
)


def keys_text() -> Hanging:
    """Every key in groups, each description wrapped under itself."""
    width = max(len(keys) for _, group in KEYS for keys, _ in group) + 2
    rows: list[tuple[Content, Content]] = []
    for title, group in KEYS:
        if rows:
            rows.append((Content(""), Content("")))
        rows.append((Content(""), Content.styled(title, "bold underline")))
        rows += [(Content.styled(keys.ljust(width), "bold"), Content(what)) for keys, what in group]
    return Hanging(rows)


def levels_text() -> Hanging:
    """What each level means, with its mark in the list."""
    rows = [(Content(""), Content.styled("Levels", "bold underline"))]
    rows += [
        (
            Content.styled(f"{level_mark(level)} ", "bold"),
            Content.assemble((level.capitalize(), "bold"), f": {LEVEL_MEANINGS[level]}"),
        )
        for level in LEVELS
    ]
    return Hanging(rows)


class HelpScreen(ModalScreen[None]):
    """Keys, levels and a word about privacy; any of escape, ? or q closes it."""

    BINDINGS = [
        Binding("escape,question_mark,q", "dismiss", "Close"),
    ]

    def compose(self) -> ComposeResult:
        with ReadingScroll(id="help"):
            yield Static(keys_text(), id="help-keys", markup=False)
            yield Static(levels_text(), id="help-levels", markup=False)
            yield Static(Content(PRIVACY), id="help-about", markup=False)
            yield Static(Content(TRACES), id="help-traces", markup=False)

    def on_mount(self) -> None:
        box = self.query_one("#help")
        box.border_title = "Separ: help"
        box.border_subtitle = "escape closes"
        box.focus()

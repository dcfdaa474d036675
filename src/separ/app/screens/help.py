"""The help screen: every key, and what Separ does and does not do."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS: tuple[tuple[str, str], ...] = (
    ("↑ ↓  j k", "move in a list"),
    ("tab  shift+tab", "move between panes"),
    ("space  enter", "tick or untick the highlighted item"),
    ("s", "read the item's sources in context"),
    ("d  (in a source)", "read the whole document, opened at the passage"),
    ("n p  (in a source)", "next or previous source of the item"),
    ("/", "filter items as you type (title, why, steps)"),
    ("escape", "clear the filter, or go back"),
    ("h", "hide or show completed items"),
    ("e", "save the checklist as Markdown in Documents"),
    ("l", "check a link for look-alike sites"),
    ("u", "something is happening: questions, then what to do now"),
    ("g", "get help: whom to contact, and how to tell it is them"),
    ("ctrl+p", "palette: go to any item, export, themes, all actions"),
    ("?", "this help"),
    ("q", "quit"),
)

ABOUT = (
    "Separ is an offline checklist. It never connects to the network. "
    "Your ticks are saved only on this computer (run 'separ where' to see where, "
    "'separ wipe' to remove them; 'separ --no-save' saves nothing). "
    "Every item shows the passages of the source documents it comes from."
)


class HelpScreen(ModalScreen[None]):
    """Keys and a word about privacy; any of escape, ? or q closes it."""

    BINDINGS = [
        Binding("escape,question_mark,q", "dismiss", "Close"),
    ]

    def compose(self) -> ComposeResult:
        width = max(len(keys) for keys, _ in KEYS) + 2
        lines = [Content.assemble((keys.ljust(width), "bold"), what) for keys, what in KEYS]
        with VerticalScroll(id="help"):
            yield Static(Content("\n").join(lines), id="help-keys", markup=False)
            yield Static(Content(ABOUT), id="help-about", markup=False)

    def on_mount(self) -> None:
        self.query_one("#help").border_title = "Separ: keys"
        self.query_one("#help").border_subtitle = "escape closes"

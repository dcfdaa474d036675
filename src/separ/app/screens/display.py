"""Does this line read correctly? The same Persian line drawn both ways; the person picks the one
that reads right, and Persian is drawn that way from then on.

Terminals differ: some order and join Persian letters themselves (GNOME Terminal and other VTE
terminals, Konsole, mlterm, macOS Terminal), others draw them as they come (xterm, tmux, kitty,
Alacritty, Windows Terminal). Only the person in front of the screen can tell which one this is:
a line Separ has ordered reads backwards where the terminal orders it again. The question is
asked in English too, which reads the same either way.
"""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from separ.app import bidi
from separ.app.keys import either_layout
from separ.app.widgets.paragraph import Paragraph
from separ.i18n.rtl import SEPAR_REORDERS, TERMINAL_REORDERS

SAMPLE = "اگر این خط را درست می‌خوانید (سپر، Separ)، کلید {key} را بزنید."
"""The sample: Persian with brackets, a digit and a Latin word, the three things that go wrong.
It is Persian whatever the interface's language, so it is not in the catalog."""
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
CHOICES: tuple[tuple[str, str], ...] = (("1", SEPAR_REORDERS), ("2", TERMINAL_REORDERS))
"""Each key, and the mode its line is drawn in."""
QUESTION = "Which Persian line reads correctly? Press its number: 1 or 2 (escape keeps this one)."
HINT = "The palette (ctrl+p) asks again: Persian display."


class SampleLine(Paragraph):
    """One of the two sample lines; a click on it chooses it."""

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.screen.dismiss(self.mode)  # type: ignore[union-attr]


class DisplayScreen(ModalScreen[str | None]):
    """Ask which of two drawings of the same line reads correctly; dismisses with its mode."""

    BINDINGS = [
        *(Binding(either_layout(key), f"choose('{mode}')", show=False) for key, mode in CHOICES),
        Binding("escape,enter", "choose('')", show=False),
    ]
    DEFAULT_CSS = """
    DisplayScreen {
        align: center middle;
    }
    #display {
        width: 76;
        max-width: 100%;
        height: auto;
        max-height: 100%;
        border: round $border;
        background: $surface;
        padding: 0 1;
    }
    #display-question, #display-hint {
        color: $text-muted;
    }
    .sample {
        margin: 1 0 0 0;
    }
    .sample.-current {
        text-style: bold;
    }
    """

    def __init__(self, current: str) -> None:
        super().__init__()
        self.current = current
        """The mode Persian is drawn in now (kept by escape)."""

    def compose(self) -> ComposeResult:
        with Vertical(id="display") as box:
            box.border_title = Content.assemble("Persian display · ", bidi.label("نمایش فارسی"))
            yield Static(Content(QUESTION), id="display-question", markup=False)
            for key, mode in CHOICES:
                line = SampleLine(
                    SAMPLE.format(key=PERSIAN_DIGITS[int(key)]),
                    direction="rtl",
                    mode=mode,
                    classes="sample" + (" -current" if mode == self.current else ""),
                )
                line.id = f"sample-{key}"
                yield line
            yield Static(Content(HINT), id="display-hint", markup=False)

    def action_choose(self, mode: str) -> None:
        """Keep the mode of the line chosen (an empty one: the current mode)."""
        self.dismiss(mode or self.current)

"""Persian on the command line: logical order, or each line shaped and reordered for the terminal.

What Separ prints is in logical (reading) order, as everything it stores, exports or copies is.
That is right for pipes and files, for copying and pasting, for screen readers, and for terminals
that lay right-to-left text out themselves: GNOME Terminal and the others built on VTE, Konsole,
mlterm, macOS Terminal. Terminals that draw characters as they come (xterm, Windows Terminal,
kitty, Alacritty, the Linux console; tmux and screen in front of any of them) would show a
Persian line backwards, its letters apart. For those, when standard output (or error) is the
terminal itself, each line that holds right-to-left text is wrapped to the terminal's width,
shaped, reordered and set to the right, as the app draws it (`separ.i18n.rtl`); every other
line, and everything that goes to a pipe or a file, is left exactly as it was written.

`SEPAR_RTL_DISPLAY=terminal` (the terminal reorders: send logical order) or `=separ` (Separ
reorders) overrides the guess, for a terminal Separ guesses wrong.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections.abc import Iterator, Mapping
from typing import Any, TextIO

DISPLAY_ENV = "SEPAR_RTL_DISPLAY"
"""The environment variable that says who reorders: "separ" or "terminal"."""
SEPAR_REORDERS = "separ"
TERMINAL_REORDERS = "terminal"

RLM = "\u200f"
"""RIGHT-TO-LEFT MARK: put at the start of a line, it makes the line a right-to-left paragraph."""
LRM = "\u200e"
"""LEFT-TO-RIGHT MARK: put before a run of Latin text, it keeps a leading "-" with the run."""

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_REORDERING_TERMINALS = ("VTE_VERSION", "KONSOLE_VERSION", "MLTERM")


def has_rtl(text: str) -> bool:
    """Whether a text holds right-to-left letters (Persian, Arabic, Hebrew)."""
    return _RTL.search(text) is not None


def console_mode(env: Mapping[str, str], is_terminal: bool) -> str:
    """Who puts right-to-left text in order for this output: "separ" or "terminal".

    A pipe or a file always gets logical order; on a terminal `SEPAR_RTL_DISPLAY` decides if
    set. Inside tmux or screen, which draw what they are sent,
    Separ reorders whatever terminal is outside; else a terminal known to reorder gets logical
    order, and any other terminal gets lines Separ has reordered.
    """
    if not is_terminal:
        return TERMINAL_REORDERS
    chosen = env.get(DISPLAY_ENV, "").strip().lower()
    if chosen in (SEPAR_REORDERS, TERMINAL_REORDERS):
        return chosen
    if env.get("TMUX") or env.get("STY"):
        return SEPAR_REORDERS
    if any(env.get(name) for name in _REORDERING_TERMINALS):
        return TERMINAL_REORDERS
    if env.get("TERM_PROGRAM") == "Apple_Terminal":
        return TERMINAL_REORDERS
    return SEPAR_REORDERS


def visual_lines(line: str, width: int) -> list[str]:
    """One logical line as a terminal that does not reorder must be sent it: wrapped at the
    width (in logical order), each piece shaped and reordered, a right-to-left one set to the
    right with its indent on the right. A line with no right-to-left letter (and no RLM that
    makes it right to left, as help lines have) is left as it is."""
    if not has_rtl(line) and not line.startswith(RLM):
        return [line]
    from separ.i18n.rtl import SEPAR_REORDERS as MODE
    from separ.i18n.rtl import layout

    line = line.expandtabs(8)
    body = line.lstrip(" ")
    indent = len(line) - len(body)
    room = max(width - indent, 10)
    drawn = []
    for piece in layout(body, room, MODE):
        text = piece.text.rstrip(" ") if not piece.rtl else piece.text
        drawn.append(f"{text}{' ' * indent}" if piece.rtl else f"{' ' * indent}{text}")
    return drawn


class VisualStream:
    """A text stream that sends each complete line through `visual_lines` to the terminal."""

    def __init__(self, stream: TextIO, width: int) -> None:
        self.stream = stream
        self.width = width
        self._pending = ""

    def write(self, text: str) -> int:
        """Write the text; a line is drawn once it is complete."""
        self._pending += text
        if "\n" in self._pending:
            *lines, self._pending = self._pending.split("\n")
            self.stream.write("".join(f"{drawn}\n" for line in lines for drawn in self._draw(line)))
        return len(text)

    def _draw(self, line: str) -> list[str]:
        return visual_lines(line, self.width)

    def flush(self) -> None:
        """Draw what is written of the current line (a prompt), then flush."""
        if self._pending:
            self.stream.write(" ".join(d.strip(" ") for d in self._draw(self._pending)) + " ")
            self._pending = ""
        self.stream.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def _width(stream: TextIO) -> int:
    """The terminal's width less one column (a line as wide as the terminal may wrap by itself)."""
    try:
        return max(os.get_terminal_size(stream.fileno()).columns - 1, 20)
    except (OSError, ValueError, AttributeError):
        return 79


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (OSError, ValueError, AttributeError):
        return False


@contextlib.contextmanager
def console_output(env: Mapping[str, str] | None = None) -> Iterator[None]:
    """While it lasts, standard output and error that are terminals which do not reorder get
    their right-to-left lines shaped and reordered; everything else passes as it is."""
    env = os.environ if env is None else env
    saved = sys.stdout, sys.stderr
    streams = []
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is not None and console_mode(env, _is_terminal(stream)) == SEPAR_REORDERS:
            visual = VisualStream(stream, _width(stream))
            setattr(sys, name, visual)
            streams.append(visual)
    try:
        yield
    finally:
        for visual in streams:
            with contextlib.suppress(OSError, ValueError):
                visual.flush()
        sys.stdout, sys.stderr = saved


def right_to_left_lines(text: str) -> str:
    """Text laid out from the right line by line wherever it is shown: each line that is not
    blank begins with RLM, and one that begins with Latin text (an option's name, "-h, --help")
    has LRM before that text, so that its leading "-" stays with the name. For the help of a
    right-to-left language, whose lines would otherwise go one way or the other by their first
    letter."""
    from separ.i18n.reorder import paragraph_direction

    lines = []
    for line in text.split("\n"):
        body = line.lstrip(" ")
        if not body or line.startswith(RLM):
            lines.append(line)
            continue
        lead = LRM if paragraph_direction(body) == "ltr" else ""
        lines.append(f"{RLM}{line[: len(line) - len(body)]}{lead}{body}")
    return "\n".join(lines)

"""Persian on a terminal: logical order where the terminal reorders (and for pipes and files),
each line shaped and reordered where it does not."""

from __future__ import annotations

import io
import os
import re
import select
import subprocess
import sys
from pathlib import Path

import pytest

import separ
from separ.i18n.console import (
    LRM,
    RLM,
    SEPAR_REORDERS,
    TERMINAL_REORDERS,
    VisualStream,
    console_mode,
    right_to_left_lines,
    visual_lines,
)

pty = pytest.importorskip("pty")  # a terminal to run Separ in: not on Windows

SHAPED = "\ufe70-\ufeff\ufb50-\ufdff"
"""Arabic presentation forms: letters as joined and drawn, which only Separ's reordering sends."""


@pytest.mark.parametrize(
    ("env", "terminal", "mode"),
    [
        ({}, False, TERMINAL_REORDERS),  # a pipe or a file: as written
        ({"SEPAR_RTL_DISPLAY": "separ"}, False, TERMINAL_REORDERS),  # never reordered in a file
        ({"TERM": "xterm-256color"}, True, SEPAR_REORDERS),
        ({"WT_SESSION": "1"}, True, SEPAR_REORDERS),  # Windows Terminal
        ({"VTE_VERSION": "7600"}, True, TERMINAL_REORDERS),  # GNOME Terminal and others
        ({"KONSOLE_VERSION": "230800"}, True, TERMINAL_REORDERS),
        ({"MLTERM": "3.9"}, True, TERMINAL_REORDERS),
        ({"TERM_PROGRAM": "Apple_Terminal"}, True, TERMINAL_REORDERS),
        ({"VTE_VERSION": "7600", "TMUX": "/tmp/tmux,1,0"}, True, SEPAR_REORDERS),
        ({"VTE_VERSION": "7600", "SEPAR_RTL_DISPLAY": "separ"}, True, SEPAR_REORDERS),
        ({"SEPAR_RTL_DISPLAY": "terminal"}, True, TERMINAL_REORDERS),
    ],
)
def test_who_reorders(env: dict[str, str], terminal: bool, mode: str) -> None:
    assert console_mode(env, terminal) == mode


def test_a_line_without_persian_is_left_alone() -> None:
    line = "verify-identity-before-sharing\tknow-who-you-talk-to\tessential\topen"
    assert visual_lines(line, 40) == [line]


def test_a_persian_line_is_shaped_reordered_and_set_to_the_right() -> None:
    (drawn,) = visual_lines("علامت خورد: x", 30)
    assert len(drawn) == 30 and drawn.startswith(" ")
    assert (
        drawn.rstrip().endswith("ﻋ") or drawn.rstrip()[-1] in "ﻋﻉ"
    )  # ع, the first letter, on the right
    assert drawn.lstrip().startswith("x")  # the Latin word, last in reading order, on the left
    assert "\u200c" not in drawn and any("\ufe70" <= c <= "\ufeff" for c in drawn)


def test_an_indented_persian_line_keeps_its_indent_on_the_right() -> None:
    (drawn,) = visual_lines("    گام‌ها:", 20)
    assert drawn.endswith("    ") and len(drawn) == 20
    assert drawn.lstrip().startswith(":")  # the colon ends the phrase: on the left


def test_a_long_persian_line_is_wrapped_before_it_is_reordered() -> None:
    text = "این یک جملهٔ بلند فارسی است که باید در چند سطر شکسته شود تا خوانا بماند"
    lines = visual_lines(text, 24)
    assert len(lines) > 2
    # The first words of the sentence are on the first line (the right end of it).
    assert lines[0].rstrip().endswith("ﻦﯾﺍ")


def test_a_left_to_right_line_with_persian_labels_stays_left_to_right() -> None:
    drawn = visual_lines("      instagarm.com  ← این لینک", 40)
    assert drawn[0].startswith("      instagarm.com  ← ")


def test_stream_draws_complete_lines_and_a_prompt_on_flush() -> None:
    out = io.StringIO()
    stream = VisualStream(out, 20)
    stream.write("abc\nپاک ")
    assert out.getvalue() == "abc\n"
    stream.write("شوند؟ [y/N] ")
    stream.flush()
    assert out.getvalue().startswith("abc\n") and "ﭘ" in out.getvalue()
    assert not out.getvalue().endswith("\n")


def test_help_lines_are_marked_right_to_left_with_option_names_kept_whole() -> None:
    text = "طرز استفاده: separ\n\nگزینه‌ها:\n  -h, --help   نمایش همین راهنما\n  --level {a,b}\n"
    assert right_to_left_lines(text).split("\n") == [
        f"{RLM}طرز استفاده: separ",
        "",
        f"{RLM}گزینه‌ها:",
        f"{RLM}  {LRM}-h, --help   نمایش همین راهنما",
        f"{RLM}  {LRM}--level {{a,b}}",
        "",
    ]


# On a real terminal (a pseudo-terminal), installed as a person runs it -------------------------


def run_on_terminal(*args: str, env: dict[str, str], columns: int = 60) -> str:
    """Run `separ` with its output on a terminal of `columns` columns; what it printed."""
    import fcntl
    import struct
    import termios

    main, child = pty.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    full = {
        key: value
        for key, value in os.environ.items()
        if key not in ("VTE_VERSION", "KONSOLE_VERSION", "MLTERM", "TERM_PROGRAM", "TMUX", "STY")
    }
    full.update(env, NO_COLOR="1", PYTHONPATH=str(Path(separ.__file__).resolve().parent.parent))
    process = subprocess.Popen(
        [sys.executable, "-m", "separ", *args],
        stdin=subprocess.DEVNULL,
        stdout=child,
        stderr=child,
        env=full,
    )
    os.close(child)
    chunks = []
    while True:
        ready, _, _ = select.select([main], [], [], 30)
        if not ready:
            break
        try:
            chunk = os.read(main, 65536)
        except OSError:  # the other end closed: Linux says EIO
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=30)
    os.close(main)
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


def test_xterm_gets_persian_shaped_reordered_and_right_aligned() -> None:
    out = run_on_terminal(
        "--lang", "fa", "tick", "verify-identity-before-sharing", env={"TERM": "xterm"}
    )
    (line,) = out.splitlines()
    assert len(line) == 59 and line.startswith(" ")  # set to the right of 59 columns
    assert any(SHAPED[0] <= c <= "\ufeff" for c in line)
    assert line.lstrip().startswith("verify-identity-before-sharing")  # last in reading order


def test_gnome_terminal_gets_logical_order_it_reorders_itself() -> None:
    out = run_on_terminal(
        "--lang", "fa", "tick", "verify-identity-before-sharing", env={"VTE_VERSION": "7600"}
    )
    assert out == "علامت خورد: verify-identity-before-sharing\n"


def test_english_on_a_terminal_is_untouched() -> None:
    out = run_on_terminal("tick", "verify-identity-before-sharing", env={"TERM": "xterm"})
    assert out == "ticked: verify-identity-before-sharing\n"


def test_a_help_line_marked_right_to_left_is_set_to_the_right_even_without_persian() -> None:
    (drawn,) = visual_lines(f"{RLM}        {LRM}[--lang {{en,fa}}] [--json]", 40)
    assert drawn.rstrip().endswith("[--lang {en,fa}] [--json]")
    assert len(drawn) == 40 and RLM not in drawn and LRM not in drawn


def test_what_is_printed_before_the_app_opens_is_reordered_too(tmp_path: Path) -> None:
    """`separ --lang fa` on a pack with a problem prints, before any app: for xterm, its
    Persian line is shaped and reordered as every command's is."""
    out = run_on_terminal(
        "--lang",
        "fa",
        "--pack",
        str(tmp_path),
        "--data-dir",
        str(tmp_path / "d"),
        env={"TERM": "xterm"},
    )
    persian = [line for line in out.splitlines() if re.search("[\u0600-\u06ff\ufb50-\ufeff]", line)]
    assert persian, out
    assert all(any(SHAPED[0] <= c <= "\ufeff" for c in line) for line in persian), out

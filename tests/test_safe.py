"""The one door for outside text: nothing that steers a terminal or reorders text gets through."""

from __future__ import annotations

import json
import sys

import pytest

from separ.safe import is_safe, safe, safe_cells, safe_json, safe_line, safe_output

HOSTILE = {
    "osc52 clipboard": "\x1b]52;c;cm0gLXJmIH4=\x07",
    "osc0 title": "\x1b]0;owned\x07",
    "screen fill": "\x1b#8",
    "csi c1": "\x9b2J",
    "osc c1": "\x9d0;title\x9c",
    "carriage return": "safe\rEVIL",
    "backspace": "abc\x08\x08\x08xyz",
    "rlo": "file\u202egpj.exe",
    "isolate": "\u2067abc\u2069",
    "line separator": "a\u2028b",
    "lone surrogate": "name-\udcff.txt",
    "del": "a\x7fb",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_no_control_or_override_survives(name: str) -> None:
    out = safe(HOSTILE[name])
    assert not any(
        (ord(c) < 0x20 and c not in "\n\t")
        or 0x7F <= ord(c) <= 0x9F
        or 0x202A <= ord(c) <= 0x202E
        or 0x2066 <= ord(c) <= 0x2069
        or 0xD800 <= ord(c) <= 0xDFFF
        or c in "\u2028\u2029"
        for c in out
    ), out
    out.encode("utf-8")  # printable as UTF-8 even from a broken file name


def test_escape_shows_as_its_control_picture() -> None:
    assert safe("a\x1b[31mred") == "a\u241b[31mred"


def test_c1_and_overrides_show_their_code_point() -> None:
    assert safe("\x9b") == "\u27e8U+009B\u27e9"
    assert safe("x\u202ey") == "x\u27e8U+202E\u27e9y"


def test_lines_and_tabs_are_kept_by_safe_and_shown_by_safe_line() -> None:
    assert safe("one\n\ttwo") == "one\n\ttwo"
    assert safe_line("one\n\ttwo") == "one\u240a\u2409two"


def test_ordinary_text_is_unchanged_persian_joiners_included() -> None:
    for text in ("[PMOI/MEK] *bold* <b>", "تأیید دومرحله\u200cای", "a\u200eb\u200fc", "«نقل»"):
        assert safe(text) == text
        assert safe_line(text) == text
        assert is_safe(text)


def test_is_safe_tells_when_text_would_change() -> None:
    assert not is_safe("\x1b")
    assert is_safe("plain\ntext")


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_safe_cells_keeps_every_position_and_leaves_nothing_unsafe(name: str) -> None:
    text = HOSTILE[name]
    out = safe_cells(text)
    assert len(out) == len(text)
    assert safe_line(out) == out  # nothing left that the one door would change


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_safe_json_is_exact_for_a_program_and_inert_on_a_terminal(name: str) -> None:
    data = {"link": HOSTILE[name], "n": 1}
    out = safe_json(data)
    assert json.loads(out) == data
    assert safe_line(out) == out


def test_safe_output_makes_whatever_is_printed_inert_and_then_steps_aside(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with safe_output():
        print("title\x1b]0;owned\x07 and \u202eevil")
        print("to stderr \x9b2J", file=sys.stderr)
    print("after")
    captured = capsys.readouterr()
    assert captured.out == "title\u241b]0;owned\u2407 and \u27e8U+202E\u27e9evil\nafter\n"
    assert captured.err == "to stderr \u27e8U+009B\u27e92J\n"

"""The one door for outside text: everything from a pack, a file name or a paste passes here
before it reaches a terminal or a file.

Outside text is shown exactly as written, but inert: a control character cannot move the cursor,
write the clipboard (OSC 52), rename the window or clear the screen, and a bidirectional override
cannot reorder the text around it. Each such character is replaced by a visible stand-in:

- C0 controls and DEL become their Unicode "control picture" (ESC shows as ␛, CR as ␍);
  line feeds and tabs are kept in `safe` (text has lines) and made visible by `safe_line`.
- C1 controls (U+0080-U+009F), the bidi embeddings, overrides and isolates (U+202A-U+202E,
  U+2066-U+2069), the line and paragraph separators (U+2028, U+2029) and lone surrogates (from a
  file name that is not valid UTF-8) become their code point in angle brackets: ⟨U+202E⟩.

Marks that only hint a direction (LRM U+200E, RLM U+200F, ALM U+061C) and the joiners that Persian
needs (ZWNJ U+200C) are ordinary text and pass unchanged.

The command line writes through `safe_output()`, so that nothing it prints can escape this door;
messages still quote outside values with `safe_line`, so that each problem stays on one line.
"""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

_C0_PICTURES = {code: chr(0x2400 + code) for code in range(0x20)}
_C0_PICTURES[0x7F] = "\u2421"  # ␡

_CODE_POINTS = [
    *range(0x80, 0xA0),  # C1 controls, CSI (U+009B) and OSC (U+009D) among them
    *range(0x202A, 0x202F),  # LRE RLE PDF LRO RLO
    *range(0x2066, 0x206A),  # LRI RLI FSI PDI
    0x2028,  # LINE SEPARATOR
    0x2029,  # PARAGRAPH SEPARATOR
]

_MULTILINE = {code: picture for code, picture in _C0_PICTURES.items() if code not in (0x09, 0x0A)}
_MULTILINE.update({code: f"\u27e8U+{code:04X}\u27e9" for code in _CODE_POINTS})
_ONE_LINE = {**_MULTILINE, 0x09: _C0_PICTURES[0x09], 0x0A: _C0_PICTURES[0x0A]}

_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_UNSAFE_ONE_LINE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_SURROGATE = re.compile("[\ud800-\udfff]")


def _show_surrogates(text: str) -> str:
    return _SURROGATE.sub(lambda m: f"\u27e8U+{ord(m.group()):04X}\u27e9", text)


def safe(text: str) -> str:
    """Outside text made inert for a terminal or a file; line feeds and tabs are kept."""
    if _UNSAFE.search(text) is None:
        return text
    return _show_surrogates(text.translate(_MULTILINE))


def safe_line(text: str) -> str:
    """Outside text made inert and kept on one line: line feeds and tabs are shown as ␊ and ␉."""
    if _UNSAFE_ONE_LINE.search(text) is None:
        return text
    return _show_surrogates(text.translate(_ONE_LINE))


def is_safe(text: str) -> bool:
    """Whether `safe` would leave the text unchanged."""
    return _UNSAFE.search(text) is None


def safe_cells(text: str) -> str:
    """Outside text made inert character for character, for a field with a cursor in it.

    C0 controls become their control picture and every other unsafe character U+FFFD, so that
    positions in the text stay where they were.
    """
    if _UNSAFE_ONE_LINE.search(text) is None:
        return text
    return _UNSAFE_ONE_LINE.sub(lambda m: _C0_PICTURES.get(ord(m.group()), "\ufffd"), text)


def safe_json(data: Any) -> str:
    """One line of JSON in which every character `safe` would change is a \\u escape: the data
    stays exact for a program and inert on a terminal."""
    import json  # here: not on the app's start

    text = json.dumps(data, ensure_ascii=False)
    return _UNSAFE_ONE_LINE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class SafeStream:
    """A text stream that passes everything written to it through `safe`."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        """Write the text, made inert."""
        self.stream.write(safe(text))
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        """Write each line, made inert."""
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


@contextlib.contextmanager
def safe_output() -> Iterator[None]:
    """While it lasts, standard output and standard error pass everything through `safe`."""
    out, err = sys.stdout, sys.stderr
    sys.stdout = SafeStream(out)  # type: ignore[assignment]
    sys.stderr = SafeStream(err)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err

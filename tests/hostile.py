"""A hostile pack: every string Separ shows carries escape sequences, C1 controls, bidi overrides
and markup, and so does a seed file's name. Tests run it through every way out of Separ.
"""

from __future__ import annotations

import re
from pathlib import Path

PAYLOADS = {
    "osc52 clipboard": "\x1b]52;c;cm0gLXJmIH4=\x07",
    "osc0 window title": "\x1b]0;owned\x07",
    "screen fill": "\x1b#8",
    "csi": "\x1b[2J\x1b[6n",
    "c1 csi": "\x9b2J",
    "c1 osc": "\x9d0;c1-title\x9c",
    "carriage return": "\rEVIL",
    "bidi": "\u202egpj.exe\u202c \u2067isolate\u2069 \u202aembed\u202c \u2028",
    "markup": "[bold red]markup[/] [/MEK] *stars* <script>alert(1)</script> &amp;",
}
ALL = "".join(PAYLOADS.values())
SEED_NAME = "\x1b]0;seed-name\x07\u202ereport.txt"
"""A seed file name that would rename the window and reverse itself."""

_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_TEXTUAL_OWN = re.compile(r"\x1b\[[0-9;]*[mH]")
"""What Textual itself writes between characters: colours and cursor moves."""


def yaml_string(text: str) -> str:
    """Text as a YAML double-quoted scalar: control characters as escapes, the rest as is."""
    out = []
    for char in text:
        code = ord(char)
        if char in '"\\':
            out.append("\\" + char)
        elif code < 0x20 or 0x7F <= code <= 0x9F:
            out.append(f"\\x{code:02x}")
        elif code in (0x2028, 0x2029):
            out.append(f"\\u{code:04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def hostile(label: str) -> str:
    """A field's text: its label and every payload."""
    return f"{label} {ALL} end"


QUOTE = f"Keep your phone locked {PAYLOADS['osc52 clipboard']} at all times"
DOCUMENT = (
    f"Before {hostile('the paragraph before')}\n\n"
    f"The advice: {QUOTE}.\n\n"
    f"After {hostile('the paragraph after')}\n"
)


def write_hostile_pack(root: Path) -> Path:
    """A pack that passes `separ check`, with payloads in every field and the seed file's name."""
    q = yaml_string
    (root / "guidance").mkdir(parents=True)
    (root / "seeds").mkdir()
    (root / "trusted").mkdir()
    (root / "seeds" / SEED_NAME).write_text(DOCUMENT, encoding="utf-8")
    (root / "seeds" / "sources.yaml").write_text(
        "documents:\n"
        "  - id: hostile-doc\n"
        f"    file: {q(SEED_NAME)}\n"
        f"    title: {q(hostile('title'))}\n"
        f"    publisher: {q(hostile('publisher'))}\n"
        f"    author: {q(hostile('author'))}\n"
        f"    date: {q(hostile('date'))}\n",
        encoding="utf-8",
    )
    (root / "guidance" / "01-hostile.yaml").write_text(
        "id: hostile-section\n"
        f"title: {q(hostile('section'))}\n"
        f"summary: {q(hostile('summary'))}\n"
        "items:\n"
        "  - id: avoid-look-alike-sites\n"
        f"    title: {q(hostile('item'))}\n"
        "    level: essential\n"
        f"    why: {q(hostile('why'))}\n"
        "    steps:\n"
        f"      - {q(hostile('step'))}\n"
        "    citations:\n"
        "      - document: hostile-doc\n"
        f"        quote: {q(QUOTE)}\n"
        "        role: advice\n",
        encoding="utf-8",
    )
    (root / "trusted" / "sites.yaml").write_text(
        f"sites:\n  - owner: {q(hostile('owner'))}\n    why: safety\n    domains: [example.org]\n",
        encoding="utf-8",
    )
    return root


def write_broken_hostile_pack(root: Path) -> Path:
    """A pack whose problems quote payloads: ids, keys, levels, file names, a closest passage."""
    q = yaml_string
    write_hostile_pack(root)
    (root / "guidance" / "02-broken.yaml").write_text(
        f"id: {q('bad' + ALL)}\n"
        "title: Broken\n"
        "summary: Broken\n"
        f"{q('key' + PAYLOADS['osc52 clipboard'])}: 1\n"
        "items:\n"
        "  - id: broken-item\n"
        "    title: Broken\n"
        f"    level: {q('urgent' + ALL)}\n"
        "    why: Broken\n"
        "    steps: [Broken]\n"
        "    citations:\n"
        "      - document: hostile-doc\n"
        f"        quote: {q('the paragraph before ' + ALL + ' not in it')}\n"
        "        role: advice\n",
        encoding="utf-8",
    )
    (root / "guidance" / f"03-{PAYLOADS['osc0 window title']}\u202e.yaml").write_text(
        "id: [", encoding="utf-8"
    )
    (root / "guidance" / "04-\udcff.yaml").write_text("id: [", encoding="utf-8")
    sources = root / "seeds" / "sources.yaml"
    sources.write_text(
        sources.read_text(encoding="utf-8")
        + f"  - id: missing-doc\n    file: {q('missing' + ALL + '.txt')}\n    title: Missing\n",
        encoding="utf-8",
    )
    return root


def assert_inert(text: str | bytes, where: str = "output") -> None:
    """Nothing that steers a terminal or reorders text: no control character but line feed and
    tab, no C1 control, no bidi override or isolate, no separator, and valid UTF-8."""
    if isinstance(text, bytes):
        text = text.decode("utf-8")  # strict: a raw byte from a file name fails here
    found = _FORBIDDEN.search(text)
    assert found is None, (
        f"{where}: U+{ord(found.group()):04X} at {found.start()}: "
        f"{text[max(0, found.start() - 60) : found.start() + 20]!r}"
    )


def assert_screen_inert(output: str, where: str = "screen") -> None:
    """What Textual writes to the terminal holds no escape sequence but its own."""
    assert_inert(_TEXTUAL_OWN.sub("", output), where)

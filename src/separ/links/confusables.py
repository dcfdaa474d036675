"""Look-alike characters: Unicode TR39 skeletons, scripts, and what a character looks like.

The data is Unicode's own confusables.txt and Scripts.txt, as shipped (JSON) by the
`confusable-homoglyphs` package; it is read from the installed package, never downloaded.
That package stores each confusable pair in both directions; every source character maps to
exactly one prototype, so the direction is recovered from the shape of the data (a prototype
is a multi-character string or has several sources). Where a pair stands alone the direction is
lost, but either member works as the class's representative: skeletons stay equal exactly when
TR39's would be.
"""

from __future__ import annotations

import bisect
import json
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

_PACKAGE = "confusable_homoglyphs"
_DIRECTION_MARKS = str.maketrans("", "", "\u200e\u200f")
_IGNORED_SCRIPTS = frozenset({"COMMON", "INHERITED", "UNKNOWN"})
# Script mixes that TR39's "highly restrictive" level allows: they are how these languages are
# written, not a trick.
_ALLOWED_MIXES = (
    frozenset({"LATIN", "HAN", "HIRAGANA", "KATAKANA"}),
    frozenset({"LATIN", "HAN", "BOPOMOFO"}),
    frozenset({"LATIN", "HAN", "HANGUL"}),
)

# Letters that look like a Latin letter in the small fonts of address bars but that
# confusables.txt leaves alone or sends to another prototype (small capitals, letters with hooks
# or strokes, Cyrillic lower case). Chromium's IDN spoof checker adds a similar table.
_EXTRA = {
    "ӏ": "l",
    "ɫ": "l",
    "ł": "l",
    "ƚ": "l",
    "ь": "b",
    "в": "b",
    "ƅ": "b",
    "ʙ": "b",
    "ɓ": "b",
    "ҍ": "b",
    "к": "k",
    "ĸ": "k",
    "κ": "k",
    "ᴋ": "k",
    "қ": "k",
    "ҝ": "k",
    "ҟ": "k",
    "ҡ": "k",
    "ӄ": "k",
    "ԟ": "k",
    "ⱪ": "k",
    "м": "m",
    "ᴍ": "m",
    "ɱ": "m",
    "ӎ": "m",
    "н": "h",
    "ħ": "h",
    "ɦ": "h",
    "ⱨ": "h",
    "ћ": "h",
    "ң": "h",
    "ҥ": "h",
    "ӈ": "h",
    "ӊ": "h",
    "ԋ": "h",
    "п": "n",
    "ŋ": "n",
    "ꞑ": "n",
    "ɲ": "n",
    "ɳ": "n",
    "т": "t",
    "ŧ": "t",
    "ƫ": "t",
    "ҭ": "t",
    "ƭ": "t",
    "ш": "w",
    "щ": "w",
    "ω": "w",
    "ᴡ": "w",
    "ⱳ": "w",
    "ԝ": "w",
    "г": "r",
    "ʀ": "r",
    "ɍ": "r",
    "ɽ": "r",
    "ɼ": "r",
    "ɾ": "r",
    "ᴄ": "c",
    "ƈ": "c",
    "ҫ": "c",
    "ɖ": "d",
    "ɗ": "d",
    "đ": "d",
    "ԁ": "d",
    "ɢ": "g",
    "ǥ": "g",
    "ԍ": "g",
    "ɠ": "g",
    "ɪ": "i",
    "ɨ": "i",
    "ɩ": "i",
    "ʝ": "j",
    "ɉ": "j",
    "ᴏ": "o",
    "ø": "o",
    "ɵ": "o",
    "ƥ": "p",
    "ƿ": "p",
    "ʠ": "q",
    "ꜱ": "s",
    "ʂ": "s",
    "ᴜ": "u",
    "ʉ": "u",
    "ᴠ": "v",
    "ⱴ": "v",
    "ⱱ": "v",
    "ᶌ": "v",
    "ѵ": "v",
    "ʏ": "y",
    "ɏ": "y",
    "ƴ": "y",
    "ү": "y",
    "ұ": "y",
    "ᴢ": "z",
    "ƶ": "z",
    "ʐ": "z",
    "ⱬ": "z",
    "æ": "ae",
    "œ": "oe",
    "ƻ": "2",
    "ʒ": "3",
    "з": "3",
    "ƽ": "5",
}
# After the skeleton: letter groups that stand for each other in a domain name (l, I and 1 all
# become "l" in TR39 already; "i" is added here), and pairs that read as one letter.
_LOOSE_LETTERS = str.maketrans({"i": "l", "|": "l"})
_LOOSE_PAIRS = (("vv", "w"), ("cl", "d"))
_READ_AS = (("rn", "m"),)  # TR39 writes m as "rn"; people read it as m


@cache
def _prototypes() -> dict[str, str]:
    """Each confusable source character mapped to its prototype (TR39's confusables.txt)."""
    raw = json.loads(files(_PACKAGE).joinpath("confusables.json").read_text("utf-8"))
    graph: dict[str, set[str]] = {}
    for key, partners in raw.items():
        clean = key.translate(_DIRECTION_MARKS)
        others = {p["c"].translate(_DIRECTION_MARKS) for p in partners}
        graph.setdefault(clean, set()).update(o for o in others if o)
    mapping: dict[str, str] = {}
    for key, partners in graph.items():
        if len(key) != 1 or len(partners) != 1:
            continue  # a multi-character string or a character with several sources: a prototype
        (partner,) = partners
        if len(partner) > 1 or len(graph.get(partner, ())) > 1:
            mapping[key] = partner
        elif key != min(key, partner):
            mapping[key] = min(key, partner)
    return mapping


@cache
def _script_ranges() -> tuple[list[int], list[tuple[int, str]]]:
    """Scripts.txt as sorted range starts and (range end, script) pairs, for bisecting."""
    data = json.loads(files(_PACKAGE).joinpath("categories.json").read_text("utf-8"))
    names = data["iso_15924_aliases"]
    starts = [start for start, _, _, _ in data["code_points_ranges"]]
    ends = [(end, names[script]) for _, end, script, _ in data["code_points_ranges"]]
    return starts, ends


def script(char: str) -> str:
    """The Unicode script of one character, such as LATIN, CYRILLIC or COMMON."""
    starts, ends = _script_ranges()
    code = ord(char)
    i = bisect.bisect_right(starts, code) - 1
    if i >= 0 and code <= ends[i][0]:
        return ends[i][1]
    return "UNKNOWN"


def scripts(text: str) -> frozenset[str]:
    """The scripts that the letters of a text are written in (digits and hyphens are in none)."""
    return frozenset(script(c) for c in text) - _IGNORED_SCRIPTS


def is_mixed_script(text: str) -> bool:
    """Whether a label mixes scripts in a way no language is written (Latin with Cyrillic...)."""
    found = scripts(text)
    if len(found) <= 1:
        return False
    return not any(found <= allowed for allowed in _ALLOWED_MIXES)


def _tr39(text: str) -> str:
    """One pass of TR39's skeleton: NFD, each character to its prototype, NFD again."""
    mapping = _prototypes()
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFD", "".join(mapping.get(c, c) for c in decomposed))


def skeleton(text: str) -> str:
    """TR39's skeleton of a domain label, case-folded as domains are (so "0" meets "o")."""
    current = text.lower()
    for _ in range(4):
        following = _tr39(current).lower()
        if following == current:
            break
        current = following
    return current


def _strip_marks(text: str) -> str:
    """The text without accents and other combining marks."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.category(c).startswith("M"))


def plain_letters(text: str) -> str:
    """What a name reads as: its skeleton without accents, in plain letters ("аррӏе" → "apple")."""
    current = unicodedata.normalize("NFKC", text).lower()
    current = skeleton("".join(_EXTRA.get(c, c) for c in current))
    for _ in range(3):
        plain = "".join(_EXTRA.get(c, c) for c in _strip_marks(current))
        following = skeleton(plain)
        if following == current:
            break
        current = following
    current = _strip_marks(current)
    for pair, letter in _READ_AS:
        current = current.replace(pair, letter)
    return current


def loose_skeleton(text: str) -> str:
    """A skeleton that also ignores accents and folds what reads alike in an address bar.

    Two names with the same loose skeleton look the same to a hurried reader: "іnstagrаm"
    (Cyrillic), "ínstagram", "1nstagram", "instagrarn" all give the skeleton of "instagram".
    """
    current = plain_letters(text).translate(_LOOSE_LETTERS)
    for pair, letter in _LOOSE_PAIRS:
        current = current.replace(pair, letter)
    return current


def looks_latin(text: str) -> bool:
    """Whether a text reads as plain Latin letters, digits and hyphens."""
    return all(c.isascii() and (c.isalnum() or c == "-") for c in plain_letters(text))


@dataclass(frozen=True)
class Lookalike:
    """One character of a name that is not the plain letter it looks like."""

    char: str
    """The character as written."""
    code: str
    """Its code point, such as U+0430."""
    name: str
    """Its Unicode name, such as CYRILLIC SMALL LETTER A."""
    looks_like: str
    """The plain letter(s) it passes for."""


def lookalikes(text: str) -> list[Lookalike]:
    """Every character of a name that is not plain ASCII, with what it looks like."""
    found = []
    for char in dict.fromkeys(text):
        if char.isascii():
            continue
        looks = plain_letters(char)
        name = unicodedata.name(char, "UNNAMED CHARACTER")
        found.append(Lookalike(char, f"U+{ord(char):04X}", name, looks))
    return found

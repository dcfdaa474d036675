"""Search folding: text as a search compares it, so that a word finds items in any spelling.

Keyboards and phones differ in what they type for the same Persian word: Arabic ي and ك or
Persian ی and ک, Persian, Arabic-Indic or Latin digits, a half-space, a space or nothing between
a word's parts, a tatweel (ـ) stretching a letter, vowel marks, hamza written one way or
another. Folding maps all of these to one form: both the query and the text are folded, and the
query's words are looked for in the text. Latin text is compared without case and accents.

    fold("مي‌خواهم")  == fold("میخواهم") == "میخواهم"
    fold("۱۲ Signal")   == "12 signal"
"""

from __future__ import annotations

import unicodedata

_MAP = {
    "\u064a": "\u06cc",  # ARABIC YEH ي → FARSI YEH ی
    "\u0649": "\u06cc",  # ALEF MAKSURA ى → ی
    "\u0643": "\u06a9",  # ARABIC KAF ك → KEHEH ک
    "\u06aa": "\u06a9",  # SWASH KAF ڪ → ک
    "\u0629": "\u0647",  # TEH MARBUTA ة → HEH ه
    "\u06d5": "\u0647",  # AE ە → ه
    "\u06be": "\u0647",  # HEH DOACHASHMEE ھ → ه
    "\u06c1": "\u0647",  # HEH GOAL ہ → ه
    "\u0671": "\u0627",  # ALEF WASLA ٱ → ا
    "\u060c": ",",  # ARABIC COMMA ،
    "\u061b": ";",  # ARABIC SEMICOLON ؛
    "\u061f": "?",  # ARABIC QUESTION MARK ؟
    "\u066b": ".",  # ARABIC DECIMAL SEPARATOR ٫
    "\u066c": ",",  # ARABIC THOUSANDS SEPARATOR ٬
}
_MAP.update({chr(0x06F0 + d): str(d) for d in range(10)})  # Persian digits
_MAP.update({chr(0x0660 + d): str(d) for d in range(10)})  # Arabic-Indic digits
_DROP = (
    "\u0640"  # TATWEEL ـ
    "\u0621"  # HAMZA ء (اجزاء / اجزا)
    "\u0674"  # HIGH HAMZA
    "\u200c\u200d"  # ZWNJ (the half-space), ZWJ
    "\u200e\u200f\u061c"  # LRM, RLM, ALM
    "\u00ad"  # SOFT HYPHEN
    "\ufeff"  # ZERO WIDTH NO-BREAK SPACE
)
_TABLE = str.maketrans({**_MAP, **dict.fromkeys(_DROP)})


def _fold_piece(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text).translate(_TABLE)
    # NFKD splits آ أ إ ؤ ئ ۀ into a letter and a mark: dropping marks folds the hamza forms too.
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold(text: str) -> str:
    """Text as search compares it (see the module's docstring for what is folded)."""
    if text.isascii():
        return text.casefold()
    return _fold_piece(text)


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """The folded text, and for each of its characters the offset of the character it came from
    (one more entry: the text's length), so that a match can be highlighted in the original."""
    folded: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        piece = _fold_piece(char)
        folded.append(piece)
        offsets.extend([index] * len(piece))
    offsets.append(len(text))
    return "".join(folded), offsets


def query_words(query: str) -> list[str]:
    """The folded words of a query, each to be found in the text."""
    return fold(query).split()


def matches(query: str, text: str) -> bool:
    """Whether every word of the query stands in the text, both folded."""
    folded = fold(text)
    return all(word in folded for word in query_words(query))


def find_spans(query: str, text: str) -> list[tuple[int, int]]:
    """Where the query's words stand in the original text: (start, end) offsets, in order."""
    folded, offsets = fold_with_offsets(text)
    spans = []
    for word in query_words(query):
        start = folded.find(word)
        while start != -1:
            end = start + len(word)
            spans.append((offsets[start], offsets[end - 1] + 1))
            start = folded.find(word, end)
    return sorted(spans)

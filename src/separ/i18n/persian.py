"""Persian text: digits, quotation marks and the half-space (ZWNJ).

Counts are written with Persian digits (۰-۹) when Persian is spoken; quotations in Persian
take guillemets (« »); and a word's parts that belong together but must not join (می‌خواهم,
پیام‌ها) are separated by the zero-width non-joiner, the "half-space".
"""

from __future__ import annotations

import re

from separ.i18n.catalog import current_language

ZWNJ = "\u200c"
"""ZERO WIDTH NON-JOINER, the Persian half-space (نیم‌فاصله)."""

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
_TO_PERSIAN = str.maketrans("0123456789" + ARABIC_INDIC_DIGITS, PERSIAN_DIGITS * 2)
_TO_LATIN = str.maketrans(PERSIAN_DIGITS + ARABIC_INDIC_DIGITS, "0123456789" * 2)
_THOUSANDS = "\u066c"  # ARABIC THOUSANDS SEPARATOR ٬
_DECIMAL = "\u066b"  # ARABIC DECIMAL SEPARATOR ٫


def persian_digits(text: str) -> str:
    """Latin and Arabic-Indic digits written as Persian digits: "12 of 45" → "۱۲ of ۴۵"."""
    return text.translate(_TO_PERSIAN)


def latin_digits(text: str) -> str:
    """Persian and Arabic-Indic digits written as Latin digits (for parsing what was typed)."""
    return text.translate(_TO_LATIN)


def number(value: int | float, language: str | None = None) -> str:
    """A number as the language writes it: 1234 → "1234" in English, "۱۲۳۴" in Persian.

    Separators are kept out of small counts; from five digits on, Persian groups thousands
    with "٬" (and writes a decimal point as "٫"), as Persian keyboards and phones do.
    """
    language = language or current_language()
    if language != "fa":
        return str(value)
    text = f"{value:,}" if abs(value) >= 10_000 else str(value)
    return persian_digits(text.replace(",", _THOUSANDS).replace(".", _DECIMAL))


def quoted(text: str, language: str | None = None) -> str:
    """A quotation in the marks of the language: «…» in Persian, “…” in English."""
    language = language or current_language()
    return f"«{text}»" if language == "fa" else f"“{text}”"


def semicolon(language: str | None = None) -> str:
    """The semicolon between the parts of a list, and its space: "؛ " in Persian, "; " else."""
    return "\u061b " if (language or current_language()) == "fa" else "; "


def comma(language: str | None = None) -> str:
    """The comma between the words of a list, and its space: "، " in Persian, ", " else."""
    return "\u060c " if (language or current_language()) == "fa" else ", "


def half_space(*parts: str) -> str:
    """Join the parts of one word with the half-space: half_space("پیام", "ها") → "پیام‌ها"."""
    return ZWNJ.join(parts)


_SPACED_ZWNJ = re.compile(r"[ \t]+\u200c+[ \t]+|\u200c{2,}")
_PREFIX_MI = re.compile(r"(?<![\w\u200c])(ن?می) (?=[\u0600-\u06ff]{2})")
_STRAY_ZWNJ = re.compile(r"(?<![\w])\u200c|\u200c(?![\w])")


def fix_half_spaces(text: str) -> str:
    """Put the half-space where Persian typing commonly gets it wrong, and only there.

    - a half-space typed between spaces, or twice, becomes one half-space ("می ‌ خواهم");
    - the verb prefixes می and نمی followed by a space become joined by a half-space
      ("می خواهم" → "می‌خواهم"): as a word of its own, می is all but unknown in this text;
    - a half-space at the edge of a word (next to a space or punctuation) is removed.
    Suffixes (ها، ای، ترین) are left alone: a space before them may be meant.
    """
    text = _SPACED_ZWNJ.sub(ZWNJ, text)
    text = _PREFIX_MI.sub(lambda m: m.group(1) + ZWNJ, text)
    return _STRAY_ZWNJ.sub("", text)

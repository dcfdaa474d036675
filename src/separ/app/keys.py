"""Keys that work whichever keyboard layout is on: a Persian keyboard types ع where an English one
types u, and a person reading Persian often has the Persian layout switched on.

Each letter key of a binding is bound together with the Persian letter on the same key (the
standard Persian layout, ISIRI 9147, as Windows, macOS, Android and Linux ship it for these keys),
and each digit with its Persian digit. The footer shows the first, Latin key.
"""

from __future__ import annotations

PERSIAN_LAYOUT: dict[str, str] = {
    **dict(zip("qwertyuiop[]asdfghjkl;'zxcvbnm,", "ضصثقفغعهخحجچشسیبلاتنمکگظطزرذدپو", strict=True)),
    **{str(digit): "۰۱۲۳۴۵۶۷۸۹"[digit] for digit in range(10)},
    "question_mark": "؟",
}
"""The Persian character typed by each key of an English keyboard (by Textual's key name)."""


def either_layout(keys: str) -> str:
    """A binding's keys ("q", "n,right") with the same keys on a Persian keyboard added."""
    names = keys.split(",")
    return ",".join(names + [PERSIAN_LAYOUT[name] for name in names if name in PERSIAN_LAYOUT])

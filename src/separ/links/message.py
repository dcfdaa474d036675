"""Find every link in a pasted message: web links, bare addresses, and their defanged forms.

People receive links inside messages ("Dear colleague, the file is at hxxps://drive-share[.]live/x,
please sign in"), and reports write them defanged so that nobody opens them by accident. Separ
restores the defanged forms (hxxp, [.], (dot)) and finds each link; javascript:, data: and file:
links are found too, as they are what a message may hide behind a button.
"""

from __future__ import annotations

import re
from functools import cache

MESSAGE_LIMIT = 1_000_000
"""Longest message read, in characters: a long e-mail is a few tens of thousands."""

_DEFANGED = (
    (re.compile(r"\bhxxp(s?)", re.IGNORECASE), r"http\1"),
    (re.compile(r"\bh\*\*p(s?)", re.IGNORECASE), r"http\1"),
    (re.compile(r"\[(?:\.|dot)\]|\((?:\.|dot)\)|\{(?:\.|dot)\}", re.IGNORECASE), "."),
    (re.compile(r"\[:\]"), ":"),
    (re.compile(r"\[://\]"), "://"),
)
_WITH_SCHEME = re.compile(r"(?i)\b(?:https?://|javascript:|data:|file:)[^\s\"'<>]+")
_BARE = re.compile(
    r"(?<![\w@.\-/])(?:[\w\-]+\.)+[a-z\u00a1-\uffff][\w\-]*(?:[/:?#][^\s\"'<>]*)?(?![\w.\-]*@)",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?)]}>'\"\u00bb\u201d\u2019\u060c\u061b\u061f\u06d4"
_LEADING = "(<[{'\"\u00ab\u201c\u2018"


def restore(text: str) -> str:
    """Text with defanged links written back as links: hxxps://a[.]b becomes https://a.b."""
    for pattern, replacement in _DEFANGED:
        text = pattern.sub(replacement, text)
    return text


@cache
def _endings():
    """ICANN's endings only, and only known ones: "report.pdf" is no address."""
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList(only_icann=True, accept_unknown=False)


def _is_address(candidate: str) -> bool:
    """Whether a bare word such as example.org/page ends in a real ending (.org, .ir)."""
    host = re.split(r"[/:?#]", candidate, maxsplit=1)[0].rstrip(".").lower()
    last = host.rsplit(".", 1)[-1]
    if not last or last.isdigit():
        return False
    try:
        ascii_last = last.encode("idna").decode("ascii") if not last.isascii() else last
    except UnicodeError:
        return False
    return _endings().is_public(ascii_last)


def _trim(candidate: str) -> str:
    """A link without the punctuation of the sentence around it."""
    candidate = candidate.lstrip(_LEADING)
    while candidate and candidate[-1] in _TRAILING:
        if candidate[-1] == ")" and candidate.count("(") >= candidate.count(")"):
            break  # a bracket that belongs to the link (wikipedia.org/wiki/X_(y))
        candidate = candidate[:-1]
    return candidate


def find_links(text: str) -> list[str]:
    """Every link in a message, restored from defanged forms, once each, in order."""
    text = restore(text[:MESSAGE_LIMIT])
    found: dict[str, None] = {}
    taken: list[tuple[int, int]] = []
    for match in _WITH_SCHEME.finditer(text):
        link = _trim(match.group())
        if link and ":" in link:
            found.setdefault(link, None)
            taken.append((match.start(), match.end()))
    for match in _BARE.finditer(text):
        if any(start <= match.start() < end for start, end in taken):
            continue
        link = _trim(match.group())
        if link and _is_address(link):
            found.setdefault(link, None)
    return list(found)

"""Find a quote in a document's text, as the format promises: white space runs may differ,
everything else must match exactly (typographic quotes and apostrophes are not folded)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

_SPACE = re.compile(r"\s+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")


def collapse(text: str) -> str:
    """Collapse every run of white space to one space and trim the ends."""
    return _SPACE.sub(" ", text).strip()


@dataclass(frozen=True)
class Found:
    """Where a quote stands in the original text."""

    start: int
    end: int
    line: int
    column: int


class SearchableText:
    """A document's text with a white-space-collapsed copy and a map back to the original."""

    def __init__(self, text: str) -> None:
        self.text = text
        pieces: list[str] = []
        self._origin: list[int] = []
        previous_space = True
        for index, char in enumerate(text):
            if char.isspace():
                if not previous_space:
                    pieces.append(" ")
                    self._origin.append(index)
                previous_space = True
            else:
                pieces.append(char)
                self._origin.append(index)
                previous_space = False
        self.collapsed = "".join(pieces)

    def find(self, quote: str) -> Found | None:
        """The first place where the quote stands, or None."""
        needle = collapse(quote)
        if not needle:
            return None
        at = self.collapsed.find(needle)
        if at < 0:
            return None
        start = self._origin[at]
        end = self._origin[at + len(needle) - 1] + 1
        return Found(start, end, *self.line_column(start))

    def line_column(self, offset: int) -> tuple[int, int]:
        """The 1-based line and column of a character offset."""
        line = self.text.count("\n", 0, offset) + 1
        column = offset - (self.text.rfind("\n", 0, offset) + 1) + 1
        return line, column

    def closest(self, quote: str) -> tuple[str, int] | None:
        """The passage that most resembles a quote that was not found, and its line."""
        needle = collapse(quote)
        if not needle or not self.collapsed:
            return None
        matcher = SequenceMatcher(None, self.collapsed, needle, autojunk=False)
        match = matcher.find_longest_match(0, len(self.collapsed), 0, len(needle))
        if match.size < 4:
            return None
        start = max(0, match.a - match.b)
        end = min(len(self.collapsed), start + len(needle))
        # Widen to whole words so the hint reads naturally.
        while start > 0 and self.collapsed[start - 1] != " ":
            start -= 1
        while end < len(self.collapsed) and self.collapsed[end] != " ":
            end += 1
        line, _ = self.line_column(self._origin[start])
        return self.collapsed[start:end], line


def paragraph_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) spans of the paragraphs of a text: runs of lines between blank lines."""
    spans = []
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(text)))
    trimmed = []
    for start, end in spans:
        chunk = text[start:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            trail = len(chunk.rstrip())
            trimmed.append((start + lead, start + trail))
    return tuple(trimmed)

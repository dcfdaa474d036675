"""Find a quote in a document's text, as the format promises: white space runs may differ,
everything else must match exactly (typographic quotes and apostrophes are not folded)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\S+")
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
    """A document's text with a white-space-collapsed copy, and a way back to the original."""

    def __init__(self, text: str) -> None:
        self.text = text
        words = [(m.start(), m.group()) for m in _WORD.finditer(text)]
        self._starts = [start for start, _ in words]
        """Where each word starts in the original text."""
        self._collapsed_starts: list[int] = []
        """Where each word starts in the collapsed text."""
        position = 0
        for _, word in words:
            self._collapsed_starts.append(position)
            position += len(word) + 1
        self.collapsed = " ".join(word for _, word in words)

    def _original(self, at: int) -> int:
        """The offset in the original text of a non-space character of the collapsed text."""
        word = bisect.bisect_right(self._collapsed_starts, at) - 1
        return self._starts[word] + (at - self._collapsed_starts[word])

    def find(self, quote: str) -> Found | None:
        """The first place where the quote stands, or None."""
        needle = collapse(quote)
        if not needle:
            return None
        at = self.collapsed.find(needle)
        if at < 0:
            return None
        start = self._original(at)
        end = self._original(at + len(needle) - 1) + 1
        return Found(start, end, *self.line_column(start))

    def line_column(self, offset: int) -> tuple[int, int]:
        """The 1-based line and column of a character offset."""
        line = self.text.count("\n", 0, offset) + 1
        column = offset - (self.text.rfind("\n", 0, offset) + 1) + 1
        return line, column

    def closest(self, quote: str) -> tuple[str, int] | None:
        """The passage that most resembles a quote that was not found, and its line."""

        from difflib import SequenceMatcher  # only on the error path

        needle = collapse(quote)
        collapsed = self.collapsed
        if not needle or not collapsed:
            return None
        matcher = SequenceMatcher(None, collapsed, needle, autojunk=False)
        match = matcher.find_longest_match(0, len(collapsed), 0, len(needle))
        if match.size < 4:
            return None
        start = max(0, match.a - match.b)
        end = min(len(collapsed), start + len(needle))
        # Widen to whole words so the hint reads naturally.
        while start > 0 and collapsed[start - 1] != " ":
            start -= 1
        while end < len(collapsed) and collapsed[end] != " ":
            end += 1
        line, _ = self.line_column(self._original(start))
        return collapsed[start:end], line


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

"""Find a quote in a document's text, as the format promises: white space runs may differ,
everything else must match exactly (typographic quotes and apostrophes are not folded).

Both stay fast on large documents: the collapsed copy is made by one regular expression, and the
way back to the original text is kept only at the runs of white space that collapsing shortened
(about one per paragraph). The closest passage to a quote that is not found is looked for only
where pieces of the quote occur, never by comparing the quote with the whole text.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from itertools import groupby
from operator import eq

_RUN = re.compile(r"\s{2,}")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")

_LONGEST = 2000
"""The most characters of a quote the closest passage is sought for (the format's own limit)."""
_PIECES = (12, 6, 4)
"""The lengths of the pieces of a quote looked up in the text, longest first."""
_SAMPLES = 32
"""How many pieces of each length are looked up, spread along the quote."""
_HITS = 32
"""How many places of each piece are counted."""
_PLACES = 32
"""How many of the most promising places are compared with the quote."""


def collapse(text: str) -> str:
    """Collapse every run of white space to one space and trim the ends."""
    return " ".join(text.split())  # splits where \\s matches: the same runs, faster


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
        self.collapsed = collapse(text)
        # Collapsing turns each lone white space character into one space, in place; only
        # longer runs (and those at the start) shift what follows. After each such run, where
        # the next character stands in the collapsed and in the original text:
        lead = len(text) - len(text.lstrip())
        self._collapsed_at = [0]
        self._original_at = [lead]
        position, previous = 0, lead
        for run in _RUN.finditer(text, lead):
            position += run.start() - previous + 1
            previous = run.end()
            self._collapsed_at.append(position)
            self._original_at.append(previous)

    def _original(self, at: int) -> int:
        """The offset in the original text of a non-space character of the collapsed text."""
        anchor = bisect.bisect_right(self._collapsed_at, at) - 1
        return self._original_at[anchor] + (at - self._collapsed_at[anchor])

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

    def _alignments(self, needle: str) -> list[int]:
        """Where the quote would start in the collapsed text, by the pieces of it found there:
        the places most pieces agree on first."""
        collapsed = self.collapsed
        votes: Counter[int] = Counter()
        for size in _PIECES:
            if len(needle) < size:
                continue
            step = max(1, (len(needle) - size) // _SAMPLES)
            for offset in range(0, len(needle) - size + 1, step):
                piece = needle[offset : offset + size]
                at = collapsed.find(piece)
                for _ in range(_HITS):
                    if at < 0:
                        break
                    votes[at - offset] += 1
                    at = collapsed.find(piece, at + 1)
            if votes:
                break
        return [at for at, _ in votes.most_common(_PLACES)]

    def _longest_run(self, needle: str, align: int) -> tuple[int, int]:
        """The longest run of characters the quote shares with the text when it is laid at
        `align`: its length and where it starts in the text."""
        low, high = max(0, -align), min(len(needle), len(self.collapsed) - align)
        pairs = map(eq, self.collapsed[align + low : align + high], needle[low:high])
        best, at, position = 0, align, align + low
        for same, run in groupby(pairs):
            length = sum(1 for _ in run)
            if same and length > best:
                best, at = length, position
            position += length
        return best, at

    def closest(self, quote: str) -> tuple[str, int] | None:
        """The passage that most resembles a quote that was not found, and its line.

        That is the passage the quote's longest run of shared characters puts it at, as if the
        quote were laid over the text there; only the places that pieces of it point to are
        tried.
        """
        needle = collapse(quote)[:_LONGEST]
        collapsed = self.collapsed
        if not needle or not collapsed:
            return None
        best: tuple[int, int, int] | None = None  # length of the run, where it starts, alignment
        for align in self._alignments(needle):
            length, at = self._longest_run(needle, align)
            if best is None or (length, -at) > (best[0], -best[1]):
                best = (length, at, align)
        if best is None or best[0] < 4:
            return None
        start = max(0, best[2])
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

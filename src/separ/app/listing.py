"""What the main list shows: a section's items or a search's, narrowed by level, place and state.

Plain functions of the pack and the person's choices, with no Textual in them. The records are
named tuples: cheaper to define than dataclasses, and this module is loaded before the first frame.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from separ.i18n import N_, _, ngettext
from separ.i18n.fold import fold, query_words
from separ.i18n.persian import number
from separ.pack.model import Item, Pack, Section

FIELDS: tuple[str, ...] = ("title", "why", "steps")
"""The parts of an item a search looks in, in the order a match is reported."""
FIELD_NAMES: dict[str, str] = {"title": N_("title"), "why": N_("why"), "steps": N_("steps")}
"""How each part is named where a search says where it found the words."""
PLACE_NAMES: dict[str, str] = {
    "inside": N_("for people inside Iran"),
    "abroad": N_("for people outside Iran"),
}
"""Where a person can be, as the list says what it shows."""


class Choice(NamedTuple):
    """What the person chose to see."""

    section_id: str = ""
    """The section whose items are listed when there is no search."""
    search: str = ""
    """Words typed after `/`: items of every section that hold them all."""
    essentials_only: bool = False
    """Only the essential items."""
    where: str | None = None
    """Only what applies "inside" the country or "abroad" (and everywhere); None: everything."""
    hide_done: bool = False
    """Leave out the items that are done."""


class Row(NamedTuple):
    """One item of the list, with its section and, in a search, where the words were found."""

    item: Item
    section: Section
    matched: tuple[str, ...] = ()
    """The parts ("title", "why", "steps") that hold searched words; empty outside a search."""


def search_words(text: str) -> list[str]:
    """The words of a search, folded (`separ.i18n.fold`): without case or accents, and Persian
    however a keyboard typed it (ي or ی, ۱ or 1, with or without the half-space)."""
    return query_words(text)


@lru_cache(maxsize=4096)
def _folded(text: str) -> str:
    """Pack text as a search compares it (kept: the same texts are searched on every key)."""
    return fold(text)


def matched_fields(item: Item, words: list[str]) -> tuple[str, ...] | None:
    """The parts of an item holding the searched words, or None unless it holds them all."""
    texts = (_folded(item.title), _folded(item.why), _folded(" ".join(item.steps)))
    if not all(any(word in text for text in texts) for word in words):
        return None
    return tuple(
        field
        for field, text in zip(FIELDS, texts, strict=True)
        if any(word in text for word in words)
    )


def list_rows(pack: Pack, choice: Choice, done: set[str]) -> list[Row]:
    """The rows the list shows for a choice, in checklist order."""
    words = search_words(choice.search)
    if words:
        sections = pack.sections
    else:
        section = pack.section(choice.section_id)
        sections = (section,) if section is not None else ()
    rows = []
    for section in sections:
        for item in section.items:
            if choice.essentials_only and item.level != "essential":
                continue
            if not item.applies_to(choice.where):
                continue
            if choice.hide_done and item.id in done:
                continue
            matched: tuple[str, ...] = ()
            if words:
                found = matched_fields(item, words)
                if found is None:
                    continue
                matched = found
            rows.append(Row(item, section, matched))
    return rows


def narrowed_by(choice: Choice) -> list[str]:
    """What narrows the list besides the section or search, in words ("essentials only")."""
    words = []
    if choice.essentials_only:
        words.append(_("essentials only"))
    if choice.where is not None:
        words.append(_(PLACE_NAMES[choice.where]))
    if choice.hide_done:
        words.append(_("done hidden"))
    return words


def count_line(count: int, choice: Choice) -> str:
    """Under the list: "5 items · essentials only · done hidden"."""
    items = ngettext("{count} item", "{count} items", count).format(count=number(count))
    return " · ".join([items, *narrowed_by(choice)])

"""The pack model: documents, sections, items and citations as plain frozen dataclasses.

Situations, the "Start here" list and contacts live beside it, in `separ.pack.situation`.

Nothing here reads files or knows about the terminal; `separ.pack.load` builds these objects.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from separ.i18n.catalog import N_, _

if TYPE_CHECKING:
    from separ.pack.situation import Contact, Situation, StartHere

LEVELS: tuple[str, ...] = ("essential", "recommended", "advanced")
"""The levels an item can have, from most to least urgent."""

LEVEL_NAMES: dict[str, str] = {
    "essential": N_("essential"),
    "recommended": N_("recommended"),
    "advanced": N_("advanced"),
}
"""Each level as a reader sees it (translated where shown: `_(LEVEL_NAMES[level])`)."""

LEVEL_MEANINGS: dict[str, str] = {
    "essential": N_("The first things to do, in calm times: each is quick and protects a lot."),
    "recommended": N_("Worth doing once the essentials are done."),
    "advanced": N_("More effort or skill; for people at higher risk or with more time."),
}
"""What each level means, in the words the app, the exports and the README use.

These labels are English here and marked for the catalog: translate them where they are shown,
`_(LEVEL_MEANINGS[level])`, so that they follow the language installed then."""

ROLES: tuple[str, ...] = ("advice", "threat")
"""What a citation shows: the document recommends the step, or describes the threat it answers."""

ROLE_LABELS: dict[str, str] = {
    "advice": N_("The source recommends this"),
    "threat": N_("The threat this answers, as the source describes it"),
}
"""How each role is said wherever a citation is shown (translated where shown)."""

OWN_ADVICE = N_(
    "This advice is Separ's own: the sources below describe the threat it answers, not these steps."
)
"""Said of an item whose citations all describe the threat (translated where shown)."""

APPLIES: tuple[str, ...] = ("everywhere", "inside", "abroad")
"""Where an item applies: for everyone, for people in the country, or for the diaspora."""

APPLIES_LABELS: dict[str, str] = {
    "everywhere": N_("For everyone"),
    "inside": N_("Only for people inside Iran"),
    "abroad": N_("Only for people outside Iran"),
}
"""How each place is said beside an item (translated where shown)."""

UNTRANSLATED = N_("not yet translated")
"""Said beside a text shown in English because its translation is missing or out of date."""

TRANSLATION = N_("Translation")
"""The label of a quote's rendering in the reader's language: the quote itself stays English."""

TRANSLATIONS_NOTE = N_(
    "The quotes are given in English, word for word as the sources wrote them; the translation "
    "under each is Separ's."
)
"""Said once wherever translated quotes are shown: whose words each one is."""


def display_date(iso: str | None) -> str | None:
    """A source's date as `separ.i18n.dates.source_date` says it in the language spoken now
    ("16 November 2020"; in Persian the Solar Hijri date with the Gregorian one in brackets);
    text that is not a date is kept as written.

    A Persian date starts with a right-to-left mark: it follows a source's English name on the
    same line, and without the mark its first number ("۲۶ آبان ۱۳۹۹") is drawn on the English
    side, away from its month."""
    from separ.i18n.catalog import right_to_left
    from separ.i18n.dates import source_date

    said = source_date(iso)
    return f"\u200f{said}" if said and said != iso and right_to_left() else said


@dataclass(frozen=True)
class Credit:
    """What a source states of itself: title, outlet or publisher, author and date."""

    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    date: str | None = None

    def line(self) -> str:
        """One line naming the source: "Title — Publisher, Author, 16 November 2020"."""
        rest = ", ".join(x for x in (self.publisher, self.author, display_date(self.date)) if x)
        if self.title and rest:
            return f"{self.title} — {rest}"
        return self.title or rest or _("Unknown source")


@dataclass(frozen=True)
class Part:
    """One article inside a compilation document, spanning a range of its lines."""

    id: str
    first_line: int
    last_line: int
    credit: Credit


@dataclass(frozen=True, eq=False)
class Document:
    """A source document: its text, what it states of itself and, for a compilation, its parts."""

    id: str
    file: str
    path: Path
    credit: Credit
    text: str
    parts: tuple[Part, ...] = ()
    paragraphs: tuple[tuple[int, int], ...] = field(default=(), repr=False)
    """Character spans (start, end) of the non-blank paragraphs, in order."""

    def part_at(self, line: int) -> Part | None:
        """The part of a compilation that contains a 1-based line, if any."""
        for part in self.parts:
            if part.first_line <= line <= part.last_line:
                return part
        return None

    def paragraph_index(self, offset: int) -> int:
        """The index of the paragraph that contains (or follows) a character offset."""
        starts = [start for start, _ in self.paragraphs]
        index = bisect.bisect_right(starts, offset) - 1
        return max(0, min(index, len(self.paragraphs) - 1))

    def paragraph(self, index: int) -> str:
        """The text of one paragraph."""
        start, end = self.paragraphs[index]
        return self.text[start:end]


@dataclass(frozen=True)
class Citation:
    """A verbatim quote from a document, resolved to where it stands."""

    document: Document
    quote: str
    start: int
    """Offset of the first quoted character in the document's text."""
    end: int
    """Offset just past the last quoted character."""
    line: int
    column: int
    role: str = "threat"
    """"advice" (the document recommends this) or "threat" (it describes the threat answered)."""
    translation: str | None = None
    """The quote rendered in the pack's language, shown as a translation beside the verbatim
    quote; None where there is none (an English pack, or not yet translated)."""

    @property
    def role_label(self) -> str:
        """The role in plain words, in the language spoken now."""
        return _(ROLE_LABELS[self.role])

    @property
    def part(self) -> Part | None:
        """The article of a compilation the quote comes from, if the document has parts."""
        return self.document.part_at(self.line)

    @property
    def credit(self) -> Credit:
        """The source as a reader should know it: the part's own credit inside a compilation."""
        part = self.part
        if part is None:
            return self.document.credit
        own = part.credit
        return Credit(
            title=own.title,
            publisher=own.publisher or self.document.credit.publisher,
            author=own.author,
            date=own.date,
        )

    @property
    def passage(self) -> str:
        """The quoted words exactly as they stand in the document."""
        return self.document.text[self.start : self.end]

    @property
    def paragraph_index(self) -> int:
        """The index of the paragraph in which the quote begins."""
        return self.document.paragraph_index(self.start)


@dataclass(frozen=True)
class Item:
    """One recommendation: something a person can do, why, how, and where it comes from."""

    id: str
    section_id: str
    title: str
    level: str
    why: str
    steps: tuple[str, ...]
    citations: tuple[Citation, ...]
    applies: str = "everywhere"
    """Where the item applies: "everywhere", "inside" (the country) or "abroad"."""
    lang: str = "en"
    """The language its title, why and steps are in: the pack's, or "en" where the translation
    is missing or out of date (shown marked as untranslated)."""

    @property
    def own_advice(self) -> bool:
        """Whether every citation describes the threat, so the steps are Separ's own advice."""
        return bool(self.citations) and all(c.role == "threat" for c in self.citations)

    def applies_to(self, where: str | None) -> bool:
        """Whether the item is for a person in this place (None: show everything)."""
        return where is None or self.applies in ("everywhere", where)


@dataclass(frozen=True)
class Section:
    """A group of items on one theme."""

    id: str
    title: str
    summary: str
    items: tuple[Item, ...]
    path: Path
    lang: str = "en"
    """The language its title and summary are in (see `Item.lang`)."""


@dataclass(frozen=True)
class Pack:
    """A whole guidance pack: its sections in order and the documents they cite."""

    root: Path
    sections: tuple[Section, ...]
    documents: tuple[Document, ...]
    lang: str = "en"
    """The language asked for; a text whose own `lang` differs is shown marked untranslated."""
    situations: tuple[Situation, ...] = ()
    """What to do when something is happening (situations/), in file order."""
    start_here: StartHere | None = None
    """The essentials in the order a newcomer should do them (help/start-here.yaml)."""
    contacts: tuple[Contact, ...] = ()
    """People to reach for help (help/contacts.yaml)."""

    @cached_property
    def items(self) -> tuple[Item, ...]:
        """Every item, in section order."""
        return tuple(item for section in self.sections for item in section.items)

    @cached_property
    def citations(self) -> tuple[Citation, ...]:
        """Every citation, in item order."""
        return tuple(c for item in self.items for c in item.citations)

    @cached_property
    def _items_by_id(self) -> dict[str, Item]:
        return {item.id: item for item in self.items}

    def item(self, item_id: str) -> Item | None:
        """The item with this id, if the pack has it (looked up, not searched, on every key)."""
        return self._items_by_id.get(item_id)

    def section(self, section_id: str) -> Section | None:
        """The section with this id, if the pack has it."""
        return next((s for s in self.sections if s.id == section_id), None)

    def items_by_ids(self, ids: tuple[str, ...]) -> tuple[Item, ...]:
        """The items with these ids, in the order given (a situation's or a list's)."""
        return tuple(item for item in map(self.item, ids) if item is not None)

    def situation(self, situation_id: str) -> Situation | None:
        """The situation with this id, if the pack has it."""
        return next((s for s in self.situations if s.id == situation_id), None)

"""Choose what an export shows: which sections and items, in pack order, with their state."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import date

from separ.i18n import N_, _, current_language
from separ.i18n.catalog import right_to_left
from separ.i18n.dates import long_date
from separ.i18n.persian import number, semicolon
from separ.pack.model import (
    APPLIES,
    APPLIES_LABELS,
    LEVEL_NAMES,
    LEVELS,
    UNTRANSLATED,
    Item,
    Pack,
    Section,
)

TITLE = N_("Separ: digital-safety checklist")
"""The heading of every export (translated where it is shown: `_(TITLE)`)."""


class UnknownSection(ValueError):
    """A section id the pack does not have; the message names the ones it does."""


@dataclass(frozen=True)
class ExportOptions:
    """What to leave out of an export, and whether to show progress at all."""

    open_only: bool = False
    """Leave out the items that are done."""
    sections: tuple[str, ...] = ()
    """Only these section ids (all sections when empty)."""
    level: str | None = None
    """Only items of this level (all levels when None)."""
    sources: bool = True
    """Show each item's sources."""
    blank: bool = False
    """Show every box empty and no counts: a sheet to fill in by hand."""
    where: str | None = None
    """Only the items for a person in this place, "inside" or "abroad" (all items when None)."""


@dataclass(frozen=True)
class ShownItem:
    """One item as the export shows it."""

    item: Item
    done: bool
    """Whether the box shows as ticked (never on a blank sheet)."""


@dataclass(frozen=True)
class ShownSection:
    """One section as the export shows it, with the items left after filtering."""

    section: Section
    items: tuple[ShownItem, ...]


@dataclass(frozen=True)
class Checklist:
    """Everything a renderer needs: the chosen sections and items, the date and the counts."""

    sections: tuple[ShownSection, ...]
    options: ExportOptions
    today: date
    done: int
    """Items done among those the section and level filters keep (open-only aside)."""
    total: int
    """Items the section and level filters keep (open-only aside)."""

    def status(self, separator: str = " · ") -> str:
        """Under the title: "Printed 23 November 2026 · 12 of 34 done" (no counts if blank)."""
        return status_line(self.today, self.done, self.total, self.options.blank, separator)

    def empty_message(self) -> str:
        """What to say when no item is left to show."""
        if self.options.open_only and self.total and self.done == self.total:
            return _("Every item here is done.")
        return _("No item matches these options.")

    def filters(self) -> list[str]:
        """What the options leave out, in words ("Essential items only"), for the header."""
        words = []
        if self.options.where:
            place = _(APPLIES_LABELS[self.options.where])
            words.append(_("{place}, and what applies everywhere").format(place=place))
        if self.options.level:
            words.append(_(_LEVEL_ONLY[self.options.level]))
        if self.options.open_only:
            words.append(_("Open items only"))
        return words


_LEVEL_ONLY = {
    "essential": N_("Essential items only"),
    "recommended": N_("Recommended items only"),
    "advanced": N_("Advanced items only"),
}


def status_line(today: date, done: int, total: int, blank: bool, separator: str = " · ") -> str:
    """ "Printed 23 November 2026 · 12 of 34 done": the date in the reader's calendar, and the
    counts in their digits (none on a blank sheet). In Persian the parts are set apart by "؛":
    a middle dot between two numbers reads as the Persian zero (۰)."""
    separator = separator if current_language() == "en" else semicolon()
    printed = _("Printed {date}").format(date=long_date(today))
    if blank:
        return printed
    counts = _("{done} of {total} done").format(done=number(done), total=number(total))
    return f"{printed}{separator}{counts}"


def untranslated(lang: str) -> bool:
    """Whether a text in `lang` is shown untranslated in the language spoken now."""
    return lang != current_language()


LRM = "\u200e"
"""LEFT-TO-RIGHT MARK, which keeps an English sentence's full stop at its end in Persian text."""


def as_written(text: str, lang: str) -> str:
    """Pack text as an export shows it: where it is English in a right-to-left export (not yet
    translated) and ends in a mark, closed with LRM, so that a viewer sets its full stop at the
    end of the English rather than at the far end of the line (as the glossary, 5.8, allows)."""
    if not untranslated(lang) or not right_to_left() or not text or text[-1].isalnum():
        return text
    return text + LRM


def item_tags(item: Item) -> str:
    """What an export says beside a title: its level, where it applies if not everywhere, and
    "not yet translated" where its text is shown in English in another language."""
    tags = [_(LEVEL_NAMES.get(item.level, item.level))]
    if item.applies != "everywhere":
        label = _(APPLIES_LABELS[item.applies])
        tags.append(f"{label[:1].lower()}{label[1:]}")
    if untranslated(item.lang):
        tags.append(_(UNTRANSLATED))
    return semicolon().join(tags)


def check_sections(pack: Pack, wanted: tuple[str, ...]) -> None:
    """Raise UnknownSection for the first id the pack does not have."""
    known = [s.id for s in pack.sections]
    for ident in wanted:
        if ident not in known:
            close = difflib.get_close_matches(ident, known, n=1)
            listed = ", ".join(known)
            if close:
                message = _(
                    "unknown section '{section}'; did you mean '{close}'? known sections: {known}"
                ).format(section=ident, close=close[0], known=listed)
            else:
                message = _("unknown section '{section}'; known sections: {known}").format(
                    section=ident, known=listed
                )
            raise UnknownSection(message)


def select(pack: Pack, done: set[str], options: ExportOptions, today: date) -> Checklist:
    """The checklist the options ask for, from a pack and the ids that are done."""
    check_sections(pack, options.sections)
    if options.level is not None and options.level not in LEVELS:
        raise ValueError(
            _("unknown level '{level}'; levels: {levels}").format(
                level=options.level, levels=", ".join(LEVELS)
            )
        )
    if options.where is not None and options.where not in APPLIES[1:]:
        raise ValueError(
            _("unknown place '{place}'; places: {places}").format(
                place=options.where, places=", ".join(APPLIES[1:])
            )
        )
    sections = []
    shown_done = total = 0
    for section in pack.sections:
        if options.sections and section.id not in options.sections:
            continue
        items = []
        for item in section.items:
            if options.level is not None and item.level != options.level:
                continue
            if not item.applies_to(options.where):
                continue
            is_done = item.id in done
            total += 1
            shown_done += is_done
            if options.open_only and is_done:
                continue
            items.append(ShownItem(item, is_done and not options.blank))
        if items:
            sections.append(ShownSection(section, tuple(items)))
    return Checklist(tuple(sections), options, today, shown_done, total)

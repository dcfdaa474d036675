"""Translations of a pack: read through the one reader, checked against the English they were
made from, and applied to the model.

`separ check` reads every language whose folder exists (`guidance/fa/`): what is malformed, or
names an id the English does not have, or has another number of steps, is a problem; what is
missing or out of date is a warning. Loading a pack in a language uses only the translations
that match the current English: anything else shows in English, marked by its `lang`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from separ.pack.format_translation import FINGERPRINT_PATTERN, TRANSLATED_SECTION
from separ.pack.model import Citation, Item, Pack, Section
from separ.pack.reader import Mark, Obj, Problem, Reader, display_path

LANGUAGE_NAMES: dict[str, str] = {"fa": "Persian"}
"""The languages a pack can be translated into, by their folder's name."""

_FINGERPRINT = re.compile(FINGERPRINT_PATTERN)


def fingerprint(*texts: str) -> str:
    """The fingerprint of English texts: 12 hex digits of SHA-256, white space normalised."""
    import hashlib  # here: only a pack with translations needs it

    joined = "\x1f".join(" ".join(text.split()) for text in texts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:12]


def section_fingerprint(section: Section) -> str:
    """What a section's translation must name in `from`: its title and summary."""
    return fingerprint(section.title, section.summary)


def item_fingerprint(item: Item) -> str:
    """What an item's translation must name in `from`: its title, why and steps."""
    return fingerprint(item.title, item.why, *item.steps)


def quote_fingerprint(citation: Citation) -> str:
    """What a quote's translation must name in `from`: the quote."""
    return fingerprint(citation.quote)


def translation_path(english: Path, lang: str) -> Path:
    """Where the translation of an English file is: `guidance/fa/NAME.yaml`."""
    return english.parent / lang / english.name


def languages_present(pack: Pack) -> list[str]:
    """The languages this pack has a translation folder for."""
    if not pack.sections:
        return []
    guidance = pack.sections[0].path.parent
    return [lang for lang in LANGUAGE_NAMES if (guidance / lang).is_dir()]


@dataclass
class Translation:
    """What the files of one language say that still matches the English."""

    lang: str
    sections: dict[str, tuple[str, str]] = field(default_factory=dict)
    items: dict[str, tuple[str, str, tuple[str, ...]]] = field(default_factory=dict)
    quotes: dict[tuple[str, str], str] = field(default_factory=dict)
    """Keyed by item id and the quote's fingerprint."""


def read_translation(pack: Pack, lang: str, problems: list[Problem]) -> Translation:
    """Read one language's files, recording problems and warnings as every reader does."""
    found = Translation(lang)
    name = LANGUAGE_NAMES[lang]
    for section in pack.sections:
        path = translation_path(section.path, lang)
        if not path.is_file():
            problems.append(
                Problem(
                    section.path,
                    1,
                    1,
                    f"no {name} translation of this section ({display_path(path)} not found)",
                    warning=True,
                )
            )
            continue
        reader = Reader(path, problems)
        obj = reader.read_file(TRANSLATED_SECTION)
        if obj is not None:
            _read_section(section, obj, reader, found)
    return found


def _current(obj: Obj, english: str, reader: Reader, what: str) -> bool:
    """Whether an entry's `from` names this English; a warning where it does not."""
    made_from = obj.get("from")
    if made_from is None:
        return False  # reported by the reader: a required field
    if not _FINGERPRINT.match(made_from):
        reader.problem(
            obj.at("from"),
            f"'from' must be a fingerprint of 12 hex digits, as the skeleton script writes it, "
            f"not '{made_from}'",
        )
        return False
    if made_from != english:
        reader.warn(
            obj.at("from"),
            f"out of date: the English {what} changed since this was translated "
            f"(from: {made_from}, now: {english}); the English shows until it is updated",
        )
        return False
    return True


def _complete(obj: Obj, names: tuple[str, ...], reader: Reader, what: str) -> bool:
    """Whether every text of an entry is there; a warning for none or some."""
    present = [n for n in names if obj.get(n) is not None]
    if len(present) == len(names):
        return True
    if not present:
        reader.warn(obj.mark, f"{what} is not translated yet; the English shows")
    else:
        missing = ", ".join(f"'{n}'" for n in names if n not in present)
        reader.warn(obj.mark, f"{what} is translated in part (no {missing}); the English shows")
    return False


def _read_section(section: Section, obj: Obj, reader: Reader, found: Translation) -> None:
    if obj.get("id") is not None and obj.get("id") != section.id:
        reader.problem(
            obj.at("id"),
            f"this translates section '{obj.get('id')}', but {section.path.name} is "
            f"section '{section.id}'",
        )
        return
    what = f"section '{section.id}'"
    if _complete(obj, ("title", "summary"), reader, f"the title and summary of {what}") and (
        _current(obj, section_fingerprint(section), reader, what)
    ):
        found.sections[section.id] = (obj.get("title"), obj.get("summary"))
    entries: dict[str, Obj] = {}
    for entry in obj.get("items", []):
        ident = entry.get("id")
        if ident is None:
            continue
        if section.items and ident not in {item.id for item in section.items}:
            reader.problem(entry.at("id"), f"{what} has no item '{ident}'")
        elif ident in entries:
            first = entries[ident].mark
            reader.problem(
                entry.at("id"), f"item '{ident}' is translated twice (line {first.line})"
            )
        else:
            entries[ident] = entry
    for item in section.items:
        entry = entries.get(item.id)
        if entry is None:
            where = obj.at("items") if obj.get("items") else Mark(1, 1)
            reader.warn(where, f"item '{item.id}' is not translated yet; the English shows")
            continue
        _read_item(item, entry, reader, found)


def _read_item(item: Item, entry: Obj, reader: Reader, found: Translation) -> None:
    what = f"item '{item.id}'"
    steps = entry.get("steps")
    if steps is not None and len(steps) != len(item.steps):
        reader.problem(
            entry.at("steps"),
            f"{what} has {len(item.steps)} steps in English and {len(steps)} here: "
            "translate each step as one",
        )
    elif _complete(entry, ("title", "why", "steps"), reader, what) and _current(
        entry, item_fingerprint(item), reader, what
    ):
        found.items[item.id] = (entry.get("title"), entry.get("why"), tuple(steps))
    wanted = {quote_fingerprint(c): c for c in item.citations}
    for quote in entry.get("quotes", []):
        made_from = quote.get("from")
        if made_from is None or quote.get("text") is None:
            continue
        if made_from in wanted:
            found.quotes[(item.id, made_from)] = quote.get("text")
        else:
            reader.warn(
                quote.at("from"),
                f"out of date: no quote of {what} has this fingerprint any more (it changed "
                "or was removed); the skeleton script shows the current ones",
            )
    for made_from, citation in wanted.items():
        if (item.id, made_from) not in found.quotes:
            words = " ".join(citation.quote.split()[:6])
            reader.warn(
                entry.mark, f"a quote of {what} is not translated yet (“{words} …”, {made_from})"
            )


def apply_translation(pack: Pack, translation: Translation) -> Pack:
    """The pack in the translation's language, English wherever no current translation is."""
    lang = translation.lang
    sections = []
    for section in pack.sections:
        items = tuple(_translated_item(item, translation) for item in section.items)
        texts = translation.sections.get(section.id)
        if texts is None:
            sections.append(replace(section, items=items))
        else:
            title, summary = texts
            sections.append(replace(section, title=title, summary=summary, items=items, lang=lang))
    return replace(pack, sections=tuple(sections), lang=lang)


def _translated_item(item: Item, translation: Translation) -> Item:
    citations = tuple(
        replace(c, translation=translation.quotes.get((item.id, quote_fingerprint(c))))
        for c in item.citations
    )
    texts = translation.items.get(item.id)
    if texts is None:
        return replace(item, citations=citations)
    title, why, steps = texts
    return replace(
        item, title=title, why=why, steps=steps, citations=citations, lang=translation.lang
    )

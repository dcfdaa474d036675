"""Translations of a pack: read through the one reader, checked against the English they were
made from, and applied to the model.

`separ check` reads every language whose folder exists (`guidance/fa/`, `situations/fa/` or
`help/fa/`): what is malformed, or names an id the English does not have, or has another number
of steps or answers, is a problem; what is missing or out of date is a warning. Loading a pack
in a language uses only the translations that match the current English: anything else shows
in English, marked by its `lang`. The guidance is read here; situations, Start here and
contacts in `separ.pack.translations_situations`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from separ.pack.format_translation import TRANSLATED_SECTION
from separ.pack.model import Citation, Item, Pack, Section
from separ.pack.reader import Mark, Obj, Problem, Reader, display_path
from separ.pack.translation_entries import (
    LANGUAGE_NAMES,
    complete,
    current,
    file_heading,
    fingerprint,
    keyed,
    same_count,
    translation_path,
)
from separ.pack.translations_situations import (
    SituationTranslation,
    apply_situation_translation,
    read_situation_translation,
)

TRANSLATED_FOLDERS = ("guidance", "situations", "help")
"""The folders of a pack whose files have translations, each in a folder per language."""


def section_fingerprint(section: Section) -> str:
    """What a section's translation must name in `from`: its title and summary."""
    return fingerprint(section.title, section.summary)


def item_fingerprint(item: Item) -> str:
    """What an item's translation must name in `from`: its title, why and steps."""
    return fingerprint(item.title, item.why, *item.steps)


def quote_fingerprint(citation: Citation) -> str:
    """What a quote's translation must name in `from`: the quote."""
    return fingerprint(citation.quote)


def languages_present(pack: Pack) -> list[str]:
    """The languages this pack has a translation folder for."""
    return [
        lang
        for lang in LANGUAGE_NAMES
        if any((pack.root / folder / lang).is_dir() for folder in TRANSLATED_FOLDERS)
    ]


@dataclass
class Translation:
    """What the files of one language say that still matches the English."""

    lang: str
    sections: dict[str, tuple[str, str]] = field(default_factory=dict)
    items: dict[str, tuple[str, str, tuple[str, ...]]] = field(default_factory=dict)
    quotes: dict[tuple[str, str], str] = field(default_factory=dict)
    """Keyed by item id and the quote's fingerprint."""
    situations: SituationTranslation = field(default_factory=SituationTranslation)
    """Situations, the Start here list and contacts."""


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
    found.situations = read_situation_translation(pack, lang, problems)
    return found


def _read_section(section: Section, obj: Obj, reader: Reader, found: Translation) -> None:
    ours, heading = file_heading(
        obj, "section", section.id, section.path, section_fingerprint(section), reader
    )
    if not ours:
        return
    if heading is not None:
        found.sections[section.id] = heading
    what = f"section '{section.id}'"
    known = [item.id for item in section.items]
    entries = keyed(obj.get("items", []), "id", known, reader, what, "item")
    for item in section.items:
        entry = entries.get(item.id)
        if entry is None:
            where = obj.at("items") if obj.get("items") else Mark(1, 1)
            reader.warn(where, f"item '{item.id}' is not translated yet; the English shows")
            continue
        _read_item(item, entry, reader, found)


def _read_item(item: Item, entry: Obj, reader: Reader, found: Translation) -> None:
    what = f"item '{item.id}'"
    if (
        same_count(entry, "steps", item.steps, reader, what, "step")
        and complete(entry, ("title", "why", "steps"), reader, what)
        and current(entry, item_fingerprint(item), reader, what)
    ):
        found.items[item.id] = (entry.get("title"), entry.get("why"), tuple(entry.get("steps")))
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
    situations, start_here, contacts = apply_situation_translation(
        pack, translation.situations, lang
    )
    return replace(
        pack,
        sections=tuple(sections),
        situations=situations,
        start_here=start_here,
        contacts=contacts,
        lang=lang,
    )


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

"""Translations of situations, the "Start here" list and contacts: read, checked against the
English they were made from, and applied to the model, the same way as the guidance's.

`situations/fa/NAME.yaml` translates `situations/NAME.yaml`; `help/fa/start-here.yaml` and
`help/fa/contacts.yaml` translate the files of `help/`. A situation's title and summary, each
question (with its answers) and each end (with its right-now steps) is an entry of its own, with
its own fingerprint, as a section and its items are; a contact is one entry. Addresses, web
pages, dates and ids are never translated: they are taken from the English.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from separ.pack.format_translation import (
    TRANSLATED_CONTACTS,
    TRANSLATED_SITUATION,
    TRANSLATED_START_HERE,
)
from separ.pack.load_situations import CONTACTS_FILE, HELP_DIR, START_HERE_FILE
from separ.pack.model import Pack
from separ.pack.reader import Mark, Obj, Problem, Reader, display_path
from separ.pack.situation import Contact, End, Question, Situation, StartHere
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

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

_NONE = Obj(TRANSLATED_CONTACTS, Mark(1, 1))
"""An entry with nothing in it, for one a translation does not give."""

CONTACT_TEXTS: tuple[str, ...] = ("name", "who", "helps_with", "languages", "hours", "verify")
"""The fields of a contact a translation gives, besides the notes on its addresses and what its
pages support."""


def situation_fingerprint(situation: Situation) -> str:
    """What a situation's translation must name in `from`: its title and summary."""
    return fingerprint(situation.title, situation.summary)


def question_fingerprint(question: Question) -> str:
    """What a question's translation must name in `from`: the question and its answers."""
    return fingerprint(question.text, *(answer.text for answer in question.answers))


def end_fingerprint(end: End) -> str:
    """What an end's translation must name in `from`: its title and right-now steps."""
    return fingerprint(end.title, *end.now)


def start_here_fingerprint(start_here: StartHere) -> str:
    """What the Start here list's translation must name in `from`: its title and summary."""
    return fingerprint(start_here.title, start_here.summary)


def contact_fingerprint(contact: Contact) -> str:
    """What a contact's translation must name in `from`: everything a person reads of it."""
    return fingerprint(
        contact.name,
        contact.who,
        contact.helps_with,
        contact.languages,
        contact.hours,
        *(reach.note for reach in contact.reach if reach.note),
        *contact.verify,
        *(source.supports for source in contact.sources),
    )


@dataclass
class SituationTranslation:
    """What one language's files of situations/ and help/ say that still matches the English,
    ready to put in place of it."""

    titles: dict[str, tuple[str, str]] = field(default_factory=dict)
    """A situation's title and summary, by its id."""
    questions: dict[tuple[str, str], Question] = field(default_factory=dict)
    """Keyed by the situation's id and the question's."""
    ends: dict[tuple[str, str], End] = field(default_factory=dict)
    """Keyed by the situation's id and the end's."""
    start_here: StartHere | None = None
    contacts: dict[str, Contact] = field(default_factory=dict)


def read_situation_translation(
    pack: Pack, lang: str, problems: list[Problem]
) -> SituationTranslation:
    """Read one language's translations of situations, Start here and contacts."""
    found = SituationTranslation()
    for situation in pack.situations:
        reader = _open(pack, situation.path, lang, "this situation", problems)
        obj = reader.read_file(TRANSLATED_SITUATION) if reader else None
        if obj is not None:
            _read_situation(situation, obj, reader, found, lang)
    if pack.start_here is not None:
        english = pack.root / HELP_DIR / START_HERE_FILE
        reader = _open(pack, english, lang, "the Start here list", problems)
        obj = reader.read_file(TRANSLATED_START_HERE) if reader else None
        if obj is not None:
            _read_start_here(pack.start_here, obj, reader, found, lang)
    if pack.contacts:
        english = pack.root / HELP_DIR / CONTACTS_FILE
        reader = _open(pack, english, lang, "the contacts", problems)
        obj = reader.read_file(TRANSLATED_CONTACTS) if reader else None
        if obj is not None:
            _read_contacts(pack.contacts, obj, reader, found, lang)
    return found


def _open(
    pack: Pack, english: Path | Traversable, lang: str, what: str, problems: list[Problem]
) -> Reader | None:
    """A reader of the translation of an English file; a warning at the English file where there
    is none."""
    path = translation_path(english, lang)
    if path.is_file():
        return Reader(path, problems, pack.root)
    name = LANGUAGE_NAMES[lang]
    problems.append(
        Problem(
            english,
            1,
            1,
            f"no {name} translation of {what} ({display_path(path)} not found)",
            warning=True,
        )
    )
    return None


def _missing(obj: Obj, name: str, reader: Reader, message: str) -> None:
    """Warn that an entry is not translated, where its list is (or at the top of the file)."""
    reader.warn(obj.at(name) if obj.get(name) else Mark(1, 1), message)


# Situations ------------------------------------------------------------------------------------


def _read_situation(
    situation: Situation, obj: Obj, reader: Reader, found: SituationTranslation, lang: str
) -> None:
    ours, heading = file_heading(
        obj, "situation", situation.id, situation.path, situation_fingerprint(situation), reader
    )
    if not ours:
        return
    if heading is not None:
        found.titles[situation.id] = heading
    what = f"situation '{situation.id}'"
    questions = keyed(
        obj.get("questions", []),
        "id",
        [q.id for q in situation.questions],
        reader,
        what,
        "question",
    )
    for question in situation.questions:
        entry = questions.get(question.id)
        if entry is None:
            message = f"question '{question.id}' is not translated yet; the English shows"
            _missing(obj, "questions", reader, message)
        else:
            _read_question(situation, question, entry, reader, found, lang)
    ends = keyed(obj.get("ends", []), "id", [e.id for e in situation.ends], reader, what, "end")
    for end in situation.ends:
        entry = ends.get(end.id)
        if entry is None:
            message = f"end '{end.id}' is not translated yet; the English shows"
            _missing(obj, "ends", reader, message)
        else:
            _read_end(situation, end, entry, reader, found, lang)


def _read_question(
    situation: Situation,
    question: Question,
    entry: Obj,
    reader: Reader,
    found: SituationTranslation,
    lang: str,
) -> None:
    what = f"question '{question.id}'"
    english = tuple(answer.text for answer in question.answers)
    if (
        same_count(entry, "answers", english, reader, what, "answer")
        and complete(entry, ("question", "answers"), reader, what)
        and current(entry, question_fingerprint(question), reader, what)
    ):
        answers = tuple(
            replace(answer, text=text)
            for answer, text in zip(question.answers, entry.get("answers"), strict=True)
        )
        found.questions[(situation.id, question.id)] = replace(
            question, text=entry.get("question"), answers=answers, lang=lang
        )


def _read_end(
    situation: Situation,
    end: End,
    entry: Obj,
    reader: Reader,
    found: SituationTranslation,
    lang: str,
) -> None:
    what = f"end '{end.id}'"
    texts = ("title", "now") if end.now else ("title",)
    if (
        same_count(entry, "now", end.now, reader, what, "right-now step")
        and complete(entry, texts, reader, what)
        and current(entry, end_fingerprint(end), reader, what)
    ):
        translated = replace(end, title=entry.get("title"), now=tuple(entry.get("now", ())))
        found.ends[(situation.id, end.id)] = replace(translated, lang=lang)


# Start here and contacts -----------------------------------------------------------------------


def _read_start_here(
    start_here: StartHere, obj: Obj, reader: Reader, found: SituationTranslation, lang: str
) -> None:
    what = "Start here list"
    if complete(obj, ("title", "summary"), reader, f"the {what}") and current(
        obj, start_here_fingerprint(start_here), reader, what
    ):
        found.start_here = replace(
            start_here, title=obj.get("title"), summary=obj.get("summary"), lang=lang
        )


def _read_contacts(
    contacts: tuple[Contact, ...], obj: Obj, reader: Reader, found: SituationTranslation, lang: str
) -> None:
    entries = keyed(
        obj.get("contacts", []), "id", [c.id for c in contacts], reader, CONTACTS_FILE, "contact"
    )
    for contact in contacts:
        entry = entries.get(contact.id)
        if entry is None:
            message = f"contact '{contact.id}' is not translated yet; the English shows"
            _missing(obj, "contacts", reader, message)
        else:
            _read_contact(contact, entry, reader, found, lang)


def _read_contact(
    contact: Contact, entry: Obj, reader: Reader, found: SituationTranslation, lang: str
) -> None:
    what = f"contact '{contact.id}'"
    before = len(reader.problems)
    noted = [reach.address for reach in contact.reach if reach.note]
    unnoted = [reach.address for reach in contact.reach if not reach.note]
    reaches = keyed(entry.get("reach", []), "address", noted + unnoted, reader, what, "address")
    for address in unnoted:
        if address in reaches:
            reader.problem(
                reaches[address].at("address"),
                f"the English gives no note on '{address}': leave it out here",
            )
    urls = [source.url for source in contact.sources]
    pages = keyed(entry.get("sources", []), "url", urls, reader, what, "source")
    same_count(entry, "verify", contact.verify, reader, what, "'verify' step")
    if any(not problem.warning for problem in reader.problems[before:]):
        return
    notes = {a: reaches[a].get("note") for a in noted if reaches.get(a, _NONE).get("note")}
    supports = {u: pages[u].get("supports") for u in urls if pages.get(u, _NONE).get("supports")}
    missing = [f"'{name}'" for name in CONTACT_TEXTS if entry.get(name) is None]
    missing += [f"the note on {a}" for a in noted if a not in notes]
    missing += [f"what {u} supports" for u in urls if u not in supports]
    if missing:
        given = len(CONTACT_TEXTS) + len(noted) + len(urls) - len(missing)
        if given == 0:
            reader.warn(entry.mark, f"{what} is not translated yet; the English shows")
        else:
            reader.warn(
                entry.mark,
                f"{what} is translated in part (no {', '.join(missing)}); the English shows",
            )
        return
    if not current(entry, contact_fingerprint(contact), reader, what):
        return
    found.contacts[contact.id] = replace(
        contact,
        name=entry.get("name"),
        who=entry.get("who"),
        helps_with=entry.get("helps_with"),
        languages=entry.get("languages"),
        hours=entry.get("hours"),
        reach=tuple(replace(r, note=notes[r.address]) if r.note else r for r in contact.reach),
        verify=tuple(entry.get("verify")),
        sources=tuple(replace(s, supports=supports[s.url]) for s in contact.sources),
        lang=lang,
    )


# Applying --------------------------------------------------------------------------------------


def apply_situation_translation(
    pack: Pack, found: SituationTranslation, lang: str
) -> tuple[tuple[Situation, ...], StartHere | None, tuple[Contact, ...]]:
    """The pack's situations, Start here list and contacts in the language, with the English
    wherever no current translation is."""
    situations = []
    for situation in pack.situations:
        ident = situation.id
        questions = tuple(found.questions.get((ident, q.id), q) for q in situation.questions)
        ends = tuple(found.ends.get((ident, e.id), e) for e in situation.ends)
        titles = found.titles.get(ident)
        if titles is None:
            situations.append(replace(situation, questions=questions, ends=ends))
        else:
            title, summary = titles
            situations.append(
                replace(
                    situation,
                    title=title,
                    summary=summary,
                    questions=questions,
                    ends=ends,
                    lang=lang,
                )
            )
    start_here = found.start_here or pack.start_here
    contacts = tuple(found.contacts.get(c.id, c) for c in pack.contacts)
    return tuple(situations), start_here, contacts

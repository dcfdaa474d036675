"""Write or update a pack's translation files for a translator.

    python scripts/translation_skeleton.py fa                # the built-in pack
    python scripts/translation_skeleton.py fa --pack DIR     # another pack

For each `guidance/NAME.yaml` it writes `guidance/fa/NAME.yaml`, for each `situations/NAME.yaml`
`situations/fa/NAME.yaml`, and `help/fa/start-here.yaml` and `help/fa/contacts.yaml`: every
entry with the current fingerprint of its English (`from`), the English itself in comments above
it, and the translations already made, kept as they are. An entry not yet translated has only
`id` and `from`: copy the commented English fields below it and translate them. A translation whose
English changed keeps its text and its old `from`, under an OUT OF DATE comment giving the new
fingerprint: update the text, then set `from` to it. The files are rewritten whole (the
comments are the script's: keep your own notes elsewhere). A file the reader finds problems in
(a misspelt field, say) is left as it is, with its problems listed, so that no translation is
lost. `separ check` then lists what is still missing or out of date.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

from separ.pack import Citation, Item, Pack, Problem, Section, load_pack
from separ.pack.format import Spec
from separ.pack.format_translation import (
    TRANSLATED_CONTACTS,
    TRANSLATED_SECTION,
    TRANSLATED_SITUATION,
    TRANSLATED_START_HERE,
)
from separ.pack.load_situations import CONTACTS_FILE, HELP_DIR, START_HERE_FILE
from separ.pack.reader import Obj, Reader
from separ.pack.situation import Contact, End, Question, Situation, StartHere
from separ.pack.translations import (
    LANGUAGE_NAMES,
    item_fingerprint,
    quote_fingerprint,
    section_fingerprint,
    translation_path,
)
from separ.pack.translations_situations import (
    contact_fingerprint,
    end_fingerprint,
    question_fingerprint,
    situation_fingerprint,
    start_here_fingerprint,
)

WIDTH = 96


def _block(key: str, text: str, indent: int) -> list[str]:
    """A YAML block scalar: folded (>-) for one paragraph, literal (|-) for several lines."""
    pad = " " * indent
    if "\n" in text:
        return [f"{pad}{key}: |-", *(f"{pad}  {line}" for line in text.splitlines())]
    lines = textwrap.wrap(text, WIDTH - indent - 2, break_long_words=False, break_on_hyphens=False)
    return [f"{pad}{key}: >-", *(f"{pad}  {line}" for line in lines)]


def _list_item(text: str, indent: int) -> list[str]:
    block = _block("-", text, indent)
    return [block[0].replace("-: ", "- "), *block[1:]]


def _english(label: str, text: str, indent: int) -> list[str]:
    """The English of a field, as a comment the translator can copy."""
    pad = " " * indent
    wrapped = textwrap.wrap(" ".join(text.split()), WIDTH - indent - len(label) - 4) or [""]
    first, *rest = wrapped
    hang = " " * (len(label) + 2)
    return [f"{pad}# {label}: {first}", *(f"{pad}# {hang}{line}" for line in rest)]


def _out_of_date(made_from: str | None, now: str, indent: int) -> list[str]:
    if made_from is None or made_from == now:
        return []
    pad = " " * indent
    return [f"{pad}# OUT OF DATE: the English changed. Update the text, then set from: {now}"]


def _quotes(item: Item, entry: Obj | None, indent: int) -> list[str]:
    pad = " " * indent
    made = {q.get("from"): q for q in (entry.get("quotes", []) if entry else [])}
    lines = [f"{pad}quotes:"]
    for citation in item.citations:
        lines += _quote(citation, made.pop(quote_fingerprint(citation), None), indent + 2)
    for made_from, quote in made.items():  # translations of quotes the item no longer has
        if made_from is None or quote.get("text") is None:
            continue
        lines.append(f"{pad}  # OUT OF DATE: its English quote changed or was removed; reuse")
        lines.append(f"{pad}  # what still fits in the entries above, then delete this one.")
        lines += [f"{pad}  - from: {made_from}", *_block("text", quote.get("text"), indent + 4)]
    return lines


def _quote(citation: Citation, made: Obj | None, indent: int) -> list[str]:
    pad = " " * indent
    lines = _english("quote (stays English)", citation.quote, indent)
    lines.append(f"{pad}- from: {quote_fingerprint(citation)}")
    if made is not None and made.get("text") is not None:
        lines += _block("text", made.get("text"), indent + 2)
    return lines


def _item(item: Item, entry: Obj | None) -> list[str]:
    now = item_fingerprint(item)
    lines = ["", *_english("title", item.title, 2), *_english("why", item.why, 2)]
    lines.append("  # steps:")
    for number, step in enumerate(item.steps, 1):
        lines += _english(f"  {number}", step, 2)
    made_from = entry.get("from") if entry else None
    lines += _out_of_date(made_from, now, 2)
    lines += [f"  - id: {item.id}", f"    from: {made_from or now}"]
    if entry is not None:
        for key in ("title", "why"):
            if entry.get(key) is not None:
                lines += _block(key, entry.get(key), 4)
        if entry.get("steps"):
            lines.append("    steps:")
            for step in entry.get("steps"):
                lines += _list_item(step, 6)
    return lines + _quotes(item, entry, 4)


def _header(english: Path, lang: str) -> list[str]:
    return [
        f"# {LANGUAGE_NAMES[lang]} translation of {english.name}, kept up to date by",
        "# scripts/translation_skeleton.py: the English is in the comments above each entry.",
    ]


def _texts(entry: Obj | None, keys: tuple[str, ...], indent: int) -> list[str]:
    """The translated fields an entry already has, as they are: texts, then lists of texts."""
    lines: list[str] = []
    for key in keys if entry is not None else ():
        value = entry.get(key)
        if isinstance(value, str):
            lines += _block(key, value, indent)
        elif value:
            lines.append(f"{' ' * indent}{key}:")
            for text in value:
                lines += _list_item(text, indent + 2)
    return lines


def _numbered(label: str, texts: tuple[str, ...], indent: int) -> list[str]:
    lines = [f"{' ' * indent}# {label}:"]
    for number, text in enumerate(texts, 1):
        lines += _english(f"  {number}", text, indent)
    return lines


def _entry(ident: str, now: str, entry: Obj | None, indent: int) -> list[str]:
    """The start of a list entry: its id and `from`, under an OUT OF DATE comment if need be."""
    made_from = entry.get("from") if entry else None
    pad = " " * indent
    return [
        *_out_of_date(made_from, now, indent),
        f"{pad}- id: {ident}",
        f"{pad}  from: {made_from or now}",
    ]


def skeleton(section: Section, existing: Obj | None, lang: str) -> str:
    """The translation file of one section, keeping what `existing` already translates."""
    made_from = existing.get("from") if existing else None
    now = section_fingerprint(section)
    lines = [
        *_header(section.path, lang),
        f"id: {section.id}",
        *_english("title", section.title, 0),
        *_english("summary", section.summary, 0),
        *_out_of_date(made_from, now, 0),
        f"from: {made_from or now}",
    ]
    for key in ("title", "summary"):
        if existing is not None and existing.get(key) is not None:
            lines += _block(key, existing.get(key), 0)
    entries = {e.get("id"): e for e in (existing.get("items", []) if existing else [])}
    lines.append("items:")
    for item in section.items:
        lines += _item(item, entries.get(item.id))
    return "\n".join(lines) + "\n"


def _question(question: Question, entry: Obj | None) -> list[str]:
    lines = ["", *_english("question", question.text, 2)]
    lines += _numbered("answers", tuple(a.text for a in question.answers), 2)
    lines += _entry(question.id, question_fingerprint(question), entry, 2)
    return lines + _texts(entry, ("question", "answers"), 4)


def _end(end: End, entry: Obj | None) -> list[str]:
    lines = ["", *_english("title", end.title, 2)]
    if end.now:
        lines += _numbered("now", end.now, 2)
    lines += _entry(end.id, end_fingerprint(end), entry, 2)
    return lines + _texts(entry, ("title", "now"), 4)


def situation_skeleton(situation: Situation, existing: Obj | None, lang: str) -> str:
    """The translation file of one situation, keeping what `existing` already translates."""
    made_from = existing.get("from") if existing else None
    now = situation_fingerprint(situation)
    lines = [
        *_header(situation.path, lang),
        f"id: {situation.id}",
        *_english("title", situation.title, 0),
        *_english("summary", situation.summary, 0),
        *_out_of_date(made_from, now, 0),
        f"from: {made_from or now}",
        *_texts(existing, ("title", "summary"), 0),
    ]
    for key, steps, write in (
        ("questions", situation.questions, _question),
        ("ends", situation.ends, _end),
    ):
        if not steps:
            continue
        entries = {e.get("id"): e for e in (existing.get(key, []) if existing else [])}
        lines.append(f"{key}:")
        for step in steps:
            lines += write(step, entries.get(step.id))
    return "\n".join(lines) + "\n"


def start_here_skeleton(
    start_here: StartHere, english: Path, existing: Obj | None, lang: str
) -> str:
    """The translation of the Start here list (its items are translated in the guidance)."""
    made_from = existing.get("from") if existing else None
    now = start_here_fingerprint(start_here)
    lines = [
        *_header(english, lang),
        *_english("title", start_here.title, 0),
        *_english("summary", start_here.summary, 0),
        *_out_of_date(made_from, now, 0),
        f"from: {made_from or now}",
        *_texts(existing, ("title", "summary"), 0),
    ]
    return "\n".join(lines) + "\n"


def _keyed_list(
    key: str, field: str, english: list[tuple[str, str, str]], made: list[Obj]
) -> list[str]:
    """Translations keyed by an address (`reach`) or a page (`sources`), 4 spaces in: each with
    the English above it; one whose key the English no longer has is kept as a comment."""
    lines = [f"    {key}:"]
    by_key = {m.get(field): m for m in made}
    for name, label, text in english:
        lines += _english(label, text, 6)
        lines.append(f"      - {field}: {json.dumps(name, ensure_ascii=False)}")
        text_field = "note" if key == "reach" else "supports"
        kept = by_key.pop(name, None)
        if kept is not None and kept.get(text_field) is not None:
            lines += _block(text_field, kept.get(text_field), 8)
    for name, kept in by_key.items():
        text = kept.get("note" if key == "reach" else "supports")
        if name is None or text is None:
            continue
        lines.append(f"      # OUT OF DATE: the English no longer has this {field}: {name}")
        lines.append("      # Reuse what still fits above; this comment goes at the next run.")
        lines += _english("was", text, 6)
    return lines


def _contact(contact: Contact, entry: Obj | None) -> list[str]:
    lines = [""]
    for key in ("name", "who", "helps_with", "languages", "hours"):
        lines += _english(key, getattr(contact, key), 2)
    lines += _numbered("verify", contact.verify, 2)
    lines += _entry(contact.id, contact_fingerprint(contact), entry, 2)
    lines += _texts(entry, ("name", "who", "helps_with", "languages", "hours", "verify"), 4)
    notes = [(r.address, "note", r.note) for r in contact.reach if r.note]
    if notes:
        lines += _keyed_list("reach", "address", notes, entry.get("reach", []) if entry else [])
    pages = [(s.url, "supports", s.supports) for s in contact.sources]
    return lines + _keyed_list("sources", "url", pages, entry.get("sources", []) if entry else [])


def contacts_skeleton(
    contacts: tuple[Contact, ...], english: Path, existing: Obj | None, lang: str
) -> str:
    """The translation of the contacts: addresses, pages and dates stay as the English has them."""
    entries = {e.get("id"): e for e in (existing.get("contacts", []) if existing else [])}
    lines = [*_header(english, lang), "contacts:"]
    for contact in contacts:
        lines += _contact(contact, entries.get(contact.id))
    return "\n".join(lines) + "\n"


def _files(pack: Pack, lang: str) -> list[tuple[Path, Spec, Callable[[Obj | None], str]]]:
    """Every translation file of a language: where, its spec, and how to write it."""
    files: list[tuple[Path, Spec, Callable[[Obj | None], str]]] = []
    for section in pack.sections:
        files.append(
            (
                translation_path(section.path, lang),
                TRANSLATED_SECTION,
                lambda existing, s=section: skeleton(s, existing, lang),
            )
        )
    for situation in pack.situations:
        files.append(
            (
                translation_path(situation.path, lang),
                TRANSLATED_SITUATION,
                lambda existing, s=situation: situation_skeleton(s, existing, lang),
            )
        )
    start_here = pack.start_here
    if start_here is not None:
        english = Path(pack.root) / HELP_DIR / START_HERE_FILE
        files.append(
            (
                translation_path(english, lang),
                TRANSLATED_START_HERE,
                lambda existing: start_here_skeleton(start_here, english, existing, lang),
            )
        )
    if pack.contacts:
        contacts_file = Path(pack.root) / HELP_DIR / CONTACTS_FILE
        files.append(
            (
                translation_path(contacts_file, lang),
                TRANSLATED_CONTACTS,
                lambda existing: contacts_skeleton(pack.contacts, contacts_file, existing, lang),
            )
        )
    return files


def write_skeletons(
    root: Path | None, lang: str, refused: list[Problem] | None = None
) -> list[Path]:
    """Write every translation file of a language; the paths written. A file that has problems
    is not rewritten (its problems go to `refused`): rewriting it could lose a translation."""
    pack = load_pack(root, translations=False)  # the English, whatever the translations hold
    written = []
    for path, spec, write in _files(pack, lang):
        existing = None
        if path.is_file():
            problems: list[Problem] = []
            existing = Reader(path, problems, Path(pack.root)).read_file(spec)
            if existing is None or problems:
                (refused if refused is not None else []).extend(problems)
                continue
        path.parent.mkdir(exist_ok=True)
        path.write_text(write(existing), encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    """Write the skeletons and say where."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lang", choices=sorted(LANGUAGE_NAMES))
    parser.add_argument("--pack", type=Path, help="the pack's folder (default: the built-in one)")
    args = parser.parse_args(argv)
    refused: list[Problem] = []
    for path in write_skeletons(args.pack, args.lang, refused):
        print(f"wrote {path}")
    for problem in refused:
        print(problem, file=sys.stderr)
    if refused:
        print(
            "Files with problems were left as they are: fix them, then run this again.",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

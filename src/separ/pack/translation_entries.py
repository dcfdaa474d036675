"""What every kind of translation shares: fingerprints, where a translation file is, and whether
an entry is current and complete (with the warnings that say where it falls short)."""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection
from pathlib import Path

from separ.pack.format_translation import FINGERPRINT_PATTERN
from separ.pack.reader import Obj, Reader

LANGUAGE_NAMES: dict[str, str] = {"fa": "Persian"}
"""The languages a pack can be translated into, by their folder's name."""

_FINGERPRINT = re.compile(FINGERPRINT_PATTERN)


def fingerprint(*texts: str) -> str:
    """The fingerprint of English texts: 12 hex digits of SHA-256, white space normalised."""
    import hashlib  # here: only a pack with translations needs it

    joined = "\x1f".join(" ".join(text.split()) for text in texts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:12]


def translation_path(english: Path, lang: str) -> Path:
    """Where the translation of an English file is: `guidance/fa/NAME.yaml` for
    `guidance/NAME.yaml`, `help/fa/contacts.yaml` for `help/contacts.yaml`."""
    return english.parent / lang / english.name


def current(obj: Obj, english: str, reader: Reader, what: str) -> bool:
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


def complete(obj: Obj, names: tuple[str, ...], reader: Reader, what: str) -> bool:
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


def keyed(
    entries: list[Obj], name: str, known: Collection[str], reader: Reader, where: str, kind: str
) -> dict[str, Obj]:
    """The entries of a translation by the English key they name (`id`, an address); a problem
    for a key the English does not have, and for one translated twice."""
    found: dict[str, Obj] = {}
    for entry in entries:
        key = entry.get(name)
        if key is None:
            continue  # reported by the reader: a required field
        if key not in known:
            close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.6)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            reader.problem(entry.at(name), f"{where} has no {kind} '{key}'{hint}")
        elif key in found:
            first = found[key].at(name)
            reader.problem(
                entry.at(name), f"{kind} '{key}' is translated twice (line {first.line})"
            )
        else:
            found[key] = entry
    return found


def same_count(
    obj: Obj, name: str, english: tuple[str, ...], reader: Reader, what: str, noun: str
) -> bool:
    """Whether a list of texts has as many entries as the English; a problem where it has not.

    `noun` names one entry ("step"); its plural adds an "s".
    """
    texts = obj.get(name)
    if texts is None or len(texts) == len(english):
        return True
    reader.problem(
        obj.at(name),
        f"{what} has {len(english)} {noun}s in English and {len(texts)} here: "
        f"translate each {noun} as one",
    )
    return False


def file_heading(
    obj: Obj, kind: str, ident: str, path: Path, english: str, reader: Reader
) -> tuple[bool, tuple[str, str] | None]:
    """The title and summary of a translation file's section or situation, read against the
    English file it translates (`english`: its fingerprint). Returns (whether the file
    translates this one, its title and summary where they are complete and current); a
    problem where the file's id names another."""
    if obj.get("id") is not None and obj.get("id") != ident:
        reader.problem(
            obj.at("id"),
            f"this translates {kind} '{obj.get('id')}', but {path.name} is {kind} '{ident}'",
        )
        return False, None
    what = f"{kind} '{ident}'"
    if complete(obj, ("title", "summary"), reader, f"the title and summary of {what}") and (
        current(obj, english, reader, what)
    ):
        return True, (obj.get("title"), obj.get("summary"))
    return True, None

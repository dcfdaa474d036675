"""The look-alike detectors for the name itself: homographs, other alphabets, typos.

Each looks at one reading of a host and returns the reasons it found, in plain words. They
compare names only: nothing is fetched or looked up.
"""

from __future__ import annotations

import difflib

from separ.i18n import N_, _
from separ.links.confusables import (
    is_mixed_script,
    lookalikes,
    looks_latin,
    loose_skeleton,
    plain_letters,
    scripts,
)
from separ.links.edits import Edit, likely_false_alarm, one_edit
from separ.links.names import (
    OTHER_ENDING_MIN,
    TYPO_MIN,
    Names,
    View,
    address_column,
    side_by_side,
)
from separ.links.trusted import TrustedSite
from separ.links.verdict import CAUTION, WARNING, Reason


def _marks(edit: Edit, shown: str, offset: int) -> str:
    """A line of carets under the changed letters, aligned with `side_by_side`."""
    if not shown.isascii():
        return ""
    return " " * (address_column() + offset + edit.at) + "^" * edit.width()


def _character_notes(name: str, real: str) -> list[str]:
    """What each look-alike character is: its code point, its name and the letter it passes for."""
    notes = [
        _("'{char}' is {code} {name}, which looks like '{looks_like}'").format(
            char=found.char, code=found.code, name=found.name, looks_like=found.looks_like
        )
        for found in lookalikes(name)
    ]
    if name.isascii():
        matcher = difflib.SequenceMatcher(a=name, b=real, autojunk=False)
        for op, a1, a2, b1, b2 in matcher.get_opcodes():
            if op != "equal":
                notes.append(
                    _("'{found}' stands in for '{real}'").format(
                        found=name[a1:a2], real=real[b1:b2]
                    )
                )
    return notes


def _character(found) -> str:
    """ "'а' is U+0430 CYRILLIC SMALL LETTER A": what a look-alike character really is."""
    return _("'{char}' is {code} {name}").format(char=found.char, code=found.code, name=found.name)


SCRIPT_NAMES = {
    "Latin": N_("Latin"),
    "Cyrillic": N_("Cyrillic"),
    "Greek": N_("Greek"),
    "Armenian": N_("Armenian"),
    "Arabic": N_("Arabic"),
    "Hebrew": N_("Hebrew"),
    "Cherokee": N_("Cherokee"),
}
"""The alphabets look-alike names borrow from most, by their Unicode names."""


def _script_note(name: str) -> str:
    """A sentence on the alphabets a name uses, when that is part of the trick."""
    found = sorted(s.title() for s in scripts(name))
    if found and found != ["Latin"] and looks_latin(name) and not is_mixed_script(name):
        alphabet = _(SCRIPT_NAMES.get(found[0], found[0]))
        return _("It is written entirely in {alphabet} letters that look like Latin ones.").format(
            alphabet=alphabet
        )
    found = [_(SCRIPT_NAMES.get(script, script)) for script in found]
    if is_mixed_script(name):
        return _("It mixes letters from different alphabets: {alphabets}.").format(
            alphabets=_(" and ").join(found)
        )
    return ""


def homograph(view: View, host: str, ascii_host: str, names: Names) -> list[Reason]:
    """A name that reads like a trusted name but is written with other characters."""
    if not view.name or names.is_trusted_name(view.name):
        return []
    for site in names.sites_named(loose_skeleton(view.name), view):
        if site.name == view.name or (
            len(site.name) < OTHER_ENDING_MIN and site.suffix != view.suffix
        ):
            continue
        written = _("(written {address})").format(address=ascii_host)
        shown = host if host == ascii_host else f"{host}  {written}"
        details = [*side_by_side(shown, site.domain), *_character_notes(view.name, site.name)]
        note = _script_note(view.name)
        if note:
            details.append(note)
        if view.suffix == site.suffix:
            message = _("The name looks like {site} but is written with different characters.")
        else:
            message = _(
                "The name looks like {site} but is written with different characters, "
                "under another ending (.{ending})."
            )
        return [
            Reason(
                "homograph",
                WARNING,
                message.format(site=site.domain, ending=view.suffix),
                site.domain,
                tuple(details),
            )
        ]
    return []


def alphabets(host: str) -> list[Reason]:
    """Labels that mix alphabets, or use another alphabet's letters to look Latin."""
    reasons = []
    for label in host.split("."):
        if label.isascii():
            continue
        note = _script_note(label)
        if note:
            kind = "mixed-script" if is_mixed_script(label) else "whole-script"
            reads = plain_letters(label)
            reasons.append(
                Reason(
                    kind,
                    CAUTION,
                    _("'{label}' reads as '{reads}'.").format(label=label, reads=reads)
                    + f" {note}",
                    None,
                    tuple(_character(f) for f in lookalikes(label)),
                )
            )
    return reasons


def closest(name: str, names: Names, view: View) -> tuple[TrustedSite, Edit, bool] | None:
    """The trusted site one keystroke from `name`: (site, edit, whether seen in the raw letters).

    When several are, the one listed first wins (instagram.com before instagr.am).
    """
    plain = plain_letters(name)
    loose = loose_skeleton(name)
    lengths = {n + d for n in (len(name), len(plain), len(loose)) for d in (-1, 0, 1)}
    seen: set[str] = set()
    best: tuple[int, TrustedSite, Edit, bool] | None = None
    for length in lengths:
        for real_loose, real_plain, site in names.typo_targets.get(length, []):
            if site.name in seen or (view.only is not None and site not in view.only):
                continue
            seen.add(site.name)
            found = _one_keystroke(
                name, plain, loose, site, real_plain, real_loose, names.trusted.common_words
            )
            if (
                found is not None
                and names.is_common(site)
                and "-" in (found[0].got + found[0].want)
            ):
                continue  # "mail-box" is how people write the word, not a copy of mailbox.org
            if found is not None:
                rank = names.order[site.domain]
                if best is None or rank < best[0]:
                    best = (rank, site, *found)
    return None if best is None else best[1:]


def _one_keystroke(
    name: str,
    plain: str,
    loose: str,
    site: TrustedSite,
    real_plain: str,
    real_loose: str,
    words: frozenset[str],
) -> tuple[Edit, bool] | None:
    """The edit from a name to a trusted one, unless it is a likely false alarm."""
    edit = one_edit(name, site.name)
    if edit is not None:
        return None if _false_alarm(name, site.name, edit, words) else (edit, True)
    edit = one_edit(plain, real_plain) or one_edit(loose, real_loose)
    if edit is not None and not _false_alarm(plain, real_plain, edit, words):
        return edit, False
    return None


def _false_alarm(name: str, real: str, edit: Edit, words: frozenset[str]) -> bool:
    """The usual guards, and a first-letter change around an ordinary word (cloud, icloud)."""
    if likely_false_alarm(name, real, edit):
        return True
    return edit.at == 0 and (name[1:] in words or real[1:] in words or name in words)


def typo(view: View, host: str, names: Names) -> list[Reason]:
    """A name one keystroke from a trusted one (a letter changed, added, left out, swapped)."""
    if len(view.name) < TYPO_MIN - 1 or names.is_trusted_name(view.name):
        return []
    found = closest(view.name, names, view)
    if found is None:
        return []
    site, edit, raw = found
    subdomains = "".join(f"{label}." for label in view.subdomains)
    real_host = (
        f"{subdomains}{site.name}.{view.suffix}" if view.suffix == site.suffix else site.domain
    )
    aligned = raw and view.suffix == site.suffix and host.startswith(f"{subdomains}{view.name}.")
    note = _marks(edit, subdomains + view.name, len(subdomains)) if aligned else ""
    return [
        Reason(
            "typo",
            WARNING,
            _("The name is one keystroke away from {site} ({owner}): {change}.").format(
                site=site.domain, owner=site.owner, change=edit.describe()
            ),
            site.domain,
            side_by_side(host, real_host, note),
        )
    ]

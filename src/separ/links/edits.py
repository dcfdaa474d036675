"""One-keystroke differences between two names, and the guards against their usual false alarms."""

from __future__ import annotations

from dataclasses import dataclass

DISTINCTIVE_REST = 5
"""A name left after adding or dropping a first letter must be this long to count as a copy."""
# Neighbouring keys on QWERTY, QWERTZ and AZERTY keyboards (a slip of the finger).
_ROWS = (
    "1234567890",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "qwertzuiop",
    "yxcvbnm",
    "azertyuiop",
    "qsdfghjklm",
    "wxcvbn",
)
# Letters that pass for each other at a glance.
_LOOKALIKE_GROUPS = (
    "il1|",
    "o0",
    "rn",
    "mn",
    "uv",
    "ce",
    "gq",
    "bdh",
    "vw",
    "sz5",
    "b6",
    "g9",
    "a4",
)


def _neighbours() -> dict[str, set[str]]:
    """Keys next to each key, across the three common layouts (same row and the rows around)."""
    near: dict[str, set[str]] = {}
    for rows in (
        _ROWS[0:4],
        (_ROWS[0], _ROWS[4], _ROWS[2], _ROWS[5]),
        (_ROWS[0], _ROWS[6], _ROWS[7], _ROWS[8]),
    ):
        for r, row in enumerate(rows):
            for c, key in enumerate(row):
                found = near.setdefault(key, set())
                for other_row in rows[max(0, r - 1) : r + 2]:
                    found.update(other_row[max(0, c - 1) : c + 2])
                found.discard(key)
    return near


_NEAR = _neighbours()


@dataclass(frozen=True)
class Edit:
    """How one name differs from another by a single keystroke."""

    kind: str
    """"replaced", "extra", "missing" or "swapped"."""
    at: int
    """Where, in the first name."""
    got: str
    """The character(s) in the first name at that place ("" when one is missing)."""
    want: str
    """The character(s) that the second name has there."""

    def describe(self) -> str:
        """In plain words, e.g. "'q' instead of 'g'"."""
        from separ.i18n import _

        if self.kind == "replaced":
            said = _("'{got}' instead of '{want}'")
        elif self.kind == "extra":
            said = _("an extra '{got}'")
        elif self.kind == "missing":
            said = _("'{want}' left out")
        else:
            said = _("'{got}' where the real name has '{want}' (two letters swapped)")
        return said.format(got=self.got, want=self.want)

    def width(self) -> int:
        """How many characters of the first name to mark."""
        return max(1, len(self.got))


def one_edit(name: str, real: str) -> Edit | None:
    """How `name` differs from `real` by one change or one swap of neighbours; None otherwise."""
    if name == real or abs(len(name) - len(real)) > 1:
        return None
    start = 0
    limit = min(len(name), len(real))
    while start < limit and name[start] == real[start]:
        start += 1
    if len(name) == len(real):
        if name[start + 1 :] == real[start + 1 :]:
            return Edit("replaced", start, name[start], real[start])
        if (
            start + 1 < len(name)
            and name[start] == real[start + 1]
            and name[start + 1] == real[start]
            and name[start + 2 :] == real[start + 2 :]
        ):
            return Edit("swapped", start, name[start : start + 2], real[start : start + 2])
        return None
    if len(name) > len(real):
        if name[start + 1 :] == real[start:]:
            return Edit("extra", start, name[start], "")
        return None
    if name[start:] == real[start + 1 :]:
        return Edit("missing", start, "", real[start])
    return None


def likely_false_alarm(name: str, real: str, edit: Edit) -> bool:
    """Whether a one-keystroke match is most likely a different, honest name.

    Two guards, as in Chromium's look-alike checks: names that differ only in a trailing number
    (amnesty2, amnesty) and names whose only difference is their first letter. A different first
    letter (bing, king) is let through only when it is a neighbouring key or a look-alike of the
    real one, which is how typo-squatters pick it; a first letter added or left out only when the
    rest is long enough to be distinctive (nstagram for instagram, but not pple for apple).
    """
    if name.rstrip("0123456789") == real.rstrip("0123456789"):
        return True
    if edit.at != 0:
        return False
    if edit.kind == "replaced":
        return not (edit.got in _NEAR.get(edit.want, ()) or _look_alike(edit.got, edit.want))
    if edit.kind in ("extra", "missing"):
        return min(len(name), len(real)) < DISTINCTIVE_REST
    return False


def _look_alike(a: str, b: str) -> bool:
    """Whether two characters are in the same look-alike group."""
    return any(a in group and b in group for group in _LOOKALIKE_GROUPS)

"""Choose what a focused checklist shows: a situation's ends (or one of them), or "Start here".

A focused checklist is a short printout for one moment: for each end of a situation, the answers
that lead there, what to do right now, then its items in order; and, closing a situation, the
people to reach for help. An item that several ends share is described in full once.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import date

from separ.export.select import ShownItem, status_line
from separ.i18n import _
from separ.pack.model import Pack
from separ.pack.situation import Contact, End, Situation


class UnknownSituation(ValueError):
    """A situation or end id the pack does not have; the message says where to find the ids."""


@dataclass(frozen=True)
class ShownEnd:
    """One part of a focused checklist: an end of a situation, or the whole "Start here" list."""

    title: str | None
    """The part's heading; None for a list that is the whole checklist."""
    when: tuple[str, ...]
    """Each path of answers that leads here, in words ("What happened? I opened it.")."""
    now: tuple[str, ...]
    """What to do right now, before the items."""
    items: tuple[ShownItem, ...]
    repeated: frozenset[str]
    """Ids of items described in full in an earlier part; this part only names them."""


@dataclass(frozen=True)
class FocusedChecklist:
    """Everything a renderer needs for a situation or the "Start here" list."""

    title: str
    summary: str
    parts: tuple[ShownEnd, ...]
    contacts: tuple[Contact, ...]
    today: date
    done: int
    total: int
    sources: bool = True
    blank: bool = False

    def status(self, separator: str = " · ") -> str:
        """Under the title: "Printed 23 November 2026 · 2 of 9 done" (no counts if blank)."""
        return status_line(self.today, self.done, self.total, self.blank, separator)


def find_situation(pack: Pack, ident: str) -> Situation:
    """The situation with this id, or UnknownSituation naming the closest ids."""
    situation = pack.situation(ident)
    if situation is not None:
        return situation
    known = [s.id for s in pack.situations]
    close = difflib.get_close_matches(ident, known, n=1)
    if close:
        message = _(
            "unknown situation '{situation}'; did you mean '{close}'? 'separ situations' lists them"
        ).format(situation=ident, close=close[0])
    else:
        message = _("unknown situation '{situation}'; 'separ situations' lists them").format(
            situation=ident
        )
    raise UnknownSituation(message)


def route_words(situation: Situation, end: End) -> tuple[str, ...]:
    """Each path of answers to an end, as the questions and answers in one line."""
    return tuple(
        " ".join(f"{question.text} {answer.text}." for question, answer in taken)
        for taken in situation.routes_to(end)
        if taken
    )


def select_situation(
    pack: Pack,
    situation: Situation,
    done: set[str],
    today: date,
    end_id: str | None = None,
    sources: bool = True,
    blank: bool = False,
) -> FocusedChecklist:
    """A situation's focused checklist: every end in order, or only `end_id`."""
    ends = situation.ends
    if end_id is not None:
        ends = tuple(end for end in ends if end.id == end_id)
        if not ends:
            known = ", ".join(end.id for end in situation.ends)
            raise UnknownSituation(
                _("situation '{situation}' has no end '{end}'; ends: {known}").format(
                    situation=situation.id, end=end_id, known=known
                )
            )
    parts = []
    described: set[str] = set()
    for end in ends:
        items = pack.items_by_ids(end.item_ids)
        shown = tuple(ShownItem(item, item.id in done and not blank) for item in items)
        parts.append(
            ShownEnd(
                title=end.title if len(situation.ends) > 1 else None,
                when=route_words(situation, end),
                now=end.now,
                items=shown,
                repeated=frozenset(ident for ident in end.item_ids if ident in described),
            )
        )
        described.update(end.item_ids)
    unique = {ident for end in ends for ident in end.item_ids}
    return FocusedChecklist(
        title=situation.title,
        summary=situation.summary,
        parts=tuple(parts),
        contacts=pack.contacts,
        today=today,
        done=len(unique & done),
        total=len(unique),
        sources=sources,
        blank=blank,
    )


def select_start_here(
    pack: Pack, done: set[str], today: date, sources: bool = True, blank: bool = False
) -> FocusedChecklist:
    """The "Start here" list as a focused checklist; UnknownSituation if the pack has none."""
    start = pack.start_here
    if start is None:
        raise UnknownSituation(_("this pack has no 'Start here' list (help/start-here.yaml)"))
    items = pack.items_by_ids(start.item_ids)
    shown = tuple(ShownItem(item, item.id in done and not blank) for item in items)
    part = ShownEnd(None, (), (), shown, frozenset())
    ids = set(start.item_ids)
    return FocusedChecklist(
        start.title, start.summary, (part,), (), today, len(ids & done), len(ids), sources, blank
    )

"""Situations, the "Start here" list and contacts, as plain frozen dataclasses.

A situation is a small workflow: questions whose answers lead to another question or to an end,
and ends that say what to do right now and which checklist items come next. Items are named by
id and looked up in the pack (`Pack.items_by_ids`), so that a translated pack shows them
translated. Nothing here reads files or knows about the terminal; `separ.pack.load_situations`
builds these objects.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from separ.i18n.catalog import N_, _


@dataclass(frozen=True)
class Answer:
    """One answer to a question, and the id of the question or end it leads to."""

    text: str
    next: str


@dataclass(frozen=True)
class Question:
    """A question asked on its own, with the answers a person can give."""

    id: str
    text: str
    answers: tuple[Answer, ...]
    lang: str = "en"
    """The language of the question and its answers (see `separ.pack.model.Item.lang`)."""


@dataclass(frozen=True)
class End:
    """What to do once the answers are given: right-now steps, then items in order."""

    id: str
    title: str
    now: tuple[str, ...]
    item_ids: tuple[str, ...]
    """The checklist items to do next, by id, in order (each one in the pack)."""
    lang: str = "en"
    """The language of the title and the right-now steps (see `separ.pack.model.Item.lang`)."""


@dataclass(frozen=True)
class Situation:
    """Something happening to a person, and the workflow that leads to the steps that fit it."""

    id: str
    title: str
    summary: str
    questions: tuple[Question, ...]
    ends: tuple[End, ...]
    path: Path
    lang: str = "en"
    """The language of the title and summary: the pack's, or "en" where the translation is
    missing or out of date (its questions and ends each say their own)."""

    @cached_property
    def _steps(self) -> dict[str, Question | End]:
        return {step.id: step for step in (*self.questions, *self.ends)}

    @property
    def first(self) -> Question | End:
        """Where the workflow starts: the first question, or the only end of a plain list."""
        return self.questions[0] if self.questions else self.ends[0]

    def step(self, step_id: str) -> Question | End:
        """The question or end with this id (the loader guarantees every `next` names one)."""
        return self._steps[step_id]

    def routes(self) -> Iterator[tuple[tuple[tuple[Question, Answer], ...], End]]:
        """Every path of answers from the first question to an end, in the order written."""

        def walk(step: Question | End, taken: tuple[tuple[Question, Answer], ...]):
            if isinstance(step, End):
                yield taken, step
                return
            for answer in step.answers:
                yield from walk(self.step(answer.next), (*taken, (step, answer)))

        yield from walk(self.first, ())

    def routes_to(self, end: End) -> list[tuple[tuple[Question, Answer], ...]]:
        """The paths of answers that lead to one end."""
        return [taken for taken, reached in self.routes() if reached.id == end.id]

    @property
    def item_ids(self) -> tuple[str, ...]:
        """Every item any end reaches, each once, in the order the ends are written."""
        return tuple(dict.fromkeys(ident for end in self.ends for ident in end.item_ids))


@dataclass(frozen=True)
class StartHere:
    """The essential items in the order a newcomer should do them."""

    title: str
    summary: str
    item_ids: tuple[str, ...]
    lang: str = "en"
    """The language of the title and summary (see `separ.pack.model.Item.lang`)."""


@dataclass(frozen=True)
class Reach:
    """One way to reach a contact."""

    how: str
    address: str
    note: str | None = None


@dataclass(frozen=True)
class ContactSource:
    """A published page behind a contact's facts, and when it was read."""

    url: str
    read: str
    supports: str


@dataclass(frozen=True)
class Contact:
    """Someone to reach for help, with how to tell that it is really them."""

    id: str
    name: str
    who: str
    helps_with: str
    languages: str
    hours: str
    reach: tuple[Reach, ...]
    verify: tuple[str, ...]
    sources: tuple[ContactSource, ...]
    lang: str = "en"
    """The language of everything a person reads here (addresses, pages and dates are as
    published): the pack's, or "en" where the translation is missing or out of date."""

    def facts(self) -> tuple[tuple[str, str], ...]:
        """Who they are, what they help with, languages and hours, each with its label."""
        return (
            (_("Who"), self.who),
            (_("Helps with"), self.helps_with),
            (_("Languages"), self.languages),
            (_("Hours"), self.hours),
        )


VERIFY_HEADING = N_("How to tell that you reached the real one")
"""Said above a contact's `verify` steps wherever a contact is shown."""

GET_HELP = N_("Get help")
"""The heading of the contacts, wherever they close a situation."""

REACH_LABELS: dict[str, str] = {
    "email": N_("Email"),
    "signal": N_("Signal"),
    "phone": N_("Phone"),
    "web": N_("Web"),
    "form": N_("Web form"),
}
"""How each kind of address is named wherever a contact is shown (English, marked for the
catalog: translate where shown, `_(REACH_LABELS[how])`, as `VERIFY_HEADING` and `GET_HELP`)."""

"""Load and check `situations/*.yaml`, `help/start-here.yaml` and `help/contacts.yaml`.

All three are optional in a pack. Besides what the format asks of each field, a situation must
hold together as a workflow: every answer leads to a question or an end that exists, every
question and end is reached from the first question, no path of answers goes round in a loop,
and every end gives something to do. Items are named by id and must exist in the guidance.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from separ.pack.files import is_yaml, present
from separ.pack.format_situations import CONTACTS, SITUATION, START_HERE
from separ.pack.model import Item
from separ.pack.reader import Mark, Obj, Problem, Reader
from separ.pack.situation import (
    Answer,
    Contact,
    ContactSource,
    End,
    Question,
    Reach,
    Situation,
    StartHere,
)

SITUATIONS_DIR = "situations"
HELP_DIR = "help"
START_HERE_FILE = "start-here.yaml"
CONTACTS_FILE = "contacts.yaml"


class ItemIds:
    """The items a pack declares, for checking the ids that situations and lists name."""

    def __init__(self, declared: Iterable[str], built: dict[str, Item]) -> None:
        self.declared = list(declared)
        """Every item id in the guidance, including items left out for problems of their own."""
        self.built = built

    def resolve(self, obj: Obj, name: str, reader: Reader, where: str) -> list[str] | None:
        """The ids of a list, in order, once each is known; None (and problems) if one is not."""
        items: list[str] = []
        seen: dict[str, Mark] = {}
        ok = True
        for ident, mark in obj.ids_at(name):
            if ident in seen:
                first = seen[ident]
                reader.problem(
                    mark, f"item '{ident}' is listed twice in {where} (first at line {first.line})"
                )
                ok = False
                continue
            seen[ident] = mark
            if ident not in self.declared:
                reader.problem(mark, f"unknown item '{ident}'{_hint(ident, self.declared)}")
                ok = False
            elif ident in self.built:
                items.append(ident)
            else:
                ok = False  # the item has problems of its own, reported in its guidance file
        return items if ok else None


def _hint(ident: str, known: list[str]) -> str:
    close = difflib.get_close_matches(ident, known, n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else "; 'separ list' shows every item id"


def _yaml_files(folder: Path, problems: list[Problem]) -> list[Path]:
    try:
        return sorted(
            (p for p in folder.iterdir() if is_yaml(p.name) and p.is_file()), key=lambda p: p.name
        )
    except OSError as error:
        problems.append(Problem(folder, 1, 1, f"cannot list the folder: {error.strerror or error}"))
        return []


def load_situations(
    root: Path, items: ItemIds, problems: list[Problem]
) -> tuple[tuple[Situation, ...], StartHere | None, tuple[Contact, ...]]:
    """The pack's situations, its "Start here" list and its contacts, recording every problem."""
    situations: list[Situation] = []
    folder = root / SITUATIONS_DIR
    first_ids: dict[str, tuple[Path, Mark]] = {}
    if folder.is_dir():
        for path in _yaml_files(folder, problems):
            situation = _situation(path, items, problems, first_ids)
            if situation is not None:
                situations.append(situation)
    start_here = None
    if present(root / HELP_DIR / START_HERE_FILE):
        start_here = _start_here(root / HELP_DIR / START_HERE_FILE, items, problems)
    contacts: tuple[Contact, ...] = ()
    if present(root / HELP_DIR / CONTACTS_FILE):
        contacts = _contacts(root / HELP_DIR / CONTACTS_FILE, problems)
    return tuple(situations), start_here, contacts


# Situations ---------------------------------------------------------------------------------


def _situation(
    path: Path, items: ItemIds, problems: list[Problem], first_ids: dict
) -> Situation | None:
    before = len(problems)
    reader = Reader(path, problems)
    obj = reader.read_file(SITUATION)
    if obj is None:
        return None
    ident = obj.get("id")
    if ident is not None:
        if ident in first_ids:
            other, mark = first_ids[ident]
            reader.problem(
                obj.at("id"),
                f"duplicate situation id '{ident}': already used at "
                f"{other.name}:{mark.line}:{mark.column}",
            )
        else:
            first_ids[ident] = (path, obj.at("id"))
    questions: list[Obj] = obj.get("questions", [])
    ends: list[Obj] = obj.get("ends", [])
    steps = _steps(questions, ends, reader)
    for question in questions:
        _check_answers(question, steps, reader)
    if steps and (questions or ends):
        _check_reached(questions, ends, steps, reader)
        _check_loops(questions, steps, reader)
    built_ends = [_end(end, items, reader) for end in ends]
    if len(problems) > before or any(
        f.required and obj.get(f.name) is None for f in SITUATION.fields
    ):
        return None
    return Situation(
        id=ident,
        title=obj.get("title"),
        summary=obj.get("summary"),
        questions=tuple(_question(q) for q in questions),
        ends=tuple(e for e in built_ends if e is not None),
        path=path,
    )


def _steps(questions: list[Obj], ends: list[Obj], reader: Reader) -> dict[str, Obj]:
    """Every question and end by id; a repeated id is a problem (answers could not tell them
    apart)."""
    steps: dict[str, Obj] = {}
    for step in (*questions, *ends):
        ident = step.get("id")
        if ident is None:
            continue
        if ident in steps:
            first = steps[ident].at("id")
            reader.problem(
                step.at("id"),
                f"duplicate step id '{ident}' in this situation (first at line {first.line}); "
                "questions and ends need ids of their own",
            )
            continue
        steps[ident] = step
    return steps


def _kind(step: Obj) -> str:
    return step.spec.name


def _check_answers(question: Obj, steps: dict[str, Obj], reader: Reader) -> None:
    answers: list[Obj] = question.get("answers", [])
    if len(answers) == 1:
        reader.problem(
            question.at("answers"),
            f"question '{question.get('id')}' has one answer; give at least two, or lead "
            "straight to what follows",
        )
    for answer in answers:
        target = answer.get("next")
        if target is None or target in steps:
            continue
        close = difflib.get_close_matches(target, list(steps), n=1, cutoff=0.6)
        hint = f"did you mean '{close[0]}'?" if close else f"steps: {', '.join(steps)}"
        reader.problem(answer.at("next"), f"unknown next step '{target}'; {hint}")


def _check_reached(
    questions: list[Obj], ends: list[Obj], steps: dict[str, Obj], reader: Reader
) -> None:
    """Report every question and end that no path of answers reaches from the first step."""
    first = (questions or ends)[0].get("id")
    reached: set[str] = set()
    todo = [first] if first in steps else []
    while todo:
        ident = todo.pop()
        if ident in reached:
            continue
        reached.add(ident)
        for answer in steps[ident].get("answers", []):
            if answer.get("next") in steps:
                todo.append(answer.get("next"))
    for ident, step in steps.items():
        if ident in reached:
            continue
        if not questions:
            why = "a situation without questions is one ordered list, with one end"
        else:
            why = "no answer leads to it"
        reader.problem(step.at("id"), f"{_kind(step)} '{ident}' is never reached: {why}")


def _check_loops(questions: list[Obj], steps: dict[str, Obj], reader: Reader) -> None:
    """Report each answer that leads back to a question already on its path."""
    done: set[str] = set()

    def visit(ident: str, path: list[str]) -> None:
        if ident in done:
            return
        for answer in steps[ident].get("answers", []):
            target = answer.get("next")
            if target not in steps or _kind(steps[target]) != "question":
                continue
            if target in path:
                loop = " → ".join([*path[path.index(target) :], target])
                reader.problem(
                    answer.at("next"),
                    f"this answer leads back to question '{target}' ({loop}); every path of "
                    "answers must reach an end",
                )
                continue
            visit(target, [*path, target])
        done.add(ident)

    for question in questions:
        ident = question.get("id")
        if ident in steps and steps[ident] is question:
            visit(ident, [ident])


def _question(obj: Obj) -> Question:
    return Question(
        id=obj.get("id"),
        text=obj.get("question"),
        answers=tuple(Answer(a.get("answer"), a.get("next")) for a in obj.get("answers", [])),
    )


def _end(obj: Obj, items: ItemIds, reader: Reader) -> End | None:
    ident = obj.get("id")
    now = obj.get("now", [])
    if "now" not in obj.values and "items" not in obj.values:
        what = f"end '{ident}'" if ident else "this end"
        reader.problem(obj.mark, f"{what} has nothing to do: give it 'now' steps, 'items', or both")
        return None
    resolved = items.resolve(obj, "items", reader, f"end '{ident}'")
    if resolved is None or ident is None or obj.get("title") is None:
        return None
    return End(id=ident, title=obj.get("title"), now=tuple(now), item_ids=tuple(resolved))


# "Start here" and contacts -----------------------------------------------------------------


def _start_here(path: Path, items: ItemIds, problems: list[Problem]) -> StartHere | None:
    before = len(problems)
    reader = Reader(path, problems)
    obj = reader.read_file(START_HERE)
    if obj is None:
        return None
    resolved = items.resolve(obj, "items", reader, "the list")
    if resolved is None or len(problems) > before:
        return None
    return StartHere(obj.get("title"), obj.get("summary"), tuple(resolved))


def _contacts(path: Path, problems: list[Problem]) -> tuple[Contact, ...]:
    before = len(problems)
    reader = Reader(path, problems)
    obj = reader.read_file(CONTACTS)
    if obj is None:
        return ()
    contacts: list[Contact] = []
    seen: dict[str, Mark] = {}
    for entry in obj.get("contacts", []):
        ident = entry.get("id")
        if ident in seen:
            reader.problem(
                entry.at("id"),
                f"duplicate contact id '{ident}' (first at line {seen[ident].line})",
            )
            continue
        if ident is not None:
            seen[ident] = entry.at("id")
        for source in entry.get("sources", []):
            _check_date(source, reader)
        if any(f.required and entry.get(f.name) is None for f in entry.spec.fields):
            continue  # "no way to reach it" is a missing or empty 'reach', reported by the reader
        contacts.append(
            Contact(
                id=ident,
                name=entry.get("name"),
                who=entry.get("who"),
                helps_with=entry.get("helps_with"),
                languages=entry.get("languages"),
                hours=entry.get("hours"),
                reach=tuple(
                    Reach(r.get("how"), r.get("address"), r.get("note")) for r in entry.get("reach")
                ),
                verify=tuple(entry.get("verify")),
                sources=tuple(
                    ContactSource(s.get("url"), s.get("read"), s.get("supports"))
                    for s in entry.get("sources")
                ),
            )
        )
    return tuple(contacts) if len(problems) == before else ()


def _check_date(source: Obj, reader: Reader) -> None:
    read = source.get("read")
    if read is None:
        return
    try:
        date.fromisoformat(read)
    except ValueError:
        reader.problem(source.at("read"), f"'read' must be a date as YYYY-MM-DD, not '{read}'")

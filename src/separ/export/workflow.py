"""A whole situation as plain text, readable top to bottom: its questions, each answer and where
it leads, then each end with what to do right now and its items, then whom to contact."""

from __future__ import annotations

from string import ascii_uppercase

from separ.export.focused_render import RIGHT_NOW, THEN, text_contact
from separ.export.text import _heading
from separ.export.wrap import wrap
from separ.pack.model import Pack
from separ.pack.situation import GET_HELP, End, Question, Situation


def step_labels(situation: Situation) -> dict[str, str]:
    """How steps are named in print: questions by number (1, 2...), ends by letter (A, B...)."""
    labels = {question.id: str(n) for n, question in enumerate(situation.questions, 1)}
    for n, end in enumerate(situation.ends):
        labels[end.id] = ascii_uppercase[n] if n < len(ascii_uppercase) else f"E{n + 1}"
    return labels


def render_workflow(situation: Situation, pack: Pack) -> str:
    """The situation as plain text, closing with the pack's contacts (not yet made inert: the
    caller passes it through `safe`)."""
    labels = step_labels(situation)
    lines = [*_heading(situation.title, "="), *wrap(situation.summary)]
    if situation.questions:
        lines += ["", *wrap("Answer the questions in order; each answer says where to go next.")]
    for question in situation.questions:
        lines += ["", *_question(question, labels, situation)]
    for end in situation.ends:
        lines += ["", *_end(end, labels, pack)]
    if pack.contacts:
        lines += ["", "", *_heading(GET_HELP, "-")]
        for contact in pack.contacts:
            lines += ["", *text_contact(contact, sources=False)]
    lines += ["", *wrap(f"To print this as a checklist: separ export --situation {situation.id}")]
    return "\n".join(lines) + "\n"


def _question(question: Question, labels: dict[str, str], situation: Situation) -> list[str]:
    label = f"{labels[question.id]}. "
    lines = wrap(question.text, label, " " * len(label))
    for answer in question.answers:
        target = situation.step(answer.next)
        if isinstance(target, End):
            where = f"{labels[target.id]}. {target.title}"
        else:
            where = f"question {labels[target.id]}"
        lines += wrap(f"{answer.text} → {where}", "   - ", "     ")
    return lines


def _end(end: End, labels: dict[str, str], pack: Pack) -> list[str]:
    label = f"{labels[end.id]}. "
    lines = wrap(end.title, label, " " * len(label))
    if end.now:
        lines.append(f"   {RIGHT_NOW}:")
        for n, step in enumerate(end.now, 1):
            number = f"{n}. "
            lines += wrap(step, f"     {number}", " " * (5 + len(number)))
    if end.item_ids:
        lines.append(f"   {THEN}:")
        for item in pack.items_by_ids(end.item_ids):
            lines += wrap(f"{item.title} (id: {item.id})", "     - ", "       ")
    return lines

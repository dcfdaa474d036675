"""A whole situation as plain text, readable top to bottom: its questions, each answer and where
it leads, then each end with what to do right now and its items, then whom to contact."""

from __future__ import annotations

from string import ascii_uppercase

from separ.export.focused_render import RIGHT_NOW, THEN, text_contact
from separ.export.text import _heading
from separ.export.wrap import wrap
from separ.i18n import _
from separ.i18n.persian import number
from separ.pack.model import Pack
from separ.pack.situation import GET_HELP, End, Question, Situation


def step_labels(situation: Situation) -> dict[str, str]:
    """How steps are named in print: questions by number (1, 2...), ends by letter (A, B...)."""
    labels = {question.id: number(n) for n, question in enumerate(situation.questions, 1)}
    for n, end in enumerate(situation.ends):
        labels[end.id] = _end_label(n)
    return labels


_PERSIAN_LETTERS = [
    "الف",
    "ب",
    "پ",
    "ت",
    "ث",
    "ج",
    "چ",
    "ح",
    "خ",
    "د",
    "ذ",
    "ر",
    "ز",
    "ژ",
    "س",
    "ش",
    "ص",
    "ض",
    "ط",
    "ظ",
    "ع",
    "غ",
    "ف",
    "ق",
    "ک",
    "گ",
    "ل",
    "م",
    "ن",
    "و",
    "ه",
    "ی",
]
"""How Persian names the items of a list by letter: الف، ب، پ..."""


def _end_label(n: int) -> str:
    """The n-th end's letter (from 0): A, B... or الف، ب... in Persian."""
    from separ.i18n import current_language

    letters = _PERSIAN_LETTERS if current_language() == "fa" else list(ascii_uppercase)
    return letters[n] if n < len(letters) else f"E{number(n + 1)}"


def render_workflow(situation: Situation, pack: Pack) -> str:
    """The situation as plain text, closing with the pack's contacts (not yet made inert: the
    caller passes it through `safe`)."""
    labels = step_labels(situation)
    lines = [*_heading(situation.title, "="), *wrap(situation.summary)]
    if situation.questions:
        lines += [
            "",
            *wrap(_("Answer the questions in order; each answer says where to go next.")),
        ]
    for question in situation.questions:
        lines += ["", *_question(question, labels, situation)]
    for end in situation.ends:
        lines += ["", *_end(end, labels, pack)]
    if pack.contacts:
        lines += ["", "", *_heading(_(GET_HELP), "-")]
        for contact in pack.contacts:
            lines += ["", *text_contact(contact, sources=False)]
    command = f"separ export --situation {situation.id}"
    lines += ["", *wrap(_("To print this as a checklist: {command}").format(command=command))]
    return "\n".join(lines) + "\n"


def _question(question: Question, labels: dict[str, str], situation: Situation) -> list[str]:
    label = f"{labels[question.id]}. "
    lines = wrap(question.text, label, " " * len(label))
    for answer in question.answers:
        target = situation.step(answer.next)
        if isinstance(target, End):
            where = f"{labels[target.id]}. {target.title}"
        else:
            where = _("question {number}").format(number=labels[target.id])
        lines += wrap(f"{answer.text} → {where}", "   - ", "     ")
    return lines


def _end(end: End, labels: dict[str, str], pack: Pack) -> list[str]:
    label = f"{labels[end.id]}. "
    lines = wrap(end.title, label, " " * len(label))
    if end.now:
        lines.append(f"   {_(RIGHT_NOW)}:")
        for n, step in enumerate(end.now, 1):
            label = f"{number(n)}. "
            lines += wrap(step, f"     {label}", " " * (5 + len(label)))
    if end.item_ids:
        lines.append(f"   {_(THEN)}:")
        for item in pack.items_by_ids(end.item_ids):
            ident = _("id: {id}").format(id=item.id)
            lines += wrap(f"{item.title} ({ident})", "     - ", "       ")
    return lines

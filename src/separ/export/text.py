"""The checklist as plain text with no markup, for screen readers and `lpr`.

Text is in logical order, as every file is: a viewer that knows right from left (an editor, a
browser, a terminal that reorders) lays each Persian line out from the right, its indent with it.
"""

from __future__ import annotations

from separ.export.markdown import (
    SOURCES,
    STEPS,
    WHY,
    source_head,
    source_line,
    translated_layout,
    translation_line,
)
from separ.export.select import TITLE, Checklist, ShownItem, as_written, item_tags, untranslated
from separ.export.wrap import WIDTH, width_of
from separ.export.wrap import wrap as _wrap
from separ.i18n import _
from separ.i18n.persian import number
from separ.pack.model import OWN_ADVICE, TRANSLATIONS_NOTE, UNTRANSLATED


def _heading(text: str, underline: str) -> list[str]:
    """A heading underlined to its own width (at most the page's)."""
    lines = _wrap(text, "", "")
    return [*lines, underline * min(WIDTH, max((width_of(line) for line in lines), default=0))]


def render_text(checklist: Checklist) -> str:
    """The whole checklist as plain text."""
    lines = [*_heading(_(TITLE), "="), *_wrap(checklist.status(", "), "", "")]
    lines += _wrap(". ".join(checklist.filters()), "", "")
    if translated_layout() and checklist.options.sources and checklist.sections:
        lines += _wrap(_(TRANSLATIONS_NOTE))
    for group in checklist.sections:
        lines += ["", "", *_heading(group.section.title, "-")]
        summary = as_written(group.section.summary, group.section.lang)
        if untranslated(group.section.lang):
            summary = f"({_(UNTRANSLATED)}) {summary}"
        lines += _wrap(summary, "", "")
        for shown in group.items:
            lines += ["", *item_lines(shown, checklist.options.sources)]
    if not checklist.sections:
        lines += ["", checklist.empty_message()]
    return "\n".join(lines) + "\n"


def item_lines(shown: ShownItem, sources: bool) -> list[str]:
    """One item: its box and title, then why, steps and sources indented under it."""
    item = shown.item
    box = "[x]" if shown.done else "[ ]"
    title = as_written(item.title, item.lang)
    lines = _wrap(f"{title} ({item_tags(item)})", f"{box} ", "    ")
    lines += _wrap(f"{_(WHY)}: {as_written(item.why, item.lang)}", "    ", "    ")
    if item.steps:
        lines.append(f"    {_(STEPS)}:")
        for n, step in enumerate(item.steps, 1):
            label = f"{number(n)}. "
            lines += _wrap(as_written(step, item.lang), f"      {label}", " " * (6 + len(label)))
    if sources and item.citations:
        lines.append(f"    {_(SOURCES)}:")
        if item.own_advice:
            lines += _wrap(_(OWN_ADVICE), "      ", "      ")
        for citation in item.citations:
            if translated_layout():
                lines += _wrap(source_head(citation), "      - ", "        ")
                lines += _wrap(f"“{citation.passage}”", "        ", "        ")
                lines += _wrap(translation_line(citation), "        ", "        ")
            else:
                lines += _wrap(source_line(citation), "      - ", "        ")
    return lines

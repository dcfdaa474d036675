"""The checklist as plain text with no markup, for screen readers and `lpr`."""

from __future__ import annotations

from separ.export.markdown import source_line
from separ.export.select import TITLE, Checklist, ShownItem, item_tags
from separ.export.wrap import WIDTH
from separ.export.wrap import wrap as _wrap
from separ.pack.model import OWN_ADVICE


def _heading(text: str, underline: str) -> list[str]:
    """A heading underlined to its own width (at most the page's)."""
    lines = _wrap(text, "", "")
    return [*lines, underline * min(WIDTH, max((len(line) for line in lines), default=0))]


def render_text(checklist: Checklist) -> str:
    """The whole checklist as plain text."""
    lines = [*_heading(TITLE, "="), *_wrap(checklist.status(", "), "", "")]
    lines += _wrap(". ".join(checklist.filters()), "", "")
    for group in checklist.sections:
        lines += ["", "", *_heading(group.section.title, "-")]
        lines += _wrap(group.section.summary, "", "")
        for shown in group.items:
            lines += ["", *item_lines(shown, checklist.options.sources)]
    if not checklist.sections:
        lines += ["", checklist.empty_message()]
    return "\n".join(lines) + "\n"


def item_lines(shown: ShownItem, sources: bool) -> list[str]:
    """One item: its box and title, then why, steps and sources indented under it."""
    item = shown.item
    box = "[x]" if shown.done else "[ ]"
    lines = _wrap(f"{item.title} ({item_tags(item)})", f"{box} ", "    ")
    lines += _wrap(f"Why: {item.why}", "    ", "    ")
    if item.steps:
        lines.append("    Steps:")
        for n, step in enumerate(item.steps, 1):
            label = f"{n}. "
            lines += _wrap(step, f"      {label}", " " * (6 + len(label)))
    if sources and item.citations:
        lines.append("    Sources:")
        if item.own_advice:
            lines += _wrap(OWN_ADVICE, "      ", "      ")
        for citation in item.citations:
            lines += _wrap(source_line(citation), "      - ", "        ")
    return lines

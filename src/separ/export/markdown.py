"""The checklist as Markdown: task lists that read well as raw text and render anywhere."""

from __future__ import annotations

from separ.export.escape import escape_heading, escape_markdown, one_line
from separ.export.select import TITLE, Checklist, ShownItem, item_tags
from separ.export.wrap import wrap
from separ.pack.model import OWN_ADVICE, Citation

_INDENT = "    "
"""Item content is indented four spaces: CommonMark and the stricter renderers agree on that."""


def source_line(citation: Citation) -> str:
    """ "The source recommends this: “quote” — Title — Publisher, 16 November 2020 (line 26)"."""
    # A no-break space keeps "line 26" together when the line is wrapped.
    where = f"(line\u00a0{citation.line})"
    quoted = f"“{one_line(citation.passage)}” — {one_line(citation.credit.line())} {where}"
    return f"{citation.role_label}: {quoted}"


def paragraph(text: str, first: str = "", rest: str = "") -> list[str]:
    """Pack text wrapped into Markdown lines, each escaped on its own so no line starts a block."""
    lines = []
    for n, line in enumerate(wrap(text, first, rest)):
        prefix = first if n == 0 else rest
        lines.append(prefix + escape_markdown(line[len(prefix) :]))
    return lines


def render_markdown(checklist: Checklist) -> str:
    """The whole checklist as one Markdown document."""
    lines = [f"# {TITLE}", "", *paragraph(checklist.status())]
    filters = checklist.filters()
    if filters:
        lines += ["", *paragraph(" · ".join(filters))]
    for group in checklist.sections:
        # A heading must stay on one line, however long.
        lines += ["", f"## {escape_heading(group.section.title)}", ""]
        lines += [*paragraph(group.section.summary), ""]
        for shown in group.items:
            lines += _item(shown, checklist.options.sources)
    if not checklist.sections:
        lines += ["", *paragraph(checklist.empty_message())]
    return "\n".join(lines).rstrip("\n") + "\n"


def _item(shown: ShownItem, sources: bool) -> list[str]:
    """One task list entry with its why, steps and sources nested under it."""
    item = shown.item
    box = "[x]" if shown.done else "[ ]"
    title = paragraph(item.title, f"- {box} **", " " * 6)
    # Bold needs text inside it: an empty title would leave a stray "****".
    tags = item_tags(item)
    lines = [*title[:-1], f"{title[-1]}** ({tags})"] if title else [f"- {box} ({tags})"]
    lines += ["", *paragraph(item.why, f"{_INDENT}**Why:** ", _INDENT), ""]
    if item.steps:
        lines += [f"{_INDENT}**Steps:**", ""]
        for n, step in enumerate(item.steps, 1):
            label = f"{n}. "
            lines += paragraph(step, _INDENT + label, _INDENT + " " * len(label))
        lines.append("")
    if sources and item.citations:
        lines += [f"{_INDENT}**Sources:**", ""]
        if item.own_advice:
            lines += [*paragraph(OWN_ADVICE, _INDENT, _INDENT), ""]
        for citation in item.citations:
            lines += paragraph(source_line(citation), f"{_INDENT}- ", f"{_INDENT}  ")
        lines.append("")
    return lines

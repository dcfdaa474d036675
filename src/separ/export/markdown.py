"""The checklist as Markdown: task lists that read well as raw text and render anywhere.

In Persian (any language but English) a source is laid out as the glossary asks: what it shows
and whose it is on one line, the quote on its own (a block quote, verbatim English, so that the
web page sets it left to right), and under it Separ's translation, marked as one.
"""

from __future__ import annotations

from separ.export.escape import escape_heading, escape_markdown, one_line
from separ.export.select import (
    TITLE,
    Checklist,
    ShownItem,
    as_written,
    item_tags,
    untranslated,
)
from separ.export.wrap import wrap
from separ.i18n import N_, _, current_language
from separ.i18n.persian import number, quoted, semicolon
from separ.pack.model import OWN_ADVICE, TRANSLATION, TRANSLATIONS_NOTE, UNTRANSLATED, Citation

WHY = N_("Why")
STEPS = N_("Steps")
SOURCES = N_("Sources")
"""The labels of an item's parts (translated where shown)."""

_INDENT = "    "
"""Item content is indented four spaces: CommonMark and the stricter renderers agree on that."""


def source_line(citation: Citation) -> str:
    """ "The source recommends this: “quote” — Title — Publisher, 16 November 2020 (line 26)"."""
    quoted = f"“{one_line(citation.passage)}” — {source_credit(citation)}"
    return f"{citation.role_label}: {quoted}"


def source_credit(citation: Citation) -> str:
    """ "Title — Publisher, 16 November 2020 (line 26)": whose words, and where they stand."""
    # A no-break space keeps "line 26" together when the line is wrapped.
    where = _("(line {line})").format(line=number(citation.line)).replace(" ", "\u00a0")
    return f"{one_line(citation.credit.line())} {where}"


def source_head(citation: Citation) -> str:
    """What a source shows and whose it is, before its quote: "The source recommends this:
    Title — Publisher, date (line 26)"."""
    return f"{citation.role_label}: {source_credit(citation)}"


def translation_line(citation: Citation) -> str:
    """Under a quote: Separ's rendering, marked as a translation, or that there is none yet."""
    if citation.translation is None:
        return f"{_(TRANSLATION)}: ({_(UNTRANSLATED)})"
    return f"{_(TRANSLATION)}: {quoted(one_line(citation.translation))}"


def translated_layout() -> bool:
    """Whether sources are laid out with a translation under each quote (not in English)."""
    return current_language() != "en"


def paragraph(text: str, first: str = "", rest: str = "") -> list[str]:
    """Pack text wrapped into Markdown lines, each escaped on its own so no line starts a block."""
    lines = []
    for n, line in enumerate(wrap(text, first, rest)):
        prefix = first if n == 0 else rest
        lines.append(prefix + escape_markdown(line[len(prefix) :]))
    return lines


def render_markdown(checklist: Checklist) -> str:
    """The whole checklist as one Markdown document."""
    lines = [f"# {escape_heading(_(TITLE))}", "", *paragraph(checklist.status())]
    filters = checklist.filters()
    if filters:
        lines += [
            "",
            *paragraph((" · " if current_language() == "en" else semicolon()).join(filters)),
        ]
    if translated_layout() and checklist.options.sources and checklist.sections:
        lines += ["", *paragraph(_(TRANSLATIONS_NOTE))]
    for group in checklist.sections:
        # A heading must stay on one line, however long.
        lines += ["", f"## {escape_heading(group.section.title)}", ""]
        summary = as_written(group.section.summary, group.section.lang)
        if untranslated(group.section.lang):
            summary = f"({_(UNTRANSLATED)}) {summary}"
        lines += [*paragraph(summary), ""]
        for shown in group.items:
            lines += _item(shown, checklist.options.sources)
    if not checklist.sections:
        lines += ["", *paragraph(checklist.empty_message())]
    return "\n".join(lines).rstrip("\n") + "\n"


def _item(shown: ShownItem, sources: bool) -> list[str]:
    """One task list entry with its why, steps and sources nested under it."""
    item = shown.item
    box = "[x]" if shown.done else "[ ]"
    title = paragraph(as_written(item.title, item.lang), f"- {box} **", " " * 6)
    # Bold needs text inside it: an empty title would leave a stray "****".
    tags = item_tags(item)
    lines = [*title[:-1], f"{title[-1]}** ({tags})"] if title else [f"- {box} ({tags})"]
    why = as_written(item.why, item.lang)
    lines += ["", *paragraph(why, f"{_INDENT}**{_(WHY)}:** ", _INDENT), ""]
    if item.steps:
        lines += [f"{_INDENT}**{_(STEPS)}:**", ""]
        for n, step in enumerate(item.steps, 1):
            label = f"{n}. "
            step = as_written(step, item.lang)
            lines += paragraph(step, _INDENT + label, _INDENT + " " * len(label))
        lines.append("")
    if sources and item.citations:
        lines += [f"{_INDENT}**{_(SOURCES)}:**", ""]
        if item.own_advice:
            lines += [*paragraph(_(OWN_ADVICE), _INDENT, _INDENT), ""]
        for n, citation in enumerate(item.citations):
            if translated_layout():
                lines += [""] * (n > 0) + _translated_source(citation)
            else:
                lines += paragraph(source_line(citation), f"{_INDENT}- ", f"{_INDENT}  ")
        lines.append("")
    return lines


def _translated_source(citation: Citation) -> list[str]:
    """A source as a list entry of three blocks: whose it is, the quote, the translation."""
    inner = f"{_INDENT}  "
    quote = f"“{one_line(citation.passage)}”"
    return [
        *paragraph(source_head(citation), f"{_INDENT}- ", inner),
        "",
        *paragraph(quote, f"{inner}> ", f"{inner}> "),
        "",
        *paragraph(translation_line(citation), inner, inner),
    ]

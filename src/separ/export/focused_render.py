"""A focused checklist (a situation, or "Start here") as Markdown or plain text.

Items look exactly as in the full export (the same renderers draw them); around them come the
right-now steps of each end and, closing a situation, the people to reach for help. The web page
is made from the Markdown, like the full export's.
"""

from __future__ import annotations

from separ.export.escape import escape_heading
from separ.export.focused import FocusedChecklist, ShownEnd
from separ.export.markdown import _item as markdown_item
from separ.export.markdown import paragraph, translated_layout
from separ.export.select import ShownItem, item_tags
from separ.export.text import _heading
from separ.export.text import item_lines as text_item
from separ.export.wrap import wrap
from separ.i18n import N_, _, speaking
from separ.i18n.dates import display_date
from separ.i18n.persian import number, semicolon
from separ.pack.model import TRANSLATIONS_NOTE
from separ.pack.situation import GET_HELP, REACH_LABELS, VERIFY_HEADING, Contact

RIGHT_NOW = N_("Right now")
THEN = N_("Then, in order")
WHEN = N_("When you answered")
OR = N_("Or:")
REPEATED = N_("described above")
SOURCES = N_("Where these facts come from")


def reach_line(contact: Contact, index: int) -> str:
    """ "Email: help@example.org (a note)": one way to reach a contact, on one line."""
    reach = contact.reach[index]
    note = f" ({reach.note})" if reach.note else ""
    return f"{_(REACH_LABELS[reach.how])}: {reach.address}{note}"


def source_line(contact: Contact, index: int) -> str:
    """ "https://example.org (read 23 November 2026): what it states"."""
    source = contact.sources[index]
    read = _("read {date}").format(date=display_date(source.read) or source.read)
    return f"{source.url} ({read}): {source.supports}"


def _when(part: ShownEnd) -> str:
    """ "When you answered: What happened? I opened it. Or: ..."."""
    return f"{_(WHEN)}: {f' {_(OR)} '.join(part.when)}"


def _repeated_tags(shown: ShownItem) -> str:
    """An item's tags, and that it was described above."""
    return f"{item_tags(shown.item)}{semicolon()}{_(REPEATED)}"


# Markdown -------------------------------------------------------------------------------------


def render_focused_markdown(checklist: FocusedChecklist) -> str:
    """The focused checklist as one Markdown document."""
    lines = [f"# {escape_heading(checklist.title)}", "", *paragraph(checklist.status())]
    lines += ["", *paragraph(checklist.summary)]
    if translated_layout() and checklist.sources and any(p.items for p in checklist.parts):
        lines += ["", *paragraph(_(TRANSLATIONS_NOTE))]
    for part in checklist.parts:
        lines += _markdown_part(part, checklist.sources)
    if checklist.contacts:
        lines += ["", f"## {escape_heading(_(GET_HELP))}"]
        for contact in checklist.contacts:
            lines += _markdown_contact(contact, checklist.sources)
    return "\n".join(lines).rstrip("\n") + "\n"


def _markdown_part(part: ShownEnd, sources: bool) -> list[str]:
    lines = ["", f"## {escape_heading(part.title)}"] if part.title else []
    if part.when:
        lines += ["", *paragraph(_when(part))]
    if part.now:
        lines += ["", f"**{_(RIGHT_NOW)}:**", ""]
        for n, step in enumerate(part.now, 1):
            label = f"{n}. "
            lines += paragraph(step, label, " " * len(label))
    if part.items:
        lines += ["", f"**{_(THEN)}:**", ""] if part.now else [""]
        for shown in part.items:
            if shown.item.id in part.repeated:
                lines += [*_markdown_named(shown), ""]
            else:
                lines += markdown_item(shown, sources)
    return lines


def _markdown_named(shown: ShownItem) -> list[str]:
    """An item already described: its box, title and tags only."""
    box = "[x]" if shown.done else "[ ]"
    title = paragraph(shown.item.title, f"- {box} **", " " * 6)
    return [*title[:-1], f"{title[-1]}** ({_repeated_tags(shown)})"]


def _markdown_contact(contact: Contact, sources: bool) -> list[str]:
    lines = ["", f"### {escape_heading(contact.name)}", ""]
    for label, text in contact.facts():
        lines += [*paragraph(f"{label}: {text}"), ""]
    for index in range(len(contact.reach)):
        lines += paragraph(reach_line(contact, index), "- ", "  ")
    lines += ["", f"**{_(VERIFY_HEADING)}:**", ""]
    for step in contact.verify:
        lines += paragraph(step, "- ", "  ")
    if sources:
        lines += ["", f"*{_(SOURCES)}:*", ""]
        for index in range(len(contact.sources)):
            lines += paragraph(source_line(contact, index), "- ", "  ")
    return lines


# Plain text -----------------------------------------------------------------------------------


def render_focused_text(checklist: FocusedChecklist) -> str:
    """The focused checklist as plain text, for printers and screen readers."""
    lines = [*_heading(checklist.title, "="), *wrap(checklist.status(", "))]
    lines += ["", *wrap(checklist.summary)]
    if translated_layout() and checklist.sources and any(p.items for p in checklist.parts):
        lines += ["", *wrap(_(TRANSLATIONS_NOTE))]
    for part in checklist.parts:
        lines += _text_part(part, checklist.sources)
    if checklist.contacts:
        lines += ["", "", *_heading(_(GET_HELP), "-")]
        for contact in checklist.contacts:
            lines += ["", *text_contact(contact, checklist.sources)]
    return "\n".join(lines) + "\n"


def _text_part(part: ShownEnd, sources: bool) -> list[str]:
    lines = ["", "", *_heading(part.title, "-")] if part.title else []
    if part.when:
        lines += ["", *wrap(_when(part))]
    if part.now:
        lines += ["", f"{_(RIGHT_NOW)}:"]
        for n, step in enumerate(part.now, 1):
            label = f"{number(n)}. "
            lines += wrap(step, f"  {label}", " " * (2 + len(label)))
    if part.items:
        lines += ["", f"{_(THEN)}:"] if part.now else []
        for shown in part.items:
            if shown.item.id in part.repeated:
                box = "[x]" if shown.done else "[ ]"
                title = f"{shown.item.title} ({_repeated_tags(shown)})"
                lines += ["", *wrap(title, f"{box} ", "    ")]
            else:
                lines += ["", *text_item(shown, sources)]
    return lines


def text_contact(contact: Contact, sources: bool = True) -> list[str]:
    """One contact as plain text: facts, ways to reach them, how to tell it is them, sources."""
    lines = [contact.name]
    for label, text in contact.facts():
        lines += wrap(f"{label}: {text}", "  ", "    ")
    for index in range(len(contact.reach)):
        lines += wrap(reach_line(contact, index), "  - ", "    ")
    lines.append(f"  {_(VERIFY_HEADING)}:")
    for step in contact.verify:
        lines += wrap(step, "    - ", "      ")
    if sources:
        lines.append(f"  {_(SOURCES)}:")
        for index in range(len(contact.sources)):
            lines += wrap(source_line(contact, index), "    - ", "      ")
    return lines


def render_focused(
    checklist: FocusedChecklist, fmt: str = "markdown", lang: str | None = None
) -> str:
    """The focused checklist in one format ("markdown", "html" or "text"), every character inert;
    in `lang` (default: the language spoken now), as `separ.export.render`."""
    from separ.i18n import current_language
    from separ.safe import safe

    with speaking(lang or current_language()):
        if fmt == "text":
            return safe(render_focused_text(checklist))
        markdown = render_focused_markdown(checklist)
        if fmt == "markdown":
            return safe(markdown)
        if fmt != "html":
            raise ValueError(
                _("unknown format '{format}'; formats: {formats}").format(
                    format=fmt, formats="markdown, html, text"
                )
            )
        from separ.export.html import render_html

        return safe(render_html(markdown))

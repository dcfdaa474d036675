"""Items as plain sentences for people: `separ show ID` (one item in full) and
`separ list --titles` (every item by its title). Pack text goes through `separ.safe`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from separ.export.markdown import translated_layout
from separ.export.select import ShownItem, untranslated
from separ.export.text import item_lines
from separ.i18n import N_, _
from separ.i18n.persian import comma
from separ.pack.model import (
    APPLIES_LABELS,
    LEVEL_MEANINGS,
    LEVEL_NAMES,
    TRANSLATIONS_NOTE,
    UNTRANSLATED,
    Item,
    Pack,
)
from separ.safe import safe, safe_line
from separ.session import load_pack_or_exit, open_store

SECTION = N_("Section")
LEVEL = N_("Level")


def add_parsers(command: Callable) -> None:
    """Add `separ show`, given `command(name, run, help)` from the CLI."""
    show = command("show", run_show, _("print one item in full: why, steps and sources"))
    show.add_argument("id", metavar="ID", help=_("an item id, as 'separ list' shows"))


def item_text(pack: Pack, item: Item, done: bool) -> str:
    """One item as the text export prints it, with its section and what its level means."""
    section = pack.section(item.section_id)
    lines = []
    if section is not None:
        marked = f" ({_(UNTRANSLATED)})" if untranslated(section.lang) else ""
        lines.append(f"{_(SECTION)}: {section.title}{marked}")
    name = _(LEVEL_NAMES.get(item.level, item.level))
    meaning = _(LEVEL_MEANINGS[item.level]) if item.level in LEVEL_MEANINGS else ""
    lines.append(f"{_(LEVEL)}: {name}. {meaning}".rstrip())
    if item.applies != "everywhere":
        lines.append(f"{_(APPLIES_LABELS[item.applies])}.")
    if translated_layout() and item.citations:
        lines.append(_(TRANSLATIONS_NOTE))
    lines += ["", *item_lines(ShownItem(item, done), sources=True)]
    return safe("\n".join(lines)) + "\n"


def titles_text(pack: Pack, done: set[str]) -> str:
    """Every item by its title under its section's, its state and level first, its id last."""
    lines = []
    for section in pack.sections:
        if lines:
            lines.append("")
        marked = f" ({_(UNTRANSLATED)})" if untranslated(section.lang) else ""
        lines.append(safe_line(section.title) + marked)
        for item in section.items:
            state = _("done") if item.id in done else _("open")
            level = _(LEVEL_NAMES.get(item.level, item.level))
            marked = f" ({_(UNTRANSLATED)})" if untranslated(item.lang) else ""
            lines.append(f"  {state}{comma()}{level}: {safe_line(item.title)} ({item.id}){marked}")
    return "\n".join(lines) + "\n"


def run_show(args: argparse.Namespace) -> int:
    """`separ show ID`: print one item in full."""
    from separ.progress_commands import unknown_id_message

    pack = load_pack_or_exit(args)
    item = pack.item(args.id)
    if item is None:
        print(f"separ: {safe_line(unknown_id_message(pack, args.id))}", file=sys.stderr)
        return 1
    store = open_store(args, create=False)
    try:
        done = store.is_done(item.id)
    finally:
        store.close()
    sys.stdout.write(item_text(pack, item, done))
    return 0

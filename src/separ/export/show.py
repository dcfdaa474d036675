"""Items as plain sentences for people: `separ show ID` (one item in full) and
`separ list --titles` (every item by its title). Pack text goes through `separ.safe`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from separ.export.select import ShownItem
from separ.export.text import item_lines
from separ.pack.model import APPLIES_LABELS, LEVEL_MEANINGS, Item, Pack
from separ.safe import safe, safe_line
from separ.session import load_pack_or_exit, open_store


def add_parsers(command: Callable) -> None:
    """Add `separ show`, given `command(name, run, help)` from the CLI."""
    show = command("show", run_show, "print one item in full: why, steps and sources")
    show.add_argument("id", metavar="ID", help="an item id, as 'separ list' shows")


def item_text(pack: Pack, item: Item, done: bool) -> str:
    """One item as the text export prints it, with its section and what its level means."""
    section = pack.section(item.section_id)
    lines = []
    if section is not None:
        lines.append(f"Section: {section.title}")
    lines.append(f"Level: {item.level}. {LEVEL_MEANINGS.get(item.level, '')}".rstrip())
    if item.applies != "everywhere":
        lines.append(f"{APPLIES_LABELS[item.applies]}.")
    lines += ["", *item_lines(ShownItem(item, done), sources=True)]
    return safe("\n".join(lines)) + "\n"


def titles_text(pack: Pack, done: set[str]) -> str:
    """Every item by its title under its section's, its state and level first, its id last."""
    lines = []
    for section in pack.sections:
        if lines:
            lines.append("")
        lines.append(safe_line(section.title))
        for item in section.items:
            state = "done" if item.id in done else "open"
            lines.append(f"  {state}, {item.level}: {safe_line(item.title)} ({item.id})")
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

"""The export commands: `separ export`, `separ list`, `separ tick`, `separ untick`."""

from __future__ import annotations

import argparse
import difflib
import sys
from collections.abc import Callable
from pathlib import Path

from separ.export import FORMATS, ExportExists, ExportOptions, UnknownSection, render, write_atomic
from separ.export.select import check_sections
from separ.pack.model import LEVELS, Pack
from separ.session import load_pack_or_exit, open_store

LIST_FORMAT = "id<TAB>section-id<TAB>level<TAB>done|open"
"""What each line of `separ list` holds."""


def add_parsers(command: Callable) -> None:
    """Add this module's commands, given `command(name, run, help)` from the CLI."""
    export = command("export", run_export, "write the checklist as Markdown, HTML or plain text")
    export.add_argument(
        "-f", "--format", choices=FORMATS, default="markdown", help="default: markdown"
    )
    export.add_argument(
        "-o", "--output", metavar="FILE", type=Path, help="write to FILE instead of standard output"
    )
    export.add_argument("--force", action="store_true", help="replace FILE if it exists")
    export.add_argument("--open-only", action="store_true", help="leave out the items already done")
    export.add_argument(
        "--section",
        metavar="ID",
        action="append",
        default=[],
        help="only this section (repeat for more); 'separ list' shows section ids",
    )
    export.add_argument("--level", choices=LEVELS, help="only the items of this level")
    export.add_argument(
        "--where",
        choices=("inside", "abroad"),
        help="only what applies to a person inside the country, or abroad (and everywhere)",
    )
    export.add_argument("--no-sources", action="store_true", help="leave out the quoted sources")
    export.add_argument(
        "--blank",
        action="store_true",
        help="all boxes empty and no counts: a sheet to fill in by hand",
    )

    listing = command("list", run_list, "print every item on a line of its own, with its state")
    listing.epilog = (
        f"Each line is: {LIST_FORMAT}. Items come in checklist order. "
        "Meant for scripts; --titles is meant for people and screen readers."
    )
    listing.add_argument(
        "--titles",
        action="store_true",
        help="print titles under their sections: 'open, essential: Title (id)'",
    )

    for name, done in (("tick", True), ("untick", False)):
        verb = "done" if done else "not done"
        parser = command(name, _tick_command(done), f"mark items as {verb}")
        parser.add_argument("ids", nargs="+", metavar="ID", help="item ids, as 'separ list' shows")


def _fail(message: str) -> int:
    """Print one error line and return the failing exit status."""
    print(f"separ: {message}", file=sys.stderr)
    return 1


def run_export(args: argparse.Namespace) -> int:
    """`separ export`: render the checklist to standard output or to a file."""
    pack = load_pack_or_exit(args)
    options = ExportOptions(
        open_only=args.open_only,
        sections=tuple(args.section),
        level=args.level,
        sources=not args.no_sources,
        blank=args.blank,
        where=args.where,
    )
    try:
        check_sections(pack, options.sections)
    except UnknownSection as error:
        return _fail(str(error))
    if args.output is not None and not args.force and args.output.exists():
        return _fail(f"{args.output} exists; use --force to replace it")
    done: set[str] = set()
    if not options.blank or options.open_only:
        store = open_store(args)
        try:
            done = store.done_ids()
        finally:
            store.close()
    text = render(pack, done, args.format, options)
    if args.output is None:
        _write_stdout(text)
        return 0
    try:
        write_atomic(args.output, text, force=args.force)
    except ExportExists:
        return _fail(f"{args.output} exists; use --force to replace it")
    except OSError as error:
        return _fail(f"cannot write {args.output}: {error.strerror or error}")
    print(f"separ: wrote the checklist to {args.output}", file=sys.stderr)
    return 0


def _write_stdout(text: str) -> None:
    """Write to standard output; as UTF-8 bytes where its own encoding cannot hold the text."""
    try:
        sys.stdout.write(text)
    except UnicodeEncodeError:
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.buffer.flush()


def run_list(args: argparse.Namespace) -> int:
    """`separ list`: one tab-separated line per item."""
    pack = load_pack_or_exit(args)
    store = open_store(args)
    try:
        done = store.done_ids()
    finally:
        store.close()
    if args.titles:
        from separ.export.show import titles_text, write_text

        write_text(titles_text(pack, done))
        return 0
    for item in pack.items:
        state = "done" if item.id in done else "open"
        print(f"{item.id}\t{item.section_id}\t{item.level}\t{state}")
    return 0


def unknown_id_message(pack: Pack, ident: str) -> str:
    """ "unknown item id 'x'; did you mean 'y'?", naming the closest ids the pack has."""
    close = difflib.get_close_matches(ident, [item.id for item in pack.items], n=3, cutoff=0.5)
    if not close:
        return f"unknown item id '{ident}'; 'separ list' shows every id"
    names = [f"'{name}'" for name in close]
    listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"
    return f"unknown item id '{ident}'; did you mean {listed}?"


def _tick_command(done: bool) -> Callable[[argparse.Namespace], int]:
    """The run function of `separ tick` (done=True) or `separ untick`."""

    def run(args: argparse.Namespace) -> int:
        return change_state(args, done)

    run.__doc__ = f"`separ {'tick' if done else 'untick'}`: set the state of the given items."
    return run


def change_state(args: argparse.Namespace, done: bool) -> int:
    """Tick or untick every given id, or none at all if any id is unknown."""
    pack = load_pack_or_exit(args)
    ids = list(dict.fromkeys(args.ids))
    unknown = [ident for ident in ids if pack.item(ident) is None]
    if unknown:
        for ident in unknown:
            _fail(unknown_id_message(pack, ident))
        print("separ: nothing was changed.", file=sys.stderr)
        return 1
    store = open_store(args)
    try:
        for ident in ids:
            if store.is_done(ident) == done:
                print(f"already {'done' if done else 'open'}: {ident}")
                continue
            store.set_done(ident, done)
            print(f"{'ticked' if done else 'unticked'}: {ident}")
    finally:
        store.close()
    if not store.save:
        print("separ: --no-save: this change is not kept.", file=sys.stderr)
    return 0

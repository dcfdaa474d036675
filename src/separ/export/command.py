"""`separ export`: the checklist as Markdown, HTML or plain text, to standard output or a file."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from separ.export import (
    FORMATS,
    ExportExists,
    ExportOptions,
    NotAFile,
    UnknownSection,
    render,
    write_atomic,
)
from separ.export.files import replaced_mode, sha256_of
from separ.export.select import check_sections
from separ.pack.model import LEVELS
from separ.progress import ProgressStore
from separ.session import load_pack_or_exit, open_store


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
    output = args.output
    if output is not None:
        if not args.force and os.path.lexists(output):
            return _fail(f"{output} exists; use --force to replace it")
        try:
            replaced_mode(output)
        except NotAFile as error:
            return _fail(str(error))
    # A file written is recorded, so that 'separ wipe' can remove it: that creates the store.
    # Printing to standard output only reads progress, and creates nothing.
    record = output is not None and not getattr(args, "no_save", False)
    store = (
        open_store(args, create=record)
        if record or not options.blank or options.open_only
        else None
    )
    try:
        done = store.done_ids() if store and (not options.blank or options.open_only) else set()
        text = render(pack, done, args.format, options)
        if output is None:
            _write_stdout(text)
            return 0
        return _write_file(output, text, args.force, store if record else None)
    finally:
        if store is not None:
            store.close()


def _write_file(output: Path, text: str, force: bool, store: ProgressStore | None) -> int:
    """Record the export in the store, then write it (store None: --no-save, not recorded).

    Recorded first: a file that 'separ wipe' could not know of is not written at all.
    """
    if store is not None:
        store.record_export(output, sha256_of(text))
    try:
        write_atomic(output, text, force=force)
    except ExportExists:
        return _fail(f"{output} exists; use --force to replace it")
    except NotAFile as error:
        return _fail(str(error))
    except OSError as error:
        return _fail(f"cannot write {output}: {error.strerror or error}")
    print(f"separ: wrote the checklist to {output}", file=sys.stderr)
    if store is None:
        print(
            "separ: --no-save: this file is not recorded, so 'separ wipe' will not remove it.",
            file=sys.stderr,
        )
    return 0


def _write_stdout(text: str) -> None:
    """Write to standard output; as UTF-8 bytes where its own encoding cannot hold the text."""
    try:
        sys.stdout.write(text)
    except UnicodeEncodeError:
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.buffer.flush()

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
from separ.export.situations_command import add_focused_options, run_focused_export
from separ.i18n import _
from separ.pack.model import LEVELS
from separ.progress import ProgressStore
from separ.session import load_pack_or_exit, open_store


def add_parsers(command: Callable) -> None:
    """Add this module's commands, given `command(name, run, help)` from the CLI."""
    export = command("export", run_export, _("write the checklist as Markdown, HTML or plain text"))
    export.add_argument(
        "-f", "--format", choices=FORMATS, default="markdown", help=_("default: markdown")
    )
    export.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        type=Path,
        help=_("write to FILE instead of standard output"),
    )
    export.add_argument("--force", action="store_true", help=_("replace FILE if it exists"))
    export.add_argument(
        "--open-only", action="store_true", help=_("leave out the items already done")
    )
    export.add_argument(
        "--section",
        metavar="ID",
        action="append",
        default=[],
        help=_("only this section (repeat for more); 'separ list' shows section ids"),
    )
    export.add_argument("--level", choices=LEVELS, help=_("only the items of this level"))
    export.add_argument(
        "--where",
        choices=("inside", "abroad"),
        help=_("only what applies to a person inside the country, or abroad (and everywhere)"),
    )
    export.add_argument("--no-sources", action="store_true", help=_("leave out the quoted sources"))
    export.add_argument(
        "--blank",
        action="store_true",
        help=_("all boxes empty and no counts: a sheet to fill in by hand"),
    )
    add_focused_options(export)


def _fail(message: str) -> int:
    """Print one error line and return the failing exit status."""
    print(f"separ: {message}", file=sys.stderr)
    return 1


def run_export(args: argparse.Namespace) -> int:
    """`separ export`: render the checklist to standard output or to a file."""
    pack = load_pack_or_exit(args)
    if args.situation is not None or args.start_here or args.end is not None:
        return run_focused_export(args, pack)
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
    problem = output_problem(args)
    if problem is not None:
        return _fail(problem)
    needs_ticks = not options.blank or options.open_only
    store = open_export_store(args, needs_ticks)
    try:
        done = store.done_ids() if store is not None and needs_ticks else set()
        return deliver(args, render(pack, done, args.format, options), store)
    finally:
        if store is not None:
            store.close()


def output_problem(args: argparse.Namespace) -> str | None:
    """Why `--output` cannot be written, said before any work: it exists (without --force), or
    it is not a regular file (a link, a folder, a device), which is never replaced."""
    output = args.output
    if output is None:
        return None
    if not args.force and os.path.lexists(output):
        return exists_message(output)
    try:
        replaced_mode(output)
    except NotAFile as error:
        return str(error)
    return None


def exists_message(output: Path) -> str:
    """ "FILE exists; use --force to replace it"."""
    return _("{file} exists; use --force to replace it").format(file=output)


def open_export_store(args: argparse.Namespace, needs_ticks: bool) -> ProgressStore | None:
    """The store an export reads its ticks from and records its file in, or None if it needs
    neither. A file written is recorded so that 'separ wipe' can remove it, which creates the
    store; printing to standard output only reads, and creates nothing."""
    record = args.output is not None and not getattr(args, "no_save", False)
    if not record and not needs_ticks:
        return None
    return open_store(args, create=record)


def deliver(args: argparse.Namespace, text: str, store: ProgressStore | None) -> int:
    """Write an export to standard output, or record it in the store and write it to the file
    of `--output`."""
    if args.output is None:
        sys.stdout.write(text)
        return 0
    return _write_file(args.output, text, args.force, store if store and store.save else None)


def _write_file(output: Path, text: str, force: bool, store: ProgressStore | None) -> int:
    """Record the export in the store, then write it (store None: --no-save, not recorded).

    Recorded first: a file that 'separ wipe' could not know of is not written at all.
    """
    if store is not None:
        store.record_export(output, sha256_of(text))
    try:
        write_atomic(output, text, force=force)
    except ExportExists:
        return _fail(exists_message(output))
    except NotAFile as error:
        return _fail(str(error))
    except OSError as error:
        reason = error.strerror or error
        return _fail(_("cannot write {file}: {reason}").format(file=output, reason=reason))
    print("separ: " + _("wrote the checklist to {file}").format(file=output), file=sys.stderr)
    if store is None:
        print(
            "separ: "
            + _("--no-save: this file is not recorded, so 'separ wipe' will not remove it."),
            file=sys.stderr,
        )
    return 0

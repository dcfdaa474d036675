"""The commands about situations: `separ situations [ID]`, and the focused checklists of
`separ export --situation ID [--end END]` and `separ export --start-here`."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from separ.export.focused import (
    UnknownSituation,
    find_situation,
    select_situation,
    select_start_here,
)
from separ.export.focused_render import render_focused
from separ.export.workflow import render_workflow
from separ.i18n import _
from separ.pack.model import Pack
from separ.safe import safe, safe_line
from separ.session import load_pack_or_exit

_NOT_WITH_FOCUS = (("section", "--section"), ("level", "--level"), ("where", "--where"))
"""Options of the full export that have no meaning for a focused one."""


def add_parsers(command) -> None:
    """Add `separ situations`, given `command(name, run, help)` from the CLI."""
    situations = command(
        "situations",
        run_situations,
        _("list what to do when something is happening, or print one situation"),
    )
    situations.add_argument(
        "id", nargs="?", metavar="ID", help=_("print this situation, its whole workflow")
    )
    situations.epilog = _(
        "Without ID, one line per situation: id<TAB>title. With ID, the questions, the answers "
        "and where each leads, what to do at each end, and whom to contact."
    )


def run_situations(args: argparse.Namespace) -> int:
    """`separ situations [ID]`: the list of situations, or one situation as plain text."""

    pack = load_pack_or_exit(args)
    if args.id is None:
        text = "".join(f"{s.id}\t{safe_line(s.title)}\n" for s in pack.situations)
        if not pack.situations:
            return _fail(_("this pack has no situations (situations/*.yaml)"))
        sys.stdout.write(text)
        return 0
    try:
        situation = find_situation(pack, args.id)
    except UnknownSituation as error:
        return _fail(str(error))
    sys.stdout.write(safe(render_workflow(situation, pack)))
    return 0


def add_focused_options(export: argparse.ArgumentParser) -> None:
    """Add the focused-checklist options to `separ export`."""
    export.add_argument(
        "--situation",
        metavar="ID",
        help=_(
            "a focused checklist for one situation: what to do now, its items in order, then "
            "whom to contact; 'separ situations' lists the ids"
        ),
    )
    export.add_argument(
        "--end", metavar="END", help=_("with --situation: only the end with this id")
    )
    export.add_argument(
        "--start-here",
        action="store_true",
        help=_("the essential items, in the order a newcomer should do them"),
    )


def _fail(message: str) -> int:
    """Print one error line (it may quote what was typed: made inert) and return status 1."""
    print(f"separ: {safe_line(message)}", file=sys.stderr)
    return 1


def run_focused_export(args: argparse.Namespace, pack: Pack) -> int:
    """Render a situation or the "Start here" list to standard output or a file."""
    from separ.export.command import deliver, open_export_store, output_problem

    if args.situation is not None and args.start_here:
        return _fail(_("--situation and --start-here cannot be combined; choose one"))
    if args.end is not None and args.situation is None:
        return _fail(_("--end goes with --situation ID"))
    used = [flag for name, flag in _NOT_WITH_FOCUS if getattr(args, name)]
    if args.open_only:
        used.append("--open-only")
    if used:
        chosen = "--situation" if args.situation is not None else "--start-here"
        return _fail(
            _("{options} cannot be combined with {chosen}").format(
                options=", ".join(used), chosen=chosen
            )
        )
    problem = output_problem(args)
    if problem is not None:
        return _fail(problem)
    store = open_export_store(args, not args.blank)
    try:
        done = store.done_ids() if store is not None and not args.blank else set()
        sources = not args.no_sources
        try:
            if args.situation is not None:
                situation = find_situation(pack, args.situation)
                checklist = select_situation(
                    pack, situation, done, date.today(), args.end, sources, args.blank
                )
            else:
                checklist = select_start_here(pack, done, date.today(), sources, args.blank)
        except UnknownSituation as error:
            return _fail(str(error))
        return deliver(args, render_focused(checklist, args.format), store)
    finally:
        if store is not None:
            store.close()

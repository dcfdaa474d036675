"""The commands on saved progress: `separ list`, `tick`, `untick`, `where` and `wipe`."""

from __future__ import annotations

import argparse
import difflib
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from separ.i18n import _
from separ.pack.model import Pack
from separ.safe import safe_line
from separ.session import data_dir, load_pack_or_exit, open_store

if TYPE_CHECKING:
    from separ.wipe import Plan

LIST_FORMAT = "id<TAB>section-id<TAB>level<TAB>done|open"
"""What each line of `separ list` holds."""


def add_parsers(command: Callable) -> None:
    """Add this module's commands, given `command(name, run, help)` from the CLI."""
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
    command("where", run_where, "print where progress is kept")
    wipe = command(
        "wipe", run_wipe, "remove all saved progress, and the files Separ exported, from here"
    )
    wipe.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")


def _fail(message: str) -> int:
    """Print one error line and return the failing exit status."""
    print(f"separ: {message}", file=sys.stderr)
    return 1


# separ list, tick, untick ------------------------------------------------------------------------


def run_list(args: argparse.Namespace) -> int:
    """`separ list`: one tab-separated line per item; creates no progress file."""
    pack = load_pack_or_exit(args)
    store = open_store(args, create=False)
    try:
        done = store.done_ids()
    finally:
        store.close()
    if args.titles:
        from separ.export.show import titles_text

        sys.stdout.write(titles_text(pack, done))
        return 0
    for item in pack.items:
        state = "done" if item.id in done else "open"
        print(f"{item.id}\t{item.section_id}\t{item.level}\t{state}")
    return 0


def unknown_id_message(pack: Pack, ident: str) -> str:
    """ "unknown item id 'x'; did you mean 'y'?", naming the closest ids the pack has."""
    shown = safe_line(ident)
    close = difflib.get_close_matches(ident, [item.id for item in pack.items], n=3, cutoff=0.5)
    if not close:
        return f"unknown item id '{shown}'; 'separ list' shows every id"
    names = [f"'{name}'" for name in close]
    listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"
    return f"unknown item id '{shown}'; did you mean {listed}?"


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


# separ where, wipe -------------------------------------------------------------------------------


def run_where(args: argparse.Namespace) -> int:
    """`separ where`: the progress file's path; creates nothing."""
    from separ.progress import DB_NAME, stored_files

    folder = data_dir(args)
    if getattr(args, "no_save", False):
        print(_("Nothing is saved in this mode (--no-save)."))
        return 0
    print(folder / DB_NAME)
    if not stored_files(folder):
        print(_("(nothing saved yet)"), file=sys.stderr)
    return 0


def run_wipe(args: argparse.Namespace) -> int:
    """`separ wipe`: remove every file Separ made here, after asking; say what had to stay."""
    from separ.wipe import BEYOND_REACH, plan, wipe

    target = plan(data_dir(args))
    if target.empty:
        print(f"Nothing to remove: no saved progress in {target.folder}.")
        return 0
    if not args.yes:
        _describe(target)
        if not _confirmed():
            return 1
    done = wipe(target)
    for path in done.removed:
        print(f"removed {path}")
    print(f"Removed {len(done.removed)} file(s).")
    if done.left:
        print("Separ did not remove these files; they are still where they are:")
        for left in done.left:
            print(f"  {left.path}: {left.reason}")
    if not any(left.exists and left.path in target.files for left in done.left):
        print("Separ has no saved progress on this machine now.")
    print(BEYOND_REACH)
    return 1 if any(left.exists for left in done.left) else 0


def _describe(target: Plan) -> None:
    """List what a wipe would remove."""
    print("This removes all of Separ's saved progress and trusted sites:")
    for path in target.files:
        print(f"  {path}")
    if target.exports:
        print("and the files Separ exported, where they still hold what it wrote:")
        for export in target.exports:
            print(f"  {export.path}")


def _confirmed() -> bool:
    """Ask at a terminal; without one, say how to confirm."""
    if not sys.stdin.isatty():
        print(
            "separ: not removed; run 'separ wipe --yes' to confirm without a prompt.",
            file=sys.stderr,
        )
        return False
    try:
        answer = input("Remove them? [y/N] ").strip().lower()
    except EOFError:  # Ctrl-D at the prompt is a no
        answer = ""
        print()
    if answer not in ("y", "yes"):
        print("Nothing removed.")
        return False
    return True

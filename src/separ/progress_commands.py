"""The commands on saved progress: `separ list`, `tick`, `untick`, `where` and `wipe`."""

from __future__ import annotations

import argparse
import difflib
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from separ.i18n import _, ngettext
from separ.i18n.persian import comma, number
from separ.pack.model import Pack
from separ.safe import safe_line
from separ.session import data_dir, load_pack_or_exit, open_store

if TYPE_CHECKING:
    from separ.wipe import Plan

LIST_FORMAT = "id<TAB>section-id<TAB>level<TAB>done|open"
"""What each line of `separ list` holds."""


def add_parsers(command: Callable) -> None:
    """Add this module's commands, given `command(name, run, help)` from the CLI."""
    listing = command("list", run_list, _("print every item on a line of its own, with its state"))
    listing.epilog = _(
        "Each line is: {format}. Items come in checklist order. "
        "Meant for scripts; --titles is meant for people and screen readers."
    ).format(format=LIST_FORMAT)
    listing.add_argument(
        "--titles",
        action="store_true",
        help=_("print titles under their sections: 'open, essential: Title (id)'"),
    )
    tick_help = {True: _("mark items as done"), False: _("mark items as not done")}
    for name, done in (("tick", True), ("untick", False)):
        parser = command(name, _tick_command(done), tick_help[done])
        parser.add_argument(
            "ids", nargs="+", metavar="ID", help=_("item ids, as 'separ list' shows")
        )
    command("where", run_where, _("print where progress is kept"))
    wipe = command(
        "wipe", run_wipe, _("remove all saved progress, and the files Separ exported, from here")
    )
    wipe.add_argument("--yes", "-y", action="store_true", help=_("do not ask for confirmation"))


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
        return _("unknown item id '{id}'; 'separ list' shows every id").format(id=shown)
    names = [f"'{name}'" for name in close]
    either = _(" or ")
    listed = names[0] if len(names) == 1 else f"{comma().join(names[:-1])}{either}{names[-1]}"
    return _("unknown item id '{id}'; did you mean {close}?").format(id=shown, close=listed)


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
        print("separ: " + _("nothing was changed."), file=sys.stderr)
        return 1
    store = open_store(args)
    already = _("already done: {id}") if done else _("already open: {id}")
    changed = _("ticked: {id}") if done else _("unticked: {id}")
    try:
        for ident in ids:
            if store.is_done(ident) == done:
                print(already.format(id=ident))
                continue
            store.set_done(ident, done)
            print(changed.format(id=ident))
    finally:
        store.close()
    if not store.save:
        print("separ: " + _("--no-save: this change is not kept."), file=sys.stderr)
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
        print(_("Nothing to remove: no saved progress in {folder}.").format(folder=target.folder))
        return 0
    if not args.yes:
        _describe(target)
        if not _confirmed():
            return 1
    done = wipe(target)
    for path in done.removed:
        print(_("removed {file}").format(file=path))
    count = len(done.removed)
    print(
        ngettext("Removed {count} file.", "Removed {count} files.", count).format(
            count=number(count)
        )
    )
    if done.left:
        print(_("Separ did not remove these files; they are still where they are:"))
        for left in done.left:
            print(f"  {left.path}: {left.reason}")
    if not any(left.exists and left.path in target.files for left in done.left):
        print(_("Separ has no saved progress on this machine now."))
    print(_(BEYOND_REACH))
    return 1 if any(left.exists for left in done.left) else 0


def _describe(target: Plan) -> None:
    """List what a wipe would remove."""
    print(_("This removes all of Separ's saved progress and trusted sites:"))
    for path in target.files:
        print(f"  {path}")
    if target.exports:
        print(_("and the files Separ exported, where they still hold what it wrote:"))
        for export in target.exports:
            print(f"  {export.path}")


YES = frozenset({"y", "yes", "غ", "بله", "آره"})
"""What confirms a wipe: y or yes; in Persian بله or آره, or غ, which the y key types on a
Persian keyboard."""


def _confirmed() -> bool:
    """Ask at a terminal; without one, say how to confirm."""
    if not sys.stdin.isatty():
        print(
            "separ: " + _("not removed; run 'separ wipe --yes' to confirm without a prompt."),
            file=sys.stderr,
        )
        return False
    try:
        answer = input(_("Remove them? [y/N] ")).strip().lower()
    except EOFError:  # Ctrl-D at the prompt is a no
        answer = ""
        print()
    if answer not in YES:
        print(_("Nothing removed."))
        return False
    return True

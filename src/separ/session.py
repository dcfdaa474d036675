"""What a command works with: the pack and the progress store, chosen by the common options.

Shared by every command of the CLI (and the app's launcher) so that `--pack`, `--data-dir`,
`--no-save` and `--lang` mean the same everywhere, and a bad pack or a recovered store is
reported one way.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from separ.i18n.catalog import LANGUAGES, _, current_language, ngettext
from separ.i18n.lang import choose_language
from separ.i18n.persian import number
from separ.pack import Pack
from separ.progress import ProgressError, ProgressStore, default_data_dir

if TYPE_CHECKING:
    import argparse


def add_common_options(parser: argparse.ArgumentParser) -> None:
    """The options every command takes."""
    import argparse  # here: opening the app builds no parser

    parser.add_argument(
        "--pack",
        metavar="DIR",
        type=Path,
        default=argparse.SUPPRESS,
        help=_(
            "use the guidance pack in DIR (guidance/ and seeds/ side by side); "
            "default: the built-in pack"
        ),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=Path,
        default=argparse.SUPPRESS,
        help=_("keep progress in DIR (default: $SEPAR_DATA_DIR or your user data folder)"),
    )
    parser.add_argument(
        "--no-save",
        action="store_true",
        default=argparse.SUPPRESS,
        help=_("save nothing: progress lives in memory and is gone when Separ closes"),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help=_(
            "speak this language: fa (Persian) or en (English); default: $SEPAR_LANG, or your "
            "locale (the app also remembers the language chosen in it)"
        ),
    )


def pack_dir(args: argparse.Namespace) -> Path | None:
    """The pack the user chose, or None for the built-in one."""
    return getattr(args, "pack", None)


def data_dir(args: argparse.Namespace) -> Path:
    """Where progress is kept for these options."""
    chosen = getattr(args, "data_dir", None)
    return chosen if chosen is not None else default_data_dir()


def language(args: argparse.Namespace, remembered: str | None = None) -> str:
    """The language for these options (`remembered`: the choice saved in the app, if known)."""
    return choose_language(getattr(args, "lang", None), remembered=remembered)


def load_pack_or_exit(
    args: argparse.Namespace, lang: str | None = None, store: ProgressStore | None = None
) -> Pack:
    """Load the chosen pack in a language (default: the one spoken now); on problems print them,
    one per line, and exit 1.

    Given a store, a pack that passed its checks before and has not changed since is read from
    it (`separ.pack.cache`): the app's start.
    """
    lang = lang or current_language()

    def load() -> Pack:
        from separ.pack.load import PackError, load_pack

        try:
            return load_pack(pack_dir(args), lang=lang)
        except PackError as error:
            for problem in error.problems:
                print(problem, file=sys.stderr)
            count = len(error.problems)
            message = ngettext(
                "the pack has {count} problem; nothing was changed.",
                "the pack has {count} problems; nothing was changed.",
                count,
            )
            print(f"separ: {message.format(count=number(count))}", file=sys.stderr)
            raise SystemExit(1) from None

    if store is None:
        return load()
    from separ.pack.cache import load_checked

    return load_checked(pack_dir(args), lang, store, load)


def open_store(args: argparse.Namespace, *, create: bool = True) -> ProgressStore:
    """Open the progress store for these options, telling the user if a damaged file was set aside.

    Commands that only read pass `create=False`: where nothing is saved yet, they create nothing.
    If the file cannot be used now (another copy of Separ holds it, no permission, a link), say
    so in one line and exit with status 1: the file is left as it is.
    """
    try:
        store = ProgressStore(
            data_dir(args), save=not getattr(args, "no_save", False), create=create
        )
    except ProgressError as error:
        print(f"separ: {error}", file=sys.stderr)
        raise SystemExit(1) from None
    if store.recovered_from is not None:
        print(recovery_message(store), file=sys.stderr)
    return store


def recovery_message(store: ProgressStore) -> str:
    """One line telling the user that a damaged progress file was kept aside."""
    message = _(
        "the progress file could not be read; it was kept as {file} "
        "and Separ started with empty progress."
    )
    return f"separ: {message.format(file=store.recovered_from)}"

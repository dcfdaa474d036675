"""Start the app from the command line: check the pack first, then open Textual.

The language is installed before the app starts (the app can switch it while it runs: see
`separ.app.language`). The right-to-left display mode (does Separ reorder, or the terminal?) is
the remembered one or this terminal's default; VTE is told to leave reordering to Separ while
the app runs in that mode, and told again when the app ends, in the mode it ended in.

The garbage collector waits while Separ starts, and then never looks again at what starting
made (modules, classes, the pack), all of which lives as long as the app: otherwise one full
collection of all of it, about 20 ms, fell just before the first frame.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

from separ.i18n import use_language
from separ.i18n.lang import LANGUAGE_SETTING
from separ.i18n.rtl import DISPLAY_SETTING, choose_mode, terminal_sequences
from separ.session import language, load_pack_or_exit, open_store, recovery_message

if TYPE_CHECKING:
    import argparse


def run_app(args: argparse.Namespace) -> int:
    """Open the app over the chosen pack; a pack with problems prints them and exits 1."""
    from separ.i18n.console import console_output

    # What is printed before the app draws (a pack's problems, a store that cannot be used) is
    # reordered for terminals that cannot, as every command's output is.
    with _collect_after_start(), console_output():
        store = open_store(args)  # first: the language chosen in the app is remembered there
        lang = language(args, remembered=store.setting(LANGUAGE_SETTING))
        if getattr(args, "lang", None):
            store.set_setting(LANGUAGE_SETTING, lang)  # a language asked for by name is kept
        use_language(lang)
        try:
            pack = load_pack_or_exit(args, lang, store)
        except SystemExit:
            store.close()
            raise
        notice = recovery_message(store) if store.recovered_from else None
        mode = choose_mode(store.setting(DISPLAY_SETTING), os.environ)
        from separ.app.app import SeparApp

        app = SeparApp(pack, store, notice=notice)
        app.rtl_mode = mode
    try:
        _send(terminal_sequences(mode, os.environ)[0])
        app.run()
    finally:
        _send(terminal_sequences(app.rtl_mode, os.environ)[1])  # the person may have changed it
        store.close()
        gc.unfreeze()  # the app is closed: what it kept may be collected again
    return 0


@contextlib.contextmanager
def _collect_after_start() -> Iterator[None]:
    """No garbage collection while the app is made; then what is made so far is frozen (the
    collector skips it from then on) and collection resumes."""
    gc.disable()
    try:
        yield
        gc.freeze()
    finally:
        gc.enable()


def _send(sequence: str) -> None:
    """Send a control sequence to the terminal, if there is one."""
    if sequence and sys.__stdout__ is not None and sys.__stdout__.isatty():
        sys.__stdout__.write(sequence)
        sys.__stdout__.flush()

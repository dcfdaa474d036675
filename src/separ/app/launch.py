"""Start the app from the command line: check the pack first, then open Textual.

The language is installed before any module of the app is imported: Textual reads a class's
`BINDINGS` (the footer's words) when the class is made, and those words go through `_()`.
"""

from __future__ import annotations

import argparse

from separ.i18n import use_language
from separ.i18n.lang import LANGUAGE_SETTING
from separ.session import language, load_pack_or_exit, open_store, recovery_message


def run_app(args: argparse.Namespace) -> int:
    """Open the app over the chosen pack; a pack with problems prints them and exits 1."""
    pack = load_pack_or_exit(args)
    store = open_store(args)
    lang = language(args, remembered=store.setting(LANGUAGE_SETTING))
    if getattr(args, "lang", None):
        store.set_setting(LANGUAGE_SETTING, lang)  # a language asked for by name is remembered
    use_language(lang)
    notice = recovery_message(store) if store.recovered_from else None
    from separ.app.app import SeparApp

    try:
        SeparApp(pack, store, notice=notice).run()
    finally:
        store.close()
    return 0

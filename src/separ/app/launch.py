"""Start the app from the command line: check the pack first, then open Textual."""

from __future__ import annotations

import argparse

from separ.session import load_pack_or_exit, open_store, recovery_message


def run_app(args: argparse.Namespace) -> int:
    """Open the app over the chosen pack; a pack with problems prints them and exits 1."""
    pack = load_pack_or_exit(args)
    store = open_store(args)
    notice = recovery_message(store) if store.recovered_from else None
    from separ.app.app import SeparApp

    try:
        SeparApp(pack, store, notice=notice).run()
    finally:
        store.close()
    return 0

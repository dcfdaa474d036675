"""Switching language and display mode while the app runs, at the place the person was on.

The language switches in place: the catalog is installed, the pack is loaded again in the new
language, and the screens are made again from the main one (the bindings hold the catalog's
English and the footer says them in the language of the day, so no class needs making again).
The choice is remembered in the progress store, so `separ wipe` removes it.

The display mode (does Separ reorder Persian, or the terminal?) is asked the first time Persian
is chosen, with a sample line drawn both ways, and remembered; the palette asks again.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from separ.i18n import _, current_language, ngettext, use_language
from separ.i18n.lang import LANGUAGE_SETTING
from separ.i18n.persian import number
from separ.i18n.rtl import DISPLAY_SETTING, MODES, terminal_sequences

if TYPE_CHECKING:
    from separ.app.app import SeparApp


def switch_language(app: SeparApp, language: str) -> None:
    """Speak `language` from now on, at the same section and item; remember the choice."""
    from separ.pack import PackError, load_pack

    if language == current_language():
        return
    previous = current_language()
    use_language(language)
    try:
        pack = load_pack(app.pack.root, lang=language)
    except PackError as error:  # the pack changed on disk since it was opened
        count = len(error.problems)
        said = ngettext(
            "the pack has {count} problem; nothing was changed.",
            "the pack has {count} problems; nothing was changed.",
            count,
        ).format(count=number(count))
        first = f"{error.problems[0]}\n" if error.problems else ""
        use_language(previous)
        app.notify(f"{first}{said}", markup=False, severity="error", timeout=20)
        return
    app.pack = pack
    app._save_setting(LANGUAGE_SETTING, language)
    app.rebuild()
    ask_display_mode_once(app)


def ask_display_mode_once(app: SeparApp) -> None:
    """The first time the app speaks Persian, ask which sample line reads correctly."""
    if current_language() == "fa" and app.store.setting(DISPLAY_SETTING) not in MODES:
        ask_display_mode(app)


def ask_display_mode(app: SeparApp) -> None:
    """Show a sample line in both display modes; the one chosen is kept and remembered."""
    from separ.app.screens.display import DisplayScreen

    if not isinstance(app.screen, DisplayScreen):
        app.push_screen(DisplayScreen(app.rtl_mode), lambda mode: set_display_mode(app, mode))


def set_display_mode(app: SeparApp, mode: str | None) -> None:
    """Draw Persian in this mode from now on, and remember it (None: keep the current one)."""
    mode = mode or app.rtl_mode
    app._save_setting(DISPLAY_SETTING, mode)
    if mode == app.rtl_mode:
        return
    # VTE reorders unless told otherwise: tell it whether Separ does it now.
    leave = terminal_sequences(app.rtl_mode, os.environ)[1]
    enter = terminal_sequences(mode, os.environ)[0]
    app.rtl_mode = mode
    send(app, leave + enter)
    app.rebuild()
    app.notify(_("Persian is now drawn this way. The palette (ctrl+p) changes it."), timeout=6)


def send(app: SeparApp, sequence: str) -> None:
    """Send a control sequence to the terminal through Textual's own writer (so that it never
    lands in the middle of a frame); nothing when the app runs headless."""
    driver = getattr(app, "_driver", None)
    if sequence and driver is not None and not app.is_headless:
        driver.write(sequence)

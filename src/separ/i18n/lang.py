"""Choosing the language: `--lang`, then `SEPAR_LANG`, then the choice remembered in the app,
then the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), then English.

The remembered choice lives with the progress (a setting of the store), so `separ wipe`
removes it; the commands that do not open the store never read it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

from separ.i18n.catalog import LANGUAGES

LANGUAGE_SETTING = "language"
"""The store's setting that remembers the language chosen in the app."""


def normalise(value: str | None) -> str | None:
    """A language code from what a person or a locale wrote ("fa_IR.UTF-8", "FA", "fa-IR")."""
    if not value:
        return None
    code = value.strip().lower().replace("-", "_").split("_")[0].split(".")[0]
    return code if code in LANGUAGES else None


def language_of_locale(env: Mapping[str, str]) -> str:
    """The language of the locale: the first of LC_ALL, LC_MESSAGES, LANG that is set decides."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name)
        if value:
            return "fa" if value.lower().startswith("fa") else "en"
    return "en"


def choose_language(
    explicit: str | None = None,
    env: Mapping[str, str] | None = None,
    remembered: str | None = None,
) -> str:
    """The language to speak: the first of these that names one Separ speaks."""
    env = os.environ if env is None else env
    for candidate in (explicit, env.get("SEPAR_LANG"), remembered):
        chosen = normalise(candidate)
        if chosen is not None:
            return chosen
    return language_of_locale(env)


def language_in_arguments(argv: Sequence[str]) -> str | None:
    """The value of `--lang` in a command line, read before the parser is built (so that the
    parser's own help can be in that language)."""
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None

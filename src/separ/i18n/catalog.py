"""The message catalogs: install one language's gettext catalog, and translate through it.

`_` looks a message up when it is called, so a string shown at run time is in the language
installed then. A string evaluated at import time (a class's `BINDINGS`) is in the language
installed before its module was imported: `separ.app.launch` installs the language first.
English needs no catalog: `_` returns the message itself and `gettext` is never imported.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Protocol

DOMAIN = "separ"
LANGUAGES: tuple[str, ...] = ("en", "fa")
"""The languages Separ speaks; English is the language of the source and needs no catalog."""
RIGHT_TO_LEFT: tuple[str, ...] = ("fa",)
"""The languages written from right to left."""


class _Translations(Protocol):
    def gettext(self, message: str) -> str: ...
    def ngettext(self, singular: str, plural: str, n: int) -> str: ...


_translations: _Translations | None = None
_language = "en"


def _(message: str) -> str:
    """The message in the current language (the English itself where it has no translation)."""
    return message if _translations is None else _translations.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form of a message for a count, in the current language."""
    if _translations is None:
        return singular if n == 1 else plural
    return _translations.ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark a message for the catalog without translating it now (it is translated where shown)."""
    return message


def current_language() -> str:
    """The language installed by `use_language`: "en" or "fa"."""
    return _language


def right_to_left(language: str | None = None) -> bool:
    """Whether a language (default: the one spoken now) is written from right to left."""
    return (language or _language) in RIGHT_TO_LEFT


def catalog_bytes(language: str) -> bytes | None:
    """The compiled catalog (.mo) of a language, or None if this installation has none.

    Read from the package's folder: installed, editable, or inside the offline copy's zip file.
    """
    from separ.package_data import package_folder

    relative = f"{language}/LC_MESSAGES/{DOMAIN}.mo"

    try:
        return package_folder("separ.i18n").joinpath("locale", *relative.split("/")).read_bytes()
    except OSError:
        return None


def use_language(language: str) -> bool:
    """Install the catalog of a language; False if it has none here (messages stay English)."""
    global _translations, _language
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; Separ speaks {', '.join(LANGUAGES)}")
    _language = language
    _translations = None
    if language == "en":
        return True
    data = catalog_bytes(language)
    if data is None:
        return False
    import gettext
    import io

    _translations = gettext.GNUTranslations(io.BytesIO(data))
    return True


@contextlib.contextmanager
def speaking(language: str) -> Iterator[None]:
    """Speak a language while the block lasts, then the one spoken before (an export asked for in
    another language than the interface's). Nothing changes if it is the language spoken now."""
    global _translations, _language
    if language == _language:
        yield
        return
    saved = _translations, _language
    use_language(language)
    try:
        yield
    finally:
        _translations, _language = saved

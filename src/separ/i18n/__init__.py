"""Language: which one Separ speaks, its message catalogs, Persian text and right-to-left display.

- `catalog`: `_`, `ngettext` and `N_`; `use_language` installs a gettext catalog.
- `lang`: choosing the language (`--lang`, `SEPAR_LANG`, the remembered choice, the locale).
- `persian`: Persian digits, « » quotation marks, the half-space (ZWNJ).
- `dates`: dates in the Solar Hijri calendar, with Persian month names.
- `fold`: search folding, so that a word finds items whatever keyboard typed it.
- `reorder`, `rtl`: reordering a line for display, and the display pipeline (wrap, shape,
  reorder); the one widget that uses it is `separ.app.widgets.paragraph`.

Importing this package imports only `catalog`, and gettext only once a catalog is installed:
the CLI stays fast (about 2 ms for the modules it imports here, measured with -X importtime).
"""

from separ.i18n.catalog import N_, _, current_language, ngettext, speaking, use_language

__all__ = ["N_", "_", "current_language", "ngettext", "speaking", "use_language"]

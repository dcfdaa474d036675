"""The guidance pack: its model, its one format definition, and loading and checking it.

Loading and checking (and PyYAML with them) are imported when first asked for, so that the app
can open a pack it checked before without them (`separ.pack.cache`).
"""

from importlib import import_module

from separ.pack.model import LEVELS, Citation, Credit, Document, Item, Pack, Part, Section

_LAZY = {
    "PackError": "separ.pack.load",
    "builtin_pack_dir": "separ.pack.files",
    "check_pack": "separ.pack.load",
    "load_pack": "separ.pack.load",
    "Problem": "separ.pack.reader",
}
"""Names this package gives from modules it imports only when one of them is asked for."""

__all__ = [
    "LEVELS",
    "Citation",
    "Credit",
    "Document",
    "Item",
    "Pack",
    "PackError",
    "Part",
    "Problem",
    "Section",
    "builtin_pack_dir",
    "check_pack",
    "load_pack",
]


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(module), name)

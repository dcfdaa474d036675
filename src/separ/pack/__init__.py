"""The guidance pack: its model, its one format definition, and loading and checking it."""

from separ.pack.load import PackError, builtin_pack_dir, check_pack, load_pack
from separ.pack.model import LEVELS, Citation, Credit, Document, Item, Pack, Part, Section
from separ.pack.reader import Problem

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

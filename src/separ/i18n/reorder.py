"""Reorder one line of text from logical to visual order, for terminals that do not.

This is the Unicode Bidirectional Algorithm (UAX #9) as python-bidi's pure-Python implementation
does it, with mirroring (L4: a bracket in right-to-left text is drawn facing the other way), plus
the bracket pairs of UBA 6.3 (rule N0), which that implementation predates: without N0, in
"پین (PIN) ۶ رقمی" the closing bracket joins the Latin run and the pair falls apart.
python-bidi's default function (the compiled unicode-bidi crate) pairs brackets but does not
mirror them, and exposes no levels to mirror with; hence the pure-Python route.

The functions take one line that has no line breaks and no explicit embeddings (`separ.safe`
makes those visible before text gets here).
"""

from __future__ import annotations

from functools import cache
from types import ModuleType
from typing import Any

_PAIRS = "()[]{}⁅⁆⁽⁾₍₎⌈⌉⌊⌋〈〉⟦⟧⟨⟩⟪⟫⦃⦄〈〉《》「」『』【】〔〕（）［］｛｝"
_OPENING = {_PAIRS[i]: _PAIRS[i + 1] for i in range(0, len(_PAIRS), 2)}
_CLOSING = set(_OPENING.values())
_MAX_DEPTH = 63  # BD16: a deeper nesting stops the pairing for the rest of the run


@cache
def _algorithm() -> ModuleType:
    """python-bidi's pure-Python algorithm, even where its compiled extension is missing.

    The package's __init__ imports the extension first; the algorithm itself does not need it.
    Where the import fails (a copy of Separ without compiled code), the algorithm is loaded
    under a bare stand-in for the package.
    """
    try:
        from bidi import algorithm
    except ImportError:
        import importlib.util
        import sys

        spec = importlib.util.find_spec("bidi")
        if spec is None or not spec.submodule_search_locations:
            raise
        package = ModuleType("bidi")
        package.__path__ = list(spec.submodule_search_locations)
        sys.modules["bidi"] = package
        from bidi import algorithm
    return algorithm


def paragraph_direction(text: str) -> str | None:
    """ "rtl" or "ltr" from the first strongly directional character (UAX #9, P2), else None."""
    from unicodedata import bidirectional

    for char in text:
        kind = bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return None


def visual(line: str, rtl: bool) -> str:
    """One line as a terminal that does not reorder must be sent it, brackets mirrored."""
    return line_in_visual_order(resolve_levels(line, rtl), rtl)[0]


def resolve_levels(paragraph: str, rtl: bool) -> list[dict[str, Any]]:
    """The embedding level of each character of a paragraph (UAX #9 up to rule I2).

    Levels are resolved over the whole paragraph, before it is broken into lines: a number or
    a bracket at the end of a line takes its direction from the text on the next. Each entry
    holds the character ("ch"), its "level" and its "index" in the paragraph; characters that
    the algorithm removes (X9: ZWJ and other boundary neutrals) have none.
    """
    algorithm = _algorithm()
    storage = algorithm.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    algorithm.get_embedding_levels(paragraph, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    _pair_brackets(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    return storage["chars"]


def line_in_visual_order(chars: list[dict[str, Any]], rtl: bool) -> tuple[str, list[int]]:
    """One line of resolved characters in visual (left-to-right) order, brackets mirrored, and
    the paragraph index of each (rules L1, L2 and L4, which apply line by line)."""
    algorithm = _algorithm()
    storage = algorithm.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["chars"] = [dict(char) for char in chars]
    algorithm.reorder_resolved_levels(storage, False)
    algorithm.apply_mirroring(storage, False)
    ordered = storage["chars"]
    return "".join(char["ch"] for char in ordered), [char["index"] for char in ordered]


def _strong(char: dict[str, Any]) -> str | None:
    """The direction a character counts as in N0 (numbers count as right-to-left)."""
    kind = char["type"]
    if kind == "L":
        return "L"
    return "R" if kind in ("R", "EN", "AN") else None


def _pair_brackets(storage: dict[str, Any]) -> None:
    """N0: a pair of brackets takes the direction of what it encloses, or of its context."""
    chars = storage["chars"]
    for run in storage["runs"]:
        sequence = chars[run["start"] : run["start"] + run["length"]]
        if not sequence:
            continue
        embedding = "R" if sequence[0]["level"] % 2 else "L"
        for opening, closing in _bracket_pairs(sequence):
            inside = {_strong(c) for c in sequence[opening + 1 : closing]} - {None}
            if not inside:
                continue  # N0 d: left to the neutral rules
            direction = embedding
            if embedding not in inside:
                before = next(
                    (s for c in reversed(sequence[:opening]) if (s := _strong(c))), run["sor"]
                )
                direction = before if before != embedding else embedding
            for index in (opening, closing):
                sequence[index]["type"] = direction
                follow = index + 1
                while follow < len(sequence) and sequence[follow]["orig"] == "NSM":
                    sequence[follow]["type"] = direction
                    follow += 1


def _bracket_pairs(sequence: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """BD16: the positions of matching opening and closing brackets, by opening position."""
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for index, char in enumerate(sequence):
        if char["type"] != "ON":
            continue
        if char["ch"] in _OPENING:
            if len(stack) == _MAX_DEPTH:
                break
            stack.append((_OPENING[char["ch"]], index))
        elif char["ch"] in _CLOSING:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == char["ch"]:
                    pairs.append((stack[depth][1], index))
                    del stack[depth:]
                    break
    return sorted(pairs)

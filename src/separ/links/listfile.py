"""Read one trusted-list file safely: a size limit, a nesting limit, then the pack's reader.

The reader refuses tags, aliases and duplicate keys. Two things must be stopped before it runs:
a file of gigabytes, and brackets nested thousands deep, which crash the C YAML parser itself
(a segmentation fault, not an exception). Both are reported at their place, like any problem.
"""

from __future__ import annotations

from pathlib import Path

from separ.pack.format import Spec
from separ.pack.reader import Obj, Problem, Reader

LIST_LIMIT = 4_000_000
"""Largest trusted-list file read, in bytes: far above the shipped ones, far below trouble."""
DEPTH_LIMIT = 50
"""Deepest nesting of lists and mappings accepted; the shipped lists use three levels."""


def _too_deep(text: str) -> tuple[int, int] | None:
    """Where brackets or indentation first nest deeper than DEPTH_LIMIT, as (line, column)."""
    depth = 0
    quote = ""
    for number, line in enumerate(text.split("\n"), 1):
        indent = len(line) - len(line.lstrip(" "))
        if indent > 2 * DEPTH_LIMIT and line.strip():
            return number, indent + 1
        for column, char in enumerate(line, 1):
            if quote:
                quote = "" if char == quote else quote
            elif char in "'\"":
                quote = char
            elif char == "#" and (column == 1 or line[column - 2] in " \t"):
                break
            elif char in "[{":
                depth += 1
                if depth > DEPTH_LIMIT:
                    return number, column
            elif char in "]}":
                depth = max(0, depth - 1)
        quote = "" if quote == "'" else quote
    return None


def read_list(path: Path, spec: Spec, problems: list[Problem]) -> Obj | None:
    """A trusted-list file checked against its spec, or None (problems say why)."""
    try:
        size = path.stat().st_size
    except OSError as error:
        problems.append(Problem(path, 1, 1, f"cannot read the file: {error.strerror or error}"))
        return None
    if size > LIST_LIMIT:
        message = f"the file is {size:,} bytes; a trusted list may have at most {LIST_LIMIT:,}"
        problems.append(Problem(path, 1, 1, message))
        return None
    reader = Reader(path, problems)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return reader.read_file(spec)  # the reader says what is wrong, and where
    where = _too_deep(text)
    if where is not None:
        message = f"lists or mappings are nested more than {DEPTH_LIMIT} deep"
        problems.append(Problem(path, *where, message))
        return None
    return reader.read_text(text, spec)

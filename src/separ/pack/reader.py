"""Read YAML into checked values, keeping the line and column of everything.

YAML is composed with the safe loader (the C one where installed) into nodes, never constructed
into arbitrary objects: tags other than the plain YAML types are refused, and so are aliases.
Every problem found is recorded with its place; reading goes on to find the next one.
"""

from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass, field
from functools import total_ordering
from pathlib import Path, PurePath
from typing import Any, NamedTuple

import yaml

from separ.pack.files import MAX_YAML_BYTES, PackFileError, decode_text, read_pack_file
from separ.pack.format import ID_PATTERN, Spec
from separ.safe import safe_line

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

_PLAIN_TAGS = {
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")
}
_NULL = "tag:yaml.org,2002:null"
_INT = "tag:yaml.org,2002:int"
_ID = re.compile(ID_PATTERN)

DEPTH_LIMIT = 50
"""Deepest nesting of lists and mappings accepted; the shipped lists use three levels."""


_DEEP_INDENT = re.compile(f"^ {{{2 * DEPTH_LIMIT + 1}}}", re.MULTILINE)
"""The start of a line indented deeper than DEPTH_LIMIT levels of two spaces."""


def _too_deep(text: str) -> tuple[int, int] | None:
    """Where brackets or indentation first nest deeper than DEPTH_LIMIT, as (line, column)."""
    if text.count("[") + text.count("{") <= DEPTH_LIMIT:
        # Too few brackets to nest too deep, however they stand: only indentation can. Every
        # file of the built-in pack is read this way, without a look at each character.
        return _indented_too_deep(text)
    return _scanned_too_deep(text)


def _scanned_too_deep(text: str) -> tuple[int, int] | None:
    """`_too_deep`, found by looking at every character: brackets outside quotes and comments,
    and the indentation of each line."""
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


def _indented_too_deep(text: str) -> tuple[int, int] | None:
    """Where a line that is not blank is first indented deeper than DEPTH_LIMIT levels."""
    for match in _DEEP_INDENT.finditer(text):
        start = match.start()
        end = text.find("\n", start)
        line = text[start:] if end < 0 else text[start:end]
        if line.strip():
            return text.count("\n", 0, start) + 1, len(line) - len(line.lstrip(" ")) + 1
    return None


def display_path(path: Path) -> str:
    """A path as a person can open it: relative to the working directory when it is inside it
    (a place inside the offline copy's zip file is shown whole)."""
    if not isinstance(path, PurePath):
        return str(path)
    try:
        return (
            os.path.relpath(path) if Path(path).resolve().is_relative_to(Path.cwd()) else str(path)
        )
    except (OSError, ValueError, TypeError):
        return str(path)


@total_ordering
@dataclass(frozen=True)
class Problem:
    """One thing wrong with a pack, and where; a warning (a translation missing or out of
    date) is reported the same way but does not stop the pack from loading."""

    path: Path
    line: int
    column: int
    message: str
    warning: bool = False

    def _key(self) -> tuple[PurePath, int, int, str, bool]:
        # A file inside the offline copy's zip is a zipfile.Path, which has no order of its own.
        path = self.path if isinstance(self.path, PurePath) else PurePath(str(self.path))
        return path, self.line, self.column, self.message, self.warning

    def __lt__(self, other: Problem) -> bool:
        """Problems sort by file, then place, then message."""
        return self._key() < other._key()

    def __str__(self) -> str:
        # The path and the message quote the pack: on one line, inert, whatever they hold.
        kind = "warning: " if self.warning else ""
        return safe_line(
            f"{display_path(self.path)}:{self.line}:{self.column}: {kind}{self.message}"
        )


class Mark(NamedTuple):
    """A 1-based line and column in a file (a tuple: one is made for every node read)."""

    line: int
    column: int


@dataclass
class Obj:
    """A checked YAML mapping: its values by field name and where each stood."""

    spec: Spec
    mark: Mark
    values: dict[str, Any] = field(default_factory=dict)
    marks: dict[str, Mark] = field(default_factory=dict)
    entry_marks: dict[str, list[Mark]] = field(default_factory=dict)
    """For a list of ids: where each id that was read stood, in the order of `values`."""
    item_marks: dict[str, list[Mark]] = field(default_factory=dict)
    """Where each entry of a list of texts stood, in the order of the value."""

    def get(self, name: str, default: Any = None) -> Any:
        """The value of a field, or a default where it was missing or invalid."""
        return self.values.get(name, default)

    def at(self, name: str) -> Mark:
        """Where a field's value stood, or where the mapping began."""
        return self.marks.get(name, self.mark)

    def ids_at(self, name: str) -> list[tuple[str, Mark]]:
        """The ids of a list-of-ids field, each with where it stood."""
        return list(zip(self.values.get(name, []), self.entry_marks.get(name, []), strict=True))


def _place(mark: Any) -> Mark:
    """A parser's 0-based mark as a 1-based line and column."""
    return Mark(mark.line + 1, mark.column + 1)


def _mark(node: yaml.Node) -> Mark:
    return _place(node.start_mark)


def _a(name: str) -> str:
    """A name with its indefinite article: "an item", "a section"."""
    return f"an {name}" if name[:1] in "aeiou" else f"a {name}"


class Reader:
    """Reads one YAML file against a spec, recording problems as it goes."""

    def __init__(self, path: Path, problems: list[Problem], root: Path | None = None) -> None:
        self.path = path
        self.problems = problems
        self.root = root if root is not None else path.parent.parent
        """The pack the file belongs to (by default the folder above the file's own): the file
        is read only if it is a regular file inside it."""
        self._seen: set[int] = set()
        self._text_marks: list[Mark] = []

    def problem(self, mark: Mark, message: str) -> None:
        """Record a problem at a place in this file."""
        self.problems.append(Problem(self.path, mark.line, mark.column, message))

    def warn(self, mark: Mark, message: str) -> None:
        """Record a warning at a place in this file."""
        self.problems.append(Problem(self.path, mark.line, mark.column, message, warning=True))

    def read_file(self, spec: Spec) -> Obj | None:
        """Parse the file and check it against a spec; None if it cannot be read at all."""
        try:
            text = decode_text(
                read_pack_file(self.root, self.path, MAX_YAML_BYTES, "a pack's YAML file")
            )
        except UnicodeDecodeError as error:
            self.problem(Mark(1, 1), f"not UTF-8 text ({error.reason} at byte {error.start})")
            return None
        except PackFileError as error:
            self.problem(Mark(1, 1), str(error))
            return None
        return self.read_text(text, spec)

    def read_text(self, text: str, spec: Spec) -> Obj | None:
        """Check YAML text against a spec."""
        # Brackets nested thousands deep crash the C parser itself (a segmentation fault, not an
        # exception), so they are found before it runs.
        where = _too_deep(text)
        if where is not None:
            message = f"lists or mappings are nested more than {DEPTH_LIMIT} deep"
            self.problem(Mark(*where), message)
            return None
        try:
            # A composed alias is the very node it names, so its own place is only in the events.
            # An alias is written with "*": text without one needs no second pass.
            for event in yaml.parse(text, Loader=_Loader) if "*" in text else ():
                if isinstance(event, yaml.AliasEvent):
                    message = "aliases (*name) are not supported; write the value out"
                    self.problem(_place(event.start_mark), message)
            node = yaml.compose(text, Loader=_Loader)
        except yaml.MarkedYAMLError as error:
            self._malformed(error)
            return None
        except yaml.reader.ReaderError as error:
            self._unacceptable(text, error)
            return None
        except yaml.YAMLError as error:
            self.problem(Mark(1, 1), f"malformed YAML: {' '.join(str(error).split())}")
            return None
        except RecursionError:
            self.problem(Mark(1, 1), "malformed YAML: lists or mappings are nested too deeply")
            return None
        if node is None or (isinstance(node, yaml.ScalarNode) and node.tag == _NULL):
            self.problem(Mark(1, 1), f"the file is empty; expected {_a(spec.name)}")
            return None
        return self.read_object(node, spec)

    def _malformed(self, error: yaml.MarkedYAMLError) -> None:
        problem, context = error.problem, error.context
        at, started = error.problem_mark, error.context_mark
        if started is not None and (at is None or "end of stream" in (problem or "")):
            # The text ran out inside a quote or bracket: where it opened is what needs fixing.
            what = f"{context} that starts here, {problem}; is a closing quote or bracket missing?"
            self.problem(_place(started), f"malformed YAML: {what}")
            return
        what = problem or context or "cannot be parsed"
        if context and started is not None:
            what += f" ({context} at line {started.line + 1}, column {started.column + 1})"
        where = _place(at) if at is not None else Mark(1, 1)
        self.problem(where, f"malformed YAML: {what}")

    def _unacceptable(self, text: str, error: yaml.reader.ReaderError) -> None:
        code = ord(error.character) if isinstance(error.character, str) else error.character
        # The C reader counts its position in bytes; the character itself is where it is.
        offset = max(text.find(chr(code)), 0)
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        message = f"malformed YAML: {error.reason} (U+{code:04X} here)"
        self.problem(Mark(line, column), message)

    def _plain(self, node: yaml.Node) -> bool:
        if id(node) in self._seen:
            return False  # an alias, already reported where it stands by read_text
        self._seen.add(id(node))
        if node.tag not in _PLAIN_TAGS:
            tag = node.tag.replace("tag:yaml.org,2002:", "!!")
            self.problem(_mark(node), f"the tag {tag} is not allowed; use plain YAML values")
            return False
        return True

    def read_object(self, node: yaml.Node, spec: Spec) -> Obj | None:
        """Check a mapping against a spec: required, unknown, duplicate and mistyped fields."""
        if not self._plain(node):
            return None
        if not isinstance(node, yaml.MappingNode):
            self.problem(
                _mark(node), f"expected {_a(spec.name)} (a mapping of fields), found {_kind(node)}"
            )
            return None
        obj = Obj(spec, _mark(node))
        seen: dict[str, Mark] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key is None or not self._plain(key_node):
                self.problem(_mark(key_node), f"a field name in {_a(spec.name)} must be plain text")
                continue
            if key in seen:
                first = seen[key]
                self.problem(
                    _mark(key_node),
                    f"duplicate field '{_show(key)}' in {spec.name} (first at line {first.line}); "
                    "is an entry pasted inside another?",
                )
                continue
            seen[key] = _mark(key_node)
            fld = spec.field(key)
            if fld is None:
                names = [f.name for f in spec.fields]
                hint = difflib.get_close_matches(key, names, n=1)
                suggestion = (
                    f"did you mean '{hint[0]}'?" if hint else f"expected one of: {', '.join(names)}"
                )
                self.problem(
                    _mark(key_node), f"unknown field '{_show(key)}' in {spec.name}; {suggestion}"
                )
                continue
            value = self._read_value(value_node, fld, spec)
            if value is not None:
                if fld.kind == "ids":
                    obj.entry_marks[key] = [mark for _, mark in value]
                    value = [ident for ident, _ in value]
                obj.values[key] = value
                obj.marks[key] = _mark(value_node)
                if fld.kind == "texts":
                    obj.item_marks[key] = self._text_marks
        for fld in spec.fields:
            if fld.required and fld.name not in seen:
                what = _label(spec, obj)
                self.problem(obj.mark, f"{what} is missing the field '{fld.name}'")
        return obj

    def _read_value(self, node: yaml.Node, fld: Any, spec: Spec) -> Any:
        if not self._plain(node):
            return None
        mark = _mark(node)
        if fld.kind in ("id", "text", "choice"):
            text = self._text(node, fld.name)
            if text is None:
                return None
            if fld.kind == "id" and not _ID.match(text):
                self.problem(
                    mark,
                    f"'{_show(text)}' is not a valid {fld.name}: use lower-case letters, "
                    "digits and single hyphens (kebab-case)",
                )
                return None
            if fld.max_length and len(text) > fld.max_length:
                self.problem(
                    mark,
                    f"'{fld.name}' is {len(text):,} characters long; it may be at most "
                    f"{fld.max_length:,}",
                )
                return None
            if fld.kind == "choice" and text not in fld.choices:
                self.problem(
                    mark,
                    f"'{fld.name}' must be one of {', '.join(fld.choices)}, not '{_show(text)}'",
                )
                return None
            return text
        if not isinstance(node, yaml.SequenceNode):
            self.problem(mark, f"'{fld.name}' must be a list, found {_kind(node)}")
            return None
        if fld.kind == "range":
            return self._range(node, fld.name)
        if not node.value:
            self.problem(
                mark, f"{spec.name} has no {fld.name}; '{fld.name}' needs at least one entry"
            )
            return None
        if fld.kind == "texts":
            texts, self._text_marks = [], []
            for child in node.value:
                text = self._text(child, fld.name) if self._plain(child) else None
                if text is not None:
                    texts.append(text)
                    self._text_marks.append(_mark(child))
            return texts
        if fld.kind == "ids":
            return [
                (ident, _mark(child))
                for child in node.value
                if self._plain(child) and (ident := self._id(child, fld.name)) is not None
            ]
        objects = [self.read_object(child, fld.of) for child in node.value]
        return [o for o in objects if o is not None]

    def _text(self, node: yaml.Node, name: str) -> str | None:
        if not isinstance(node, yaml.ScalarNode):
            self.problem(_mark(node), f"'{name}' must be text, found {_kind(node)}")
            return None
        if node.tag == _NULL or not node.value.strip():
            self.problem(_mark(node), f"'{name}' is empty")
            return None
        return node.value.strip()

    def _id(self, node: yaml.Node, name: str) -> str | None:
        text = self._text(node, name)
        if text is not None and not _ID.match(text):
            self.problem(
                _mark(node),
                f"'{_show(text)}' in '{name}' is not a valid id: use lower-case letters, "
                "digits and single hyphens (kebab-case)",
            )
            return None
        return text

    def _range(self, node: yaml.SequenceNode, name: str) -> tuple[int, int] | None:
        # Whole numbers only, as the JSON Schema says: no quoted "1", no 1.0, 0x10 or 1_000.
        values = [
            c.value
            for c in node.value
            if isinstance(c, yaml.ScalarNode) and self._plain(c) and c.tag == _INT
        ]
        numbers = [int(v) for v in values if v.isdigit() and int(v) > 0]
        if len(node.value) != 2 or len(numbers) != 2:
            self.problem(_mark(node), f"'{name}' must be two line numbers, [first, last]")
            return None
        first, last = numbers
        if first > last:
            self.problem(_mark(node), f"'{name}' starts after it ends ({first} > {last})")
            return None
        return first, last


def _kind(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    return f"the value '{_show(node.value)}'" if node.value else "nothing"


def _show(text: str, limit: int = 60) -> str:
    """Text from the file, quoted in a message: on one line, and shortened if it is long."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _label(spec: Spec, obj: Obj) -> str:
    ident = obj.values.get("id")
    return f"{spec.name} '{ident}'" if ident else f"this {spec.name}"

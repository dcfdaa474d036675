"""Load and check a pack: `guidance/*.yaml` and `seeds/` (with `sources.yaml`) side by side."""

from __future__ import annotations

import difflib
from importlib import resources
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from separ.pack.format import SECTION, SOURCES
from separ.pack.model import Citation, Credit, Document, Item, Pack, Part, Section
from separ.pack.quotes import SearchableText, paragraph_spans
from separ.pack.reader import Mark, Obj, Problem, Reader

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

GUIDANCE_DIR = "guidance"
SEEDS_DIR = "seeds"
CATALOGUE = "sources.yaml"


class PackError(Exception):
    """A pack that does not pass its checks; `problems` lists every one."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the pack")
        self.problems = sorted(problems)


def builtin_pack_dir() -> Path | Traversable:
    """The pack that ships with Separ: inside the installed package, or the source checkout.

    In the offline copy (separ.pyz) the package is a zip file: the pack is then read from the zip
    in place, through importlib.resources, and nothing is unpacked.
    """
    installed = resources.files("separ").joinpath("pack_data")
    if installed.joinpath(GUIDANCE_DIR).is_dir():
        return installed
    return Path(__file__).resolve().parents[3]


def load_pack(root: Path | Traversable | None = None) -> Pack:
    """Load a pack, raising PackError with every problem if it does not pass its checks."""
    pack, problems = check_pack(root)
    if problems or pack is None:
        raise PackError(problems)
    return pack


def check_pack(root: Path | Traversable | None = None) -> tuple[Pack | None, list[Problem]]:
    """Load a pack and list every problem in it: the pack is None unless there is none."""
    if root is None:
        root = builtin_pack_dir()
    elif isinstance(root, (str, PurePath)):
        root = Path(root)
    problems: list[Problem] = []
    guidance = root / GUIDANCE_DIR
    seeds = root / SEEDS_DIR
    if not guidance.is_dir() or not (seeds / CATALOGUE).is_file():
        missing = guidance if not guidance.is_dir() else seeds / CATALOGUE
        problems.append(
            Problem(
                missing,
                1,
                1,
                "not found: a pack holds guidance/ and seeds/sources.yaml side by side",
            )
        )
        return None, problems

    documents, unreadable = _load_documents(seeds, problems)
    files: list[Path] = []
    try:
        files = sorted(
            (p for p in guidance.iterdir() if _is_yaml(p.name) and p.is_file()),
            key=lambda p: p.name,
        )
    except OSError as error:
        problems.append(
            Problem(guidance, 1, 1, f"cannot list the folder: {error.strerror or error}")
        )
    else:
        if not files:
            problems.append(Problem(guidance, 1, 1, "no guidance files (*.yaml) in this folder"))
    searchers = {ident: SearchableText(doc.text) for ident, doc in documents.items()}
    sections = []
    first_ids: dict[str, tuple[str, Path, Mark]] = {}
    for path in files:
        reader = Reader(path, problems)
        obj = reader.read_file(SECTION)
        if obj is None:
            continue
        section = _build_section(path, obj, documents, unreadable, searchers, reader, first_ids)
        if section is not None:
            sections.append(section)
    if problems:
        return None, sorted(problems)
    return Pack(root, tuple(sections), tuple(documents.values())), []


def _is_yaml(name: str) -> bool:
    """Whether a file name is a guidance file's (zip entries have no `suffix` before 3.11)."""
    return PurePath(name).suffix in (".yaml", ".yml")


def _remember_id(
    kind: str, ident: str, path: Path, mark: Mark, first: dict, reader: Reader
) -> bool:
    """Note an id, recording a problem if it was used before; True if it is new."""
    key = f"{kind}:{ident}" if kind == "document" else ident
    if key in first:
        other_kind, other_path, other = first[key]
        reader.problem(
            mark,
            f"duplicate id '{ident}': already used by the {other_kind} at "
            f"{other_path.name}:{other.line}:{other.column}",
        )
        return False
    first[key] = (kind, path, mark)
    return True


def _load_documents(seeds: Path, problems: list[Problem]) -> tuple[dict[str, Document], set[str]]:
    """The documents that could be read, and the ids of those listed whose file could not be."""
    path = seeds / CATALOGUE
    reader = Reader(path, problems)
    catalogue = reader.read_file(SOURCES)
    documents: dict[str, Document] = {}
    unreadable: set[str] = set()
    if catalogue is None:
        return documents, unreadable
    first: dict = {}
    for entry in catalogue.get("documents", []):
        ident = entry.get("id")
        file = entry.get("file")
        if ident is None or file is None:
            continue
        if not _remember_id("document", ident, path, entry.at("id"), first, reader):
            continue
        file_path = seeds / file
        if Path(file).name != file or not file_path.is_file():
            reader.problem(entry.at("file"), f"document file '{file}' not found in {seeds.name}/")
            unreadable.add(ident)
            continue
        try:
            text = file_path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            reader.problem(entry.at("file"), f"cannot read '{file}' as UTF-8 text: {error}")
            unreadable.add(ident)
            continue
        # A final newline ends the last line; it does not start another.
        line_count = text.count("\n") + (0 if text.endswith("\n") else 1)
        parts = []
        for part in entry.get("parts", []):
            if part.get("id") is None or part.get("lines") is None:
                continue
            first_line, last_line = part.get("lines")
            if last_line > line_count:
                reader.problem(part.at("lines"), f"'{file}' has only {line_count} lines")
                continue
            overlap = next(
                (p for p in parts if first_line <= p.last_line and p.first_line <= last_line), None
            )
            if overlap is not None:
                reader.problem(part.at("lines"), f"lines overlap those of part '{overlap.id}'")
                continue
            parts.append(Part(part.get("id"), first_line, last_line, _credit(part)))
        documents[ident] = Document(
            id=ident,
            file=file,
            path=file_path,
            credit=_credit(entry),
            text=text,
            parts=tuple(parts),
            paragraphs=paragraph_spans(text),
        )
    return documents, unreadable


def _credit(obj: Obj) -> Credit:
    return Credit(obj.get("title"), obj.get("publisher"), obj.get("author"), obj.get("date"))


def _build_section(
    path: Path,
    obj: Obj,
    documents: dict[str, Document],
    unreadable: set[str],
    searchers: dict[str, SearchableText],
    reader: Reader,
    first_ids: dict,
) -> Section | None:
    section_id = obj.get("id")
    if section_id is not None:
        _remember_id("section", section_id, path, obj.at("id"), first_ids, reader)
    items = []
    for entry in obj.get("items", []):
        item_id = entry.get("id")
        if item_id is not None:
            _remember_id("item", item_id, path, entry.at("id"), first_ids, reader)
        citations = [
            _resolve(c, documents, unreadable, searchers, reader)
            for c in entry.get("citations", [])
        ]
        if None in citations or any(
            f.required and entry.get(f.name) is None for f in entry.spec.fields
        ):
            continue
        items.append(
            Item(
                id=item_id,
                section_id=section_id or "",
                title=entry.get("title"),
                level=entry.get("level"),
                why=entry.get("why"),
                steps=tuple(entry.get("steps")),
                citations=tuple(c for c in citations if c is not None),
                applies=entry.get("applies", "everywhere"),
            )
        )
    if any(f.required and obj.get(f.name) is None for f in obj.spec.fields):
        return None
    return Section(section_id, obj.get("title"), obj.get("summary"), tuple(items), path)


def _resolve(
    obj: Obj,
    documents: dict[str, Document],
    unreadable: set[str],
    searchers: dict[str, SearchableText],
    reader: Reader,
) -> Citation | None:
    doc_id, quote, role = obj.get("document"), obj.get("quote"), obj.get("role")
    if doc_id is None or quote is None or doc_id in unreadable:
        return None  # an unreadable document is reported once, in sources.yaml
    document = documents.get(doc_id)
    if document is None:
        hint = difflib.get_close_matches(doc_id, list(documents), n=1)
        known = f"did you mean '{hint[0]}'?" if hint else f"known: {', '.join(documents) or 'none'}"
        reader.problem(obj.at("document"), f"unknown document '{doc_id}'; {known}")
        return None
    search = searchers[doc_id]
    found = search.find(quote)
    if found is None:
        closest = search.closest(quote)
        hint = f"; closest passage (line {closest[1]}): “{closest[0]}”" if closest else ""
        reader.problem(obj.at("quote"), f"quote not found in document '{doc_id}'{hint}")
        return None
    if role is None:
        return None  # reported by the reader: missing, or not one of the roles
    return Citation(document, quote, found.start, found.end, found.line, found.column, role)

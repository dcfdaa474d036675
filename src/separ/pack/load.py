"""Load and check a pack: `guidance/*.yaml` and `seeds/` (with `sources.yaml`) side by side."""

from __future__ import annotations

import difflib
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from separ.pack.files import (
    MAX_DOCUMENT_BYTES,
    PackFileError,
    builtin_pack_dir,
    decode_text,
    folder_problems,
    is_yaml,
    present,
    read_pack_file,
)
from separ.pack.format import SECTION, SOURCES
from separ.pack.load_situations import ItemIds, load_situations
from separ.pack.model import Citation, Credit, Document, Item, Pack, Part, Section
from separ.pack.quotes import SearchableText, paragraph_spans
from separ.pack.reader import Mark, Obj, Problem, Reader
from separ.pack.translations import (
    Translation,
    apply_translation,
    languages_present,
    read_translation,
)

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


def load_pack(
    root: Path | Traversable | None = None, lang: str = "en", *, translations: bool = True
) -> Pack:
    """Load a pack in a language, raising PackError with every problem if it does not pass its
    checks (warnings, such as a translation out of date, do not stop it). `translations=False`
    loads the English alone, without reading any translation: for the skeleton script, which
    must run when a translation no longer fits the English."""
    pack, problems = check_pack(root, lang, translations=translations)
    errors = [p for p in problems if not p.warning]
    if errors or pack is None:
        raise PackError(errors)
    return pack


def check_pack(
    root: Path | Traversable | None = None, lang: str = "en", *, translations: bool = True
) -> tuple[Pack | None, list[Problem]]:
    """Load a pack and list every problem and warning in it: the pack is None if any problem is.

    Every translation the pack has is checked; the pack comes back in `lang`, with English
    wherever that language's translation is missing or out of date.
    """
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

    # Links out of the pack, pipes, devices: reported once, at the file, and never read.
    refused = dict(folder_problems(root))
    problems += [Problem(path, 1, 1, reason) for path, reason in refused.items()]
    documents, unreadable = _load_documents(root, refused, problems)
    files: list[Path] = []
    try:
        files = sorted(
            (
                p
                for p in guidance.iterdir()
                if is_yaml(p.name) and p not in refused and not p.is_dir()
            ),
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
        reader = Reader(path, problems, root)
        obj = reader.read_file(SECTION)
        if obj is None:
            continue
        section = _build_section(path, obj, documents, unreadable, searchers, reader, first_ids)
        if section is not None:
            sections.append(section)
    declared = [ident for ident, (kind, _, _) in first_ids.items() if kind == "item"]
    built = {item.id: item for section in sections for item in section.items}
    situations, start_here, contacts = load_situations(root, ItemIds(declared, built), problems)
    if problems:
        # A file refused by the folder check may be refused again by a reader that lists its
        # folder itself (situations/, help/): the same problem, said once.
        return None, sorted(set(problems))
    pack = Pack(
        root,
        tuple(sections),
        tuple(documents.values()),
        situations=situations,
        start_here=start_here,
        contacts=contacts,
    )
    chosen = None
    for language in languages_present(pack) if translations else ():
        translation = read_translation(pack, language, problems)
        chosen = translation if language == lang else chosen
    if any(not p.warning for p in problems):
        return None, sorted(problems)
    if lang != "en":
        pack = apply_translation(pack, chosen or Translation(lang))
    return pack, sorted(problems)


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


def _load_documents(
    root: Path, refused: dict[Path, str], problems: list[Problem]
) -> tuple[dict[str, Document], set[str]]:
    """The documents that could be read, and the ids of those listed whose file could not be."""
    seeds = root / SEEDS_DIR
    path = seeds / CATALOGUE
    documents: dict[str, Document] = {}
    unreadable: set[str] = set()
    if path in refused:
        return documents, unreadable
    reader = Reader(path, problems, root)
    catalogue = reader.read_file(SOURCES)
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
        if file_path in refused:
            unreadable.add(ident)  # reported at the file itself
            continue
        if Path(file).name != file or not present(file_path):
            reader.problem(entry.at("file"), f"document file '{file}' not found in {seeds.name}/")
            unreadable.add(ident)
            continue
        try:
            text = decode_text(
                read_pack_file(root, file_path, MAX_DOCUMENT_BYTES, "a source document")
            )
        except PackFileError as error:
            reader.problem(entry.at("file"), f"cannot read '{file}': {error}")
            unreadable.add(ident)
            continue
        except UnicodeDecodeError as error:
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

"""A pack that passed its checks, remembered in the progress store so that the app's next start
does not read and check its YAML again (PyYAML, the reader and the checks: about 45 ms of the
app's start, against some 10 ms to read every file of the pack and rebuild the model).

What is remembered is the model as loading built it, as JSON (which cannot run code when read),
under a fingerprint of everything that made it: every file in the pack's folders, path and bytes
(`separ.pack.files.pack_files`, which refuses what the loader refuses), the pack's place, the
language, Separ's version and the source of `separ.pack`, where the format and the checks live.
The slightest change to any of them means the pack is loaded and checked again, so a pack with a
problem is always reported as `separ check` reports it. Only a pack that passed is remembered.

The built-in pack of the offline copy (separ.pyz) is read from inside its zip file, which holds
Separ's code too: there the fingerprint is the zip file's own bytes (a copy that differs by one
byte is a stranger), and the documents' text is read back from the zip.

It lives in the progress database (owner-only, removed by `separ wipe`), one entry per pack and
language, and is neither read nor written when nothing is saved (`--no-save`). Anything amiss
with an entry means loading in full: the cache can only ever make a start faster.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import zipfile
from collections.abc import Callable
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from separ import __version__
from separ.pack import model, situation
from separ.pack.files import builtin_pack_dir, decode_text, pack_files
from separ.pack.model import Document, Pack
from separ.progress import ProgressError, ProgressStore

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

FORMAT = 1
"""The layout of a remembered pack; a change to it makes every entry a stranger."""
SETTING = "checked-pack"
"""The start of the progress store's setting that holds the pack of one place and language."""

_CLASSES = {
    name: value
    for module in (model, situation)
    for name, value in vars(module).items()
    if isinstance(value, type) and dataclasses.is_dataclass(value)
}
"""The only types a remembered pack may hold."""


def load_checked(
    root: Path | Traversable | None, lang: str, store: ProgressStore, load: Callable[[], Pack]
) -> Pack:
    """The pack at `root` (None: the built-in one) in a language: as remembered, if nothing that
    made it has changed since it passed its checks; else as `load` loads and checks it (and then
    remembered, if it passed and nothing changed meanwhile)."""
    place = builtin_pack_dir() if root is None else root
    if not store.save:
        return load()
    made = _made_from(place, lang)
    if made is None:
        return load()
    fingerprint, read = made
    key = f"{SETTING}:{_digest(lang, str(place))[:16]}"
    try:
        kept = store.setting(key)
    except ProgressError:
        kept = None
    if kept is not None:
        pack = _decode(kept, fingerprint, place, read)
        if pack is not None:
            return pack
    pack = load()
    after = _made_from(place, lang)
    if after is not None and after[0] == fingerprint:
        # Where it cannot be remembered, the next start loads it in full again.
        try:
            with contextlib.suppress(TypeError, ValueError):
                store.set_setting(key, _encode(pack, fingerprint))
        except ProgressError:
            if not store.save:  # the file went away (a wipe as the app started): say so
                raise
    return pack


def _made_from(place: Path | Traversable, lang: str) -> tuple[str, Callable[[str], bytes]] | None:
    """The fingerprint of what makes the pack at `place` in a language, and how to read one of
    its files by its path in the pack; None where it cannot be remembered."""
    if isinstance(place, Path):
        files = pack_files(place)
        if files is None:
            return None
        return _fingerprint(place, lang, files), files.__getitem__
    archive = _archive(place)
    if archive is None:
        return None
    whole = hashlib.sha256()
    try:
        with open(archive, "rb") as opened:
            for chunk in iter(lambda: opened.read(1 << 20), b""):
                whole.update(chunk)
    except OSError:
        return None

    def read(relative: str) -> bytes:
        return place.joinpath(*relative.split("/")).read_bytes()

    return _digest(f"format {FORMAT}", __version__, lang, str(place), whole.hexdigest()), read


def _archive(place: Traversable) -> str | None:
    """The zip file a pack inside the offline copy is read from (None: it is not in one)."""
    root = getattr(place, "root", None)
    name = getattr(root, "filename", None)
    return name if isinstance(name, str) else None


def _digest(*parts: str | bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        # surrogateescape: a file name that is not UTF-8 is bytes the system gave, kept as such.
        data = part.encode("utf-8", "surrogateescape") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def _fingerprint(root: Path, lang: str, files: dict[str, bytes]) -> str:
    """What the remembered pack was made from: the pack's files and the code that reads them."""
    from separ.package_data import package_folder

    code = package_folder("separ.pack")
    sources = sorted((p.name, p.read_bytes()) for p in code.iterdir() if p.name.endswith(".py"))
    return _digest(
        f"format {FORMAT}",
        __version__,
        _yaml_stamp(),
        lang,
        str(root),
        *(part for name, data in sources for part in (name, data)),
        *(part for name, data in sorted(files.items()) for part in (name, data)),
    )


def _yaml_stamp() -> str:
    """Which PyYAML reads the pack (another one could read it otherwise), found without importing
    it: the size and time of its files."""
    from importlib.util import find_spec

    spec = find_spec("yaml")
    folder = Path(spec.origin).parent if spec is not None and spec.origin else None
    if folder is None or not folder.is_dir():
        return "yaml: unknown"
    stamps = sorted((p.name, p.stat()) for p in folder.iterdir())
    return repr([(name, info.st_size, info.st_mtime_ns) for name, info in stamps])


def _encode(pack: Pack, fingerprint: str) -> str:
    """The pack as JSON: documents once, without their text (their files give it back)."""
    root = pack.root

    def encode(value: object) -> object:
        if isinstance(value, Document):
            return {"$document": value.id}
        if dataclasses.is_dataclass(value) and type(value).__name__ in _CLASSES:
            fields = {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
            return {"$": type(value).__name__, **fields}
        if isinstance(value, tuple):
            return [encode(v) for v in value]
        if isinstance(value, PurePath):
            return {"$path": value.relative_to(root).as_posix()}
        if isinstance(value, zipfile.Path) and isinstance(root, zipfile.Path):
            if value.root is not root.root or not value.at.startswith(root.at):
                raise ValueError("a file outside the pack")
            return {"$path": value.at[len(root.at) :]}
        if value is None or isinstance(value, (str, int)):
            return value
        raise TypeError(f"a pack holds no {type(value).__name__}")

    documents = [
        {f.name: encode(getattr(d, f.name)) for f in dataclasses.fields(d) if f.name != "text"}
        for d in pack.documents
    ]
    fields = {
        f.name: encode(getattr(pack, f.name))
        for f in dataclasses.fields(pack)
        if f.name not in ("root", "documents")
    }
    return json.dumps(
        {"fingerprint": fingerprint, "documents": documents, "pack": fields},
        ensure_ascii=False,
        separators=(",", ":"),
    )


def _decode(
    text: str, fingerprint: str, root: Path | Traversable, read: Callable[[str], bytes]
) -> Pack | None:
    """The remembered pack, if it was made from this fingerprint and reads back whole."""
    try:
        kept = json.loads(text)
        if kept["fingerprint"] != fingerprint:
            return None
        documents: dict[str, Document] = {}

        def decode(value: object) -> object:
            if isinstance(value, list):
                return tuple(decode(v) for v in value)
            if isinstance(value, dict):
                if "$document" in value:
                    return documents[value["$document"]]
                if "$path" in value:
                    return root.joinpath(*value["$path"].split("/"))
                fields = {k: decode(v) for k, v in value.items() if k != "$"}
                return _CLASSES[value["$"]](**fields)
            if value is None or isinstance(value, (str, int)):
                return value
            raise TypeError(f"a pack holds no {type(value).__name__}")

        for entry in kept["documents"]:
            fields = {k: decode(v) for k, v in entry.items()}
            document = Document(**fields, text=decode_text(read(entry["path"]["$path"])))
            documents[document.id] = document
        fields = {k: decode(v) for k, v in kept["pack"].items()}
        return Pack(root, documents=tuple(documents.values()), **fields)  # type: ignore[arg-type]
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError, OSError):
        return None  # damaged, or from another version of this file: load in full

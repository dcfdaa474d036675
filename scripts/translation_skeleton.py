"""Write or update a pack's translation files for a translator.

    python scripts/translation_skeleton.py fa                # the built-in pack
    python scripts/translation_skeleton.py fa --pack DIR     # another pack

For each `guidance/NAME.yaml` it writes `guidance/fa/NAME.yaml`: every entry with the current
fingerprint of its English (`from`), the English itself in comments above it, and the
translations already made, kept as they are. An entry not yet translated has only `id` and
`from`: copy the commented English fields below it and translate them. A translation whose
English changed keeps its text and its old `from`, under an OUT OF DATE comment giving the new
fingerprint: update the text, then set `from` to it. The files are rewritten whole (the
comments are the script's: keep your own notes elsewhere). `separ check` then lists what is
still missing or out of date.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from separ.pack import Citation, Item, Section, load_pack
from separ.pack.format_translation import TRANSLATED_SECTION
from separ.pack.reader import Obj, Reader
from separ.pack.translations import (
    LANGUAGE_NAMES,
    item_fingerprint,
    quote_fingerprint,
    section_fingerprint,
    translation_path,
)

WIDTH = 96


def _block(key: str, text: str, indent: int) -> list[str]:
    """A YAML block scalar: folded (>-) for one paragraph, literal (|-) for several lines."""
    pad = " " * indent
    if "\n" in text:
        return [f"{pad}{key}: |-", *(f"{pad}  {line}" for line in text.splitlines())]
    lines = textwrap.wrap(text, WIDTH - indent - 2, break_long_words=False, break_on_hyphens=False)
    return [f"{pad}{key}: >-", *(f"{pad}  {line}" for line in lines)]


def _list_item(text: str, indent: int) -> list[str]:
    block = _block("-", text, indent)
    return [block[0].replace("-: ", "- "), *block[1:]]


def _english(label: str, text: str, indent: int) -> list[str]:
    """The English of a field, as a comment the translator can copy."""
    pad = " " * indent
    wrapped = textwrap.wrap(" ".join(text.split()), WIDTH - indent - len(label) - 4) or [""]
    first, *rest = wrapped
    hang = " " * (len(label) + 2)
    return [f"{pad}# {label}: {first}", *(f"{pad}# {hang}{line}" for line in rest)]


def _out_of_date(made_from: str | None, now: str, indent: int) -> list[str]:
    if made_from is None or made_from == now:
        return []
    pad = " " * indent
    return [f"{pad}# OUT OF DATE: the English changed. Update the text, then set from: {now}"]


def _quotes(item: Item, entry: Obj | None, indent: int) -> list[str]:
    pad = " " * indent
    made = {q.get("from"): q for q in (entry.get("quotes", []) if entry else [])}
    lines = [f"{pad}quotes:"]
    for citation in item.citations:
        lines += _quote(citation, made.pop(quote_fingerprint(citation), None), indent + 2)
    for made_from, quote in made.items():  # translations of quotes the item no longer has
        if made_from is None or quote.get("text") is None:
            continue
        lines.append(f"{pad}  # OUT OF DATE: its English quote changed or was removed; reuse")
        lines.append(f"{pad}  # what still fits in the entries above, then delete this one.")
        lines += [f"{pad}  - from: {made_from}", *_block("text", quote.get("text"), indent + 4)]
    return lines


def _quote(citation: Citation, made: Obj | None, indent: int) -> list[str]:
    pad = " " * indent
    lines = _english("quote (stays English)", citation.quote, indent)
    lines.append(f"{pad}- from: {quote_fingerprint(citation)}")
    if made is not None and made.get("text") is not None:
        lines += _block("text", made.get("text"), indent + 2)
    return lines


def _item(item: Item, entry: Obj | None) -> list[str]:
    now = item_fingerprint(item)
    lines = ["", *_english("title", item.title, 2), *_english("why", item.why, 2)]
    lines.append("  # steps:")
    for number, step in enumerate(item.steps, 1):
        lines += _english(f"  {number}", step, 2)
    made_from = entry.get("from") if entry else None
    lines += _out_of_date(made_from, now, 2)
    lines += [f"  - id: {item.id}", f"    from: {made_from or now}"]
    if entry is not None:
        for key in ("title", "why"):
            if entry.get(key) is not None:
                lines += _block(key, entry.get(key), 4)
        if entry.get("steps"):
            lines.append("    steps:")
            for step in entry.get("steps"):
                lines += _list_item(step, 6)
    return lines + _quotes(item, entry, 4)


def skeleton(section: Section, existing: Obj | None, lang: str) -> str:
    """The translation file of one section, keeping what `existing` already translates."""
    english = section.path.name
    made_from = existing.get("from") if existing else None
    now = section_fingerprint(section)
    lines = [
        f"# {LANGUAGE_NAMES[lang]} translation of {english}, kept up to date by",
        "# scripts/translation_skeleton.py: the English is in the comments above each entry.",
        f"id: {section.id}",
        *_english("title", section.title, 0),
        *_english("summary", section.summary, 0),
        *_out_of_date(made_from, now, 0),
        f"from: {made_from or now}",
    ]
    for key in ("title", "summary"):
        if existing is not None and existing.get(key) is not None:
            lines += _block(key, existing.get(key), 0)
    entries = {e.get("id"): e for e in (existing.get("items", []) if existing else [])}
    lines.append("items:")
    for item in section.items:
        lines += _item(item, entries.get(item.id))
    return "\n".join(lines) + "\n"


def write_skeletons(root: Path | None, lang: str) -> list[Path]:
    """Write every translation file of a language; the paths written."""
    pack = load_pack(root)
    written = []
    for section in pack.sections:
        path = translation_path(section.path, lang)
        existing = None
        if path.is_file():
            existing = Reader(path, []).read_file(TRANSLATED_SECTION)
        path.parent.mkdir(exist_ok=True)
        path.write_text(skeleton(section, existing, lang), encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    """Write the skeletons and say where."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lang", choices=sorted(LANGUAGE_NAMES))
    parser.add_argument("--pack", type=Path, help="the pack's folder (default: the built-in one)")
    args = parser.parse_args(argv)
    for path in write_skeletons(args.pack, args.lang):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

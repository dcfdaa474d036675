"""The pack that ships with Separ: it passes its own checks, cites every source, and its items are
complete enough to act on."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from separ.pack import Pack, builtin_pack_dir, check_pack
from separ.pack.format import ID_PATTERN

REPO = Path(__file__).resolve().parent.parent
SHARED_SEEDS = REPO.parent / "shared" / "seeds"

# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = re.compile(r"\b(e\.g|i\.e|etc|vs|cf|approx|Mr|Mrs|Ms|Dr|St|No)\.", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*(?=\s|$)")


@pytest.fixture(scope="module")
def shipped() -> Pack:
    pack, problems = check_pack()
    assert problems == [], "\n".join(map(str, problems))
    assert pack is not None
    return pack


def sentences(text: str) -> int:
    """A rough count of sentences: full stops, question and exclamation marks that end one."""
    return len(_SENTENCE_END.findall(_ABBREVIATIONS.sub("abbr", text.strip())))


def test_builtin_pack_dir_holds_guidance_and_seeds() -> None:
    root = builtin_pack_dir()
    assert (root / "guidance").is_dir()
    assert (root / "seeds" / "sources.yaml").is_file()


def test_every_citation_of_the_shipped_pack_resolves(shipped: Pack) -> None:
    assert shipped.citations
    for citation in shipped.citations:
        assert citation.passage
        start, end = citation.document.paragraphs[citation.paragraph_index]
        assert start <= citation.start < end


def test_every_document_in_the_catalogue_is_cited(shipped: Pack) -> None:
    cited = {citation.document.id for citation in shipped.citations}
    uncited = [d.id for d in shipped.documents if d.id not in cited]
    assert uncited == []


def test_every_seed_text_is_in_the_catalogue() -> None:
    seeds = builtin_pack_dir() / "seeds"
    catalogue = yaml.safe_load((seeds / "sources.yaml").read_text(encoding="utf-8"))
    listed = {entry["file"] for entry in catalogue["documents"]}
    assert {p.name for p in seeds.glob("*.txt")} == listed


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="no shared/seeds beside the repository")
def test_seed_texts_are_byte_identical_to_the_shared_originals() -> None:
    originals = sorted(SHARED_SEEDS.glob("*.txt"))
    assert originals
    ours = sorted((REPO / "seeds").glob("*.txt"))
    assert [p.name for p in ours] == [p.name for p in originals]
    for original in originals:
        assert (REPO / "seeds" / original.name).read_bytes() == original.read_bytes(), original.name


def test_pack_has_at_least_six_sections_and_thirty_items(shipped: Pack) -> None:
    assert len(shipped.sections) >= 6
    assert len(shipped.items) >= 30


def test_ids_are_unique_kebab_case(shipped: Pack) -> None:
    ids = [item.id for item in shipped.items] + [section.id for section in shipped.sections]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(ID_PATTERN, ident) for ident in ids)


def test_every_item_says_why_in_one_to_three_sentences(shipped: Pack) -> None:
    wrong = {item.id: item.why for item in shipped.items if not 1 <= sentences(item.why) <= 3}
    assert wrong == {}


def test_every_item_has_a_step_and_a_citation(shipped: Pack) -> None:
    for item in shipped.items:
        assert item.steps, item.id
        assert all(step.strip() for step in item.steps), item.id
        assert item.citations, item.id


def test_every_section_has_items_and_a_summary(shipped: Pack) -> None:
    for section in shipped.sections:
        assert section.items, section.id
        assert section.summary.strip(), section.id


def test_sentence_count_is_lenient_with_abbreviations() -> None:
    assert sentences("Use a strong password, e.g. a passphrase. It is easier to remember.") == 2
    assert sentences("Is this real? Ask first!") == 2
    assert sentences("They say “stop.” Then they go.") == 2

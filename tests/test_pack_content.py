"""The pack that ships with Separ: it passes its own checks, cites every source, and its items are
complete enough to act on."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from separ.pack import Pack, builtin_pack_dir, check_pack
from separ.pack.format import ID_PATTERN
from separ.pack.model import LEVELS, Citation

REPO = Path(__file__).resolve().parent.parent
SHARED_SEEDS = REPO.parent / "shared" / "seeds"

# Passages published by political organisations: the PMOI/MEK's own document, and the parts of the
# press compilation that OIAC, the Association of Iranian Americans in New York and the NCRI wrote.
POLITICAL_DOCUMENTS = {"intel-minister-internet"}
POLITICAL_PARTS = {"oiac-2020-12-15", "aia-ny-2020-12-03", "ncri-2020-07-22"}

# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = re.compile(r"\b(e\.g|i\.e|etc|vs|cf|approx|Mr|Mrs|Ms|Dr|St|No)\.", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*(?=\s|$)")


@pytest.fixture(scope="module")
def shipped() -> Pack:
    pack, problems = check_pack()
    # Warnings (translations still missing while the guidance is being translated) do not count.
    errors = [problem for problem in problems if not problem.warning]
    assert errors == [], "\n".join(map(str, errors))
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


def test_pack_has_at_least_six_sections_and_fifty_five_items(shipped: Pack) -> None:
    assert len(shipped.sections) >= 6
    assert len(shipped.items) >= 55


def political(citation: Citation) -> bool:
    """Whether a passage was published by a political organisation."""
    part = citation.part
    return citation.document.id in POLITICAL_DOCUMENTS or (
        part is not None and part.id in POLITICAL_PARTS
    )


def test_no_item_rests_only_on_a_political_organisations_passage(shipped: Pack) -> None:
    alone = [item.id for item in shipped.items if all(political(c) for c in item.citations)]
    assert alone == []


def test_the_catalogue_says_which_publishers_are_political_organisations(shipped: Pack) -> None:
    documents = {d.id: d for d in shipped.documents}
    for ident in POLITICAL_DOCUMENTS:
        assert "opposition organisation" in (documents[ident].credit.publisher or ""), ident
    parts = {p.id: p for d in shipped.documents for p in d.parts}
    for ident in POLITICAL_PARTS:
        publisher = parts[ident].credit.publisher or ""
        assert "political" in publisher or "opposition" in publisher, ident


def test_essential_is_the_first_ten_or_so_things_to_do(shipped: Pack) -> None:
    essential = [item.id for item in shipped.items if item.level == "essential"]
    assert 8 <= len(essential) <= 12, essential


def test_items_inside_each_section_are_ordered_by_level(shipped: Pack) -> None:
    for section in shipped.sections:
        ranks = [LEVELS.index(item.level) for item in section.items]
        assert ranks == sorted(ranks), section.id


def test_an_item_that_gives_menu_paths_says_they_may_differ(shipped: Pack) -> None:
    silent = [
        item.id
        for item in shipped.items
        if any(" > " in step for step in item.steps)
        and not any("menu names may differ slightly" in step for step in item.steps)
    ]
    assert silent == []


def test_items_say_where_they_apply_and_some_apply_only_in_one_place(shipped: Pack) -> None:
    places = {item.applies for item in shipped.items}
    assert {"inside", "abroad"} <= places


def test_some_items_give_the_sources_own_advice_and_some_are_separs(shipped: Pack) -> None:
    own = [item for item in shipped.items if item.own_advice]
    assert own
    assert len(own) < len(shipped.items)


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

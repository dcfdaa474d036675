"""Loading a good pack: citations resolved to line, column and paragraph; the safe loader only;
quotes matched verbatim except for runs of white space."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from separ.pack import Pack, load_pack
from separ.pack import reader as reader_module
from separ.pack.model import display_date
from separ.pack.quotes import SearchableText, collapse, paragraph_spans

DOC = """\
Staying safe online, a short guide

Do not click links from strangers.
Ask who they are, and don’t share your address.

A second paragraph starts here and
runs across two lines, “quoted” as well.
"""

SOURCES = """\
documents:
  - id: guide
    file: doc.txt
    title: A short guide
    publisher: The Example Press
    date: "2020-11-16"
    parts:
      - id: front
        lines: [1, 4]
        title: Links
        author: A. Writer
        date: "2021-01-04"
"""

SECTION = """\
id: basics
title: Basics
summary: Links and people you do not know.
items:
  - id: avoid-links
    title: Do not click links from strangers
    level: essential
    why: Links can lead to fake pages.
    steps:
      - Delete the message.
      - Tell your group.
    citations:
      - document: guide
        quote: Do not click links from strangers.
        role: advice
      - document: guide
        role: threat
        quote: >-
          A second paragraph starts here and runs
          across two lines,
"""


@pytest.fixture
def pack(tmp_path: Path) -> Pack:
    root = tmp_path / "pack"
    (root / "guidance").mkdir(parents=True)
    (root / "seeds").mkdir()
    (root / "guidance" / "01-basics.yaml").write_text(SECTION, encoding="utf-8")
    (root / "seeds" / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    (root / "seeds" / "doc.txt").write_text(DOC, encoding="utf-8")
    return load_pack(root)


def test_pack_reads_sections_items_and_fields(pack: Pack) -> None:
    (section,) = pack.sections
    assert (section.id, section.title, section.summary) == (
        "basics",
        "Basics",
        "Links and people you do not know.",
    )
    (item,) = section.items
    assert item.id == "avoid-links"
    assert item.section_id == "basics"
    assert item.level == "essential"
    assert item.steps == ("Delete the message.", "Tell your group.")
    assert pack.item("avoid-links") is item
    assert pack.section("basics") is section
    assert pack.item("nope") is None


def test_citation_resolves_to_line_column_and_paragraph(pack: Pack) -> None:
    first, second = pack.items[0].citations
    assert (first.line, first.column) == (3, 1)
    assert first.passage == "Do not click links from strangers."
    lines = DOC.splitlines()
    assert first.document.paragraph(first.paragraph_index) == f"{lines[2]}\n{lines[3]}"
    assert (second.line, second.column) == (6, 1)
    assert second.passage == "A second paragraph starts here and\nruns across two lines,"
    assert second.document.paragraph(second.paragraph_index).endswith("“quoted” as well.")
    assert second.paragraph_index == first.paragraph_index + 1


def test_citation_inside_a_part_takes_the_part_credit(pack: Pack) -> None:
    first, second = pack.items[0].citations
    assert first.part is not None and first.part.id == "front"
    assert first.credit.line() == "Links — The Example Press, A. Writer, 4 January 2021"
    assert second.part is None
    assert second.credit.line() == "A short guide — The Example Press, 16 November 2020"


def test_documents_keep_their_text_and_file(pack: Pack) -> None:
    (document,) = pack.documents
    assert document.id == "guide"
    assert document.file == "doc.txt"
    assert document.text == DOC
    assert len(document.paragraphs) == 3


def test_display_date_reads_iso_and_keeps_other_text() -> None:
    assert display_date("2020-11-16") == "16 November 2020"
    assert display_date("spring 2020") == "spring 2020"
    assert display_date(None) is None


# The loader ---------------------------------------------------------------------------------


def test_reader_uses_the_safe_loader_in_c_where_installed() -> None:
    expected = yaml.CSafeLoader if getattr(yaml, "__with_libyaml__", False) else yaml.SafeLoader
    assert reader_module._Loader is expected


def test_reader_never_constructs_python_objects(tmp_path: Path, monkeypatch) -> None:
    """The reader composes nodes only: constructing (where tags would run) is never called."""

    def refuse(*args, **kwargs):
        raise AssertionError("the reader must not construct YAML into objects")

    monkeypatch.setattr(yaml, "load", refuse)
    monkeypatch.setattr(yaml, "safe_load", refuse)
    monkeypatch.setattr(yaml, "unsafe_load", refuse)
    monkeypatch.setattr(yaml, "full_load", refuse)
    root = tmp_path / "pack"
    (root / "guidance").mkdir(parents=True)
    (root / "seeds").mkdir()
    (root / "guidance" / "01-basics.yaml").write_text(SECTION, encoding="utf-8")
    (root / "seeds" / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    (root / "seeds" / "doc.txt").write_text(DOC, encoding="utf-8")
    assert load_pack(root).items


# Quotes -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "quote",
    [
        "Do not click links from strangers.",
        "Do  not\tclick\nlinks   from strangers.",
        "  strangers.\nAsk who  ",
        "and don’t share",
        "“quoted” as well.",
    ],
)
def test_quote_matches_verbatim_after_collapsing_white_space(quote: str) -> None:
    assert SearchableText(DOC).find(quote) is not None


@pytest.mark.parametrize(
    "quote",
    [
        "and don't share",  # straight apostrophe where the document has a typographic one
        '"quoted" as well.',  # straight quotes where the document has “ ”
        "do not click links",  # case differs
        "Do not click links from strangers!",  # punctuation differs
        "Donotclick",  # white space may differ in length, not vanish
        "   ",
    ],
)
def test_quote_that_differs_in_anything_but_white_space_is_not_found(quote: str) -> None:
    assert SearchableText(DOC).find(quote) is None


def test_typographic_apostrophe_in_quote_fails_where_document_is_straight() -> None:
    text = SearchableText("Don't share it.")
    assert text.find("Don't share") is not None
    assert text.find("Don’t share") is None


def test_found_quote_maps_back_to_the_original_text() -> None:
    found = SearchableText(DOC).find("strangers.   Ask who")
    assert found is not None
    assert DOC[found.start : found.end] == "strangers.\nAsk who"
    assert (found.line, found.column) == (3, 25)


def test_closest_passage_points_at_the_nearest_words() -> None:
    closest = SearchableText(DOC).closest("and don't share your address")
    assert closest is not None
    passage, line = closest
    assert "don’t share your address" in passage
    assert line == 4


def test_closest_passage_is_none_when_nothing_resembles() -> None:
    assert SearchableText(DOC).closest("zzzz qqqq") is None


def test_collapse_turns_white_space_runs_into_one_space() -> None:
    assert collapse("  a \n\t b\u00a0 c  ") == "a b c"


def test_paragraph_spans_skip_blank_lines() -> None:
    text = "\n\nOne\nline two\n \nTwo\n\n\n"
    assert [text[a:b] for a, b in paragraph_spans(text)] == ["One\nline two", "Two"]

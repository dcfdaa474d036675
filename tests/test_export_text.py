"""The plain-text export: no markup at all, wrapped for a terminal, a screen reader or `lpr`."""

from __future__ import annotations

import re
from datetime import date

import pytest

from separ.export import ExportOptions, render
from separ.export.escape import one_line
from separ.export.wrap import WIDTH
from separ.pack import Pack, load_pack

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def pack() -> Pack:
    """The built-in pack."""
    return load_pack()


@pytest.fixture(scope="module")
def done(pack: Pack) -> set[str]:
    """Some items done."""
    return {item.id for n, item in enumerate(pack.items) if n % 4 == 1}


@pytest.fixture(scope="module")
def text(pack: Pack, done: set[str]) -> str:
    """The whole pack as text."""
    return render(pack, done, "text", today=TODAY)


def test_no_markdown_syntax(text: str) -> None:
    assert "**" not in text
    assert "](" not in text
    assert "\\" not in text
    assert "<" not in text
    for line in text.splitlines():
        assert not line.startswith(("#", ">", "- [", "* ")), line


def test_lines_fit_the_page(text: str) -> None:
    for line in text.splitlines():
        assert len(line) <= WIDTH or " " not in line.strip(), line


def test_header_says_title_date_and_progress(pack: Pack, done: set[str], text: str) -> None:
    lines = text.splitlines()
    assert lines[:3] == [
        "Separ: digital-safety checklist",
        "=" * len("Separ: digital-safety checklist"),
        f"Printed 23 November 2026, {len(done)} of {len(pack.items)} done",
    ]


def test_each_item_has_its_box_and_sections_are_underlined(
    pack: Pack, done: set[str], text: str
) -> None:
    boxes = [line for line in text.splitlines() if re.match(r"\[[ x]\] ", line)]
    assert len(boxes) == len(pack.items)
    for line, item in zip(boxes, pack.items, strict=True):
        assert line.startswith("[x] " if item.id in done else "[ ] ")
    lines = text.splitlines()
    for section in pack.sections:
        at = lines.index(one_line(section.title))
        assert lines[at + 1] == "-" * len(one_line(section.title))


def test_steps_and_sources_are_indented_under_their_item(pack: Pack, text: str) -> None:
    item = pack.items[0]
    block = text.split(f"] {one_line(item.title)}", 1)[1].split("\n\n", 1)[0]
    assert "\n    Why: " in block
    assert "\n    Steps:\n      1. " in block
    assert "\n    Sources:\n      - The source recommends this: “" in block
    flat = " ".join(block.split())
    for step in item.steps:
        assert one_line(step) in flat


def test_blank_text_sheet(pack: Pack, done: set[str]) -> None:
    text = render(pack, done, "text", ExportOptions(blank=True, sources=False), today=TODAY)
    assert "[x]" not in text
    assert "Sources:" not in text
    assert text.splitlines()[2] == "Printed 23 November 2026"


def test_text_says_the_role_of_each_source_and_marks_separs_own_advice() -> None:
    pack = load_pack()
    text = render(pack, set(), "text", today=date(2026, 11, 23))
    assert "- The source recommends this: “" in text
    assert "- The threat this answers, as the source describes it: “" in text
    assert "This advice is Separ's own" in text

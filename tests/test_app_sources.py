"""The source view and the whole document open with the quoted words on screen, at every size.

What is checked is what the screen shows (its text, inside the pane), not the scroll position.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from apphelp import make_app, words_in
from separ.app.screens.source import DocumentScreen, SourceScreen
from separ.pack import Citation, load_pack

PACK = load_pack()
SIZES = pytest.mark.parametrize("size", [(80, 24), (60, 20)], ids=["80x24", "60x20"])


def first_words(citation: Citation, count: int = 4) -> str:
    """The first words of the quoted passage, as they stand in the document."""
    return " ".join(citation.passage.split()[:count])


@SIZES
async def test_every_citation_opens_with_its_quote_on_screen(data_dir: Path, size) -> None:
    app = make_app(data_dir)
    missing = []
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = SourceScreen(PACK.items[0])
        await app.push_screen(screen)
        for item in PACK.items:
            for index, citation in enumerate(item.citations):
                # What n and p do: show another citation on the same screen.
                screen.item, screen.index = item, index
                screen.show_citation()
                await pilot.pause()
                if first_words(citation) not in words_in(app, "#context"):
                    missing.append(f"{item.id} #{index + 1}")
    assert not missing, f"quote off screen at {size}: {missing}"


@SIZES
async def test_the_whole_document_opens_with_the_quote_on_screen(data_dir: Path, size) -> None:
    app = make_app(data_dir)
    missing = []
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = DocumentScreen(PACK.citations[0])
        await app.push_screen(screen)
        for citation in PACK.citations:
            screen.open_at(citation)
            await pilot.pause()
            if first_words(citation) not in words_in(app, "#document"):
                missing.append(f"{citation.document.id} line {citation.line}")
    assert not missing, f"quote off screen at {size}: {missing}"

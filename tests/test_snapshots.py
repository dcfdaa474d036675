"""Snapshots of the screens at 80x24, 120x40, 60x20 and 40x12: they catch layout changes.

Update them on purpose with `pytest tests/test_snapshots.py --snapshot-update`, then look at the
report before committing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from apphelp import make_app

EVERY_SIZE = pytest.mark.parametrize(
    "size",
    [(80, 24), (120, 40), (60, 20), (40, 12)],
    ids=["compact", "standard", "small", "tiny"],
)
TWO_SIZES = pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["compact", "standard"])


class TestMainScreen:
    """The checklist as it opens, after some ticks, and filtered."""

    @EVERY_SIZE
    def test_first_run(self, snap_compare, data_dir: Path, size) -> None:
        assert snap_compare(make_app(data_dir), terminal_size=size)

    @TWO_SIZES
    def test_ticked_and_moved(self, snap_compare, data_dir: Path, size) -> None:
        app = make_app(data_dir)
        assert snap_compare(app, press=["space", "j", "space", "j"], terminal_size=size)

    @TWO_SIZES
    def test_filtered(self, snap_compare, data_dir: Path, size) -> None:
        app = make_app(data_dir)
        assert snap_compare(app, press=["slash", *"shutdown"], terminal_size=size)

    def test_sections_on_a_small_terminal(self, snap_compare, data_dir: Path) -> None:
        assert snap_compare(make_app(data_dir), press=["left"], terminal_size=(60, 20))


class TestItemScreen:
    """An item opened to read."""

    @EVERY_SIZE
    def test_opened_item(self, snap_compare, data_dir: Path, size) -> None:
        assert snap_compare(make_app(data_dir), press=["j", "enter"], terminal_size=size)

    def test_preview_beside_the_list(self, snap_compare, data_dir: Path) -> None:
        """On a wide terminal, the highlighted item is previewed; here scrolled to its sources."""
        app = make_app(data_dir)
        press = ["tab", "tab", "down", "tab", "j", "j", "tab", "end"]
        assert snap_compare(app, press=press, terminal_size=(120, 40))


class TestSourceView:
    """The passage in context, and the whole document opened at it."""

    @EVERY_SIZE
    def test_source_view(self, snap_compare, data_dir: Path, size) -> None:
        assert snap_compare(make_app(data_dir), press=["j", "s"], terminal_size=size)

    @TWO_SIZES
    def test_whole_document(self, snap_compare, data_dir: Path, size) -> None:
        assert snap_compare(make_app(data_dir), press=["s", "d"], terminal_size=size)


class TestHelpScreen:
    """Every key, the levels, and what Separ keeps."""

    @TWO_SIZES
    def test_help(self, snap_compare, data_dir: Path, size) -> None:
        assert snap_compare(make_app(data_dir), press=["question_mark"], terminal_size=size)

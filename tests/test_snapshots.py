"""Snapshots of the main screens at 80x24 and 120x40: they catch layout changes.

Update them on purpose with `pytest tests/test_snapshots.py --snapshot-update`, then look at the
report before committing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from apphelp import make_app

SIZES = pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["compact", "standard"])


@SIZES
class TestMainScreen:
    """The checklist as it opens, and after some ticks."""

    def test_first_run(self, snap_compare, data_dir: Path, size) -> None:
        assert snap_compare(make_app(data_dir), terminal_size=size)

    def test_ticked_and_moved(self, snap_compare, data_dir: Path, size) -> None:
        app = make_app(data_dir)
        assert snap_compare(app, press=["space", "j", "space", "j"], terminal_size=size)

    def test_filtered(self, snap_compare, data_dir: Path, size) -> None:
        app = make_app(data_dir)
        assert snap_compare(app, press=["slash", *"shutdown"], terminal_size=size)


@SIZES
class TestDetail:
    """The detail pane of an item with several sources, focused and scrolled to its sources."""

    def test_detail_of_an_item(self, snap_compare, data_dir: Path, size) -> None:
        app = make_app(data_dir)
        assert snap_compare(
            app, press=["tab", "tab", "down", "tab", "j", "j", "tab", "end"], terminal_size=size
        )


@SIZES
class TestSourceView:
    """The passage in context, and the whole document opened at it."""

    def test_source_view(self, snap_compare, data_dir: Path, size) -> None:
        assert snap_compare(make_app(data_dir), press=["s"], terminal_size=size)

    def test_whole_document(self, snap_compare, data_dir: Path, size) -> None:
        assert snap_compare(make_app(data_dir), press=["s", "d"], terminal_size=size)


@SIZES
class TestHelpScreen:
    """Every key."""

    def test_help(self, snap_compare, data_dir: Path, size) -> None:
        assert snap_compare(make_app(data_dir), press=["question_mark"], terminal_size=size)

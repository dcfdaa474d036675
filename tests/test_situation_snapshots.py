"""Snapshots of "Something is happening" at 80x24 and 120x40: a question, an end, the contacts.

Update them on purpose with `pytest tests/test_situation_snapshots.py --snapshot-update`, then
look at the report before committing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from apphelp import make_app
from separ.pack import load_pack

SIZES = pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["compact", "standard"])
PACK = load_pack()
TO_CLICKED = ["u", *["down"] * [s.id for s in PACK.situations].index("clicked-a-link"), "enter"]


@SIZES
class TestSituation:
    """The list, one question, and the end the answers lead to."""

    def test_list_of_situations(self, snap_compare, data_dir: Path, size) -> None:
        assert snap_compare(make_app(data_dir, PACK), press=["u"], terminal_size=size)

    def test_a_question(self, snap_compare, data_dir: Path, size) -> None:
        press = [*TO_CLICKED, "1"]
        assert snap_compare(make_app(data_dir, PACK), press=press, terminal_size=size)

    def test_an_end(self, snap_compare, data_dir: Path, size) -> None:
        press = [*TO_CLICKED, "1", "1", "space"]
        assert snap_compare(make_app(data_dir, PACK), press=press, terminal_size=size)


@SIZES
class TestContacts:
    """Get help, from the main screen."""

    def test_contacts(self, snap_compare, data_dir: Path, size) -> None:
        assert snap_compare(make_app(data_dir, PACK), press=["g"], terminal_size=size)

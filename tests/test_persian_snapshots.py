"""Snapshots of the app in Persian, in both display modes: Separ reorders (what reads correctly
in a terminal that draws text as it comes, such as tmux or xterm) and the terminal reorders
(the text sent in logical order, right-aligned, for VTE, Konsole, mlterm, macOS Terminal).

The pack is tests/persianpack.py's, so that these do not change as the shipped guidance is
translated. Update them on purpose with `--snapshot-update`, then look at the report.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from persianpack import persian_app
from separ.i18n.rtl import SEPAR_REORDERS, TERMINAL_REORDERS

BOTH_MODES = pytest.mark.parametrize("mode", [SEPAR_REORDERS, TERMINAL_REORDERS])


@pytest.fixture
def app_in(tmp_path: Path, data_dir: Path):
    """The Persian app in a display mode."""
    return lambda mode: persian_app(tmp_path / "pack", data_dir, mode)


class TestPersianMainScreen:
    """The checklist as it opens: the panes mirrored, the first item highlighted."""

    @BOTH_MODES
    @pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["compact", "standard"])
    def test_first_run(self, snap_compare, app_in, mode: str, size) -> None:
        assert snap_compare(app_in(mode), terminal_size=size)


class TestPersianReading:
    """An item opened to read, and its source."""

    @BOTH_MODES
    def test_opened_item(self, snap_compare, app_in, mode: str) -> None:
        assert snap_compare(app_in(mode), press=["enter"], terminal_size=(80, 24))

    @BOTH_MODES
    def test_source(self, snap_compare, app_in, mode: str) -> None:
        assert snap_compare(app_in(mode), press=["s"], terminal_size=(80, 24))


class TestPersianSituation:
    """A situation's end: what to do now, the items, whom to contact."""

    @BOTH_MODES
    def test_an_end(self, snap_compare, app_in, mode: str) -> None:
        press = ["u", "enter", "2"]
        assert snap_compare(app_in(mode), press=press, terminal_size=(80, 24))

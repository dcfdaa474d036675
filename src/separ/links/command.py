"""The link commands: `separ link` and `separ trust`."""

from __future__ import annotations

from collections.abc import Callable


def add_parsers(command: Callable) -> None:
    """Add this module's commands, given `command(name, run, help)` from the CLI."""

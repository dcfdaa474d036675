"""The footer, showing only the keys that fit whole: never half a key under the palette's hint."""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

PALETTE = "-command-palette"
"""The class of the palette's key, docked at the right."""


def key_cells(key: FooterKey) -> int:
    """Columns a compact key takes: its key, a space and its description, a border if docked."""
    description = f" {key.description}" if key.description else ""
    return cell_len(key.key_display) + cell_len(description) + key.has_class(PALETTE)


class KeysFooter(Footer):
    """A compact footer that leaves out, from the end, the keys there is no room for."""

    def __init__(self, **kwargs) -> None:
        super().__init__(compact=True, **kwargs)
        self._width = 0
        """The width the keys were chosen for."""

    def compose(self) -> ComposeResult:
        # The footer spans the screen: its width is known before its own first layout.
        self._width = self.size.width or self.app.size.width
        widgets = list(super().compose())
        docked = [w for w in widgets if isinstance(w, FooterKey) and w.has_class(PALETTE)]
        keys = [w for w in widgets if w not in docked]
        room = self._width - sum(key_cells(w) for w in docked)
        used = 0
        for key in keys:
            # Each key is followed by a one-column gap.
            need = (key_cells(key) if isinstance(key, FooterKey) else 0) + 1
            if self._width and used + need > room:
                break
            used += need
            yield key
        yield from docked

    def on_resize(self) -> None:
        if self.size.width != self._width:
            self._width = self.size.width
            self.call_after_refresh(self.recompose)

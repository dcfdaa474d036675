"""The footer, showing only the keys that fit whole: never half a key under the palette's hint.

Its words are the bindings' descriptions said in the language of the day (the bindings hold the
catalog's English), so that switching language needs no new classes. In Persian the footer is
mirrored: the first key stands at the right, each key before its words, the palette's at the left.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from separ.app import bidi
from separ.i18n import _

PALETTE = "-command-palette"
"""The class of the palette's key, docked at the right (at the left in Persian)."""


def key_cells(key: FooterKey) -> int:
    """Columns a compact key takes: its key, a space and its description, a border if docked."""
    description = f" {key.description}" if key.description else ""
    return cell_len(key.key_display) + cell_len(description) + key.has_class(PALETTE)


class MirroredKey(FooterKey):
    """A footer key read from the right: its words, then the key at their right."""

    def render(self) -> Text:
        if not self.description:
            return super().render()
        key_style = self.get_component_rich_style("footer-key--key")
        description_style = self.get_component_rich_style("footer-key--description")
        text = Text.assemble(
            (f"{self.description} ", description_style), (self.key_display, key_style)
        )
        text.stylize_before(self.rich_style)
        return text


def _spoken(key: FooterKey) -> FooterKey:
    """A key with its description in the language of the day (mirrored in Persian)."""
    description = bidi.label_text(_(key.description)) if key.description else ""
    if not bidi.rtl():
        key.description = description
        return key
    mirrored = MirroredKey(
        key.key,
        key.key_display,
        description,
        key.action,
        disabled=key._disabled,
        classes=" ".join(key.classes),
    )
    mirrored.compact = key.compact
    return mirrored


class KeysFooter(Footer):
    """A compact footer that leaves out, from the end, the keys there is no room for."""

    def __init__(self, **kwargs) -> None:
        super().__init__(compact=True, **kwargs)
        self._width = 0
        """The width the keys were chosen for."""

    def compose(self) -> ComposeResult:
        # The footer spans the screen: its width is known before its own first layout.
        self._width = self.size.width or self.app.size.width
        widgets: list[Widget] = [
            _spoken(w) if isinstance(w, FooterKey) else w for w in super().compose()
        ]
        docked = [w for w in widgets if isinstance(w, FooterKey) and w.has_class(PALETTE)]
        keys = [w for w in widgets if w not in docked]
        room = self._width - sum(key_cells(w) for w in docked)
        used = 0
        kept: list[Widget] = []
        for key in keys:
            # Each key is followed by a one-column gap.
            need = (key_cells(key) if isinstance(key, FooterKey) else 0) + 1
            if self._width and used + need > room:
                break
            used += need
            kept.append(key)
        if bidi.rtl():
            kept.reverse()  # laid out from the left: the first key ends up at the right
        yield from kept
        yield from docked

    def on_resize(self) -> None:
        if self.size.width != self._width:
            self._width = self.size.width
            self.call_after_refresh(self.recompose)

"""Command palette providers: go to any item by its title; pick a theme, the current one marked."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from separ.app.text import literal

if TYPE_CHECKING:
    from separ.app.app import SeparApp


class ItemProvider(Provider):
    """Find an item by (part of) its title and show it."""

    @property
    def _separ(self) -> SeparApp:
        return self.app  # type: ignore[return-value]

    def _entries(self):
        pack = self._separ.pack
        for section in pack.sections:
            for item in section.items:
                yield item, section

    async def search(self, query: str) -> Hits:
        """Items whose title matches the query."""
        matcher = self.matcher(query)
        for item, section in self._entries():
            score = matcher.match(item.title)
            if score > 0:
                yield Hit(
                    score,
                    literal(item.title),
                    partial(self._separ.jump_to, item.id),
                    text=item.title,
                    help=literal(f"Go to item · {section.title}"),
                )

    async def discover(self) -> Hits:
        """The essential items, when nothing is typed yet."""
        for item, section in self._entries():
            if item.level == "essential":
                yield DiscoveryHit(
                    literal(item.title),
                    partial(self._separ.jump_to, item.id),
                    text=item.title,
                    help=literal(f"Go to item · {section.title}"),
                )


class ThemeChoices(Provider):
    """The themes, the one in use marked, so a person sees what they would change from."""

    def _themes(self):
        current = self.app.theme
        for name in sorted(self.app.available_themes):
            label = f"{name}  ✓ in use" if name == current else name
            yield name, label

    def _choose(self, name: str) -> None:
        self.app.theme = name

    async def discover(self) -> Hits:
        """Every theme."""
        for name, label in self._themes():
            yield DiscoveryHit(Content(label), partial(self._choose, name), text=name)

    async def search(self, query: str) -> Hits:
        """Themes whose name matches the query."""
        matcher = self.matcher(query)
        for name, label in self._themes():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, Content(label), partial(self._choose, name), text=name)

"""The command palette: every action of the app, any item by its title, and the themes (the one in
use marked), each in the language of the day."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from separ.app import bidi
from separ.app.text import literal
from separ.i18n import _, current_language
from separ.i18n.fold import fold

if TYPE_CHECKING:
    from textual.screen import Screen

    from separ.app.app import SeparApp


Command = tuple[str, str, Callable[[], object]]
"""A palette command: its title and help in logical order, and what it does."""


def _command(title: str, help_text: str, callback: Callable[[], object]) -> Command:
    return title, help_text, callback


def system_commands(app: SeparApp, screen: Screen) -> Iterable[Command]:
    """The app's actions, then Textual's own that Separ keeps (theme, quit, maximise)."""
    main_actions = (
        (_("Read the highlighted item"), _("Why it matters, every step, its sources"), "read"),
        (_("Tick or untick the highlighted item"), _("Mark it done or not done"), "toggle"),
        (
            _("Show the sources of the highlighted item"),
            _("Read the passages in context"),
            "source",
        ),
        (_("Filter items"), _("Type to show only matching items"), "filter"),
        (_("Hide or show completed items"), _("Focus on what is left to do"), "hide_done"),
        (_("Essential items only, or every level"), _("The first things to do"), "essentials"),
    )
    for title, help_text, action in main_actions:
        yield _command(title, help_text, partial(app.on_main, action))
    where_help = _("Where you are: leave out what does not apply there")
    for where, title in (
        (None, _("Show every item, wherever it applies")),
        ("inside", _("Show what applies to people inside Iran")),
        ("abroad", _("Show what applies to people outside Iran")),
    ):
        yield _command(title, where_help, partial(app.on_main, "where", where))
    for fmt, title in (
        ("markdown", _("Export as Markdown")),
        ("html", _("Export as a printable web page")),
        ("text", _("Export as plain text")),
    ):
        help_text = _("Save the checklist in your Documents folder")
        yield _command(title, help_text, partial(app.action_export, fmt))
    yield _command(
        _("Something is happening"),
        _("What to do now: a few questions, then the steps that fit"),
        app.action_situations,
    )
    yield _command(
        _("Get help"), _("Whom to contact, and how to tell it is really them"), app.action_get_help
    )
    yield _command(
        _("Check a link"), _("Is it a look-alike of a trusted site?"), app.action_check_link
    )
    yield _command(_("Show keys"), _("The help screen"), app.action_help)
    if current_language() == "fa":
        yield _command(
            "English", "Separ in English (key: f)", partial(app.action_switch_language, "en")
        )
    else:
        # Said in Persian in the English interface: the person who needs it reads Persian.
        yield _command("فارسی", "سپر به فارسی (کلید f)", partial(app.action_switch_language, "fa"))
    yield _command(
        _("Persian display"),
        _("Which line reads correctly: who orders and joins the Persian letters"),
        app.action_choose_display,
    )
    yield _command(_("Theme"), _("Change the colours"), app.action_change_theme)
    yield _command(_("Quit"), _("Close Separ"), app.action_quit)
    if screen.maximized is not None:
        yield _command(_("Minimize"), _("Show every pane again"), screen.action_minimize)
    elif screen.focused is not None and screen.focused.allow_maximize:
        yield _command(_("Maximize"), _("Show the focused pane alone"), screen.action_maximize)


class ActionProvider(Provider):
    """The app's actions: matched on their words as written (folded), drawn for the language."""

    def _commands(self) -> list[Command]:
        return list(system_commands(self.app, self.screen))  # type: ignore[arg-type]

    async def discover(self) -> Hits:
        """Every action, when nothing is typed yet."""
        for title, help_text, callback in self._commands():
            yield DiscoveryHit(
                bidi.label(Content(title)),
                callback,
                text=title,
                help=bidi.label(Content(help_text)),
            )

    async def search(self, query: str) -> Hits:
        """The actions whose title matches the query."""
        matcher = self.matcher(fold(query))
        for title, help_text, callback in self._commands():
            score = matcher.match(fold(title))
            if score > 0:
                yield Hit(
                    score,
                    bidi.label(Content(title)),
                    callback,
                    text=title,
                    help=bidi.label(Content(help_text)),
                )


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

    def _help(self, section_title: str) -> Content:
        return bidi.label(literal(_("Go to item · {section}").format(section=section_title)))

    async def search(self, query: str) -> Hits:
        """Items whose title matches the query (Persian folded as the filter folds it)."""
        matcher = self.matcher(fold(query))
        for item, section in self._entries():
            score = matcher.match(fold(item.title))
            if score > 0:
                yield Hit(
                    score,
                    bidi.label(literal(item.title)),
                    partial(self._separ.jump_to, item.id),
                    text=item.title,
                    help=self._help(section.title),
                )

    async def discover(self) -> Hits:
        """The essential items, when nothing is typed yet."""
        for item, section in self._entries():
            if item.level == "essential":
                yield DiscoveryHit(
                    bidi.label(literal(item.title)),
                    partial(self._separ.jump_to, item.id),
                    text=item.title,
                    help=self._help(section.title),
                )


class ThemeChoices(Provider):
    """The themes, the one in use marked, so a person sees what they would change from."""

    def _themes(self):
        current = self.app.theme
        in_use = _("in use")
        for name in sorted(self.app.available_themes):
            label = Content(name)
            if name == current:
                label = Content.assemble(name, "  ", bidi.label(Content(f"✓ {in_use}")))
            yield name, label

    def _choose(self, name: str) -> None:
        self.app.theme = name

    async def discover(self) -> Hits:
        """Every theme."""
        for name, label in self._themes():
            yield DiscoveryHit(label, partial(self._choose, name), text=name)

    async def search(self, query: str) -> Hits:
        """Themes whose name matches the query."""
        matcher = self.matcher(query)
        for name, label in self._themes():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, label, partial(self._choose, name), text=name)

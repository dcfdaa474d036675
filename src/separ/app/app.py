"""The Separ app: the pack, the progress store, and the actions every screen shares."""

from __future__ import annotations

from collections.abc import Iterable
from importlib.resources import files

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from separ.app.screens.main import MainScreen
from separ.pack import Pack
from separ.progress import ProgressStore

THEME_SETTING = "theme"
WELCOMED_SETTING = "welcomed"
WELCOME = "Separ: a safety checklist linked to its sources. Nothing leaves this computer."


def item_provider():
    """The palette's item search, imported when the palette first opens (it is not needed
    for the first frame)."""
    from separ.app.commands import ItemProvider

    return ItemProvider


class SeparApp(App[int]):
    """Browse the checklist, read the sources, tick items off."""

    # Read through importlib.resources, not CSS_PATH: Textual opens CSS_PATH by its path, which
    # does not exist when Separ runs from the offline copy's zip file.
    CSS = files("separ.app").joinpath("app.tcss").read_text(encoding="utf-8")
    TITLE = "Separ"
    SUB_TITLE = "digital-safety checklist"
    COMMANDS = App.COMMANDS | {item_provider}
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (70, "-medium"), (110, "-wide")]
    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "help", "Help"),
        Binding("e", "export('markdown')", "Export"),
        Binding("l", "check_link", "Check a link", show=False),
    ]

    def __init__(self, pack: Pack, store: ProgressStore, notice: str | None = None) -> None:
        super().__init__()
        self.pack = pack
        self.store = store
        self.notice = notice
        """A message to show once the app is up, such as a recovered progress file."""

    def on_mount(self) -> None:
        saved = self.store.setting(THEME_SETTING)
        if saved and saved in self.available_themes:
            self.theme = saved
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        welcome = None
        if self.store.setting(WELCOMED_SETTING) is None or not self.store.save:
            welcome = WELCOME
            if not self.store.save:
                welcome = (
                    "Separ: a safety checklist. This session saves nothing; nothing leaves here."
                )
            self.store.set_setting(WELCOMED_SETTING, "1")
        self.push_screen(MainScreen(self.pack, self.store, welcome=welcome))
        if self.notice:
            self.notify(self.notice, markup=False, severity="warning", timeout=20)

    def _remember_theme(self, theme) -> None:
        self.store.set_setting(THEME_SETTING, theme.name)

    @property
    def main(self) -> MainScreen:
        """The main screen (below any source view or dialog)."""
        return next(s for s in self.screen_stack if isinstance(s, MainScreen))

    # Actions shared by every screen -------------------------------------------------------------

    def action_help(self) -> None:
        """Show the keys."""
        from separ.app.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_export(self, fmt: str = "markdown") -> None:
        """Write the checklist to the Documents folder and say where."""
        from separ.export import save_export

        try:
            path = save_export(self.pack, self.store.done_ids(), fmt)
        except OSError as error:
            self.notify(f"Could not write the checklist: {error}", markup=False, severity="error")
            return
        self.notify(f"Checklist saved to {path}", markup=False, title="Exported", timeout=10)

    def action_check_link(self) -> None:
        """Open the link checker."""
        from separ.app.link_screen import LinkScreen

        self.push_screen(LinkScreen.for_app(self.pack, self.store))

    def _back_to_main(self) -> MainScreen:
        """Close any source view or dialog above the main screen, and return it."""
        while len(self.screen_stack) > 1 and not isinstance(self.screen, MainScreen):
            self.pop_screen()
        return self.main

    def jump_to(self, item_id: str) -> None:
        """Go back to the main screen and show an item."""
        self._back_to_main().jump_to(item_id)

    def _on_main(self, action: str) -> None:
        getattr(self._back_to_main(), f"action_{action}")()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Every action of the app, for the command palette."""
        yield from super().get_system_commands(screen)
        main_actions = (
            ("Tick or untick the highlighted item", "Mark it done or not done", "toggle"),
            ("Show the sources of the highlighted item", "Read the passages in context", "source"),
            ("Filter items", "Type to show only matching items", "filter"),
            ("Hide or show completed items", "Focus on what is left to do", "hide_done"),
        )
        for title, help_text, action in main_actions:
            yield SystemCommand(title, help_text, lambda a=action: self._on_main(a))
        for fmt, label in (
            ("markdown", "Markdown"),
            ("html", "a printable web page"),
            ("text", "plain text"),
        ):
            yield SystemCommand(
                f"Export as {label}",
                "Save the checklist in your Documents folder",
                lambda f=fmt: self.action_export(f),
            )
        yield SystemCommand(
            "Check a link", "Is it a look-alike of a trusted site?", self.action_check_link
        )
        yield SystemCommand("Show keys", "The help screen", self.action_help)

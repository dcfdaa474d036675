"""The Separ app: the pack, the progress store, and the actions every screen shares."""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.content import Content
from textual.notifications import SeverityLevel
from textual.screen import Screen

from separ.app.screens.main import MainScreen
from separ.i18n import _
from separ.i18n.rtl import SEPAR_REORDERS
from separ.pack import Pack
from separ.package_data import package_folder
from separ.progress import ProgressError, ProgressStore
from separ.safe import safe, safe_line

THEME_SETTING = "theme"
WELCOMED_SETTING = "welcomed"
WELCOME = "Separ: a safety checklist linked to its sources. Nothing leaves this computer."
NO_SAVE_WELCOME = "This session saves nothing, and nothing leaves this computer."
TRACES = Content.assemble(
    "Separ and exports can draw attention if searched: ",
    ("separ wipe", "bold"),
    ", delete exports.",
)
"""Said on the first screen: what a search of the device could find, and how to remove it."""


def item_provider():
    """The palette's item search, imported when the palette first opens (it is not needed
    for the first frame)."""
    from separ.app.commands import ItemProvider

    return ItemProvider


class SeparApp(App[int]):
    """Browse the checklist, read the sources, tick items off."""

    # Read from the package's folder, not CSS_PATH: Textual opens CSS_PATH by its path, which
    # does not exist when Separ runs from the offline copy's zip file. The situation screens'
    # rules (all by id) join the app's own.
    CSS = "\n".join(
        package_folder(package).joinpath(name).read_text(encoding="utf-8")
        for package, name in (("separ.app", "app.tcss"), ("separ.app.screens", "situation.tcss"))
    )
    TITLE = "Separ"
    SUB_TITLE = "digital-safety checklist"
    COMMANDS = App.COMMANDS | {item_provider}
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (70, "-medium"), (110, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (22, "-normal"), (36, "-tall")]
    # In the order the footer keeps them when it runs out of room: the ways to act under
    # pressure first; quitting is ctrl+q or q, which people know without being told.
    BINDINGS = [
        Binding("u", "situations", _("Urgent")),
        Binding("g", "get_help", _("Get help")),
        Binding("l", "check_link", _("Link")),
        Binding("question_mark", "help", _("Help")),
        Binding("e", "export('markdown')", _("Export")),
        Binding("q", "quit", _("Quit")),
    ]

    def __init__(self, pack: Pack, store: ProgressStore, notice: str | None = None) -> None:
        super().__init__()
        self.pack = pack
        self.store = store
        self.notice = notice
        """A message to show once the app is up, such as a recovered progress file."""
        store.on_lost = self._progress_lost
        self.rtl_mode = SEPAR_REORDERS
        """Who reorders right-to-left text: Separ or the terminal (`separ.i18n.rtl`)."""

    def get_default_screen(self) -> Screen:
        """The checklist, as the app's first screen: nothing else is drawn before it."""
        # The theme is chosen before anything is styled, so nothing is styled twice.
        saved = self.store.setting(THEME_SETTING)
        if saved and saved in self.available_themes:
            self.theme = saved
        return MainScreen(self.pack, self.store, welcome=self._welcome())

    def _welcome(self) -> list[tuple[Content, bool]]:
        """The lines above the checklist at the first start (and always when nothing is saved),
        each with whether small terminals keep it."""
        welcome: list[tuple[Content, bool]] = []
        if self.store.setting(WELCOMED_SETTING) is None or not self.store.save:
            # What Separ is can go unsaid on a small terminal; what it saves, and what a search
            # of the device could find, cannot.
            if self.store.save:
                welcome.append((Content(WELCOME), False))
            else:
                welcome.append((Content(NO_SAVE_WELCOME), True))
            welcome.append((TRACES, True))
            self._save_setting(WELCOMED_SETTING, "1")
        return welcome

    def on_mount(self) -> None:
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        if self.notice:
            self.notify(self.notice, markup=False, severity="warning", timeout=20)

    def search_themes(self) -> None:
        """The theme list, with the theme in use marked."""
        from textual.command import CommandPalette

        from separ.app.commands import ThemeChoices

        self.push_screen(CommandPalette(providers=[ThemeChoices], placeholder="Search for themes…"))

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Show a notification; a path or an error it quotes passes `separ.safe` first."""
        super().notify(
            safe(message), title=safe_line(title), severity=severity, timeout=timeout, markup=markup
        )

    def _remember_theme(self, theme) -> None:
        self._save_setting(THEME_SETTING, theme.name)

    def _save_setting(self, key: str, value: str) -> None:
        try:
            self.store.set_setting(key, value)
        except ProgressError as error:
            self.notify(str(error), markup=False, severity="error", timeout=10)

    def _progress_lost(self, message: str) -> None:
        """The progress file was removed (a wipe) while the app was open: say saving stopped."""
        self.sub_title = "nothing is saved"
        self.notify(
            f"Separ stopped saving: {message}", markup=False, severity="warning", timeout=30
        )

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
        """Write the checklist to the Documents folder and say where; when nothing is saved,
        ask first, since an export is a file all the same."""
        if self.store.is_saving():
            self._export(fmt)
            return
        from textual.content import Content

        from separ.app.screens.confirm import ConfirmScreen
        from separ.export import default_export_path

        question = Content.assemble(
            "This session saves nothing, but an export is a file: it stays on this computer "
            "until you remove it, and 'separ wipe' will not know of it. It would be saved as\n\n",
            (safe_line(str(default_export_path(fmt))), "bold"),
            "\n\nSave it?",
        )
        self.push_screen(
            ConfirmScreen(question, "Save the file"), lambda yes: self._export(fmt) if yes else None
        )

    def _export(self, fmt: str) -> None:
        """Write the export, and record it so that a wipe can remove it."""
        from separ.export import save_export

        try:
            saved = save_export(self.pack, self.store.done_ids(), fmt)
        except OSError as error:
            self.notify(f"Could not write the checklist: {error}", markup=False, severity="error")
            return
        try:
            if self.store.is_saving():
                self.store.record_export(saved.path, saved.sha256)
        except ProgressError as error:
            self.notify(
                f"Checklist saved to {saved.path}, but 'separ wipe' will not know of it: {error}",
                markup=False,
                severity="warning",
                timeout=20,
            )
            return
        self.notify(f"Checklist saved to {saved.path}", markup=False, title="Exported", timeout=10)

    def action_check_link(self) -> None:
        """Open the link checker."""
        from separ.app.link_screen import LinkScreen

        self.push_screen(LinkScreen.for_app(self.pack, self.store))

    def action_situations(self) -> None:
        """Something is happening: the situations, from wherever the person is."""
        from separ.app.screens.situations import SituationsScreen

        for screen in self.screen_stack:
            if isinstance(screen, SituationsScreen):
                while self.screen is not screen:
                    self.pop_screen()
                return
        self.push_screen(SituationsScreen(self.pack, self.open_situation))

    def open_situation(self, situation_id: str) -> None:
        """Walk one situation (or show the contacts, for the list's last line)."""
        from separ.app.screens.situation import SituationScreen
        from separ.app.screens.situations import GET_HELP_OPTION

        situation = self.pack.situation(situation_id)
        if situation_id == GET_HELP_OPTION or situation is None:
            self.action_get_help()
            return
        self.push_screen(SituationScreen(situation, self.pack, self.store, self.set_item_done))

    def action_get_help(self) -> None:
        """Get help: whom to contact, and how to tell it is really them."""
        from separ.app.screens.contacts import ContactsScreen

        if not isinstance(self.screen, ContactsScreen):
            self.push_screen(ContactsScreen(self.pack.contacts))

    def set_item_done(self, item_id: str, done: bool) -> None:
        """Tick or untick from any screen, through the main screen so that it shows it too."""
        self.main.set_done(item_id, done)

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
            ("Read the highlighted item", "Why it matters, every step, its sources", "read"),
            ("Tick or untick the highlighted item", "Mark it done or not done", "toggle"),
            ("Show the sources of the highlighted item", "Read the passages in context", "source"),
            ("Filter items", "Type to show only matching items", "filter"),
            ("Hide or show completed items", "Focus on what is left to do", "hide_done"),
            ("Essential items only, or every level", "The first things to do", "essentials"),
        )
        for title, help_text, action in main_actions:
            yield SystemCommand(title, help_text, lambda a=action: self._on_main(a))
        for where, title in (
            (None, "Show every item, wherever it applies"),
            ("inside", "Show what applies to people inside Iran"),
            ("abroad", "Show what applies to people outside Iran"),
        ):
            yield SystemCommand(
                title,
                "Where you are: leave out what does not apply there",
                lambda w=where: self._back_to_main().action_where(w),
            )
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
            "Something is happening",
            "What to do now: a few questions, then the steps that fit",
            self.action_situations,
        )
        yield SystemCommand(
            "Get help", "Whom to contact, and how to tell it is really them", self.action_get_help
        )
        yield SystemCommand(
            "Check a link", "Is it a look-alike of a trusted site?", self.action_check_link
        )
        yield SystemCommand("Show keys", "The help screen", self.action_help)

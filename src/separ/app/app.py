"""The Separ app: the pack, the progress store, and the actions every screen shares."""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding
from textual.content import Content
from textual.notifications import SeverityLevel
from textual.screen import Screen

from separ.app import bidi
from separ.app.keys import either_layout
from separ.app.screens.main import MainScreen
from separ.i18n import N_, _, current_language
from separ.i18n.rtl import SEPAR_REORDERS
from separ.pack import Pack
from separ.package_data import package_folder
from separ.progress import ProgressError, ProgressStore
from separ.safe import safe, safe_line

THEME_SETTING = "theme"
WELCOMED_SETTING = "welcomed"
WELCOME = N_("Separ: a safety checklist linked to its sources. Nothing leaves this computer.")
NO_SAVE_WELCOME = N_("This session saves nothing, and nothing leaves this computer.")
TRACES = N_("Separ and exports can draw attention if searched: {wipe}, delete exports.")
"""Said on the first screen: what a search of the device could find, and how to remove it."""
TOAST_WIDTH = 60
"""The width of a notification (Textual's own), at most half the screen: Persian ones are laid
out at the width they get, so that their lines are not wrapped again in reverse order."""


def action_provider():
    """The palette's actions, imported when the palette first opens (it is not needed for the
    first frame)."""
    from separ.app.commands import ActionProvider

    return ActionProvider


def item_provider():
    """The palette's item search, imported when the palette first opens."""
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
    # Separ's own list of actions in place of Textual's: its words are in the language of the day.
    COMMANDS = {action_provider, item_provider}
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (70, "-medium"), (110, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (22, "-normal"), (36, "-tall")]
    # In the order the footer keeps them when it runs out of room: the ways to act under
    # pressure first; quitting is ctrl+q or q, which people know without being told. The
    # descriptions are the catalog's English: the footer says them in the language of the day,
    # so that switching language needs no new classes.
    BINDINGS = [
        Binding(either_layout("u"), "situations", N_("Urgent")),
        Binding(either_layout("g"), "get_help", N_("Get help")),
        Binding(either_layout("l"), "check_link", N_("Link")),
        Binding(either_layout("question_mark"), "help", N_("Help")),
        # Said in Persian in the English interface, for the person who reads Persian first
        # (and "English" in the Persian one).
        Binding(either_layout("f"), "switch_language", N_("فارسی")),
        Binding(either_layout("e"), "export('markdown')", N_("Export")),
        Binding(either_layout("q"), "quit", N_("Quit")),
        Binding(
            "ctrl+p",
            "command_palette",
            N_("palette"),
            show=False,
            priority=True,
            tooltip=N_("Open the command palette"),
        ),
    ]

    def __init__(self, pack: Pack, store: ProgressStore, notice: str | None = None) -> None:
        super().__init__()
        self.pack = pack
        self.store = store
        self.notice = notice
        """A message to show once the app is up, such as a recovered progress file."""
        store.on_lost = self._progress_lost
        self._rtl_mode = SEPAR_REORDERS
        self.rtl_mode = SEPAR_REORDERS
        self._saving_stopped = False
        self._titles()

    @property
    def rtl_mode(self) -> str:
        """Who reorders right-to-left text: Separ or the terminal (`separ.i18n.rtl`)."""
        return self._rtl_mode

    @rtl_mode.setter
    def rtl_mode(self, mode: str) -> None:
        self._rtl_mode = mode
        bidi.set_mode(mode)

    def _titles(self) -> None:
        """The header's words, and the side text reads from, in the language of the day."""
        self.title = _("Separ")
        saving = not self._saving_stopped
        self.sub_title = _("digital-safety checklist") if saving else _("nothing is saved")
        self.set_class(bidi.rtl(), "-rtl")

    def format_title(self, title: str, sub_title: str) -> Content:
        """The header's title; in Persian, one line read from the right."""
        if not bidi.rtl():
            return super().format_title(title, sub_title)
        line = Content.assemble(title, (" — ", "dim"), (sub_title, "dim")) if sub_title else title
        return bidi.label(line)

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
                welcome.append((Content(_(WELCOME)), False))
            else:
                welcome.append((Content(_(NO_SAVE_WELCOME)), True))
            before, _wipe, after = _(TRACES).partition("{wipe}")
            # One command, never split over two lines where lines read from the right.
            wipe = "separ\u00a0wipe" if bidi.rtl() else "separ wipe"
            welcome.append((Content.assemble(before, (wipe, "bold"), after), True))
            self._save_setting(WELCOMED_SETTING, "1")
        return welcome

    def on_mount(self) -> None:
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        if self.notice:
            self.notify(self.notice, markup=False, severity="warning", timeout=20)
        from separ.app.language import ask_display_mode_once

        ask_display_mode_once(self)

    def action_command_palette(self) -> None:
        """Show the command palette, its prompt in the language of the day."""
        from textual.command import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):
            placeholder = bidi.label_text(_("Search for commands…"))
            self.push_screen(CommandPalette(id="--command-palette", placeholder=placeholder))

    def search_themes(self) -> None:
        """The theme list, with the theme in use marked."""
        from textual.command import CommandPalette

        from separ.app.commands import ThemeChoices

        placeholder = bidi.label_text(_("Search for themes…"))
        self.push_screen(CommandPalette(providers=[ThemeChoices], placeholder=placeholder))

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Show a notification; a path or an error it quotes passes `separ.safe` first. In
        Persian it is laid out here, at the width the notification will have."""
        message, title = safe(message), safe_line(title)
        if bidi.rtl():
            text = Content.from_markup(message) if markup else Content(message)
            width = min(TOAST_WIDTH, self.size.width // 2) - 3  # a padding and a border
            message = "\n".join(line.plain for line in bidi.lines(bidi.ui(text), width))
            title, markup = bidi.label_text(title), False
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    def _remember_theme(self, theme) -> None:
        self._save_setting(THEME_SETTING, theme.name)

    def _save_setting(self, key: str, value: str) -> None:
        try:
            self.store.set_setting(key, value)
        except ProgressError as error:
            self.notify(str(error), markup=False, severity="error", timeout=10)

    def _progress_lost(self, message: str) -> None:
        """The progress file was removed (a wipe) while the app was open: say saving stopped."""
        self._saving_stopped = True
        self.sub_title = _("nothing is saved")
        self.notify(
            _("Separ stopped saving: {reason}").format(reason=message),
            markup=False,
            severity="warning",
            timeout=30,
        )

    @property
    def main(self) -> MainScreen:
        """The main screen (below any source view or dialog)."""
        return next(s for s in self.screen_stack if isinstance(s, MainScreen))

    # Language and display ------------------------------------------------------------------------

    def action_switch_language(self, language: str = "") -> None:
        """Speak the other language (or `language`) at once, at the same place."""
        from separ.app.language import switch_language

        switch_language(self, language or ("en" if current_language() == "fa" else "fa"))

    def action_choose_display(self) -> None:
        """Ask which of two sample lines reads correctly: who reorders Persian letters."""
        from separ.app.language import ask_display_mode

        ask_display_mode(self)

    def rebuild(self) -> None:
        """Show every screen again from the main one (after the language or display changed),
        at the section and item the person was on."""
        from separ.app.screens.item import ItemScreen

        reading = self.screen.item_id if isinstance(self.screen, ItemScreen) else None
        main = self._back_to_main()
        main.remember_place()
        self._titles()
        if not main._result_callbacks:
            # The first screen was installed, not pushed: Textual's switch_screen expects the
            # result callback that pushing gives (and gives the screen it switches to).
            main._push_result_callback(main, None)
        self.switch_screen(MainScreen(self.pack, self.store))
        if reading is not None:
            self.call_after_refresh(self.main.open_item, reading)

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
        from separ.app.screens.confirm import ConfirmScreen
        from separ.export import default_export_path

        before, _path, after = _(
            "This session saves nothing, but an export is a file: it stays on this computer "
            "until you remove it, and 'separ wipe' will not know of it. It would be saved as"
            "\n\n{path}\n\nSave it?"
        ).partition("{path}")
        question = Content.assemble(
            before, (safe_line(str(default_export_path(fmt))), "bold"), after
        )
        self.push_screen(
            ConfirmScreen(question, _("Save the file")),
            lambda yes: self._export(fmt) if yes else None,
        )

    def _export(self, fmt: str) -> None:
        """Write the export, and record it so that a wipe can remove it."""
        from separ.export import save_export

        try:
            saved = save_export(self.pack, self.store.done_ids(), fmt)
        except OSError as error:
            message = _("Could not write the checklist: {error}").format(error=error)
            self.notify(message, markup=False, severity="error")
            return
        try:
            if self.store.is_saving():
                self.store.record_export(saved.path, saved.sha256)
        except ProgressError as error:
            self.notify(
                _(
                    "Checklist saved to {path}, but 'separ wipe' will not know of it: {error}"
                ).format(path=saved.path, error=error),
                markup=False,
                severity="warning",
                timeout=20,
            )
            return
        self.notify(
            _("Checklist saved to {path}").format(path=saved.path),
            markup=False,
            title=_("Exported"),
            timeout=10,
        )

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

    def on_main(self, action: str, *arguments: object) -> None:
        """Run an action of the main screen from wherever the person is."""
        getattr(self._back_to_main(), f"action_{action}")(*arguments)

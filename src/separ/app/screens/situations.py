"""Something is happening: the situations to choose from, and a way to the contacts."""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option

from separ.app import bidi
from separ.app.keys import either_layout
from separ.app.text import literal
from separ.app.widgets.footer import KeysFooter
from separ.i18n import N_, _
from separ.pack import Pack
from separ.pack.situation import GET_HELP

INTRO = N_(
    "Choose what is closest to what is happening. A few questions lead to what to do right "
    "now, then to the checklist items that help, and to whom you can contact."
)
GET_HELP_OPTION = "get-help"
"""The id of the last option, which shows the contacts."""


class SituationList(OptionList):
    """The situations, each with its summary under its title; the last line leads to help."""

    BINDINGS = [
        Binding(either_layout("j"), "cursor_down", N_("Down"), show=False),
        Binding(either_layout("k"), "cursor_up", N_("Up"), show=False),
    ]

    def __init__(self, pack: Pack, **kwargs) -> None:
        options: list[Option | None] = []
        for situation in pack.situations:
            said_in = getattr(situation, "lang", None)  # its language, where the pack says it
            prompt = Content.assemble(
                bidi.marked(literal(situation.title, "bold"), said_in),
                "\n",
                bidi.marked(literal(situation.summary, "dim"), said_in),
            )
            # None draws a rule between
            options += [Option(bidi.shown(prompt, None), id=situation.id), None]
        help_prompt = Content.assemble(
            (_(GET_HELP), "bold"), "\n", (_("Whom to contact, and how to tell it is them"), "dim")
        )
        options.append(Option(bidi.shown(help_prompt), id=GET_HELP_OPTION))
        super().__init__(*options, markup=False, **kwargs)


class SituationsScreen(Screen):
    """Pick a situation; the screen for it asks its questions one at a time."""

    BINDINGS = [Binding("escape", "app.pop_screen", N_("Back"))]

    def __init__(self, pack: Pack, open_situation: Callable[[str], None]) -> None:
        super().__init__()
        self.pack = pack
        self.open_situation = open_situation
        """Called with a situation's id, or GET_HELP_OPTION, when one is chosen."""

    def compose(self) -> ComposeResult:
        yield Header(icon="◈")
        yield Static(bidi.shown(Content(_(INTRO))), id="situations-intro", markup=False)
        yield SituationList(self.pack, id="situations")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one("#situations").border_title = bidi.label(_("Something is happening"))
        self.query_one(SituationList).focus()

    @on(OptionList.OptionSelected, "#situations")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            self.open_situation(event.option.id)

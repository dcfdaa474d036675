"""One situation: its questions one at a time, then what to do right now, the items to tick off,
and whom to contact.

Ticks go through the same progress store as the main list (the app passes a `tick` callback that
also updates the main screen), and items open in the same detail pane and source view.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Header, OptionList, Static
from textual.widgets.option_list import Option

from separ.app import bidi
from separ.app.keys import either_layout
from separ.app.listing import Row
from separ.app.screens.contacts import contacts_content
from separ.app.text import literal
from separ.app.widgets.detail import ItemDetail
from separ.app.widgets.footer import KeysFooter
from separ.app.widgets.hanging import Hanging, hanging
from separ.app.widgets.items import ItemList
from separ.i18n import N_, _
from separ.i18n.persian import number
from separ.i18n.reorder import paragraph_direction
from separ.pack import Pack
from separ.pack.situation import GET_HELP, End, Question, Situation
from separ.progress import ProgressStore

Tick = Callable[[str, bool], None]
"""Saves an item's state: (item id, done)."""

RIGHT_NOW = N_("Right now")
THEN = N_("Then, in order (space ticks, s shows the sources)")
MORE_HELP = N_("g shows everything about them, and where these facts come from.")


class SituationScreen(Screen):
    """Walks a situation's workflow: one question at a time, back goes back, then the end."""

    BINDINGS = [
        Binding("escape,backspace", "back", N_("Back")),
        Binding("space", "toggle", N_("Tick")),
        Binding(either_layout("s"), "source", N_("Source")),
        *(Binding(either_layout(str(n)), f"answer({n})", show=False) for n in range(1, 10)),
    ]

    def __init__(
        self, situation: Situation, pack: Pack, store: ProgressStore, tick: Tick | None = None
    ) -> None:
        super().__init__()
        self.situation = situation
        self.pack = pack
        self.store = store
        self.tick: Tick = tick or store.set_done
        self.trail: list[tuple[Question, int]] = []
        """The questions answered so far, each with the index of the answer given."""
        self.step: Question | End = situation.first
        self.done: set[str] = set()

    # Layout --------------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header(icon="◈")
        with Horizontal(id="situation-top"):
            back = f"{'→' if bidi.rtl() else '←'} {_('Back')}"
            yield Button(bidi.label(Content(back)), id="back", compact=True)
            title = bidi.marked(literal(self.situation.title), self._lang)
            yield Static(bidi.shown(title, None), id="situation-title", markup=False)
        yield Static(id="situation-trail", markup=False)
        with Vertical(id="question-view"):
            yield Static(id="question", markup=False)
            yield OptionList(id="answers", markup=False)
        with Horizontal(id="end-view"):
            with VerticalScroll(id="end-main"):
                yield Static(id="end-now", markup=False)
                yield Static(
                    bidi.shown(Content.styled(_(THEN), "bold")), id="end-then", markup=False
                )
                yield ItemList(id="end-items")
                yield Static(id="end-help", markup=False)
            yield ItemDetail(id="end-detail")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.query_one("#end-detail").border_title = bidi.label(_("Details"))
        self.done = self.store.done_ids()
        self.show_step()

    # What is shown -------------------------------------------------------------------------------

    @property
    def _lang(self) -> str | None:
        """The language the situation's own words are in, where the pack says (else None)."""
        return getattr(self.situation, "lang", None)

    def _text(self, text: str, style: str = "", lang: str | None = None) -> Content:
        """The situation's own words, read in their language's direction: the language of the
        question or end they belong to (each has its own; a translation can be current for one
        and stale for another), else the situation's."""
        return bidi.marked(literal(text, style), lang or self._lang)

    @property
    def at_end(self) -> bool:
        """Whether the answers have reached an end."""
        return isinstance(self.step, End)

    def show_step(self, highlight: int = 0) -> None:
        """Show the current question (highlighting one answer) or the end reached."""
        self._show_trail()
        question_view = self.query_one("#question-view")
        end_view = self.query_one("#end-view")
        if isinstance(self.step, Question):
            question_view.display, end_view.display = True, False
            self._show_question(self.step, highlight)
        else:
            question_view.display, end_view.display = False, True
            self._show_end(self.step)
        self.refresh_bindings()

    def _show_trail(self) -> None:
        trail = self.query_one("#situation-trail", Static)
        lines = [
            Content.assemble(
                self._text(question.text, lang=question.lang),
                # The arrow points the way the line reads: from the question to the answer.
                " ← " if paragraph_direction(question.text) == "rtl" else " → ",
                literal(question.answers[index].text),
            )
            for question, index in self.trail
        ]
        trail.update(bidi.shown(Content("\n").join(lines), None))
        trail.display = bool(lines)

    def _show_question(self, question: Question, highlight: int) -> None:
        count = len(self.trail) + 1
        asked = Content.styled(_("Question {number}").format(number=number(count)), "dim")
        self.query_one("#question", Static).update(
            bidi.shown(
                Content.assemble(
                    bidi.ui(asked), "\n", self._text(question.text, "bold", question.lang)
                ),
                None,
            )
        )
        answers = self.query_one("#answers", OptionList)
        answers.set_options(
            Option(self._answer(n, answer.text, question.lang))
            for n, answer in enumerate(question.answers, 1)
        )
        answers.highlighted = highlight
        answers.focus()

    def _answer(self, n: int, text: str, lang: str) -> Content | Hanging:
        """One answer, numbered: in Persian, the number at the right."""
        lead = Content.styled(f"{number(n)}. ", "bold")
        if bidi.rtl():
            return hanging([(lead, self._text(text, lang=lang))])
        return Content.assemble(lead, literal(text))

    def _show_end(self, end: End) -> None:
        none = Content("")
        rows = (
            [(none, self._text(end.title, "bold", end.lang)), (none, none)]
            if len(self.situation.ends) > 1
            else []
        )
        if end.now:
            right_now = _("{label}:").format(label=_(RIGHT_NOW))
            rows.append((none, bidi.ui(Content.styled(right_now, "bold"))))
        # Each step's wrapped lines stand under its text, not under its number.
        rows += [
            (Content.styled(f"{number(n)}. ", "bold"), self._text(step, lang=end.lang))
            for n, step in enumerate(end.now, 1)
        ]
        self.query_one("#end-now", Static).update(hanging(rows))
        self.query_one("#end-then").display = bool(end.item_ids)
        items = self.query_one("#end-items", ItemList)
        items.display = bool(end.item_ids)
        items.show_rows(self._rows(end), self.done)
        help_text = [bidi.ui(Content.styled(_(GET_HELP), "bold reverse"))]
        if self.pack.contacts:
            help_text += [contacts_content(self.pack.contacts, full=False), bidi.ui(_(MORE_HELP))]
        else:
            help_text.append(contacts_content(()))
        self.query_one("#end-help", Static).update(bidi.shown(Content("\n").join(help_text), None))
        self.query_one("#end-main", VerticalScroll).scroll_home(animate=False)
        self._show_detail(items.highlighted_id)
        # The right-now steps come first: the pane that shows them takes the keys; tab (or a
        # click) reaches the items, and space and s act on the highlighted one from anywhere.
        self.query_one("#end-main").focus()

    def _rows(self, end: End) -> list[Row]:
        """The end's items as rows of the list, each with its section."""
        return [
            Row(item, section)
            for item in self.pack.items_by_ids(end.item_ids)
            if (section := self.pack.section(item.section_id)) is not None
        ]

    def _show_detail(self, item_id: str | None) -> None:
        item = self.pack.item(item_id) if item_id else None
        self.query_one(ItemDetail).show_item(item, item is not None and item.id in self.done)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Ticks and sources belong to the end; answering by number to a question."""
        if action in ("toggle", "source"):
            return self.at_end
        if action == "answer":
            return not self.at_end
        return True

    # Walking the workflow ---------------------------------------------------------------------

    @on(OptionList.OptionSelected, "#answers")
    def _answered(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.choose(event.option_index)

    def choose(self, index: int) -> None:
        """Give an answer to the current question, and go where it leads."""
        if not isinstance(self.step, Question) or not 0 <= index < len(self.step.answers):
            return
        self.trail.append((self.step, index))
        self.step = self.situation.step(self.step.answers[index].next)
        self.show_step()

    def action_answer(self, number: int) -> None:
        """Answer with the answer's number (1 for the first)."""
        self.choose(number - 1)

    def action_back(self) -> None:
        """Go back to the previous question, or leave the situation from its first step."""
        if not self.trail:
            self.app.pop_screen()
            return
        self.step, index = self.trail.pop()
        self.show_step(highlight=index)

    @on(Button.Pressed, "#back")
    def _back_pressed(self) -> None:
        self.action_back()

    # The items at the end -----------------------------------------------------------------------

    @on(ItemList.ItemHighlighted)
    def _item_highlighted(self, event: ItemList.ItemHighlighted) -> None:
        self._show_detail(event.item_id)

    @on(ItemList.ToggleRequested)
    def _toggle_requested(self, event: ItemList.ToggleRequested) -> None:
        self.set_done(event.item_id, event.item_id not in self.done)

    @on(ItemDetail.ToggleRequested)
    def _box_clicked(self, event: ItemDetail.ToggleRequested) -> None:
        self.set_done(event.item_id, event.item_id not in self.done)

    @on(ItemList.OpenRequested)
    def _open_requested(self, event: ItemList.OpenRequested) -> None:
        """Read an item whole, as from the main list; n and p move through this end's items."""
        from separ.app.screens.item import ItemScreen

        ids = self.query_one("#end-items", ItemList).item_ids
        self.app.push_screen(ItemScreen(self.app.main, event.item_id, ids))

    def on_screen_resume(self) -> None:
        """Show ticks made while reading an item (they were saved through the main screen)."""
        if not self.at_end:
            return
        self.done = self.store.done_ids()
        items = self.query_one("#end-items", ItemList)
        for item_id in items.item_ids:
            items.show_state(item_id, item_id in self.done)
        self._show_detail(items.highlighted_id)

    def set_done(self, item_id: str, done: bool) -> None:
        """Save a tick, then show what the store holds: never a state that is not on disk."""
        self.tick(item_id, done)
        try:
            saved = self.store.is_done(item_id)
        except Exception:
            return  # the store could not be read; the tick callback has said why
        if saved:
            self.done.add(item_id)
        else:
            self.done.discard(item_id)
        items = self.query_one("#end-items", ItemList)
        items.show_state(item_id, saved)
        self._show_detail(items.highlighted_id)

    def action_toggle(self) -> None:
        """Tick or untick the highlighted item."""
        item_id = self.query_one("#end-items", ItemList).highlighted_id
        if item_id is not None:
            self.set_done(item_id, item_id not in self.done)

    def action_source(self) -> None:
        """Open the source view of the highlighted item."""
        from separ.app.screens.source import SourceScreen

        item_id = self.query_one("#end-items", ItemList).highlighted_id
        item = self.pack.item(item_id) if item_id else None
        if item is not None:
            self.app.push_screen(SourceScreen(item))

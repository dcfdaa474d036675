"""The list of sections, each with its progress."""

from __future__ import annotations

from collections.abc import Sequence

from textual.binding import Binding
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from separ.app import bidi
from separ.app.keys import either_layout
from separ.app.text import literal
from separ.i18n import N_, _
from separ.i18n.persian import number
from separ.pack import Section


class SectionList(OptionList):
    """Sections with "done/total" beside each; highlighting one shows its items."""

    BINDINGS = [
        Binding("enter", "select", N_("Items")),
        # The arrow toward the items: → in English, ← in Persian, where the panes are mirrored.
        Binding("right", "sideways('right')", N_("Items"), show=False),
        Binding("left", "sideways('left')", N_("Items"), show=False),
        Binding(either_layout("j"), "cursor_down", N_("Down"), show=False),
        Binding(either_layout("k"), "cursor_up", N_("Up"), show=False),
    ]

    def __init__(self, sections: Sequence[Section], **kwargs) -> None:
        super().__init__(markup=False, **kwargs)
        self._sections = tuple(sections)
        self._done: set[str] = set()
        self._where: str | None = None

    def action_sideways(self, side: str) -> None:
        """Go to the items with the arrow that points at them."""
        if side == ("left" if bidi.rtl() else "right"):
            self.action_select()

    def on_resize(self) -> None:
        self.show_progress(self._done, self._where)

    def show_progress(self, done: set[str], where: str | None = None) -> None:
        """Redraw every section's prompt with its count of done items (of those that apply)."""
        self._done = set(done)
        self._where = where
        width = self.scrollable_content_region.width
        prompts = [self._prompt(section, done, width, where) for section in self._sections]
        if self.option_count != len(prompts):
            highlighted = self.highlighted
            self.set_options(
                Option(p, id=s.id) for p, s in zip(prompts, self._sections, strict=True)
            )
            self.highlighted = highlighted if highlighted is not None else 0
            return
        for section, prompt in zip(self._sections, prompts, strict=True):
            self.replace_option_prompt(section.id, prompt)

    @staticmethod
    def _prompt(section: Section, done: set[str], width: int, where: str | None) -> Content:
        """The title with its count at the right edge, or after it where the line is too short
        (mirrored in Persian: the title at the right, the count at the left edge)."""
        items = [item for item in section.items if item.applies_to(where)]
        finished = sum(item.id in done for item in items)
        total = len(items)
        count = f"{number(finished)}/{number(total)}"
        title = literal(section.title)
        count_style = "bold" if finished == total else "dim"
        if bidi.rtl():
            return _mirrored(bidi.marked(title, section.lang), (count, count_style), width)
        gap = width - title.cell_length - len(count)
        return Content.assemble(title, " " * gap if gap >= 1 else "  ", (count, count_style))


def _mirrored(title: Content, count: tuple[str, str], width: int) -> Content:
    """A Persian section's line: its title read from the right edge, its count at the left; a
    title too long for the line wraps, read from the right too."""
    room = max(1, width - len(count[0]) - 2)
    lines = bidi.lines(title, room, direction=None)
    first = Content.assemble(count, " " * max(2, width - len(count[0]) - lines[0].cell_length))
    rows = [Content.assemble(first, lines[0])]
    rows += [Content.assemble(" " * max(0, width - line.cell_length), line) for line in lines[1:]]
    return Content("\n").join(rows)


class OverallProgress(Static):
    """One line under the sections, "Overall 12/45 ━━━━╌╌╌╌ 27%": the bar fills the room left."""

    def __init__(self, **kwargs) -> None:
        super().__init__(markup=False, **kwargs)
        self._counts = (0, 0)

    def show(self, finished: int, total: int) -> None:
        """Show a new count."""
        self._counts = (finished, total)
        self.refresh()

    def render(self) -> Content:
        finished, total = self._counts
        share = finished / total if total else 0.0
        words = _("Overall {done}/{total}").format(done=number(finished), total=number(total))
        label = bidi.label(Content(words))
        percent = _("{percent}%").format(percent=number(round(share * 100))).rjust(4)
        room = self.size.width - label.cell_length - len(percent) - 2
        if room < 4:
            return label
        filled = round(share * room)
        if bidi.rtl():  # filled from the right, where a Persian reader starts
            return Content.assemble(
                bidi.label(Content(percent)),
                " ",
                ("╌" * (room - filled), "dim"),
                ("━" * filled, "bold"),
                " ",
                label,
            )
        return Content.assemble(
            label, " ", ("━" * filled, "bold"), ("╌" * (room - filled), "dim"), " ", percent
        )

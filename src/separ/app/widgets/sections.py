"""The list of sections, each with its progress."""

from __future__ import annotations

from collections.abc import Sequence

from textual.binding import Binding
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from separ.app.text import literal
from separ.pack import Section


class SectionList(OptionList):
    """Sections with "done/total" beside each; highlighting one shows its items."""

    BINDINGS = [
        Binding("enter,right", "select", "Items"),
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    def __init__(self, sections: Sequence[Section], **kwargs) -> None:
        super().__init__(markup=False, **kwargs)
        self._sections = tuple(sections)
        self._done: set[str] = set()
        self._where: str | None = None

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
        """The title with its count at the right edge, or after it where the line is too short."""
        items = [item for item in section.items if item.applies_to(where)]
        finished = sum(item.id in done for item in items)
        total = len(items)
        count = f"{finished}/{total}"
        title = literal(section.title)
        gap = width - title.cell_length - len(count)
        return Content.assemble(
            title,
            " " * gap if gap >= 1 else "  ",
            (count, "bold" if finished == total else "dim"),
        )


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
        label = f"Overall {finished}/{total} "
        percent = f" {share:4.0%}"
        room = self.size.width - len(label) - len(percent)
        if room < 4:
            return Content(f"Overall {finished}/{total}")
        filled = round(share * room)
        return Content.assemble(
            label, ("━" * filled, "bold"), ("╌" * (room - filled), "dim"), percent
        )

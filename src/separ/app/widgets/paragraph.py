"""The one place the app draws text that knows right from left: every text that may be Persian is
shown through the `Paragraph` widget, or through its visual (`Bidi`) where a widget Separ does
not own draws it (an option of a list, a hanging row); no other widget reorders text.

It takes text in logical order (as stored, searched and exported), in pieces that may carry a
style, and draws it at its width through `separ.i18n.rtl.layout`: wrapped in logical order,
then, where Separ reorders, shaped and reordered line by line; right-to-left paragraphs are
aligned to the right. Every piece passes through `separ.safe` first: pack text is inert here.
"""

from __future__ import annotations

from dataclasses import replace

from textual.content import Content, Span
from textual.css.styles import RulesMap
from textual.geometry import Size
from textual.reactive import reactive
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual
from textual.widget import Widget

from separ.i18n.rtl import SEPAR_REORDERS, TERMINAL_REORDERS, Line, layout
from separ.safe import safe

Piece = str | tuple[str, str] | Content
"""A piece of a paragraph: text, (text, style) such as ("Sources", "bold"), or Content that is
already safe (from `separ.app.text.literal`), its styles kept."""

RLM = "\u200f"
"""RIGHT-TO-LEFT MARK: put first, it makes a paragraph right to left whatever its first word
(a Persian sentence may start with "Signal"); it is never drawn where Separ reorders."""
LRM = "\u200e"
"""LEFT-TO-RIGHT MARK: the same for a paragraph that must read left to right (an English quote
that starts with a Persian name)."""


def styled_lines(
    content: Content, width: int, mode: str, direction: str | None = None, pad: bool = True
) -> list[Content]:
    """Content as drawn at a width: wrapped in logical order, then each line shaped and
    reordered (where Separ reorders), each character keeping the styles it had; right-to-left
    lines padded to the width (aligned right) unless `pad` is false."""
    text = content.plain
    lines = layout(text, max(width, 1), mode, direction)
    if mode == TERMINAL_REORDERS:
        lines = [_without_marks(line, text) for line in lines]
    if not pad:
        lines = [_unpadded(line) for line in lines]
    return [_restyle(content, line) for line in lines]


def one_line(content: Content, mode: str, direction: str | None = "rtl") -> Content:
    """A short content on one line, shaped and reordered where Separ reorders, its styles kept:
    for a border title or a footer key, which Textual draws itself."""
    flat = Content(" ").join(content.split("\n")) if "\n" in content.plain else content
    lines = styled_lines(flat, max(flat.cell_length, 1) + 1, mode, direction, pad=False)
    return Content(" ").join(lines)


def _without_marks(line: Line, text: str) -> Line:
    """A line sent in logical order without the direction mark that opens its paragraph (see
    `RLM`): it only steered the alignment here, and the terminal picks its own direction."""
    kept = [
        (char, offset)
        for char, offset in zip(line.text, line.offsets, strict=True)
        if not (char in (RLM, LRM) and (offset == 0 or text[offset - 1] == "\n"))
    ]
    return replace(line, text="".join(c for c, _ in kept), offsets=tuple(o for _, o in kept))


def _unpadded(line: Line) -> Line:
    start = next((i for i, offset in enumerate(line.offsets) if offset >= 0), len(line.text))
    return replace(line, text=line.text[start:], offsets=line.offsets[start:])


def _restyle(content: Content, line: Line) -> Content:
    """One drawn line, with the spans of the characters it came from."""
    if not content.spans:
        return Content(line.text, strip_control_codes=False)
    size = len(content.plain)
    styles: list[list[Style | str]] = [[] for _ in range(size + 1)]
    for span in content.spans:
        for index in range(max(span.start, 0), min(span.end, size)):
            styles[index].append(span.style)
    spans: list[Span] = []
    start = 0
    current: list[Style | str] | None = None
    for position, offset in enumerate(line.offsets):
        here = styles[offset] if 0 <= offset < size else []
        if here != current:
            if current:
                spans.extend(Span(start, position, style) for style in current)
            start, current = position, here
    if current:
        spans.extend(Span(start, len(line.text), style) for style in current)
    return Content(line.text, spans, strip_control_codes=False)


class Bidi(Visual):
    """Content drawn right to left where it is Persian, for widgets that take a visual (an
    option's prompt, a Static): the same layout as the `Paragraph` widget."""

    def __init__(self, content: Content, mode: str = SEPAR_REORDERS, direction: str | None = None):
        self.content = content
        self.mode = mode
        self.direction = direction
        self._cache: tuple[int, list[Content]] | None = None

    def __str__(self) -> str:
        return self.content.plain

    def lines(self, width: int) -> list[Content]:
        """The lines as drawn at a width (kept for the last width asked)."""
        if self._cache is None or self._cache[0] != width:
            self._cache = (width, styled_lines(self.content, width, self.mode, self.direction))
        return self._cache[1]

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        """The widest paragraph, unwrapped."""
        widest = max((line.cell_length for line in self.lines(10_000)), default=0)
        return min(container_width, widest)

    def get_height(self, rules: RulesMap, width: int) -> int:
        """Lines taken at this width."""
        return len(self.lines(width))

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        """Each drawn line, never wrapped again (each already fits)."""
        options = replace(options, selection=None, selection_style=None)
        strips: list[Strip] = []
        for line in self.lines(width):
            drawn = line.render_strips(width, 1, style, options)
            strips.append(drawn[0] if drawn else Strip.blank(0))
        return strips[:height] if height is not None else strips


class Paragraph(Widget):
    """Logical text, drawn right to left where it is Persian, at any width."""

    DEFAULT_CSS = """
    Paragraph {
        height: auto;
    }
    """

    direction: reactive[str | None] = reactive(None, layout=True)
    """"rtl", "ltr", or None: each paragraph takes the direction of its first strong letter."""
    mode: reactive[str | None] = reactive(None, layout=True)
    """"separ" or "terminal" (see `separ.i18n.rtl`); None: the app's `rtl_mode`."""

    def __init__(
        self,
        *pieces: Piece,
        direction: str | None = None,
        mode: str | None = None,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._content = _join(pieces)
        self._cache: tuple[tuple, list[Content]] | None = None
        self.set_reactive(Paragraph.direction, direction)
        self.set_reactive(Paragraph.mode, mode)

    @property
    def text(self) -> str:
        """The paragraph's text in logical order, as made safe (what copying should give)."""
        return self._content.plain

    def update(self, *pieces: Piece) -> None:
        """Show other text."""
        self._content = _join(pieces)
        self._cache = None
        self.refresh(layout=True)

    def _mode(self) -> str:
        if self.mode is not None:
            return self.mode
        return getattr(self.app, "rtl_mode", SEPAR_REORDERS)

    def lines(self, width: int) -> list[Content]:
        """The lines as drawn at a width (kept for the last width asked)."""
        key = (width, self._mode(), self.direction)
        if self._cache is None or self._cache[0] != key:
            lines = styled_lines(self._content, width, self._mode(), self.direction)
            self._cache = (key, lines)
        return self._cache[1]

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return container.width

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.lines(width))

    def render(self) -> Content:
        return Content("\n").join(self.lines(self.size.width))


def _join(pieces: tuple[Piece, ...]) -> Content:
    """The pieces made safe (text) or kept (Content) and joined, with their styles."""
    parts: list[Content] = []
    for piece in pieces:
        if isinstance(piece, Content):
            parts.append(piece)
        elif isinstance(piece, str):
            parts.append(Content(safe(piece)))
        else:
            text, style = piece
            parts.append(Content.styled(safe(text), style))
    return Content.assemble(*parts) if parts else Content("")

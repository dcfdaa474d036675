"""Text with a hanging indent: a lead ("1. ", "[ ] ", a key) and a body whose wrapped lines stand
under the body, not under the lead, at whatever width the terminal gives.

Right to left (Persian), it is mirrored: the lead stands at the right, given as it is to be drawn
(a mark, a box, a number read from the right), and the body is laid out by the paragraph
machinery (`separ.app.widgets.paragraph`), each line against the lead."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

from separ.app import bidi
from separ.app.widgets.paragraph import styled_lines
from separ.i18n.rtl import SEPAR_REORDERS

MIN_BODY = 12
"""Narrower than this, the body goes under its lead instead of beside it."""

FALLBACK_INDENT = 2
"""The indent of a body put under its lead."""


class Hanging(Visual):
    """Rows of (lead, body): each body wraps beside its lead, its further lines hang under it."""

    def __init__(
        self,
        rows: Sequence[tuple[Content, Content]],
        rtl: bool = False,
        mode: str = SEPAR_REORDERS,
    ) -> None:
        self.rows = tuple(rows)
        self.rtl = rtl
        """Whether the leads stand at the right and the bodies read from the right."""
        self.mode = mode
        """Who reorders right-to-left text (`separ.i18n.rtl`)."""
        self._lines: dict[tuple[int, int], list[Content]] = {}

    def __rich_repr__(self):
        yield self.rows

    def __str__(self) -> str:
        """The plain text, unwrapped: each row's lead and body, a row a line."""
        return "\n".join(lead.plain + body.plain for lead, body in self.rows)

    @staticmethod
    def _indent(lead: Content, width: int) -> tuple[int, bool]:
        """The body's indent at this width, and whether the lead stands on a line of its own."""
        indent = lead.cell_length
        if width - indent >= MIN_BODY:
            return indent, False
        return min(FALLBACK_INDENT, max(0, width - 1)), True

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        """The widest row, unwrapped."""
        return max(
            (
                lead.cell_length + body.get_optimal_width(rules, container_width)
                for lead, body in self.rows
            ),
            default=0,
        )

    def _body_lines(self, row: int, width: int) -> list[Content]:
        """A right-to-left body's lines as drawn at a width (each paragraph takes its own
        direction: see `separ.app.bidi.marked`)."""
        key = (row, width)
        if key not in self._lines:
            self._lines[key] = styled_lines(self.rows[row][1], width, self.mode, None)
        return self._lines[key]

    def get_height(self, rules: RulesMap, width: int) -> int:
        """Lines taken at this width."""
        total = 0
        for number, (lead, body) in enumerate(self.rows):
            indent, apart = self._indent(lead, width)
            body_width = max(1, width - indent)
            if self.rtl:
                height = len(self._body_lines(number, body_width)) if body else 1
            else:
                height = body.get_height(rules, body_width) if body else 1
            total += max(1, height) + apart
        return total

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        """Each row's lead, then its body wrapped beside it (or under it, where it is narrow)."""
        # Selection offsets are counted per visual, not per row: leave selection to the widget.
        options = replace(options, selection=None, selection_style=None)
        if self.rtl:
            return self._render_rtl(width, height, style, options)
        rich_style = style.rich_style
        strips: list[Strip] = []
        for lead, body in self.rows:
            indent, apart = self._indent(lead, width)
            lead_strips = lead.render_strips(width, 1, style, options) if lead else []
            lead_strip = lead_strips[0] if lead_strips else Strip.blank(0)
            body_strips = body.render_strips(max(1, width - indent), None, style, options)
            if not body_strips:
                body_strips = [Strip.blank(0)]
            pad = Strip.blank(indent, rich_style)
            if apart:
                strips.append(lead_strip)
                strips.extend(Strip.join([pad, strip]) for strip in body_strips)
                continue
            for number, strip in enumerate(body_strips):
                first = lead_strip.extend_cell_length(indent, rich_style)
                strips.append(Strip.join([first if number == 0 else pad, strip]))
        return strips[:height] if height is not None else strips

    def _render_rtl(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        """Each row's lead at the right, its body's lines against it, read from the right."""
        rich_style = style.rich_style
        strips: list[Strip] = []
        for number, (lead, body) in enumerate(self.rows):
            indent, apart = self._indent(lead, width)
            body_width = max(1, width - indent)
            lead_strips = lead.render_strips(lead.cell_length, 1, style, options) if lead else []
            lead_strip = lead_strips[0] if lead_strips else Strip.blank(0)
            body_strips = []
            for line in self._body_lines(number, body_width) if body else []:
                drawn = line.render_strips(body_width, 1, style, options)
                strip = drawn[0] if drawn else Strip.blank(0)
                pad = max(0, body_width - strip.cell_length)  # against the lead, even in Latin
                body_strips.append(Strip.join([Strip.blank(pad, rich_style), strip]))
            if not body_strips:
                body_strips = [Strip.blank(body_width, rich_style)]
            gap = Strip.blank(indent, rich_style)
            if apart:
                pad = Strip.blank(max(0, width - lead_strip.cell_length), rich_style)
                strips.append(Strip.join([pad, lead_strip]))
                strips.extend(Strip.join([strip, gap]) for strip in body_strips)
                continue
            first = Strip.join(
                [Strip.blank(max(0, indent - lead_strip.cell_length), rich_style), lead_strip]
            )
            for line_number, strip in enumerate(body_strips):
                strips.append(Strip.join([strip, first if line_number == 0 else gap]))
        return strips[:height] if height is not None else strips


def hanging(rows: list[tuple[Content, Content]]) -> Hanging:
    """Rows of (lead, body) with a hanging indent; in Persian mirrored, each lead turned to be
    read from the right ("1. " is drawn " .1", its number at the right)."""
    if not bidi.rtl():
        return Hanging(rows)
    mirrored = [(_mirror(lead), body) for lead, body in rows]
    return Hanging(mirrored, rtl=True, mode=bidi.mode())


def _mirror(lead: Content) -> Content:
    """A short lead ("1. ", "● ") as drawn at the right of a right-to-left line."""
    plain = lead.plain
    core = plain.strip()
    indent = " " * (len(plain) - len(plain.lstrip()))
    gap = " " * (len(plain.rstrip()) and len(plain) - len(plain.rstrip()))
    if core.endswith(".") and core[:-1].isdigit():
        core = f".{core[:-1]}"
    return Content.assemble(gap, (core, _style(lead)), indent)


def _style(content: Content) -> str:
    return str(content.spans[0].style) if content.spans else ""


_LEAD = re.compile(r"[ \t]*(?:[-•*] |\d+\. )?")
"""A line's indent and bullet ("- ", "1. "): what its wrapped lines hang under."""


def hanging_text(text: str) -> Hanging:
    """Plain text, shown literally, each line's wrapped part hanging under its own text (past
    its indent and bullet). The text must already be made safe (`separ.safe`)."""
    rows = []
    for line in text.split("\n"):
        match = _LEAD.match(line)
        lead = match.group() if match else ""
        rows.append((Content(lead), Content(line[len(lead) :])))
    return hanging(rows)

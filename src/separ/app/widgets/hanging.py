"""Text with a hanging indent: a lead ("1. ", "[ ] ", a key) and a body whose wrapped lines stand
under the body, not under the lead, at whatever width the terminal gives."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

MIN_BODY = 12
"""Narrower than this, the body goes under its lead instead of beside it."""

FALLBACK_INDENT = 2
"""The indent of a body put under its lead."""


class Hanging(Visual):
    """Rows of (lead, body): each body wraps beside its lead, its further lines hang under it."""

    def __init__(self, rows: Sequence[tuple[Content, Content]]) -> None:
        self.rows = tuple(rows)

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

    def get_height(self, rules: RulesMap, width: int) -> int:
        """Lines taken at this width."""
        total = 0
        for lead, body in self.rows:
            indent, apart = self._indent(lead, width)
            total += max(1, body.get_height(rules, max(1, width - indent)) if body else 1) + apart
        return total

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        """Each row's lead, then its body wrapped beside it (or under it, where it is narrow)."""
        # Selection offsets are counted per visual, not per row: leave selection to the widget.
        options = replace(options, selection=None, selection_style=None)
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
    return Hanging(rows)

"""Helpers for driving the app in tests: build it over a pack and read what the screen shows."""

from __future__ import annotations

import html
import re
from pathlib import Path

from separ.app.app import SeparApp
from separ.pack import Pack, load_pack
from separ.progress import ProgressStore


def make_app(
    data_dir: Path,
    pack: Pack | None = None,
    save: bool = True,
    store: ProgressStore | None = None,
) -> SeparApp:
    """A SeparApp over a pack (the built-in one by default) with progress in data_dir (or in
    a store already opened there)."""
    return SeparApp(pack or load_pack(), store or ProgressStore(data_dir, save=save))


CELL = 12.2
"""The width of one terminal cell in Textual's SVG screenshots."""


def screen_text(app: SeparApp) -> str:
    """The characters on the screen, row after row, each where it stands, as a person reads them."""
    svg = app.export_screenshot()
    rows: dict[float, dict[int, str]] = {}
    pattern = r'<text class="[^"]*-r\d+" x="([\d.]+)" y="([\d.]+)"[^>]*>(.*?)</text>'
    for x, y, text in re.findall(pattern, svg, re.S):
        plain = html.unescape(re.sub(r"<[^>]+>", "", text)).replace("\xa0", " ")
        column = round(float(x) / CELL)
        cells = rows.setdefault(float(y), {})
        for offset, char in enumerate(plain):
            cells[column + offset] = char
    lines = []
    for _, cells in sorted(rows.items()):
        width = max(cells) + 1 if cells else 0
        lines.append("".join(cells.get(n, " ") for n in range(width)).rstrip())
    return "\n".join(lines)


def write_pack(root: Path, sections: dict[str, str], seeds: dict[str, str], sources: str) -> Path:
    """Write a small pack: guidance files, seed documents and their catalogue."""
    (root / "guidance").mkdir(parents=True)
    (root / "seeds").mkdir()
    for name, text in sections.items():
        (root / "guidance" / name).write_text(text, encoding="utf-8")
    for name, text in seeds.items():
        (root / "seeds" / name).write_text(text, encoding="utf-8")
    (root / "seeds" / "sources.yaml").write_text(sources, encoding="utf-8")
    return root


def flat_text(app: SeparApp) -> str:
    """The screen's text with rows joined and white space collapsed, for phrases that wrap."""
    return " ".join(screen_text(app).split())


FRAME = "│╭╮╰╯─▔▁▎▊▇▆▅▄▃▂█"
"""Border and scroll bar characters, which are not text."""


def words_on_screen(app: SeparApp) -> str:
    """The screen's words in reading order, frames and scroll bars left out: wrapped phrases
    read whole."""
    text = screen_text(app)
    for char in FRAME:
        text = text.replace(char, " ")
    return " ".join(text.split())


async def settle_footer(pilot, app: SeparApp, tries: int = 40) -> str:
    """Wait until the footer shows keys beside the palette's (it fills in once the screen's
    bindings are known, a moment after the rest), and return its row."""
    row = ""
    for _ in range(tries):
        await pilot.pause(0.05)
        row = screen_text(app).splitlines()[-1]
        if row.endswith("▏^p palette") and row.removesuffix("▏^p palette").strip():
            break
    return row


def words_in(app: SeparApp, selector: str) -> str:
    """The words a widget shows on the screen, read from the screen inside the widget's region,
    frames left out, lines joined: what is on screen there, not what the widget holds."""
    region = app.screen.query_one(selector).region
    rows = screen_text(app).splitlines()[region.y : region.bottom]
    text = " ".join(row[region.x : region.right] for row in rows)
    for char in FRAME:
        text = text.replace(char, " ")
    return " ".join(text.split())

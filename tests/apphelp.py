"""Helpers for driving the app in tests: build it over a pack and read what the screen shows."""

from __future__ import annotations

import html
import re
from pathlib import Path

from separ.app.app import SeparApp
from separ.pack import Pack, load_pack
from separ.progress import ProgressStore


def make_app(data_dir: Path, pack: Pack | None = None, save: bool = True) -> SeparApp:
    """A SeparApp over a pack (the built-in one by default) with progress in data_dir."""
    return SeparApp(pack or load_pack(), ProgressStore(data_dir, save=save))


def screen_text(app: SeparApp) -> str:
    """The characters on the screen, row after row, as a person would read them."""
    svg = app.export_screenshot()
    rows: dict[str, list[str]] = {}
    for y, text in re.findall(r'<text[^>]*\by="([\d.]+)"[^>]*>(.*?)</text>', svg, re.S):
        rows.setdefault(y, []).append(html.unescape(re.sub(r"<[^>]+>", "", text)))
    ordered = sorted(rows.items(), key=lambda row: float(row[0]))
    return "\n".join("".join(parts).replace("\xa0", " ") for _, parts in ordered)


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

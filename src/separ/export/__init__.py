"""Views of the checklist as documents: Markdown, HTML and plain text.

Importing this package stays light (no Textual, no Markdown parser): the HTML format imports
markdown-it only when it is asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from separ.export.files import (
    EXTENSIONS,
    ExportExists,
    NotAFile,
    default_export_path,
    write_atomic,
)
from separ.export.select import ExportOptions, UnknownSection, select
from separ.i18n import _, speaking
from separ.owner_only import make_folders
from separ.pack.model import Pack
from separ.safe import safe

FORMATS: tuple[str, ...] = ("markdown", "html", "text")
"""The formats `render` can produce; the first is the default."""

__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "ExportExists",
    "ExportOptions",
    "NotAFile",
    "Saved",
    "UnknownSection",
    "default_export_path",
    "render",
    "save_export",
    "write_atomic",
]


def render(
    pack: Pack,
    done: set[str],
    fmt: str = "markdown",
    options: ExportOptions = ExportOptions(),  # noqa: B008 - frozen, so sharing it is safe
    today: date | None = None,
    lang: str | None = None,
) -> str:
    """The checklist in one format; raises UnknownSection or ValueError for bad options.

    `lang` is the language of the export's own words, dates and digits (default: the pack's, as
    `load_pack(root, lang=...)` gave it); pack text not translated into it shows marked.
    Every format passes `safe`, the one door for outside text: no control character or bidi
    override from the pack reaches the file or the terminal (the web page is made from the
    Markdown once it has passed).
    """
    with speaking(lang or pack.lang):
        if fmt not in FORMATS:
            raise ValueError(
                _("unknown format '{format}'; formats: {formats}").format(
                    format=fmt, formats=", ".join(FORMATS)
                )
            )
        checklist = select(pack, done, options, today or date.today())
        if fmt == "text":
            from separ.export.text import render_text

            return safe(render_text(checklist))
        from separ.export.markdown import render_markdown

        markdown = safe(render_markdown(checklist))
        if fmt == "markdown":
            return markdown
        from separ.export.html import render_html

        return render_html(markdown)


@dataclass(frozen=True)
class Saved:
    """A file an export was written to, and the SHA-256 of its bytes."""

    path: Path
    sha256: str


def save_export(
    pack: Pack,
    done: set[str],
    fmt: str = "markdown",
    options: ExportOptions = ExportOptions(),  # noqa: B008 - frozen, so sharing it is safe
    today: date | None = None,
    lang: str | None = None,
) -> Saved:
    """Write the checklist to a new dated file in the user's documents folder; says where.

    `lang` as for `render`: the export's language, by default the pack's."""
    today = today or date.today()
    text = render(pack, done, fmt, options, today, lang)
    for _attempt in range(100):
        path = default_export_path(fmt, today)
        make_folders(path.parent)
        try:
            digest = write_atomic(path, text)
        except ExportExists:
            continue  # another export took the name just now: take the next one
        return Saved(path, digest)
    raise ExportExists(path)

"""The checklist as one self-contained HTML page for printing, rendered from its Markdown."""

from __future__ import annotations

from html import escape

from separ.export.select import TITLE

_STYLE = """
:root { color: #000; background: #fff; }
body { font: 12pt/1.45 Georgia, "Times New Roman", serif; max-width: 42em;
  margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.7em; margin: 0 0 .3em; }
h2 { font-size: 1.3em; border-bottom: 2px solid #000; margin: 1.6em 0 .4em;
  break-after: avoid; page-break-after: avoid; }
h2 + p { break-before: avoid; page-break-before: avoid; font-style: italic; }
p { margin: .3em 0; }
ul.contains-task-list { list-style: none; padding-left: 0; }
li.task-list-item { margin: 0 0 1.1em; break-inside: avoid; page-break-inside: avoid; }
li.task-list-item > p:first-child { font-size: 1.05em; }
li.task-list-item > ol, li.task-list-item > ul, li.task-list-item > p { margin-left: 1.7em; }
li.task-list-item > p:first-child { margin-left: 0; }
li.task-list-item > ul { font-size: .88em; }
input.task-list-item-checkbox { appearance: none; -webkit-appearance: none;
  width: 1em; height: 1em; margin: 0 .55em 0 0; vertical-align: -.12em;
  border: 2px solid #000; border-radius: 0; background: #fff;
  print-color-adjust: exact; -webkit-print-color-adjust: exact; }
input.task-list-item-checkbox:checked { background: #000; box-shadow: inset 0 0 0 .16em #fff; }
@media print {
  @page { margin: 1.8cm; }
  body { font-size: 11pt; max-width: none; margin: 0; padding: 0; }
}
""".strip()

_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'"
"""Nothing may load or run, even if something slipped past the escaping."""


def render_html(markdown: str) -> str:
    """A whole HTML page from the export's Markdown; raw HTML in it shows as text."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.tasklists import tasklists_plugin

    parser = MarkdownIt("commonmark", {"html": False}).use(tasklists_plugin)
    body = parser.render(markdown)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(TITLE)}</title>\n<style>\n{_STYLE}\n</style>\n</head>\n"
        f"<body>\n<main>\n{body}</main>\n</body>\n</html>\n"
    )

"""The checklist as one self-contained HTML page for printing, rendered from its Markdown."""

from __future__ import annotations

from html import escape

from separ.export.select import TITLE

_STYLE = """
:root { color: #000; background: #fff; }
body { font: 12pt/1.45 Georgia, "Times New Roman", serif; max-width: 42em;
  margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.7em; margin: 0 0 .3em; }
h1 + p { font-weight: bold; }
p.about { margin: .6em 0 1.2em; padding: .5em .7em; border: 1px solid #000; }
h2 { font-size: 1.3em; border-bottom: 2px solid #000; margin: 1.6em 0 .4em; }
h2 + p { font-style: italic; }
p { margin: .3em 0; }
ul.contains-task-list { list-style: none; padding-left: 0; }
li.task-list-item { margin: 0 0 1.1em; }
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
  body { font-size: 11pt; max-width: none; margin: 0; padding: 0; }
  p, li { orphans: 3; widows: 3; }
  /* A heading never ends a page: it keeps its summary, and the summary its first item. */
  h1, h2, h2 + p { break-after: avoid; page-break-after: avoid; }
  ul.contains-task-list > li:first-child { break-before: avoid; page-break-before: avoid; }
  /* An item keeps its title, why and steps together, and each label its list: a long item
     may go over a page only before its sources, or between two of them. */
  li.task-list-item > p { break-after: avoid; page-break-after: avoid; }
  li.task-list-item > p, li.task-list-item > ol, li.task-list-item > ul > li {
    break-inside: avoid; page-break-inside: avoid; }
}
""".strip()

# Empty boxes at the top keep the browser from printing its own header and footer, whose
# address of the file names the person's folders; the foot says what the paper is, and where
# in it a page stands.
_PAGE = f"""
@page {{ margin: 1.8cm 1.6cm;
  @top-left {{ content: ""; }} @top-center {{ content: ""; }} @top-right {{ content: ""; }}
  @bottom-left {{ content: "{TITLE}"; font: 9pt Georgia, serif; }}
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages);
    font: 9pt Georgia, serif; }}
}}
""".strip()

ABOUT = (
    "A digital-safety checklist printed from Separ. Each item says why it matters, what to do, "
    "and the passages of the source documents it comes from. Keep this paper as carefully as "
    "the device it came from: it shows what you have and have not done."
)
"""Under the title and date on the first page: what this paper is, and how to keep it."""

_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'"
"""Nothing may load or run, even if something slipped past the escaping."""


def render_html(markdown: str) -> str:
    """A whole HTML page from the export's Markdown; raw HTML in it shows as text."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.tasklists import tasklists_plugin

    parser = MarkdownIt("commonmark", {"html": False}).use(tasklists_plugin)
    body = parser.render(markdown)
    # What the page is goes on the first page, after the title and the date it was printed.
    head, found, rest = body.partition("</p>\n")
    if found:
        body = f'{head}{found}<p class="about">{escape(ABOUT)}</p>\n{rest}'
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(TITLE)}</title>\n<style>\n{_STYLE}\n{_PAGE}\n</style>\n</head>\n"
        f"<body>\n<main>\n{body}</main>\n</body>\n</html>\n"
    )

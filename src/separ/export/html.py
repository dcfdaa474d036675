"""The checklist as one self-contained HTML page for printing, rendered from its Markdown.

A Persian page is set right to left (`lang="fa" dir="rtl"`) in fonts the system has (no web font
is fetched), and every run of Latin text in it (an address, an app's name, a menu path) is set
apart in `<bdi>`, so that its own direction cannot pull the Persian around it out of order. The
quotes, verbatim English, are block quotes set left to right.
"""

from __future__ import annotations

import re
import unicodedata
from html import escape

from separ.export.select import TITLE
from separ.i18n import N_, _, current_language
from separ.i18n.catalog import right_to_left

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
ul.contains-task-list { list-style: none; padding-inline-start: 0; }
li.task-list-item { margin: 0 0 1.1em; }
li.task-list-item > p:first-child { font-size: 1.05em; }
li.task-list-item > ol, li.task-list-item > ul, li.task-list-item > p {
  margin-inline-start: 1.7em; }
li.task-list-item > p:first-child { margin-inline-start: 0; }
li.task-list-item > ul { font-size: .88em; }
input.task-list-item-checkbox { appearance: none; -webkit-appearance: none;
  width: 1em; height: 1em; margin: 0; margin-inline-end: .55em; vertical-align: -.12em;
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

_PERSIAN_FONTS = 'Vazirmatn, "Noto Naskh Arabic", "Noto Sans Arabic", Tahoma, sans-serif'
"""Fonts that print Persian, from the system: Vazirmatn where installed, else Noto (Debian's
fonts-noto-core, most Linux systems), else Tahoma (Windows, macOS)."""

_RTL_STYLE = f"""
body {{ font-family: {_PERSIAN_FONTS}; line-height: 1.75; }}
/* Persian has no italic: a slanted Naskh is hard to read. The summary is set apart by size. */
h2 + p {{ font-style: normal; font-size: .95em; }}
ol {{ list-style-type: persian; }}
bdi, blockquote {{ font-family: Georgia, "Times New Roman", "Noto Serif", serif; }}
blockquote {{ margin: .3em 0; padding: .1em .8em; border-left: 2px solid #000;
  line-height: 1.45; text-align: left; }}
""".strip()

# Empty boxes at the top keep the browser from printing its own header and footer, whose
# address of the file names the person's folders; the foot says what the paper is, and where
# in it a page stands (its title on the side a line begins, the page on the other).
_PAGE = """
@page {{ margin: 1.8cm 1.6cm;
  @top-left {{ content: ""; }} @top-center {{ content: ""; }} @top-right {{ content: ""; }}
  @bottom-{start} {{ content: "{title}"; font: 9pt {font}; }}
  @bottom-{end} {{ content: {page}; font: 9pt {font}; }}
}}
""".strip()

ABOUT = N_(
    "A digital-safety checklist printed from Separ. Each item says why it matters, what to do, "
    "and the passages of the source documents it comes from. Keep this paper as carefully as "
    "the device it came from: it shows what you have and have not done."
)
"""Under the title and date on the first page: what this paper is, and how to keep it."""

_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'"
"""Nothing may load or run, even if something slipped past the escaping."""

_RTL_ATTRIBUTE = ' dir="rtl"'


def render_html(markdown: str) -> str:
    """A whole HTML page from the export's Markdown, in the language spoken now; raw HTML in it
    shows as text."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.tasklists import tasklists_plugin

    lang = current_language()
    rtl = right_to_left(lang)
    parser = MarkdownIt("commonmark", {"html": False}).use(tasklists_plugin)
    if rtl:
        _set_latin_apart(parser)
    body = parser.render(markdown)
    # What the page is goes on the first page, after the title and the date it was printed.
    head, found, rest = body.partition("</p>\n")
    if found:
        body = f'{head}{found}<p class="about">{_text(_(ABOUT), rtl)}</p>\n{rest}'
    title = _(TITLE)
    style = f"{_STYLE}\n{_RTL_STYLE}" if rtl else _STYLE
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}"{_RTL_ATTRIBUTE if rtl else ""}>\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>\n{style}\n{_page_style(title, rtl)}\n"
        f"</style>\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n"
    )


def _page_style(title: str, rtl: bool) -> str:
    """The page's margins and foot: the title, and "Page 2 of 9" in the reader's digits."""
    style = "persian" if rtl else "decimal"
    page = _('"Page " {page} " of " {pages}').format(
        page=f"counter(page, {style})", pages=f"counter(pages, {style})"
    )
    return _PAGE.format(
        start="right" if rtl else "left",
        end="left" if rtl else "right",
        title=_css_string(title),
        page=page,
        font=_PERSIAN_FONTS if rtl else "Georgia, serif",
    )


def _css_string(text: str) -> str:
    """Text to put inside a CSS string in double quotes."""
    return re.sub(r'["\\\n]', lambda m: f"\\{ord(m.group()):x} ", text)


# Right to left: Latin runs set apart ---------------------------------------------------------

_PAIRS = {"“": "”", "‘": "’", '"': '"', "'": "'", "(": ")", "[": "]"}
"""Marks that open and close around a run: quotation marks and brackets."""
_CLOSERS = {closer: opener for opener, closer in _PAIRS.items()}


def _strong(char: str) -> str | None:
    """ "ltr" or "rtl" for a letter that decides a direction, None for a neutral character."""
    kind = unicodedata.bidirectional(char)
    if kind == "L":
        return "ltr"
    if kind in ("R", "AL"):
        return "rtl"
    return None


_PERSIAN_PUNCTUATION = "\u060c\u061b\u061f"
"""، ؛ ؟: Persian punctuation, which belongs to the Persian sentence around Latin runs."""


def latin_runs(text: str) -> list[tuple[int, int]]:
    """Where runs of left-to-right text stand in a right-to-left line: (start, end) of each.

    A run goes from its first strongly left-to-right letter to its last (and the Latin digits
    after it: "Android 14"), with whatever stands between; a quotation mark or bracket that opens
    right before it is taken in with the one that closes it, so that “quote” and (Settings >
    Account) stay whole, and a bracketed name ends its run: in "تلگرام (Telegram): Settings"
    the name stays beside the Persian word it glosses. Persian digits after a run are Persian
    text: "Iran، ۲۶ آبان".
    """
    runs: list[tuple[int, int]] = []
    start = last = None
    index = 0
    while index < len(text):
        char = text[index]
        strong = _strong(char)
        if start is None and strong == "ltr":
            closer = _bracketed(text, index)
            if closer is not None:
                runs.append((index - 1, closer + 1))
                index = closer + 1
                continue
        if strong == "ltr" or (start is not None and "0" <= char <= "9"):
            start = index if start is None else start
            last = index
        elif (
            (strong == "rtl" or char in _PERSIAN_PUNCTUATION)
            and start is not None
            and last is not None
        ):
            runs.append(_widen(text, start, last + 1))
            start = last = None
        index += 1
    if start is not None and last is not None:
        runs.append(_widen(text, start, last + 1))
    return runs


def _bracketed(text: str, start: int) -> int | None:
    """Where the bracket or quotation mark that opens right before `start` closes, if it closes
    before any right-to-left letter."""
    if start == 0 or text[start - 1] not in _PAIRS:
        return None
    opener = text[start - 1]
    closer = _PAIRS[opener]
    depth = 1
    for index in range(start, len(text)):
        char = text[index]
        if _strong(char) == "rtl":
            return None
        if char == closer and (opener == closer or depth == 1):
            return index
        if char == closer:
            depth -= 1
        elif char == opener:
            depth += 1
    return None


def _unclosed(segment: str, closer: str) -> bool:
    """Whether a segment leaves open a mark that `closer` closes."""
    opener = _CLOSERS[closer]
    if opener == closer:
        return segment.count(closer) % 2 == 1
    return segment.count(opener) > segment.count(closer)


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """A run with the closing marks after it that close what it (or the mark before it) opened,
    up to the next right-to-left letter; and that opening mark, once it is closed."""
    before = 1 if start > 0 and text[start - 1] in _PAIRS else 0
    ahead = end
    while ahead < len(text) and _strong(text[ahead]) is None:
        if text[ahead] in _CLOSERS and _unclosed(text[start - before : ahead], text[ahead]):
            end = ahead + 1
        ahead += 1
    if before and not _unclosed(text[start - 1 : end], _PAIRS[text[start - 1]]):
        start -= 1
    return start, end


def _text(text: str, rtl: bool) -> str:
    """Text escaped for HTML, with each Latin run in a right-to-left page in `<bdi>`."""
    if not rtl:
        return escape(text)
    parts = []
    at = 0
    for start, end in latin_runs(text):
        parts += [escape(text[at:start]), f"<bdi>{escape(text[start:end])}</bdi>"]
        at = end
    parts.append(escape(text[at:]))
    return "".join(parts)


def _set_latin_apart(parser) -> None:
    """Teach a parser to set Latin runs apart in `<bdi>`, and block quotes left to right.

    A run of English wrapped over lines of the Markdown is one run, not one per line: in a
    right-to-left paragraph two runs side by side would be read right to left, last line first.
    """

    def join_lines(state) -> None:
        for token in state.tokens:
            if token.type != "inline" or not token.children:
                continue
            joined = []
            for child in token.children:
                if child.type == "softbreak":
                    child.type, child.content = "text", "\n"
                if child.type == "text" and joined and joined[-1].type == "text":
                    joined[-1].content += child.content
                else:
                    joined.append(child)
            token.children = joined

    def text(renderer, tokens, index, options, env) -> str:
        return _text(tokens[index].content, rtl=True)

    def quote_open(renderer, tokens, index, options, env) -> str:
        return '<blockquote dir="ltr" lang="en">\n'

    parser.core.ruler.push("separ_join_lines", join_lines)
    parser.add_render_rule("text", text)
    parser.add_render_rule("blockquote_open", quote_open)

"""Pack text shows exactly as written in the Markdown and HTML exports, whatever it contains."""

from __future__ import annotations

import random
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from markdown_it import MarkdownIt
from mdit_py_plugins.tasklists import tasklists_plugin

from separ.export import ExportOptions, render
from separ.export.escape import escape_markdown, one_line
from separ.export.markdown import source_line
from separ.export.select import TITLE
from separ.pack import load_pack
from separ.pack.model import OWN_ADVICE, Citation, Credit, Document, Item, Pack, Section
from separ.safe import safe

TODAY = date(2026, 11, 23)

SEED = (
    "A short report.\n"
    "\n"
    "The group [PMOI/MEK] said *urgent* things about <b>tags</b> & `ticks` —\n"
    "“quoted” and ‘single’ … [Ali Khamenei] [/MEK] _under_ score.\n"
)
QUOTE = "[PMOI/MEK] said *urgent* things about <b>tags</b> & `ticks` — “quoted”"

NASTY_STEPS = [
    "# not a heading",
    "1. not a list",
    "2) not a list either",
    "- not a bullet",
    "+ not a bullet",
    "> not a quote",
    "`code` and ``double`` ticks",
    "a \\ backslash, &amp; &#169; &copy; entities & ampersand",
    "| a | b |",
    "~~not struck~~",
    "---",
    "***",
    "![image](http://example.org/i.png)",
    "<http://example.org> and <img src=x onerror=alert(1)>",
    "[PMOI/MEK] and [ ] and [x] boxes",
    "line ends with a backslash \\",
]


def write_tricky_pack(root: Path) -> Path:
    """A pack whose every text is full of Markdown and HTML syntax."""
    (root / "guidance").mkdir(parents=True)
    (root / "seeds").mkdir()
    (root / "seeds" / "tricky.txt").write_text(SEED, encoding="utf-8")
    catalogue = {
        "documents": [
            {
                "id": "tricky-doc",
                "file": "tricky.txt",
                "title": "*Title* with <i>tags</i> [PMOI/MEK]",
                "publisher": "_Outlet_ & Co",
                "date": "2020-11-16",
            }
        ]
    }
    section = {
        "id": "tricky-section",
        "title": "Section *one* [PMOI/MEK] <script>",
        "summary": "# Not a heading: `code` and _x_",
        "items": [
            {
                "id": "star-item",
                "title": "*bold* and _x_ and **strong** and <script>alert(1)</script>",
                "level": "essential",
                "why": "[link](http://x) and <script>alert(1)</script> and `tick`",
                "steps": NASTY_STEPS,
                "citations": [{"document": "tricky-doc", "quote": QUOTE, "role": "advice"}],
            },
            {
                "id": "bracket-item",
                "title": "[PMOI/MEK] “typographic” ‘quotes’ — and … 1. no list",
                "level": "advanced",
                "why": "1. Not a list.",
                "steps": ["# Step that looks like a heading"],
                "citations": [
                    {"document": "tricky-doc", "quote": "[Ali Khamenei] [/MEK]", "role": "threat"}
                ],
            },
        ],
    }
    (root / "seeds" / "sources.yaml").write_text(
        yaml.safe_dump(catalogue, allow_unicode=True), encoding="utf-8"
    )
    (root / "guidance" / "01-tricky.yaml").write_text(
        yaml.safe_dump(section, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    return root


@pytest.fixture
def tricky_pack(tmp_path: Path) -> Pack:
    """The tricky pack, loaded through the real loader."""
    return load_pack(write_tricky_pack(tmp_path / "tricky"))


def parser(html: bool = False) -> MarkdownIt:
    """A CommonMark parser with task lists, like the HTML export (or with raw HTML allowed)."""
    return MarkdownIt("commonmark", {"html": html}).use(tasklists_plugin)


ALLOWED_INLINE = {"text", "softbreak", "strong_open", "strong_close"}


def shown_texts(markdown: str, html: bool = False) -> list[str]:
    """The text of every inline run, as a renderer shows it; fails on any unexpected markup."""
    texts = []
    for token in parser(html).parse(markdown):
        if token.type != "inline":
            continue
        parts = []
        for child in token.children or []:
            if child.type == "html_inline" and "task-list-item-checkbox" in child.content:
                continue
            assert child.type in ALLOWED_INLINE, f"{child.type} in {token.content!r}"
            parts.append(" " if child.type == "softbreak" else child.content)
        texts.append(flat("".join(parts)))
    return texts


def flat(text: str) -> str:
    """Text with runs of spaces and line breaks made one space (no-break spaces kept)."""
    return re.sub(r"[ \t\n]+", " ", text).strip(" ")


def block_types(markdown: str) -> set[str]:
    """Every kind of block the Markdown parses into."""
    return {token.type for token in parser().parse(markdown) if token.type != "inline"}


def expected_texts(pack: Pack, checklist_status: str) -> list[str]:
    """The inline runs an export of the whole pack should show, in order: each as written, with
    only what `separ.safe` makes visible changed."""
    texts = [TITLE, checklist_status]
    for section in pack.sections:
        texts += [one_line(section.title), one_line(section.summary)]
        for item in section.items:
            texts += [f"{one_line(item.title)} ({item.level})", f"Why: {one_line(item.why)}"]
            texts += ["Steps:", *(one_line(step) for step in item.steps)]
            own = [OWN_ADVICE] if item.own_advice else []
            texts += ["Sources:", *own, *(source_line(c) for c in item.citations)]
    return [safe(text) for text in texts]


def test_tricky_pack_renders_literally_in_markdown(tricky_pack: Pack) -> None:
    markdown = render(tricky_pack, {"star-item"}, today=TODAY)
    expected = expected_texts(tricky_pack, "Printed 23 November 2026 · 1 of 2 done")
    assert shown_texts(markdown) == expected


def test_tricky_pack_renders_literally_where_raw_html_is_allowed(tricky_pack: Pack) -> None:
    markdown = render(tricky_pack, set(), today=TODAY)
    assert shown_texts(markdown, html=True) == expected_texts(
        tricky_pack, "Printed 23 November 2026 · 0 of 2 done"
    )
    assert "<script" not in parser(html=True).render(markdown)


def test_tricky_pack_makes_no_blocks_of_its_own(tricky_pack: Pack) -> None:
    types = block_types(render(tricky_pack, set(), today=TODAY))
    for unwanted in ("blockquote_open", "fence", "code_block", "hr", "html_block"):
        assert unwanted not in types
    headings = [t for t in parser().parse(render(tricky_pack, set())) if t.type == "heading_open"]
    assert [t.tag for t in headings] == ["h1", "h2"]


def test_quote_with_brackets_and_typographic_characters_shows_exactly(tricky_pack: Pack) -> None:
    texts = shown_texts(render(tricky_pack, set(), today=TODAY))
    label = "The threat this answers, as the source describes it"
    assert any(text.startswith(f"{label}: “[Ali Khamenei] [/MEK]” — ") for text in texts)
    assert any(f"“{QUOTE}”" in text for text in texts)
    assert "*Title* with <i>tags</i> [PMOI/MEK] — _Outlet_ & Co, 16 November 2020" in " ".join(
        texts
    )


class _TextOf(HTMLParser):
    """Collects the text a browser would show, and every tag and attribute."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += attrs
        if tag in ("style", "title"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "title"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.text.append(data)


def test_tricky_pack_shows_literally_in_html(tricky_pack: Pack) -> None:
    page = render(tricky_pack, {"bracket-item"}, "html", today=TODAY)
    assert "<script" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    seen = _TextOf()
    seen.feed(page)
    assert set(seen.tags) <= {
        "html", "head", "meta", "title", "style", "body", "main",
        "h1", "h2", "p", "ul", "ol", "li", "strong", "input",
    }  # fmt: skip
    assert not [name for name, _ in seen.attrs if name in ("href", "src", "action", "onerror")]
    shown = flat("".join(seen.text))
    for text in expected_texts(tricky_pack, "Printed 23 November 2026 · 1 of 2 done"):
        assert text in shown


def test_tricky_pack_text_export_keeps_every_character(tricky_pack: Pack) -> None:
    text = render(tricky_pack, set(), "text", today=TODAY)
    shown = flat(text)
    for expected in expected_texts(tricky_pack, "Printed 23 November 2026, 0 of 2 done"):
        assert expected in shown
    assert "\\" + "*" not in text  # no Markdown escapes leak into plain text


# Every kind of text, placed everywhere the export puts pack text ------------------------------

ALPHABET = [
    *"*_[]()<>`#+-=.!|~&\\;:/ '\"“”—…\t\n\r\x0b",
    *"\xa0\u2003\u2028\u200b\ufeff\u202eـ",  # spaces and marks Markdown may trim or split on
    "1.", "2)", "\u06f1.", "\u0661)", "&amp;", "&#169;", "<script>", "</b>", "http://x", "[x] ",
    "word", "a", "",
]  # fmt: skip


def _random_text(rng: random.Random) -> str:
    while True:
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 14)))
        if one_line(text):
            return text


def _pack_of(rng: random.Random) -> Pack:
    """A one-item pack built directly from the model, every text drawn at random."""
    quote = _random_text(rng)
    document = Document(
        id="doc",
        file="doc.txt",
        path=Path("doc.txt"),
        credit=Credit(_random_text(rng), _random_text(rng), _random_text(rng), "2021-01-04"),
        text=f"before {quote} after",
    )
    citation = Citation(document, quote, 7, 7 + len(quote), 1, 8)
    item = Item(
        id="item",
        section_id="section",
        title=_random_text(rng) + " " + _random_text(rng),
        level="recommended",
        why=" ".join(_random_text(rng) for _ in range(12)),
        steps=tuple(_random_text(rng) for _ in range(3)),
        citations=(citation,),
    )
    section = Section("section", _random_text(rng), _random_text(rng), (item,), Path("s.yaml"))
    return Pack(Path("."), (section,), (document,))


@pytest.mark.parametrize("seed", range(200))
def test_random_text_renders_literally(seed: int) -> None:
    rng = random.Random(seed)
    pack = _pack_of(rng)
    done = {"item"} if seed % 2 else set()
    markdown = render(pack, done, today=TODAY)
    status = f"Printed 23 November 2026 · {len(done)} of 1 done"
    assert shown_texts(markdown) == expected_texts(pack, status), markdown
    assert block_types(markdown) <= {
        "heading_open", "heading_close", "paragraph_open", "paragraph_close",
        "bullet_list_open", "bullet_list_close", "ordered_list_open", "ordered_list_close",
        "list_item_open", "list_item_close",
    }  # fmt: skip
    tasks = [t for t in parser().parse(markdown) if t.attrGet("class") == "task-list-item"]
    assert len(tasks) == 1


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("# heading", "\\# heading"),
        ("1. list", "1\\. list"),
        ("12) list", "12\\) list"),
        ("- bullet", "\\- bullet"),
        ("+ bullet", "\\+ bullet"),
        ("> quote", "\\> quote"),
        ("*a* _b_ `c`", "\\*a\\* \\_b\\_ \\`c\\`"),
        ("[PMOI/MEK]", "\\[PMOI/MEK\\]"),
        ("<script>", "\\<script\\>"),
        ("Tom & Jerry &amp;", "Tom & Jerry \\&amp;"),
        ("plain words, e.g. this (one)!", "plain words, e.g. this (one)!"),
        ("  two\n lines  ", "two lines"),
    ],
)
def test_escape_markdown(text: str, escaped: str) -> None:
    assert escape_markdown(text) == escaped


def test_blank_export_of_tricky_pack_has_no_ticks(tricky_pack: Pack) -> None:
    markdown = render(tricky_pack, {"star-item", "bracket-item"}, options=ExportOptions(blank=True))
    assert "[x]" not in markdown
    assert "checked" not in parser().render(markdown)

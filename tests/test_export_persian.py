"""Exports in Persian: Markdown, text and the web page, from a pack with part of it translated.

What is translated reads in Persian; what is not shows in English, marked; quotes stay verbatim
English with Separ's translation under them, marked as one; dates are Solar Hijri and counts in
Persian digits; the page is set right to left, Latin runs apart in <bdi>.
"""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from persian import ITEMS, SECTION_ID, SUMMARY, TITLE, UNTRANSLATED_ITEM, write_translation
from separ.export import ExportOptions, render, save_export
from separ.export.escape import escape_markdown
from separ.export.html import latin_runs
from separ.i18n import current_language, use_language
from separ.pack import Pack, load_pack

TODAY = date(2026, 11, 23)
PRINTED = "چاپ‌شده در ۲ آذر ۱۴۰۵"
ONE_SECTION = ExportOptions(sections=(SECTION_ID,))


@pytest.fixture
def pack(pack_copy: Path) -> Pack:
    """The built-in pack in Persian, its first section partly translated."""
    write_translation(pack_copy)
    return load_pack(pack_copy, lang="fa")


@pytest.fixture(autouse=True)
def _english_after() -> None:
    """Each test starts and ends speaking English, whatever an export spoke meanwhile."""
    use_language("en")
    yield
    use_language("en")


def first_done(pack: Pack) -> set[str]:
    return {pack.items[0].id}


def collapse(text: str) -> str:
    return " ".join(text.split())


def readable(out: str, fmt: str) -> str:
    """What a person reads: for Markdown, without its quote marks, emphasis and escapes."""
    if fmt == "markdown":
        out = re.sub(r"(?m)^\s*> ?", "", out).replace("**", "")
        out = re.sub(r"\\(.)", r"\1", out)
    return collapse(out)


# Markdown and text ------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_header_has_the_solar_hijri_date_and_persian_counts(pack: Pack, fmt: str) -> None:
    out = render(pack, first_done(pack), fmt, ONE_SECTION, today=TODAY)
    total = len(pack.section(SECTION_ID).items)
    assert f"{PRINTED}؛ ۱ از {'۰۱۲۳۴۵۶۷۸۹'[total]} مورد انجام شده" in out
    assert "سپر: چک‌لیست امنیت دیجیتال" in out.splitlines()[0]
    header = "\n".join(out.splitlines()[:4])
    assert not re.search(r"[0-9]", header), header


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_translated_text_reads_in_persian(pack: Pack, fmt: str) -> None:
    out = readable(render(pack, set(), fmt, ONE_SECTION, today=TODAY), fmt)
    assert TITLE in out and collapse(SUMMARY) in out
    for texts in ITEMS.values():
        assert texts["title"] in out
        assert collapse(texts["why"]) in out
    for label in ("چرا:", "گام‌ها:", "منابع:"):
        assert label in out
    assert "Why:" not in out and "Steps:" not in out and "Sources:" not in out


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_untranslated_text_shows_in_english_marked(pack: Pack, fmt: str) -> None:
    out = readable(render(pack, set(), fmt, today=TODAY), fmt)
    english = load_pack(pack.root)
    item = english.item(UNTRANSLATED_ITEM)
    assert f"{item.title} (توصیه‌شده؛ هنوز ترجمه نشده)" in out
    assert f"{item.title} (توصیه‌شده)" not in out
    second = english.sections[1]
    assert f"(هنوز ترجمه نشده) {collapse(second.summary)}" in out


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_quotes_stay_verbatim_english_with_their_marked_translation(pack: Pack, fmt: str) -> None:
    out = readable(render(pack, set(), fmt, ONE_SECTION, today=TODAY), fmt)
    item = pack.item("verify-identity-before-sharing")
    quote = collapse(item.citations[0].passage)
    translation = ITEMS[item.id]["quotes"][0]
    assert f"“{quote}”" in out
    assert f"ترجمه: «{translation}»" in out
    assert out.index(quote) < out.index(translation)
    # A quote not yet translated says so, under the English.
    untranslated = pack.item("limit-who-can-add-or-call-you").citations[1]
    after = out[out.index(collapse(untranslated.passage)) :]
    assert after.split("”", 1)[1].lstrip().startswith("ترجمه: (هنوز ترجمه نشده)")
    # Whose words are whose is said once, at the top.
    assert out.count("ترجمهٔ زیر هر کدام کار سپر است") == 1


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_roles_own_advice_and_places_are_said_in_persian(pack: Pack, fmt: str) -> None:
    out = readable(render(pack, set(), fmt, today=TODAY), fmt)
    assert "منبع همین کار را توصیه می‌کند:" in out
    assert "تهدیدی که این مورد به آن پاسخ می‌دهد، به روایت منبع:" in out
    assert "این توصیه از خودِ سپر است: منابعِ زیر تهدیدی را" in out
    inside = next(i for i in pack.items if i.applies == "inside")
    assert f"{inside.title} (" in out
    assert "؛ فقط برای کسانی که داخل ایران هستند" in out
    assert "(line " not in out and re.search(r"\(سطر [۰-۹]+\)", out)


def test_step_numbers_are_persian_in_text_and_list_syntax_in_markdown(pack: Pack) -> None:
    text = render(pack, set(), "text", ONE_SECTION, today=TODAY)
    markdown = render(pack, set(), "markdown", ONE_SECTION, today=TODAY)
    assert "      ۱. از آشنای تازه" in text
    assert "    1. از آشنای تازه" in markdown


def test_markdown_escaping_keeps_the_half_space() -> None:
    word = "می\u200cخواهید پیام\u200cها"
    assert escape_markdown(word) == word
    assert escape_markdown(f"# {word}") == f"\\# {word}"


def test_markdown_keeps_every_half_space_of_the_translation(pack: Pack) -> None:
    out = render(pack, set(), "markdown", ONE_SECTION, today=TODAY)
    assert "\u200c" in out
    assert "می‌شناسد" in out and "می شناسد" not in out


def test_an_export_in_persian_leaves_the_interface_in_its_language(pack: Pack) -> None:
    render(pack, set(), "markdown", ONE_SECTION, today=TODAY)
    assert current_language() == "en"
    english = render(pack, set(), "markdown", ONE_SECTION, today=TODAY, lang="en")
    assert "Printed 23 November 2026" in english and "Why:" in english


def test_save_export_writes_the_language_asked_for(pack: Pack) -> None:
    saved = save_export(pack, set(), "text", ONE_SECTION, TODAY, lang="fa")
    assert PRINTED in saved.path.read_text(encoding="utf-8")


# The web page ----------------------------------------------------------------------------------


class _Page(HTMLParser):
    """Tags with their attributes, the text of each <bdi>, and the text outside markup."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.bdi: list[str] = []
        self.quotes: list[str] = []
        self.text: list[str] = []
        self._open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "bdi":
            self.bdi.append("")
        if tag == "blockquote":
            self.quotes.append("")
        self._open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._open and self._open[-1] == tag:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        if "style" in self._open or "title" in self._open:
            return
        self.text.append(data)
        if "bdi" in self._open:
            self.bdi[-1] += data
        if "blockquote" in self._open:
            self.quotes[-1] += data


@pytest.fixture
def page(pack: Pack) -> _Page:
    parsed = _Page()
    parsed.feed(render(pack, first_done(pack), "html", today=TODAY))
    return parsed


def test_page_is_persian_and_right_to_left(page: _Page) -> None:
    html = next(attrs for tag, attrs in page.tags if tag == "html")
    assert html == {"lang": "fa", "dir": "rtl"}
    text = collapse("".join(page.text))
    assert text.startswith("سپر: چک‌لیست امنیت دیجیتال")
    assert PRINTED in text
    assert "چک‌لیست امنیت دیجیتال، چاپ‌شده از سپر." in text


def test_latin_runs_are_set_apart_in_bdi(pack: Pack, page: _Page) -> None:
    bdi = [collapse(b) for b in page.bdi]
    assert "(Telegram)" in bdi
    assert "Settings > Privacy and Security > Groups & Channels" in bdi
    assert "My Contacts" in bdi
    credit = collapse(pack.item("verify-identity-before-sharing").citations[0].credit.line())
    assert any(credit.startswith(b) and b for b in bdi)
    # No Persian letter is inside a <bdi>: each holds only a Latin run.
    assert not [b for b in bdi if re.search("[\u0600-\u06ff]", b)]


def test_quotes_are_left_to_right_blocks_with_the_verbatim_english(pack: Pack, page: _Page) -> None:
    quotes = [attrs for tag, attrs in page.tags if tag == "blockquote"]
    assert quotes and all(q == {"dir": "ltr", "lang": "en"} for q in quotes)
    passage = collapse(pack.item("verify-identity-before-sharing").citations[0].passage)
    assert f"“{passage}”" in [collapse(q) for q in page.quotes]


def test_page_prints_persian_from_system_fonts_and_fetches_none(pack: Pack) -> None:
    html = render(pack, set(), "html", ONE_SECTION, today=TODAY)
    style = html[html.index("<style>") : html.index("</style>")]
    assert re.search(
        r'font-family: Vazirmatn, "Noto Naskh Arabic", "Noto Sans Arabic", Tahoma', style
    )
    assert "@font-face" not in style and "url(" not in style
    assert "list-style-type: persian" in style
    assert 'counter(page, persian) " از " counter(pages, persian)' in style
    assert '@bottom-right { content: "سپر: چک‌لیست امنیت دیجیتال"' in style
    assert "margin-inline-end" in style  # the box stands before the title, on the right


def test_english_page_is_unchanged_left_to_right(pack: Pack) -> None:
    html = render(pack, set(), "html", ONE_SECTION, today=TODAY, lang="en")
    assert '<html lang="en">' in html
    assert "<bdi>" not in html and "Vazirmatn" not in html
    assert '"Page " counter(page, decimal) " of " counter(pages, decimal)' in html


def test_markup_in_a_translation_stays_text(pack_copy: Path) -> None:
    path = write_translation(pack_copy)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["summary"] = "<script>alert(1)</script> **پررنگ** [لینک](javascript:x)"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    html = render(load_pack(pack_copy, lang="fa"), set(), "html", ONE_SECTION, today=TODAY)
    parsed = _Page()
    parsed.feed(html)
    assert {tag for tag, _attrs in parsed.tags} <= {
        *("html", "head", "meta", "title", "style", "body", "main", "h1", "h2", "p", "ul", "ol"),
        *("li", "input", "strong", "blockquote", "bdi"),
    }
    assert not [attrs for _tag, attrs in parsed.tags if "href" in attrs or "src" in attrs]
    shown = "".join(parsed.text)
    assert "<script>alert(1)</script> **پررنگ** [لینک](javascript:x)" in shown


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("در تلگرام (Telegram): Settings > Calls (در گوشی", ["(Telegram)", "Settings > Calls"]),
        (
            "بروید (Settings > Account > Registration Lock) و",
            ["(Settings > Account > Registration Lock)"],
        ),
        ("گفت “insist on the truth.” و رفت", ["“insist on the truth.”"]),
        ("نسخهٔ Android 14 به بالا", ["Android 14"]),
        (
            "منبع: HRANA — Rights Activists in Iran، ۲۶ آبان ۱۳۹۹",
            ["HRANA — Rights Activists in Iran"],
        ),
        ("گزینهٔ «Who can add me» را", ["Who can add me"]),
        # A list with Persian commas: each name a run, so that the list reads from the right.
        ("از Google Play، App Store یا F-Droid؛ نه", ["Google Play", "App Store", "F-Droid"]),
        ("فقط فارسی", []),
    ],
)
def test_latin_runs_in_a_persian_line(text: str, runs: list[str]) -> None:
    assert [text[start:end] for start, end in latin_runs(text)] == runs


@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_english_not_yet_translated_keeps_its_full_stop_at_its_end(pack: Pack, fmt: str) -> None:
    """An English sentence in a right-to-left text ends with LRM after its full stop, or a
    viewer sets the stop at the far (left) end of the line, before the sentence."""
    out = render(pack, set(), fmt, today=TODAY)
    english = load_pack(pack.root).item(UNTRANSLATED_ITEM)
    assert english.why.endswith(".")
    assert f"{english.why.split()[-1]}\u200e" in out
    translated = ITEMS["verify-identity-before-sharing"]["why"]
    assert f"{translated.split()[-1]}\u200e" not in out  # Persian needs no mark


def test_the_page_sets_an_english_sentence_apart_with_its_full_stop(pack: Pack) -> None:
    parsed = _Page()
    parsed.feed(render(pack, set(), "html", today=TODAY))
    why = collapse(load_pack(pack.root).item(UNTRANSLATED_ITEM).why)
    assert f"{why}\u200e" in [collapse(b) for b in parsed.bdi]

"""The HTML export: one self-contained page for printing, with nothing that loads or runs."""

from __future__ import annotations

import re
from datetime import date
from html import escape
from html.parser import HTMLParser

import pytest

from separ.export import ExportOptions, render
from separ.export.escape import one_line
from separ.export.select import item_tags
from separ.pack import Pack, load_pack

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def pack() -> Pack:
    """The built-in pack."""
    return load_pack()


@pytest.fixture(scope="module")
def page(pack: Pack) -> str:
    """The whole pack as HTML, with every other item done."""
    done = {item.id for n, item in enumerate(pack.items) if n % 2}
    return render(pack, done, "html", today=TODAY)


class _Page(HTMLParser):
    """Every tag with its attributes, and the text shown outside <style> and <title>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._hidden += tag in ("style", "title")

    def handle_endtag(self, tag: str) -> None:
        self._hidden -= tag in ("style", "title")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.text.append(data)


def read(page: str) -> _Page:
    """Parse a page."""
    parsed = _Page()
    parsed.feed(page)
    return parsed


def test_no_scripts_and_nothing_loaded_from_anywhere(page: str) -> None:
    assert "<script" not in page.lower()
    parsed = read(page)
    for tag, attrs in parsed.tags:
        assert tag not in ("script", "link", "img", "iframe", "object", "a", "form")
        assert not {"href", "src", "srcset", "action"} & set(attrs), (tag, attrs)
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
    style = page.split("<style>")[1].split("</style>")[0]
    assert "url(" not in style and "@import" not in style and "http" not in style


def test_content_security_policy_forbids_loading_and_scripts(page: str) -> None:
    policy = next(
        attrs["content"]
        for tag, attrs in read(page).tags
        if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy"
    )
    assert "default-src 'none'" in (policy or "")


def test_every_item_shows_with_its_box(pack: Pack, page: str) -> None:
    parsed = read(page)
    shown = re.sub(r"[ \t\n]+", " ", "".join(parsed.text))
    for item in pack.items:
        assert f"{one_line(item.title)} ({item_tags(item)})" in shown
    boxes = [attrs for tag, attrs in parsed.tags if tag == "input"]
    assert len(boxes) == len(pack.items)
    assert all(attrs.get("type") == "checkbox" and "disabled" in attrs for attrs in boxes)
    ticked = ["checked" in attrs for attrs in boxes]
    assert ticked == [bool(n % 2) for n in range(len(pack.items))]


def test_page_is_complete_and_titled(page: str) -> None:
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert '<meta charset="utf-8">' in page
    assert f"<title>{escape('Separ: digital-safety checklist')}</title>" in page
    assert page.rstrip().endswith("</html>")


def test_print_styles_keep_headings_with_what_follows_and_boxes_visible(page: str) -> None:
    """How the pages really break is tested in a browser (test_export_print.py)."""
    style = page.split("<style>")[1].split("</style>")[0]
    assert "@media print" in style
    assert re.search(r"h1, h2, h2 \+ p \{[^}]*break-after: avoid", style)
    assert re.search(r"li\.task-list-item > p \{[^}]*break-after: avoid", style)
    assert re.search(r"input\.task-list-item-checkbox \{[^}]*border: 2px solid #000", style)


def test_blank_sheet_has_no_ticked_box(pack: Pack) -> None:
    every = {item.id for item in pack.items}
    page = render(pack, every, "html", ExportOptions(blank=True), today=TODAY)
    assert 'checked="checked"' not in page
    assert page.count('type="checkbox"') == len(pack.items)


def test_html_says_the_role_of_each_source_and_marks_separs_own_advice() -> None:
    page = render(load_pack(), set(), "html", today=date(2026, 11, 23))
    assert "The source recommends this: “" in page
    assert "The threat this answers, as the source describes it: “" in page
    assert "This advice is Separ&#x27;s own" in page or "This advice is Separ's own" in page

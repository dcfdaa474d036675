"""The HTML export printed by a real browser: headless Chromium prints it to PDF on A4 and on
Letter, and the pages' text (pdftotext) is read as a person would read the paper.

Skipped where Chromium or poppler's pdftotext is not installed (Debian: chromium, poppler-utils).
The browser runs in a subprocess on a local file, with its background networking turned off.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from separ.export import render
from separ.export.html import ABOUT
from separ.export.select import TITLE, item_tags
from separ.i18n import _, speaking
from separ.pack import Pack, load_pack

CHROMIUM = shutil.which("chromium")
PDFTOTEXT = shutil.which("pdftotext")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and PDFTOTEXT), reason="needs chromium and pdftotext (poppler-utils)"
)

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
FOOTER = re.compile(rf"^{re.escape(TITLE)}\s*$|^Page \d+ of \d+\s*$")
"""The lines the page's own margin boxes print at the foot of every page (after its text)."""


def collapse(text: str) -> str:
    """Text with every run of white space made one space."""
    return " ".join(text.split())


def print_text(page: str, paper: str, tmp_path: Path, browser_margins: bool = False) -> str:
    """Print an HTML page on a paper size and read the text back, pages apart by form feeds.
    The browser's own header and footer are printed only if asked for."""
    html = tmp_path / f"sheet-{paper}.html"
    # What choosing the paper in the print dialog does.
    html.write_text(page.replace("</style>", f"@page {{ size: {paper}; }}\n</style>"), "utf-8")
    pdf = tmp_path / f"sheet-{paper}.pdf"
    own = () if browser_margins else ("--no-pdf-header-footer",)
    subprocess.run(
        [
            CHROMIUM,
            *FLAGS,
            *own,
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--print-to-pdf={pdf}",
            html.as_uri(),
        ],
        check=True,
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=180,
    )
    return subprocess.run(
        [PDFTOTEXT, str(pdf), "-"], check=True, capture_output=True, text=True, timeout=60
    ).stdout


def print_pages(page: str, paper: str, tmp_path: Path) -> list[list[str]]:
    """Print an HTML page on a paper size; each printed page as its lines of text, the page's
    own foot left out."""
    text = print_text(page, paper, tmp_path)
    pages = []
    for chunk in text.split("\f"):
        lines = [line for line in chunk.splitlines() if line.strip()]
        while lines and FOOTER.match(lines[-1]):
            lines.pop()
        if lines:
            pages.append(lines)
    return pages


@pytest.fixture(scope="module")
def pack() -> Pack:
    """The built-in pack."""
    return load_pack()


@pytest.fixture(scope="module")
def page(pack: Pack) -> str:
    """The whole checklist as HTML, with a few items done."""
    done = {item.id for item in pack.items[::3]}
    return render(pack, done, "html", today=date(2026, 11, 23))


def test_printed_pages_carry_no_address_of_the_file(page: str, tmp_path: Path) -> None:
    """Browsers print the file's address in their own margins; it names the person's folders."""
    text = print_text(page, "A4", tmp_path, browser_margins=True)
    assert "file:" not in text
    assert tmp_path.name not in text
    assert "Page 1 of" in text


def headings(pack: Pack) -> list[str]:
    """Everything that introduces what follows: section titles and summaries, item titles."""
    found = []
    for section in pack.sections:
        found += [collapse(section.title), collapse(section.summary)]
        found += [collapse(f"{item.title} ({item_tags(item)})") for item in section.items]
    return found


@pytest.mark.parametrize("paper", ["A4", "letter"])
def test_printed_pages_never_end_with_a_heading(
    pack: Pack, page: str, paper: str, tmp_path: Path
) -> None:
    pages = print_pages(page, paper, tmp_path)
    assert len(pages) > 2
    ending = []
    for number, lines in enumerate(pages[:-1], 1):
        tail = collapse(" ".join(lines[-3:]))
        ending += [(number, h) for h in headings(pack) if tail.endswith(h)]
    assert not ending, f"pages ending with a heading on {paper}: {ending}"


@pytest.mark.parametrize("paper", ["A4", "letter"])
def test_printed_pages_are_not_left_near_empty(page: str, paper: str, tmp_path: Path) -> None:
    pages = print_pages(page, paper, tmp_path)
    fullest = max(len(lines) for lines in pages)
    short = [n for n, lines in enumerate(pages[:-1], 1) if len(lines) < fullest / 2]
    assert not short, f"pages less than half full on {paper}: {short}"


def test_the_first_printed_page_says_what_it_is_and_when_it_was_printed(
    page: str, tmp_path: Path
) -> None:
    first = collapse(" ".join(print_pages(page, "A4", tmp_path)[0]))
    assert first.startswith(TITLE)
    assert "Printed 23 November 2026" in first
    assert collapse(ABOUT) in first


# The page in Persian ----------------------------------------------------------------------------

PERSIAN_TITLE = "سپر: چک‌لیست امنیت دیجیتال"
ARABIC_FONTS = ("Vazirmatn", "NotoNaskhArabic", "NotoSansArabic", "Tahoma")


def letters(text: str) -> str:
    """Only the letters and digits of a text, in order: how pdftotext writes right-to-left lines
    (direction marks around runs, a neutral mark or space on the other side of a run, the hamza
    of «هٔ» after its letter) does not matter then."""
    return "".join(c for c in text if c.isalnum())


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the Persian page is printed, once per paper size, for every test to read."""
    return tmp_path_factory.mktemp("printed")


@pytest.fixture(scope="module")
def persian(tmp_path_factory: pytest.TempPathFactory) -> tuple[Pack, str]:
    """The whole checklist in Persian, its first section partly translated (tests/persian.py),
    the rest in English marked as not yet translated; a few items done."""
    import shutil

    from persian import write_translation
    from separ.pack import builtin_pack_dir

    root = tmp_path_factory.mktemp("persian") / "pack"
    for name in ("guidance", "seeds", "trusted", "situations", "help"):
        if (builtin_pack_dir() / name).is_dir():
            shutil.copytree(builtin_pack_dir() / name, root / name)
    write_translation(root)
    pack = load_pack(root, lang="fa")
    done = {item.id for item in pack.items[::3]}
    return pack, render(pack, done, "html", today=date(2026, 11, 23))


_printed: dict[str, list[list[str]]] = {}


def persian_pages(page: str, paper: str, folder: Path) -> list[list[str]]:
    """The Persian page printed on a paper size into a folder (once per size), each page as
    its lines of text without the page's own foot."""
    if paper not in _printed:
        foot = {letters(PERSIAN_TITLE)}
        pages = []
        for chunk in print_text(page, paper, folder).split("\f"):
            lines = [line for line in chunk.splitlines() if letters(line)]
            while lines and (
                letters(lines[-1]) in foot or re.fullmatch("صفحه[۰-۹]+از[۰-۹]+", letters(lines[-1]))
            ):
                lines.pop()
            if lines:
                pages.append(lines)
        _printed[paper] = pages
    return _printed[paper]


def persian_headings(pack: Pack) -> list[str]:
    """Section titles and summaries, item titles with their tags, as letters."""
    from separ.export.select import untranslated

    found = []
    with speaking("fa"):
        for section in pack.sections:
            summary = section.summary
            if untranslated(section.lang):
                summary = f"(هنوز ترجمه نشده) {summary}"
            found += [letters(section.title), letters(summary)]
            found += [letters(f"{item.title} ({item_tags(item)})") for item in section.items]
    return found


@pytest.mark.parametrize("paper", ["A4", "letter"])
def test_persian_pages_never_end_with_a_heading(
    persian: tuple[Pack, str], paper: str, printed: Path
) -> None:
    pack, page = persian
    pages = persian_pages(page, paper, printed)
    assert len(pages) > 2
    ending = []
    for number, lines in enumerate(pages[:-1], 1):
        tail = letters(" ".join(lines[-3:]))
        ending += [(number, h) for h in persian_headings(pack) if h and tail.endswith(h)]
    assert not ending, f"pages ending with a heading on {paper}: {ending}"


def test_the_first_persian_page_says_what_it_is_and_when_in_persian(
    persian: tuple[Pack, str], printed: Path
) -> None:
    first = letters(" ".join(persian_pages(persian[1], "A4", printed)[0]))
    assert first.startswith(letters(PERSIAN_TITLE))
    assert letters("چاپ‌شده در ۲ آذر ۱۴۰۵") in first
    with speaking("fa"):
        about = letters(_(ABOUT))
    assert about in first


def test_persian_prints_in_an_arabic_script_font_its_words_whole(
    persian: tuple[Pack, str], printed: Path
) -> None:
    """The letters come out of a font that has them, shaped (the words read back whole), not
    as empty boxes; the English quotes and menu paths come out as written."""
    pack, page = persian
    text = "\n".join(" ".join(lines) for lines in persian_pages(page, "A4", printed))
    words = letters(text)
    for phrase in (
        "بدانید با چه کسی حرف می‌زنید",
        "از آشنای تازه بپرسید",
        "منبع همین کار را توصیه می‌کند",
    ):
        assert letters(phrase) in words, phrase
    quote = pack.item("verify-identity-before-sharing").citations[0].passage
    assert letters(quote) in words
    assert letters("Settings > Privacy and Security > Groups & Channels") in words
    fonts = subprocess.run(
        ["pdffonts", str(printed / "sheet-A4.pdf")], capture_output=True, text=True, timeout=60
    ).stdout
    assert any(name in fonts for name in ARABIC_FONTS), fonts

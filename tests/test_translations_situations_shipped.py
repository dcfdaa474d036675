"""The skeleton script for situations, Start here and contacts, and the Persian that ships: the
script keeps every translation word for word, and the shipped translation is complete, current,
follows the glossary's letters and leaves every address as the English gives it."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from separ.pack import Problem, check_pack, load_pack
from separ.pack.translations_situations import end_fingerprint
from test_translations_situations import (
    CONTACTS,
    SITUATION,
    contacts_file,
    make_pack,
    situation_file,
    translate_everything,
)

REPO = Path(__file__).resolve().parent.parent
PERSIAN_FILES = sorted(
    [*(REPO / "situations" / "fa").glob("*.yaml"), *(REPO / "help" / "fa").glob("*.yaml")]
)

# Characters the glossary (guidance/fa/GLOSSARY.md, section 6) never allows in Persian text.
FORBIDDEN = {
    "Arabic yeh, kaf or alef maksura (write ی and ک)": r"[\u064A\u0643\u0649]",
    "Arabic-Indic digits (write Persian digits)": r"[\u0660-\u0669]",
    "ZWJ, tatweel or precomposed heh with hamza": r"[\u200D\u0640\u06C0]",
    "a bidi control (Separ shows it as a code)": r"[\u202A-\u202E\u2066-\u2069]",
    "English quotation marks (write « »)": r"[“”]|\"(?=[\u0600-\u06FF])",
    "a half-space next to a space, or doubled": "\u200c | \u200c|\u200c\u200c",
    "«تایید» without hamza": "تایید",
}

# What a person types, opens or compares: it must stand in the Persian exactly as in the English.
VERBATIM = re.compile(r"https?://\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+\.org\b|\[[^\]]*#ID\]")


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    """The English pack of test_translations_situations, with no translation yet."""
    return make_pack(tmp_path / "pack")


def skeleton_module():
    spec = importlib.util.spec_from_file_location(
        "translation_skeleton", REPO / "scripts" / "translation_skeleton.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def in_fa(paths: list[Path]) -> dict[str, bytes]:
    return {p.relative_to(p.parents[2]).as_posix(): p.read_bytes() for p in paths}


# The skeleton script -----------------------------------------------------------------------------


def test_skeleton_writes_every_file_with_the_english_in_comments(pack: Path) -> None:
    written = skeleton_module().write_skeletons(pack, "fa")
    names = {p.relative_to(pack).as_posix() for p in written}
    assert {
        "situations/fa/01-clicked.yaml",
        "situations/fa/02-travelling.yaml",
        "help/fa/start-here.yaml",
        "help/fa/contacts.yaml",
    } <= names
    text = situation_file(pack).read_text()
    typed = load_pack(pack).situations[0].ends[0]
    assert f"  - id: typed\n    from: {end_fingerprint(typed)}" in text
    assert "#   1: Change the password now." in text
    assert "#   2: I only opened it" in text
    contacts = contacts_file(pack).read_text()
    assert '      - address: "help@example.org"' in contacts
    assert "https://example.org/help" not in contacts  # it has no note to translate
    assert '      - url: "https://example.org/faq"' in contacts
    loaded, problems = check_pack(pack, lang="fa")
    assert loaded is not None
    assert problems and all(p.warning for p in problems)  # all missing, nothing broken


def test_skeleton_keeps_every_translation_word_for_word(pack: Path) -> None:
    translate_everything(pack)
    before = load_pack(pack, lang="fa")
    skeleton_module().write_skeletons(pack, "fa")
    after, problems = check_pack(pack, lang="fa")
    assert problems == []
    assert after is not None
    assert after.situations == before.situations
    assert after.start_here == before.start_here
    assert after.contacts == before.contacts
    files = sorted(pack.glob("*/fa/*.yaml"))
    first = in_fa(files)
    skeleton_module().write_skeletons(pack, "fa")
    assert in_fa(files) == first  # a second run changes nothing


def test_skeleton_marks_what_went_out_of_date_and_keeps_its_text(pack: Path) -> None:
    translate_everything(pack)
    english = pack / "situations" / "01-clicked.yaml"
    english.write_text(SITUATION.replace("Change the password now.", "Change it now."))
    (pack / "help" / "contacts.yaml").write_text(
        CONTACTS.replace("help@example.org", "help@example.net")
    )
    skeleton_module().write_skeletons(pack, "fa")
    now = end_fingerprint(load_pack(pack).situations[0].ends[0])
    text = situation_file(pack).read_text()
    assert f"# OUT OF DATE: the English changed. Update the text, then set from: {now}" in text
    assert "همین حالا گذرواژه را عوض کنید." in text
    contacts = contacts_file(pack).read_text()
    assert "# OUT OF DATE: the English no longer has this address: help@example.org" in contacts
    assert "# was: خودتان تایپش کنید." in contacts
    loaded, problems = check_pack(pack, lang="fa")
    assert loaded is not None and all(p.warning for p in problems)


def test_skeleton_leaves_a_file_with_problems_as_it_is(
    pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    translate_everything(pack)
    path = contacts_file(pack)
    broken = path.read_text().replace("    who:", "    whoo:")
    path.write_text(broken)
    refused: list[Problem] = []
    written = skeleton_module().write_skeletons(pack, "fa", refused)
    assert path not in written
    assert path.read_text() == broken  # the misspelt field's text is not lost
    assert [p.message for p in refused] == [
        "unknown field 'whoo' in contact translation; did you mean 'who'?"
    ]
    assert skeleton_module().main(["fa", "--pack", str(pack)]) == 1
    assert "fix them, then run this again" in capsys.readouterr().err


# The Persian that ships --------------------------------------------------------------------------


def test_shipped_situations_start_here_and_contacts_are_translated_and_current() -> None:
    shipped, problems = check_pack()
    assert shipped is not None
    folders = ("situations", "help")
    ours = [p for p in problems if Path(p.path).relative_to(shipped.root).parts[0] in folders]
    assert ours == [], "\n".join(map(str, ours))
    persian = load_pack(lang="fa")
    assert [s.lang for s in persian.situations] == ["fa"] * len(shipped.situations)
    assert {q.lang for s in persian.situations for q in s.questions} == {"fa"}
    assert {e.lang for s in persian.situations for e in s.ends} == {"fa"}
    assert persian.start_here is not None and persian.start_here.lang == "fa"
    assert [c.lang for c in persian.contacts] == ["fa"] * len(shipped.contacts)


def test_shipped_persian_files_are_what_the_skeleton_script_writes(pack_copy: Path) -> None:
    shipped = in_fa([pack_copy / p.relative_to(REPO) for p in PERSIAN_FILES])
    assert shipped
    skeleton_module().write_skeletons(pack_copy, "fa")
    assert in_fa([pack_copy / p.relative_to(REPO) for p in PERSIAN_FILES]) == shipped


@pytest.mark.parametrize("path", PERSIAN_FILES, ids=lambda p: p.name)
def test_shipped_persian_follows_the_glossarys_letters(path: Path) -> None:
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.lstrip().startswith("#"):
            continue  # the English, in the skeleton's comments
        found += [f"{number}: {what}" for what, rule in FORBIDDEN.items() if re.search(rule, line)]
    assert found == []


def test_shipped_contacts_keep_every_address_page_and_date_as_published() -> None:
    english, persian = load_pack(), load_pack(lang="fa")
    assert len(english.contacts) == len(persian.contacts)
    for en, fa in zip(english.contacts, persian.contacts, strict=True):
        assert [(r.how, r.address) for r in fa.reach] == [(r.how, r.address) for r in en.reach]
        assert [(s.url, s.read) for s in fa.sources] == [(s.url, s.read) for s in en.sources]
        texts = [
            (en.who, fa.who),
            (en.helps_with, fa.helps_with),
            *zip(en.verify, fa.verify, strict=True),
            *((a.note, b.note) for a, b in zip(en.reach, fa.reach, strict=True) if a.note),
            *((a.supports, b.supports) for a, b in zip(en.sources, fa.sources, strict=True)),
        ]
        for text_en, text_fa in texts:
            for verbatim in VERBATIM.findall(text_en):
                assert verbatim in text_fa, (en.id, verbatim, text_fa)


def test_shipped_situations_point_to_each_other_by_their_persian_titles() -> None:
    """Where a right-now step names another situation or end, it names it as the reader sees it."""
    persian = load_pack(lang="fa")
    titles = {s.title for s in persian.situations} | {
        e.title for s in persian.situations for e in s.ends
    }
    named = [
        name
        for s in persian.situations
        for e in s.ends
        for step in e.now
        for name in re.findall(r"«([^»]+)»", step)
        if "موقعیت" in step or "گام‌هایش" in step
    ]
    assert named
    for name in named:
        assert any(name in title for title in titles), name

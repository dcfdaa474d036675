"""Translations of a pack: one file per language beside each English file, checked against the
English they were made from, loaded with the English shown (marked) wherever they fall short."""

from __future__ import annotations

import importlib.util
import re
import textwrap
from pathlib import Path

import pytest

from clihelp import run_separ
from separ.pack import PackError, check_pack, load_pack
from separ.pack.format import Spec
from separ.pack.format_translation import TRANSLATED_ITEM, TRANSLATED_QUOTE, TRANSLATED_SECTION
from separ.pack.reader import Reader
from separ.pack.translations import item_fingerprint, quote_fingerprint, section_fingerprint
from test_pack_format import readme_section

REPO = Path(__file__).resolve().parent.parent
TRANSLATION_SPECS = (TRANSLATED_SECTION, TRANSLATED_ITEM, TRANSLATED_QUOTE)

DOCUMENT = "Be careful. Check who you talk to before you share. Never reuse a password anywhere.\n"

SECTION = """\
id: careful
title: Be careful
summary: Care protects you.
items:
  - id: check-contacts
    title: Check who you talk to
    level: essential
    why: People pretend.
    steps:
      - Ask how they know your group.
      - Confirm through a second channel.
    citations:
      - document: doc
        quote: Check who you talk to before you share.
        role: advice
  - id: no-reuse
    title: Never reuse a password
    level: essential
    why: One leak opens every account.
    steps:
      - Use a password manager.
    citations:
      - document: doc
        quote: Never reuse a password anywhere.
        role: advice
"""


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    """A pack of one section with two items, and no translation yet."""
    root = tmp_path / "pack"
    (root / "guidance").mkdir(parents=True)
    (root / "seeds").mkdir()
    (root / "seeds" / "doc.txt").write_text(DOCUMENT, encoding="utf-8")
    (root / "seeds" / "sources.yaml").write_text(
        "documents:\n  - id: doc\n    file: doc.txt\n    title: A document\n", encoding="utf-8"
    )
    (root / "guidance" / "01-careful.yaml").write_text(SECTION, encoding="utf-8")
    return root


def persian_file(root: Path) -> Path:
    return root / "guidance" / "fa" / "01-careful.yaml"


def write_persian(root: Path, text: str) -> Path:
    path = persian_file(root)
    path.parent.mkdir(exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def full_translation(root: Path, **changes: str) -> Path:
    """A complete, current Persian translation of the fixture (fingerprints from the English)."""
    pack = load_pack(root)
    section = pack.sections[0]
    first, second = section.items
    fingerprints = {
        "section": section_fingerprint(section),
        "first": item_fingerprint(first),
        "second": item_fingerprint(second),
        "quote": quote_fingerprint(first.citations[0]),
        "quote2": quote_fingerprint(second.citations[0]),
    }
    fingerprints.update(changes)
    return write_persian(
        root,
        f"""\
        id: careful
        from: {fingerprints["section"]}
        title: مراقب باشید
        summary: مراقبت از شما محافظت می‌کند.
        items:
          - id: check-contacts
            from: {fingerprints["first"]}
            title: بدانید با چه کسی حرف می‌زنید
            why: آدم‌ها خودشان را جای دیگری جا می‌زنند.
            steps:
              - بپرسید گروه شما را از کجا می‌شناسند.
              - از راه دومی هویتشان را تأیید کنید.
            quotes:
              - from: {fingerprints["quote"]}
                text: پیش از آنکه چیزی بگویید، ببینید با چه کسی حرف می‌زنید.
          - id: no-reuse
            from: {fingerprints["second"]}
            title: هیچ رمزی را دوباره به کار نبرید
            why: با لو رفتن یک رمز، همهٔ حساب‌ها باز می‌شوند.
            steps:
              - از یک برنامهٔ مدیریت رمز استفاده کنید.
            quotes:
              - from: {fingerprints["quote2"]}
                text: هرگز یک رمز را جای دیگری دوباره به کار نبرید.
        """,
    )


# Without a translation ---------------------------------------------------------------------------


def test_a_pack_without_a_language_folder_checks_clean(pack: Path) -> None:
    loaded, problems = check_pack(pack)
    assert loaded is not None
    assert problems == []


def test_missing_translation_shows_the_english_marked(pack: Path) -> None:
    loaded = load_pack(pack, lang="fa")
    assert loaded.lang == "fa"
    item = loaded.items[0]
    assert item.title == "Check who you talk to"
    assert item.lang == "en"  # shown marked: not in the language asked for
    assert loaded.sections[0].lang == "en"
    assert item.citations[0].translation is None


# A complete translation -------------------------------------------------------------------------


def test_a_current_translation_is_loaded_and_quotes_stay_verbatim(pack: Path) -> None:
    full_translation(pack)
    loaded = load_pack(pack, lang="fa")
    section = loaded.sections[0]
    assert (section.title, section.lang) == ("مراقب باشید", "fa")
    item = loaded.item("check-contacts")
    assert item is not None
    assert item.title == "بدانید با چه کسی حرف می‌زنید"
    assert item.steps == (
        "بپرسید گروه شما را از کجا می‌شناسند.",
        "از راه دومی هویتشان را تأیید کنید.",
    )
    assert item.lang == "fa"
    citation = item.citations[0]
    assert citation.quote == "Check who you talk to before you share."  # the evidence
    assert citation.passage in DOCUMENT
    assert citation.translation == "پیش از آنکه چیزی بگویید، ببینید با چه کسی حرف می‌زنید."
    assert [i.level for i in loaded.items] == ["essential", "essential"]  # the rest is English


def test_a_complete_translation_checks_without_warnings(pack: Path) -> None:
    full_translation(pack)
    result = run_separ("check", "--strict", "--pack", str(pack))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "warning" not in result.stdout + result.stderr


def test_english_pack_ignores_the_translation(pack: Path) -> None:
    full_translation(pack)
    loaded = load_pack(pack)
    assert loaded.items[0].title == "Check who you talk to"
    assert loaded.items[0].citations[0].translation is None


# Out of date ------------------------------------------------------------------------------------


def test_changed_english_makes_the_translation_out_of_date_and_the_english_shows(
    pack: Path,
) -> None:
    full_translation(pack)
    guidance = pack / "guidance" / "01-careful.yaml"
    guidance.write_text(SECTION.replace("People pretend.", "People lie."), encoding="utf-8")
    loaded, problems = check_pack(pack, lang="fa")
    assert loaded is not None
    (warning,) = problems
    assert warning.warning
    assert (warning.path, warning.line, warning.column) == (persian_file(pack), 7, 11)
    assert "out of date: the English item 'check-contacts' changed" in warning.message
    first, second = loaded.items
    assert (first.title, first.lang) == ("Check who you talk to", "en")
    assert second.lang == "fa"  # the other item's translation still holds


def test_reflowing_the_english_does_not_make_a_translation_out_of_date(pack: Path) -> None:
    full_translation(pack)
    guidance = pack / "guidance" / "01-careful.yaml"
    guidance.write_text(
        SECTION.replace("why: People pretend.", "why: >-\n      People\n      pretend."),
        encoding="utf-8",
    )
    assert check_pack(pack, lang="fa")[1] == []


def test_a_quote_translation_for_a_changed_quote_is_out_of_date(pack: Path) -> None:
    full_translation(pack, quote="0123456789ab")
    loaded, problems = check_pack(pack, lang="fa")
    assert loaded is not None
    messages = [p.message for p in problems]
    assert any("no quote of item 'check-contacts' has this fingerprint" in m for m in messages)
    assert any("a quote of item 'check-contacts' is not translated yet" in m for m in messages)
    assert all(p.warning for p in problems)
    assert loaded.items[0].citations[0].translation is None
    assert loaded.items[0].lang == "fa"  # the item's own text is still current


# Missing ----------------------------------------------------------------------------------------


def test_each_section_without_a_file_is_one_warning_at_the_english_file(pack: Path) -> None:
    (pack / "guidance" / "fa").mkdir()
    loaded, problems = check_pack(pack)
    assert loaded is not None
    (warning,) = problems
    assert (warning.path, warning.line, warning.column) == (
        pack / "guidance" / "01-careful.yaml",
        1,
        1,
    )
    assert str(warning).endswith(
        f":1:1: warning: no Persian translation of this section ({persian_file(pack)} not found)"
    )


def test_items_not_yet_translated_are_warnings(pack: Path) -> None:
    write_persian(
        pack,
        f"""\
        id: careful
        from: {section_fingerprint(load_pack(pack).sections[0])}
        title: مراقب باشید
        summary: مراقبت از شما محافظت می‌کند.
        items:
          - id: check-contacts
            from: {item_fingerprint(load_pack(pack).items[0])}
            title: بدانید با چه کسی حرف می‌زنید
        """,
    )
    loaded, problems = check_pack(pack, lang="fa")
    assert loaded is not None and all(p.warning for p in problems)
    messages = [p.message for p in problems]
    assert "item 'check-contacts' is translated in part (no 'why', 'steps'); the English shows" in (
        messages
    )
    assert "item 'no-reuse' is not translated yet; the English shows" in messages
    assert loaded.sections[0].lang == "fa"
    assert loaded.items[0].lang == "en"


def test_warnings_print_like_problems_and_fail_only_with_strict(pack: Path) -> None:
    write_persian(pack, f"id: careful\nfrom: {section_fingerprint(load_pack(pack).sections[0])}\n")
    result = run_separ("check", "--pack", str(pack))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[-1] == "1 sections, 2 items, 2 citations, all found"
    warnings = lines[:-1]
    assert warnings and all(":" in w and ": warning: " in w for w in warnings)
    assert all(w.split(":")[1].isdigit() and w.split(":")[2].isdigit() for w in warnings)
    assert f"{len(warnings)} warnings: translations missing or out of date." in result.stderr
    strict = run_separ("check", "--strict", "--pack", str(pack))
    assert strict.returncode == 1
    assert f"{len(warnings)} problems found." in strict.stderr


# Problems ---------------------------------------------------------------------------------------


def test_an_item_id_the_english_does_not_have_is_a_problem(pack: Path) -> None:
    full_translation(pack)
    path = persian_file(pack)
    path.write_text(path.read_text().replace("id: no-reuse", "id: no-reuse-typo"))
    with pytest.raises(PackError) as caught:
        load_pack(pack, lang="fa")
    (problem,) = caught.value.problems
    assert "section 'careful' has no item 'no-reuse-typo'" in problem.message
    assert (problem.path, problem.line, problem.column) == (path, 16, 9)


def test_another_number_of_steps_is_a_problem(pack: Path) -> None:
    full_translation(pack)
    path = persian_file(pack)
    path.write_text(path.read_text().replace("      - از راه دومی هویتشان را تأیید کنید.\n", ""))
    _, problems = check_pack(pack)
    assert [p.message for p in problems if not p.warning] == [
        "item 'check-contacts' has 2 steps in English and 1 here: translate each step as one"
    ]


def test_a_fingerprint_that_is_not_one_is_a_problem(pack: Path) -> None:
    full_translation(pack, first="latest")
    _, problems = check_pack(pack)
    (problem,) = [p for p in problems if not p.warning]
    assert "'from' must be a fingerprint of 12 hex digits" in problem.message


def test_a_file_for_another_section_is_a_problem(pack: Path) -> None:
    full_translation(pack)
    path = persian_file(pack)
    path.write_text(path.read_text().replace("id: careful", "id: other", 1))
    _, problems = check_pack(pack)
    assert "this translates section 'other', but 01-careful.yaml is section 'careful'" in [
        p.message for p in problems
    ]


def test_the_one_reader_refuses_unknown_fields_and_aliases(pack: Path) -> None:
    full_translation(pack)
    path = persian_file(pack)
    text = path.read_text().replace("    why: آدم‌ها", "    whyy: آدم‌ها")
    path.write_text(text.replace("title: مراقب باشید", "title: &t مراقب باشید\nsubtitle: *t"))
    _, problems = check_pack(pack)
    messages = [p.message for p in problems if not p.warning]
    assert "unknown field 'whyy' in item translation; did you mean 'why'?" in messages
    assert "aliases (*name) are not supported; write the value out" in messages


# The skeleton script ----------------------------------------------------------------------------


def _skeleton_module():
    spec = importlib.util.spec_from_file_location(
        "translation_skeleton", REPO / "scripts" / "translation_skeleton.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_skeleton_writes_every_entry_with_current_fingerprints(pack: Path) -> None:
    _skeleton_module().write_skeletons(pack, "fa")
    text = persian_file(pack).read_text()
    english = load_pack(pack)
    assert f"from: {section_fingerprint(english.sections[0])}" in text
    for item in english.items:
        assert f"  - id: {item.id}\n    from: {item_fingerprint(item)}" in text
        assert f"# title: {item.title}" in text
    assert "# quote (stays English): Never reuse a password anywhere." in text
    loaded, problems = check_pack(pack, lang="fa")
    assert loaded is not None
    assert problems and all(p.warning for p in problems)  # all missing, nothing broken


def test_skeleton_keeps_translations_and_marks_what_went_out_of_date(pack: Path) -> None:
    full_translation(pack)
    guidance = pack / "guidance" / "01-careful.yaml"
    guidance.write_text(SECTION.replace("People pretend.", "People lie."), encoding="utf-8")
    now = item_fingerprint(load_pack(pack).items[0])
    _skeleton_module().write_skeletons(pack, "fa")
    text = persian_file(pack).read_text()
    assert f"# OUT OF DATE: the English changed. Update the text, then set from: {now}" in text
    assert "# why: People lie." in text
    loaded, problems = check_pack(pack, lang="fa")
    assert loaded is not None
    assert [p.message.split(":")[0] for p in problems] == ["out of date"]
    assert loaded.items[1].title == "هیچ رمزی را دوباره به کار نبرید"  # kept word for word
    assert loaded.items[1].citations[0].translation.startswith("هرگز")


@pytest.mark.parametrize("spec", TRANSLATION_SPECS, ids=lambda s: s.name)
def test_readme_names_every_field_of_a_translation(spec: Spec) -> None:
    section = readme_section("Translations")
    missing = [
        f.name
        for f in spec.fields
        if not re.search(rf"`{f.name}`|(^|\s|-\s)`?{f.name}:", section, re.MULTILINE)
    ]
    assert missing == []


def test_the_readme_example_reads_as_a_translation(tmp_path: Path) -> None:
    example = re.search(r"```yaml\n(.*?)```", readme_section("Translations"), re.DOTALL)
    assert example is not None
    path = tmp_path / "example.yaml"
    path.write_text(example.group(1), encoding="utf-8")
    problems: list = []
    assert Reader(path, problems).read_file(TRANSLATED_SECTION) is not None
    assert problems == []

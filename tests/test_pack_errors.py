"""Every kind of bad input is reported with its message at the right line and column.

Each test writes a small pack (one guidance file, a catalogue and one document) and breaks one
thing in it. Lines and columns are 1-based, as an editor counts them.
"""

from __future__ import annotations

import random
import textwrap
from pathlib import Path

import pytest
import yaml

from separ.pack import Problem, check_pack, load_pack
from separ.pack import reader as reader_module
from separ.pack.load import PackError

DOC = """\
A short guide to staying safe online

Do not click links from strangers.
Ask who they are, and don’t share your address.

A second paragraph starts here and
runs across two lines.
"""

SOURCES = """\
documents:
  - id: guide
    file: doc.txt
    title: A short guide
"""

# Line numbers matter below: item at 5:5, its id at 5:9, title 6:12, level 7:12, why 8:10,
# steps 10:7, citation 12:9, document 12:19, quote 13:16, role 14:15.
SECTION = """\
id: basics
title: Basics
summary: Links and people you do not know.
items:
  - id: avoid-links
    title: Do not click links from strangers
    level: essential
    why: Links can lead to fake pages.
    steps:
      - Delete the message.
    citations:
      - document: guide
        quote: Do not click links from strangers.
        role: advice
"""


def write_pack(
    root: Path,
    section: str = SECTION,
    *,
    sources: str = SOURCES,
    doc: str = DOC,
    extra: dict[str, str] | None = None,
) -> Path:
    """A minimal pack: guidance/01-basics.yaml, seeds/sources.yaml and seeds/doc.txt."""
    (root / "guidance").mkdir(parents=True, exist_ok=True)
    (root / "seeds").mkdir(parents=True, exist_ok=True)
    (root / "guidance" / "01-basics.yaml").write_text(section, encoding="utf-8")
    (root / "seeds" / "sources.yaml").write_text(sources, encoding="utf-8")
    (root / "seeds" / "doc.txt").write_text(doc, encoding="utf-8")
    for name, text in (extra or {}).items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def problems_in(tmp_path: Path, section: str = SECTION, **kwargs) -> list[Problem]:
    """The problems `check_pack` finds in a minimal pack built from these texts."""
    pack, problems = check_pack(write_pack(tmp_path / "pack", section, **kwargs))
    assert (pack is None) == bool(problems)
    return problems


def only(problems: list[Problem]) -> Problem:
    """The one problem found; fails with the whole list otherwise."""
    assert len(problems) == 1, "\n".join(map(str, problems))
    return problems[0]


def at(problem: Problem) -> tuple[str, int, int]:
    """A problem's file name, line and column."""
    return problem.path.name, problem.line, problem.column


def test_minimal_pack_has_no_problems(tmp_path: Path) -> None:
    assert problems_in(tmp_path) == []


# Malformed YAML -------------------------------------------------------------------------------


def test_bad_indentation_reports_the_line_of_the_error(tmp_path: Path) -> None:
    problem = only(problems_in(tmp_path, SECTION.replace("title: Basics", " title: Basics")))
    assert at(problem) == ("01-basics.yaml", 2, 7)
    assert problem.message.startswith("malformed YAML:")


def test_item_field_indented_too_far_reports_its_line(tmp_path: Path) -> None:
    text = SECTION.replace("    level: essential", "      level: essential")
    problem = only(problems_in(tmp_path, text))
    assert problem.line == 7
    assert "malformed YAML" in problem.message


def test_tab_indentation_is_reported_on_its_line(tmp_path: Path) -> None:
    problem = only(
        problems_in(tmp_path, SECTION.replace("    level: essential", "\tlevel: essential"))
    )
    assert at(problem) == ("01-basics.yaml", 7, 1)
    assert "tab" in problem.message


def test_unclosed_quote_is_reported_where_it_opens(tmp_path: Path) -> None:
    text = SECTION.replace("title: Do not click", 'title: "Do not click')
    problem = only(problems_in(tmp_path, text))
    assert at(problem) == ("01-basics.yaml", 6, 12)
    assert "quoted scalar" in problem.message


def test_unclosed_bracket_is_reported(tmp_path: Path) -> None:
    text = SECTION.replace("      - Delete the message.\n", "").replace(
        "    steps:", "    steps: [Delete the message."
    )
    problem = only(problems_in(tmp_path, text))
    assert problem.message.startswith("malformed YAML:")
    assert problem.line >= 9


def test_two_documents_in_one_file_are_malformed(tmp_path: Path) -> None:
    problem = only(problems_in(tmp_path, SECTION + "---\n" + SECTION))
    assert at(problem) == ("01-basics.yaml", 15, 1)
    assert "malformed YAML" in problem.message


def test_empty_file_is_reported(tmp_path: Path) -> None:
    problem = only(problems_in(tmp_path, ""))
    assert at(problem) == ("01-basics.yaml", 1, 1)
    assert "empty" in problem.message


def test_file_of_comments_only_is_empty(tmp_path: Path) -> None:
    assert "empty" in only(problems_in(tmp_path, "# nothing yet\n")).message


def test_list_at_top_level_is_not_a_section(tmp_path: Path) -> None:
    problem = only(problems_in(tmp_path, "- one\n- two\n"))
    assert at(problem) == ("01-basics.yaml", 1, 1)
    assert "expected a section" in problem.message


def test_file_not_utf8_is_reported(tmp_path: Path) -> None:
    root = write_pack(tmp_path / "pack")
    (root / "guidance" / "01-basics.yaml").write_bytes(SECTION.encode("utf-16"))
    problem = only(check_pack(root)[1])
    assert "not UTF-8" in problem.message


# Fields: missing, unknown, wrong type ---------------------------------------------------------


def test_missing_field_is_reported_at_its_item(tmp_path: Path) -> None:
    problem = only(
        problems_in(tmp_path, SECTION.replace("    why: Links can lead to fake pages.\n", ""))
    )
    assert at(problem) == ("01-basics.yaml", 5, 5)
    assert problem.message == "item 'avoid-links' is missing the field 'why'"


def test_missing_section_field_is_reported_at_the_top(tmp_path: Path) -> None:
    problem = only(
        problems_in(tmp_path, SECTION.replace("summary: Links and people you do not know.\n", ""))
    )
    assert at(problem) == ("01-basics.yaml", 1, 1)
    assert "missing the field 'summary'" in problem.message


def test_unknown_field_suggests_the_close_name(tmp_path: Path) -> None:
    problems = problems_in(tmp_path, SECTION.replace("    steps:", "    setps:"))
    unknown = [p for p in problems if "unknown field" in p.message]
    assert at(only(unknown)) == ("01-basics.yaml", 9, 5)
    assert "unknown field 'setps' in item; did you mean 'steps'?" in unknown[0].message


def test_unknown_field_without_a_close_name_lists_the_fields(tmp_path: Path) -> None:
    problem = only(problems_in(tmp_path, SECTION + "colour: blue\n"))
    assert at(problem) == ("01-basics.yaml", 15, 1)
    assert "expected one of: id, title, summary, items" in problem.message


def test_steps_as_a_string_is_a_wrong_type(tmp_path: Path) -> None:
    text = SECTION.replace(
        "    steps:\n      - Delete the message.", "    steps: Delete the message."
    )
    problem = only(problems_in(tmp_path, text))
    assert at(problem) == ("01-basics.yaml", 9, 12)
    assert "'steps' must be a list" in problem.message


def test_message_quoting_a_long_value_stays_on_one_line(tmp_path: Path) -> None:
    text = SECTION.replace(
        "    steps:\n      - Delete the message.",
        "    steps: |\n      Delete the message.\n      Then tell your group, " + "and more " * 20,
    )
    problem = only(problems_in(tmp_path, text))
    assert at(problem) == ("01-basics.yaml", 9, 12)
    assert "\n" not in str(problem)
    assert problem.message.startswith(
        "'steps' must be a list, found the value 'Delete the message."
    )
    assert problem.message.endswith("…'")


def test_unknown_field_with_a_line_break_in_its_name_stays_on_one_line(tmp_path: Path) -> None:
    problem = only(problems_in(tmp_path, SECTION + '"col\\nour": blue\n'))
    assert "\n" not in str(problem)
    assert "unknown field 'col our'" in problem.message


def test_level_not_in_the_list_is_reported_with_the_choices(tmp_path: Path) -> None:
    problem = only(problems_in(tmp_path, SECTION.replace("level: essential", "level: urgent")))
    assert at(problem) == ("01-basics.yaml", 7, 12)
    assert (
        problem.message == "'level' must be one of essential, recommended, advanced, not 'urgent'"
    )


def test_title_as_a_mapping_is_a_wrong_type(tmp_path: Path) -> None:
    text = SECTION.replace(
        "    title: Do not click links from strangers", "    title:\n      en: Do not click"
    )
    problem = only(problems_in(tmp_path, text))
    assert at(problem) == ("01-basics.yaml", 7, 7)
    assert problem.message == "'title' must be text, found a mapping"


def test_empty_title_is_reported(tmp_path: Path) -> None:
    text = SECTION.replace("    title: Do not click links from strangers", "    title:")
    problem = only(problems_in(tmp_path, text))
    assert problem.line == 6
    assert problem.message == "'title' is empty"


def test_step_that_is_a_list_is_a_wrong_type(tmp_path: Path) -> None:
    text = SECTION.replace("      - Delete the message.", "      - [Delete, the message]")
    problem = only(problems_in(tmp_path, text))
    assert at(problem) == ("01-basics.yaml", 10, 9)
    assert "'steps' must be text, found a list" in problem.message


def test_citation_as_plain_text_is_a_wrong_type(tmp_path: Path) -> None:
    text = SECTION.replace(
        "      - document: guide\n        quote: Do not click links from strangers.\n"
        "        role: advice",
        "      - guide",
    )
    problem = only(problems_in(tmp_path, text))
    assert at(problem) == ("01-basics.yaml", 12, 9)
    assert "expected a citation" in problem.message


def test_id_that_is_not_kebab_case_is_reported(tmp_path: Path) -> None:
    problem = only(problems_in(tmp_path, SECTION.replace("id: avoid-links", "id: Avoid_Links")))
    assert at(problem) == ("01-basics.yaml", 5, 9)
    assert "kebab-case" in problem.message


# Empty section, duplicates, pasted items -----------------------------------------------------


def test_empty_section_is_reported(tmp_path: Path) -> None:
    text = "id: basics\ntitle: Basics\nsummary: Nothing yet.\nitems: []\n"
    problem = only(problems_in(tmp_path, text))
    assert at(problem) == ("01-basics.yaml", 4, 8)
    assert "no items" in problem.message


def test_item_without_steps_is_reported(tmp_path: Path) -> None:
    text = SECTION.replace("    steps:\n      - Delete the message.", "    steps: []")
    problem = only(problems_in(tmp_path, text))
    assert at(problem) == ("01-basics.yaml", 9, 12)
    assert "needs at least one entry" in problem.message


def test_duplicate_item_id_across_files_names_the_first_place(tmp_path: Path) -> None:
    second = SECTION.replace("id: basics", "id: more-basics")
    problems = problems_in(tmp_path, extra={"guidance/02-more.yaml": second})
    problem = only(problems)
    assert at(problem) == ("02-more.yaml", 5, 9)
    assert problem.message == (
        "duplicate id 'avoid-links': already used by the item at 01-basics.yaml:5:9"
    )


def test_duplicate_section_id_across_files_is_reported(tmp_path: Path) -> None:
    second = SECTION.replace("id: avoid-links", "id: other-item")
    problem = only(problems_in(tmp_path, extra={"guidance/02-more.yaml": second}))
    assert at(problem) == ("02-more.yaml", 1, 5)
    assert "duplicate id 'basics'" in problem.message
    assert "01-basics.yaml:1:5" in problem.message


def test_item_pasted_inside_another_is_a_duplicate_field(tmp_path: Path) -> None:
    # The second item lost its "- ": its fields land in the first item, twice over.
    pasted = SECTION + textwrap.indent(
        "id: check-senders\ntitle: Check who sent it\nlevel: recommended\n", "    "
    )
    problems = problems_in(tmp_path, pasted)
    assert [at(p) for p in problems] == [
        ("01-basics.yaml", 15, 5),
        ("01-basics.yaml", 16, 5),
        ("01-basics.yaml", 17, 5),
    ]
    assert problems[0].message == (
        "duplicate field 'id' in item (first at line 5); is an entry pasted inside another?"
    )


# Citations ----------------------------------------------------------------------------------


def test_citation_without_a_role_is_reported_where_it_begins(tmp_path: Path) -> None:
    problem = only(problems_in(tmp_path, SECTION.replace("        role: advice\n", "")))
    assert at(problem) == ("01-basics.yaml", 12, 9)
    assert problem.message == "this citation is missing the field 'role'"


def test_unknown_role_names_the_roles(tmp_path: Path) -> None:
    problem = only(problems_in(tmp_path, SECTION.replace("role: advice", "role: advise")))
    assert at(problem) == ("01-basics.yaml", 14, 15)
    assert problem.message == "'role' must be one of advice, threat, not 'advise'"


def test_unknown_place_an_item_applies_to_names_the_places(tmp_path: Path) -> None:
    text = SECTION.replace("    level: essential\n", "    level: essential\n    applies: iran\n")
    problem = only(problems_in(tmp_path, text))
    assert at(problem) == ("01-basics.yaml", 8, 14)
    assert problem.message == "'applies' must be one of everywhere, inside, abroad, not 'iran'"


def test_unknown_document_suggests_the_close_id(tmp_path: Path) -> None:
    problem = only(problems_in(tmp_path, SECTION.replace("document: guide", "document: guides")))
    assert at(problem) == ("01-basics.yaml", 12, 19)
    assert problem.message == "unknown document 'guides'; did you mean 'guide'?"


def test_unknown_document_without_a_close_id_lists_the_known(tmp_path: Path) -> None:
    problem = only(problems_in(tmp_path, SECTION.replace("document: guide", "document: zzz")))
    assert "known: guide" in problem.message


def test_quote_not_in_document_reports_line_and_closest_passage(tmp_path: Path) -> None:
    text = SECTION.replace(
        "quote: Do not click links from strangers.", "quote: Never click links from strangers."
    )
    problem = only(problems_in(tmp_path, text))
    assert at(problem) == ("01-basics.yaml", 13, 16)
    assert problem.message.startswith("quote not found in document 'guide'")
    assert "closest passage (line 3)" in problem.message
    assert "click links from strangers." in problem.message


def test_quote_with_straight_apostrophe_fails_where_document_has_typographic(
    tmp_path: Path,
) -> None:
    text = SECTION.replace(
        "quote: Do not click links from strangers.", "quote: and don't share your address"
    )
    problem = only(problems_in(tmp_path, text))
    assert at(problem) == ("01-basics.yaml", 13, 16)
    assert "quote not found" in problem.message
    # The hint shows the passage as the document has it, typographic apostrophe and all.
    assert "don’t share your address" in problem.message


def test_quote_across_a_line_break_is_found(tmp_path: Path) -> None:
    text = SECTION.replace(
        "quote: Do not click links from strangers.", "quote: starts here and runs   across"
    )
    assert problems_in(tmp_path, text) == []


def test_missing_document_file_is_reported_once_in_the_catalogue(tmp_path: Path) -> None:
    problem = only(problems_in(tmp_path, sources=SOURCES.replace("doc.txt", "gone.txt")))
    assert at(problem) == ("sources.yaml", 3, 11)
    assert problem.message == "document file 'gone.txt' not found in seeds/"


def test_document_file_outside_seeds_is_refused(tmp_path: Path) -> None:
    problem = only(
        problems_in(tmp_path, sources=SOURCES.replace("doc.txt", "../guidance/01-basics.yaml"))
    )
    assert at(problem) == ("sources.yaml", 3, 11)
    assert "not found in seeds/" in problem.message


def test_duplicate_document_id_is_reported(tmp_path: Path) -> None:
    sources = SOURCES + "  - id: guide\n    file: doc.txt\n    title: Again\n"
    problem = only(problems_in(tmp_path, sources=sources))
    assert at(problem) == ("sources.yaml", 5, 9)
    assert "already used by the document at sources.yaml:2:9" in problem.message


PARTS = SOURCES + "    parts:\n      - id: first\n        lines: {lines}\n"


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ("[3, 1]", "'lines' starts after it ends (3 > 1)"),
        ("[0, 2]", "'lines' must be two line numbers, [first, last]"),
        ("[1, 2, 3]", "'lines' must be two line numbers, [first, last]"),
        ("['1', '2']", "'lines' must be two line numbers, [first, last]"),
        ("[1.5, 2]", "'lines' must be two line numbers, [first, last]"),
        ("1-2", "'lines' must be a list, found the value '1-2'"),
        ("[1, 8]", "'doc.txt' has only 7 lines"),
    ],
)
def test_bad_parts_line_range_is_reported(tmp_path: Path, lines: str, message: str) -> None:
    problem = only(problems_in(tmp_path, sources=PARTS.format(lines=lines)))
    assert at(problem) == ("sources.yaml", 7, 16)
    assert problem.message == message


def test_last_line_of_a_document_can_end_a_part(tmp_path: Path) -> None:
    assert problems_in(tmp_path, sources=PARTS.format(lines="[1, 7]")) == []


def test_overlapping_parts_are_reported(tmp_path: Path) -> None:
    sources = PARTS.format(lines="[1, 4]") + "      - id: second\n        lines: [4, 7]\n"
    problem = only(problems_in(tmp_path, sources=sources))
    assert at(problem) == ("sources.yaml", 9, 16)
    assert problem.message == "lines overlap those of part 'first'"


def test_pack_without_guidance_folder_is_reported(tmp_path: Path) -> None:
    problem = only(check_pack(tmp_path / "nowhere")[1])
    assert problem.path == tmp_path / "nowhere" / "guidance"
    assert "not found" in problem.message


def test_guidance_folder_without_yaml_files_is_reported(tmp_path: Path) -> None:
    root = write_pack(tmp_path / "pack")
    (root / "guidance" / "01-basics.yaml").unlink()
    assert "no guidance files" in only(check_pack(root)[1]).message


# Unsafe YAML -------------------------------------------------------------------------------


def test_python_object_tag_is_refused_and_nothing_runs(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    text = SECTION.replace(
        "title: Basics", f'title: !!python/object/apply:os.system ["touch {marker}"]'
    )
    problem = only(problems_in(tmp_path, text))
    assert at(problem) == ("01-basics.yaml", 2, 8)
    assert "the tag !!python/object/apply:os.system is not allowed" in problem.message
    assert not marker.exists()


def test_python_object_tag_at_the_top_is_refused_and_nothing_runs(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    problem = only(problems_in(tmp_path, f'!!python/object/apply:os.system ["touch {marker}"]\n'))
    assert at(problem) == ("01-basics.yaml", 1, 1)
    assert "not allowed" in problem.message
    assert not marker.exists()


@pytest.mark.parametrize("tag", ["!!python/name:os.system", "!!binary", "!!set", "!custom"])
def test_other_tags_are_refused(tmp_path: Path, tag: str) -> None:
    value = "aGVsbG8=" if tag == "!!binary" else "{}" if tag == "!!set" else "x"
    problem = only(problems_in(tmp_path, SECTION.replace("title: Basics", f"title: {tag} {value}")))
    assert at(problem) == ("01-basics.yaml", 2, 8)
    assert "is not allowed" in problem.message


def test_alias_is_refused_where_it_is_written(tmp_path: Path) -> None:
    text = SECTION.replace("title: Basics", "title: &name Basics").replace(
        "    title: Do not click links from strangers", "    title: *name"
    )
    problem = only(problems_in(tmp_path, text))
    assert at(problem) == ("01-basics.yaml", 6, 12)
    assert "aliases (*name) are not supported" in problem.message


def test_alias_to_a_skipped_field_is_still_refused(tmp_path: Path) -> None:
    text = SECTION.replace("summary:", "notes: &n Hidden\nsummary:").replace(
        "    title: Do not click links from strangers", "    title: *n"
    )
    problems = problems_in(tmp_path, text)
    assert [p.line for p in problems if "aliases" in p.message] == [7]


def test_merge_key_is_refused(tmp_path: Path) -> None:
    text = SECTION.replace("    why: Links can lead to fake pages.", "    <<: {why: Because.}")
    problems = problems_in(tmp_path, text)
    assert problems
    assert all(p.line in (5, 8) for p in problems)


# Several problems at once, and never a traceback ------------------------------------------


def test_several_problems_are_all_reported(tmp_path: Path) -> None:
    text = (
        SECTION.replace("level: essential", "level: urgent")
        .replace("document: guide", "document: guidebook")
        .replace("    steps:", "    setps:")
    )
    broken_second = SECTION.replace("id: basics", "id: more").replace("items:", "items: []\nextra:")
    problems = problems_in(
        tmp_path,
        text,
        sources=SOURCES + "  - id: other\n    file: missing.txt\n    title: Other\n",
        extra={"guidance/02-more.yaml": broken_second},
    )
    where = {(p.path.name, p.line) for p in problems}
    assert {
        ("01-basics.yaml", 7),  # level
        ("01-basics.yaml", 9),  # unknown field setps
        ("01-basics.yaml", 12),  # unknown document
        ("sources.yaml", 6),  # missing file
        ("02-more.yaml", 4),  # empty items
    } <= where
    assert len(problems) >= 6
    assert problems == sorted(problems)


def test_load_pack_raises_with_every_problem(tmp_path: Path) -> None:
    text = SECTION.replace("level: essential", "level: urgent").replace("    steps:", "    setps:")
    root = write_pack(tmp_path / "pack", text)
    with pytest.raises(PackError) as raised:
        load_pack(root)
    assert len(raised.value.problems) == 3  # the level, the unknown field, the missing steps
    assert "3 problem(s)" in str(raised.value)


def test_random_damage_never_raises(tmp_path: Path) -> None:
    """Cut, duplicate and scramble the section at random: always problems, never a traceback."""
    chance = random.Random(20240521)
    root = write_pack(tmp_path / "pack")
    target = root / "guidance" / "01-basics.yaml"
    for _ in range(150):
        text = SECTION
        for _ in range(chance.randint(1, 3)):
            i, j = sorted(chance.randrange(len(text) + 1) for _ in range(2))
            move = chance.choice(("cut", "copy", "char"))
            if move == "cut":
                text = text[:i] + text[j:]
            elif move == "copy":
                text = text[:i] + text[i:j] + text[i:]
            else:
                text = text[:i] + chance.choice(":-[]{}\"'&*!|>#\t\n ") + text[i:]
        target.write_text(text, encoding="utf-8")
        pack, problems = check_pack(root)
        assert (pack is None) == bool(problems)
        for problem in problems:
            assert problem.line >= 1
            assert problem.column >= 1
            assert problem.message


def test_indentation_too_deep_is_reported_where_it_stands(tmp_path: Path) -> None:
    deep = " " * 101 + "- x"
    text = SECTION.replace("title: Basics", "title: Basics\n" + " " * 120 + "\n" + deep)
    problem = only(problems_in(tmp_path, text))
    assert at(problem) == ("01-basics.yaml", 4, 102)
    assert "nested more than 50 deep" in problem.message


def test_depth_found_without_a_full_scan_agrees_with_one() -> None:
    """Texts with few brackets skip the look at every character: the answer is the same."""
    chance = random.Random(20261123)
    pieces = [*"[]{}'\"# \n\ta", ": ", " " * 60, "\n" + " " * 101]
    for _ in range(2000):
        text = "".join(chance.choice(pieces) for _ in range(chance.randint(0, 120)))
        assert reader_module._too_deep(text) == reader_module._scanned_too_deep(text)
    deep = "x:\n" + "  " * 51 + "y\n"
    assert reader_module._too_deep(deep) == reader_module._scanned_too_deep(deep) == (2, 103)


@pytest.mark.parametrize("character", ["\x00", "\x07"])
def test_control_character_is_reported_where_it_stands(tmp_path: Path, character: str) -> None:
    text = SECTION.replace("title: Basics", f"title: Bé{character}sics")
    problem = only(problems_in(tmp_path, text))
    assert at(problem) == ("01-basics.yaml", 2, 10)
    assert problem.message.startswith("malformed YAML: ")
    assert problem.message.endswith(f"characters are not allowed (U+{ord(character):04X} here)")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (SECTION.replace("title: Do not click", 'title: "Do not click'), (6, 12)),
        (SECTION.replace("title: Basics", " title: Basics"), (2, 7)),
        (SECTION.replace("title: Basics", "title: B\x07asics"), (2, 9)),
        (SECTION.replace("title: Basics", "title: !!python/name:os.system x"), (2, 8)),
        (
            SECTION.replace("title: Basics", "title: &t Basics").replace(
                "title: Do", "title: *t #"
            ),
            (6, 12),
        ),
        # Found before either parser runs: libyaml would crash on it, not raise.
        ("id: " + "[" * 800 + "]" * 800 + "\n", (1, 55)),
    ],
    ids=["unclosed-quote", "indentation", "control-character", "tag", "alias", "deep-nesting"],
)
def test_pure_python_loader_reports_the_same_places(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, place: tuple[int, int]
) -> None:
    """Where PyYAML was built without libyaml, the safe loader in Python reads the same."""
    monkeypatch.setattr(reader_module, "_Loader", yaml.SafeLoader)
    problems = problems_in(tmp_path, text)
    assert problems
    assert (problems[0].line, problems[0].column) == place
    assert all("\n" not in str(p) for p in problems)

"""`separ check` on situations, the "Start here" list and contacts: each mistake is reported with
its line and column (1-based, as an editor counts them), and nothing half-checked is loaded."""

from __future__ import annotations

from pathlib import Path

import pytest

from clihelp import run_separ
from separ.pack import Problem, check_pack

DOC = "A guide.\n\nDo not click links from strangers.\nLock your phone.\n"
SOURCES = "documents:\n  - id: guide\n    file: doc.txt\n    title: A guide\n"
SECTION = """\
id: basics
title: Basics
summary: Links and phones.
items:
  - id: avoid-links
    title: Do not click links
    level: essential
    why: Links can lead to fake pages.
    steps:
      - Delete the message.
    citations:
      - document: guide
        quote: Do not click links from strangers.
        role: advice
  - id: lock-your-phone
    title: Lock your phone
    level: essential
    why: A locked phone keeps its messages.
    steps:
      - Set a long code.
    citations:
      - document: guide
        quote: Lock your phone.
        role: advice
"""

# Line numbers matter below: the question at 5:5, its answers' next at 9:15 and 11:15,
# the end 'opened' at 13:5, its first item at 18:9; the end 'ignored' at 19:5.
SITUATION = """\
id: clicked
title: I clicked a link
summary: What to do now.
questions:
  - id: what-happened
    question: What happened?
    answers:
      - answer: I opened it
        next: opened
      - answer: I ignored it
        next: ignored
ends:
  - id: opened
    title: You opened it
    now:
      - Close the page.
    items:
      - avoid-links
  - id: ignored
    title: You ignored it
    items:
      - lock-your-phone
"""

START_HERE = """\
title: Start here
summary: The essentials.
items:
  - lock-your-phone
  - avoid-links
"""

# The contact at 2:5; its reach at 9:7, the source's date at 15:15.
CONTACTS = """\
contacts:
  - id: helpline
    name: A helpline
    who: Specialists.
    helps_with: Accounts and devices.
    languages: English.
    hours: Always.
    reach:
      - how: email
        address: help@example.org
    verify:
      - You write first.
    sources:
      - url: https://example.org/help
        read: "2026-11-23"
        supports: Everything above.
"""

REACH = "    reach:\n      - how: email\n        address: help@example.org\n"


def write_pack(
    root: Path,
    situations: dict[str, str] | None = None,
    start_here: str | None = START_HERE,
    contacts: str | None = CONTACTS,
    section: str = SECTION,
) -> Path:
    """A small pack with one guidance file, its document, situations and the help folder."""
    for folder in ("guidance", "seeds", "situations", "help"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    (root / "guidance" / "01-basics.yaml").write_text(section, encoding="utf-8")
    (root / "seeds" / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    (root / "seeds" / "doc.txt").write_text(DOC, encoding="utf-8")
    if situations is None:
        situations = {"01-clicked.yaml": SITUATION}
    for name, text in situations.items():
        (root / "situations" / name).write_text(text, encoding="utf-8")
    if start_here is not None:
        (root / "help" / "start-here.yaml").write_text(start_here, encoding="utf-8")
    if contacts is not None:
        (root / "help" / "contacts.yaml").write_text(contacts, encoding="utf-8")
    return root


def problems_in(tmp_path: Path, **kwargs) -> list[Problem]:
    pack, problems = check_pack(write_pack(tmp_path / "pack", **kwargs))
    assert (pack is None) == bool(problems)
    return problems


def only(problems: list[Problem]) -> tuple[str, int, int, str]:
    """The one problem found, as (file name, line, column, message)."""
    assert len(problems) == 1, "\n".join(map(str, problems))
    (problem,) = problems
    return problem.path.name, problem.line, problem.column, problem.message


def situation(text: str) -> dict[str, str]:
    return {"01-clicked.yaml": text}


# What a good pack gives ------------------------------------------------------------------------


def test_the_small_pack_loads_its_situation_list_and_contacts(tmp_path: Path) -> None:
    pack, problems = check_pack(write_pack(tmp_path / "pack"))
    assert problems == []
    assert pack is not None
    (clicked,) = pack.situations
    assert clicked.first.id == "what-happened"
    assert [end.id for end in clicked.ends] == ["opened", "ignored"]
    assert clicked.step("opened").item_ids == ("avoid-links",)
    assert pack.start_here.item_ids == ("lock-your-phone", "avoid-links")
    assert [c.id for c in pack.contacts] == ["helpline"]
    assert pack.contacts[0].reach[0].address == "help@example.org"


def test_a_pack_without_situations_or_help_is_still_a_pack(tmp_path: Path) -> None:
    root = write_pack(tmp_path / "pack", situations={}, start_here=None, contacts=None)
    pack, problems = check_pack(root)
    assert problems == []
    assert pack is not None
    assert (pack.situations, pack.start_here, pack.contacts) == ((), None, ())


def test_a_situation_without_questions_is_one_ordered_list(tmp_path: Path) -> None:
    plain = "id: travel\ntitle: I travel\nsummary: Borders.\nends:\n  - id: go\n    title: Go\n"
    plain += "    items:\n      - lock-your-phone\n      - avoid-links\n"
    pack, problems = check_pack(write_pack(tmp_path / "pack", situations={"t.yaml": plain}))
    assert problems == []
    (travel,) = pack.situations
    assert travel.first.id == "go"
    assert [taken for taken, _ in travel.routes()] == [()]


def test_routes_list_every_path_of_answers_in_order(tmp_path: Path) -> None:
    pack, _ = check_pack(write_pack(tmp_path / "pack"))
    routes = [([a.text for _, a in taken], end.id) for taken, end in pack.situations[0].routes()]
    assert routes == [(["I opened it"], "opened"), (["I ignored it"], "ignored")]


# Every kind of mistake, at its place -----------------------------------------------------------


def test_unknown_item_in_an_end_is_reported_where_it_stands(tmp_path: Path) -> None:
    text = SITUATION.replace("      - avoid-links", "      - avoid-link")
    assert only(problems_in(tmp_path, situations=situation(text))) == (
        "01-clicked.yaml",
        18,
        9,
        "unknown item 'avoid-link'; did you mean 'avoid-links'?",
    )


def test_unknown_item_far_from_any_id_points_to_separ_list(tmp_path: Path) -> None:
    text = SITUATION.replace("      - avoid-links", "      - water-the-plants")
    assert only(problems_in(tmp_path, situations=situation(text)))[3] == (
        "unknown item 'water-the-plants'; 'separ list' shows every item id"
    )


def test_item_listed_twice_in_an_end_is_reported_at_the_second(tmp_path: Path) -> None:
    text = SITUATION.replace("      - avoid-links\n", "      - avoid-links\n      - avoid-links\n")
    assert only(problems_in(tmp_path, situations=situation(text)))[1:] == (
        19,
        9,
        "item 'avoid-links' is listed twice in end 'opened' (first at line 18)",
    )


def test_item_id_that_is_not_kebab_case_is_reported(tmp_path: Path) -> None:
    text = SITUATION.replace("      - avoid-links", "      - Avoid Links")
    assert only(problems_in(tmp_path, situations=situation(text)))[1:] == (
        18,
        9,
        "'Avoid Links' in 'items' is not a valid id: use lower-case letters, digits and single "
        "hyphens (kebab-case)",
    )


def test_unknown_next_step_is_reported_at_the_answer(tmp_path: Path) -> None:
    text = SITUATION.replace("next: ignored", "next: ignore")
    problems = problems_in(tmp_path, situations=situation(text))
    assert [(p.line, p.column, p.message) for p in problems] == [
        (11, 15, "unknown next step 'ignore'; did you mean 'ignored'?"),
        (19, 9, "end 'ignored' is never reached: no answer leads to it"),
    ]


def test_unknown_next_step_with_nothing_close_lists_the_steps(tmp_path: Path) -> None:
    text = SITUATION.replace("next: ignored", "next: zzz")
    assert problems_in(tmp_path, situations=situation(text))[0].message == (
        "unknown next step 'zzz'; steps: what-happened, opened, ignored"
    )


def test_question_that_no_answer_reaches_is_reported_at_its_id(tmp_path: Path) -> None:
    extra = (
        "  - id: never-asked\n    question: Nobody asks this?\n    answers:\n"
        "      - answer: A\n        next: opened\n      - answer: B\n        next: ignored\n"
    )
    text = SITUATION.replace("ends:\n", extra + "ends:\n")
    assert only(problems_in(tmp_path, situations=situation(text)))[1:] == (
        12,
        9,
        "question 'never-asked' is never reached: no answer leads to it",
    )


def test_second_end_of_a_plain_list_is_never_reached(tmp_path: Path) -> None:
    plain = (
        "id: travel\ntitle: I travel\nsummary: Borders.\nends:\n"
        "  - id: go\n    title: Go\n    items:\n      - lock-your-phone\n"
        "  - id: also\n    title: Also\n    items:\n      - avoid-links\n"
    )
    assert only(problems_in(tmp_path, situations={"t.yaml": plain}))[1:] == (
        9,
        9,
        "end 'also' is never reached: a situation without questions is one ordered list, "
        "with one end",
    )


def test_questions_that_loop_are_reported_at_the_answer_that_closes_the_loop(
    tmp_path: Path,
) -> None:
    second = (
        "  - id: are-you-sure\n    question: Are you sure?\n    answers:\n"
        "      - answer: Yes\n        next: opened\n      - answer: Ask me again\n"
        "        next: what-happened\n"
    )
    text = SITUATION.replace("next: ignored", "next: are-you-sure").replace(
        "ends:\n", second + "ends:\n"
    )
    problems = problems_in(tmp_path, situations=situation(text))
    assert [(p.line, p.column, p.message) for p in problems] == [
        (
            18,
            15,
            "this answer leads back to question 'what-happened' "
            "(what-happened → are-you-sure → what-happened); every path of answers must reach "
            "an end",
        ),
        (26, 9, "end 'ignored' is never reached: no answer leads to it"),
    ]


def test_question_whose_answer_leads_to_itself_is_a_loop(tmp_path: Path) -> None:
    text = SITUATION.replace("next: ignored", "next: what-happened").replace(
        "  - id: ignored\n    title: You ignored it\n    items:\n      - lock-your-phone\n", ""
    )
    assert only(problems_in(tmp_path, situations=situation(text)))[1:] == (
        11,
        15,
        "this answer leads back to question 'what-happened' (what-happened → what-happened); "
        "every path of answers must reach an end",
    )


def test_end_with_nothing_to_do_is_reported_where_it_begins(tmp_path: Path) -> None:
    text = SITUATION.replace("    items:\n      - lock-your-phone\n", "")
    assert only(problems_in(tmp_path, situations=situation(text)))[1:] == (
        19,
        5,
        "end 'ignored' has nothing to do: give it 'now' steps, 'items', or both",
    )


def test_question_with_one_answer_is_reported(tmp_path: Path) -> None:
    text = SITUATION.replace("      - answer: I ignored it\n        next: ignored\n", "").replace(
        "  - id: ignored\n    title: You ignored it\n    items:\n      - lock-your-phone\n", ""
    )
    assert only(problems_in(tmp_path, situations=situation(text)))[1:] == (
        8,
        7,
        "question 'what-happened' has one answer; give at least two, or lead straight to what "
        "follows",
    )


def test_two_steps_with_one_id_are_reported_at_the_second(tmp_path: Path) -> None:
    text = SITUATION.replace("id: ignored", "id: opened").replace("next: ignored", "next: opened")
    assert only(problems_in(tmp_path, situations=situation(text)))[1:] == (
        19,
        9,
        "duplicate step id 'opened' in this situation (first at line 13); questions and ends "
        "need ids of their own",
    )


def test_two_situations_with_one_id_name_the_first_file(tmp_path: Path) -> None:
    problems = problems_in(tmp_path, situations={"01-a.yaml": SITUATION, "02-b.yaml": SITUATION})
    assert only(problems) == (
        "02-b.yaml",
        1,
        5,
        "duplicate situation id 'clicked': already used at 01-a.yaml:1:5",
    )


def test_missing_ends_and_unknown_fields_come_from_the_format(tmp_path: Path) -> None:
    text = "id: empty\ntitle: Nothing\nsummary: Nothing.\ncolour: red\n"
    problems = problems_in(tmp_path, situations=situation(text))
    assert [(p.line, p.column, p.message) for p in problems] == [
        (1, 1, "situation 'empty' is missing the field 'ends'"),
        (
            4,
            1,
            "unknown field 'colour' in situation; expected one of: id, title, summary, "
            "questions, ends",
        ),
    ]


def test_item_with_problems_of_its_own_is_not_also_unknown(tmp_path: Path) -> None:
    broken = SECTION.replace("quote: Lock your phone.", "quote: Unlock your phone.")
    problems = problems_in(tmp_path, section=broken)
    assert [p.path.name for p in problems] == ["01-basics.yaml"]


def test_unknown_item_in_start_here_is_reported(tmp_path: Path) -> None:
    text = START_HERE.replace("  - avoid-links", "  - avoid-linkz")
    assert only(problems_in(tmp_path, start_here=text)) == (
        "start-here.yaml",
        5,
        5,
        "unknown item 'avoid-linkz'; did you mean 'avoid-links'?",
    )


def test_contact_with_no_way_to_reach_it_is_reported(tmp_path: Path) -> None:
    text = CONTACTS.replace(REACH, "")
    assert only(problems_in(tmp_path, contacts=text))[1:] == (
        2,
        5,
        "contact 'helpline' is missing the field 'reach'",
    )


def test_contact_with_an_empty_list_of_ways_to_reach_it_is_reported(tmp_path: Path) -> None:
    text = CONTACTS.replace(REACH, "    reach: []\n")
    assert only(problems_in(tmp_path, contacts=text))[1:] == (
        8,
        12,
        "contact has no reach; 'reach' needs at least one entry",
    )


def test_contact_reached_in_an_unknown_way_names_the_ways(tmp_path: Path) -> None:
    text = CONTACTS.replace("how: email", "how: pigeon")
    assert only(problems_in(tmp_path, contacts=text))[1:] == (
        9,
        14,
        "'how' must be one of email, signal, phone, web, form, not 'pigeon'",
    )


def test_source_read_on_a_date_that_is_not_a_date_is_reported(tmp_path: Path) -> None:
    text = CONTACTS.replace('read: "2026-11-23"', "read: last week")
    assert only(problems_in(tmp_path, contacts=text))[1:] == (
        15,
        15,
        "'read' must be a date as YYYY-MM-DD, not 'last week'",
    )


def test_two_contacts_with_one_id_are_reported(tmp_path: Path) -> None:
    twice = CONTACTS + CONTACTS.removeprefix("contacts:\n")
    assert only(problems_in(tmp_path, contacts=twice))[1:] == (
        17,
        9,
        "duplicate contact id 'helpline' (first at line 2)",
    )


def test_check_prints_a_situation_problem_as_path_line_column(tmp_path: Path) -> None:
    text = SITUATION.replace("next: ignored", "next: ignore")
    root = write_pack(tmp_path / "pack", situations=situation(text))
    result = run_separ("check", "--pack", str(root), cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == (
        "pack/situations/01-clicked.yaml:11:15: unknown next step 'ignore'; did you mean 'ignored'?"
    )
    assert result.stderr.strip() == "2 problems found."


@pytest.mark.parametrize("folder", ["situations", "help"])
def test_shipped_pack_has_the_help_folders(folder: str) -> None:
    from separ.pack import builtin_pack_dir

    assert any((builtin_pack_dir() / folder).glob("*.yaml"))

"""The Markdown export of the shipped pack: one task per item, ticked where progress says so."""

from __future__ import annotations

from datetime import date

import pytest
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.tasklists import tasklists_plugin

from separ.export import ExportOptions, UnknownSection, render
from separ.export.escape import one_line
from separ.export.select import item_tags
from separ.pack import Pack, load_pack

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def pack() -> Pack:
    """The built-in pack (its size is whatever the guidance holds today)."""
    return load_pack()


def parse(markdown: str) -> list[Token]:
    """Tokens as the HTML export's own parser sees them."""
    return MarkdownIt("commonmark", {"html": False}).use(tasklists_plugin).parse(markdown)


def text_of(inline: Token) -> str:
    """The text a renderer shows for an inline run, on one line."""
    return one_line(
        "".join(
            " " if child.type == "softbreak" else child.content
            for child in inline.children or []
            if child.type in ("text", "softbreak")
        )
    )


def tasks(markdown: str) -> list[tuple[str, bool]]:
    """Each task list entry: the text of its first line and whether its box is ticked."""
    tokens = parse(markdown)
    found = []
    for index, token in enumerate(tokens):
        if token.type == "list_item_open" and token.attrGet("class") == "task-list-item":
            inline = tokens[index + 2]
            box = (inline.children or [])[0]
            assert box.type == "html_inline"
            found.append((text_of(inline), 'checked="checked"' in box.content))
    return found


def every_third(pack: Pack) -> set[str]:
    """Some items ticked, some not."""
    return {item.id for n, item in enumerate(pack.items) if n % 3 == 0}


def test_one_task_per_item_ticked_exactly_where_done(pack: Pack) -> None:
    done = every_third(pack)
    found = tasks(render(pack, done, today=TODAY))
    expected = [(f"{one_line(i.title)} ({item_tags(i)})", i.id in done) for i in pack.items]
    assert found == expected


def test_title_date_and_progress_line(pack: Pack) -> None:
    done = every_third(pack)
    lines = render(pack, done, today=TODAY).splitlines()
    assert lines[0] == "# Separ: digital-safety checklist"
    assert lines[2] == f"Printed 23 November 2026 · {len(done)} of {len(pack.items)} done"


def test_one_heading_per_section_with_its_summary(pack: Pack) -> None:
    tokens = parse(render(pack, set(), today=TODAY))
    opens = [i for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert [(tokens[i].tag, text_of(tokens[i + 1])) for i in opens] == [
        ("h1", "Separ: digital-safety checklist"),
        *(("h2", one_line(s.title)) for s in pack.sections),
    ]
    # heading_open, inline, heading_close, paragraph_open, then the summary's inline run
    summaries = [text_of(tokens[i + 4]) for i in opens if tokens[i].tag == "h2"]
    assert summaries == [one_line(s.summary) for s in pack.sections]


def test_why_steps_and_sources_nest_under_their_item(pack: Pack) -> None:
    item = pack.items[0]
    tokens = parse(render(pack, set(), today=TODAY))
    start = next(i for i, t in enumerate(tokens) if t.attrGet("class") == "task-list-item")
    end = next(i for i in range(start, len(tokens)) if tokens[i].type == "list_item_close"
               and tokens[i].level == tokens[start].level)  # fmt: skip
    inside = [text_of(t) for t in tokens[start:end] if t.type == "inline"]
    assert f"Why: {one_line(item.why)}" in inside
    assert [one_line(s) for s in item.steps] == [
        text for text in inside if text in {one_line(s) for s in item.steps}
    ]
    assert "Sources:" in inside
    for citation in item.citations:
        quoted = f"{citation.role_label}: “{one_line(citation.passage)}” — "
        assert any(text.startswith(quoted) for text in inside)


def test_source_names_the_outlet_inside_a_compilation(pack: Pack) -> None:
    cited = [c for c in pack.citations if c.part is not None]
    if not cited:
        pytest.skip("the pack cites no part of a compilation")
    markdown = render(pack, set(), today=TODAY)
    shown = " ".join(text_of(t) for t in parse(markdown) if t.type == "inline")
    for citation in cited:
        where = f"(line\u00a0{citation.line})"
        line = f"“{one_line(citation.passage)}” — {citation.credit.line()} {where}"
        assert line in shown
        assert citation.credit.publisher and citation.credit.publisher in line


def test_blank_sheet_has_empty_boxes_and_no_counts(pack: Pack) -> None:
    markdown = render(pack, every_third(pack), options=ExportOptions(blank=True), today=TODAY)
    assert [ticked for _, ticked in tasks(markdown)] == [False] * len(pack.items)
    assert markdown.splitlines()[2] == "Printed 23 November 2026"
    assert " done" not in markdown.splitlines()[2]


def test_open_only_leaves_out_done_items_but_counts_them(pack: Pack) -> None:
    done = every_third(pack)
    markdown = render(pack, done, options=ExportOptions(open_only=True), today=TODAY)
    found = tasks(markdown)
    assert len(found) == len(pack.items) - len(done)
    assert not any(ticked for _, ticked in found)
    assert f"{len(done)} of {len(pack.items)} done" in markdown
    assert "Open items only" in markdown


def test_open_only_with_everything_done_says_so(pack: Pack) -> None:
    done = {item.id for item in pack.items}
    markdown = render(pack, done, options=ExportOptions(open_only=True), today=TODAY)
    assert tasks(markdown) == []
    assert "Every item here is done." in markdown


def test_level_filter_counts_only_that_level(pack: Pack) -> None:
    essential = [i for i in pack.items if i.level == "essential"]
    done = every_third(pack)
    markdown = render(pack, done, options=ExportOptions(level="essential"), today=TODAY)
    assert len(tasks(markdown)) == len(essential)
    shown_done = sum(i.id in done for i in essential)
    assert f"{shown_done} of {len(essential)} done" in markdown
    assert "Essential items only" in markdown


def test_section_filter_keeps_pack_order(pack: Pack) -> None:
    first, last = pack.sections[0], pack.sections[-1]
    options = ExportOptions(sections=(last.id, first.id))
    markdown = render(pack, set(), options=options, today=TODAY)
    headings = [t.content for t in parse(markdown) if t.type == "inline"]
    assert headings.index(one_line(first.title)) < headings.index(one_line(last.title))
    assert len(tasks(markdown)) == len({*first.items, *last.items})


def test_unknown_section_names_the_known_ones(pack: Pack) -> None:
    with pytest.raises(UnknownSection) as raised:
        render(pack, set(), options=ExportOptions(sections=(pack.sections[0].id + "x",)))
    message = str(raised.value)
    assert f"did you mean '{pack.sections[0].id}'?" in message
    assert all(section.id in message for section in pack.sections)


def test_no_sources(pack: Pack) -> None:
    markdown = render(pack, set(), options=ExportOptions(sources=False), today=TODAY)
    assert "Sources:" not in markdown
    assert "(line\u00a0" not in markdown
    assert len(tasks(markdown)) == len(pack.items)


def test_progress_for_ids_the_pack_no_longer_has_is_not_counted(pack: Pack) -> None:
    markdown = render(pack, {"an-item-that-was-removed"}, today=TODAY)
    assert f"0 of {len(pack.items)} done" in markdown


def test_unknown_format_or_level_is_refused(pack: Pack) -> None:
    with pytest.raises(ValueError, match="unknown format 'pdf'"):
        render(pack, set(), "pdf")
    with pytest.raises(ValueError, match="unknown level 'urgent'"):
        render(pack, set(), options=ExportOptions(level="urgent"))


def test_today_is_the_default_date(pack: Pack) -> None:
    today = date.today()
    assert f"Printed {today.day} {today.strftime('%B')} {today.year}" in render(pack, set())


def test_blank_sheet_of_open_items(pack: Pack) -> None:
    done = every_third(pack)
    options = ExportOptions(blank=True, open_only=True)
    found = tasks(render(pack, done, options=options, today=TODAY))
    assert len(found) == len(pack.items) - len(done)
    assert not any(ticked for _, ticked in found)


def test_each_source_says_whether_it_recommends_the_step_or_describes_the_threat(
    pack: Pack,
) -> None:
    markdown = render(pack, set(), today=TODAY)
    advice = [c for c in pack.citations if c.role == "advice"]
    threat = [c for c in pack.citations if c.role == "threat"]
    assert advice and threat
    texts = [text_of(t) for t in parse(markdown) if t.type == "inline"]
    for citation in (advice[0], threat[0]):
        label = citation.role_label
        assert any(t.startswith(f"{label}: “{one_line(citation.passage)[:30]}") for t in texts)
    assert "The source recommends this: “" in markdown
    assert "The threat this answers, as the source describes it: “" in markdown


def test_an_item_whose_sources_only_describe_the_threat_is_marked_as_separs_advice(
    pack: Pack,
) -> None:
    own = next(item for item in pack.items if item.own_advice)
    backed = next(item for item in pack.items if not item.own_advice)
    markdown = render(pack, set(), today=TODAY)
    note = "This advice is Separ's own: the sources below describe"

    def block(item_id: str) -> str:
        title = one_line(pack.item(item_id).title)[:25]
        return markdown.split(title, 1)[1].split("\n- [", 1)[0]

    assert note in block(own.id)
    assert note not in block(backed.id)


def test_where_leaves_out_what_applies_only_elsewhere(pack: Pack) -> None:
    from dataclasses import replace

    moved = replace(pack.items[0], applies="abroad")
    section = replace(pack.sections[0], items=(moved, *pack.sections[0].items[1:]))
    changed = replace(pack, sections=(section, *pack.sections[1:]))
    inside = render(changed, set(), options=ExportOptions(where="inside"), today=TODAY)
    abroad = render(changed, set(), options=ExportOptions(where="abroad"), today=TODAY)
    title = one_line(moved.title)[:25]
    assert title not in inside
    assert title in abroad
    assert "only for people outside Iran" in " ".join(abroad.split())
    assert "Only for people inside Iran, and what applies everywhere" in inside

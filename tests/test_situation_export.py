"""A situation and the "Start here" list on paper and in the terminal: `separ export --situation`
and `--start-here` in Markdown, HTML and text, and `separ situations [ID]`."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml

from clihelp import run_separ
from separ.cli import main
from separ.export.focused import select_situation, select_start_here
from separ.export.focused_render import render_focused
from separ.pack import load_pack
from separ.progress import ProgressStore

PACK = load_pack()
CLICKED = PACK.situation("clicked-a-link")
TYPED = CLICKED.step("typed-password")
TYPED_ITEMS = PACK.items_by_ids(TYPED.item_ids)
TODAY = date(2026, 11, 23)


def focused(fmt: str, done: set[str] | None = None, **kwargs) -> str:
    checklist = select_situation(PACK, CLICKED, done or set(), TODAY, **kwargs)
    return render_focused(checklist, fmt)


def unwrapped(markdown: str) -> str:
    """Markdown with each wrapped line joined to the line it continues (a long title wraps)."""
    return re.sub(r"\n {6}(?=\S)", " ", markdown)


# What a focused checklist holds, in every format -----------------------------------------------


@pytest.mark.parametrize("fmt", ["markdown", "html", "text"])
def test_a_situation_starts_with_right_now_and_ends_with_the_contacts(fmt: str) -> None:
    out = " ".join(focused(fmt).split())  # a long title may be wrapped
    first_step = TYPED.now[0].split(",")[0]  # "From a device you trust"
    marks = [
        CLICKED.title,
        "Right now",
        first_step,
        TYPED_ITEMS[0].title,
        "Get help",
        "Access Now Digital Security Helpline",
        "help@accessnow.org",
        "How to tell that you reached the real one",
    ]
    at = 0
    for mark in marks:  # each after the one before (an item's steps may say "get help" too)
        at = out.index(mark, at)
    assert out.rindex("Get help") > out.rindex(TYPED_ITEMS[-1].title)
    for end in CLICKED.ends:
        assert end.title in out
        for step in end.now:
            assert " ".join(step.split()[:4]) in " ".join(out.split())


@pytest.mark.parametrize("fmt", ["markdown", "html", "text"])
def test_the_answers_that_lead_to_each_end_are_printed(fmt: str) -> None:
    flat = " ".join(focused(fmt).split())
    assert (
        "When you answered: What happened after you clicked? I typed a password on the page. "
        "Can you still sign in to that account? Yes, it still works." in flat
    )


def test_markdown_items_are_tasks_and_an_item_shared_by_ends_is_described_once() -> None:
    out = focused("markdown", done={TYPED_ITEMS[0].id})
    shared = TYPED_ITEMS[0]
    flat = unwrapped(out)
    tasks = re.findall(rf"^- \[(.)\] \*\*{re.escape(shared.title)}\*\* \((.+)\)$", flat, re.M)
    assert tasks[0] == ("x", shared.level)
    assert all(tag.endswith("described above") for _, tag in tasks[1:])
    assert len(tasks) == len([end for end in CLICKED.ends if shared.id in end.item_ids])
    words = " ".join(shared.why.split()[:8])
    assert " ".join(out.split()).count(f"**Why:** {words}") == 1
    assert "Printed 23 November 2026 · 1 of " in out


def test_text_is_plain_and_fits_a_page() -> None:
    out = focused("text")
    assert "**" not in out and "<" not in out
    long = [line for line in out.splitlines() if len(line) > 78]
    assert all(len(line.split()) <= 2 for line in long), long  # only an address too long to wrap
    assert out.startswith(f"{CLICKED.title}\n{'=' * len(CLICKED.title)}\n")


def test_html_is_one_page_with_boxes_and_nothing_to_fetch() -> None:
    out = focused("html", done={TYPED_ITEMS[0].id})
    assert out.startswith("<!DOCTYPE html>")
    assert 'checked="checked"' in out
    assert "<h2>Get help</h2>" in out
    assert "<script" not in out and "http-equiv" in out
    assert not re.search(r"<a\s", out)  # the contacts' addresses are text, never links


def test_one_end_only_prints_its_items_in_full() -> None:
    out = focused("markdown", end_id="lost-the-account")
    lost = CLICKED.step("lost-the-account")
    assert "described above" not in out
    assert [t for t in re.findall(r"^- \[ \] \*\*(.+?)\*\*", unwrapped(out), re.M)] == [
        item.title for item in PACK.items_by_ids(lost.item_ids)
    ]
    assert TYPED.title not in out


def test_blank_sheet_has_empty_boxes_and_no_counts() -> None:
    out = focused("markdown", done={TYPED_ITEMS[0].id}, blank=True)
    assert "- [x]" not in out
    assert " done" not in out.splitlines()[2]


def test_without_sources_the_quotes_and_the_contact_sources_are_left_out() -> None:
    out = focused("text", sources=False)
    assert "Sources:" not in out
    assert "Where these facts come from" not in out


def test_start_here_lists_the_essentials_in_order_without_contacts() -> None:
    out = render_focused(select_start_here(PACK, set(), TODAY), "markdown")
    titles = re.findall(r"^- \[ \] \*\*(.+?)\*\*", unwrapped(out), re.M)
    assert titles == [item.title for item in PACK.items_by_ids(PACK.start_here.item_ids)]
    assert out.startswith("# Start here\n")
    assert "Get help" not in out


def test_hostile_pack_text_is_made_inert(pack_copy: Path) -> None:
    path = pack_copy / "situations" / "02-clicked-a-link.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["ends"][0]["now"][0] = "Close <script>alert(1)</script> \x1b]52;c;AAAA\x07 and [x](y)"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    pack = load_pack(pack_copy)
    checklist = select_situation(pack, pack.situation("clicked-a-link"), set(), TODAY)
    for fmt in ("markdown", "html", "text"):
        out = render_focused(checklist, fmt)
        assert "\x1b" not in out and "\x07" not in out
        assert "␛" in out and "␇" in out
    assert "␛]52;c;AAAA␇" in render_focused(checklist, "text")
    assert "\\<script\\>alert(1)\\</script\\>" in render_focused(checklist, "markdown")
    html = render_focused(checklist, "html")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script" not in html
    assert "[x](y)" in html and "<a " not in html


# The commands ----------------------------------------------------------------------------------


def test_separ_situations_lists_id_and_title_one_per_line(capsys) -> None:
    assert main(["situations"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [f"{s.id}\t{s.title}" for s in PACK.situations]


def test_separ_situations_id_prints_the_whole_workflow_top_to_bottom(capsys) -> None:
    assert main(["situations", "clicked-a-link"]) == 0
    out = capsys.readouterr().out
    flat = " ".join(out.split())
    assert "1. What happened after you clicked?" in flat
    assert "I typed a password on the page → question 2" in flat
    assert "Yes, it still works → A. You typed a password, and can still sign in" in flat
    assert "(id: act-fast-after-a-bad-click)" in flat
    starts = ("1. What", "2. Can", "A. You typed", "D. You only", "Get help")
    order = [out.index(f"\n{start}") for start in starts]
    assert order == sorted(order)
    assert "separ export --situation clicked-a-link" in flat


def test_a_situation_without_questions_prints_as_one_list(capsys) -> None:
    assert main(["situations", "travelling"]) == 0
    out = capsys.readouterr().out
    assert "→" not in out and "A. Before you cross" in out


def test_unknown_situation_suggests_the_close_id(capsys) -> None:
    assert main(["situations", "clicked-a-lnk"]) == 1
    err = capsys.readouterr().err
    assert err == (
        "separ: unknown situation 'clicked-a-lnk'; did you mean 'clicked-a-link'? "
        "'separ situations' lists them\n"
    )


def test_typed_escape_sequences_come_back_inert(capsys) -> None:
    assert main(["situations", "\x1b[2Jx"]) == 1
    assert "\x1b" not in capsys.readouterr().err


def test_export_situation_uses_the_saved_ticks(data_dir: Path, capsys) -> None:
    store = ProgressStore(data_dir)
    store.set_done(TYPED_ITEMS[0].id)
    store.close()
    assert main(["export", "--situation", "clicked-a-link", "--end", "typed-password"]) == 0
    out = capsys.readouterr().out
    assert f"- [x] **{TYPED_ITEMS[0].title}**" in unwrapped(out)
    assert f"1 of {len(TYPED_ITEMS)} done" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--situation", "travelling", "--start-here"], "cannot be combined; choose one"),
        (["--end", "x"], "--end goes with --situation ID"),
        (["--situation", "travelling", "--level", "essential"], "--level cannot be combined"),
        (["--start-here", "--open-only"], "--open-only cannot be combined with --start-here"),
        (["--situation", "travelling", "--end", "nope"], "situation 'travelling' has no end"),
    ],
)
def test_export_options_that_do_not_fit_are_one_line_errors(argv, message, capsys) -> None:
    assert main(["export", *argv]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_export_situation_to_a_file_as_a_person_runs_it(tmp_path: Path) -> None:
    target = tmp_path / "now.html"
    result = run_separ(
        "export", "--situation", "received-a-threat", "-f", "html", "-o", str(target)
    )
    assert result.returncode == 0, result.stderr
    assert "<h1>I received a threat</h1>" in target.read_text(encoding="utf-8")


def test_start_here_as_a_person_runs_it() -> None:
    result = run_separ("export", "--start-here", "-f", "text", "--no-sources")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Start here\n==========\n")


NO_TEXTUAL = """
import sys
from separ.cli import main
for argv in (["situations"], ["situations", "travelling"], ["schema", "situation"],
             ["export", "--situation", "travelling"], ["export", "--start-here", "-f", "text"]):
    assert main(argv) == 0, argv
loaded = sorted(m for m in sys.modules if m == "textual" or m.startswith("textual."))
assert not loaded, loaded
"""


def test_situation_commands_never_import_textual() -> None:
    result = subprocess.run(
        [sys.executable, "-c", NO_TEXTUAL], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr

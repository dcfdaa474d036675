"""`separ link` and `separ trust` from the command line, as a person or a script runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import separ
from clihelp import run_separ
from separ.cli import main


def test_no_warning_exits_0_and_says_it_is_not_proof() -> None:
    done = run_separ("link", "https://www.instagram.com/")
    assert done.returncode == 0, done.stderr
    assert "No warning" in done.stdout
    assert "not proof" in done.stdout
    assert "did not open, fetch or look up" in done.stdout


def test_a_warning_exits_1_and_explains_in_plain_words() -> None:
    done = run_separ("link", "https://instagram.com.verify-account.net/login")
    assert done.returncode == 1
    out = done.stdout
    assert "WARNING: this link imitates instagram.com (Instagram)." in out
    assert "real site:  verify-account.net" in out
    assert "What to do: do not open it" in out
    assert "See the checklist item:" in out
    assert "(avoid-look-alike-sites)" in out


def test_a_caution_alone_exits_0() -> None:
    done = run_separ("link", "http://example.org/", "https://bit.ly/x")
    assert done.returncode == 0
    assert done.stdout.count("CAUTION") == 2


def test_input_that_is_not_a_link_exits_2_and_the_others_are_still_checked() -> None:
    done = run_separ("link", "hello world", "instagarm.com")
    assert done.returncode == 2
    assert "not a link: 'hello world': this has spaces in it" in done.stderr
    assert "WARNING: this link imitates instagram.com" in done.stdout
    assert "Traceback" not in done.stderr


def test_json_gives_one_object_per_link() -> None:
    done = run_separ("link", "--json", "amnesty.com", "https://www.amnesty.org/", "nonsense")
    assert done.returncode == 2
    objects = [json.loads(line) for line in done.stdout.splitlines()]
    assert [o["link"] for o in objects] == ["amnesty.com", "https://www.amnesty.org/", "nonsense"]
    first, second, third = objects
    assert first["verdict"] == "warning"
    assert first["imitates"] == "amnesty.org"
    assert first["reasons"][0]["kind"] == "other-ending"
    assert set(first["reasons"][0]) == {"kind", "level", "message", "trusted", "details"}
    assert second["verdict"] == "ok"
    assert second["imitates"] is None
    assert second["reasons"] == []
    assert third["verdict"] == "not-a-link"
    assert "error" in third


MESSAGE = """Salam, here is the invitation to the webinar:
hxxps://meeting-share-account[.]live/join?id=7 (sign in with your Google account).
The programme is on www.bbc.com/persian, and the form: javascript:alert(1)
Write to me at ali.reza@gmail.com. Report.pdf is attached.
"""


def test_dash_checks_every_link_in_a_pasted_message() -> None:
    done = run_separ("link", "--json", "-", stdin=MESSAGE)
    assert done.returncode == 1, done.stderr
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["link"] for r in results] == [
        "https://meeting-share-account.live/join?id=7",
        "javascript:alert(1)",
        "www.bbc.com/persian",
    ]
    assert [r["verdict"] for r in results] == ["warning", "warning", "ok"]
    assert results[1]["reasons"][0]["kind"] == "javascript-link"


def test_a_message_with_no_link_says_so_and_exits_2() -> None:
    done = run_separ("link", "-", stdin="See you tomorrow at the usual place.\n")
    assert done.returncode == 2
    assert "no link found in the text" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_reported_address_names_its_report_as_its_own_kind_of_reason() -> None:
    done = run_separ("link", "--json", "https://panel-short-check.live/PhyfkFQX")
    reasons = json.loads(done.stdout)["reasons"]
    reported = [r for r in reasons if r["kind"] == "reported"]
    assert reported and reported[0]["level"] == "warning"
    assert reported[0]["reports"][0] == {
        "report": "Uncharmed: Untangling Iran's APT42 Operations",
        "publisher": "Mandiant",
        "date": "2024-05",
    }
    assert "reported as phishing in \u201cUncharmed" in reported[0]["message"]
    assert "May 2024" in reported[0]["message"]


def test_dash_reads_links_from_standard_input() -> None:
    done = run_separ("link", "--json", "-", stdin="instagarm.com\n\n# a comment\nexample.org\n")
    assert done.returncode == 1
    verdicts = [json.loads(line)["verdict"] for line in done.stdout.splitlines()]
    assert verdicts == ["warning", "ok"]


def test_a_bracketed_link_is_printed_as_written() -> None:
    done = run_separ("link", "https://instagram.com.evil.net/[/MEK]")
    assert "https://instagram.com.evil.net/[/MEK]" in done.stdout


def test_control_characters_in_a_link_are_made_visible(capsys) -> None:
    assert main(["link", "https://example.org/\x1b[31mred"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "\u241b[31mred" in out  # ESC shown as its control picture, by separ.safe


def test_checking_a_link_creates_no_progress_file(data_dir: Path, capsys) -> None:
    main(["link", "example.org"])
    assert not data_dir.exists()


def test_trust_add_list_remove_round_trip(capsys) -> None:
    assert main(["trust", "add", "https://www.mygroup.org/about"]) == 0
    assert "Trusted: mygroup.org" in capsys.readouterr().out
    assert main(["trust", "list"]) == 0
    assert capsys.readouterr().out.split() == ["mygroup.org"]
    assert main(["link", "mygroup.net"]) == 1
    assert "imitates mygroup.org" in capsys.readouterr().out
    assert main(["trust", "remove", "mygroup.org"]) == 0
    assert "No longer trusted" in capsys.readouterr().out
    assert main(["trust", "list"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "not added any" in captured.err
    assert main(["trust", "remove", "mygroup.org"]) == 1


def test_trust_refuses_a_look_alike_unless_forced(capsys) -> None:
    assert main(["trust", "add", "instagarm.com"]) == 1
    assert "looks like a copy of instagram.com" in capsys.readouterr().err
    assert main(["trust", "add", "--force", "instagarm.com"]) == 0
    capsys.readouterr()
    assert main(["link", "instagarm.com"]) == 0


def test_trust_refuses_a_public_ending(capsys) -> None:
    assert main(["trust", "add", "github.io"]) == 2
    assert "many unrelated sites share" in capsys.readouterr().err


def test_trust_list_builtin_shows_the_shipped_sites(capsys) -> None:
    assert main(["trust", "list", "--builtin"]) == 0
    out = capsys.readouterr().out
    assert "instagram.com  (Instagram)" in out
    assert "en-hrana.org" in out


def test_wipe_removes_the_trusted_list() -> None:
    assert run_separ("trust", "add", "mygroup.org").returncode == 0
    assert run_separ("trust", "list").stdout.split() == ["mygroup.org"]
    wiped = run_separ("wipe", "--yes")
    assert wiped.returncode == 0, wiped.stderr
    listed = run_separ("trust", "list")
    assert listed.stdout == ""
    assert run_separ("link", "mygroup.net").returncode == 0


def test_no_save_trusts_for_this_run_only(data_dir: Path, capsys) -> None:
    assert main(["trust", "add", "--no-save", "mygroup.org"]) == 0
    assert "not saved" in capsys.readouterr().out
    assert not data_dir.exists()


@pytest.mark.parametrize(
    ("args", "says"),
    [(["link", "--help"], "Exit status: 0"), (["trust", "--help"], "'separ wipe' removes")],
)
def test_help_explains_exit_statuses_and_the_list(args: list[str], says: str, capsys) -> None:
    with pytest.raises(SystemExit):
        main(args)
    assert says in " ".join(capsys.readouterr().out.split())


def test_link_command_never_imports_textual() -> None:
    code = (
        "import sys, io, contextlib\n"
        "from separ.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()): main(['link', 'instagarm.com'])\n"
        "print('textual' in sys.modules, 'socket' in sys.modules)\n"
    )
    env = dict(os.environ)
    env["PYTHONPATH"] = str(Path(separ.__file__).resolve().parent.parent)
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.stdout.split() == ["False", "False"], done.stderr


def test_a_broken_trusted_list_is_reported_at_its_place(pack_copy: Path, capsys) -> None:
    (pack_copy / "trusted" / "sites.yaml").write_text("sites:\n  - owner: X\n", encoding="utf-8")
    assert main(["link", "--pack", str(pack_copy), "example.org"]) == 2
    err = capsys.readouterr().err
    assert "sites.yaml:2:5: this site is missing the field 'domains'" in err
    assert "Traceback" not in err

"""Choosing the language, and the gettext catalog end to end: the CLI and the footer in Persian."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import separ
from clihelp import run_separ
from separ.i18n import catalog
from separ.i18n.lang import (
    LANGUAGE_SETTING,
    choose_language,
    language_in_arguments,
    language_of_locale,
    normalise,
)
from separ.progress import ProgressStore

REPO = Path(__file__).resolve().parent.parent
PO = REPO / "src" / "separ" / "i18n" / "locale" / "fa" / "LC_MESSAGES" / "separ.po"


@pytest.fixture(autouse=True)
def _english_afterwards():
    """A test that installs Persian leaves English installed for the next one."""
    yield
    catalog.use_language("en")


# Choosing ---------------------------------------------------------------------------------------


def test_lang_option_beats_everything() -> None:
    env = {"SEPAR_LANG": "en", "LANG": "en_GB.UTF-8"}
    assert choose_language("fa", env, remembered="en") == "fa"


def test_separ_lang_beats_the_remembered_choice_and_the_locale() -> None:
    assert choose_language(None, {"SEPAR_LANG": "fa", "LANG": "en_US.UTF-8"}, "en") == "fa"


def test_remembered_choice_beats_the_locale() -> None:
    assert choose_language(None, {"LANG": "en_US.UTF-8"}, remembered="fa") == "fa"


def test_persian_locale_speaks_persian() -> None:
    assert choose_language(None, {"LANG": "fa_IR.UTF-8"}) == "fa"


def test_no_hint_at_all_speaks_english() -> None:
    assert choose_language(None, {}) == "en"


def test_lc_all_beats_lc_messages_beats_lang() -> None:
    assert language_of_locale({"LC_ALL": "C", "LC_MESSAGES": "fa_IR", "LANG": "fa_IR"}) == "en"
    assert language_of_locale({"LC_MESSAGES": "fa_IR.UTF-8", "LANG": "en_US"}) == "fa"
    assert language_of_locale({"LC_ALL": "", "LANG": "fa"}) == "fa"


def test_unknown_language_names_are_passed_over() -> None:
    assert normalise("fa-IR") == "fa"
    assert normalise("FA") == "fa"
    assert normalise("de_DE") is None
    assert choose_language(None, {"SEPAR_LANG": "klingon", "LANG": "fa_IR"}) == "fa"


def test_lang_is_read_from_the_arguments_before_parsing() -> None:
    assert language_in_arguments(["--lang", "fa", "check"]) == "fa"
    assert language_in_arguments(["check", "--lang=en"]) == "en"
    assert language_in_arguments(["check", "--", "--lang", "fa"]) is None


# The catalog ------------------------------------------------------------------------------------


def test_english_needs_no_catalog_and_returns_the_message() -> None:
    catalog.use_language("en")
    assert catalog._("Quit") == "Quit"
    assert catalog.ngettext("item", "items", 2) == "items"


def test_persian_catalog_is_installed_with_the_package() -> None:
    assert catalog.catalog_bytes("fa") is not None, (
        "no compiled Persian catalog: reinstall (pip install -e .) or run "
        "python scripts/catalog.py compile"
    )
    assert catalog.use_language("fa")
    assert catalog._("Quit") == "خروج"
    assert catalog._("Help") == "راهنما"
    assert catalog.current_language() == "fa"


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown language"):
        catalog.use_language("de")


def _po_messages() -> dict[str, str]:
    """Each message and its translation; a plural message by its singular (Persian has one
    form, which its plural's translation is)."""
    from babel.messages.pofile import read_po

    with PO.open("rb") as source:
        return {
            m.id if isinstance(m.id, str) else m.id[0]: m.string
            if isinstance(m.string, str)
            else m.string[0]
            for m in read_po(source)
            if m.id and not m.fuzzy
        }


def _plurals() -> dict[str, str]:
    """The plural form of each plural message, by its singular."""
    from babel.messages.pofile import read_po

    with PO.open("rb") as source:
        return {m.id[0]: m.id[1] for m in read_po(source) if m.id and not isinstance(m.id, str)}


def test_installed_catalog_is_compiled_from_the_current_po() -> None:
    catalog.use_language("fa")
    plurals = _plurals()

    def installed(msgid: str) -> str:
        if msgid in plurals:
            return catalog.ngettext(msgid, plurals[msgid], 2)
        return catalog._(msgid)

    stale = [msgid for msgid, text in _po_messages().items() if installed(msgid) != text]
    assert stale == [], (
        "the compiled catalog is older than separ.po: run python scripts/catalog.py compile"
    )


def test_every_translation_keeps_the_placeholders_of_its_message() -> None:
    def names(text: str) -> list[str]:
        return sorted(re.findall(r"\{(\w*)\}", text))

    wrong = {m: t for m, t in _po_messages().items() if names(m) != names(t)}
    assert wrong == {}


def test_template_holds_every_marked_string_of_the_code(tmp_path: Path) -> None:
    """scripts/catalog.py update was run after strings were marked: nothing is left out."""
    from babel.messages.extract import extract_from_dir
    from babel.messages.pofile import read_po

    in_code = {
        message[2] if isinstance(message[2], str) else message[2][0]
        for message in extract_from_dir(str(REPO / "src" / "separ"), keywords={"_": None})
    }
    in_code |= {
        m[2]
        for m in extract_from_dir(str(REPO / "src" / "separ"), keywords={"N_": None})
        if isinstance(m[2], str)
    }
    assert {"Quit", "(nothing saved yet)"} <= in_code
    with (REPO / "src" / "separ" / "i18n" / "locale" / "separ.pot").open("rb") as source:
        in_template = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(source) if m.id}
    assert in_code - in_template == set(), "run python scripts/catalog.py update"
    assert in_code - set(_po_messages()) == set(), "translate the new strings in separ.po"


# End to end: the CLI ----------------------------------------------------------------------------


def test_check_summary_in_persian_with_persian_digits() -> None:
    result = run_separ("--lang", "fa", "check")
    assert result.returncode == 0, result.stdout + result.stderr
    summary = result.stdout.strip().splitlines()[-1]
    assert re.fullmatch(r"[۰-۹]+ بخش، [۰-۹]+ مورد، [۰-۹]+ ارجاع؛ همه پیدا شدند", summary)
    assert not re.search(r"[0-9]", summary)


def test_where_in_persian_from_separ_lang(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SEPAR_LANG", "fa")
    result = run_separ("where", "--no-save")
    assert result.stdout.strip() == "در این حالت هیچ چیز ذخیره نمی‌شود (--no-save)."


def test_where_in_persian_from_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_MESSAGES", "fa_IR.UTF-8")
    result = run_separ("where")
    assert result.stderr.strip() == "(هنوز چیزی ذخیره نشده است)"


def test_lang_option_beats_separ_lang(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SEPAR_LANG", "fa")
    result = run_separ("where", "--no-save", "--lang", "en")
    assert result.stdout.strip() == "Nothing is saved in this mode (--no-save)."


def test_unknown_lang_option_is_refused_with_the_choices() -> None:
    result = run_separ("check", "--lang", "de")
    assert result.returncode == 2
    assert "invalid choice: 'de'" in result.stderr


def test_persian_check_stays_without_textual() -> None:
    code = (
        "import sys\nfrom separ.cli import main\n"
        "assert main(['--lang', 'fa', 'check']) == 0\n"
        "assert 'textual' not in sys.modules, 'textual loaded'\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(separ.__file__).resolve().parent.parent)}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr


def test_english_never_imports_gettext() -> None:
    code = (
        "import sys\nimport separ.i18n as i\ni.use_language('en')\ni._('Quit')\n"
        "assert 'gettext' not in sys.modules\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(separ.__file__).resolve().parent.parent)}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# End to end: the app ----------------------------------------------------------------------------

FOOTER_SCRIPT = """
import asyncio, sys
from separ.i18n import use_language
use_language(sys.argv[1])
from separ.app.app import SeparApp  # imported after the language, as separ.app.launch does
from separ.pack import load_pack
from separ.progress import ProgressStore
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

async def main():
    store = ProgressStore(save=False)
    store.set_setting("rtl-display", "terminal")  # the words as written, not reordered
    app = SeparApp(load_pack(), store)
    app.rtl_mode = "terminal"
    async with app.run_test(size=(200, 24)) as pilot:  # wide enough for every key
        await pilot.pause()
        keys = app.screen.query_one(Footer).query(FooterKey)
        print("|".join(key.description for key in keys))

asyncio.run(main())
"""


@pytest.mark.parametrize(
    ("lang", "quit_", "help_"), [("fa", "خروج", "راهنما"), ("en", "Quit", "Help")]
)
def test_footer_speaks_the_language_installed_before_the_app_is_imported(
    lang: str, quit_: str, help_: str
) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(separ.__file__).resolve().parent.parent)}
    result = subprocess.run(
        [sys.executable, "-c", FOOTER_SCRIPT, lang],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    descriptions = result.stdout.strip().split("|")
    assert quit_ in descriptions
    assert help_ in descriptions


def test_language_given_to_the_app_is_remembered_and_wiped(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path
) -> None:
    from separ.app import app as app_module
    from separ.app.launch import run_app

    monkeypatch.setattr(app_module.SeparApp, "run", lambda self: 0)
    run_app(argparse.Namespace(lang="fa"))
    assert catalog.current_language() == "fa"
    store = ProgressStore(data_dir)
    assert store.setting(LANGUAGE_SETTING) == "fa"
    store.close()
    catalog.use_language("en")
    run_app(argparse.Namespace())  # no --lang: the remembered choice
    assert catalog.current_language() == "fa"
    assert run_separ("wipe", "--yes").returncode == 0
    store = ProgressStore(data_dir)
    assert store.setting(LANGUAGE_SETTING) is None
    store.close()

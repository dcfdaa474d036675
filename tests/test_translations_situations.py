"""Translations of situations, the Start here list and contacts: the guidance's design (a file
per language beside each English file, keyed by ids, with fingerprints), checked the same way,
loaded with the English shown (marked by `lang`) wherever a translation falls short."""

from __future__ import annotations

import re
import textwrap
import zipfile
from pathlib import Path

import pytest

from clihelp import run_separ
from separ.pack import PackError, check_pack, load_pack
from separ.pack.format import Spec
from separ.pack.format_translation import (
    TRANSLATED_CONTACT,
    TRANSLATED_CONTACTS,
    TRANSLATED_END,
    TRANSLATED_QUESTION,
    TRANSLATED_REACH,
    TRANSLATED_SITUATION,
    TRANSLATED_SOURCE,
    TRANSLATED_START_HERE,
)
from separ.pack.reader import Reader
from separ.pack.translations import section_fingerprint
from separ.pack.translations_situations import (
    contact_fingerprint,
    end_fingerprint,
    question_fingerprint,
    situation_fingerprint,
    start_here_fingerprint,
)
from test_pack_format import readme_section

SITUATION_SPECS = (
    TRANSLATED_SITUATION,
    TRANSLATED_QUESTION,
    TRANSLATED_END,
    TRANSLATED_START_HERE,
    TRANSLATED_CONTACTS,
    TRANSLATED_CONTACT,
    TRANSLATED_REACH,
    TRANSLATED_SOURCE,
)

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

SITUATION = """\
id: clicked
title: I clicked a link
summary: What to do in the next hour.
questions:
  - id: what-happened
    question: What happened?
    answers:
      - answer: I typed a password
        next: typed
      - answer: I only opened it
        next: opened
ends:
  - id: typed
    title: You typed a password
    now:
      - Change the password now.
      - Sign out every other session.
    items:
      - no-reuse
  - id: opened
    title: You only opened it
    items:
      - check-contacts
"""

LIST = """\
id: travelling
title: I am travelling
summary: Crossing a border.
ends:
  - id: before
    title: Before you cross
    now:
      - Carry little.
"""

START_HERE = """\
title: Start here
summary: The essentials, in order.
items:
  - no-reuse
  - check-contacts
"""

CONTACTS = """\
contacts:
  - id: helpline
    name: A Helpline
    who: A team that helps.
    helps_with: Digital security.
    languages: Their pages do not say.
    hours: Every day.
    reach:
      - how: email
        address: help@example.org
        note: Type it yourself.
      - how: web
        address: https://example.org/help
    verify:
      - You write first.
      - Check the address letter by letter.
    sources:
      - url: https://example.org/faq
        read: "2026-11-23"
        supports: Open every day.
"""


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    """A pack of one section, two situations (one a plain list), Start here and one contact."""
    return make_pack(tmp_path / "pack")


def make_pack(root: Path) -> Path:
    """Write the English pack of these tests at `root`."""
    for folder in ("guidance", "seeds", "situations", "help"):
        (root / folder).mkdir(parents=True)
    (root / "seeds" / "doc.txt").write_text(
        "Check who you talk to before you share. Never reuse a password anywhere.\n",
        encoding="utf-8",
    )
    (root / "seeds" / "sources.yaml").write_text(
        "documents:\n  - id: doc\n    file: doc.txt\n    title: A document\n", encoding="utf-8"
    )
    (root / "guidance" / "01-careful.yaml").write_text(SECTION, encoding="utf-8")
    (root / "situations" / "01-clicked.yaml").write_text(SITUATION, encoding="utf-8")
    (root / "situations" / "02-travelling.yaml").write_text(LIST, encoding="utf-8")
    (root / "help" / "start-here.yaml").write_text(START_HERE, encoding="utf-8")
    (root / "help" / "contacts.yaml").write_text(CONTACTS, encoding="utf-8")
    return root


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def situation_file(root: Path) -> Path:
    return root / "situations" / "fa" / "01-clicked.yaml"


def contacts_file(root: Path) -> Path:
    return root / "help" / "fa" / "contacts.yaml"


def translate_situation(root: Path, **changes: str) -> Path:
    """A complete, current Persian translation of the first situation."""
    situation = load_pack(root).situations[0]
    question = situation.questions[0]
    typed, opened = situation.ends
    fingerprints = {
        "situation": situation_fingerprint(situation),
        "question": question_fingerprint(question),
        "typed": end_fingerprint(typed),
        "opened": end_fingerprint(opened),
    }
    fingerprints.update(changes)
    return write(
        situation_file(root),
        f"""\
        id: clicked
        from: {fingerprints["situation"]}
        title: روی لینکی زدم
        summary: در یک ساعت آینده چه کنید.
        questions:
          - id: what-happened
            from: {fingerprints["question"]}
            question: چه شد؟
            answers:
              - گذرواژه‌ای وارد کردم
              - فقط بازش کردم
        ends:
          - id: typed
            from: {fingerprints["typed"]}
            title: گذرواژه را وارد کرده‌اید
            now:
              - همین حالا گذرواژه را عوض کنید.
              - همهٔ نشست‌های دیگر را از حساب خارج کنید.
          - id: opened
            from: {fingerprints["opened"]}
            title: فقط آن را باز کرده‌اید
        """,
    )


def translate_contacts(root: Path, fingerprint: str | None = None) -> Path:
    """A complete, current Persian translation of the contacts."""
    contact = load_pack(root).contacts[0]
    return write(
        contacts_file(root),
        f"""\
        contacts:
          - id: helpline
            from: {fingerprint or contact_fingerprint(contact)}
            name: یک خط کمک (A Helpline)
            who: گروهی که کمک می‌کند.
            helps_with: امنیت دیجیتال.
            languages: صفحه‌هایشان نمی‌گویند.
            hours: هر روز.
            verify:
              - شما اول پیام می‌دهید.
              - نشانی را حرف به حرف بررسی کنید.
            reach:
              - address: help@example.org
                note: خودتان تایپش کنید.
            sources:
              - url: https://example.org/faq
                supports: هر روز باز است.
        """,
    )


def translate_everything(root: Path) -> None:
    """Every translation of the pack, complete and current (the guidance's too)."""
    english = load_pack(root)
    section = english.sections[0]
    items = "".join(
        f"  - id: {item.id}\n    from: {fp}\n    title: عنوان\n    why: چرا\n"
        f"    steps:\n      - گام\n    quotes:\n      - from: {qfp}\n        text: ترجمه\n"
        for item, fp, qfp in ((item, *_item_fingerprints(item)) for item in section.items)
    )
    write(
        root / "guidance" / "fa" / "01-careful.yaml",
        f"id: careful\nfrom: {section_fingerprint(section)}\ntitle: مراقب باشید\n"
        f"summary: خلاصه\nitems:\n{items}",
    )
    translate_situation(root)
    travelling = english.situations[1]
    write(
        root / "situations" / "fa" / "02-travelling.yaml",
        f"""\
        id: travelling
        from: {situation_fingerprint(travelling)}
        title: سفر می‌کنم
        summary: گذشتن از مرز.
        ends:
          - id: before
            from: {end_fingerprint(travelling.ends[0])}
            title: پیش از عبور از مرز
            now:
              - کم همراه ببرید.
        """,
    )
    write(
        root / "help" / "fa" / "start-here.yaml",
        f"from: {start_here_fingerprint(english.start_here)}\ntitle: از اینجا شروع کنید\n"
        "summary: کارهای ضروری، به ترتیب.\n",
    )
    translate_contacts(root)


def _item_fingerprints(item) -> tuple[str, str]:
    from separ.pack.translations import item_fingerprint, quote_fingerprint

    return item_fingerprint(item), quote_fingerprint(item.citations[0])


def messages(problems: list, warnings: bool) -> list[str]:
    return [p.message for p in problems if p.warning is warnings]


# Without a translation ---------------------------------------------------------------------------


def test_without_a_translation_everything_shows_in_english_marked(pack: Path) -> None:
    loaded = load_pack(pack, lang="fa")
    situation = loaded.situations[0]
    assert (situation.title, situation.lang) == ("I clicked a link", "en")
    assert [q.lang for q in situation.questions] == ["en"]
    assert [e.lang for e in situation.ends] == ["en", "en"]
    assert (loaded.start_here.title, loaded.start_here.lang) == ("Start here", "en")
    assert (loaded.contacts[0].who, loaded.contacts[0].lang) == ("A team that helps.", "en")


def test_a_language_folder_for_situations_alone_makes_every_file_a_warning(pack: Path) -> None:
    (pack / "situations" / "fa").mkdir()
    loaded, problems = check_pack(pack)
    assert loaded is not None and all(p.warning for p in problems)
    places = {(p.path.relative_to(pack).as_posix(), p.line, p.column) for p in problems}
    assert places == {
        ("guidance/01-careful.yaml", 1, 1),
        ("situations/01-clicked.yaml", 1, 1),
        ("situations/02-travelling.yaml", 1, 1),
        ("help/start-here.yaml", 1, 1),
        ("help/contacts.yaml", 1, 1),
    }
    assert "no Persian translation of the contacts (" in " ".join(messages(problems, True))


# A complete translation -------------------------------------------------------------------------


def test_a_current_translation_is_loaded_and_the_workflow_stays_the_englishs(pack: Path) -> None:
    translate_situation(pack)
    situation = load_pack(pack, lang="fa").situations[0]
    assert (situation.title, situation.summary, situation.lang) == (
        "روی لینکی زدم",
        "در یک ساعت آینده چه کنید.",
        "fa",
    )
    question = situation.questions[0]
    assert question.text == "چه شد؟" and question.lang == "fa"
    assert [(a.text, a.next) for a in question.answers] == [
        ("گذرواژه‌ای وارد کردم", "typed"),
        ("فقط بازش کردم", "opened"),
    ]
    typed, opened = situation.ends
    assert typed.now == ("همین حالا گذرواژه را عوض کنید.", "همهٔ نشست‌های دیگر را از حساب خارج کنید.")
    assert (typed.item_ids, typed.lang) == (("no-reuse",), "fa")
    assert (opened.title, opened.now, opened.item_ids) == (
        "فقط آن را باز کرده‌اید",
        (),
        ("check-contacts",),
    )
    assert situation.step("typed") is typed  # the workflow finds the translated steps


def test_a_current_contact_translation_keeps_addresses_pages_and_dates(pack: Path) -> None:
    translate_contacts(pack)
    (contact,) = load_pack(pack, lang="fa").contacts
    assert contact.lang == "fa"
    assert (contact.name, contact.hours) == ("یک خط کمک (A Helpline)", "هر روز.")
    assert contact.verify == ("شما اول پیام می‌دهید.", "نشانی را حرف به حرف بررسی کنید.")
    email, web = contact.reach
    assert (email.how, email.address, email.note) == (
        "email",
        "help@example.org",
        "خودتان تایپش کنید.",
    )
    assert (web.address, web.note) == ("https://example.org/help", None)
    (source,) = contact.sources
    assert (source.url, source.read, source.supports) == (
        "https://example.org/faq",
        "2026-11-23",
        "هر روز باز است.",
    )


def test_a_complete_translation_checks_without_warnings(pack: Path) -> None:
    translate_everything(pack)
    result = run_separ("check", "--strict", "--pack", str(pack))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "warning" not in result.stdout + result.stderr
    loaded = load_pack(pack, lang="fa")
    assert loaded.start_here.title == "از اینجا شروع کنید"
    assert loaded.start_here.item_ids == ("no-reuse", "check-contacts")
    assert loaded.situations[1].ends[0].now == ("کم همراه ببرید.",)


def test_english_pack_ignores_the_translation(pack: Path) -> None:
    translate_everything(pack)
    loaded = load_pack(pack)
    assert loaded.situations[0].title == "I clicked a link"
    assert loaded.situations[0].ends[0].lang == "en"
    assert loaded.contacts[0].who == "A team that helps."


def test_situations_command_speaks_the_language_asked_for(pack: Path) -> None:
    translate_everything(pack)
    listed = run_separ("situations", "--lang", "fa", "--pack", str(pack))
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines()[0] == "clicked\tروی لینکی زدم"
    shown = run_separ("situations", "clicked", "--lang", "fa", "--pack", str(pack))
    assert "همین حالا گذرواژه را عوض کنید." in shown.stdout
    assert "یک خط کمک (A Helpline)" in shown.stdout
    english = run_separ("situations", "clicked", "--pack", str(pack))
    assert "Change the password now." in english.stdout


def test_a_pack_read_from_a_zip_loads_its_translations_and_warns_in_order(
    pack: Path, tmp_path: Path
) -> None:
    """The offline copy reads its pack in place from the zip: translations and warnings too."""
    translate_situation(pack)
    archive = tmp_path / "separ.pyz"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in sorted(pack.rglob("*")):
            if path.is_file():
                zipped.write(path, f"pack_data/{path.relative_to(pack).as_posix()}")
    loaded, problems = check_pack(zipfile.Path(archive, "pack_data/"), lang="fa")
    assert loaded is not None
    assert loaded.situations[0].title == "روی لینکی زدم"
    assert loaded.situations[1].lang == "en"
    assert len(problems) > 1 and all(p.warning for p in problems)
    shown = [str(p) for p in problems]  # sorted and printed, though no zip path has an order
    assert any("02-travelling.yaml not found" in line for line in shown)


# Out of date ------------------------------------------------------------------------------------


def test_a_changed_end_is_out_of_date_alone_and_shows_in_english(pack: Path) -> None:
    translate_situation(pack)
    english = pack / "situations" / "01-clicked.yaml"
    english.write_text(SITUATION.replace("Change the password now.", "Change it now."))
    loaded, problems = check_pack(pack, lang="fa")
    assert loaded is not None
    (warning,) = [p for p in problems if p.path == situation_file(pack)]
    assert warning.warning
    assert (warning.line, warning.column) == (14, 11)  # its 'from'
    assert warning.message.startswith("out of date: the English end 'typed' changed")
    typed, opened = loaded.situations[0].ends
    assert (typed.now[0], typed.lang) == ("Change it now.", "en")
    assert opened.lang == "fa"
    assert loaded.situations[0].questions[0].lang == "fa"


def test_a_changed_answer_makes_its_question_out_of_date(pack: Path) -> None:
    translate_situation(pack)
    english = pack / "situations" / "01-clicked.yaml"
    english.write_text(SITUATION.replace("I only opened it", "I opened it and closed it"))
    loaded, problems = check_pack(pack, lang="fa")
    assert loaded is not None
    assert any("English question 'what-happened' changed" in m for m in messages(problems, True))
    question = loaded.situations[0].questions[0]
    assert question.answers[1].text == "I opened it and closed it"
    assert question.lang == "en"


def test_a_changed_contact_is_out_of_date_as_a_whole(pack: Path) -> None:
    translate_contacts(pack)
    english = pack / "help" / "contacts.yaml"
    english.write_text(CONTACTS.replace("Type it yourself.", "Type it yourself, slowly."))
    loaded, problems = check_pack(pack, lang="fa")
    assert loaded is not None
    assert any(
        m.startswith("out of date: the English contact 'helpline' changed")
        for m in messages(problems, True)
    )
    assert loaded.contacts[0].reach[0].note == "Type it yourself, slowly."
    assert loaded.contacts[0].who == "A team that helps."


def test_reflowing_the_english_does_not_make_a_translation_out_of_date(pack: Path) -> None:
    translate_situation(pack)
    english = pack / "situations" / "01-clicked.yaml"
    english.write_text(
        SITUATION.replace(
            "      - Change the password now.",
            "      - >-\n        Change the\n        password now.",
        )
    )
    _, problems = check_pack(pack, lang="fa")
    assert [p for p in problems if p.path.parent.name == "fa" and "situations" in str(p.path)] == []


# Missing ----------------------------------------------------------------------------------------


def test_entries_not_yet_translated_are_warnings_at_their_place(pack: Path) -> None:
    situation = load_pack(pack).situations[0]
    write(
        situation_file(pack),
        f"""\
        id: clicked
        from: {situation_fingerprint(situation)}
        title: روی لینکی زدم
        ends:
          - id: typed
            from: {end_fingerprint(situation.ends[0])}
            title: گذرواژه را وارد کرده‌اید
        """,
    )
    loaded, problems = check_pack(pack, lang="fa")
    assert loaded is not None
    found = sorted(
        (p.line, p.column, p.message) for p in problems if p.path == situation_file(pack)
    )
    assert found == [
        (
            1,
            1,
            "question 'what-happened' is not translated yet; the English shows",
        ),
        (
            1,
            1,
            "the title and summary of situation 'clicked' is translated in part (no 'summary'); "
            "the English shows",
        ),
        (5, 3, "end 'opened' is not translated yet; the English shows"),
        (5, 5, "end 'typed' is translated in part (no 'now'); the English shows"),
    ]
    assert all(p.warning for p in problems)
    assert loaded.situations[0].lang == "en"


def test_a_contact_translated_in_part_names_what_is_missing(pack: Path) -> None:
    write(
        contacts_file(pack),
        f"""\
        contacts:
          - id: helpline
            from: {contact_fingerprint(load_pack(pack).contacts[0])}
            who: گروهی که کمک می‌کند.
            reach:
              - address: help@example.org
        """,
    )
    loaded, problems = check_pack(pack, lang="fa")
    assert loaded is not None
    (warning,) = [p for p in problems if p.path == contacts_file(pack)]
    assert warning.warning and (warning.line, warning.column) == (2, 5)
    assert warning.message == (
        "contact 'helpline' is translated in part (no 'name', 'helps_with', 'languages', "
        "'hours', 'verify', the note on help@example.org, what https://example.org/faq "
        "supports); the English shows"
    )
    assert loaded.contacts[0].lang == "en"


# Problems ---------------------------------------------------------------------------------------


def only_problem(pack: Path) -> tuple[str, int, int]:
    with pytest.raises(PackError) as caught:
        load_pack(pack, lang="fa")
    (problem,) = caught.value.problems
    return problem.message, problem.line, problem.column


def test_a_question_id_the_english_does_not_have_is_a_problem(pack: Path) -> None:
    path = translate_situation(pack)
    path.write_text(path.read_text().replace("id: what-happened", "id: what-hapened"))
    assert only_problem(pack) == (
        "situation 'clicked' has no question 'what-hapened'; did you mean 'what-happened'?",
        6,
        9,
    )


def test_a_question_translated_as_an_end_is_a_problem(pack: Path) -> None:
    path = translate_situation(pack)
    path.write_text(path.read_text().replace("- id: opened", "- id: what-happened", 1))
    assert only_problem(pack) == ("situation 'clicked' has no end 'what-happened'", 19, 9)


def test_another_number_of_answers_is_a_problem(pack: Path) -> None:
    path = translate_situation(pack)
    path.write_text(path.read_text().replace("      - فقط بازش کردم\n", ""))
    assert only_problem(pack) == (
        "question 'what-happened' has 2 answers in English and 1 here: translate each answer "
        "as one",
        10,
        7,
    )


def test_another_number_of_right_now_steps_is_a_problem(pack: Path) -> None:
    path = translate_situation(pack)
    path.write_text(
        path.read_text().replace("      - همهٔ نشست‌های دیگر را از حساب خارج کنید.\n", "")
    )
    message, _, _ = only_problem(pack)
    assert message == (
        "end 'typed' has 2 right-now steps in English and 1 here: translate each right-now step "
        "as one"
    )


def test_right_now_steps_for_an_end_that_has_none_are_a_problem(pack: Path) -> None:
    path = translate_situation(pack)
    path.write_text(path.read_text() + "    now:\n      - کاری بکنید.\n")
    message, _, _ = only_problem(pack)
    assert message.startswith("end 'opened' has 0 right-now steps in English and 1 here")


def test_another_number_of_verify_steps_is_a_problem(pack: Path) -> None:
    path = translate_contacts(pack)
    path.write_text(path.read_text().replace("      - نشانی را حرف به حرف بررسی کنید.\n", ""))
    message, _, _ = only_problem(pack)
    assert message == (
        "contact 'helpline' has 2 'verify' steps in English and 1 here: translate each 'verify' "
        "step as one"
    )


def test_an_address_the_english_does_not_have_is_a_problem(pack: Path) -> None:
    path = translate_contacts(pack)
    path.write_text(
        path.read_text().replace("address: help@example.org", "address: help@example.com")
    )
    assert only_problem(pack) == (
        "contact 'helpline' has no address 'help@example.com'; did you mean 'help@example.org'?",
        13,
        18,
    )


def test_a_note_on_an_address_the_english_gives_none_is_a_problem(pack: Path) -> None:
    path = translate_contacts(pack)
    path.write_text(
        path.read_text().replace(
            "    sources:",
            "      - address: https://example.org/help\n        note: یادداشت\n    sources:",
        )
    )
    message, _, _ = only_problem(pack)
    assert message == "the English gives no note on 'https://example.org/help': leave it out here"


def test_a_page_the_english_does_not_have_is_a_problem(pack: Path) -> None:
    path = translate_contacts(pack)
    path.write_text(
        path.read_text().replace("url: https://example.org/faq", "url: https://example.org/about")
    )
    message, _, _ = only_problem(pack)
    assert message.startswith("contact 'helpline' has no source 'https://example.org/about'")


def test_a_contact_id_the_english_does_not_have_is_a_problem(pack: Path) -> None:
    path = translate_contacts(pack)
    path.write_text(path.read_text().replace("id: helpline", "id: hotline"))
    _, problems = check_pack(pack)
    assert "contacts.yaml has no contact 'hotline'; did you mean 'helpline'?" in messages(
        problems, False
    )
    assert "contact 'helpline' is not translated yet; the English shows" in messages(problems, True)


def test_a_file_for_another_situation_is_a_problem(pack: Path) -> None:
    path = translate_situation(pack)
    path.write_text(path.read_text().replace("id: clicked", "id: travelling", 1))
    assert only_problem(pack)[0] == (
        "this translates situation 'travelling', but 01-clicked.yaml is situation 'clicked'"
    )


def test_a_fingerprint_that_is_not_one_is_a_problem(pack: Path) -> None:
    translate_situation(pack, typed="latest")
    assert only_problem(pack)[0].startswith("'from' must be a fingerprint of 12 hex digits")


def test_the_one_reader_refuses_unknown_fields_and_tags(pack: Path) -> None:
    path = translate_contacts(pack)
    text = path.read_text().replace("    hours: هر روز.", "    hours: !!python/object هر روز.")
    path.write_text(text.replace("    who:", "    whoo:"))
    _, problems = check_pack(pack)
    assert "unknown field 'whoo' in contact translation; did you mean 'who'?" in messages(
        problems, False
    )
    assert any("the tag !!python/object is not allowed" in m for m in messages(problems, False))


# The README -------------------------------------------------------------------------------------


@pytest.mark.parametrize("spec", SITUATION_SPECS, ids=lambda s: s.name)
def test_readme_names_every_field_of_these_translations(spec: Spec) -> None:
    section = readme_section("Translations")
    missing = [
        f.name
        for f in spec.fields
        if not re.search(rf"`{f.name}`|(^|\s|-\s)`?{f.name}:", section, re.MULTILINE)
    ]
    assert missing == []


def test_the_readme_examples_read_as_these_translations(tmp_path: Path) -> None:
    examples = re.findall(r"```yaml\n(.*?)```", readme_section("Translations"), re.DOTALL)
    specs = (TRANSLATED_SITUATION, TRANSLATED_START_HERE, TRANSLATED_CONTACTS)
    assert len(examples) == 1 + len(specs)  # the first is the guidance's
    for example, spec in zip(examples[1:], specs, strict=True):
        path = tmp_path / f"{spec.name}.yaml"
        path.write_text(example, encoding="utf-8")
        problems: list = []
        assert Reader(path, problems).read_file(spec) is not None, spec.name
        assert problems == [], spec.name

"""A small pack with a Persian translation, a situation and a contact: the app in Persian, with
content that does not change as the shipped guidance is translated.

Its Persian holds what goes wrong in a terminal: brackets, Persian digits and Latin words
inside a sentence, a sentence that starts with a Latin word, « » and the half-space. One item
is left untranslated, to be shown in English, marked.
"""

from __future__ import annotations

from pathlib import Path

from apphelp import make_app
from separ.app.app import SeparApp
from separ.i18n import use_language
from separ.i18n.rtl import DISPLAY_SETTING, SEPAR_REORDERS
from separ.pack import Pack, load_pack
from separ.pack.situation import Contact, Situation
from separ.pack.translations import item_fingerprint, quote_fingerprint, section_fingerprint
from separ.pack.translations_situations import (
    contact_fingerprint,
    end_fingerprint,
    question_fingerprint,
    situation_fingerprint,
)
from separ.progress import ProgressStore

DOCUMENT = (
    "A report on how activists are approached online.\n\n"
    "Turn on Registration Lock in Signal and choose a six-digit PIN you use nowhere else.\n\n"
    "Insist on identifying the true identity of contacting persons before any dialogue.\n\n"
    "Keep a backup of your codes on paper, away from the phone.\n"
)

SECTION = """\
id: know
title: Know who you talk to
summary: Strangers may not be who they say.
items:
  - id: registration-lock
    title: Turn on Registration Lock with a PIN
    level: essential
    why: Someone who gets your number cannot take over your account.
    steps:
      - Open Signal and go to Settings, Account, Registration Lock.
      - Set a 6-digit PIN (PIN) you use nowhere else.
    citations:
      - document: report
        quote: Turn on Registration Lock in Signal and choose a six-digit PIN you use nowhere else.
        role: advice
  - id: confirm-identity
    title: Confirm who someone really is
    level: recommended
    applies: inside
    why: State agents join communities under false names.
    steps:
      - Ask how they know your group.
    citations:
      - document: report
        quote: Insist on identifying the true identity of contacting persons before any dialogue.
        role: threat
  - id: backup-codes
    title: Keep your backup codes on paper
    level: advanced
    why: A lost phone should not lock you out.
    steps:
      - Write the codes down and keep them away from the phone.
    citations:
      - document: report
        quote: Keep a backup of your codes on paper, away from the phone.
        role: advice
"""

SITUATION = """\
id: stranger
title: A stranger has messaged me
summary: Someone you do not know asks you for information.
questions:
  - id: what
    question: What does the person want?
    answers:
      - answer: To join our group
        next: join
      - answer: My 6-digit verification code (SMS)
        next: code
ends:
  - id: join
    title: They want to join the group
    now:
      - Do not add them to the group yet.
    items:
      - confirm-identity
  - id: code
    title: They want your verification code
    now:
      - Give the code to nobody, even if they say they are from Signal.
      - Turn on Registration Lock in Signal.
    items:
      - registration-lock
      - backup-codes
"""


def situation_translation(situation: Situation) -> str:
    """The situation in Persian, as a translator writes it (situations/fa/), made current."""
    what = situation.questions[0]
    join, code = situation.ends
    return f"""\
id: stranger
from: {situation_fingerprint(situation)}
title: یک غریبه به من پیام داده است
summary: کسی که نمی‌شناسید از شما اطلاعات می‌خواهد.
questions:
  - id: what
    from: {question_fingerprint(what)}
    question: آن شخص چه می‌خواهد؟
    answers:
      - پیوستن به گروه ما
      - کد ۶ رقمی تأیید (SMS) من
ends:
  - id: join
    from: {end_fingerprint(join)}
    title: می‌خواهد به گروه بپیوندد
    now:
      - هنوز او را به گروه اضافه نکنید.
  - id: code
    from: {end_fingerprint(code)}
    title: کد تأیید شما را می‌خواهد
    now:
      - کد را به هیچ‌کس ندهید، حتی اگر بگوید از طرف Signal است.
      - در Signal «قفل ثبت‌نام» (Registration Lock) را روشن کنید.
"""


CONTACTS = """\
contacts:
  - id: helpline
    name: Digital Security Helpline
    who: A team of digital-security specialists.
    helps_with: Rapid help for activists and journalists.
    languages: Persian and English.
    hours: 24 hours, every day.
    reach:
      - how: email
        address: help@example.org
    verify:
      - You write first.
    sources:
      - url: https://example.org/help
        read: "2026-11-23"
        supports: The hours and the address.
"""


def contacts_translation(contact: Contact) -> str:
    """The contact in Persian (help/fa/contacts.yaml), made current."""
    return f"""\
contacts:
  - id: helpline
    from: {contact_fingerprint(contact)}
    name: خط کمک امنیت دیجیتال (Helpline)
    who: گروهی از متخصصان امنیت دیجیتال.
    helps_with: کمک فوری به فعالان و روزنامه‌نگاران.
    languages: فارسی و انگلیسی.
    hours: ۲۴ ساعت، هر روز.
    verify:
      - شما اول بنویسید.
    sources:
      - url: https://example.org/help
        supports: ساعت‌ها و نشانی.
"""


def persian_pack(root: Path) -> Path:
    """Write the pack, then its Persian translation made from its English (current)."""
    (root / "guidance").mkdir(parents=True)
    (root / "seeds").mkdir()
    (root / "situations").mkdir()
    (root / "help").mkdir()
    (root / "seeds" / "report.txt").write_text(DOCUMENT, encoding="utf-8")
    (root / "seeds" / "sources.yaml").write_text(
        "documents:\n  - id: report\n    file: report.txt\n    title: A report\n"
        "    publisher: A rights group\n    date: 2020-11-16\n",
        encoding="utf-8",
    )
    (root / "guidance" / "01-know.yaml").write_text(SECTION, encoding="utf-8")
    (root / "situations" / "01-stranger.yaml").write_text(SITUATION, encoding="utf-8")
    (root / "help" / "contacts.yaml").write_text(CONTACTS, encoding="utf-8")
    english = load_pack(root)
    section = english.sections[0]
    lock, confirm, _backup = section.items
    (root / "situations" / "fa").mkdir()
    (root / "situations" / "fa" / "01-stranger.yaml").write_text(
        situation_translation(english.situations[0]), encoding="utf-8"
    )
    (root / "help" / "fa").mkdir()
    (root / "help" / "fa" / "contacts.yaml").write_text(
        contacts_translation(english.contacts[0]), encoding="utf-8"
    )
    (root / "guidance" / "fa").mkdir()
    (root / "guidance" / "fa" / "01-know.yaml").write_text(
        f"""\
id: know
from: {section_fingerprint(section)}
title: بدانید با چه کسی حرف می‌زنید
summary: غریبه‌ها شاید آن کسی نباشند که می‌گویند.
items:
  - id: registration-lock
    from: {item_fingerprint(lock)}
    title: پین (PIN) ۶ رقمی بگذارید
    why: کسی که شمارهٔ شما را به دست بیاورد نمی‌تواند حسابتان را بگیرد.
    steps:
      - Signal را باز کنید و به «تنظیمات» > «حساب» > «قفل ثبت‌نام» بروید.
      - یک کد ۶ رقمی بگذارید که جای دیگری به کار نبرده‌اید.
    quotes:
      - from: {quote_fingerprint(lock.citations[0])}
        text: در Signal «قفل ثبت‌نام» را روشن کنید و پینی ۶ رقمی بگذارید.
  - id: confirm-identity
    from: {item_fingerprint(confirm)}
    title: مطمئن شوید طرف واقعاً کیست
    why: مأموران با نام‌های جعلی وارد گروه‌ها می‌شوند.
    steps:
      - بپرسید گروه شما را از کجا می‌شناسند.
""",
        encoding="utf-8",
    )
    return root


def persian_app(
    root: Path, data_dir: Path, mode: str = SEPAR_REORDERS, asked: bool = True
) -> SeparApp:
    """The app in Persian over the pack at `root` (written there if missing), in a display
    mode; `asked`: the display mode was chosen before (no sample line is shown at start)."""
    if not (root / "guidance").is_dir():
        persian_pack(root)
    use_language("fa")
    pack: Pack = load_pack(root, lang="fa")
    store = ProgressStore(data_dir)
    if asked:
        store.set_setting(DISPLAY_SETTING, mode)
    app = make_app(data_dir, pack, store=store)
    app.rtl_mode = mode
    return app

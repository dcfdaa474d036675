"""A Persian translation of part of the first section, written into a copy of the built-in pack.

Three items are translated (with their quotes, but one quote), the fourth and the rest of the
pack are not: exports show both, the Persian and the English marked as not yet translated. The
fingerprints are taken from the English as it is, so the translation is current.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from separ.pack import load_pack
from separ.pack.translations import item_fingerprint, quote_fingerprint, section_fingerprint

SECTION_ID = "know-who-you-talk-to"
TITLE = "بدانید با چه کسی حرف می‌زنید"
SUMMARY = (
    "کسانی با هویت جعلی، در فضای مجازی و حضوری، به جمع فعالان راه پیدا می‌کنند تا اطلاعات "
    "جمع کنند و بی‌اعتمادی بکارند."
)

ITEMS: dict[str, dict] = {
    "verify-identity-before-sharing": {
        "title": "پیش از آنکه چیزی بگویید، مطمئن شوید طرف واقعاً کیست",
        "why": (
            "مأموران حکومت با نام‌های جعلی به گروه‌های آنلاین می‌پیوندند تا دربارهٔ فعالان اطلاعات "
            "جمع کنند. تا ندانید کسی کیست، هر چه به او بگویید ممکن است به دست کسانی برسد که "
            "می‌خواهند جلوی کارتان را بگیرند."
        ),
        "steps": [
            "از آشنای تازه بپرسید گروه شما را از کجا می‌شناسد، و این روایت را با کسی که به او "
            "اعتماد دارید بسنجید.",
            "از کسی که به او اعتماد دارید و آشنای تازه را بیرون از فضای مجازی می‌شناسد بخواهید "
            "هویتش را تأیید کند.",
            "تا هویت او تأیید نشده، هیچ چیز دربارهٔ خودتان، گروهتان یا اعضای آن نگویید.",
        ],
        "quotes": [
            "بر شناختن هویت واقعی کسانی که با شما تماس می‌گیرند پافشاری کنید و تا هویتشان روشن "
            "نشده، از هر گفت‌وگو یا دادن هر اطلاعاتی خودداری کنید."
        ],
    },
    "step-back-from-suspicious-contacts": {
        "title": "وقتی پیامی شما را به عجله یا پنهان‌کاری وامی‌دارد، مکث کنید",
        "why": (
            "پیام‌هایی که شما را به کلیک کردن، پاسخ فوری، دادن یک کد یا پنهان کردن چیزی از گروهتان "
            "وامی‌دارند راه رایجی برای نفوذند، و ممکن است از حساب دوستی بیایند که حالا در دست کس "
            "دیگری است، یا از نسخهٔ جعلی آن. با مکث کردن چیزی از دست نمی‌دهید، و آشنای واقعی "
            "درک می‌کند."
        ),
        "steps": [
            "وقتی پیامی فوری است، تعریف و تمجید می‌کند یا از شما می‌خواهد آن را از گروهتان پنهان "
            "کنید، بیشتر احتیاط کنید.",
            "وقتی پیام ظاهراً از دوست یا گروهی آشنا می‌آید هم همین احتیاط را بکنید، چون حساب‌ها "
            "را تصاحب و جعل می‌کنند.",
            "درخواست غیرمنتظره را از راه دیگری که از قبل به آن اعتماد دارید با فرستنده بررسی "
            "کنید، مثل تماس تلفنی یا گفتگویی که مدت‌ها با او داشته‌اید، نه با پاسخ دادن به همان "
            "پیام.",
            "کدی را که یک برنامه یا پیامک برایتان فرستاده، و نیز پین یا گذرواژه‌تان را، به "
            "هیچ‌کس ندهید، هر که باشد.",
            "حساب‌هایی را که بعد از «نه» گفتن شما باز هم اصرار می‌کنند مسدود و گزارش کنید.",
        ],
        "quotes": [
            "کسانی که در این زمینه فعال‌اند باید از ارتباط‌های مشکوک پرهیز کنند و امنیت سایبری "
            "خود را در برابر هکرها و بدافزارها بالا ببرند.",
            "ساختن صفحه‌های جعلی با استفاده از هویت فعالان شناخته‌شده، برای ارتباط گرفتن با "
            "افراد ساده‌لوح و گمراه و فریب دادن آنان",
        ],
    },
    "limit-who-can-add-or-call-you": {
        "title": "تعیین کنید چه کسی می‌تواند شما را به گروه اضافه کند یا با شما تماس بگیرد",
        "why": (
            "کسانی با نام‌های جعلی از راه همین برنامه‌ها به فعالان نزدیک می‌شوند، و گروهی که شما "
            "را به آن اضافه کرده‌اند یا تماسی که جواب داده‌اید راه آسانی برای نفوذ است: می‌تواند "
            "نمایه یا شماره‌تان را به آن‌ها نشان دهد و داستان‌های دروغ و لینک‌های جعلی برایتان "
            "بیاورد. تماس مستقیم هم می‌تواند نشانی اینترنتی (IP) شما را به طرف مقابل نشان دهد، "
            "که تقریباً می‌گوید کجا هستید."
        ),
        "steps": [
            "در تلگرام (Telegram): Settings > Privacy and Security > Groups & Channels (در گوشی "
            "فارسی: «تنظیمات» > «حریم خصوصی و امنیت» > «گروه‌ها و کانال‌ها») و گزینهٔ «Who can "
            "add me» را روی My Contacts بگذارید (نام منوها ممکن است در نسخه‌های مختلف کمی فرق "
            "کند).",
            "در تلگرام: Settings > Privacy and Security > Calls؛ گزینهٔ «Who can call me» را روی "
            "My Contacts و Peer-to-peer را روی Nobody بگذارید تا تماس‌ها از سرورهای تلگرام "
            "بگذرند و طرف مقابل نشانی اینترنتی شما را نبیند.",
            "در واتس‌اپ (WhatsApp): Settings > Privacy > Groups (در گوشی فارسی: «تنظیمات» > "
            "«حریم خصوصی» > «گروه‌ها») و My Contacts را انتخاب کنید (یا Nobody، اگر هست) تا "
            "دیگران مجبور شوند برایتان دعوت‌نامه‌ای بفرستند که می‌توانید ردش کنید.",
            "در واتس‌اپ: Settings > Privacy > Calls و Silence unknown callers را روشن کنید.",
            "در سیگنال (Signal)، گروهی از کسی که هنوز نپذیرفته‌اید به‌صورت درخواست پیام می‌رسد، و "
            "گروه تا وقتی نپذیرید نمایهٔ شما را نمی‌بیند؛ اگر نمی‌دانید چه کسی پشت آن است، Delete "
            "یا Block را بزنید.",
            "در سیگنال: «تنظیمات» > «حریم خصوصی» > «پیشرفته» (Settings > Privacy > Advanced) و "
            "Always relay calls را روشن کنید تا کسی که با او تماس می‌گیرید نشانی اینترنتی شما را "
            "نبیند.",
            "از گروه‌هایی که غریبه‌ها شما را به آن‌ها اضافه کرده‌اند بیرون بیایید، بی‌آنکه "
            "لینک‌هایشان را باز کنید، و اگر تهدید یا لینک جعلی فرستادند گزارششان کنید.",
        ],
        # The second quote is left untranslated: it shows with a mark that it is not yet.
        "quotes": [
            "ساختن صفحه‌های متعدد در شبکه‌های اجتماعی گوناگون و ارتباط گرفتن با هویت‌ها و "
            "اطلاعات جعلی، با هدف ایجاد تفرقه و سردرگمی میان فعالان"
        ],
    },
}
"""Translated items by id; the section's fourth item is left in English."""
UNTRANSLATED_ITEM = "beware-fake-invitations"


def write_translation(root: Path) -> Path:
    """Write guidance/fa/ for the first section of the pack at `root`, and no other section's
    (the shipped translations are removed: the rest shows in English, marked); returns the
    file."""
    english = load_pack(root)
    section = english.section(SECTION_ID)
    assert section is not None
    entries = []
    for item in section.items:
        texts = ITEMS.get(item.id)
        if texts is None:
            continue
        assert len(texts["steps"]) == len(item.steps), f"{item.id}: the English steps changed"
        quotes = [
            {"from": quote_fingerprint(citation), "text": text}
            for citation, text in zip(item.citations, texts["quotes"], strict=False)
        ]
        entries.append(
            {
                "id": item.id,
                "from": item_fingerprint(item),
                "title": texts["title"],
                "why": texts["why"],
                "steps": texts["steps"],
                "quotes": quotes,
            }
        )
    data = {
        "id": section.id,
        "from": section_fingerprint(section),
        "title": TITLE,
        "summary": SUMMARY,
        "items": entries,
    }
    path = section.path.parent / "fa" / section.path.name
    path.parent.mkdir(exist_ok=True)
    for other in path.parent.glob("*.yaml"):
        other.unlink()
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path

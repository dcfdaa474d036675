"""The command line in Persian, run as a person runs it (`separ --lang fa ...` in a subprocess).

Output goes to a pipe here, so it is in logical order, exactly as written: what a terminal that
reorders, a file or a screen reader gets (the terminal case is in test_console.py).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from clihelp import run_separ
from separ.pack import load_pack

ITEM = "verify-identity-before-sharing"
PERSIAN = re.compile("[\u0600-\u06ff]")


def fa(*args: str, stdin: str | None = None):
    """Run separ in Persian."""
    return run_separ("--lang", "fa", *args, stdin=stdin)


def test_tick_and_untick_say_what_they_did_in_persian() -> None:
    assert fa("tick", ITEM).stdout == f"علامت خورد: {ITEM}\n"
    assert fa("tick", ITEM).stdout == f"از قبل علامت خورده بود: {ITEM}\n"
    assert fa("untick", ITEM).stdout == f"علامت برداشته شد: {ITEM}\n"
    unknown = fa("tick", "verify-identity-before-sharin")
    assert unknown.returncode == 1
    said, nothing = unknown.stderr.splitlines()
    assert said.startswith(
        f"separ: شناسهٔ ناشناخته: «verify-identity-before-sharin»؛ منظورتان '{ITEM}'، "
    )
    assert said.endswith("' بود؟") and "' یا '" in said
    assert nothing == "separ: چیزی تغییر نکرد."


def test_list_for_scripts_stays_the_same_in_every_language() -> None:
    assert fa("list").stdout == run_separ("list").stdout


def test_list_titles_marks_what_is_not_yet_translated(pack_copy: Path) -> None:
    """An item whose English changed since it was translated shows in English, marked."""
    section = pack_copy / "guidance" / "01-know-who-you-talk-to.yaml"
    text = section.read_text(encoding="utf-8")
    title = "Confirm who someone really is before you share anything"
    section.write_text(text.replace(title, f"{title}, first"), encoding="utf-8")
    fa("--pack", str(pack_copy), "tick", ITEM)
    lines = fa("--pack", str(pack_copy), "list", "--titles").stdout.splitlines()
    assert lines[1] == f"  انجام‌شده، ضروری: {title}, first ({ITEM}) (هنوز ترجمه نشده)"
    assert lines[2].startswith("  هنوز انجام نشده، توصیه‌شده: ")
    assert PERSIAN.search(lines[2]), "the items translated show in Persian"


def test_show_labels_an_item_in_persian() -> None:
    out = fa("show", ITEM).stdout
    assert out.splitlines()[1].startswith("سطح: ضروری. نخستین کارها، در روزهای آرام")
    for label in ("    چرا: ", "    گام‌ها:", "    منابع:", "        ترجمه: "):
        assert f"\n{label}" in out
    assert "      ۱. " in out


def test_where_and_wipe_in_persian(data_dir: Path) -> None:
    assert fa("where").stderr == "(هنوز چیزی ذخیره نشده است)\n"
    fa("tick", ITEM)
    wiped = fa("wipe", "--yes")
    assert wiped.returncode == 0, wiped.stderr
    lines = wiped.stdout.splitlines()
    assert "۱ فایل پاک شد." in lines
    assert "اکنون هیچ پیشرفت ذخیره‌شده‌ای از سپر روی این دستگاه نیست." in lines
    assert lines[-1].startswith("پاک کردن به نسخه‌هایی که خودتان ساخته‌اید")
    asked = fa("wipe")
    assert asked.stdout.startswith("چیزی برای پاک کردن نیست: ")


def test_check_summary_and_pack_problems(pack_copy: Path) -> None:
    ok = fa("check", "--pack", str(pack_copy))
    assert re.fullmatch(
        r"[۰-۹]+ بخش، [۰-۹]+ مورد، [۰-۹]+ ارجاع؛ همه پیدا شدند", ok.stdout.splitlines()[-1]
    )
    (pack_copy / "guidance" / "01-know-who-you-talk-to.yaml").write_text("id: [", "utf-8")
    bad = fa("check", "--pack", str(pack_copy))
    assert bad.returncode == 1
    problems = [line for line in bad.stdout.splitlines() if ": warning: " not in line]
    # Problems are for pack authors: in English, one per line, path:line:column first.
    assert problems and not PERSIAN.search(" ".join(problems))
    assert re.fullmatch(r"[۰-۹]+ مشکل پیدا شد\.", bad.stderr.splitlines()[-1])
    listed = fa("list", "--pack", str(pack_copy))
    said = listed.stderr.splitlines()[-1]
    assert re.fullmatch(r"separ: این بسته [۰-۹]+ مشکل دارد؛ چیزی تغییر نکرد\.", said)


def test_link_verdicts_headlines_reasons_and_advice_in_persian() -> None:
    result = fa("link", "https://instagarm.com/login", "https://example.org")
    assert result.returncode == 1
    out = result.stdout
    assert "  هشدار: این لینک از instagram.com (Instagram) تقلید می‌کند." in out
    assert "  - این نام فقط یک حرف با instagram.com (Instagram) فرق دارد:" in out
    assert "      instagarm.com  ← این لینک\n      instagram.com  ← سایت واقعی\n" in out
    assert "\n            ^^\n" in out  # under "ar" of instagarm: the address comes first
    assert "  چه باید کرد: بازش نکنید" in out
    assert "  برای example.org هشداری پیدا نشد. سپر این سایت را نمی‌شناسد؛ نبودِ هشدار دلیل" in out
    assert "امن است" not in out  # the checker never says a site is safe
    assert out.rstrip().endswith("هیچ چیز را باز، دریافت یا جست‌وجو نکرد.")


def test_link_that_is_not_a_link_says_why_in_persian() -> None:
    result = fa("link", "not a link")
    assert result.returncode == 2
    assert result.stderr == "separ: لینک نیست: «not a link»: این فاصله دارد؛ لینک فاصله ندارد\n"


def test_link_json_keeps_its_keys_and_says_its_messages_in_persian() -> None:
    result = fa("link", "--json", "http://example.org")
    assert '"verdict": "caution"' in result.stdout and '"kind": "plain-http"' in result.stdout
    assert "این لینک http ساده است" in result.stdout


def test_trust_in_persian() -> None:
    assert fa("trust", "add", "mygroup.org").stdout == "معتبر شد: mygroup.org و زیردامنه‌هایش.\n"
    refused = fa("trust", "add", "instagarm.com")
    assert refused.returncode == 1
    assert refused.stderr.startswith("separ: افزوده نشد: instagarm.com شبیه نسخهٔ جعلی")


def test_situations_in_persian() -> None:
    pack = load_pack()
    situation = pack.situations[0]
    out = fa("situations", situation.id).stdout
    assert "به پرسش‌ها به ترتیب پاسخ دهید؛ هر پاسخ می‌گوید بعد کجا بروید." in out
    assert "\n   همین حالا:\n" in out
    command = f"separ export --situation {situation.id}"
    assert f"برای چاپ این موقعیت به‌صورت چک‌لیست: {command}" in " ".join(out.split())
    assert re.search(r"\n۱\. ", out) and "\nالف. " in out


@pytest.mark.parametrize("fmt", ["markdown", "text", "html"])
def test_export_in_persian(fmt: str) -> None:
    out = fa("export", "--format", fmt).stdout
    assert "سپر: چک‌لیست امنیت دیجیتال" in out
    assert re.search(r"چاپ‌شده در [۰-۹]+ [\u0600-\u06ff]+ ۱۴[۰-۹]{2}", out)
    assert ('dir="rtl"' in out) == (fmt == "html")


def test_export_of_a_situation_in_persian() -> None:
    situation = load_pack().situations[0]
    out = fa("export", "--situation", situation.id, "--format", "text").stdout
    assert "## " not in out and "همین حالا:" in out and "چطور بفهمید که به خودِ آن‌ها رسیده‌اید" in out


def test_help_is_persian_from_usage_to_the_last_option() -> None:
    out = fa("export", "--help").stdout
    lines = [line.strip("\u200f\u200e ") for line in out.splitlines()]
    assert lines[0].startswith("طرز استفاده: separ export")
    assert "گزینه‌ها:" in lines
    assert any(
        line.startswith("-h, --help") and "نمایش همین راهنما و خروج" in line for line in lines
    )
    assert not re.search(r"\b(usage|options|show this help)\b", out)
    # Every line with Persian in it is marked right to left, an option's name kept whole.
    for line in out.splitlines():
        if PERSIAN.search(line):
            assert line.startswith("\u200f"), line
    assert "\u200f  \u200e-h, --help" in out


def test_argparse_errors_in_persian() -> None:
    result = fa("export", "--format", "pdf")
    assert result.returncode == 2
    assert "separ export: خطا: گزینهٔ -f/--format: انتخاب نادرست: 'pdf'" in result.stderr
    unknown = fa("exprot")
    assert unknown.stderr.startswith("separ: فرمان ناشناخته: «exprot»؛ منظورتان 'export' بود؟")


def test_language_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "fa_IR.UTF-8")
    assert run_separ("tick", ITEM).stdout == f"علامت خورد: {ITEM}\n"
    assert run_separ("--lang", "en", "untick", ITEM).stdout == f"unticked: {ITEM}\n"


def test_every_string_outside_the_app_is_translated() -> None:
    import subprocess
    import sys

    repo = Path(__file__).resolve().parent.parent
    result = subprocess.run(
        [
            sys.executable,
            str(repo / "scripts" / "catalog.py"),
            "status",
            "--outside",
            "src/separ/app",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout
    assert re.fullmatch(r"fa: (\d+) of \1 translated, 0 to review \(fuzzy\)\n", result.stdout)

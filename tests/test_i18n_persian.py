"""Persian digits, quotation marks, the half-space, and Solar Hijri dates."""

from __future__ import annotations

from datetime import date

import pytest

from separ.i18n import catalog
from separ.i18n.dates import display_date, long_date, persian_date, solar_hijri
from separ.i18n.persian import (
    ZWNJ,
    fix_half_spaces,
    half_space,
    latin_digits,
    number,
    persian_digits,
    quoted,
)


def test_counts_take_persian_digits_in_persian() -> None:
    assert number(12, "fa") == "۱۲"
    assert number(45, "fa") == "۴۵"
    assert number(0, "fa") == "۰"
    assert number(12, "en") == "12"


def test_large_persian_numbers_group_thousands_with_the_persian_separator() -> None:
    assert number(1405, "fa") == "۱۴۰۵"  # a year or a small count stays ungrouped
    assert number(25_000, "fa") == "۲۵٬۰۰۰"
    assert number(2.5, "fa") == "۲٫۵"


def test_number_follows_the_installed_language() -> None:
    catalog.use_language("fa")
    try:
        assert number(73) == "۷۳"
    finally:
        catalog.use_language("en")
    assert number(73) == "73"


def test_digits_convert_both_ways_and_arabic_indic_digits_too() -> None:
    assert persian_digits("12 of 45 done") == "۱۲ of ۴۵ done"
    assert persian_digits("٣") == "۳"
    assert latin_digits("۱۲۳ و ٤٥٦") == "123 و 456"


def test_quotations_take_guillemets_in_persian() -> None:
    assert quoted("فیلترشکن", "fa") == "«فیلترشکن»"
    assert quoted("VPN", "en") == "“VPN”"


def test_half_space_joins_the_parts_of_a_word() -> None:
    assert half_space("پیام", "ها") == "پیام\u200cها"
    assert half_space("می", "خواهم") == "می‌خواهم"


@pytest.mark.parametrize(
    ("typed", "fixed"),
    [
        ("می خواهم", "می‌خواهم"),
        ("نمی دانم", "نمی‌دانم"),
        ("من می خواهم بروم", "من می‌خواهم بروم"),
        ("می \u200c خواهم", "می‌خواهم"),  # a half-space typed between spaces
        ("پیام\u200c\u200cها", "پیام‌ها"),  # typed twice
        ("سلام\u200c دنیا", "سلام دنیا"),  # at the end of a word: it joins nothing
        ("\u200cسلام", "سلام"),
        ("رسمی است", "رسمی است"),  # a word that ends in می is not the prefix
        ("پیام ها", "پیام ها"),  # suffixes are left to the writer
    ],
)
def test_fix_half_spaces(typed: str, fixed: str) -> None:
    assert fix_half_spaces(typed) == fixed


def test_fix_half_spaces_leaves_correct_text_alone() -> None:
    text = "تأیید دومرحله‌ای را روشن کنید؛ پیام‌های ناپدیدشونده را هم."
    assert fix_half_spaces(text) == text
    assert ZWNJ in text


@pytest.mark.parametrize(
    ("gregorian", "hijri"),
    [
        (date(2025, 3, 21), (1404, 1, 1)),  # Nowruz
        (date(2025, 3, 20), (1403, 12, 30)),  # the last day of a leap year
        (date(2019, 8, 27), (1398, 6, 5)),
        (date(2026, 11, 23), (1405, 9, 2)),
    ],
)
def test_solar_hijri_conversion(gregorian: date, hijri: tuple[int, int, int]) -> None:
    assert solar_hijri(gregorian) == hijri


def test_persian_date_is_written_with_month_name_and_persian_digits() -> None:
    assert persian_date(date(2026, 11, 23)) == "۲ آذر ۱۴۰۵"
    assert persian_date(date(2025, 3, 21)) == "۱ فروردین ۱۴۰۴"


def test_long_date_in_each_language() -> None:
    assert long_date(date(2019, 8, 27), "en") == "27 August 2019"
    assert long_date(date(2019, 8, 27), "fa") == "۵ شهریور ۱۳۹۸"


def test_display_date_keeps_text_that_is_not_a_date() -> None:
    assert display_date("2019-08-27", "fa") == "۵ شهریور ۱۳۹۸"
    assert display_date("Autumn 2019", "fa") == "Autumn 2019"
    assert display_date(None, "fa") is None

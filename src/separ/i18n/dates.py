"""Dates as the reader's calendar writes them: Solar Hijri (هجری شمسی) in Persian.

The conversion is jdatetime's (imported only when a Persian date is written); month names and
digits are Separ's, so that a printed sheet reads "۲ آذر ۱۴۰۵" as a phone in Iran says it.
"""

from __future__ import annotations

from datetime import date

from separ.i18n.catalog import current_language
from separ.i18n.persian import persian_digits

PERSIAN_MONTHS: tuple[str, ...] = (
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
)


GREGORIAN_MONTHS_FA: tuple[str, ...] = (
    "ژانویه",
    "فوریه",
    "مارس",
    "آوریل",
    "مه",
    "ژوئن",
    "ژوئیه",
    "اوت",
    "سپتامبر",
    "اکتبر",
    "نوامبر",
    "دسامبر",
)
"""The Gregorian months as Iranians write them."""


def solar_hijri(day: date) -> tuple[int, int, int]:
    """The Solar Hijri year, month (1-12) and day of a Gregorian date."""
    import jdatetime

    converted = jdatetime.date.fromgregorian(date=day)
    return converted.year, converted.month, converted.day


def persian_date(day: date) -> str:
    """A date in the Solar Hijri calendar, in Persian: 2026-11-23 → "۲ آذر ۱۴۰۵"."""
    year, month, dom = solar_hijri(day)
    return persian_digits(f"{dom} {PERSIAN_MONTHS[month - 1]} {year}")


def long_date(day: date, language: str | None = None) -> str:
    """A date as the language writes it: "23 November 2026", or "۲ آذر ۱۴۰۵" in Persian."""
    language = language or current_language()
    if language == "fa":
        return persian_date(day)
    return f"{day.day} {day.strftime('%B')} {day.year}"


def display_date(iso: str | None, language: str | None = None) -> str | None:
    """An ISO date ("2020-11-16") for a reader; text that is not a date is kept as written."""
    if not iso:
        return None
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    return long_date(day, language)


def source_date(iso: str | None, language: str | None = None) -> str | None:
    """The date a source gives itself: in Persian the Solar Hijri date, then the Gregorian one
    the source states, in brackets ("۲۶ آبان ۱۳۹۹ (۱۶ نوامبر ۲۰۲۰)"), as the glossary asks for
    sources published abroad; text that is not a date is kept as written."""
    language = language or current_language()
    if language != "fa" or not iso:
        return display_date(iso, language)
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    gregorian = f"{day.day} {GREGORIAN_MONTHS_FA[day.month - 1]} {day.year}"
    return f"{persian_date(day)} ({persian_digits(gregorian)})"

"""Search folding: a Persian word finds items however a keyboard or a phone spelt it."""

from __future__ import annotations

import pytest

from separ.i18n.fold import find_spans, fold, fold_with_offsets, matches


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("فیلترشکن", "فيلترشكن"),  # Persian ی ک, Arabic ي ك (an Arabic keyboard layout)
        ("یک", "ىك"),  # alef maksura
        ("پیام‌ها", "پیامها"),  # half-space or nothing
        ("تأیید", "تاييد"),  # hamza on alef, Arabic yeh
        ("آبان", "ابان"),  # alef with madda
        ("خانهٔ", "خانه"),  # hamza above heh
        ("خانۀ", "خانه"),  # heh with yeh above, precomposed
        ("اجزاء", "اجزا"),  # a final hamza
        ("لطفاً", "لطفا"),  # tanwin
        ("مُحَمَّد", "محمد"),  # vowel marks and shadda
        ("رمزگذاری", "رمزگـــذاری"),  # tatweel
        ("۱۲۳", "123"),  # Persian digits
        ("٤٥٦", "456"),  # Arabic-Indic digits
        ("ﻻ", "لا"),  # a presentation form, as text copied from a shaped display comes
        ("Signal", "SIGNAL"),
        ("Café", "cafe"),
        ("\u200fسلام\u200e", "سلام"),  # direction marks
    ],
)
def test_spellings_fold_alike(one: str, other: str) -> None:
    assert fold(one) == fold(other)


def test_different_words_stay_different() -> None:
    assert fold("کتاب") != fold("کباب")
    assert fold("پیام") != fold("بیام")  # پ is not ب: Persian letters are not folded to Arabic


def test_a_persian_word_finds_the_item_in_either_spelling() -> None:
    item = "تأیید دومرحله‌ای را در واتس‌اپ روشن کنید"
    assert matches("تاييد دومرحله اي", item)
    assert matches("واتساپ", item)
    assert matches("WhatsApp", "تأیید دومرحله‌ای (Two-Step Verification) در WhatsApp")
    assert not matches("تلگرام", item)


def test_every_word_of_the_query_must_stand_in_the_text() -> None:
    assert matches("پیام ناپدیدشونده", "پیام‌های ناپدیدشونده را روشن کنید")
    assert not matches("پیام تلگرام", "پیام‌های ناپدیدشونده را روشن کنید")
    assert matches("", "anything")


def test_digits_typed_either_way_find_each_other() -> None:
    assert matches("12", "کد ۱۲ رقمی")
    assert matches("۲۰۲۴", "Report of 2024")


def test_offsets_lead_back_to_the_original_text() -> None:
    text = "این پيام‌ها را ببینید"
    folded, offsets = fold_with_offsets(text)
    assert folded == fold(text)
    assert len(offsets) == len(folded) + 1
    ((start, end),) = find_spans("پیام", text)
    assert text[start:end] == "پيام"


def test_spans_cover_characters_folded_away() -> None:
    text = "Read the MANUAL, then the manual"
    assert [text[s:e] for s, e in find_spans("manual", text)] == ["MANUAL", "manual"]
    text = "رمزگـــذاری"
    ((start, end),) = find_spans("رمزگذاری", text)
    assert text[start:end] == text


def test_fold_with_offsets_agrees_with_fold_on_mixed_text() -> None:
    text = "Signal (سیگنال) ۱۲ پيام‌ها ـ لطفاً Straße"
    assert fold_with_offsets(text)[0] == fold(text)

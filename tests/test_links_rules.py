"""Each rule for phishing that imitates no brand catches what reports show, and spares honest sites.

Every rule has its examples from published reports of Iranian state phishing and a false-alarm
guard: real sites with similar words that must stay quiet (or at most a caution).
"""

from __future__ import annotations

import dataclasses

import pytest

from separ.links.checker import LinkChecker
from separ.links.indicators import Reported
from separ.links.message import find_links, restore
from separ.links.trusted import load_trusted
from separ.links.verdict import Verdict


@pytest.fixture(scope="module")
def checker() -> LinkChecker:
    """The shipped lists, without the reported addresses: the rules alone."""
    return LinkChecker(dataclasses.replace(load_trusted(None), reported=Reported()))


@pytest.fixture(scope="module")
def full() -> LinkChecker:
    """The shipped lists, reported addresses included."""
    return LinkChecker(load_trusted(None))


def kinds(verdict: Verdict) -> list[tuple[str, str]]:
    """(kind, level) of each reason."""
    return [(r.kind, r.level) for r in verdict.reasons]


# Reported addresses ----------------------------------------------------------------------------


def test_a_reported_address_and_its_subdomains_say_where_it_was_reported(full) -> None:
    for link in ("https://panel-short-check.live/", "https://login.panel-short-check.live/x"):
        reason = next(r for r in full.check(link).reasons if r.kind == "reported")
        assert reason.level == "warning"
        assert reason.message.startswith("This address (panel-short-check.live) was reported as")
        assert reason.reports


def test_a_name_like_a_reported_one_is_not_called_reported(full) -> None:
    verdict = full.check("https://panel-short-check-live.example.org/")
    assert all(r.kind != "reported" for r in verdict.reasons)


# Credential-bait words -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "link",
    [
        "account-servicerecovery.com",  # ClearSky 2017
        "signin-accounts.com",  # Mandiant 2024
        "acconut-signin.com",  # misspelt on purpose
        "confirm-session-identifier.info",  # Microsoft 2019
        "accounts-drive.online",
    ],
)
def test_several_sign_in_words_are_a_warning(checker, link: str) -> None:
    assert ("bait-words", "warning") in kinds(checker.check(link))


@pytest.mark.parametrize(
    "link",
    ["panel-short-check.live", "drive-share.live", "verify-now.live", "check-pabnel-status.live"],
)
def test_sign_in_page_words_under_a_cheap_ending_are_a_caution(checker, link: str) -> None:
    assert ("bait-words", "caution") in kinds(checker.check(link))


@pytest.mark.parametrize(
    "link",
    [
        "accountingfirm.com",
        "booking-support.com",
        "recovery.org",
        "shop-online.store",
        "checkout.com",
    ],
)
def test_honest_names_with_such_words_stay_quiet(checker, link: str) -> None:
    assert checker.check(link).level == "ok"


@pytest.mark.parametrize("link", ["myaccountview.net", "secureauth.com"])
def test_one_sign_in_word_under_a_usual_ending_is_at_most_a_caution(checker, link: str) -> None:
    assert checker.check(link).level == "caution"


# com- and www- fronts, mailer-daemon -----------------------------------------------------------


def test_a_name_starting_with_com_is_a_warning(checker) -> None:
    verdict = checker.check("com-recoveryservice.bid")
    assert ("front", "warning") in kinds(verdict)
    assert "really com-recoveryservice.bid" in verdict.reasons[0].message
    assert ("front", "warning") in kinds(checker.check("www-facebookcom.site"))


def test_a_short_word_after_com_is_no_front(checker) -> None:
    assert checker.check("com-tic.africa").level == "ok"
    assert checker.check("comedy-club.com").level == "ok"


def test_mailer_daemon_names_are_a_warning(checker) -> None:
    for link in ("mailer-daemon.live", "daemon-mailer.co", "email-daemon.online"):
        assert ("mailer-daemon", "warning") in kinds(checker.check(link)), link


def test_other_daemons_are_not(checker) -> None:
    assert checker.check("daemon-tools.cc").level == "ok"


# Free addresses and pages anyone can publish ---------------------------------------------------


def test_dynamic_dns_says_anyone_can_get_an_address_here(checker) -> None:
    verdict = checker.check("eatonthehotground.ddns.net")
    assert kinds(verdict) == [("dynamic-dns", "caution")]
    assert "anyone can get an address here" in verdict.reasons[0].message


def test_dynamic_dns_with_a_sign_in_name_is_a_warning(checker) -> None:
    assert kinds(checker.check("accountsrecovery.ddns.net")) == [("dynamic-dns", "warning")]


def test_free_hosting_is_a_caution(checker) -> None:
    assert kinds(checker.check("accurate-sprout-porpoise.glitch.me")) == [
        ("free-hosting", "caution")
    ]


def test_the_services_own_sites_are_not(checker) -> None:
    for link in ("glitch.com", "www.noip.com", "duckduckgo.com"):
        assert checker.check(link).level == "ok", link


def test_a_page_on_sites_google_com_is_not_googles(checker) -> None:
    verdict = checker.check("https://sites.google.com/view/conference-2024")
    assert kinds(verdict) == [("anyone-can-publish", "caution")]
    assert verdict.reasons[0].message.startswith(
        "This page is not Google's: anyone can publish under sites.google.com."
    )
    assert verdict.trusted_site is None


def test_googles_own_pages_stay_trusted(checker) -> None:
    for link in (
        "https://sites.google.com/",
        "https://mail.google.com/mail",
        "docs.google.com/document/d/x",
    ):
        verdict = checker.check(link)
        assert verdict.level == "ok" and verdict.trusted_site == "google.com", link


# Product names glued to words ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("link", "domain"),
    [("outlook-livecom.bid", "outlook.com"), ("msoffice-update.com", "office.com")],
)
def test_product_names_glued_to_telling_words_are_a_warning(
    checker, link: str, domain: str
) -> None:
    verdict = checker.check(link)
    assert ("glued-name", "warning") in kinds(verdict)
    assert verdict.imitates == domain


def test_a_long_trusted_name_joined_to_any_word_is_a_caution(checker) -> None:
    verdict = checker.check("microsoftdefender.info")
    assert kinds(verdict) == [("glued-name", "caution")]


@pytest.mark.parametrize(
    "link", ["outlookindia.com", "officedepot.com", "office-supplies.com", "windowsworld.com"]
)
def test_ordinary_words_joined_to_others_stay_quiet(checker, link: str) -> None:
    assert checker.check(link).level == "ok"


# Links that open no web site -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("link", "kind"),
    [
        ("javascript:alert(document.cookie)", "javascript-link"),
        ("data:text/html;base64,PGgxPkxvZ2luPC9oMT4=", "data-link"),
        ("file://203.0.113.7/share/invoice.pdf", "file-link"),
    ],
)
def test_javascript_data_and_file_links_are_warnings(checker, link: str, kind: str) -> None:
    verdict = checker.check(link)
    assert kinds(verdict) == [(kind, "warning")]
    assert verdict.to_json()["host"] == ""


# Fewer false alarms ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "link", ["google.de", "youtube.fr", "tutanota.de", "yahoo.co.jp", "hotmail.fr", "outlook.sa"]
)
def test_brands_own_country_and_alternate_domains_are_trusted(checker, link: str) -> None:
    verdict = checker.check(link)
    assert verdict.level == "ok" and verdict.trusted_site == link


def test_a_shorteners_fragment_is_no_typo_target(checker) -> None:
    assert checker.check("youth-sport.net").level == "ok"  # not youtu.be
    assert checker.check("instar.org").level == "ok"  # not instagr.am
    assert checker.check("youtub.com").imitates == "youtube.com"  # the full name still is


def test_no_party_or_movement_is_on_the_shipped_list(checker) -> None:
    for link in ("mojahedin.org", "ncr-iran.org", "oiac.org"):
        assert checker.check(link).trusted_site is None, link


def test_imitated_institutions_are_recognised(checker) -> None:
    assert checker.check("atlanticconucil.org").imitates == "atlanticcouncil.org"
    assert checker.check("aspenlnstitute.org").imitates == "aspeninstitute.org"
    assert checker.check("brookings.email").imitates == "brookings.edu"


# Messages --------------------------------------------------------------------------------------


def test_defanged_links_are_restored() -> None:
    assert restore("hxxps://evil[.]example(.)com/a") == "https://evil.example.com/a"
    assert restore("mail.example[dot]org") == "mail.example.org"


def test_every_link_in_a_message_is_found_once_in_order() -> None:
    message = (
        "سلام، لینک جلسه: hxxps://meet-share[.]live/j?id=1، و www.bbc.com/persian.\n"
        "Email me: ali.reza@gmail.com. The file report.pdf, version v1.2; again meet-share.live"
    )
    assert find_links(message) == [
        "https://meet-share.live/j?id=1",
        "www.bbc.com/persian",
        "meet-share.live",
    ]


def test_a_link_inside_html_stops_at_the_quote() -> None:
    assert find_links('<a href="javascript:alert(1)">pay</a>') == ["javascript:alert(1)"]


def test_text_without_links_finds_none() -> None:
    assert find_links("See you at 5.30, e.g. at the usual café.") == []


def test_another_country_ending_is_a_caution_but_iran_and_generic_ones_warn(checker) -> None:
    assert checker.check("amnesty.org.au").level == "caution"  # Amnesty Australia's own
    assert checker.check("instagram.ir").level == "warning"
    assert checker.check("instagram.live").level == "warning"
    assert checker.check("amnesty.com").level == "warning"


def test_a_typo_of_an_ordinary_word_among_words_is_not_a_copy(checker) -> None:
    assert checker.check("asset-metrix.com").level == "ok"  # not matrix.org
    assert checker.check("clement-gruin.fr").level == "ok"  # not element.io
    assert checker.check("instagarm-login.com").imitates == "instagram.com"

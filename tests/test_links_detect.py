"""Look-alike detection: one test (or more) per class of trick, and the sites never flagged."""

from __future__ import annotations

import pytest

from separ.links.checker import LinkChecker
from separ.links.confusables import is_mixed_script, loose_skeleton, skeleton
from separ.links.trusted import load_trusted
from separ.links.verdict import Verdict


@pytest.fixture(scope="module")
def checker() -> LinkChecker:
    """The shipped trusted list, with a group's own site added as a person would."""
    return LinkChecker(load_trusted(None, ["mygroup.org", "ourvoice.wordpress.com"]))


def kinds(verdict: Verdict) -> set[str]:
    """The kinds of reason a verdict gives."""
    return {r.kind for r in verdict.reasons}


def assert_imitates(verdict: Verdict, domain: str, kind: str, level: str = "warning") -> None:
    """The verdict says the link imitates `domain`, for the reason `kind`, at `level`."""
    assert verdict.imitates == domain, verdict
    assert kind in kinds(verdict), verdict
    assert verdict.level == level, verdict


# Homographs ------------------------------------------------------------------------------------


def test_all_cyrillic_apple_is_a_whole_script_homograph(checker: LinkChecker) -> None:
    verdict = checker.check("https://аррӏе.com/")
    assert_imitates(verdict, "apple.com", "homograph")
    details = "\n".join(verdict.reasons[0].details)
    assert "xn--80ak6aa92e.com" in details  # the punycode form is shown
    assert "CYRILLIC SMALL LETTER ER" in details  # each character is named
    assert "entirely in Cyrillic" in details


def test_punycode_input_is_decoded_before_comparison(checker: LinkChecker) -> None:
    verdict = checker.check("https://xn--80ak6aa92e.com/")
    assert_imitates(verdict, "apple.com", "homograph")
    assert verdict.host == "аррӏе.com"
    assert verdict.ascii_host == "xn--80ak6aa92e.com"


def test_mixed_script_label_imitating_a_trusted_name(checker: LinkChecker) -> None:
    verdict = checker.check("https://іnstagram.com/login")  # Cyrillic і
    assert_imitates(verdict, "instagram.com", "homograph")
    assert any("Cyrillic and Latin" in d for d in verdict.reasons[0].details)


def test_ascii_look_alikes_rn_for_m_and_zero_for_o(checker: LinkChecker) -> None:
    assert_imitates(checker.check("rnicrosoft.com"), "microsoft.com", "homograph")
    assert_imitates(checker.check("g00gle.com"), "google.com", "homograph")
    assert_imitates(checker.check("paypa1.com"), "paypal.com", "homograph")


def test_accents_do_not_hide_a_copy(checker: LinkChecker) -> None:
    assert_imitates(checker.check("ámnesty.org"), "amnesty.org", "homograph")


def test_full_width_letters_reach_the_real_site_as_in_browsers(checker: LinkChecker) -> None:
    verdict = checker.check("https://ｉｎｓｔａｇｒａｍ.com/")
    assert verdict.level == "ok"
    assert verdict.trusted_site == "instagram.com"


def test_mixed_script_without_a_trusted_match_is_a_caution(checker: LinkChecker) -> None:
    verdict = checker.check("https://pаyday-example.org/")  # Cyrillic а in an unknown name
    assert verdict.level == "caution"
    assert "mixed-script" in kinds(verdict)


def test_whole_script_confusable_without_a_trusted_match_is_a_caution(checker: LinkChecker) -> None:
    verdict = checker.check("https://сосо.org/")  # all Cyrillic, reads as "coco"
    assert verdict.level == "caution"
    assert "whole-script" in kinds(verdict)


def test_a_site_in_one_other_alphabet_is_not_flagged(checker: LinkChecker) -> None:
    assert checker.check("https://ایران.example/").level == "ok"


def test_tr39_skeleton_of_the_unicode_data() -> None:
    assert skeleton("аррӏе") == skeleton("appie")  # TR39: palochka is a dotless i
    assert loose_skeleton("аррӏе") == loose_skeleton("apple")  # and it passes for an l
    assert skeleton("rn") == skeleton("m")
    assert skeleton("0") == "o"
    assert is_mixed_script("іnstagram")
    assert not is_mixed_script("日本語とlatin")


# Typos -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("link", "how"),
    [
        ("instagarm.com", "swapped"),
        ("instgram.com", "left out"),
        ("instagramm.com", "extra"),
        ("instqgram.com", "instead of"),
    ],
)
def test_one_keystroke_from_a_trusted_name(checker: LinkChecker, link: str, how: str) -> None:
    verdict = checker.check(link)
    assert_imitates(verdict, "instagram.com", "typo")
    assert how in verdict.reasons[0].message


def test_typo_shows_the_changed_letters_side_by_side(checker: LinkChecker) -> None:
    details = checker.check("https://instagarm.com/").reasons[0].details
    assert details[0] == "this link:  instagarm.com"
    assert details[1] == "real site:  instagram.com"
    assert details[2].index("^") == details[0].index("ar")


def test_typo_of_a_groups_own_site(checker: LinkChecker) -> None:
    assert_imitates(checker.check("mygruop.org"), "mygroup.org", "typo")


def test_only_a_trailing_number_differs_is_not_a_typo(checker: LinkChecker) -> None:
    assert checker.check("instagram2.com").level == "ok"
    assert checker.check("article20.org").level == "ok"


def test_only_the_first_letter_differs_is_not_a_typo(checker: LinkChecker) -> None:
    assert checker.check("king.com").level == "ok"  # not bing.com
    assert checker.check("cloud.run").level == "ok"  # not icloud.com
    assert checker.check("mail.com").level == "ok"  # not gmail.com


def test_a_first_letter_on_a_neighbouring_key_is_still_a_typo(checker: LinkChecker) -> None:
    assert_imitates(checker.check("uinstagram.com"), "instagram.com", "typo")
    assert_imitates(checker.check("jnstagram.com"), "instagram.com", "typo")


def test_short_names_get_no_typo_checks(checker: LinkChecker) -> None:
    assert checker.check("bong.com").level == "ok"  # bing.com is four letters
    assert checker.check("tme.org").level == "ok"


# Another ending, glued words -------------------------------------------------------------------


def test_same_name_under_another_public_suffix(checker: LinkChecker) -> None:
    verdict = checker.check("https://amnesty.com/")
    assert_imitates(verdict, "amnesty.org", "other-ending")
    assert ".com instead of .org" in verdict.reasons[0].message


def test_a_groups_own_site_under_another_ending_or_host(checker: LinkChecker) -> None:
    assert_imitates(checker.check("mygroup.net"), "mygroup.org", "other-ending")
    assert_imitates(checker.check("mygroup.github.io"), "mygroup.org", "other-ending")
    verdict = checker.check("ourvoice.blogspot.com")
    assert_imitates(verdict, "ourvoice.wordpress.com", "other-ending")


def test_a_site_on_a_shared_host_and_its_copies(checker: LinkChecker) -> None:
    assert checker.check("ourvoice.wordpress.com/about").level == "ok"
    other = checker.check("someone-else.wordpress.com")
    assert [(r.kind, r.level, r.trusted) for r in other.reasons] == [
        ("free-hosting", "caution", None)
    ]
    assert_imitates(checker.check("ourv0ice.wordpress.com"), "ourvoice.wordpress.com", "homograph")


def test_short_or_ordinary_names_under_another_ending_are_a_caution(checker: LinkChecker) -> None:
    assert checker.check("bbc.net").level == "caution"
    assert checker.check("matrix.jp").level == "caution"


@pytest.mark.parametrize(
    ("link", "domain"),
    [
        ("instagram-login.com", "instagram.com"),
        ("signal-secure.net", "signal.org"),
        ("instagramlogin.com", "instagram.com"),
        ("www-facebook.net", "facebook.com"),
        ("meta-login.com", "meta.com"),
        ("instagarm-login.com", "instagram.com"),
        ("mygroup-news.org", "mygroup.org"),
    ],
)
def test_trusted_name_with_a_hyphen_or_keyword_glued_on(
    checker: LinkChecker, link: str, domain: str
) -> None:
    verdict = checker.check(link)
    assert verdict.imitates == domain
    assert verdict.level == "warning"
    assert "glued-name" in kinds(verdict)


def test_ordinary_words_need_a_telling_keyword(checker: LinkChecker) -> None:
    assert checker.check("office-supplies.com").level == "ok"
    assert checker.check("mywire.org").level == "ok"
    assert checker.check("apple-pie.example").level == "ok"


def test_a_hyphen_inside_a_trusted_name(checker: LinkChecker) -> None:
    assert_imitates(checker.check("insta-gram.com"), "instagram.com", "hyphenated")


# Embedded --------------------------------------------------------------------------------------


def test_trusted_address_at_the_start_of_another(checker: LinkChecker) -> None:
    verdict = checker.check("https://instagram.com.verify-account.net/login")
    assert_imitates(verdict, "instagram.com", "embedded")
    assert "verify-account.net" in verdict.reasons[0].message


def test_trusted_address_with_dots_turned_into_hyphens(checker: LinkChecker) -> None:
    assert_imitates(checker.check("facebook-com.example"), "facebook.com", "embedded")


def test_trusted_name_as_a_subdomain_of_another_site(checker: LinkChecker) -> None:
    assert_imitates(checker.check("instagram.evil.example"), "instagram.com", "embedded")


def test_trusted_name_cut_by_a_dot(checker: LinkChecker) -> None:
    assert_imitates(checker.check("insta.gram.com"), "instagram.com", "split-name")
    assert_imitates(checker.check("psiph.on.ca"), "psiphon.ca", "split-name")


# URL tricks ------------------------------------------------------------------------------------


def test_user_info_before_the_host(checker: LinkChecker) -> None:
    verdict = checker.check("https://instagram.com@evil.example/login")
    assert_imitates(verdict, "instagram.com", "userinfo")
    assert verdict.host == "evil.example"


def test_user_info_on_a_trusted_host_is_a_caution(checker: LinkChecker) -> None:
    verdict = checker.check("https://someone@instagram.com/")
    assert verdict.level == "caution"
    assert verdict.trusted_site == "instagram.com"


def test_backslash_ends_the_host_as_in_browsers(checker: LinkChecker) -> None:
    verdict = checker.check("https://evil.example\\@instagram.com/")
    assert verdict.host == "evil.example"
    assert verdict.trusted_site is None


def test_raw_ip_address_is_a_caution(checker: LinkChecker) -> None:
    verdict = checker.check("https://203.0.113.7/login")
    assert verdict.level == "caution"
    assert "ip-address" in kinds(verdict)


def test_ip_address_in_disguise_is_a_warning(checker: LinkChecker) -> None:
    verdict = checker.check("https://3405803783/")
    assert verdict.level == "warning"
    assert "203.0.113.7" in verdict.reasons[0].message


def test_plain_http_is_a_caution_even_on_a_trusted_site(checker: LinkChecker) -> None:
    verdict = checker.check("http://www.instagram.com/")
    assert verdict.level == "caution"
    assert kinds(verdict) == {"plain-http"}


def test_link_shortener_is_a_caution(checker: LinkChecker) -> None:
    verdict = checker.check("https://bit.ly/3xyz")
    assert verdict.level == "caution"
    assert "shortener" in kinds(verdict)


def test_unusually_long_or_deep_host_is_a_caution(checker: LinkChecker) -> None:
    verdict = checker.check("https://a.b.c.d.e.example.org/")
    assert verdict.level == "caution"
    assert "long-host" in kinds(verdict)


def test_percent_encoded_host_is_a_caution(checker: LinkChecker) -> None:
    verdict = checker.check("https://%69nstagram.com/")
    assert verdict.host == "instagram.com"
    assert "percent-host" in kinds(verdict)


# Never flagged ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "link",
    [
        "https://www.instagram.com/",
        "https://help.instagram.com/contact",
        "instagram.com",
        "https://amnesty.org.uk/",
        "https://www.amnesty.org/en/",
        "https://signal.org/download/",
        "https://accounts.google.com/",
        "https://mail.proton.me/",
        "https://en.wikipedia.org/wiki/Iran",
        "https://t.me/somechannel",
        "https://www.mygroup.org/about",
        "https://github.io/",
        "https://example.org/",
    ],
)
def test_trusted_sites_and_their_subdomains_are_never_flagged(
    checker: LinkChecker, link: str
) -> None:
    assert checker.check(link).level == "ok"


def test_a_shared_host_on_the_list_does_not_trust_its_users(checker: LinkChecker) -> None:
    verdict = checker.check("https://instagram-help.github.io/")
    assert verdict.trusted_site is None
    assert verdict.level == "warning"


def test_every_shipped_domain_is_trusted_as_itself(checker: LinkChecker) -> None:
    for site in checker.trusted.sites:
        verdict = checker.check(f"https://{site.ascii_domain}/")
        assert verdict.trusted_site is not None, site
        assert verdict.level in ("ok", "caution"), site  # caution: t.co and the like shorten

"""Reading a link as a browser would: what counts as a link, and where it really goes."""

from __future__ import annotations

import pytest

from separ.links.trusted import normalise_domain
from separ.links.url import NotALink, parse_link


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("https://www.example.org/page?q=1#top", "www.example.org"),
        ("example.org", "example.org"),
        ("  <https://example.org/>  ", "example.org"),
        ("HTTPS://EXAMPLE.ORG.", "example.org"),
        ("https:example.org/x", "example.org"),
        ("example.org:8080/path", "example.org"),
        ("https://user:pw@example.org:443/", "example.org"),
        ("https://[2001:db8::1]/", "2001:db8::1"),
        ("http://0x7f.1/", "127.0.0.1"),
        ("https://r3---sn-abc.example.com/", "r3---sn-abc.example.com"),
    ],
)
def test_the_host_a_browser_would_contact(text: str, host: str) -> None:
    assert parse_link(text).host == host


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("", "empty"),
        ("hello world", "spaces"),
        ("instagram", "no ending"),
        ("mailto:someone@example.org", "'mailto:'"),
        ("tel:+15555550100", "'tel:'"),
        ("https://", "no site name"),
        ("https://1.2.3.4.5/", "IP address"),
        ("https://exa mple.org", "spaces"),
        ("https://ex!ample.org", "cannot be in a web address"),
    ],
)
def test_input_that_is_not_a_link_says_why(text: str, why: str) -> None:
    with pytest.raises(NotALink, match=why):
        parse_link(text)


@pytest.mark.parametrize(
    "text",
    [
        "javascript:alert(1)",
        "JavaScript:void(0)",
        "data:text/html,<b>x",
        "file://server/share/a.doc",
    ],
)
def test_javascript_data_and_file_links_are_links_without_a_host(text: str) -> None:
    link = parse_link(text)
    assert link.scheme == text.split(":")[0].lower()
    assert link.host == ""


def test_the_path_is_kept_without_query_or_fragment() -> None:
    assert parse_link("https://sites.google.com/view/x?a=1#top").path == "/view/x"
    assert parse_link("example.org").path == ""


def test_disguised_ip_address_is_recognised() -> None:
    link = parse_link("http://3232235777/")
    assert link.ip == "192.168.1.1"
    assert link.ip_disguised


def test_punycode_and_unicode_forms_of_the_host() -> None:
    link = parse_link("https://xn--80ak6aa92e.com")
    assert link.host == "аррӏе.com"
    assert link.ascii_host == "xn--80ak6aa92e.com"
    assert link.is_punycode


def test_trust_accepts_a_whole_link_and_drops_www() -> None:
    assert normalise_domain("https://www.MyGroup.org/about") == "mygroup.org"


@pytest.mark.parametrize("text", ["com", "co.uk", "github.io", "203.0.113.7", "not a domain"])
def test_trust_refuses_endings_addresses_and_junk(text: str) -> None:
    with pytest.raises(ValueError):
        normalise_domain(text)

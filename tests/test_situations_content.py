"""The situations, Start here list and contacts that ship with Separ: the ten situations the
project promises, each leading to items, steps that are safe inside Iran, and contacts whose
every fact names the page it comes from."""

from __future__ import annotations

import re
from datetime import date

from separ.pack import load_pack

SHIPPED = load_pack()

PROMISED = (
    "someone-unknown-contacted-me",
    "clicked-a-link",
    "account-swarmed",
    "received-a-threat",
    "details-posted",
    "lies-are-spreading",
    "account-removed-or-impersonated",
    "arrest-or-phone-taken",
    "protests-or-shutdown",
    "travelling",
)


def test_every_promised_situation_ships() -> None:
    assert [s.id for s in SHIPPED.situations] == list(PROMISED)


def test_titles_and_summaries_are_one_short_line() -> None:
    for situation in SHIPPED.situations:
        assert "\n" not in situation.title and len(situation.title) <= 80, situation.title
        assert "\n" not in situation.summary and len(situation.summary) <= 120


def test_every_end_says_what_to_do_now_and_reaches_items() -> None:
    for situation in SHIPPED.situations:
        assert situation.item_ids, situation.id
        for end in situation.ends:
            assert end.now and end.item_ids, (situation.id, end.id)
            assert all(len(step) <= 240 for step in end.now), (situation.id, end.id)


def test_every_answer_path_is_short() -> None:
    for situation in SHIPPED.situations:
        assert all(len(taken) <= 3 for taken, _ in situation.routes()), situation.id


def test_no_step_sends_anyone_to_text_messages() -> None:
    """SMS passes through state-run operators: a step may only warn against it."""
    for situation in SHIPPED.situations:
        for end in situation.ends:
            for step in end.now:
                if re.search(r"\bSMS\b|text message", step, re.IGNORECASE):
                    assert re.search(r"\bnot\b|never", step), step


def test_police_are_only_advised_abroad() -> None:
    for situation in SHIPPED.situations:
        for end in situation.ends:
            for step in end.now:
                if "police" in step.lower():
                    assert "Abroad" in step and "Inside Iran" in step, step


def test_start_here_orders_every_essential_item() -> None:
    assert SHIPPED.start_here is not None
    listed = list(SHIPPED.start_here.item_ids)
    essential = [item.id for item in SHIPPED.items if item.level == "essential"]
    assert sorted(listed) == sorted(essential)
    assert listed[0] == "turn-on-two-step-sign-in"


def test_the_helpline_is_there_with_its_published_address() -> None:
    helpline = next(c for c in SHIPPED.contacts if c.id == "access-now-helpline")
    assert ("email", "help@accessnow.org") in [(r.how, r.address) for r in helpline.reach]
    assert "24 hours" in helpline.hours
    assert any(s.url == "https://www.accessnow.org/help/helpline-faq/" for s in helpline.sources)


def test_every_contact_names_dated_sources_and_a_way_to_check_it() -> None:
    for contact in SHIPPED.contacts:
        assert contact.reach and contact.verify and contact.sources, contact.id
        for source in contact.sources:
            assert source.url.startswith("https://"), source.url
            assert date.fromisoformat(source.read) <= date.today()


def test_no_contact_gives_a_phone_number_it_could_not_verify() -> None:
    for contact in SHIPPED.contacts:
        for reach in contact.reach:
            assert reach.how != "phone" or contact.sources, contact.id
            assert not re.search(r"\+\d[\d ]{6,}", reach.address + (reach.note or ""))

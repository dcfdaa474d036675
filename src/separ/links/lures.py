"""Reasons for phishing that imitates no particular brand: reported addresses, bait names, free
addresses and pages anyone can publish. Each says in plain words what Separ saw and why it matters.
"""

from __future__ import annotations

from separ.i18n import _, current_language
from separ.i18n.dates import GREGORIAN_MONTHS_FA
from separ.i18n.persian import persian_digits
from separ.links.bait import CHEAP_ENDINGS, is_daemon, read_name
from separ.links.bait import front as bait_front
from separ.links.domains import Split
from separ.links.hosting import Platform
from separ.links.indicators import Report
from separ.links.verdict import CAUTION, WARNING, Reason

_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def when(date: str) -> str:
    """A report's date in words: "2024-05" is "May 2024" ("مه ۲۰۲۴" in Persian: a report
    published abroad is dated as it dates itself)."""
    year, _sep, month = date.partition("-")
    if month[:2].isdigit() and 1 <= int(month[:2]) <= 12:
        if current_language() == "fa":
            return persian_digits(f"{GREGORIAN_MONTHS_FA[int(month[:2]) - 1]} {year}")
        return f"{_MONTHS[int(month[:2]) - 1]} {year}"
    return date


def reported(address: str, reports: tuple[Report, ...]) -> Reason:
    """A known phishing address: where and when it was reported (the latest report first)."""
    latest = max(reports, key=lambda r: r.date)
    others = [r for r in reports if r is not latest]
    message = _(
        "This address ({address}) was reported as phishing in \u201c{title}\u201d "
        "({publisher}), {date}."
    ).format(
        address=address, title=latest.title, publisher=latest.publisher, date=when(latest.date)
    )
    details = tuple(
        _("also reported in \u201c{title}\u201d ({publisher}), {date}").format(
            title=r.title, publisher=r.publisher, date=when(r.date)
        )
        for r in others
    )
    return Reason("reported", WARNING, message, None, details, (latest, *others))


def platform(found: Platform) -> Reason:
    """A page under a company's address where anyone can publish."""
    return Reason(
        "anyone-can-publish",
        CAUTION,
        _(
            "This page is not {owner}'s: anyone can publish under {address}. "
            "Judge it by who sent it, and never sign in or download anything through it."
        ).format(owner=found.owner, address=found.address),
    )


def hosting(kind: str, service: str, label: str, host: str) -> Reason:
    """An address under a free dynamic-DNS or hosting service; a warning if its name is bait."""
    bait = read_name(label)
    if kind == "dynamic-dns":
        message = _(
            "{service} gives out free addresses: anyone can get an address here, such as "
            "{host}, in a minute, so the name says nothing about who runs it."
        )
    else:
        message = _(
            "{service} hosts sites for free: anyone can get an address here, such as {host}, "
            "in a minute, so the name says nothing about who runs it."
        )
    message = message.format(service=service, host=host)
    if bait.strong:
        words = ", ".join(f"'{w}'" for w in bait.words[:3])
        message += " " + _(
            "Its name is made of sign-in words ({words}), as phishing pages are."
        ).format(words=words)
        return Reason(kind, WARNING, message)
    return Reason(kind, CAUTION, message)


def bait_name(split: Split) -> list[Reason]:
    """Reasons about the registered name itself: a com-/www- front, mailer-daemon, bait words."""
    name, ending = split.name, split.suffix
    if not name:
        return []
    reasons = []
    front = bait_front(name)
    if front is not None:
        reasons.append(
            Reason(
                "front",
                WARNING,
                _(
                    "The name starts with '{front}', so the address reads like the end of a "
                    "real one ('...{end}' and more): a trick of phishing sites. The site is "
                    "really {site}."
                ).format(front=front, end=front[:-1], site=split.registrable),
            )
        )
    if is_daemon(name):
        reasons.append(
            Reason(
                "mailer-daemon",
                WARNING,
                _(
                    "The name imitates 'mailer-daemon', the system that sends mail delivery "
                    "errors; no mail service has a site by that name. The site is really {site}."
                ).format(site=split.registrable),
            )
        )
        return reasons
    bait = read_name(name.removeprefix(front or ""))
    cheap = ending.rsplit(".", 1)[-1] in CHEAP_ENDINGS
    several = len(bait.words) >= 2
    if bait.strong and several and (cheap or len(bait.strong) >= 2):
        level = WARNING
    elif (bait.strong and (cheap or several)) or (cheap and several and bait.whole):
        level = CAUTION
    else:
        return reasons
    words = ", ".join(f"'{w}'" for w in bait.words[:4])
    if cheap:
        said = _(
            "The name is made of words that sign-in traps use ({words}), under an ending that "
            "copies favour (.{ending})."
        )
    else:
        said = _("The name is made of words that sign-in traps use ({words}).")
    if level == WARNING:
        why = _(
            "Phishing pages are named like this to look like a service's own page; no real "
            "service sends you to such an address to sign in."
        )
    else:
        why = _(
            "Phishing pages are named like this to look like a service's own page; many honest "
            "sites are too, so open it only if you expected it."
        )
    message = f"{said.format(words=words, ending=ending)} {why}"
    reasons.append(Reason("bait-words", level, message))
    return reasons

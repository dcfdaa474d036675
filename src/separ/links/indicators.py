"""Phishing addresses named in published reports, shipped in the pack (trusted/indicators.yaml).

Each address keeps the reports that named it, so that Separ can say where it was reported and
when. An address covers its subdomains (mail.example.live is example.live's). The list is refused
when it names a trusted site or an ending many sites share: one wrong line must not make Separ
call every glitch.me page phishing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from separ.links.domains import is_public_suffix
from separ.links.url import NotALink, listed_host
from separ.pack.files import present
from separ.pack.format_trusted import INDICATORS
from separ.pack.reader import Problem, Reader

if TYPE_CHECKING:
    from separ.links.trusted import TrustedList


@dataclass(frozen=True)
class Report:
    """A published report that named phishing addresses."""

    title: str
    publisher: str
    date: str
    """YYYY-MM or YYYY."""

    def to_json(self) -> dict:
        """The report as a JSON-ready dict."""
        return {"report": self.title, "publisher": self.publisher, "date": self.date}


@dataclass(frozen=True)
class Reported:
    """Reported addresses (ASCII hosts) and the reports that named each, in the list's order."""

    addresses: dict[str, tuple[Report, ...]] = field(default_factory=dict)

    def find(self, ascii_host: str, trusted: TrustedList) -> tuple[str, tuple[Report, ...]] | None:
        """The reported address a host is (or is under), and its reports.

        An address that is a shared ending or a trusted site never matches, whatever the list
        says (`separ check` reports such a line).
        """
        labels = ascii_host.split(".")
        for start in range(len(labels) - 1):
            address = ".".join(labels[start:])
            reports = self.addresses.get(address)
            if reports and not _address(address, trusted)[1]:
                return address, reports
        return None


def read_indicators(
    path: Path, trusted: TrustedList, problems: list[Problem], *, strict: bool = True
) -> Reported:
    """trusted/indicators.yaml; empty where the pack has none.

    `strict` checks every address against the trusted list and the Public Suffix List (as
    `separ check` does); otherwise only its form is checked here, and `Reported.find` never
    answers with an address that fails those checks, so a link check starts sooner.
    """
    if not present(path):
        return Reported()
    obj = Reader(path, problems).read_file(INDICATORS)
    if obj is None:
        return Reported()
    found: dict[str, list[Report]] = {}
    for entry in obj.get("reports", []):
        report = Report(entry.get("report", ""), entry.get("publisher", ""), entry.get("date", ""))
        marks = entry.item_marks.get("addresses", [])
        for text, mark in zip(entry.get("addresses", []), marks, strict=False):
            address, problem = _address(text, trusted if strict else None)
            if problem:
                problems.append(Problem(path, mark.line, mark.column, f"{text}: {problem}"))
                continue
            reports = found.setdefault(address, [])
            if report not in reports:
                reports.append(report)
    return Reported({address: tuple(reports) for address, reports in found.items()})


def _address(text: str, trusted: TrustedList | None) -> tuple[str, str]:
    """(the ASCII address, "") or ("", why it cannot be a reported address)."""
    text = text.strip().lower()
    if "/" in text or ":" in text:
        return "", "write the address alone (example.live), without https:// or a path"
    try:
        address = listed_host(text)
    except NotALink as error:
        return "", str(error)
    if trusted is None:
        return address, ""
    hosting = trusted.hosting
    if is_public_suffix(address) or address in hosting.dynamic_dns | hosting.free_hosting:
        return "", "this is an ending that many unrelated sites share, not one site"
    site = trusted.find(address)
    if site is not None:
        return "", f"this is on the trusted list ({site.owner}, {site.domain})"
    return address, ""

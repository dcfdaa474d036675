"""Where anyone can get an address or publish a page: free dynamic DNS, free hosting, platforms.

The lists come from the pack (trusted/hosting.yaml), so a pack update refreshes them. A link on
one of these is not proof of anything, but phishing that state groups send lives there often:
anyone can make confirm-validation.ddns.net or a page under sites.google.com in a minute.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from separ.links.url import NotALink, listed_host
from separ.pack.files import present
from separ.pack.format_trusted import HOSTING
from separ.pack.reader import Problem, Reader


@dataclass(frozen=True)
class Platform:
    """An address under which anyone can publish, though a known company runs it."""

    host: str
    """The ASCII host, such as sites.google.com."""
    path: str
    """The path under it that counts ("" for the whole host), such as /forms."""
    owner: str
    """Whose address it is: Google."""
    address: str
    """The address as the list writes it, for messages."""


@dataclass(frozen=True)
class Hosting:
    """The services where anyone can get an address (by ASCII suffix) or publish a page."""

    dynamic_dns: frozenset[str] = frozenset()
    free_hosting: frozenset[str] = frozenset()
    platforms: tuple[Platform, ...] = field(default_factory=tuple)

    def service(self, ascii_host: str) -> tuple[str, str] | None:
        """("dynamic-dns" or "free-hosting", the service's domain) for a host under one."""
        labels = ascii_host.split(".")
        for start in range(1, len(labels) - 1):
            suffix = ".".join(labels[start:])
            if suffix in self.dynamic_dns:
                return "dynamic-dns", suffix
            if suffix in self.free_hosting:
                return "free-hosting", suffix
        return None

    def platform(self, ascii_host: str, path: str) -> Platform | None:
        """The platform a link's host and path are on, if any."""
        if path in ("", "/"):
            return None  # the platform's own front page, not someone's page on it
        for platform in self.platforms:
            if ascii_host == platform.host and (
                not platform.path
                or path == platform.path
                or path.startswith(platform.path.rstrip("/") + "/")
            ):
                return platform
        return None


def _host(text: str) -> str:
    """The ASCII form of a host from the list; NotALink if it is not one."""
    text = text.strip().lower()
    return listed_host(text)


def read_hosting(path: Path, problems: list[Problem]) -> Hosting:
    """trusted/hosting.yaml, or an empty Hosting where the pack has none."""
    if not present(path):
        return Hosting()
    obj = Reader(path, problems).read_file(HOSTING)
    if obj is None:
        return Hosting()
    suffixes: dict[str, set[str]] = {"dynamic_dns": set(), "free_hosting": set()}
    for name, found in suffixes.items():
        for text, mark in zip(obj.get(name, []), obj.item_marks.get(name, []), strict=False):
            try:
                found.add(_host(text))
            except NotALink as error:
                problems.append(Problem(path, mark.line, mark.column, f"{text}: {error}"))
    platforms = []
    for entry in obj.get("platforms", []):
        address = entry.get("address", "")
        host, _, rest = address.partition("/")
        try:
            platforms.append(
                Platform(_host(host), f"/{rest}" if rest else "", entry.get("owner", ""), address)
            )
        except NotALink as error:
            mark = entry.at("address")
            problems.append(Problem(path, mark.line, mark.column, f"{address}: {error}"))
    return Hosting(
        frozenset(suffixes["dynamic_dns"]), frozenset(suffixes["free_hosting"]), tuple(platforms)
    )

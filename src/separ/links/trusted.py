"""The trusted sites: the list shipped in the pack (trusted/*.yaml) and the person's own list.

A trusted domain covers itself and its subdomains. For comparing names it is cut into the name
people recognise and its ending: "instagram" + "com", "amnesty" + "org.uk", and for a group's
site on a shared host, "mygroup" + "wordpress.com".
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from separ.i18n import _, speaking
from separ.links.domains import is_public_suffix, split_host
from separ.links.hosting import Hosting, read_hosting
from separ.links.indicators import Reported, read_indicators
from separ.links.url import NotALink, normalise_host, parse_link
from separ.pack.files import present
from separ.pack.format_trusted import SHORTENERS, SITES
from separ.pack.reader import Mark, Obj, Problem, Reader

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

TRUSTED_DIR = "trusted"
SITES_FILE = "sites.yaml"
SHORTENERS_FILE = "shorteners.yaml"
HOSTING_FILE = "hosting.yaml"
INDICATORS_FILE = "indicators.yaml"
MINE = "your trusted list"


class TrustedListError(Exception):
    """Trusted-list files that cannot be used: one line per problem, `path:line:column: what`."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class TrustedSite:
    """One trusted domain and whose it is."""

    domain: str
    """The domain in Unicode, such as "instagram.com"."""
    ascii_domain: str
    """The same in ASCII (punycode) form."""
    owner: str
    """Whose site it is ("Instagram"), or MINE for the person's own list."""
    name: str
    """The label people recognise: "instagram"."""
    suffix: str
    """What follows the name: "com", "org.uk", "wordpress.com"."""
    shared: bool = False
    """Whether the domain is also a public suffix (github.io): its subdomains are anyone's."""
    why: str = ""
    """Why the pack lists it (documents, safety, news, imitated); "" for the person's own."""

    @property
    def mine(self) -> bool:
        """Whether the person added it themselves."""
        return self.owner == MINE

    def covers(self, ascii_host: str) -> bool:
        """Whether a host is this site or one of its subdomains."""
        if ascii_host == self.ascii_domain:
            return True
        return not self.shared and ascii_host.endswith("." + self.ascii_domain)


@dataclass(frozen=True)
class TrustedList:
    """All trusted sites, and the link shorteners, that a check compares against."""

    sites: tuple[TrustedSite, ...]
    """The shipped sites, then the person's own."""
    shorteners: frozenset[str] = frozenset()
    """ASCII domains of link shorteners."""
    common_words: frozenset[str] = frozenset()
    """Trusted names that are ordinary words (office, signal): fewer patterns count for them."""
    hosting: Hosting = field(default_factory=Hosting)
    """Where anyone can get an address or publish a page."""
    reported: Reported = field(default_factory=Reported)
    """Phishing addresses named in published reports."""

    @cached_property
    def _by_domain(self) -> dict[str, TrustedSite]:
        """Each site by its ASCII domain (the first listed wins)."""
        found: dict[str, TrustedSite] = {}
        for site in self.sites:
            found.setdefault(site.ascii_domain, site)
        return found

    def find(self, ascii_host: str) -> TrustedSite | None:
        """The trusted site a host belongs to (the longest domain that covers it), or None."""
        labels = ascii_host.split(".")
        for start in range(len(labels)):
            site = self._by_domain.get(".".join(labels[start:]))
            if site is not None and site.covers(ascii_host):
                return site
        return None

    def owner_of(self, domain: str) -> str | None:
        """Whose a trusted domain is."""
        for site in self.sites:
            if site.domain == domain:
                return site.owner
        return None


def make_site(domain: str, owner: str) -> TrustedSite:
    """A trusted site from a domain (already normalised) and its owner."""
    unicode_domain, ascii_domain = normalise_host(domain)
    split = split_host(unicode_domain, ascii_domain)
    if is_public_suffix(ascii_domain):
        return TrustedSite(
            unicode_domain, ascii_domain, owner, split.name, split.suffix, shared=True
        )
    if split.subdomains:
        # A site on a shared host that the PSL does not list (mygroup.wordpress.com): the site's
        # own label is the name, and everything after it the ending.
        labels = unicode_domain.split(".")
        return TrustedSite(unicode_domain, ascii_domain, owner, labels[0], ".".join(labels[1:]))
    return TrustedSite(unicode_domain, ascii_domain, owner, split.name, split.suffix)


def normalise_domain(text: str, *, allow_shared: bool = False) -> str:
    """A domain the person typed (or a whole link) as Separ keeps it; ValueError if unusable.

    "https://www.MyGroup.org/about" becomes "mygroup.org". An IP address, a public ending
    (".com", "github.io") or something that is not a web address is refused; the shipped list
    may name a shared ending that its owner runs (`allow_shared`: github.io is GitHub's).
    """
    try:
        link = parse_link(text)
    except NotALink as error:
        raise ValueError(str(error)) from None
    if link.ip is not None:
        raise ValueError(_("{ip} is an IP address; trust a site by its name").format(ip=link.ip))
    host = link.host
    if host.startswith("www.") and host.count(".") >= 2:
        host = host[4:]
    unicode_host, ascii_host = normalise_host(host)
    if is_public_suffix(ascii_host) and not (allow_shared and "." in ascii_host):
        raise ValueError(
            _(
                "{ending} is an ending that many unrelated sites share; "
                "trust a site's own address, such as mygroup.org"
            ).format(ending=unicode_host)
        )
    return unicode_host


def _entries(obj: Obj, name: str) -> list[tuple[str, Mark]]:
    """The texts of a list field, each with where it stood."""
    texts = obj.get(name, [])
    return list(zip(texts, obj.item_marks.get(name, []), strict=False))


def _shipped_sites(path: Path, problems: list[Problem]) -> tuple[list[TrustedSite], frozenset[str]]:
    """The sites of trusted/sites.yaml, and its names that are ordinary words."""
    obj = Reader(path, problems).read_file(SITES) if present(path) else None
    if obj is None:
        return [], frozenset()
    sites = []
    for entry in obj.get("sites", []):
        owner = entry.get("owner")
        for domain, mark in _entries(entry, "domains"):
            try:
                site = make_site(normalise_domain(domain, allow_shared=True), owner or "")
                sites.append(dataclasses.replace(site, why=entry.get("why", "")))
            except ValueError as error:
                problems.append(Problem(path, mark.line, mark.column, f"{domain}: {error}"))
    words = frozenset(w.lower() for w in obj.get("common_words", []))
    return sites, words


def _shipped_shorteners(path: Path, problems: list[Problem]) -> frozenset[str]:
    """The ASCII domains of trusted/shorteners.yaml."""
    obj = Reader(path, problems).read_file(SHORTENERS) if present(path) else None
    found = set()
    for entry, mark in _entries(obj, "shorteners") if obj else []:
        try:
            found.add(normalise_host(entry)[1])
        except NotALink as error:
            problems.append(Problem(path, mark.line, mark.column, f"{entry}: {error}"))
    return frozenset(found)


def load_trusted(
    pack_root: Path | Traversable | None, mine: Iterable[str] = (), *, strict: bool = True
) -> TrustedList:
    """The trusted list: the pack's trusted/ folder (built-in pack if None) and the person's own.

    Raises TrustedListError with every problem found in the pack's files, each with its place.
    Without `strict`, reported addresses are checked when they match rather than all at once
    (see `read_indicators`): a link check starts sooner, and `separ check` still finds them.
    """
    if pack_root is None:
        from separ.pack import builtin_pack_dir

        pack_root = builtin_pack_dir()  # in the offline copy, a folder inside the zip
    elif isinstance(pack_root, str):
        pack_root = Path(pack_root)
    folder = pack_root / TRUSTED_DIR
    problems: list[Problem] = []
    # Problems in a pack are said in English, as `separ check` says them all: for pack authors.
    with speaking("en"):
        sites, common_words = _shipped_sites(folder / SITES_FILE, problems)
        shorteners = _shipped_shorteners(folder / SHORTENERS_FILE, problems)
        hosting = read_hosting(folder / HOSTING_FILE, problems)
        trusted = TrustedList(tuple(sites), shorteners, common_words, hosting)
        reported = read_indicators(folder / INDICATORS_FILE, trusted, problems, strict=strict)
    if problems:
        raise TrustedListError(sorted(problems))
    return TrustedList(tuple(sites + own_sites(mine)), shorteners, common_words, hosting, reported)


def own_sites(mine: Iterable[str]) -> list[TrustedSite]:
    """The person's own trusted domains as sites (any that no longer parse are skipped)."""
    sites = []
    for domain in mine:
        try:
            sites.append(make_site(domain, MINE))
        except NotALink:
            continue  # kept by an older version under rules that have since changed
    return sites

"""The trusted sites: the list shipped in the pack (trusted/*.yaml) and the person's own list.

A trusted domain covers itself and its subdomains. For comparing names it is cut into the name
people recognise and its ending: "instagram" + "com", "amnesty" + "org.uk", and for a group's
site on a shared host, "mygroup" + "wordpress.com".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from separ.links.domains import is_public_suffix, split_host
from separ.links.url import NotALink, normalise_host, parse_link

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

TRUSTED_DIR = "trusted"
SITES_FILE = "sites.yaml"
SHORTENERS_FILE = "shorteners.yaml"
MINE = "your trusted list"


class TrustedListError(Exception):
    """A trusted-list file that cannot be read; the message says where and what to fix."""


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

    def find(self, ascii_host: str) -> TrustedSite | None:
        """The trusted site a host belongs to, or None."""
        best = None
        for site in self.sites:
            if site.covers(ascii_host) and (
                best is None or len(site.ascii_domain) > len(best.ascii_domain)
            ):
                best = site
        return best

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
        raise ValueError(f"{link.ip} is an IP address; trust a site by its name")
    host = link.host
    if host.startswith("www.") and host.count(".") >= 2:
        host = host[4:]
    unicode_host, ascii_host = normalise_host(host)
    if is_public_suffix(ascii_host) and not (allow_shared and "." in ascii_host):
        raise ValueError(
            f"{unicode_host} is an ending that many unrelated sites share; "
            "trust a site's own address, such as mygroup.org"
        )
    return unicode_host


def _read_yaml(path: Path) -> object:
    """A YAML file's content, or TrustedListError saying where it is broken."""
    import yaml

    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise TrustedListError(f"{path}: cannot be read ({error.strerror})") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else str(path)
        problem = getattr(error, "problem", None) or "not valid YAML"
        raise TrustedListError(f"{where}: {problem}") from None


def _shipped_sites(folder: Path) -> tuple[list[TrustedSite], frozenset[str]]:
    """The sites of trusted/sites.yaml, and its names that are ordinary words."""
    path = folder / SITES_FILE
    if not path.is_file():
        return [], frozenset()
    data = _read_yaml(path)
    entries = data.get("sites") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise TrustedListError(f"{path}: expected a 'sites:' list")
    sites = []
    for number, entry in enumerate(entries, 1):
        owner = entry.get("owner") if isinstance(entry, dict) else None
        domains = entry.get("domains") if isinstance(entry, dict) else None
        if not isinstance(owner, str) or not isinstance(domains, list) or not domains:
            raise TrustedListError(
                f"{path}: site {number} needs an 'owner' and a list of 'domains'"
            )
        for domain in domains:
            try:
                sites.append(make_site(normalise_domain(str(domain), allow_shared=True), owner))
            except ValueError as error:
                raise TrustedListError(f"{path}: {owner}: {domain}: {error}") from None
    words = data.get("common_words", [])
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise TrustedListError(f"{path}: 'common_words' must be a list of names")
    return sites, frozenset(w.lower() for w in words)


def _shipped_shorteners(folder: Path) -> frozenset[str]:
    """The ASCII domains of trusted/shorteners.yaml."""
    path = folder / SHORTENERS_FILE
    if not path.is_file():
        return frozenset()
    data = _read_yaml(path)
    entries = data.get("shorteners") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise TrustedListError(f"{path}: expected a 'shorteners:' list")
    try:
        return frozenset(normalise_host(str(entry))[1] for entry in entries)
    except NotALink as error:
        raise TrustedListError(f"{path}: {error}") from None


def load_trusted(pack_root: Path | Traversable | None, mine: Iterable[str] = ()) -> TrustedList:
    """The trusted list: the pack's trusted/ folder (built-in pack if None) and the person's own."""
    if pack_root is None:
        from separ.pack import builtin_pack_dir

        pack_root = builtin_pack_dir()  # in the offline copy, a folder inside the zip
    elif isinstance(pack_root, str):
        pack_root = Path(pack_root)
    folder = pack_root / TRUSTED_DIR
    sites, common_words = _shipped_sites(folder)
    return TrustedList(tuple(sites + own_sites(mine)), _shipped_shorteners(folder), common_words)


def own_sites(mine: Iterable[str]) -> list[TrustedSite]:
    """The person's own trusted domains as sites (any that no longer parse are skipped)."""
    sites = []
    for domain in mine:
        try:
            sites.append(make_site(domain, MINE))
        except NotALink:
            continue  # kept by an older version under rules that have since changed
    return sites

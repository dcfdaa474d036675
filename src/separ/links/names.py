"""The trusted names, prepared once per checker for quick comparisons, and how a host is read.

A `View` is one reading of a host: its name and ending by the Public Suffix List, or under a
shared host that a trusted site lives on (mygroup.wordpress.com).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from separ.i18n import N_, _
from separ.i18n.catalog import right_to_left
from separ.links.confusables import loose_skeleton, plain_letters
from separ.links.trusted import TrustedList, TrustedSite

TYPO_MIN = 5
"""Names shorter than this are too close to ordinary words for one-keystroke checks."""
PEOPLE_TYPE = frozenset({"documents", "safety", ""})
"""Sites people type or open daily, whose five-letter names are typo targets too (apple, gmail);
the institutions and outlets imitated in reports need six letters (a "jpost" typo is too often an
honest "ipost")."""
OTHER_ENDING_MIN = 3
"""Shortest name whose copy under another ending is worth mentioning (as caution below 5)."""
STRONG_MIN = 5
"""Names at least this long are distinctive: copies are a warning, not a caution."""

# Words that copies glue to a trusted name ("instagram-login", "signalsecure").
KEYWORDS = frozenset(
    {
        "login",
        "logon",
        "signin",
        "signup",
        "sign",
        "log",
        "secure",
        "security",
        "safe",
        "safety",
        "verify",
        "verified",
        "verification",
        "account",
        "accounts",
        "support",
        "help",
        "helpdesk",
        "service",
        "services",
        "update",
        "updates",
        "app",
        "apps",
        "web",
        "online",
        "official",
        "auth",
        "mail",
        "email",
        "team",
        "center",
        "centre",
        "recovery",
        "recover",
        "unlock",
        "appeal",
        "appeals",
        "confirm",
        "check",
        "id",
        "my",
        "get",
        "go",
        "free",
        "vpn",
        "news",
        "info",
        "page",
        "pages",
        "site",
        "www",
        "com",
        "net",
        "org",
        "fa",
        "farsi",
        "persian",
        "ir",
        "iran",
        "iranian",
        "en",
        "english",
        "live",
        "now",
        "tv",
        "media",
        "business",
        "ads",
        "copyright",
        "pay",
        "payment",
        "wallet",
        "cloud",
        "drive",
        "docs",
        "message",
        "messages",
        "chat",
        "group",
        "groups",
        "channel",
        "download",
        "install",
        "real",
        "original",
        "new",
        "best",
        "store",
        "shop",
        "blue",
        "badge",
        "meta",
        "privacy",
        "settings",
        "notice",
        "alert",
        "alerts",
        "press",
        "de",
        "fr",
        "uk",
        "us",
    }
)


@dataclass(frozen=True)
class View:
    """One reading of a host: subdomains, the name its owner registered, and the ending."""

    subdomains: tuple[str, ...]
    """Labels left of the name."""
    name: str
    """The label compared with trusted names."""
    suffix: str
    """What follows the name."""
    only: tuple[TrustedSite, ...] | None = None
    """Compare with these sites only (a view under a shared host); None: with all."""


@dataclass
class Names:
    """The trusted list, prepared for quick comparisons (built once per checker)."""

    trusted: TrustedList
    """The list these names come from."""
    by_loose: dict[str, list[TrustedSite]] = field(default_factory=dict)
    """Sites by the loose skeleton of their name."""
    by_name: dict[str, list[TrustedSite]] = field(default_factory=dict)
    """Sites by their exact name."""
    typo_targets: dict[int, list[tuple[str, str, TrustedSite]]] = field(default_factory=dict)
    """(loose skeleton, plain letters, site) of names long enough for typo checks, by length."""
    domains_by_labels: dict[tuple[str, ...], TrustedSite] = field(default_factory=dict)
    """Sites by the loose skeletons of their domain's labels ("instagram", "com")."""
    hosted: dict[str, list[TrustedSite]] = field(default_factory=dict)
    """Sites on a shared host that the PSL does not list, by that host (wordpress.com)."""
    order: dict[str, int] = field(default_factory=dict)
    """Each trusted domain's place in the list (earlier wins when several match)."""
    short_forms: set[str] = field(default_factory=set)
    """Names cut short from a longer name of the same owner (youtu, instagr): no typo targets."""

    def __post_init__(self) -> None:
        from separ.links.domains import is_public_suffix

        typo_names: set[str] = set()
        # A name cut short from a longer one the owner lists before it (youtu.be after
        # youtube.com, instagr.am after instagram.com) is a short form, not a name people type:
        # "youth" is no typo of "youtu". (amnestyusa.org, listed after amnesty.org, is not.)
        short_forms = self.short_forms
        seen: list[TrustedSite] = []
        for site in self.trusted.sites:
            if all(s.name != site.name for s in seen) and any(
                s.owner == site.owner and s.name.startswith(site.name) for s in seen
            ):
                short_forms.add(site.name)
            seen.append(site)
        for rank, site in enumerate(self.trusted.sites):
            self.order.setdefault(site.domain, rank)
            loose = loose_skeleton(site.name)
            self.by_loose.setdefault(loose, []).append(site)
            self.by_name.setdefault(site.name, []).append(site)
            if (
                len(site.name) >= (TYPO_MIN if site.why in PEOPLE_TYPE else TYPO_MIN + 1)
                and site.name not in typo_names
                and site.name not in short_forms
            ):
                typo_names.add(site.name)
                plain = plain_letters(site.name)
                for length in {len(site.name), len(loose), len(plain)}:
                    self.typo_targets.setdefault(length, []).append((loose, plain, site))
            labels = tuple(loose_skeleton(label) for label in site.domain.split("."))
            self.domains_by_labels.setdefault(labels, site)
            if not is_public_suffix(site.ascii_domain.split(".", 1)[1]):
                self.hosted.setdefault(site.suffix, []).append(site)

    def sites_named(self, loose: str, view: View) -> list[TrustedSite]:
        """Trusted sites whose name reads like `loose`, within the view's scope."""
        found = self.by_loose.get(loose, [])
        return [s for s in found if view.only is None or s in view.only]

    def is_common(self, site: TrustedSite) -> bool:
        """Whether a site's name is also an ordinary word (office, signal)."""
        return site.name in self.trusted.common_words

    def is_trusted_name(self, name: str) -> bool:
        """Whether a name is exactly the name of some trusted site."""
        return name in self.by_name


THIS_LINK = N_("this link:")
REAL_SITE = N_("real site:")


def aligned(rows: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """Addresses one above the other, each with its label ("this link:  instagarm.com").

    In a right-to-left language the address comes first and its label after it
    ("instagarm.com  ← این لینک"): each line then begins with the address, left to right, so the
    addresses stay one above the other wherever the lines are laid out, and a line of carets
    under the changed letters still points at them.
    """
    if right_to_left():
        width = max(len(address) for _label, address in rows)
        return tuple(f"{address.ljust(width)}  ← {_(label).rstrip(':')}" for label, address in rows)
    width = max(len(_(label)) for label, _address in rows)
    return tuple(f"{_(label).ljust(width)}  {address}" for label, address in rows)


def address_column(labels: tuple[str, ...] = (THIS_LINK, REAL_SITE)) -> int:
    """The column at which `aligned` puts the addresses."""
    if right_to_left():
        return 0
    return max(len(_(label)) for label in labels) + 2


def side_by_side(shown: str, real: str, note: str = "") -> tuple[str, ...]:
    """Two aligned lines, the link's address over the real one, and an optional note."""
    lines = aligned(((THIS_LINK, shown), (REAL_SITE, real)))
    return (*lines, note) if note else lines

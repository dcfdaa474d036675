"""The parallel-site patterns: a trusted name under another ending, with words glued on, or
placed inside another address.

These are how copies of activists' sites are made: amnesty.com for amnesty.org,
instagram-login.com, instagram.com.verify-account.net, insta.gram.com.
"""

from __future__ import annotations

from separ.i18n import _
from separ.links.bait import segment
from separ.links.confusables import loose_skeleton
from separ.links.detect import closest
from separ.links.domains import is_icann_suffix
from separ.links.names import (
    KEYWORDS,
    OTHER_ENDING_MIN,
    REAL_SITE,
    STRONG_MIN,
    THIS_LINK,
    TYPO_MIN,
    Names,
    View,
    aligned,
    side_by_side,
)
from separ.links.trusted import TrustedSite
from separ.links.verdict import CAUTION, WARNING, Reason


def other_ending(view: View, names: Names) -> list[Reason]:
    """A trusted name under an ending its owner does not use (amnesty.com for amnesty.org)."""
    if len(view.name) < OTHER_ENDING_MIN:
        return []
    sites = [s for s in names.by_name.get(view.name, []) if view.only is None or s in view.only]
    if not sites:
        return []
    site = sites[0]
    endings = ", ".join(f".{s.suffix}" for s in sites[:4]) + (", ..." if len(sites) > 4 else "")
    # Brands hold their name under many country endings (google.ax, amnesty.org.au): under one of
    # those, another ending is a caution; under a generic one (.com, .live) it is a warning.
    last = view.suffix.rsplit(".", 1)[-1]
    country = view.only is None and len(last) == 2 and last not in GENERIC_COUNTRY_ENDINGS
    country = country and not is_public_suffix_host(view.suffix)
    level = (
        WARNING
        if len(view.name) >= STRONG_MIN and not names.is_common(site) and not country
        else CAUTION
    )
    return [
        Reason(
            "other-ending",
            level,
            _(
                "Same name as {site} ({owner}), but under another ending: "
                ".{ending} instead of {endings}. Copies of a site are often made this way; "
                "the real owner may hold other endings too, so check before you trust it."
            ).format(site=site.domain, owner=site.owner, ending=view.suffix, endings=endings),
            site.domain,
            side_by_side(f"{view.name}.{view.suffix}", site.domain),
        )
    ]


GLUED_WIDTH = 3
"""Most hyphen-joined pieces a trusted name has (en-hrana, hertie-school)."""
SPLIT_WIDTH = 3
"""Most pieces a trusted name is looked for when cut by dots (insta.gram, psi.ph.on)."""


def _telling(word: str) -> bool:
    """Whether a word glued to a name tells of a copy: login, a number, or such words joined
    (livecom, accountupdate)."""
    word = word.lower()
    return word in KEYWORDS or word.isdigit() or (len(word) > 1 and segment(word) is not None)


GENERIC_COUNTRY_ENDINGS = frozenset(
    {"io", "co", "me", "tv", "ly", "cc", "ws", "to", "ai", "gg", "fm", "am", "la", "sh", "so"}
    | {"st", "vc", "pw", "tk", "ml", "ga", "cf", "gq", "nu", "ac", "im", "ir"}
)
"""Country endings sold to anyone and used as generic ones, and Iran's (.ir): a copy under
these is a warning; under other country endings, which brands often hold, a caution."""


def is_public_suffix_host(suffix: str) -> bool:
    """Whether an ending is a hosting service's (github.io), not a registry's (co.uk)."""
    return "." in suffix and not is_icann_suffix(suffix)


def _glued(label: str, names: Names, view: View) -> tuple[TrustedSite, str] | None:
    """A trusted name inside a label, with words glued on by a hyphen or a known keyword.

    Returns the site and the words added, as written in the label. The label's pieces are
    looked up among the trusted names (not the names scanned in the label), so that a long
    address costs no more than its length.
    """
    tokens = label.split("-")
    loose_tokens = [loose_skeleton(t) for t in tokens]
    loose = "-".join(loose_tokens)
    for width in range(1, min(len(tokens), GLUED_WIDTH) + 1):
        for i in range(len(tokens) - width + 1):
            real_loose = "-".join(loose_tokens[i : i + width])
            site = _site(real_loose, names, view)
            if site is None or real_loose == loose or len(real_loose) < OTHER_ENDING_MIN:
                continue
            rest = [t for t in tokens[:i] + tokens[i + width :] if t]
            distinctive = len(real_loose) >= STRONG_MIN and not names.is_common(site)
            if rest and (distinctive or all(_telling(w) for w in rest)):
                return site, "-".join(rest)
    # Glued without a hyphen: only telling words, and not to a short ordinary word (mywire).
    for i, token in enumerate(loose_tokens):
        if len(token) != len(tokens[i]):
            continue
        for cut in range(1, len(token)):
            for real_loose, added in (
                (token[:cut], tokens[i][cut:]),
                (token[cut:], tokens[i][:cut]),
            ):
                site = _site(real_loose, names, view)
                if site is None or "-" in real_loose:
                    continue
                shortest = TYPO_MIN if names.is_common(site) else TYPO_MIN - 1
                others = [t for j, t in enumerate(tokens) if j != i and t]
                if (
                    len(real_loose) >= shortest
                    and not added.isdigit()
                    and _telling(added)
                    and all(_telling(w) for w in others)
                ):
                    return site, "-".join(filter(None, [*tokens[:i], added, *tokens[i + 1 :]]))
    return None


def _site(loose: str, names: Names, view: View) -> TrustedSite | None:
    """The first trusted site named `loose` within the view's scope."""
    return next(
        (s for s in names.by_loose.get(loose, ()) if view.only is None or s in view.only), None
    )


def glued_name(view: View, host: str, names: Names) -> list[Reason]:
    """A trusted name with a hyphen or a word added: instagram-login, signal-secure, insta-gram."""
    if not view.name:
        return []
    joined = view.name.replace("-", "")
    if joined != view.name and not names.is_trusted_name(view.name):
        for site in names.sites_named(loose_skeleton(joined), view):
            if "-" not in site.name and not names.is_common(site):
                return [
                    Reason(
                        "hyphenated",
                        WARNING,
                        _(
                            "The name is {name} with a hyphen put inside it; "
                            "the real site is {site}."
                        ).format(name=site.name, site=site.domain),
                        site.domain,
                        side_by_side(host, site.domain),
                    )
                ]
    found = _glued(view.name, names, view)
    if found is None:
        return _glued_typo(view, host, names) or _joined(view, host, names)
    site, added = found
    return [
        Reason(
            "glued-name",
            WARNING,
            _(
                "The name is {name} with '{added}' added: the real {owner} is {site}. "
                "Parallel sites are made this way."
            ).format(name=site.name, added=added, owner=site.owner, site=site.domain),
            site.domain,
            side_by_side(host, site.domain),
        )
    ]


JOINED_MIN = 7
"""Trusted names this long are distinctive enough that joined to any word they are a caution."""


def _joined(view: View, host: str, names: Names) -> list[Reason]:
    """A long, distinctive trusted name joined to another word: microsoftdefender, outlookde."""
    for token in view.name.split("-"):
        for real, sites in names.by_name.items():
            if len(real) < JOINED_MIN or len(token) <= len(real) + 1 or real in names.short_forms:
                continue
            site = next((s for s in sites if view.only is None or s in view.only), None)
            if (
                site is None
                or names.is_common(site)
                or not (token.startswith(real) or token.endswith(real))
            ):
                continue
            added = token[len(real) :] if token.startswith(real) else token[: -len(real)]
            if added.isdigit():
                continue  # instagram2: a number, as honest names have
            return [
                Reason(
                    "glued-name",
                    CAUTION,
                    _(
                        "The name joins {name} and '{added}': copies of a site are often "
                        "named this way. The real {owner} is {site}."
                    ).format(name=site.name, added=added, owner=site.owner, site=site.domain),
                    site.domain,
                    side_by_side(host, site.domain),
                )
            ]
    return []


def _glued_typo(view: View, host: str, names: Names) -> list[Reason]:
    """A hyphenated name, one part of which is a typo of a trusted name: instagarm-login."""
    tokens = view.name.split("-")
    if len(tokens) < 2:
        return []
    for token in tokens:
        if len(token) < TYPO_MIN - 1:
            continue
        found = closest(token, names, view)
        # One keystroke from an ordinary word (matrix, element) is most often another word
        # (metrix, clement), and a word among words says nothing: only distinctive names count.
        if found is not None and not names.is_common(found[0]):
            site, edit, _raw = found
            added = "-".join(t for t in tokens if t != token)
            return [
                Reason(
                    "glued-name",
                    WARNING,
                    _(
                        "The name contains '{token}', one keystroke away from {name} "
                        "({change}), with '{added}' added: the real {owner} is {site}."
                    ).format(
                        token=token,
                        name=site.name,
                        change=edit.describe(),
                        added=added,
                        owner=site.owner,
                        site=site.domain,
                    ),
                    site.domain,
                    side_by_side(host, site.domain),
                )
            ]
    return []


def embedded(view: View, host: str, names: Names) -> list[Reason]:
    """A trusted address placed inside another one: instagram.com.evil.net, facebook-com.example."""
    labels = [*view.subdomains, view.name]
    loose_labels = [loose_skeleton(label) for label in labels]
    real_site = f"{view.name}.{view.suffix}" if view.name else view.suffix

    def reason(site: TrustedSite, how: str) -> list[Reason]:
        counts = _("(what counts is the end of the name)")
        return [
            Reason(
                "embedded",
                WARNING,
                how.format(name=site.name, site=site.domain, real=real_site),
                site.domain,
                aligned(((THIS_LINK, host), (REAL_SITE, f"{real_site}  {counts}"))),
            )
        ]

    # The whole trusted address as labels (instagram.com.evil.net) or joined by hyphens.
    for start in range(len(loose_labels)):
        for end in range(start + 2, len(loose_labels) + 1):
            site = names.domains_by_labels.get(tuple(loose_labels[start:end]))
            if site is not None:
                return reason(
                    site,
                    _("It contains the address {site}, but the site is really {real}, not {site}."),
                )
        parts = tuple(loose_labels[start].split("-"))
        for i in range(len(parts)):
            for j in range(i + 2, len(parts) + 1):
                site = names.domains_by_labels.get(parts[i:j])
                if site is not None:
                    return reason(
                        site,
                        _(
                            "It contains {site} with its dots turned into hyphens, but the site "
                            "is really {real}, not {site}."
                        ),
                    )
    # A trusted name as a subdomain (instagram.evil.net), or split by a dot (insta.gram.com).
    for label, loose in zip(view.subdomains, loose_labels, strict=False):
        sites = [s for s in names.sites_named(loose, view) if not names.is_common(s)]
        if sites and len(loose) >= TYPO_MIN:
            return reason(
                sites[0],
                _("It begins with the name {name}, but the site is really {real}, not {site}."),
            )
        found = _glued(label, names, view)
        if found is not None and len(found[0].name) >= TYPO_MIN:
            return reason(
                found[0],
                _(
                    "It begins with the name {name} and other words, but the site is really "
                    "{real}, not {site}."
                ),
            )
    return _split_name(view, host, names)


def _split_name(view: View, host: str, names: Names) -> list[Reason]:
    """A trusted name cut in two by a dot: insta.gram.com, psiph.on.ca."""
    all_labels = [*view.subdomains, view.name, *view.suffix.split(".")[:-1]]
    for start in range(len(all_labels) - 1):
        for end in range(start + 2, min(len(all_labels), start + SPLIT_WIDTH) + 1):
            sites = names.sites_named(loose_skeleton("".join(all_labels[start:end])), view)
            if not sites:
                continue
            return [
                Reason(
                    "split-name",
                    WARNING,
                    _("The name {name} is cut in two by a dot; the real site is {site}.").format(
                        name=sites[0].name, site=sites[0].domain
                    ),
                    sites[0].domain,
                    side_by_side(host, sites[0].domain),
                )
            ]
    return []

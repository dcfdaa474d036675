"""Check a link: parse it, run every detector, return the verdict. Nothing is opened or fetched."""

from __future__ import annotations

from functools import cached_property

from separ.i18n import N_, _
from separ.links import detect, lures, parallel
from separ.links.domains import Split, split_host
from separ.links.names import TYPO_MIN, Names, View, aligned
from separ.links.trusted import TrustedList
from separ.links.url import RISKY_SCHEMES, Link, parse_link
from separ.links.verdict import CAUTION, LEVELS, WARNING, Reason, Verdict

YOU_MAY_READ = N_("you may read:")
IT_OPENS = N_("it opens:")
LONG_HOST = 60
"""Hosts longer than this (in characters) get a caution: the real site hides at the end."""
DEEP_HOST = 4
"""Hosts with this many subdomain labels or more (www aside) get the same caution."""
_PRECEDENCE = (
    "homograph",
    "hyphenated",
    "typo",
    "embedded",
    "split-name",
    "glued-name",
    "other-ending",
)


class LinkChecker:
    """Checks links against one trusted list; build it once and check as many links as needed."""

    def __init__(self, trusted: TrustedList) -> None:
        self.trusted = trusted

    @cached_property
    def names(self) -> Names:
        """The trusted names prepared for comparison (built on first use, then kept)."""
        return Names(self.trusted)

    def check(self, text: str) -> Verdict:
        """The verdict on one link; raises NotALink for input that is not a web link."""
        link = parse_link(text)
        if link.scheme in RISKY_SCHEMES:
            return self._verdict(link, [_risky_scheme(link.scheme)])
        reasons = _tricks(link)
        if link.ip is not None:
            return self._verdict(link, reasons)
        trusted = self.trusted
        split = split_host(link.host, link.ascii_host)
        if link.ascii_host in trusted.shorteners or (
            split.name and split.registrable.lower() in trusted.shorteners
        ):
            reasons.append(
                Reason(
                    "shortener",
                    CAUTION,
                    _(
                        "{site} is a link shortener: the link hides where it really goes, "
                        "so Separ cannot tell which site it leads to."
                    ).format(site=split.registrable),
                )
            )
        found = trusted.reported.find(link.ascii_host, trusted)
        if found is not None:
            reasons.append(lures.reported(*found))
        platform = trusted.hosting.platform(link.ascii_host, link.path)
        if platform is not None:
            reasons.append(lures.platform(platform))
            return self._verdict(link, reasons)
        site = trusted.find(link.ascii_host)
        if site is not None:
            reasons = [_softened(r, link) for r in reasons]
            return self._verdict(link, reasons, site.domain, site.owner)
        reasons.extend(self._look_alikes(link, split))
        reasons.extend(self._lures(link, split))
        if (
            len(split.subdomains) - (split.subdomains[:1] == ("www",)) >= DEEP_HOST
            or len(link.host) > LONG_HOST
        ):
            reasons.append(
                Reason(
                    "long-host",
                    CAUTION,
                    _(
                        "The address is unusually long or deep; the site is only its end: {site}."
                    ).format(site=split.registrable),
                )
            )
        if link.userinfo is not None:
            reasons = [self._name_userinfo(r, link.userinfo) for r in reasons]
        return self._verdict(link, reasons)

    def _lures(self, link: Link, split: Split) -> list[Reason]:
        """Bait names, and free addresses that anyone can get."""
        service = self.trusted.hosting.service(link.ascii_host)
        if service is not None:
            kind, suffix = service
            label = link.host[: -len(suffix) - 1].rsplit(".", 1)[-1]
            return [lures.hosting(kind, suffix, label, link.host)]
        return lures.bait_name(split)

    def _look_alikes(self, link: Link, split: Split) -> list[Reason]:
        """Every way the host imitates a trusted site, from each reading of it."""
        views = [View(split.subdomains, split.name, split.suffix)]
        for suffix, sites in self.names.hosted.items():
            if link.host.endswith("." + suffix):
                labels = link.host[: -len(suffix) - 1].split(".")
                views.append(View(tuple(labels[:-1]), labels[-1], suffix, tuple(sites)))
        found: list[Reason] = []
        for view in views:
            found.extend(
                detect.homograph(view, link.host, link.ascii_host, self.names)
                or detect.typo(view, link.host, self.names)
            )
            found.extend(parallel.other_ending(view, self.names))
            found.extend(parallel.glued_name(view, link.host, self.names))
            found.extend(parallel.embedded(view, link.host, self.names))
        if not any(r.kind == "homograph" for r in found):
            found.extend(detect.alphabets(link.host))
        # One reason per imitated site: the most telling one.
        found.sort(
            key=lambda r: _PRECEDENCE.index(r.kind) if r.kind in _PRECEDENCE else len(_PRECEDENCE)
        )
        unique: dict[str, Reason] = {}
        for reason in found:
            unique.setdefault(reason.trusted or reason.kind, reason)
        return list(unique.values())

    def _name_userinfo(self, reason: Reason, userinfo: str) -> Reason:
        """The user-info reason, naming the trusted site that the part before "@" pretends to be."""
        if reason.kind != "userinfo":
            return reason
        text = userinfo.lower()
        for site in self.trusted.sites:
            if site.ascii_domain in text or (len(site.name) >= TYPO_MIN and site.name in text):
                return Reason(
                    reason.kind, reason.level, reason.message, site.domain, reason.details
                )
        return reason

    def _verdict(
        self,
        link: Link,
        reasons: list[Reason],
        trusted: str | None = None,
        owner: str | None = None,
    ) -> Verdict:
        """The verdict, most serious reasons first, with the owners of the sites they name."""
        ordered = sorted(reasons, key=lambda r: -LEVELS.index(r.level))
        owners = {r.trusted: self.trusted.owner_of(r.trusted) or "" for r in ordered if r.trusted}
        return Verdict(
            link.text, link.host, link.ascii_host, tuple(ordered), trusted, owner, owners
        )


_RISKY = {
    "javascript": N_(
        "This is a javascript: link: it opens no site, it runs a program in your "
        "browser, with your accounts signed in. Honest links are never written this way."
    ),
    "data": N_(
        "This is a data: link: the whole page travels inside the link, so nothing shows "
        "whose it is. Phishing pages hide this way."
    ),
    "file": N_(
        "This is a file: link: it opens a file on your computer or on someone's server, not "
        "a web site; on Windows it can hand your login details to that server."
    ),
}


def _risky_scheme(scheme: str) -> Reason:
    """A javascript:, data: or file: link: always a warning."""
    return Reason(f"{scheme}-link", WARNING, _(_RISKY[scheme]))


def _tricks(link: Link) -> list[Reason]:
    """URL tricks that hide or weaken where a link goes, whatever the site."""
    reasons = []
    if link.userinfo is not None:
        reasons.append(
            Reason(
                "userinfo",
                WARNING,
                _(
                    "Everything before '@' ({before}) is not where the link goes: "
                    "a browser ignores it and opens {host}."
                ).format(before=link.userinfo, host=link.host),
                None,
                aligned(((YOU_MAY_READ, link.userinfo), (IT_OPENS, link.host))),
            )
        )
    if link.ip is not None:
        if link.ip_disguised:
            reasons.append(
                Reason(
                    "ip-address",
                    WARNING,
                    _(
                        "The address is an IP address in disguise: a browser reads it as {ip}. "
                        "Honest links are not written this way."
                    ).format(ip=link.ip),
                )
            )
        else:
            reasons.append(
                Reason(
                    "ip-address",
                    CAUTION,
                    _(
                        "The link goes to a bare IP address ({ip}), not to a named site, so "
                        "Separ cannot tell whose it is. Honest sites rarely send people to one."
                    ).format(ip=link.ip),
                )
            )
    if link.scheme == "http":
        reasons.append(
            Reason(
                "plain-http",
                CAUTION,
                _(
                    "The link uses plain http, not https: what you send and see can be read and "
                    "changed on the way. Never sign in or send anything private through it."
                ),
            )
        )
    if link.percent_host:
        reasons.append(
            Reason(
                "percent-host",
                CAUTION,
                _(
                    "The site name is written with percent codes (such as %69 for i), which "
                    "hides it; it means {host}."
                ).format(host=link.host),
            )
        )
    return reasons


def _softened(reason: Reason, link: Link) -> Reason:
    """On a trusted site a name before "@" misleads no one about the destination: caution only."""
    if reason.kind != "userinfo":
        return reason
    return Reason(
        reason.kind,
        CAUTION,
        _(
            "The link carries '{before}' before '@'. It still opens {host}, but honest "
            "links rarely look like this."
        ).format(before=link.userinfo, host=link.host),
    )

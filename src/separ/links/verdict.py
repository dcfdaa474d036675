"""What Separ concludes about a link: reasons, each with how sure it is, and the verdict.

Two levels, and what they mean to the person:

- **warning**: the address imitates a trusted site, or hides where it goes with a trick that has
  no honest use (a name before "@", an IP address written as one big number). Do not open it.
- **caution**: something is worth a second look but is often innocent: plain http, a link
  shortener (the destination is unknown), a bare IP address, an unusually long or deep address,
  letters from two alphabets, a short trusted name under another ending.

The verdict is the highest level among the reasons, or **ok** when there is none. "ok" means only
that Separ found nothing: it is not proof that the site is safe.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from separ.links.indicators import Report

OK = "ok"
CAUTION = "caution"
WARNING = "warning"
LEVELS = (OK, CAUTION, WARNING)


@dataclass(frozen=True)
class Reason:
    """One thing Separ noticed about a link, in plain words."""

    kind: str
    """A stable id for scripts: homograph, typo, other-ending, glued-name, embedded..."""
    level: str
    """CAUTION or WARNING."""
    message: str
    """One sentence for the person."""
    trusted: str | None = None
    """The trusted domain this reason says the link imitates, if any."""
    details: tuple[str, ...] = ()
    """Lines that show the trick side by side (the link's name, the real one, the characters)."""
    reports: tuple[Report, ...] = ()
    """For a reported address: the published reports that named it, the latest first."""

    def to_json(self) -> dict:
        """The reason as a JSON-ready dict (with "reports" for a reported address)."""
        data = {
            "kind": self.kind,
            "level": self.level,
            "message": self.message,
            "trusted": self.trusted,
            "details": list(self.details),
        }
        if self.reports:
            data["reports"] = [r.to_json() for r in self.reports]
        return data


@dataclass(frozen=True)
class Verdict:
    """Everything Separ concludes about one link."""

    link: str
    """The link as given."""
    host: str
    """The host a browser would contact (Unicode form)."""
    ascii_host: str
    """The host in its ASCII (punycode) form."""
    reasons: tuple[Reason, ...] = ()
    """What Separ noticed, most serious first."""
    trusted_site: str | None = None
    """When the host is a trusted site (or a subdomain of one): that trusted domain."""
    trusted_owner: str | None = None
    """Who that trusted site belongs to ("Instagram", or MINE for the person's own list)."""
    owners: dict[str, str] = field(default_factory=dict, compare=False)
    """Who each trusted domain named in the reasons belongs to, for the report."""

    @property
    def level(self) -> str:
        """OK, CAUTION or WARNING: the most serious of the reasons."""
        return max((r.level for r in self.reasons), key=LEVELS.index, default=OK)

    @property
    def imitates(self) -> str | None:
        """The trusted domain the link imitates, from its most serious reason that names one."""
        for reason in self.reasons:
            if reason.trusted is not None:
                return reason.trusted
        return None

    def to_json(self) -> dict:
        """The verdict as a JSON-ready dict: one object per link for `separ link --json`."""
        return {
            "link": self.link,
            "verdict": self.level,
            "imitates": self.imitates,
            "host": self.host,
            "punycode": self.ascii_host if self.ascii_host != self.host else None,
            "trusted_site": self.trusted_site,
            "reasons": [r.to_json() for r in self.reasons],
        }

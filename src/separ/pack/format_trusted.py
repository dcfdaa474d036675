"""The format of a pack's trusted/ folder: the link checker's lists, read like the guidance.

The same node-level reader reads them (no tags, aliases or duplicate keys; every problem with its
line and column), against these specs. They live beside `format.py`, which holds the guidance's.
"""

from __future__ import annotations

from separ.pack.format import Field, Spec

WHY = ("documents", "safety", "news", "imitated")
"""Why a site is on the list: the source documents name it, people rely on it for their safety,
the community reads it, or attackers are documented to imitate it."""

SITE = Spec(
    "site",
    "One organisation or service and its real addresses.",
    (
        Field("owner", "text", "The organisation or service people know, such as Instagram."),
        Field(
            "why",
            "choice",
            "Why it is trusted: documents (the source documents name it), safety (people rely "
            "on it to stay safe), news (the community reads it) or imitated (attackers are "
            "documented to imitate it).",
            choices=WHY,
        ),
        Field(
            "domains",
            "texts",
            "Its real addresses; each covers its subdomains. Never a shared host such as "
            "github.io, where anyone can make a site.",
        ),
    ),
)

SITES = Spec(
    "site list",
    "trusted/sites.yaml: the sites Separ knows by their real addresses.",
    (
        Field("sites", "objects", "The trusted sites.", of=SITE),
        Field(
            "common_words",
            "texts",
            "Trusted names that are also ordinary words (office, signal): copies need a telling "
            "word before Separ warns.",
            required=False,
        ),
    ),
)

SHORTENERS = Spec(
    "shortener list",
    "trusted/shorteners.yaml: link shorteners, whose links hide where they go.",
    (Field("shorteners", "texts", "The shorteners' domains."),),
)

PLATFORM = Spec(
    "platform",
    "An address under which anyone can publish a page, though it belongs to a known company.",
    (
        Field("address", "text", "The host (sites.google.com), or a host and a path."),
        Field("owner", "text", "Whose address it is (Google)."),
    ),
)

HOSTING = Spec(
    "hosting list",
    "trusted/hosting.yaml: services where anyone can get an address or publish a page.",
    (
        Field(
            "dynamic_dns",
            "texts",
            "Free dynamic-DNS services: anyone can get name.ddns.net in a minute.",
        ),
        Field(
            "free_hosting",
            "texts",
            "Free hosting services: anyone can put a site at name.glitch.me.",
        ),
        Field(
            "platforms",
            "objects",
            "Pages anyone can publish under a company's address.",
            of=PLATFORM,
        ),
    ),
)

REPORT = Spec(
    "report",
    "A published report and the phishing addresses it named.",
    (
        Field("report", "text", "The report's title."),
        Field("publisher", "text", "Who published it."),
        Field("date", "text", "When, as YYYY-MM (or YYYY)."),
        Field("addresses", "texts", "The addresses it named, as hosts (defanged forms restored)."),
    ),
)

INDICATORS = Spec(
    "indicator list",
    "trusted/indicators.yaml: phishing addresses named in published reports.",
    (Field("reports", "objects", "The reports, each with its addresses.", of=REPORT),),
)

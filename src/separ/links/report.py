"""A verdict in plain words, the same in the terminal and in the app.

The text is shown literally (never as markup); every line passes `separ.safe`, so that control
characters and direction overrides in a link or a trusted list are made visible and cannot
rearrange or recolour what the person reads.
"""

from __future__ import annotations

from separ.links.trusted import MINE
from separ.links.verdict import CAUTION, WARNING, Verdict
from separ.safe import safe_line

ITEM_ID = "avoid-look-alike-sites"
"""The checklist item about look-alike sites, which every warning points to."""

NEVER_OPENED = (
    "Separ only read the address, on this computer: it did not open, fetch or look up anything."
)
NOT_PROOF = (
    "No warning is not proof that a site is safe: Separ compares addresses with the sites it "
    "knows and the phishing that reports have named, and cannot see what a page does."
)
UNKNOWN = "Separ does not know this site; no warning is not proof it is safe."
_HEADLINES = {
    WARNING: "WARNING",
    CAUTION: "CAUTION",
}


def item_reference(title: str | None) -> str:
    """The line that points to the checklist item, with its title when the pack has it."""
    if title:
        return f"See the checklist item: {title} ({ITEM_ID})"
    return f"See the checklist item {ITEM_ID}."


def headline(verdict: Verdict) -> str:
    """One line: what Separ concludes."""
    imitated = verdict.imitates
    owner = verdict.owners.get(imitated, "") if imitated else ""
    named = f"{imitated} ({owner})" if owner else str(imitated)
    if verdict.level == WARNING:
        if imitated:
            return f"WARNING: this link imitates {named}."
        first = verdict.reasons[0].kind
        if first == "reported":
            return "WARNING: this address was reported as phishing."
        if first.endswith("-link"):
            return "WARNING: this link opens no web site."
        if first in ("front", "mailer-daemon", "bait-words", "dynamic-dns", "free-hosting"):
            return "WARNING: this link looks like a phishing page."
        return "WARNING: this link hides where it really goes."
    if verdict.level == CAUTION:
        if imitated:
            return f"CAUTION: this link may imitate {named}. Look twice before you open it."
        return "CAUTION: look twice before you open this link."
    if verdict.trusted_site:
        whose = (
            "a site on your own trusted list"
            if verdict.trusted_owner == MINE
            else f"{verdict.trusted_owner}'s site, on Separ's trusted list"
        )
        return f"No warning: {verdict.host} is {whose}."
    return f"No warning for {verdict.host}. {UNKNOWN}"


def advice(verdict: Verdict) -> str:
    """What to do, in one or two sentences."""
    imitated = verdict.imitates
    if verdict.level == WARNING:
        real = ""
        if imitated:
            real = f" Reach {imitated} from your own bookmark or by typing its address."
        return (
            "What to do: do not open it, and never sign in, pay or download anything through it."
            f"{real} Tell the person who sent it that it may be a copy."
        )
    if verdict.level == CAUTION:
        real = f" If you want {imitated}, type its address yourself." if imitated else ""
        return (
            "What to do: open it only if you expected it from someone you trust, and never sign "
            f"in through it.{real}"
        )
    return NOT_PROOF


def render(verdict: Verdict, item_title: str | None = None) -> str:
    """The whole verdict on one link, as lines of plain text."""
    lines = [verdict.link, f"  {headline(verdict)}"]
    if verdict.host != verdict.ascii_host and verdict.host:
        lines.append(f"  The address as your browser sends it: {verdict.ascii_host}")
    for reason in verdict.reasons:
        lines.append(f"  - {reason.message}")
        lines.extend(f"      {detail}" for detail in reason.details)
    lines.append(f"  {advice(verdict)}")
    if verdict.level != "ok":
        lines.append(f"  {item_reference(item_title)}")
    return "\n".join(safe_line(line) for line in lines)

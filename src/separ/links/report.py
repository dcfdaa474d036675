"""A verdict in plain words, the same in the terminal and in the app.

The text is shown literally (never as markup); every line passes `separ.safe`, so that control
characters and direction overrides in a link or a trusted list are made visible and cannot
rearrange or recolour what the person reads.
"""

from __future__ import annotations

from separ.i18n import N_, _
from separ.links.trusted import MINE
from separ.links.verdict import CAUTION, WARNING, Verdict
from separ.safe import safe_line

ITEM_ID = "avoid-look-alike-sites"
"""The checklist item about look-alike sites, which every warning points to."""

NEVER_OPENED = N_(
    "Separ only read the address, on this computer: it did not open, fetch or look up anything."
)
"""Said once after the verdicts (English; translate where shown: `_(NEVER_OPENED)`)."""
NOT_PROOF = N_(
    "No warning is not proof that a site is safe: Separ compares addresses with the sites it "
    "knows and the phishing that reports have named, and cannot see what a page does."
)
UNKNOWN = N_("Separ does not know this site; no warning is not proof it is safe.")
_PHISHING_LOOKS = ("front", "mailer-daemon", "bait-words", "dynamic-dns", "free-hosting")


def item_reference(title: str | None) -> str:
    """The line that points to the checklist item, with its title when the pack has it."""
    if title:
        return _("See the checklist item: {title} ({id})").format(title=title, id=ITEM_ID)
    return _("See the checklist item {id}.").format(id=ITEM_ID)


def headline(verdict: Verdict) -> str:
    """One line: what Separ concludes."""
    imitated = verdict.imitates
    owner = verdict.owners.get(imitated, "") if imitated else ""
    named = f"{imitated} ({owner})" if owner else str(imitated)
    if verdict.level == WARNING:
        if imitated:
            return _("WARNING: this link imitates {site}.").format(site=named)
        first = verdict.reasons[0].kind
        if first == "reported":
            return _("WARNING: this address was reported as phishing.")
        if first.endswith("-link"):
            return _("WARNING: this link opens no web site.")
        if first in _PHISHING_LOOKS:
            return _("WARNING: this link looks like a phishing page.")
        return _("WARNING: this link hides where it really goes.")
    if verdict.level == CAUTION:
        if imitated:
            return _(
                "CAUTION: this link may imitate {site}. Look twice before you open it."
            ).format(site=named)
        return _("CAUTION: look twice before you open this link.")
    if verdict.trusted_site:
        if verdict.trusted_owner == MINE:
            return _("No warning: {host} is a site on your own trusted list.").format(
                host=verdict.host
            )
        return _("No warning: {host} is {owner}'s site, on Separ's trusted list.").format(
            host=verdict.host, owner=verdict.trusted_owner
        )
    return _("No warning for {host}.").format(host=verdict.host) + " " + _(UNKNOWN)


def advice(verdict: Verdict) -> str:
    """What to do, in one or two sentences."""
    imitated = verdict.imitates
    if verdict.level == WARNING:
        said = _(
            "What to do: do not open it, and never sign in, pay or download anything through it."
        )
        if imitated:
            said += " " + _("Reach {site} from your own bookmark or by typing its address.").format(
                site=imitated
            )
        tell = _("Tell the person who sent it that it may be a copy.")
        return f"{said} {tell}"
    if verdict.level == CAUTION:
        said = _(
            "What to do: open it only if you expected it from someone you trust, and never sign "
            "in through it."
        )
        if imitated:
            said += " " + _("If you want {site}, type its address yourself.").format(site=imitated)
        return said
    return _(NOT_PROOF)


def render(verdict: Verdict, item_title: str | None = None) -> str:
    """The whole verdict on one link, as lines of plain text."""
    lines = [verdict.link, f"  {headline(verdict)}"]
    if verdict.host != verdict.ascii_host and verdict.host:
        said = _("The address as your browser sends it: {address}")
        lines.append(f"  {said.format(address=verdict.ascii_host)}")
    for reason in verdict.reasons:
        lines.append(f"  - {reason.message}")
        lines.extend(f"      {detail}" for detail in reason.details)
    lines.append(f"  {advice(verdict)}")
    if verdict.level != "ok":
        lines.append(f"  {item_reference(item_title)}")
    return "\n".join(safe_line(line) for line in lines)

"""Names built to look like a sign-in page: credential-bait words, `com-` and `www-` fronts.

Most phishing that Iranian state groups send imitates no particular brand: it lives at names such
as account-servicerecovery.com, panel-short-check.live or mailer-daemon.live, made of the words a
sign-in or file-sharing page would use. One such word is everyday language ("myaccount-view.net"
may be honest); several at once, under an ending that copies favour, are not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from separ.links.edits import one_edit


def _words(text: str) -> frozenset[str]:
    """A set of words written one after another."""
    return frozenset(text.split())


# Words that ask for a password or a code: one of these is what makes a name bait.
STRONG = _words(
    """
    account accounts acount signin signon login logon log-in verify verifiy verification
    verifications verified recovery recover recoveries session sessions password passwords
    passwd credential credentials authenticate authentication auth confirm confirmation
    confirmations confirmed validation validate validity identifier identifiers identity
    identification unlock suspended webmail twostep 2fa otp mailer daemon
    """
)
# Words of the pages around a sign-in: sharing, meetings, panels, notices. Common in honest names.
WEAK = _words(
    """
    drive drives share shared sharing file files document documents doc docs meeting
    meetings meet panel panels paneling check checking checkup view viewer views status
    short shorten shortener shorting url urls link links redirect online live service
    services support customer customers update updates upgrade notification notifications
    notify message messages mail mails email emails user users profile profiles manage
    manager managers management access activity activities center centre help cloud storage
    download upload archive connect join direction direct process review continue proceed
    secure security safe privacy setting settings policy delivery broadcast portal home web
    mobile page reload edit editor invite conference call video transfer permission
    permissions modification recognize recognized accredit endorsement indication
    clarification integrity veracity corroborate entry register data getdata identify
    customize issue issues manage reset option options reminder verify sign info team
    official urling job jobs career careers hiring hr talent talents recruitment recruit
    employer apply
    """
)
# Glue between words that tells nothing by itself.
FILLER = _words(
    """
    my com net org www the and get go to of in on e i id ms new plus pro
    """
)
CHEAP_ENDINGS = _words(
    """
    top xyz online site live icu buzz cfd click shop store lol quest bid club name ml ga cf
    gq tk work services network email support cloud space website fun bond lat link ink
    press men info biz cyou surf casa rest sbs monster uno pw cam help mobi page one today
    world app
    """
)
"""Endings that copies favour: cheap, new or rarely used for anything else."""
FRONTS = ("com-", "www-")
FRONT_REST = 5
"""Letters that must follow a front: "com-recovery" reads as an address, "com-tic" hardly."""
DAEMON = ("mailerdaemon", "daemonmailer", "emaildaemon", "maildaemon")
_VOCABULARY = STRONG | WEAK | FILLER
_LONGEST = max(len(w) for w in _VOCABULARY)
_FUZZY = tuple(sorted(w for w in STRONG if len(w) >= 6)) + tuple(
    sorted(w for w in WEAK if len(w) >= 5)
)
_REPEATS = re.compile(r"(.)\1{2,}")


@dataclass(frozen=True)
class Bait:
    """What the words of a name say: its bait words and whether nothing else is in it."""

    strong: tuple[str, ...]
    """Password and code words found, as written in the name (typos included)."""
    weak: tuple[str, ...]
    """Sign-in page words found."""
    whole: bool
    """Whether the name is only such words, fillers, digits and hyphens."""

    @property
    def words(self) -> tuple[str, ...]:
        """Every bait word, strong first."""
        return self.strong + self.weak


def segment(token: str) -> list[str] | None:
    """A token cut into known words (longest first), or None if some part is no known word."""
    best: list[list[str] | None] = [None] * (len(token) + 1)
    best[0] = []
    for end in range(1, len(token) + 1):
        for start in range(max(0, end - _LONGEST), end):
            before = best[start]
            piece = token[start:end]
            if before is not None and (piece in _VOCABULARY or piece.isdigit()):
                candidate = [*before, piece]
                if best[end] is None or len(candidate) < len(best[end] or []):
                    best[end] = candidate
    return best[len(token)]


def read_name(name: str) -> Bait:
    """The bait words of a registered name (or a label), split at hyphens, dots and glued words.

    A word misspelt by one keystroke (acconut, pabnel) or with a letter repeated (shooort) counts
    as the word: copies are often named that way to get past filters.
    """
    strong: list[str] = []
    weak: list[str] = []
    whole = True
    for token in name.replace(".", "-").split("-"):
        if not token:
            continue
        words = segment(token) or segment(_REPEATS.sub(r"\1", token))
        if words is None:
            near = _near(token)
            if near is None:
                whole = False
                continue
            words = [near]
        for word in words:
            found = strong if word in STRONG else weak if word in WEAK else None
            if found is not None and word not in found:
                found.append(word)
    return Bait(tuple(strong), tuple(weak), whole)


def _near(token: str) -> str | None:
    """The bait word one keystroke from a token (acconut: account), or None."""
    if len(token) < 5:
        return None
    for word in _FUZZY:
        if abs(len(word) - len(token)) <= 1 and one_edit(token, word) is not None:
            return word
    return None


def is_daemon(name: str) -> bool:
    """Whether a name imitates "mailer-daemon", the sender of mail delivery errors."""
    joined = name.replace("-", "")
    return any(word in joined for word in DAEMON)


def front(name: str) -> str | None:
    """ "com-" or "www-" when a name starts with one (com-recovery.site), else None."""
    return next(
        (f for f in FRONTS if name.startswith(f) and len(name) >= len(f) + FRONT_REST), None
    )

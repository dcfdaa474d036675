"""Read a link the way a browser would, without opening it: scheme, user part, host, port.

Browsers are generous with what they accept, and tricks live in that generosity: a user name
before "@", a backslash for a slash, an address written as one big number, percent codes in the
host. This parser follows the WHATWG URL rules for those cases, so that the host it reports is
the one a browser would really contact. The host then goes through UTS 46 (the `idna` package),
as in browsers: full-width letters become plain ones, upper case becomes lower case, and punycode
("xn--") is shown in Unicode.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import unquote

import idna

from separ.i18n import _

WEB_SCHEMES = ("http", "https")
RISKY_SCHEMES = ("javascript", "data", "file")
"""Links that open no web site: they run a program, carry a whole page, or open a file."""
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
_ASCII_LABEL = re.compile(r"^[a-z0-9_\-]+$")
_AUTHORITY_END = re.compile(r"[/\\?#]")
_WRAPPERS = ("<>", "()", "[]", '""', "''", "«»", "“”")


class NotALink(ValueError):
    """Input that is not a web link; the message says why, in plain words."""


@dataclass(frozen=True)
class Link:
    """A web link, taken apart."""

    text: str
    """The link as given (without surrounding spaces)."""
    scheme: str
    """"http", "https", or "" when the link did not say."""
    userinfo: str | None
    """Whatever stood before "@" in front of the host, if anything."""
    host: str
    """The host a browser would contact, in Unicode (UTS 46), or the IP address."""
    ascii_host: str
    """The same host in its ASCII (punycode) form."""
    port: int | None
    """The port, when one was written."""
    ip: str | None = None
    """The IP address, when the host is one."""
    ip_disguised: bool = False
    """Whether the IP address was written in a form other than the usual one (one big number...)."""
    percent_host: bool = False
    """Whether the host was written with percent codes (%69 for i)."""
    path: str = ""
    """The path after the host ("/view/page"), without the query or fragment."""

    @property
    def is_punycode(self) -> bool:
        """Whether the host has letters outside ASCII (and so a different "xn--" form)."""
        return self.host != self.ascii_host


def _unwrap(text: str) -> str:
    """The text without spaces, line breaks and quotes or brackets around it."""
    text = text.strip()
    changed = True
    while changed and len(text) >= 2:
        changed = False
        for pair in _WRAPPERS:
            if text[0] == pair[0] and text[-1] == pair[1]:
                text = text[1:-1].strip()
                changed = True
    return text


def parse_link(text: str) -> Link:
    """Take a link apart; raises NotALink when it is not a web link at all."""
    given = _unwrap(text)
    if not given:
        raise NotALink(_("this is empty; paste a whole link, such as https://example.org/page"))
    # Browsers drop tabs and line breaks inside a URL.
    cleaned = re.sub(r"[\t\r\n]", "", given)
    risky = _SCHEME.match(cleaned)
    if risky and risky.group(1).lower() in RISKY_SCHEMES:
        return Link(given, risky.group(1).lower(), None, "", "", None)
    if any(c.isspace() for c in cleaned):
        raise NotALink(_("this has spaces in it; a link has none"))
    scheme, rest = _split_scheme(cleaned)
    rest = rest.lstrip("/\\")
    authority = _AUTHORITY_END.split(rest, maxsplit=1)[0]
    path = re.split(r"[?#]", rest[len(authority) :], maxsplit=1)[0].replace("\\", "/")
    userinfo = None
    if "@" in authority:
        userinfo, authority = authority.rsplit("@", 1)
    host, port = _split_port(authority)
    percent_host = "%" in host
    if percent_host:
        host = unquote(host)
    host = host.rstrip(".")
    if not host:
        raise NotALink(_("there is no site name in it"))
    ip, disguised = _ip_address(host)
    if ip is not None:
        return Link(given, scheme, userinfo, ip, ip, port, ip, disguised, percent_host, path)
    unicode_host, ascii_host = normalise_host(host)
    return Link(
        given, scheme, userinfo, unicode_host, ascii_host, port, None, False, percent_host, path
    )


def _split_scheme(text: str) -> tuple[str, str]:
    """The scheme (lower case, "" if none) and the rest of the link."""
    match = _SCHEME.match(text)
    if match is None:
        return "", text
    scheme = match.group(1).lower()
    rest = text[match.end() :]
    if scheme in WEB_SCHEMES or scheme in RISKY_SCHEMES:
        return scheme, rest
    if "." in scheme and re.match(r"^\d*(?:[/\\?#]|$)", rest):
        return "", text  # "example.org:8080/page": a host and a port, not a scheme
    raise NotALink(
        _(
            "this is a '{scheme}:' link, not a web address; Separ checks web links (http and https)"
        ).format(scheme=scheme)
    )


def _split_port(authority: str) -> tuple[str, int | None]:
    """Host and port of "host:port" (or "[v6]:port")."""
    if authority.startswith("["):
        end = authority.find("]")
        if end < 0:
            raise NotALink(_("the address in square brackets is not closed"))
        host, after = authority[: end + 1], authority[end + 1 :]
        port_text = after[1:] if after.startswith(":") else ""
        if after and not after.startswith(":"):
            raise NotALink(_("something follows the address in square brackets"))
    elif ":" in authority:
        host, port_text = authority.rsplit(":", 1)
    else:
        return authority, None
    if port_text and not port_text.isdigit():
        raise NotALink(_("'{port}' after the colon is not a port number").format(port=port_text))
    port = int(port_text) if port_text else None
    if port is not None and port > 65535:
        raise NotALink(_("{port} is not a valid port number").format(port=port))
    return host, port


def _ipv4_number(part: str) -> int | None:
    """One part of an IPv4 address as browsers read it (decimal, 0x hex or 0 octal)."""
    if part.lower().startswith("0x"):
        digits, base = part[2:] or "0", 16
    elif len(part) > 1 and part.startswith("0"):
        digits, base = part[1:], 8
    else:
        digits, base = part, 10
    try:
        return int(digits, base)
    except ValueError:
        return None


def _ip_address(host: str) -> tuple[str | None, bool]:
    """The IP address a host stands for (and whether it is disguised), or None for a name."""
    if host.startswith("[") and host.endswith("]"):
        try:
            return str(ipaddress.IPv6Address(host[1:-1])), False
        except ValueError:
            raise NotALink(_("{host} is not a valid IPv6 address").format(host=host)) from None
    parts = host.split(".")
    last = parts[-1]
    if not last or not (last.isdigit() or re.fullmatch(r"0[xX][0-9a-fA-F]*", last)):
        return None, False
    numbers = [_ipv4_number(p) for p in parts]
    if len(parts) > 4 or any(n is None for n in numbers):
        raise NotALink(_("{host} is neither a site name nor a valid IP address").format(host=host))
    values = [n for n in numbers if n is not None]
    if any(v > 255 for v in values[:-1]) or values[-1] >= 256 ** (5 - len(values)):
        raise NotALink(_("{host} is not a valid IP address").format(host=host))
    total = values[-1]
    for i, value in enumerate(values[:-1]):
        total += value << (8 * (3 - i))
    address = str(ipaddress.IPv4Address(total))
    return address, address != host


_ASCII_HOST = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+$")


def listed_host(text: str) -> str:
    """The ASCII form of a host written in a list (already ASCII: as written; else mapped as
    `normalise_host` maps it); NotALink if it is not a host."""
    return text if _ASCII_HOST.match(text) else normalise_host(text)[1]


def normalise_host(host: str) -> tuple[str, str]:
    """A host name in Unicode and in ASCII, mapped as browsers do (UTS 46); NotALink if invalid."""
    try:
        mapped = idna.uts46_remap(host, std3_rules=False, transitional=False)
    except idna.IDNAError:
        raise NotALink(
            _("'{host}' has characters that cannot be in a web address").format(host=host)
        ) from None
    labels = mapped.rstrip(".").split(".")
    if any(not label for label in labels):
        raise NotALink(_("'{host}' has an empty part between dots").format(host=host))
    if len(labels) < 2:
        raise NotALink(
            _("'{host}' is not a web address: it has no ending such as .org or .com").format(
                host=host
            )
        )
    unicode_labels, ascii_labels = [], []
    for label in labels:
        if _ASCII_LABEL.match(label) and not label.startswith("xn--"):
            unicode_labels.append(label)
            ascii_labels.append(label)
        elif label.startswith("xn--"):
            unicode_labels.append(_from_punycode(label, host))
            ascii_labels.append(label)
        else:
            unicode_labels.append(label)
            ascii_labels.append(_to_punycode(label, host))
    return ".".join(unicode_labels), ".".join(ascii_labels)


def _from_punycode(label: str, host: str) -> str:
    """A "xn--" label in Unicode; labels IDNA 2008 refuses are still decoded, as browsers do."""
    try:
        return idna.decode(label)
    except (idna.IDNAError, UnicodeError):
        pass
    try:
        return label[4:].encode("ascii").decode("punycode").lower()
    except (UnicodeError, ValueError):
        raise NotALink(
            _("'{label}' in '{host}' is not valid punycode").format(label=label, host=host)
        ) from None


def _to_punycode(label: str, host: str) -> str:
    """A Unicode label in its "xn--" form; labels that IDNA 2008 refuses are still encoded."""
    try:
        return idna.alabel(label).decode("ascii")
    except (idna.IDNAError, UnicodeError):
        pass
    if any(not (c.isalnum() or c in "-_") for c in label):
        raise NotALink(
            _("'{label}' in '{host}' has characters that cannot be in a web address").format(
                label=label, host=host
            )
        )
    return "xn--" + label.encode("punycode").decode("ascii")

"""Where a host's own name ends and its shared ending begins, from the Public Suffix List.

The list ships inside the `publicsuffixlist` package and is read from there, never downloaded.
Both of its sections count: ICANN's endings (.com, .org.uk) and the private ones that hosting
services register (github.io, blogspot.com), because anyone can make instagram.github.io.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from publicsuffixlist import PublicSuffixList


@cache
def _list_text() -> bytes:
    """The list file, read through importlib.resources: the package may be inside a zip file
    (the offline copy), where the path that `publicsuffixlist` opens by itself does not exist."""
    return files("publicsuffixlist").joinpath("public_suffix_list.dat").read_bytes()


@cache
def _full_list() -> PublicSuffixList:
    """The whole list: ICANN and private endings."""
    return PublicSuffixList(_list_text())


@cache
def _icann_list() -> PublicSuffixList:
    """ICANN's endings only, for hosts that are themselves a private ending (github.io)."""
    return PublicSuffixList(_list_text(), only_icann=True)


@dataclass(frozen=True)
class Split:
    """A host cut into the parts that matter: `subdomains . name . suffix`."""

    subdomains: tuple[str, ...]
    """Labels left of the name, outermost first ("www", "help"...)."""
    name: str
    """The label that its owner registered ("instagram"); "" if the host is only an ending."""
    suffix: str
    """The shared ending ("com", "org.uk", "github.io")."""

    @property
    def registrable(self) -> str:
        """The name with its ending: the part that one owner holds ("instagram.com")."""
        return f"{self.name}.{self.suffix}" if self.name else self.suffix


def split_host(unicode_host: str, ascii_host: str) -> Split:
    """Cut a host (given in both forms, with the same labels) at its public suffix."""
    suffix = _full_list().publicsuffix(ascii_host)
    if suffix is None or suffix == ascii_host:
        suffix = _icann_list().publicsuffix(ascii_host)
    labels = unicode_host.split(".")
    suffix_count = suffix.count(".") + 1 if suffix else 0
    if suffix is None or suffix_count >= len(labels):
        return Split((), "", unicode_host)
    cut = len(labels) - suffix_count
    return Split(tuple(labels[: cut - 1]), labels[cut - 1], ".".join(labels[cut:]))


def is_public_suffix(ascii_host: str) -> bool:
    """Whether a host is a shared ending (com, co.uk, github.io) rather than one owner's name."""
    return _full_list().is_public(ascii_host)


def is_icann_suffix(suffix: str) -> bool:
    """Whether an ending is one of ICANN's (com, org.uk), not a hosting service's (github.io)."""
    return _icann_list().is_public(suffix.encode("idna").decode("ascii"))

"""argparse's own words ("usage:", "options", its error messages) in the language Separ speaks.

argparse looks its words up through the module-level `gettext` it imported; Separ points it at
its own catalog, which holds them (marked below, as argparse writes them from Python 3.10 on),
so that `separ --lang fa export --help` is Persian from its first word to its last.
"""

from __future__ import annotations

import argparse

from separ.i18n import N_, _, ngettext

WORDS = (
    N_("usage: "),
    N_("options"),
    N_("positional arguments"),
    N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("ignored explicit argument %r"),
)
"""What a person may read of argparse's, marked for the catalog."""


def speak_argparse() -> None:
    """Let argparse say its words through Separ's catalog."""
    argparse._ = _  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]

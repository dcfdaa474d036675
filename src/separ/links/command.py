"""The link commands: `separ link` checks links, `separ trust` keeps the person's own trusted sites.

Exit status of `separ link`: 0 when no link got a warning (ok and caution only), 1 when one did,
2 when some input was not a link at all (that input gets a message; the others are still checked,
and 2 wins over 1, as a run with unreadable input is incomplete).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from functools import cache

from separ.i18n import N_, _, current_language
from separ.safe import safe_json, safe_line
from separ.session import add_common_options, data_dir, open_store, pack_dir

EXIT_OK, EXIT_WARNING, EXIT_NOT_A_LINK = 0, 1, 2

LINK_EPILOG = N_(
    "Separ never opens, fetches or looks up a link: it compares the address with trusted sites "
    "(its own list and yours: see 'separ trust'). Exit status: 0 no warning (ok or caution), "
    "1 a warning, 2 some input was not a link. Caution is for what is often innocent: plain "
    "http, a link shortener, a bare IP address, a very long address, mixed alphabets."
)


def add_parsers(command: Callable) -> None:
    """Add this module's commands, given `command(name, run, help)` from the CLI."""
    link = command("link", run_link, _("check links for look-alike sites, offline"))
    link.epilog = _(LINK_EPILOG)
    link.add_argument(
        "links",
        nargs="+",
        metavar="URL",
        help=_(
            "links to check; '-' reads a whole message from standard input and checks every "
            "link in it (defanged ones too: hxxps://example[.]com)"
        ),
    )
    link.add_argument(
        "--json", action="store_true", help=_("print one JSON object per link, for scripts")
    )

    trust = command("trust", run_trust, _("add, remove or list your own trusted sites"))
    trust.epilog = _(
        "Your list is kept with your progress on this computer ('separ wipe' removes it). Add "
        "your group's site here: Separ then warns about copies of it."
    )
    actions = trust.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help=_("trust a site (and its subdomains)"))
    add.add_argument("domains", nargs="+", metavar="DOMAIN")
    add.add_argument(
        "--force",
        action="store_true",
        help=_("add it even if it looks like a copy of a trusted site"),
    )
    remove = actions.add_parser("remove", help=_("stop trusting a site you added"))
    remove.add_argument("domains", nargs="+", metavar="DOMAIN")
    listing = actions.add_parser("list", help=_("show your trusted sites"))
    listing.add_argument("--builtin", action="store_true", help=_("also show Separ's own list"))
    for parser in (add, remove, listing):
        add_common_options(parser)


# separ link ------------------------------------------------------------------------------------


def _my_domains(args: argparse.Namespace) -> list[str]:
    """The person's own trusted domains, without creating a progress file just to read it."""
    from separ.progress import DB_NAME

    if getattr(args, "no_save", False) or not (data_dir(args) / DB_NAME).is_file():
        return []
    store = open_store(args)
    try:
        return store.trusted_domains()
    finally:
        store.close()


def make_checker(args: argparse.Namespace):
    """The link checker for these options: the pack's trusted list and the person's own."""
    from separ.links.checker import LinkChecker
    from separ.links.trusted import load_trusted

    return LinkChecker(load_trusted(pack_dir(args), _my_domains(args), strict=False))


@cache
def _item_title(pack_root, lang: str) -> str | None:
    """The title of the look-alike checklist item in the pack, in a language, if the pack loads
    and has it."""
    from separ.links.report import ITEM_ID
    from separ.pack import PackError, load_pack

    try:
        item = load_pack(pack_root, lang=lang).item(ITEM_ID)
    except PackError:
        return None
    return item.title if item else None


def _inputs(links: list[str]) -> Iterator[str | None]:
    """The links given; '-' reads a whole message from standard input and yields each link in
    it (None when it has none)."""
    from separ.links.message import MESSAGE_LIMIT, find_links

    for link in links:
        if link != "-":
            yield link
            continue
        if sys.stdin.isatty():
            print(
                _("Paste a message or links; end with Ctrl-D (Ctrl-Z, Enter on Windows)."),
                file=sys.stderr,
            )
        elif hasattr(sys.stdin, "reconfigure"):
            # Piped text is read as UTF-8 (a byte-order mark skipped) whatever the system's code
            # page: Windows would decode it as cp1252 or the like, and fail on, or change, the
            # very letters that look-alike links are made of.
            sys.stdin.reconfigure(encoding="utf-8-sig", errors="replace")
        found = find_links(sys.stdin.read(MESSAGE_LIMIT))
        yield from found or [None]


def _safe_output() -> None:
    """Never fail on a character the terminal cannot show: write it as an escape instead."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def run_link(args: argparse.Namespace) -> int:
    """`separ link URL...`: a verdict for each link."""
    from separ.links.report import ITEM_ID, NEVER_OPENED, render
    from separ.links.trusted import TrustedListError
    from separ.links.url import NotALink
    from separ.safe import safe_line

    _safe_output()
    try:
        checker = make_checker(args)
    except TrustedListError as error:
        for problem in error.problems:
            print(safe_line(str(problem)), file=sys.stderr)
        return EXIT_NOT_A_LINK
    status = EXIT_OK
    bad = False
    first = True
    for text in _inputs(args.links):
        if text is None:
            bad = True
            print("separ: " + _("no link found in the text (nothing to check)."), file=sys.stderr)
            if args.json:
                print(safe_json({"link": None, "verdict": "no-link"}))
            continue
        try:
            verdict = checker.check(text)
        except NotALink as error:
            bad = True
            said = _("not a link: '{text}': {reason}").format(text=safe_line(text), reason=error)
            print(f"separ: {said}", file=sys.stderr)
            if args.json:
                failed = {"link": text, "verdict": "not-a-link", "error": str(error)}
                print(safe_json(failed))
            continue
        if verdict.level == "warning":
            status = EXIT_WARNING
        if args.json:
            data = verdict.to_json()
            data["checklist_item"] = ITEM_ID if verdict.level != "ok" else None
            print(safe_json(data), flush=True)
            continue
        if not first:
            print()
        first = False
        title = _item_title(pack_dir(args), current_language()) if verdict.level != "ok" else None
        print(render(verdict, title), flush=True)
    if not args.json and not first:
        print(f"\n{_(NEVER_OPENED)}")
    return EXIT_NOT_A_LINK if bad else status


# separ trust -----------------------------------------------------------------------------------


def run_trust(args: argparse.Namespace) -> int:
    """`separ trust add|remove|list`."""
    _safe_output()
    return {"add": _trust_add, "remove": _trust_remove, "list": _trust_list}[args.action](args)


def _saved_note(args: argparse.Namespace) -> str:
    """What to add when nothing is saved."""
    return _(" (not saved: --no-save)") if getattr(args, "no_save", False) else ""


def _trust_add(args: argparse.Namespace) -> int:
    """Add domains to the person's list, refusing look-alikes of trusted sites unless --force."""
    from separ.links.trusted import normalise_domain

    checker = make_checker(args)
    store = open_store(args)
    status = 0
    try:
        for text in args.domains:
            try:
                domain = normalise_domain(text)
            except ValueError as error:
                said = _("cannot trust '{text}': {reason}").format(
                    text=safe_line(text), reason=error
                )
                print(f"separ: {said}", file=sys.stderr)
                status = 2
                continue
            verdict = checker.check(domain)
            reported = [r for r in verdict.reasons if r.kind == "reported"]
            if reported and not args.force:
                said = _("not added: {reason}").format(reason=reported[0].message)
                print(f"separ: {said}", file=sys.stderr)
                status = max(status, 1)
                continue
            if verdict.level == "warning" and verdict.imitates and not args.force:
                said = _(
                    "not added: {domain} looks like a copy of {site}. {reason} If you are sure, "
                    "run '{command}'."
                ).format(
                    domain=domain,
                    site=verdict.imitates,
                    reason=verdict.reasons[0].message,
                    command=f"separ trust add --force {domain}",
                )
                print(f"separ: {said}", file=sys.stderr)
                status = max(status, 1)
                continue
            if store.add_trusted(domain):
                said = _("Trusted: {domain} and its subdomains{note}.")
                print(said.format(domain=domain, note=_saved_note(args)))
            else:
                print(_("Already trusted: {domain}.").format(domain=domain))
    finally:
        store.close()
    return status


def _trust_remove(args: argparse.Namespace) -> int:
    """Remove domains from the person's list."""
    from separ.links.trusted import normalise_domain

    store = open_store(args)
    status = 0
    try:
        for text in args.domains:
            try:
                domain = normalise_domain(text)
            except ValueError:
                domain = text.strip().lower()
            if store.remove_trusted(domain):
                said = _("No longer trusted: {domain}{note}.")
                print(said.format(domain=domain, note=_saved_note(args)))
            else:
                said = _("{domain} is not on your trusted list.").format(domain=domain)
                print(f"separ: {said}", file=sys.stderr)
                status = 1
    finally:
        store.close()
    return status


def _trust_list(args: argparse.Namespace) -> int:
    """Print the person's list (and Separ's own with --builtin)."""
    from separ.links.trusted import load_trusted

    mine = _my_domains(args)
    if args.builtin:
        print(_("Separ's own list:"))
        for site in load_trusted(pack_dir(args)).sites:
            print(f"  {site.domain}  ({site.owner})")
        print("\n" + _("Your own list:"))
        for domain in mine or [_("(none yet: add one with 'separ trust add DOMAIN')")]:
            print(f"  {domain}")
        return 0
    for domain in mine:
        print(domain)
    if not mine:
        print(
            _("You have not added any trusted sites. Add one with 'separ trust add DOMAIN'."),
            file=sys.stderr,
        )
    return 0

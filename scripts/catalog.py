"""Keep the interface's message catalogs up to date: extract, update, compile, report.

    python scripts/catalog.py update     # extract the marked strings, merge them into every .po
    python scripts/catalog.py compile    # compile the .po files to .mo beside them (for a
                                         # checkout installed with `pip install -e .`)
    python scripts/catalog.py status     # how many strings each language still lacks
    python scripts/catalog.py status --outside src/separ/app   # only strings used elsewhere

Strings are marked in the code with `_()` (translated where they are used), `ngettext()` and
`N_()` (marked only). The template is src/separ/i18n/locale/separ.pot; each language has
src/separ/i18n/locale/LANG/LC_MESSAGES/separ.po, which a translator edits (with any PO editor,
or by hand). Wheels compile the .po files themselves (hatch_build.py): .mo files are never
committed. Needs Babel (`pip install babel`, part of the test extras).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LOCALE = REPO / "src" / "separ" / "i18n" / "locale"
TEMPLATE = LOCALE / "separ.pot"
DOMAIN = "separ"


def _pybabel(*args: str) -> None:
    from babel.messages.frontend import CommandLineInterface

    CommandLineInterface().run(["pybabel", "-q", *args])


def extract() -> None:
    """Write the template of every marked string, with where each is used."""
    _pybabel(
        "extract",
        "--mapping-file",
        str(REPO / "babel.cfg"),
        "--output-file",
        str(TEMPLATE),
        "--project",
        "Separ",
        "--no-wrap",
        "--sort-by-file",
        "--omit-header",
        "--keywords",
        "N_",
        str(REPO),
    )
    # Paths relative to the repository, whatever folder the script ran from.
    text = TEMPLATE.read_text(encoding="utf-8").replace(f"{REPO.as_posix()}/", "")
    TEMPLATE.write_text(text, encoding="utf-8")


def update() -> None:
    """Extract, then merge the template into every language's catalog."""
    extract()
    for po in sorted(LOCALE.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        _pybabel(
            "update",
            "--input-file",
            str(TEMPLATE),
            "--output-file",
            str(po),
            "--locale",
            po.parent.parent.name,
            "--no-wrap",
            "--ignore-obsolete",
        )


def compile_all() -> None:
    """Compile every .po to the .mo beside it (ignored by git)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    for po in sorted(LOCALE.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        with po.open("rb") as source:
            catalog = read_po(source)
        with po.with_suffix(".mo").open("wb") as target:
            write_mo(target, catalog, use_fuzzy=False)
        print(f"compiled {po.relative_to(REPO)}")


def _used_outside(message, folders: list[str]) -> bool:
    """Whether a message is used in a file outside all of these folders."""
    prefixes = [folder.rstrip("/") + "/" for folder in folders]
    return any(not path.startswith(tuple(prefixes)) for path, _line in message.locations)


def status(outside: list[str] | None = None) -> int:
    """Print how many strings each language has translated, and which are missing; 1 if any is
    missing or fuzzy. With `outside`, only the strings used outside those folders count (each
    part of Separ can check its own: `--outside src/separ/app`)."""
    from babel.messages.pofile import read_po

    incomplete = 0
    for po in sorted(LOCALE.glob(f"*/LC_MESSAGES/{DOMAIN}.po")):
        with po.open("rb") as source:
            catalog = read_po(source)
        messages = [m for m in catalog if m.id and (not outside or _used_outside(m, outside))]
        missing = [m for m in messages if not m.string or not all(m.string)]
        fuzzy = [m for m in messages if m.fuzzy]
        print(
            f"{po.parent.parent.name}: {len(messages) - len(missing)} of {len(messages)} "
            f"translated, {len(fuzzy)} to review (fuzzy)"
        )
        for message in [*missing, *fuzzy]:
            msgid = message.id if isinstance(message.id, str) else message.id[0]
            print(f"  {'fuzzy' if message.fuzzy else 'missing'}: {msgid!r}")
        incomplete += len(missing) + len(fuzzy)
    return 1 if incomplete else 0


def main(argv: list[str] | None = None) -> int:
    """Run one of the commands."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("extract", "update", "compile", "status"))
    parser.add_argument(
        "--outside",
        metavar="FOLDER",
        action="append",
        help="status: count only the strings used outside this folder (repeatable)",
    )
    args = parser.parse_args(argv)
    if args.command == "extract":
        extract()
    elif args.command == "update":
        update()
    elif args.command == "compile":
        compile_all()
    else:
        return status(args.outside)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The `separ` command: parses arguments and dispatches. The logic lives in the modules it calls.

Non-interactive commands never import Textual: only `separ` with no command opens the app.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from separ import __version__
from separ.i18n import _, use_language
from separ.i18n.lang import choose_language, language_in_arguments
from separ.i18n.persian import number
from separ.progress import ProgressError
from separ.safe import safe_output
from separ.session import add_common_options, pack_dir


def _check(args: argparse.Namespace) -> int:
    from separ.pack import check_pack

    pack, problems = check_pack(pack_dir(args))
    trusted = _trusted_problems(args)
    for line in [*map(str, problems), *trusted]:
        print(line)
    warnings = sum(problem.warning for problem in problems)
    errors = len(problems) - warnings + len(trusted)
    if warnings:
        print(f"{warnings} warning(s): translations missing or out of date.", file=sys.stderr)
        if getattr(args, "strict", False):
            errors += warnings  # --strict: warnings fail the check too
    if errors or pack is None:
        print(f"{errors} problem(s) found.", file=sys.stderr)
        return 1
    print(
        _("{sections} sections, {items} items, {citations} citations, all found").format(
            sections=number(len(pack.sections)),
            items=number(len(pack.items)),
            citations=number(len(pack.citations)),
        )
    )
    return 0


def _trusted_problems(args: argparse.Namespace) -> list[str]:
    """The trusted-site list of the pack, checked by the link checker's own loader."""
    from separ.links.trusted import TrustedListError, load_trusted

    try:
        load_trusted(pack_dir(args))
    except TrustedListError as error:
        return [str(problem) for problem in error.problems]
    return []


def _schema(args: argparse.Namespace) -> int:
    from separ.pack.format import json_schema
    from separ.pack.format_situations import SCHEMAS

    print(json.dumps(json_schema(SCHEMAS[args.kind]), indent=2, ensure_ascii=False))
    return 0


def _app(args: argparse.Namespace) -> int:
    from separ.app.launch import run_app

    return run_app(args)


def _wants_command(argv: Sequence[str]) -> bool:
    """Whether the arguments name a command (or a mistyped one) or ask for help."""
    takes_value = False
    for arg in argv:
        if takes_value:
            takes_value = False
        elif arg in ("--pack", "--data-dir", "--lang"):
            takes_value = True
        elif arg in ("-h", "--help") or not arg.startswith("-"):
            return True
    return False


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The command line; without `commands`, only what opening the app needs (a faster start)."""
    parser = argparse.ArgumentParser(
        prog="separ",
        description=(
            "Separ: an offline digital-safety checklist. With no command, opens the checklist."
        ),
        epilog="Separ never connects to the network. Progress stays on this machine.",
    )
    parser.add_argument("--version", action="version", version=f"separ {__version__}")
    add_common_options(parser)
    parser.set_defaults(run=_app)
    if not commands:
        return parser
    from separ import progress_commands
    from separ.export import command as export_command
    from separ.export import situations_command
    from separ.links import command as links_command
    from separ.pack.format_situations import SCHEMAS

    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, run, help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help)
        add_common_options(p)
        p.set_defaults(run=run)
        return p

    check_parser = command("check", _check, "check a guidance pack and report every problem")
    check_parser.add_argument(
        "--strict",
        action="store_true",
        help="count warnings (translations missing or out of date) as problems: exit 1",
    )
    export_command.add_parsers(command)
    situations_command.add_parsers(command)
    progress_commands.add_parsers(command)
    links_command.add_parsers(command)
    schema = command("schema", _schema, "print the JSON Schema of a pack file, for editors")
    schema.add_argument(
        "kind",
        nargs="?",
        default="section",
        choices=tuple(SCHEMAS),
        help="which file: a guidance section (default), seeds/sources.yaml, a situation, "
        "help/start-here.yaml or help/contacts.yaml",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    # Before the parser is built, so that its help is in the chosen language too.
    use_language(choose_language(language_in_arguments(argv)))
    # Everything the command line prints passes the one door for outside text.
    with safe_output():
        args = build_parser(commands=_wants_command(argv)).parse_args(argv)
        try:
            return int(args.run(args) or 0)
        except ProgressError as error:
            print(f"separ: {error}", file=sys.stderr)
            return 1
        except KeyboardInterrupt:
            return 130
        except BrokenPipeError:
            return 0

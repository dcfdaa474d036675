"""The `separ` command: parses arguments and dispatches. The logic lives in the modules it calls.

Non-interactive commands never import Textual: only `separ` with no command opens the app, and
that needs no parser: argparse (and gettext with it) is imported only where one is built.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING

from separ import __version__
from separ.i18n import _, use_language
from separ.i18n.lang import choose_language, language_in_arguments
from separ.i18n.persian import number
from separ.progress import ProgressError
from separ.safe import safe_output
from separ.session import add_common_options, pack_dir

if TYPE_CHECKING:
    import argparse


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
    import json  # only here: not for the app's start

    from separ.pack.format import json_schema
    from separ.pack.format_situations import SCHEMAS

    print(json.dumps(json_schema(SCHEMAS[args.kind]), indent=2, ensure_ascii=False))
    return 0


def _help(args: argparse.Namespace) -> int:
    """`separ help [COMMAND]`: the same as `separ --help` or `separ COMMAND --help`."""
    parser = build_parser()
    if args.topic is None:
        parser.print_help()
        return 0
    names = command_names(parser)
    if args.topic not in names:
        print(f"separ: {unknown_command(args.topic, names)}", file=sys.stderr)
        return 2
    parser.parse_args([args.topic, "--help"])  # prints the command's help and exits 0
    return 0


def command_names(parser: argparse.ArgumentParser) -> list[str]:
    """The names of the parser's sub-commands."""
    import argparse

    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    return []


def unknown_command(name: str, names: Sequence[str]) -> str:
    """ "unknown command 'exprot'; did you mean 'export'?" with the closest names, if any."""
    import difflib

    from separ.safe import safe_line

    close = difflib.get_close_matches(name, names, n=2, cutoff=0.6)
    hint = " or ".join(f"'{c}'" for c in close)
    said = f"unknown command '{safe_line(name)}'"
    if hint:
        return f"{said}; did you mean {hint}? ('separ help' lists every command)"
    return f"{said}; 'separ help' lists every command"


_TAKES_VALUE = ("--pack", "--data-dir", "--lang")
"""The common options whose value is the next argument."""


def _first_positional(argv: Sequence[str]) -> str | None:
    """The first argument that is not an option or an option's value: the command's name."""
    takes_value = False
    for arg in argv:
        if takes_value:
            takes_value = False
        elif arg in _TAKES_VALUE:
            takes_value = True
        elif not arg.startswith("-"):
            return arg
    return None


def _app(args: argparse.Namespace) -> int:
    from separ.app.launch import run_app

    return run_app(args)


def _wants_command(argv: Sequence[str]) -> bool:
    """Whether the arguments name a command (or a mistyped one) or ask for help."""
    return any(arg in ("-h", "--help") for arg in argv) or _first_positional(argv) is not None


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The command line; without `commands`, only what opening the app needs (a faster start)."""
    import argparse

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
    from separ.export import show as show_command
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
    show_command.add_parsers(command)
    help_parser = command("help", _help, "show this help, or a command's: 'separ help export'")
    help_parser.add_argument("topic", nargs="?", metavar="COMMAND")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    _utf8_output()
    # Before the parser is built, so that its help is in the chosen language too.
    use_language(choose_language(language_in_arguments(argv)))
    # Everything the command line prints passes the one door for outside text.
    with safe_output():
        if not argv:
            # `separ` alone opens the checklist: no parser to build (its first use costs ~8 ms),
            # and no option given, so none to read.
            return _run(_app, SimpleNamespace())
        parser = build_parser(commands=_wants_command(argv))
        name = _first_positional(argv)
        names = command_names(parser)
        if name is not None and names and name not in names:
            print(f"separ: {unknown_command(name, names)}", file=sys.stderr)
            return 2
        args = parser.parse_args(argv)
        return _run(args.run, args)


def _utf8_output() -> None:
    """Write UTF-8 wherever standard output or error would not hold every character.

    A pipe or a file on Windows, or a terminal with a narrow locale, would otherwise fail on the
    first Persian title or Cyrillic look-alike; a terminal already in UTF-8 is left as it is.
    """
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
        if encoding not in ("utf-8", "utf8") and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")


def _run(run, args: argparse.Namespace) -> int:
    """Run a command; a store that cannot be used is one line, ctrl+c and a closed pipe end it
    quietly."""
    try:
        return int(run(args) or 0)
    except ProgressError as error:
        print(f"separ: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0

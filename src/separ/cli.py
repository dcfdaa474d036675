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
from separ.i18n import _, current_language, ngettext, use_language
from separ.i18n.catalog import right_to_left
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
        said = ngettext(
            "{count} warning: a translation missing or out of date.",
            "{count} warnings: translations missing or out of date.",
            warnings,
        )
        print(said.format(count=number(warnings)), file=sys.stderr)
        if getattr(args, "strict", False):
            errors += warnings  # --strict: warnings fail the check too
    if errors or pack is None:
        said = ngettext("{count} problem found.", "{count} problems found.", errors)
        print(said.format(count=number(errors)), file=sys.stderr)
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
    hint = _(" or ").join(f"'{c}'" for c in close)
    if hint:
        message = _(
            "unknown command '{command}'; did you mean {close}? ('separ help' lists every command)"
        )
    else:
        message = _("unknown command '{command}'; 'separ help' lists every command")
    return message.format(command=safe_line(name), close=hint)


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


def _parser_class() -> type[argparse.ArgumentParser]:
    """The parser of every command: in a right-to-left language, each line of its help that
    holds right-to-left text is laid out from the right (an option's line begins with its Latin
    name, which would otherwise set the line left to right), wherever it is shown. Made when a
    parser is built, so that `separ` alone (the app) imports no argparse."""
    import argparse

    class Parser(argparse.ArgumentParser):
        def format_help(self) -> str:
            """The help, its right-to-left lines marked as such."""
            return _directed(super().format_help())

        def format_usage(self) -> str:
            """The usage line, marked as the help's."""
            return _directed(super().format_usage())

    return Parser


def _directed(text: str) -> str:
    if not right_to_left():
        return text
    from separ.i18n.console import right_to_left_lines

    return right_to_left_lines(text)


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The command line; without `commands`, only what opening the app needs (a faster start)."""
    parser = _parser_class()(
        prog="separ",
        description=_(
            "Separ: an offline digital-safety checklist. With no command, opens the checklist."
        ),
        epilog=_("Separ never connects to the network. Progress stays on this machine."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"separ {__version__}",
        help=_("show Separ's version number and exit"),
    )
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

    sub = parser.add_subparsers(title=_("commands"), metavar="COMMAND")

    def command(name: str, run, help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help)
        add_common_options(p)
        p.set_defaults(run=run)
        return p

    check_parser = command("check", _check, _("check a guidance pack and report every problem"))
    check_parser.add_argument(
        "--strict",
        action="store_true",
        help=_("count warnings (translations missing or out of date) as problems: exit 1"),
    )
    export_command.add_parsers(command)
    situations_command.add_parsers(command)
    progress_commands.add_parsers(command)
    links_command.add_parsers(command)
    schema = command("schema", _schema, _("print the JSON Schema of a pack file, for editors"))
    schema.add_argument(
        "kind",
        nargs="?",
        default="section",
        choices=tuple(SCHEMAS),
        help=_(
            "which file: a guidance section (default), seeds/sources.yaml, a situation, "
            "help/start-here.yaml or help/contacts.yaml"
        ),
    )
    show_command.add_parsers(command)
    help_parser = command("help", _help, _("show this help, or a command's: 'separ help export'"))
    help_parser.add_argument("topic", nargs="?", metavar="COMMAND")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    _utf8_output()
    # Before the parser is built, so that its help is in the chosen language too.
    use_language(choose_language(language_in_arguments(argv)))
    if argv and current_language() != "en":
        from separ.cli_words import speak_argparse

        speak_argparse()
    if not argv:
        # `separ` alone opens the checklist: no parser to build (its first use costs ~8 ms),
        # and no option given, so none to read.
        with safe_output():
            return _run(_app, SimpleNamespace())
    wants_command = _wants_command(argv)
    # What the command line prints (not the app's screen, which draws its own) is reordered for
    # terminals that cannot, and passes the one door for outside text.
    with _console(), safe_output():
        parser = build_parser(commands=wants_command)
        name = _first_positional(argv)
        names = command_names(parser)
        if name is not None and names and name not in names:
            print(f"separ: {unknown_command(name, names)}", file=sys.stderr)
            return 2
        args = parser.parse_args(argv)
        if args.run is not _app:
            return _run(args.run, args)
    with safe_output():
        return _run(args.run, args)


def _console():
    """Right-to-left lines shaped and reordered on a terminal that does not (see
    `separ.i18n.console`)."""
    from separ.i18n.console import console_output

    return console_output()


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

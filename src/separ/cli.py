"""The `separ` command: parses arguments and dispatches. The logic lives in the modules it calls.

Non-interactive commands never import Textual: only `separ` with no command opens the app.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from separ import __version__
from separ.session import add_common_options, data_dir, pack_dir


def _check(args: argparse.Namespace) -> int:
    from separ.pack import check_pack

    pack, problems = check_pack(pack_dir(args))
    lines = [str(problem) for problem in problems]
    lines += _trusted_problems(args)
    for line in lines:
        print(line)
    if lines or pack is None:
        print(f"{len(lines)} problem(s) found.", file=sys.stderr)
        return 1
    citations = pack.citations
    print(
        f"{len(pack.sections)} sections, {len(pack.items)} items, "
        f"{len(citations)} citations, all found"
    )
    return 0


def _trusted_problems(args: argparse.Namespace) -> list[str]:
    """The trusted-site list of the pack, checked by the link checker's own loader."""
    from separ.links.trusted import TrustedListError, load_trusted

    try:
        load_trusted(pack_dir(args))
    except TrustedListError as error:
        return [str(error)]
    return []


def _where(args: argparse.Namespace) -> int:
    from separ.progress import DB_NAME, stored_files

    folder = data_dir(args)
    if getattr(args, "no_save", False):
        print("Nothing is saved in this mode (--no-save).")
        return 0
    print(folder / DB_NAME)
    files = stored_files(folder)
    if not files:
        print("(nothing saved yet)", file=sys.stderr)
    return 0


def _wipe(args: argparse.Namespace) -> int:
    from separ.progress import stored_files, wipe

    folder = data_dir(args)
    files = stored_files(folder)
    if not files:
        print(f"Nothing to remove: no saved progress in {folder}.")
        return 0
    if not args.yes:
        print("This removes all of Separ's saved progress and trusted sites:")
        for path in files:
            print(f"  {path}")
        if not sys.stdin.isatty():
            print(
                "separ: not removed; run 'separ wipe --yes' to confirm without a prompt.",
                file=sys.stderr,
            )
            return 1
        try:
            answer = input("Remove them? [y/N] ").strip().lower()
        except EOFError:  # Ctrl-D at the prompt is a no
            answer = ""
            print()
        if answer not in ("y", "yes"):
            print("Nothing removed.")
            return 1
    try:
        removed = wipe(folder)
    except OSError as error:
        reason = error.strerror or error
        print(f"separ: could not remove {error.filename}: {reason}", file=sys.stderr)
        return 1
    for path in removed.paths:
        print(f"removed {path}")
    print(f"Removed {len(removed.paths)} file(s). Separ has no saved progress on this machine now.")
    return 0


def _schema(args: argparse.Namespace) -> int:
    import json  # only here: not for the app's start

    from separ.pack.format import json_schema

    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
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


def _first_positional(argv: Sequence[str]) -> str | None:
    """The first argument that is not an option or an option's value: the command's name."""
    takes_value = False
    for arg in argv:
        if takes_value:
            takes_value = False
        elif arg in ("--pack", "--data-dir"):
            takes_value = True
        elif not arg.startswith("-"):
            return arg
    return None


def _app(args: argparse.Namespace) -> int:
    from separ.app.launch import run_app

    return run_app(args)


def _wants_command(argv: Sequence[str]) -> bool:
    """Whether the arguments name a command (or a mistyped one) or ask for help."""
    takes_value = False
    for arg in argv:
        if takes_value:
            takes_value = False
        elif arg in ("--pack", "--data-dir"):
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
    from separ.export import command as export_command
    from separ.export import show as show_command
    from separ.links import command as links_command

    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, run, help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help)
        add_common_options(p)
        p.set_defaults(run=run)
        return p

    command("check", _check, "check a guidance pack and report every problem")
    export_command.add_parsers(command)
    command("where", _where, "print where progress is kept")
    wipe_parser = command("wipe", _wipe, "remove all saved progress from this machine")
    wipe_parser.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")
    links_command.add_parsers(command)
    command("schema", _schema, "print the JSON Schema of a guidance section file, for editors")
    show_command.add_parsers(command)
    help_parser = command("help", _help, "show this help, or a command's: 'separ help export'")
    help_parser.add_argument("topic", nargs="?", metavar="COMMAND")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:
        # `separ` alone opens the checklist: no parser to build (its first use costs ~8 ms).
        return _run(_app, argparse.Namespace())
    parser = build_parser(commands=_wants_command(argv))
    name = _first_positional(argv)
    names = command_names(parser)
    if name is not None and names and name not in names:
        print(f"separ: {unknown_command(name, names)}", file=sys.stderr)
        return 2
    args = parser.parse_args(argv)
    return _run(args.run, args)


def _run(run, args: argparse.Namespace) -> int:
    """Run a command; ctrl+c and a closed pipe end it quietly."""
    try:
        return int(run(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0

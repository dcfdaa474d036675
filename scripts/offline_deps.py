"""What goes into the offline copy: the dependencies, pure Python only, complete for every target.

pip installs Separ's wheel and its dependencies into a staging folder, resolved for the oldest
Python the copy supports. Then every compiled extension is dealt with by a rule (RULES) or stops
the build; what a marker needs on another system or Python is added; and every distribution
must accept every supported Python. Versions are pinned in `offline-pins.txt`, beside this file,
so that the same source gives the same copy.
"""

from __future__ import annotations

import csv
import io
import re
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from email.message import Message
from email.parser import Parser
from pathlib import Path

OLDEST_PYTHON = (3, 10)
OLDEST = ".".join(map(str, OLDEST_PYTHON))
NEWEST_PYTHON = (3, 14)
"""The newest Python the markers and Requires-Python of the dependencies are checked against."""

COMPILED_SUFFIXES = (".so", ".pyd", ".dylib", ".dll")
PINS = Path(__file__).with_name("offline-pins.txt")
PINS_HEADER = """\
# The exact versions the offline copy (separ.pyz) is built from, so that the same source gives
# the same file and checksum. Written by: python scripts/build_offline.py --repin
"""


@dataclass(frozen=True)
class Rule:
    """How Separ does without a dependency's compiled extension, and how the build shows it."""

    drop: tuple[str, ...]
    """Paths (prefixes, relative to the zip's root) to leave out."""
    check: str
    """Python that runs against the copy, and fails unless what Separ uses still works."""
    why: str


BARE_BIDI = (
    "import importlib.util, sys, types; spec = importlib.util.find_spec('bidi'); "
    "bare = types.ModuleType('bidi'); bare.__path__ = list(spec.submodule_search_locations); "
    "sys.modules['bidi'] = bare; from bidi.algorithm import get_display; "
    "assert get_display('\u0633\u067e\u0631') == '\u0631\u067e\u0633'"
)

RULES: dict[str, Rule] = {
    "pyyaml": Rule(
        drop=("yaml/_yaml.", "_yaml/"),
        check="import yaml; assert yaml.safe_load('a: [1]') == {'a': [1]}",
        why="PyYAML's C loader is optional: `import yaml` falls back to its pure-Python one "
        "(`_yaml/` only re-exports the extension)",
    ),
    "python-bidi": Rule(
        drop=("bidi/bidi.",),
        check=BARE_BIDI,
        why="Separ uses only python-bidi's pure-Python `bidi.algorithm`, which needs no "
        "extension; where `bidi/__init__.py` cannot import it, Separ loads the algorithm under "
        "a bare package (separ/i18n/reorder.py), as the check does",
    ),
}
"""Known ways around a compiled extension, by normalised distribution name."""


class BuildError(Exception):
    """The offline copy cannot be built as asked; the message says what to do."""


def normalise(name: str) -> str:
    """A distribution name as the package index compares it (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def packaging_modules():
    """The `packaging` library: installed, or the copy that pip carries."""
    try:
        from packaging import markers, requirements, specifiers
    except ImportError:
        from pip._vendor.packaging import markers, requirements, specifiers
    return markers, requirements, specifiers


# Installing ------------------------------------------------------------------------------------


def pip(*args: str) -> None:
    """Run pip with this Python, failing with its own output."""
    command = [sys.executable, "-m", "pip", "--disable-pip-version-check", *args]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        hint = ""
        if "--constraint" in args:
            hint = (
                f"\nIf the project's dependencies changed, the versions in {PINS.name} may no "
                "longer fit them: build with --repin to pin them anew."
            )
        raise BuildError(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}{hint}")


def install(site: Path, requirements: Iterable[str], index: list[str], deps: bool = True) -> None:
    """Install wheels into the staging folder, chosen for the oldest Python the copy runs on."""
    options = ["--target", str(site), "--no-compile", "--only-binary=:all:"]
    options += ["--python-version", OLDEST, "--upgrade", "-q"]
    if not deps:
        options.append("--no-deps")
    pip("install", *options, *index, *requirements)


def pin_options(repin: bool) -> list[str]:
    """pip's options for installing the pinned versions (none when pinning anew)."""
    return [] if repin or not PINS.is_file() else ["--constraint", str(PINS)]


def read_pins() -> dict[str, str]:
    """The pinned versions, by normalised name."""
    if not PINS.is_file():
        return {}
    pins = {}
    for line in PINS.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, version = line.partition("==")
            pins[normalise(name)] = version.strip()
    return pins


def pinnable(dists: dict[str, Dist]) -> dict[str, str]:
    """The versions to pin: every staged distribution but Separ itself."""
    return {n: d.metadata["Version"] for n, d in sorted(dists.items()) if n != "separ"}


def write_pins(dists: dict[str, Dist]) -> None:
    """Pin the staged versions."""
    lines = [f"{name}=={version}\n" for name, version in pinnable(dists).items()]
    PINS.write_text(PINS_HEADER + "".join(lines), "utf-8")


def unpinned(dists: dict[str, Dist]) -> list[str]:
    """Staged versions that the pins do not name: a build that others cannot repeat exactly."""
    pins = read_pins()
    return [f"{n}=={v}" for n, v in pinnable(dists).items() if pins.get(n) != v]


# Reading what was installed ------------------------------------------------------------------


@dataclass
class Dist:
    """One installed distribution in the staging folder."""

    name: str
    info: Path
    metadata: Message

    @property
    def files(self) -> list[str]:
        """Its files, relative to the staging folder, from its RECORD."""
        return [row[0] for row in read_record(self.info / "RECORD")]


def read_record(record: Path) -> list[list[str]]:
    """The rows of a RECORD file (CSV: path, hash, size); none if there is no such file."""
    if not record.is_file():
        return []
    return [row for row in csv.reader(io.StringIO(record.read_text("utf-8"))) if row]


def installed(site: Path) -> dict[str, Dist]:
    """Every distribution in the staging folder, by normalised name."""
    found = {}
    for info in sorted(site.glob("*.dist-info")):
        metadata = Parser().parsestr((info / "METADATA").read_text("utf-8"))
        name = normalise(metadata["Name"])
        found[name] = Dist(name, info, metadata)
    return found


def compiled_files(dist: Dist) -> list[str]:
    """The compiled extensions a distribution installed."""
    return sorted(f for f in dist.files if f.lower().endswith(COMPILED_SUFFIXES))


def target_environments() -> list[dict[str, str]]:
    """Marker environments for every system and Python the offline copy must run on."""
    systems = [
        ("linux", "Linux", "posix", "x86_64"),
        ("linux", "Linux", "posix", "aarch64"),
        ("darwin", "Darwin", "posix", "arm64"),
        ("darwin", "Darwin", "posix", "x86_64"),
        ("win32", "Windows", "nt", "AMD64"),
        ("win32", "Windows", "nt", "ARM64"),
    ]
    environments = []
    for minor in range(OLDEST_PYTHON[1], NEWEST_PYTHON[1] + 1):
        for sys_platform, system, os_name, machine in systems:
            environments.append(
                {
                    "implementation_name": "cpython",
                    "implementation_version": f"3.{minor}.0",
                    "os_name": os_name,
                    "platform_machine": machine,
                    "platform_python_implementation": "CPython",
                    "platform_release": "",
                    "platform_system": system,
                    "platform_version": "",
                    "python_full_version": f"3.{minor}.0",
                    "python_version": f"3.{minor}",
                    "sys_platform": sys_platform,
                }
            )
    return environments


def missing_requirements(dists: dict[str, Dist]) -> list[str]:
    """Requirements some target system or Python needs that the staging folder lacks.

    pip resolves for the Python that runs it, on this system; a dependency that only Windows or
    only an older Python needs (by its marker) would be left out of the copy without this check.
    """
    _, requirements, _ = packaging_modules()
    environments = target_environments()
    wanted: dict[str, set[str]] = {}  # the extras asked of each distribution reached
    todo: list[str] = []
    missing: dict[str, str] = {}

    def reach(name: str, extras: set[str]) -> None:
        if name in wanted and extras <= wanted[name]:
            return
        wanted[name] = wanted.get(name, set()) | extras
        todo.append(name)

    reach("separ", set())
    while todo:
        name = todo.pop()
        for line in dists[name].metadata.get_all("Requires-Dist") or []:
            requirement = requirements.Requirement(line)
            marker = requirement.marker
            if marker is not None and not any(
                marker.evaluate({**env, "extra": extra})
                for env in environments
                for extra in {"", *wanted[name]}
            ):
                continue
            needed = normalise(requirement.name)
            if needed in dists:
                reach(needed, set(requirement.extras))
            else:
                requirement.marker = None
                missing[needed] = str(requirement)
    return sorted(missing.values())


def check_pythons(dists: dict[str, Dist]) -> None:
    """Fail unless every distribution accepts every Python from the oldest to the newest."""
    _, _, specifiers = packaging_modules()
    for dist in dists.values():
        spec = specifiers.SpecifierSet(dist.metadata.get("Requires-Python") or "")
        refused = [
            f"3.{minor}"
            for minor in range(OLDEST_PYTHON[1], NEWEST_PYTHON[1] + 1)
            if not spec.contains(f"3.{minor}.0")
        ]
        if refused:
            raise BuildError(
                f"{dist.name} requires Python {spec}, so the copy would not run on Python "
                f"{', '.join(refused)}; choose a version of it that supports them"
            )


# Doing without compiled extensions -------------------------------------------------------------


def apply_rules(site: Path) -> list[str]:
    """Leave out the extensions Separ can do without; fail on any other compiled file.

    Returns one line per change made, for the build's report.
    """
    notes = []
    for name, dist in installed(site).items():
        compiled = compiled_files(dist)
        if not compiled:
            continue
        rule = RULES.get(name)
        if rule is None:
            raise BuildError(
                f"{name} ships compiled code ({', '.join(compiled)}), which would run on this "
                "system and Python only. Use a pure-Python library instead, or, once you have "
                f"checked that Separ works without it, add a rule for {name} to RULES in "
                "scripts/offline_deps.py."
            )
        dropped = sorted(f for f in dist.files if f.startswith(rule.drop))
        for file in dropped:
            (site / file).unlink(missing_ok=True)
        still = [f for f in compiled if (site / f).exists()]
        if still:
            raise BuildError(f"{name}: its rule leaves compiled files in: {', '.join(still)}")
        notes.append(f"{name}: left out {', '.join(dropped)} ({rule.why})")
    return notes


def complete(site: Path, index: list[str]) -> list[str]:
    """Make the staging folder pure Python, with all that any target system or Python needs.

    Returns one line per change made, for the build's report.
    """
    notes = apply_rules(site)
    for _ in range(10):  # each round may bring requirements of its own
        missing = missing_requirements(installed(site))
        if not missing:
            return notes
        install(site, missing, index, deps=False)
        notes += [
            f"added {m}: required, on some system or Python, but not installed here"
            for m in missing
        ]
        notes += apply_rules(site)
    raise BuildError(f"the requirements do not settle: still missing {', '.join(missing)}")


def checks(dists: dict[str, Dist]) -> list[str]:
    """Python to run against the copy: every module of Separ imports, and every top-level module
    of the others; a distribution with a rule is checked by the rule's own code instead."""
    found = []
    for name, dist in sorted(dists.items()):
        if name in RULES:
            found.append(RULES[name].check)
            continue
        modules = set()
        for file in dist.files:
            if not file.endswith(".py") or file.startswith("..") or "__main__" in file:
                continue
            parts = file.removesuffix(".py").split("/")
            parts = parts if name == "separ" else parts[:1]
            parts = parts[:-1] if parts[-1] == "__init__" else parts
            modules.add(".".join(parts))
        if modules:
            found.append(f"import {', '.join(sorted(modules))}")
    return found

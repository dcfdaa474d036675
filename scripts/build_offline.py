"""Build dist/separ.pyz: Separ, its pack and every dependency in one file, and its checksum.

    python scripts/build_offline.py [--out DIR] [--no-index --find-links DIR]

The file is a zip application (the standard library's `zipapp` format): `python separ.pyz`
(`py separ.pyz` on Windows) runs Separ with any Python 3.10 or newer, with no installation and
no network. Everything is imported straight from the zip (zipimport) and every data file is read
from it through importlib.resources, so running it writes nothing next to it and nothing outside
Separ's data folder.

What the build needs: this checkout, Python 3.10 or newer with pip, and the dependencies as
wheels, from the package index or, with `--no-index --find-links DIR`, from a folder of wheels
(pip's own cache is used either way). Separ's own wheel is built without the network when
hatchling is installed. The dependencies are those of the project's metadata (pyproject.toml),
resolved by pip for the oldest Python the copy supports.

Only pure Python can go in: a compiled extension would run on one system and one Python only.
The build stops, loudly, at any dependency that ships one, unless RULES below says how to do
without it: a package that works without its extension (PyYAML), or the last pure-Python
release of it (python-bidi). The result is deterministic for the same inputs (sorted entries,
fixed timestamps and modes), so that its SHA-256 checksum identifies it.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from email.parser import Parser
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
NAME = "separ.pyz"
OLDEST_PYTHON = (3, 10)
OLDEST = ".".join(map(str, OLDEST_PYTHON))
NEWEST_PYTHON = (3, 14)
"""The newest Python the markers and Requires-Python of the dependencies are checked against."""

SHEBANG = b"#!/usr/bin/env python3\n"
FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can hold
COMPILED_SUFFIXES = (".so", ".pyd", ".dylib", ".dll")

MAIN = f'''"""Run Separ from this one file: python separ.pyz [COMMAND] (py separ.pyz on Windows)."""
import sys

if sys.version_info < {OLDEST_PYTHON}:
    found = "%d.%d" % sys.version_info[:2]
    sys.stderr.write("Separ needs Python {OLDEST} or newer; this is Python " + found + ".\\n")
    sys.exit(1)

from separ.cli import main

sys.exit(main())
'''
"""The zip's entry point; it must still run on an old Python, to say why it cannot go on."""


@dataclass(frozen=True)
class Rule:
    """How to do without a dependency's compiled extension, and why that is sound."""

    drop: tuple[str, ...] = ()
    """Paths (prefixes, relative to the zip's root) to leave out."""
    replace_with: str = ""
    """A pure-Python release to install instead (a pip requirement), if not empty."""
    why: str = ""


RULES: dict[str, Rule] = {
    "pyyaml": Rule(
        drop=("yaml/_yaml.", "_yaml/"),
        why="PyYAML's C loader is optional: `import yaml` falls back to its pure-Python one "
        "(`_yaml/` only re-exports the extension)",
    ),
    "python-bidi": Rule(
        replace_with="python-bidi==0.4.2",
        why="python-bidi 0.5 and later are a Rust extension that `import bidi` itself needs; "
        "0.4.2 is its last pure-Python release, with the same `bidi.algorithm.get_display` "
        "(import that one, or fall back to it)",
    ),
}
"""Known ways around a compiled extension, by normalised distribution name."""


class BuildError(Exception):
    """The offline copy cannot be built as asked; the message says what to do."""


def normalise(name: str) -> str:
    """A distribution name as the package index compares it (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def _packaging():
    """The `packaging` library: installed, or the copy that pip carries."""
    try:
        from packaging import markers, requirements, specifiers
    except ImportError:
        from pip._vendor.packaging import markers, requirements, specifiers
    return markers, requirements, specifiers


# Building and installing ---------------------------------------------------------------------


def pip(*args: str) -> None:
    """Run pip with this Python, failing with its own output."""
    command = [sys.executable, "-m", "pip", "--disable-pip-version-check", *args]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise BuildError(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")


def build_wheel(work: Path, index: list[str]) -> Path:
    """Separ's own wheel, built from this checkout (with the pack inside, as pip installs it)."""
    out = work / "wheel"
    isolation = [] if _has("hatchling") else index
    no_isolation = ["--no-build-isolation"] if _has("hatchling") else []
    pip("wheel", "--no-deps", *no_isolation, *isolation, "-q", "-w", str(out), str(REPO))
    (wheel,) = out.glob("separ-*.whl")
    return wheel


def _has(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def install(site: Path, requirements: Iterable[str], index: list[str], deps: bool = True) -> None:
    """Install wheels into the staging folder, chosen for the oldest Python the copy runs on."""
    options = ["--target", str(site), "--no-compile", "--only-binary=:all:"]
    options += ["--python-version", OLDEST, "--upgrade", "-q"]
    if not deps:
        options.append("--no-deps")
    pip("install", *options, *index, *requirements)


# Reading what was installed ------------------------------------------------------------------


@dataclass
class Dist:
    """One installed distribution in the staging folder."""

    name: str
    info: Path
    metadata: dict

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
    _, requirements, _ = _packaging()
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
    _, _, specifiers = _packaging()
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


def apply_rules(site: Path, index: list[str]) -> list[str]:
    """Drop optional extensions and swap in pure releases; fail on any other compiled file.

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
                f"{Path(__file__).relative_to(REPO)}."
            )
        if rule.replace_with:
            remove_dist(site, dist)
            install(site, [rule.replace_with], index, deps=False)
            notes.append(f"{name}: {rule.replace_with} instead ({rule.why})")
            continue
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
    notes = apply_rules(site, index)
    for _ in range(10):  # each round may bring requirements of its own
        missing = missing_requirements(installed(site))
        if not missing:
            return notes
        install(site, missing, index, deps=False)
        notes += [f"added {m}: another system or Python needs it" for m in missing]
        notes += apply_rules(site, index)
    raise BuildError(f"the requirements do not settle: still missing {', '.join(missing)}")


def remove_dist(site: Path, dist: Dist) -> None:
    """Remove every file a distribution installed, and its metadata."""
    for file in dist.files:
        path = site / file
        if path.is_file() and path.resolve().is_relative_to(site.resolve()):
            path.unlink()
    shutil.rmtree(dist.info, ignore_errors=True)


def tidy(site: Path) -> None:
    """Leave out what the copy must not carry: scripts with this machine's paths, bytecode,
    empty folders, and `direct_url.json` (it records where this checkout lies)."""
    shutil.rmtree(site / "bin", ignore_errors=True)
    for path in sorted(site.rglob("*"), reverse=True):
        if path.name == "__pycache__" and path.is_dir():
            shutil.rmtree(path)
        elif path.is_file() and (path.suffix == ".pyc" or path.name == "direct_url.json"):
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    for dist in installed(site).values():
        record = dist.info / "RECORD"
        if record.is_file():  # keep it true to what the copy holds
            text = io.StringIO()
            rows = [row for row in read_record(record) if (site / row[0]).is_file()]
            csv.writer(text, lineterminator="\n").writerows(rows)
            record.write_text(text.getvalue(), "utf-8")
    leftover = [p for p in site.rglob("*") if p.name.lower().endswith(COMPILED_SUFFIXES)]
    if leftover:
        names = ", ".join(str(p.relative_to(site)) for p in leftover)
        raise BuildError(f"compiled files that no distribution's RECORD names: {names}")


# Writing the file ----------------------------------------------------------------------------


def compile_bytecode(site: Path) -> None:
    """Add bytecode for the Python that runs the build, beside each module, where zipimport
    looks for it; other Pythons find it is not theirs and compile from the source instead."""
    command = [sys.executable, "-m", "compileall", "-q", "-b", "-s", str(site)]
    command += ["--invalidation-mode", "unchecked-hash", str(site)]  # -s: no build paths inside
    # A fixed hash seed keeps the order of constant sets, and so the bytes, the same.
    result = subprocess.run(
        command, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"}
    )
    if result.returncode != 0:
        raise BuildError(f"compiling bytecode failed:\n{result.stdout}{result.stderr}")


def write_pyz(site: Path, target: Path) -> None:
    """Write the zip application: sorted entries, fixed times and modes, so the same inputs give
    the same bytes."""
    entries = sorted(
        (path.relative_to(site).as_posix(), path) for path in site.rglob("*") if path.is_file()
    )
    temporary = target.with_name(f".{target.name}.tmp")
    with temporary.open("wb") as file:
        file.write(SHEBANG)
        with zipfile.ZipFile(file, "w") as archive:
            for name, path in [("__main__.py", None), *entries]:
                info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.create_system = 3  # Unix, whatever system builds it, so modes mean the same
                info.external_attr = (stat.S_IFREG | 0o644) << 16
                data = MAIN.encode() if path is None else path.read_bytes()
                archive.writestr(info, data, compresslevel=9)
    temporary.chmod(0o755)
    os.replace(temporary, target)


def write_checksum(target: Path) -> str:
    """Write `<file>.sha256` in the format `sha256sum -c` reads, and return the digest."""
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    target.with_name(target.name + ".sha256").write_text(f"{digest}  {target.name}\n", "ascii")
    return digest


def verify(target: Path, site: Path) -> None:
    """Run the copy with nothing but the standard library besides it: every top-level module
    imports without what was left out, the app's module loads, and the pack passes its check."""
    modules = sorted(
        {p.stem for p in site.glob("*.py")}
        | {p.name for p in site.iterdir() if (p / "__init__.py").is_file()}
    )
    imports = ", ".join([*modules, "separ.app.app"])
    code = f"import sys; sys.path.insert(0, sys.argv[1]); import {imports}"
    isolated = [sys.executable, "-I", "-S"]
    with tempfile.TemporaryDirectory(prefix="separ-verify-") as data:
        env = {**os.environ, "SEPAR_DATA_DIR": data}
        for command in ([*isolated, "-c", code, str(target)], [*isolated, str(target), "check"]):
            result = subprocess.run(command, capture_output=True, text=True, env=env)
            if result.returncode != 0:
                raise BuildError(
                    f"the built copy fails: {' '.join(command)}\n{result.stdout}{result.stderr}"
                )


def build(out: Path, index: list[str], bytecode: bool = False) -> tuple[Path, str, list[str]]:
    """Build the offline copy into `out`; returns its path, its checksum and the changes made."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="separ-offline-") as temp:
        work = Path(temp)
        site = work / "site"
        install(site, [str(build_wheel(work, index))], index)
        notes = complete(site, index)
        check_pythons(installed(site))
        tidy(site)
        if bytecode:
            compile_bytecode(site)
        target = out / NAME
        write_pyz(site, target)
        verify(target, site)
        digest = write_checksum(target)
    return target, digest, notes


def main(argv: list[str] | None = None) -> int:
    """Build the offline copy and say what went in."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "dist", help="default: dist/")
    parser.add_argument("--no-index", action="store_true", help="do not use the package index")
    parser.add_argument("--find-links", metavar="DIR", help="take wheels from this folder")
    parser.add_argument(
        "--bytecode",
        action="store_true",
        help="also carry bytecode for this Python: it then starts faster on this version of "
        "Python (only), and the file is about 2.5 times larger",
    )
    args = parser.parse_args(argv)
    index = ["--no-index"] if args.no_index else []
    index += ["--find-links", args.find_links] if args.find_links else []
    try:
        target, digest, notes = build(args.out, index, args.bytecode)
    except BuildError as error:
        print(f"build_offline: {error}", file=sys.stderr)
        return 1
    for note in notes:
        print(f"note: {note}")
    print(f"{target} ({target.stat().st_size:,} bytes)")
    print(f"SHA-256 {digest}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Build dist/separ.pyz: Separ, its pack and every dependency in one file, and its checksum.

    python scripts/build_offline.py [--out DIR] [--no-index --find-links DIR] [--repin]

The file is a zip application (the standard library's `zipapp` format): `python separ.pyz`
(`py separ.pyz` on Windows) runs Separ with any Python 3.10 or newer, with no installation and
no network. Everything is imported straight from the zip (zipimport) and every data file is read
from it through importlib.resources, so running it writes nothing next to it and nothing outside
Separ's data folder.

What the build needs: this checkout, Python 3.10 or newer with pip, and the dependencies as
wheels, from the package index or, with `--no-index --find-links DIR`, from a folder of wheels
(pip's own cache is used either way). Separ's own wheel is built without the network when
hatchling is installed. The dependencies are those of the project's metadata (pyproject.toml),
at the versions pinned in `scripts/offline-pins.txt`; `--repin` resolves them anew and rewrites
that file.

Only pure Python can go in: a compiled extension would run on one system and one Python only.
The build stops, loudly, at any dependency that ships one, unless `offline_deps.RULES` says how
Separ does without it (PyYAML's C loader, python-bidi's Rust one). The file is the same, byte
for byte, for the same source, pins and Python version (sorted entries, fixed timestamps and
modes), so that its SHA-256 checksum identifies it.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from offline_deps import (
    COMPILED_SUFFIXES,
    OLDEST,
    OLDEST_PYTHON,
    PINS,
    BuildError,
    check_pythons,
    checks,
    complete,
    install,
    installed,
    packaging_modules,
    pin_options,
    pinnable,
    pip,
    read_record,
    unpinned,
    write_pins,
)

REPO = Path(__file__).resolve().parent.parent
NAME = "separ.pyz"
SHEBANG = b"#!/usr/bin/env python3\n"
FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can hold

MAIN = f'''"""Run Separ from this one file: python separ.pyz [COMMAND] (py separ.pyz on Windows)."""
import sys

if sys.version_info < {OLDEST_PYTHON}:
    found = "%d.%d" % sys.version_info[:2]
    sys.stderr.write("Separ needs Python {OLDEST} or newer; this is Python " + found + ".\\n")
    sys.exit(1)

import zipimport

# zipimport compiles each module twice, once to learn its file name and once to run it (CPython
# issue gh-141276): keep the first, and Separ starts in little more than half the time.
if hasattr(zipimport, "_get_module_code"):
    _get_module_code = zipimport._get_module_code
    _first = {{}}

    def _get_module_code_once(importer, fullname):
        key = (importer.archive, fullname)
        found = _first.pop(key, None)
        if found is None:
            found = _first[key] = _get_module_code(importer, fullname)
        return found

    zipimport._get_module_code = _get_module_code_once

from separ.cli import main

sys.exit(main())
'''
"""The zip's entry point; it must still run on an old Python, to say why it cannot go on."""


# Staging -----------------------------------------------------------------------------------------


def build_wheel(work: Path, index: list[str]) -> Path:
    """Separ's own wheel, built from this checkout (with the pack inside, as pip installs it).

    Where this Python has every build requirement (hatchling...), they are used as they are,
    with no network; otherwise pip fetches them for the build, as for any install.
    """
    out = work / "wheel"
    isolation = ["--no-build-isolation"] if _has_build_requirements() else index
    pip("wheel", "--no-deps", *isolation, "-q", "-w", str(out), str(REPO))
    (wheel,) = out.glob("separ-*.whl")
    return wheel


def _has_build_requirements() -> bool:
    """Whether this Python has every requirement of pyproject.toml's [build-system]."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        from pip._vendor import tomli as tomllib
    _, requirements, _ = packaging_modules()
    with (REPO / "pyproject.toml").open("rb") as file:
        wanted = tomllib.load(file)["build-system"]["requires"]
    for line in wanted:
        requirement = requirements.Requirement(line)
        try:
            if not requirement.specifier.contains(version(requirement.name), prereleases=True):
                return False
        except PackageNotFoundError:
            return False
    return True


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
    """Run the copy with nothing but the standard library besides it: every module of Separ and
    every dependency imports (or passes its rule's check), and the pack passes its check."""
    isolated = [sys.executable, "-I", "-S"]
    commands = [
        [*isolated, "-c", f"import sys; sys.path.insert(0, sys.argv[1]); {code}", str(target)]
        for code in checks(installed(site))
    ]
    commands.append([*isolated, str(target), "check"])
    with tempfile.TemporaryDirectory(prefix="separ-verify-") as data:
        env = {**os.environ, "SEPAR_DATA_DIR": data}
        for command in commands:
            result = subprocess.run(command, capture_output=True, text=True, env=env)
            if result.returncode != 0:
                raise BuildError(
                    f"the built copy fails: {' '.join(command)}\n{result.stdout}{result.stderr}"
                )


def build(
    out: Path, index: list[str], bytecode: bool = False, repin: bool = False
) -> tuple[Path, str, list[str]]:
    """Build the offline copy into `out`; returns its path, its checksum and the changes made."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="separ-offline-") as temp:
        work = Path(temp)
        site = work / "site"
        wheel = build_wheel(work, index)
        index = [*index, *pin_options(repin)]
        install(site, [str(wheel)], index)
        notes = complete(site, index)
        dists = installed(site)
        check_pythons(dists)
        if repin:
            write_pins(dists)
            notes.append(f"pinned {len(pinnable(dists))} versions in {PINS.relative_to(REPO)}")
        else:
            notes += [f"not pinned: {d} (--repin pins it)" for d in unpinned(dists)]
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
    parser.add_argument(
        "--repin", action="store_true", help="resolve the dependencies anew and pin them"
    )
    args = parser.parse_args(argv)
    index = ["--no-index"] if args.no_index else []
    index += ["--find-links", args.find_links] if args.find_links else []
    try:
        target, digest, notes = build(args.out, index, args.bytecode, args.repin)
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

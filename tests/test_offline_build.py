"""scripts/build_offline.py and offline_deps.py: only pure Python goes in, nothing any target
needs is left out, and the same inputs give the same bytes.

Most tests here stage small made-up distributions; the python-bidi test installs the real one
with pip (from the package index or its cache).
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"

if not (SCRIPTS / "build_offline.py").is_file():
    pytest.skip("the build script is in the checkout, not the package", allow_module_level=True)

sys.path.insert(0, str(SCRIPTS))
import build_offline  # noqa: E402  (scripts/ is not a package)
import offline_deps  # noqa: E402
from offline_deps import RULES  # noqa: E402


def make_dist(
    site: Path,
    name: str,
    files: dict[str, str] | None = None,
    requires: tuple[str, ...] = (),
    requires_python: str = ">=3.8",
) -> None:
    """Stage an installed distribution: its files, METADATA and RECORD."""
    files = {f"{name}/__init__.py": "", **(files or {})}
    info = site / f"{name}-1.0.dist-info"
    info.mkdir(parents=True)
    metadata = [f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n"]
    metadata.append(f"Requires-Python: {requires_python}\n")
    metadata += [f"Requires-Dist: {requirement}\n" for requirement in requires]
    (info / "METADATA").write_text("".join(metadata), encoding="utf-8")
    for path, text in files.items():
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_text(text, encoding="utf-8")
    record = [*files, f"{info.name}/METADATA", f"{info.name}/RECORD"]
    (info / "RECORD").write_text("".join(f"{path},,\n" for path in record), encoding="utf-8")


def test_a_compiled_extension_without_a_rule_stops_the_build(tmp_path: Path) -> None:
    make_dist(tmp_path, "fastthing", {"fastthing/_speed.cpython-311-x86_64-linux-gnu.so": ""})
    with pytest.raises(offline_deps.BuildError) as error:
        offline_deps.apply_rules(tmp_path)
    message = str(error.value)
    assert "fastthing ships compiled code" in message
    assert "fastthing/_speed.cpython-311-x86_64-linux-gnu.so" in message
    assert "RULES" in message


def test_pyyaml_goes_in_without_its_c_loader(tmp_path: Path) -> None:
    extension = "yaml/_yaml.cpython-310-x86_64-linux-gnu.so"
    shim = "_yaml/__init__.py"
    make_dist(tmp_path, "PyYAML", {"yaml/__init__.py": "", extension: "", shim: ""})
    notes = offline_deps.apply_rules(tmp_path)
    assert not (tmp_path / extension).exists()
    assert not (tmp_path / shim).exists()
    assert (tmp_path / "yaml" / "__init__.py").is_file()
    assert notes and notes[0].startswith("pyyaml: left out")


def test_tidy_keeps_records_true_and_refuses_stray_compiled_files(tmp_path: Path) -> None:
    make_dist(tmp_path, "plain", {"plain/__pycache__/x.cpython-311.pyc": ""})
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin" / "plain").write_text("#!/somewhere/python\n", encoding="utf-8")
    build_offline.tidy(tmp_path)
    assert not (tmp_path / "bin").exists()
    assert not (tmp_path / "plain" / "__pycache__").exists()
    record = (tmp_path / "plain-1.0.dist-info" / "RECORD").read_text(encoding="utf-8")
    assert "__pycache__" not in record
    assert "plain/__init__.py" in record
    (tmp_path / "plain" / "stray.pyd").write_text("", encoding="utf-8")
    with pytest.raises(offline_deps.BuildError, match=r"plain/stray\.pyd"):
        build_offline.tidy(tmp_path)


def test_requirements_of_other_systems_and_pythons_are_found_missing(tmp_path: Path) -> None:
    make_dist(
        tmp_path,
        "separ",
        requires=(
            'winonly>=1; sys_platform == "win32"',
            'oldonly; python_version < "3.11"',
            'ancient; python_version < "3.8"',
            "pytest; extra == 'test'",
            "library[extra1]",
        ),
    )
    make_dist(tmp_path, "library", requires=('helper; extra == "extra1"', 'other; extra == "x"'))
    missing = offline_deps.missing_requirements(offline_deps.installed(tmp_path))
    assert missing == ["helper", "oldonly", "winonly>=1"]


def test_a_dependency_that_refuses_a_supported_python_stops_the_build(tmp_path: Path) -> None:
    make_dist(tmp_path, "separ", requires=("modern",))
    make_dist(tmp_path, "modern", requires_python=">=3.11")
    with pytest.raises(offline_deps.BuildError, match=r"modern requires Python >=3.11.*3\.10"):
        offline_deps.check_pythons(offline_deps.installed(tmp_path))


def test_the_same_files_give_the_same_bytes(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    for n, site in enumerate((first, second)):
        make_dist(site, "separ", {"separ/b.py": "B = 1\n", "separ/a.py": "A = 1\n"})
        for path in site.rglob("*"):
            os.utime(path, (1_700_000_000 + n * 1000, 1_700_000_000 + n * 1000))
    build_offline.write_pyz(first, tmp_path / "first.pyz")
    build_offline.write_pyz(second, tmp_path / "second.pyz")
    assert (tmp_path / "first.pyz").read_bytes() == (tmp_path / "second.pyz").read_bytes()
    with zipfile.ZipFile(tmp_path / "first.pyz") as archive:
        names = archive.namelist()
        assert names[0] == "__main__.py"
        assert names[1:] == sorted(names[1:])
        assert {info.date_time for info in archive.infolist()} == {build_offline.FIXED_TIME}
    assert (tmp_path / "first.pyz").read_bytes().startswith(b"#!/usr/bin/env python3\n")


def run_against(site: Path, code: str) -> subprocess.CompletedProcess[str]:
    """Run Python code with the staging folder first on the path and nothing else installed."""
    code = f"import sys; sys.path.insert(0, sys.argv[1]); {code}"
    return subprocess.run(
        [sys.executable, "-I", "-S", "-c", code, str(site)], capture_output=True, text=True
    )


def test_python_bidi_goes_in_without_its_rust_extension(tmp_path: Path) -> None:
    """python-bidi 0.5+ cannot even be imported without its extension; its pure-Python
    algorithm can, under a bare package, as Separ loads it."""
    site = tmp_path / "site"
    make_dist(site, "separ", requires=("python-bidi>=0.5",))
    offline_deps.install(site, ["python-bidi>=0.5"], [], deps=False)
    compiled = offline_deps.compiled_files(offline_deps.installed(site)["python-bidi"])
    assert compiled
    notes = offline_deps.complete(site, [])
    assert notes == [f"python-bidi: left out {', '.join(compiled)} ({RULES['python-bidi'].why})"]
    assert not any(site.rglob("*.so"))
    assert run_against(site, "import bidi").returncode != 0  # why the rule has its own check
    check = run_against(site, RULES["python-bidi"].check)
    assert check.returncode == 0, check.stderr


def test_the_copy_is_checked_module_by_module(tmp_path: Path) -> None:
    make_dist(tmp_path, "separ", {"separ/app/__init__.py": "", "separ/app/app.py": ""})
    make_dist(tmp_path, "plain_thing", {"plain_thing/inner.py": "", "helper.py": ""})
    make_dist(tmp_path, "PyYAML", {"yaml/__init__.py": ""})
    assert offline_deps.checks(offline_deps.installed(tmp_path)) == [
        "import helper, plain_thing",
        RULES["pyyaml"].check,
        "import separ, separ.app, separ.app.app",
    ]


def test_bytecode_goes_beside_the_source_where_zipimport_uses_it(tmp_path: Path) -> None:
    site = tmp_path / "site"
    make_dist(site, "separ", {"separ/answer.py": "ANSWER = 'from the bytecode'\n"})
    build_offline.compile_bytecode(site)
    compiled = site / "separ" / "answer.pyc"
    assert compiled.is_file()
    assert str(site).encode() not in compiled.read_bytes()  # no path of the build inside
    # Unchecked bytecode is used as it is: a changed source shows that it was.
    (site / "separ" / "answer.py").write_text("ANSWER = 'from the source'\n", encoding="utf-8")
    build_offline.write_pyz(site, tmp_path / "separ.pyz")
    code = "import sys; sys.path.insert(0, sys.argv[1]); import separ.answer as a; print(a.ANSWER)"
    result = subprocess.run(
        [sys.executable, "-I", "-S", "-c", code, str(tmp_path / "separ.pyz")],
        capture_output=True,
        text=True,
    )
    assert result.stdout == "from the bytecode\n", result.stderr


def test_pins_name_every_dependency_but_separ(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(offline_deps, "PINS", tmp_path / "pins.txt")
    site = tmp_path / "site"
    for name in ("separ", "textual", "python_bidi"):
        make_dist(site, name)
    offline_deps.write_pins(offline_deps.installed(site))
    lines = (tmp_path / "pins.txt").read_text(encoding="utf-8").splitlines()
    assert [line for line in lines if not line.startswith("#")] == [
        "python-bidi==1.0",
        "textual==1.0",
    ]
    assert offline_deps.unpinned(offline_deps.installed(site)) == []
    make_dist(site, "newcomer")
    assert offline_deps.unpinned(offline_deps.installed(site)) == ["newcomer==1.0"]

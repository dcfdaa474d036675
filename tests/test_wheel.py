"""`pip install .` gives a working Separ: the wheel carries the pack and runs from anywhere.

The wheel is built from this checkout without the network (no build isolation, no index), then
installed into a folder of its own and run from another directory, with only that folder on the
path for Separ itself (its dependencies come from the test environment).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

if importlib.util.find_spec("hatchling") is None and not os.environ.get("CI"):
    # CI installs the test extras, hatchling among them: there, a missing one fails the build.
    pytest.skip("building the wheel needs hatchling (the test extras)", allow_module_level=True)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation"]
    command += ["--no-index", "--disable-pip-version-check", "-q", "-w", str(out), str(REPO)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    (built,) = out.glob("separ-*.whl")
    return built


@pytest.fixture(scope="module")
def names(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        return archive.namelist()


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site")
    command = [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index"]
    command += ["--disable-pip-version-check", "-q", "--target", str(target), str(wheel)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    return target


def test_wheel_carries_every_guidance_file(names: list[str]) -> None:
    shipped = sorted(n for n in names if n.startswith("separ/pack_data/guidance/"))
    expected = sorted(f"separ/pack_data/{p}" for p in pack_files("guidance"))
    assert expected
    assert shipped == expected  # translations (guidance/fa/) included


def test_wheel_carries_every_seed_and_the_catalogue(names: list[str]) -> None:
    for path in (REPO / "seeds").glob("*.txt"):
        assert f"separ/pack_data/seeds/{path.name}" in names
    assert "separ/pack_data/seeds/sources.yaml" in names


def test_wheel_carries_the_trusted_folder(names: list[str]) -> None:
    for path in (REPO / "trusted").rglob("*"):
        if path.is_file():
            assert (
                f"separ/pack_data/trusted/{path.relative_to(REPO / 'trusted').as_posix()}" in names
            )


def pack_files(folder: str) -> list[str]:
    """Every file of a pack folder of this checkout, subfolders included, relative to REPO."""
    return sorted(p.relative_to(REPO).as_posix() for p in (REPO / folder).rglob("*") if p.is_file())


def test_wheel_carries_the_situations_and_help_with_their_translations(names: list[str]) -> None:
    for folder in ("situations", "help"):
        files = pack_files(folder)
        assert [f for f in files if f.endswith(".yaml") and "/fa/" not in f]
        assert [f for f in files if f.startswith(f"{folder}/fa/")]
        for path in files:
            assert f"separ/pack_data/{path}" in names


def test_wheel_pack_files_are_byte_identical(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        for folder in ("guidance", "seeds", "situations", "help"):
            for path in pack_files(folder):
                packed = archive.read(f"separ/pack_data/{path}")
                assert packed == (REPO / path).read_bytes(), path


def test_wheel_carries_the_compiled_catalogs(wheel: Path, names: list[str]) -> None:
    """The .po files are compiled at build time (hatch_build.py); the .mo files are not in git."""
    catalogs = REPO / "src" / "separ" / "i18n" / "locale"
    for po in catalogs.glob("*/LC_MESSAGES/separ.po"):
        mo = f"separ/i18n/locale/{po.parent.parent.name}/LC_MESSAGES/separ.mo"
        assert mo in names
        with zipfile.ZipFile(wheel) as archive:
            assert archive.read(mo)[:4] in (b"\xde\x12\x04\x95", b"\x95\x04\x12\xde")


def test_installed_wheel_speaks_persian(installed: Path, tmp_path: Path) -> None:
    result = run_installed(
        installed, tmp_path, sys.executable, "-m", "separ", "--lang", "fa", "check"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("همه پیدا شدند")


def test_installed_wheel_shows_the_situations_in_persian(installed: Path, tmp_path: Path) -> None:
    result = run_installed(
        installed, tmp_path, sys.executable, "-m", "separ", "--lang", "fa", "situations"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    ident, title = result.stdout.splitlines()[0].split("\t")
    assert ident == "someone-unknown-contacted-me"
    assert title == "کسی که نمی‌شناسم با من تماس گرفته، یا می‌خواهد به گروه ما بپیوندد"


def test_wheel_declares_the_separ_command(wheel: Path, names: list[str]) -> None:
    (entry_points,) = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
    with zipfile.ZipFile(wheel) as archive:
        text = archive.read(entry_points).decode()
    assert "[console_scripts]" in text
    assert "separ = separ.cli:main" in text


def test_wheel_leaves_out_tests_ci_and_bytecode(names: list[str]) -> None:
    assert not [n for n in names if n.startswith(("tests/", ".ci/", "benchmarks/"))]
    assert not [n for n in names if "/tests/" in n or "/.ci/" in n]
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    assert all(n.startswith(("separ/", "separ-")) for n in names)


def run_installed(installed: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(installed)  # Separ from the wheel only, not from src/
    env["NO_COLOR"] = "1"
    return subprocess.run(list(args), cwd=cwd, env=env, capture_output=True, text=True, timeout=60)


def test_installed_wheel_checks_its_pack_from_any_directory(
    installed: Path, tmp_path: Path
) -> None:
    where = run_installed(
        installed, tmp_path, sys.executable, "-c", "import separ; print(separ.__file__)"
    )
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()).is_relative_to(installed)
    result = run_installed(installed, tmp_path, sys.executable, "-m", "separ", "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("citations, all found")


@pytest.mark.skipif(os.name != "posix", reason="the script's layout differs on Windows")
def test_installed_console_script_runs(installed: Path, tmp_path: Path) -> None:
    script = installed / "bin" / "separ"
    assert script.is_file()
    result = run_installed(installed, tmp_path, str(script), "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("citations, all found")

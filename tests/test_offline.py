"""The offline copy: one file, run by a Python without Separ's dependencies, with no network.

The copy is built once for the session by `scripts/build_offline.py` (pip reads the package
index or its cache for the dependencies' wheels). Every run happens in a fresh folder, under a
fresh virtual environment that has nothing installed, with internet sockets refused (and in a
network namespace of its own where `unshare` allows), and with its home, temporary and data
folders pointed at folders the test watches.
"""

from __future__ import annotations

import hashlib
import os
import re
import select
import shutil
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from separ.pack import load_pack

REPO = Path(__file__).resolve().parent.parent
BUILD = REPO / "scripts" / "build_offline.py"

if not BUILD.is_file():
    pytest.skip("the build script is in the checkout, not the package", allow_module_level=True)

GUARD = '''\
"""Run a zip application with every internet socket and name lookup refused, and noted."""
import os, runpy, socket, sys

def refuse(*args, **kwargs):
    with open(os.environ["OFFLINE_TEST_ATTEMPTS"], "a") as log:
        log.write(f"network attempt: {args!r}\\n")
    raise OSError("the offline test refuses the network")

class Guarded(socket.socket):
    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None and family != getattr(socket, "AF_UNIX", None):
            refuse(family, type)
        super().__init__(family, type, proto, fileno)

socket.socket = Guarded
socket.create_connection = socket.getaddrinfo = socket.gethostbyname = refuse
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")
'''


@pytest.fixture(scope="session")
def offline_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/separ.pyz, built once for the session into a temporary folder."""
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [sys.executable, str(BUILD), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    unpinned = [line for line in result.stdout.splitlines() if "not pinned" in line]
    assert not unpinned, f"run: python scripts/build_offline.py --repin\n{unpinned}"
    return out / "separ.pyz"


@pytest.fixture(scope="session")
def bare_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The python of a fresh virtual environment with nothing installed in it."""
    venv = tmp_path_factory.mktemp("bare-venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    scripts = venv / ("Scripts" if os.name == "nt" else "bin")
    return scripts / ("python.exe" if os.name == "nt" else "python")


@dataclass
class Place:
    """A fresh machine, as far as Separ can tell: folders to run in and to watch."""

    root: Path
    copy: Path
    """The offline copy, alone in a folder of its own (as on a USB stick)."""
    work: Path
    """The working directory."""
    home: Path
    temp: Path
    data: Path
    attempts: Path
    """Where the guard notes any network attempt; it must never appear."""

    def env(self) -> dict[str, str]:
        """A clean environment that points every folder Separ could use into this place."""
        env = {
            "PATH": os.environ.get("PATH", ""),
            "HOME": str(self.home),
            "USERPROFILE": str(self.home),
            "XDG_DATA_HOME": str(self.home / ".local" / "share"),
            "XDG_CONFIG_HOME": str(self.home / ".config"),
            "XDG_CACHE_HOME": str(self.home / ".cache"),
            "XDG_DOCUMENTS_DIR": str(self.home / "Documents"),
            "TMPDIR": str(self.temp),
            "SEPAR_DATA_DIR": str(self.data),
            "OFFLINE_TEST_ATTEMPTS": str(self.attempts),
            "NO_COLOR": "1",
            "LANG": "C.UTF-8",
        }
        return env

    def files(self) -> set[str]:
        """Every file under this place, relative to it."""
        return {p.relative_to(self.root).as_posix() for p in self.root.rglob("*") if p.is_file()}

    def files_outside_data(self) -> set[str]:
        """Every file under this place but those in Separ's data folder."""
        data = self.data.relative_to(self.root).as_posix() + "/"
        return {f for f in self.files() if not f.startswith(data)}


@pytest.fixture
def place(tmp_path: Path, offline_copy: Path) -> Place:
    root = tmp_path / "machine"
    usb = root / "usb"
    for folder in (usb, root / "work", root / "home", root / "temp"):
        folder.mkdir(parents=True)
    shutil.copy2(offline_copy, usb / offline_copy.name)
    return Place(
        root,
        usb / offline_copy.name,
        root / "work",
        root / "home",
        root / "temp",
        root / "home" / "separ-data",
        tmp_path / "network-attempts.log",
    )


def _no_network_prefix() -> list[str]:
    """`unshare -rn` where it works: a network namespace with no way out at all."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-rn", "true"], capture_output=True).returncode == 0:
        return [unshare, "-rn"]
    return []


NO_NETWORK = _no_network_prefix()


def command(place: Place, python: Path, *args: str) -> list[str]:
    """The command line that runs the copy with these arguments, guarded."""
    guard = place.root.parent / "guard.py"
    guard.write_text(GUARD, encoding="utf-8")
    return [*NO_NETWORK, str(python), str(guard), str(place.copy), *args]


def separ(place: Place, python: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    """Run the offline copy in the place's working directory."""
    return subprocess.run(
        command(place, python, *args),
        cwd=place.work,
        env=place.env(),
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


# The file itself -------------------------------------------------------------------------------


def test_the_copy_comes_with_its_checksum(offline_copy: Path) -> None:
    line = offline_copy.with_name("separ.pyz.sha256").read_text(encoding="ascii")
    digest = hashlib.sha256(offline_copy.read_bytes()).hexdigest()
    assert line == f"{digest}  separ.pyz\n"  # what `sha256sum -c separ.pyz.sha256` reads


@pytest.mark.skipif(shutil.which("sha256sum") is None, reason="needs sha256sum (coreutils)")
def test_sha256sum_checks_the_copy_against_its_checksum_file(offline_copy: Path) -> None:
    check = [shutil.which("sha256sum") or "", "-c", "separ.pyz.sha256"]
    result = subprocess.run(check, cwd=offline_copy.parent, capture_output=True, text=True)
    assert result.stdout == "separ.pyz: OK\n", result.stderr


def test_the_readme_tells_how_to_check_a_copy_on_every_system() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for command in (
        "sha256sum separ.pyz",
        "shasum -a 256 separ.pyz",
        "Get-FileHash separ.pyz -Algorithm SHA256",
        "python scripts/build_offline.py",
        "py separ.pyz",
    ):
        assert command in readme


def test_the_copy_holds_no_compiled_code_bytecode_or_paths_of_the_build(
    offline_copy: Path,
) -> None:
    with zipfile.ZipFile(offline_copy) as archive:
        names = archive.namelist()
        assert not [n for n in names if n.lower().endswith((".so", ".pyd", ".dylib", ".dll"))]
        assert not [n for n in names if n.endswith(".pyc") or "__pycache__" in n]
        assert not [n for n in names if n.startswith("bin/") or n.endswith("direct_url.json")]
        for name in names:
            assert str(REPO).encode() not in archive.read(name), name
    assert "__main__.py" in names
    assert "separ/pack_data/guidance/01-know-who-you-talk-to.yaml" in names
    assert "textual/app.py" in names


def test_the_bare_python_really_lacks_separs_dependencies(bare_python: Path) -> None:
    for module in ("textual", "yaml", "platformdirs", "publicsuffixlist"):
        result = subprocess.run([str(bare_python), "-c", f"import {module}"], capture_output=True)
        assert result.returncode != 0, f"{module} is importable: the test would prove nothing"


def test_separ_reads_its_own_files_through_importlib_resources() -> None:
    """In the copy, Separ's files are inside a zip: a path built from `__file__`, or Textual's
    CSS_PATH, names nothing on disk. Read them with importlib.resources.files("separ...")."""
    source = REPO / "src" / "separ"
    allowed = {
        "pack/files.py",  # the source checkout's pack, used only outside any package
        "package_data.py",  # a package's folder on disk, else importlib.resources (the copy)
    }
    for path in sorted(source.rglob("*.py")):
        code = "\n".join(line.split("#")[0] for line in path.read_text("utf-8").splitlines())
        name = path.relative_to(source).as_posix()
        assert "CSS_PATH" not in code, f"{name}: CSS_PATH cannot be read from the offline copy"
        if name not in allowed:
            assert "__file__" not in code, f"{name}: __file__ names no file in the offline copy"


# Commands from the copy ------------------------------------------------------------------------


def test_check_export_and_link_run_from_the_copy_with_no_network(
    place: Place, bare_python: Path
) -> None:
    check = separ(place, bare_python, "check")
    assert check.returncode == 0, check.stderr
    assert check.stdout.strip().endswith("citations, all found")

    export = separ(place, bare_python, "export", "--format", "text")
    assert export.returncode == 0, export.stderr
    assert "Know who you are talking to" in export.stdout

    saved = separ(place, bare_python, "export", "--format", "html", "-o", "sheet.html")
    assert saved.returncode == 0, saved.stderr
    assert (place.work / "sheet.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")

    warning = separ(place, bare_python, "link", "https://instagram.com.verify-account.net/login")
    assert warning.returncode == 1, warning.stderr
    assert "imitates instagram.com" in warning.stdout
    calm = separ(place, bare_python, "link", "-", stdin="https://www.amnesty.org/en/\n")
    assert calm.returncode == 0, calm.stdout + calm.stderr

    assert not place.attempts.exists(), place.attempts.read_text()
    assert place.files_outside_data() == {"usb/separ.pyz", "work/sheet.html"}


def test_ticks_stay_in_the_data_folder_and_wipe_removes_them(
    place: Place, bare_python: Path
) -> None:
    tick = separ(place, bare_python, "tick", "verify-identity-before-sharing")
    assert tick.returncode == 0, tick.stderr
    listed = separ(place, bare_python, "list")
    assert "verify-identity-before-sharing\tknow-who-you-talk-to\tessential\tdone" in listed.stdout
    assert place.files_outside_data() == {"usb/separ.pyz"}

    wipe = separ(place, bare_python, "wipe", "--yes")
    assert wipe.returncode == 0, wipe.stderr
    assert place.files() == {"usb/separ.pyz"}
    assert not place.attempts.exists()


def test_no_save_writes_nothing_at_all(place: Place, bare_python: Path) -> None:
    for args in (("tick", "verify-identity-before-sharing"), ("trust", "add", "mygroup.org")):
        result = separ(place, bare_python, *args, "--no-save")
        assert result.returncode == 0, result.stderr
    assert place.files() == {"usb/separ.pyz"}
    assert not place.data.exists()


COUNT_COMPILES = """
import atexit, builtins, collections, runpy, sys
compiled = collections.Counter()
original = builtins.compile
def counting(source, filename, *args, **kwargs):
    compiled[filename] += 1
    return original(source, filename, *args, **kwargs)
builtins.compile = counting
@atexit.register
def report():  # __main__.py itself is compiled (twice) before it can change anything
    inside = [n for f, n in compiled.items() if "separ.pyz" in f and "__main__" not in f]
    print(len(inside), max(inside))
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def test_each_module_is_compiled_once(place: Place, bare_python: Path) -> None:
    """zipimport by itself compiles every module twice (CPython gh-141276); the copy does not."""
    result = subprocess.run(
        [str(bare_python), "-c", COUNT_COMPILES, str(place.copy), "--version"],
        env=place.env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    modules, most = result.stdout.splitlines()[-1].split()
    assert int(modules) > 10  # separ.cli, argparse's users... were imported from the copy
    assert most == "1"


def test_an_old_python_is_told_what_it_needs(offline_copy: Path, tmp_path: Path) -> None:
    entry = tmp_path / "__main__.py"
    entry.write_bytes(zipfile.ZipFile(offline_copy).read("__main__.py"))
    as_if_old = (
        "import sys; sys.version_info = (3, 9, 18, 'final', 0); exec(open(sys.argv[1]).read())"
    )
    result = subprocess.run(
        [sys.executable, "-c", as_if_old, str(entry)], capture_output=True, text=True
    )
    assert result.returncode == 1
    assert result.stderr == "Separ needs Python 3.10 or newer; this is Python 3.9.\n"


# The app from the copy -------------------------------------------------------------------------

ESCAPES = re.compile(rb"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[@-Z\\-_])")


def run_app_in_a_terminal(place: Place, python: Path, *args: str) -> tuple[int, str]:
    """Start the app from the copy in an 80x24 pseudo-terminal, wait for its first screen,
    press q, and return its exit status and what it drew (escape sequences removed)."""
    pty = pytest.importorskip("pty")
    import fcntl
    import struct
    import termios

    env = {**place.env(), "TERM": "xterm-256color"}
    env.pop("NO_COLOR")
    argv = command(place, python, *args)
    pid, fd = pty.fork()
    if pid == 0:  # the child becomes the copy
        os.chdir(place.work)
        os.execvpe(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    seen = b""
    deadline = time.monotonic() + 60
    pressed = False
    status = None
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.1)
            if ready:
                try:
                    seen += os.read(fd, 65536)
                except OSError:  # the child has gone and closed the terminal
                    break
            if not pressed and b"palette" in seen:  # the footer of the first full frame
                os.write(fd, b"q")
                pressed = True
            done, code = os.waitpid(pid, os.WNOHANG)
            if done:
                status = os.waitstatus_to_exitcode(code)
                break
    finally:
        if status is None:
            os.kill(pid, 9)
            status = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
        os.close(fd)
    return status, ESCAPES.sub(b"", seen).decode("utf-8", "replace")


@pytest.mark.skipif(os.name != "posix", reason="the test drives a POSIX pseudo-terminal")
def test_the_app_opens_from_the_copy_and_quits(place: Place, bare_python: Path) -> None:
    status, screen = run_app_in_a_terminal(place, bare_python)
    assert status == 0, screen[-2000:]
    items = len(load_pack().items)
    for text in ("Sections", "Know who you are talking to", f"Overall 0/{items}"):
        assert text in screen
    assert not place.attempts.exists()
    assert place.files_outside_data() == {"usb/separ.pyz"}


@pytest.mark.skipif(os.name != "posix", reason="the test drives a POSIX pseudo-terminal")
def test_the_app_with_no_save_writes_nothing(place: Place, bare_python: Path) -> None:
    status, screen = run_app_in_a_terminal(place, bare_python, "--no-save")
    assert status == 0, screen[-2000:]
    assert "This session saves nothing" in screen
    assert place.files() == {"usb/separ.pyz"}


@pytest.mark.skipif(os.name != "posix", reason="the test drives a POSIX pseudo-terminal")
def test_the_copy_remembers_its_checked_pack_and_opens_from_it(
    place: Place, bare_python: Path
) -> None:
    """The copy reads YAML without PyYAML's C loader: from its second start it reads the pack
    it checked before from the progress store, and `separ wipe` removes that too."""
    import sqlite3

    from separ.pack.cache import SETTING

    first, _screen = run_app_in_a_terminal(place, bare_python)
    assert first == 0
    database = sqlite3.connect(place.data / "progress.sqlite3")
    kept = database.execute("SELECT key, value FROM settings WHERE key LIKE ?", (f"{SETTING}:%",))
    [(key, value)] = kept.fetchall()
    # Marked, so that the next start shows whether it read the remembered pack.
    title = load_pack().items[0].title
    marked = value.replace(f'"{title}"', '"Remembered"')
    assert marked != value
    with database:
        database.execute("UPDATE settings SET value = ? WHERE key = ?", (marked, key))
    database.close()
    status, screen = run_app_in_a_terminal(place, bare_python)
    assert status == 0, screen[-2000:]
    assert "[ ] ● Remembered" in screen
    assert separ(place, bare_python, "wipe", "--yes").returncode == 0
    assert place.files() == {"usb/separ.pyz"}

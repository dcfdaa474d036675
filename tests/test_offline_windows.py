"""What differs on Windows, tested here on Linux where it can be: text piped in a code page.

On Windows, Python reads a pipe with the system's ANSI code page (cp1252 in western Europe),
while PowerShell 7, editors and most tools write UTF-8. PYTHONIOENCODING=cp1252 makes Linux's
Python behave the same way for standard input and output.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import separ

CYRILLIC_APPLE = "https://аррӏе.com/login"  # а р р ӏ е: Cyrillic letters that look Latin


def link_from_a_pipe(data: bytes, code_page: str = "cp1252") -> subprocess.CompletedProcess[bytes]:
    """`separ link -` with these bytes piped in, read as a Python with this code page would."""
    env = {**os.environ, "NO_COLOR": "1", "PYTHONIOENCODING": code_page}
    env["PYTHONPATH"] = str(Path(separ.__file__).resolve().parent.parent)
    return subprocess.run(
        [sys.executable, "-m", "separ", "link", "-"],
        input=data,
        env=env,
        capture_output=True,
        timeout=60,
    )


def test_piped_links_are_read_as_utf8_whatever_the_code_page() -> None:
    result = link_from_a_pipe(f"{CYRILLIC_APPLE}\n".encode())
    assert result.returncode == 1, result.stderr.decode()
    out = result.stdout.decode("utf-8")  # Separ writes UTF-8 to a pipe, whatever the code page
    assert "WARNING: this link imitates apple.com" in out
    assert "аррӏе.com" in out
    assert "xn--80ak6aa92e.com" in out


def test_a_byte_order_mark_before_the_first_link_is_skipped() -> None:
    """Notepad and Windows PowerShell's `Out-File -Encoding utf8` start files with one."""
    result = link_from_a_pipe(f"\ufeff{CYRILLIC_APPLE}\n".encode(), code_page="utf-8")
    assert result.returncode == 1, result.stderr.decode()
    assert "WARNING: this link imitates apple.com" in result.stdout.decode()


def test_bytes_that_are_not_utf8_are_reported_not_a_traceback() -> None:
    result = link_from_a_pipe(b"https://caf\xe9.example/\n")
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr
    assert b"not a link" in result.stderr

"""Run the `separ` command as a person would, in a subprocess, for the CLI tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import separ


def run_separ(
    *args: str, cwd: Path | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `python -m separ` with this test's folders and the same package, without colour."""
    env = dict(os.environ)
    env["NO_COLOR"] = "1"
    # The package this test imported: the installed one in CI, src/ in a checkout.
    env["PYTHONPATH"] = str(Path(separ.__file__).resolve().parent.parent)
    return subprocess.run(
        [sys.executable, "-m", "separ", *args],
        cwd=cwd,
        env=env,
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )

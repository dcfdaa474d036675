"""Every benchmark script imports: a name renamed in a sibling script, or in Separ, shows here
rather than when someone next measures (benchmarks/offline.py once stopped at its import)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
SCRIPTS = sorted(BENCHMARKS.glob("*.py"))


def test_there_are_benchmarks() -> None:
    assert len(SCRIPTS) >= 4


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_the_script_imports(script: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location(f"bench_{script.stem}", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)  # not run: each measures under `__main__` only
    except ModuleNotFoundError as missing:
        local = {p.stem for p in SCRIPTS}
        if missing.name in local or (missing.name or "").startswith("separ"):
            raise
        pytest.skip(f"needs {missing.name} (pip install -e '.[bench]')")
    finally:
        sys.modules.pop(f"bench_{script.stem}", None)

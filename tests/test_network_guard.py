"""Separ never touches the network: the tests cannot, and the source imports no network client."""

from __future__ import annotations

import ast
import socket
from pathlib import Path

import pytest
import pytest_socket

import separ

REPO_SOURCE = Path(__file__).resolve().parent.parent / "src" / "separ"
# The checkout's source where there is one, else the installed package (the same files).
SOURCE = REPO_SOURCE if REPO_SOURCE.is_dir() else Path(separ.__file__).resolve().parent
NETWORK_MODULES = (
    "aiohttp",
    "ftplib",
    "http.client",
    "httpx",
    "requests",
    "smtplib",
    "socket",
    "urllib.request",
    "urllib3",
    "websockets",
)


def is_network(module: str) -> bool:
    return any(module == name or module.startswith(f"{name}.") for name in NETWORK_MODULES)


def network_imports(path: Path) -> list[str]:
    """Every network module a Python file imports, as 'line: module'."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        else:
            continue
        found += [f"{node.lineno}: {m}" for m in modules if is_network(m)]
    return found


@pytest.mark.filterwarnings("ignore:A test tried to use socket")
def test_sockets_are_blocked_in_tests() -> None:
    with pytest.raises(pytest_socket.SocketBlockedError):
        socket.create_connection(("127.0.0.1", 9), timeout=1)


def test_source_imports_no_network_client() -> None:
    files = sorted(SOURCE.rglob("*.py"))
    assert len(files) > 5
    offending = {str(p.relative_to(SOURCE)): network_imports(p) for p in files}
    assert {name: found for name, found in offending.items() if found} == {}


@pytest.mark.parametrize(
    "source",
    [
        "import requests",
        "import urllib.request",
        "from urllib import request",
        "from http import client",
        "import http.client as hc",
        "from socket import create_connection",
        "import httpx, os",
    ],
)
def test_scan_finds_each_form_of_network_import(tmp_path: Path, source: str) -> None:
    path = tmp_path / "module.py"
    path.write_text(source + "\n")
    assert network_imports(path)


@pytest.mark.parametrize(
    "source", ["import urllib.parse", "from http import HTTPStatus", "import os"]
)
def test_scan_allows_modules_that_do_not_connect(tmp_path: Path, source: str) -> None:
    path = tmp_path / "module.py"
    path.write_text(source + "\n")
    assert network_imports(path) == []

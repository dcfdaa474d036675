"""Timing one link check, shared by the link benchmarks (generated look-alikes, real reports)."""

from __future__ import annotations

import time

from separ.links.checker import LinkChecker
from separ.links.url import NotALink
from separ.links.verdict import Verdict


def timed_check(checker: LinkChecker, link: str, times: list[float]) -> Verdict | None:
    """Check one link and record how long it took (None for input that is not a link)."""
    start = time.perf_counter()
    try:
        verdict = checker.check(link)
    except NotALink:
        verdict = None
    times.append(time.perf_counter() - start)
    return verdict

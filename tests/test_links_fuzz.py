"""Look-alikes made by an independent engine (dnstwist's fuzzer, offline) are caught.

A small, fast version of benchmarks/links.py: a few trusted domains, every look-alike of the
classes with a recall target. The full measurement is the benchmark.
"""

from __future__ import annotations

from collections import Counter

import pytest

from separ.links.checker import LinkChecker
from separ.links.trusted import load_trusted

dnstwist = pytest.importorskip("dnstwist")

TARGET_CLASSES = (
    "homoglyph",
    "transposition",
    "replacement",
    "omission",
    "insertion",
    "repetition",
    "subdomain",
    "tld-swap",
)
DOMAINS = ("instagram.com", "amnesty.org", "signal.org", "telegram.org", "en-hrana.org")
TLDS = ["com", "net", "org", "info", "io", "me", "app", "xyz", "ir", "co.uk", "de", "online"]


@pytest.fixture(scope="module")
def checker() -> LinkChecker:
    """The shipped trusted list."""
    return LinkChecker(load_trusted(None))


def test_fuzzed_look_alikes_are_caught_in_every_target_class(checker: LinkChecker) -> None:
    made: Counter[str] = Counter()
    caught: Counter[str] = Counter()
    for domain in DOMAINS:
        owner = checker.trusted.owner_of(domain)
        fuzzer = dnstwist.Fuzzer(domain, tld_dictionary=TLDS)
        fuzzer.generate(fuzzers=list(TARGET_CLASSES))
        for permutation in fuzzer.permutations():
            kind, host = permutation["fuzzer"], permutation["domain"]
            if kind not in TARGET_CLASSES or checker.trusted.find(host) is not None:
                continue
            made[kind] += 1
            verdict = checker.check(f"https://{host}/")
            if owner in {checker.trusted.owner_of(r.trusted) for r in verdict.reasons if r.trusted}:
                caught[kind] += 1
    for kind in TARGET_CLASSES:
        assert made[kind] > 0, kind
        assert caught[kind] / made[kind] >= 0.95, (kind, caught[kind], made[kind])

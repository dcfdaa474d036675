"""Hostile or broken trusted/*.yaml files: refused at their place, quickly, never a traceback.

The trusted lists are read by the same node-level reader as the guidance, so tags, aliases and
duplicate keys are refused, and every problem is one line `path:line:column: what is wrong`, in
`separ check`, in `separ link`, and in the app (which then uses the person's own list only).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from clihelp import run_separ
from separ.app.link_screen import LinkScreen
from separ.links.trusted import TrustedListError, load_trusted
from separ.pack import load_pack
from separ.progress import ProgressStore

PLACE = re.compile(r"^\S*trusted/(\w+)\.yaml:(\d+):(\d+): ", re.MULTILINE)

ALIAS_BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
)


def write(pack: Path, name: str, text: str | bytes) -> Path:
    """Replace one file of the pack's trusted/ folder."""
    path = pack / "trusted" / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def problems(pack: Path) -> list[str]:
    """The problems load_trusted reports for a pack, as printed lines."""
    with pytest.raises(TrustedListError) as caught:
        load_trusted(pack)
    return [str(p) for p in caught.value.problems]


def test_a_second_sites_key_is_refused_not_an_empty_list(pack_copy: Path) -> None:
    text = (pack_copy / "trusted" / "sites.yaml").read_text(encoding="utf-8")
    write(pack_copy, "sites.yaml", text + "sites: []\n")
    lines = problems(pack_copy)
    assert any("duplicate field 'sites' in site list (first at line" in line for line in lines)
    assert all(PLACE.match(line) for line in lines)


def test_an_alias_bomb_is_refused_at_once(pack_copy: Path) -> None:
    write(pack_copy, "shorteners.yaml", ALIAS_BOMB + "shorteners: *i\n")
    lines = problems(pack_copy)  # composed as shared nodes, never expanded: no minutes, no GB
    assert any(
        re.search(r"shorteners\.yaml:2:\d+: aliases \(\*name\) are not supported", line)
        for line in lines
    ), lines


def test_a_tag_is_refused_at_its_place(pack_copy: Path) -> None:
    write(pack_copy, "hosting.yaml", "dynamic_dns: !!python/object:os.system [ls]\n")
    assert any(
        line.endswith(
            "hosting.yaml:1:14: the tag !!python/object:os.system is not allowed; "
            "use plain YAML values"
        )
        for line in problems(pack_copy)
    )


def test_invalid_utf8_is_reported_with_its_place(pack_copy: Path) -> None:
    write(pack_copy, "indicators.yaml", b"reports:\n  - report: \xff\xfe\n")
    lines = problems(pack_copy)
    assert len(lines) == 1 and PLACE.match(lines[0]) and "not UTF-8" in lines[0]


def test_deep_nesting_is_reported_not_a_crash(pack_copy: Path) -> None:
    write(pack_copy, "sites.yaml", "sites: " + "[" * 100_000 + "]" * 100_000 + "\n")
    lines = problems(pack_copy)
    assert lines and all(PLACE.match(line) for line in lines)


def test_a_bad_domain_is_named_by_line_and_column_not_by_site_number(pack_copy: Path) -> None:
    write(
        pack_copy,
        "sites.yaml",
        "sites:\n  - owner: X\n    why: safety\n    domains:\n"
        "      - ok.org\n      - exa mple.org\n",
    )
    assert any(
        line.endswith("sites.yaml:6:9: exa mple.org: this has spaces in it; a link has none")
        for line in problems(pack_copy)
    )


def test_an_unknown_why_is_refused(pack_copy: Path) -> None:
    write(pack_copy, "sites.yaml", "sites:\n  - owner: X\n    why: party\n    domains: [x.org]\n")
    assert any("sites.yaml:3:10: 'why' must be one of" in line for line in problems(pack_copy))


def test_a_reported_address_may_not_be_a_shared_ending_or_a_trusted_site(pack_copy: Path) -> None:
    write(
        pack_copy,
        "indicators.yaml",
        'reports:\n  - report: R\n    publisher: P\n    date: "2024"\n'
        "    addresses: [glitch.me, mail.google.com, example.live]\n",
    )
    lines = problems(pack_copy)
    assert any("indicators.yaml:5:17: glitch.me: this is an ending" in line for line in lines)
    assert any(
        "indicators.yaml:5:28: mail.google.com: this is on the trusted list" in line
        for line in lines
    )
    # Even when the list is read without those checks, they never match.
    trusted = load_trusted(pack_copy, strict=False)
    assert trusted.reported.find("x.glitch.me", trusted) is None
    assert trusted.reported.find("example.live", trusted) is not None


@pytest.mark.parametrize("command", [["check"], ["link", "example.org"]])
def test_the_cli_prints_places_and_no_traceback(pack_copy: Path, command: list[str]) -> None:
    write(pack_copy, "shorteners.yaml", ALIAS_BOMB + "shorteners: *i\n")
    done = run_separ(*command, "--pack", str(pack_copy))
    output = done.stdout + done.stderr
    assert done.returncode in (1, 2)
    assert "Traceback" not in output
    assert PLACE.search(output), output


async def test_the_app_sets_a_broken_list_aside_and_uses_the_persons_own(
    pack_copy: Path, data_dir: Path
) -> None:
    write(pack_copy, "indicators.yaml", b"\xff")
    store = ProgressStore(data_dir)
    store.add_trusted("mygroup.org")
    screen = LinkScreen.for_app(load_pack(pack_copy), store)
    assert "indicators.yaml:1:1" in screen.notice
    assert screen.checker.check("mygroup.net").imitates == "mygroup.org"
    store.close()

"""The pack stays inside the pack: links out of it, pipes, devices, folders where a file belongs
and oversized files are refused with a `path:` message, and nothing of them is read.
"""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path

import pytest

from clihelp import run_separ
from separ.pack import check_pack
from separ.pack.files import MAX_DOCUMENT_BYTES, MAX_YAML_BYTES, PACK_FOLDERS
from separ.pack.format import MAX_QUOTE
from separ.pack.quotes import SearchableText
from test_pack_errors import SECTION, write_pack
from test_pack_format import readme_section

SECRET = "root:x:0:0:SECRET-PASSWORD-LINE:/root:/bin/bash\nDo not click links from strangers.\n"
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX links and pipes")


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    """A small pack that passes its checks."""
    return write_pack(tmp_path / "pack")


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    """A file outside the pack that a link in it may point at."""
    path = tmp_path / "outside" / "passwd"
    path.parent.mkdir()
    path.write_text(SECRET, encoding="utf-8")
    return path


def messages(root: Path) -> list[str]:
    """Every problem `check_pack` finds, as printed."""
    pack, problems = check_pack(root)
    assert (pack is None) == bool(problems)
    return [str(problem) for problem in problems]


def test_the_small_pack_passes(pack: Path) -> None:
    assert messages(pack) == []


# Links out of the pack ------------------------------------------------------------------------


@posix_only
def test_a_seed_linked_outside_the_pack_is_refused_and_not_read(pack: Path, secret: Path) -> None:
    (pack / "seeds" / "doc.txt").unlink()
    (pack / "seeds" / "doc.txt").symlink_to(secret)
    result = run_separ("check", "--pack", str(pack))
    assert result.returncode == 1
    assert f"seeds/doc.txt:1:1: a link to {secret}, outside the pack" in result.stdout
    assert "SECRET" not in result.stdout + result.stderr
    exported = run_separ("export", "--pack", str(pack))
    assert exported.returncode == 1
    assert "SECRET" not in exported.stdout + exported.stderr


@posix_only
@pytest.mark.parametrize("folder", PACK_FOLDERS)
def test_a_link_outside_the_pack_is_refused_in_every_folder(
    pack: Path, secret: Path, folder: str
) -> None:
    (pack / folder).mkdir(exist_ok=True)
    (pack / folder / "extra.yaml").symlink_to(secret)
    (problem,) = messages(pack)
    assert f"{folder}/extra.yaml:1:1: a link to {secret}, outside the pack" in problem


@posix_only
def test_a_folder_linked_outside_the_pack_is_refused(pack: Path, secret: Path) -> None:
    (pack / "trusted").symlink_to(secret.parent, target_is_directory=True)
    (problem,) = messages(pack)
    assert f"trusted:1:1: a link to {secret.parent}, outside the pack" in problem


@posix_only
def test_a_link_inside_the_pack_is_followed(pack: Path) -> None:
    (pack / "seeds" / "doc.txt").rename(pack / "seeds" / "real.txt")
    (pack / "seeds" / "doc.txt").symlink_to("real.txt")
    assert messages(pack) == []


@posix_only
def test_a_link_that_leads_nowhere_is_reported(pack: Path) -> None:
    (pack / "guidance" / "02-gone.yaml").symlink_to("nowhere.yaml")
    (problem,) = messages(pack)
    assert "02-gone.yaml:1:1: a link that leads nowhere" in problem


# Special files --------------------------------------------------------------------------------


@posix_only
def test_a_pipe_named_like_a_guidance_file_is_refused_without_waiting(pack: Path) -> None:
    os.mkfifo(pack / "guidance" / "02-pipe.yaml")
    (problem,) = messages(pack)
    assert "02-pipe.yaml:1:1: a pipe, not a file" in problem


@posix_only
def test_a_pipe_as_a_seed_document_is_refused(pack: Path) -> None:
    (pack / "seeds" / "doc.txt").unlink()
    os.mkfifo(pack / "seeds" / "doc.txt")
    assert any("seeds/doc.txt:1:1: a pipe, not a file" in m for m in messages(pack))


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="mknod needs root")
def test_a_device_in_the_pack_is_refused(pack: Path) -> None:
    os.mknod(pack / "guidance" / "02-device.yaml", stat.S_IFCHR | 0o600, os.makedev(1, 3))
    (problem,) = messages(pack)
    assert "02-device.yaml:1:1: a device, not a file" in problem


@pytest.mark.parametrize("name", ["guidance/02-folder.yaml", "trusted/sites.yaml"])
def test_a_folder_where_a_file_belongs_is_refused(pack: Path, name: str) -> None:
    (pack / name).mkdir(parents=True)
    (problem,) = messages(pack)
    assert f"{name}:1:1: a folder where a file belongs" in problem


# Size limits ----------------------------------------------------------------------------------


def sparse(path: Path, size: int) -> None:
    """A file of `size` bytes that takes no room on disk (and no time to write)."""
    with open(path, "wb") as file:
        file.truncate(size)


def test_a_seed_over_the_limit_is_refused_before_it_is_read(pack: Path) -> None:
    sparse(pack / "seeds" / "doc.txt", MAX_DOCUMENT_BYTES + 1)
    (problem,) = messages(pack)
    assert problem.endswith(
        "cannot read 'doc.txt': the file is 5,000,001 bytes; a source document may be at most "
        "5,000,000 bytes"
    )


def test_a_yaml_file_over_the_limit_is_refused(pack: Path) -> None:
    sparse(pack / "guidance" / "02-huge.yaml", 3 * MAX_YAML_BYTES)
    (problem,) = messages(pack)
    assert problem.endswith(
        "02-huge.yaml:1:1: the file is 3.0 MB; a pack's YAML file may be at most 1.0 MB"
    )


def test_a_quote_over_the_limit_is_refused(pack: Path) -> None:
    long_quote = "Do not click links from strangers. " * 100
    section = SECTION.replace("quote: Do not click links from strangers.", f"quote: {long_quote}")
    write_pack(pack, section)
    (problem,) = messages(pack)
    assert problem.endswith(
        f"13:16: 'quote' is {len(long_quote.strip()):,} characters long; it may be at most "
        f"{MAX_QUOTE:,}"
    )


def test_the_closest_passage_is_found_in_a_document_at_the_limit() -> None:
    filler = "Paragraph about something else entirely, numbered {}.\n\n"
    text = "".join(filler.format(n) for n in range(MAX_DOCUMENT_BYTES // 60))
    target = "Never share the names of your family members with a stranger online."
    lines = text.count("\n")
    text += target + "\n"
    searchable = SearchableText(text)
    closest = searchable.closest("Never share the name of your family members with strangers.")
    assert closest is not None
    passage, line = closest
    assert "family members with a stranger" in passage
    assert line == lines + 1


def test_the_readme_states_the_limits() -> None:
    section = readme_section("Writing guidance")
    assert f"{MAX_DOCUMENT_BYTES // 1_000_000} MB" in section
    assert f"{MAX_YAML_BYTES // 1_000_000} MB" in section
    assert f"{MAX_QUOTE:,} characters" in section


def test_a_problem_inside_a_zip_file_prints_and_sorts(tmp_path: Path) -> None:
    """The offline copy's built-in pack is read from its zip: its warnings print like any other."""
    import zipfile

    from separ.pack.reader import Problem

    archive = tmp_path / "separ.pyz"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("separ/pack_data/guidance/01-a.yaml", "id: a\n")
        zipped.writestr("separ/pack_data/guidance/02-b.yaml", "id: b\n")
    root = zipfile.Path(archive, "separ/pack_data/guidance/")
    later = Problem(root / "02-b.yaml", 1, 1, "second", warning=True)
    first = Problem(root / "01-a.yaml", 3, 2, "first", warning=True)
    assert sorted([later, first]) == [first, later]
    assert str(first).endswith("separ/pack_data/guidance/01-a.yaml:3:2: warning: first")


def test_a_pack_inside_a_zip_file_reports_its_warnings_in_order(pack: Path, tmp_path: Path) -> None:
    """As the offline copy reads its built-in pack: a language folder with no translation in it
    gives warnings that sort and print like any other, and the pack loads."""
    (pack / "guidance" / "fa").mkdir()
    (pack / "guidance" / "fa" / "GLOSSARY.md").write_text("Words.\n", encoding="utf-8")
    archive = tmp_path / "pack.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in sorted(pack.rglob("*")):
            if path.is_file():
                zipped.write(path, path.relative_to(pack).as_posix())
    loaded, problems = check_pack(zipfile.Path(archive))
    assert loaded is not None
    assert problems and all(problem.warning for problem in problems)
    assert problems == sorted(problems)
    assert all("no Persian translation of this section" in str(p) for p in problems)

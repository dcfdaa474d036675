"""One definition of the format: checker, JSON Schema and README all follow format.py."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from separ.cli import main
from separ.pack import builtin_pack_dir, check_pack
from separ.pack.format import CITATION, DOCUMENT, ITEM, PART, SECTION, SOURCES, Spec, json_schema

REPO = Path(__file__).resolve().parent.parent
DOCUMENTED = (SECTION, ITEM, CITATION, DOCUMENT, PART)


def readme_section(title: str) -> str:
    """The text under a README heading, up to the next heading of the same or a higher level."""
    readme = REPO / "README.md"
    assert readme.is_file(), "README.md is missing"
    text = readme.read_text(encoding="utf-8")
    heading = re.search(rf"^(#+)[ \t]+{re.escape(title)}\b.*$", text, re.MULTILINE)
    assert heading, f"README.md has no '{title}' section"
    level = len(heading.group(1))
    after = text[heading.end() :]
    end = re.search(rf"^#{{1,{level}}}[ \t]", after, re.MULTILINE)
    return after[: end.start()] if end else after


def fields_missing_from_readme(spec: Spec) -> list[str]:
    """The fields of a spec that README's "Writing guidance" does not name in code form:
    `name` in prose, or `name:` in a YAML example."""
    section = readme_section("Writing guidance")
    return [
        f.name
        for f in spec.fields
        if not re.search(rf"`{f.name}`|(^|\s|-\s)`?{f.name}:", section, re.MULTILINE)
    ]


@pytest.mark.parametrize("spec", DOCUMENTED, ids=lambda s: s.name)
def test_readme_writing_guidance_names_every_field(spec: Spec) -> None:
    assert fields_missing_from_readme(spec) == []


def test_readme_writing_guidance_names_every_level() -> None:
    section = readme_section("Writing guidance")
    level = ITEM.field("level")
    assert level is not None
    assert [c for c in level.choices if c not in section] == []


# The JSON Schema -------------------------------------------------------------------------------


def schema_properties(schema: dict, spec: Spec) -> None:
    """Assert that an object schema lists exactly the spec's fields, recursing into lists."""
    assert schema["type"] == "object"
    assert list(schema["properties"]) == [f.name for f in spec.fields]
    assert schema["required"] == [f.name for f in spec.fields if f.required]
    assert schema["additionalProperties"] is False
    for f in spec.fields:
        if f.of is not None:
            schema_properties(schema["properties"][f.name]["items"], f.of)
        if f.choices:
            assert schema["properties"][f.name]["enum"] == list(f.choices)


@pytest.mark.parametrize("spec", [SECTION, SOURCES], ids=lambda s: s.name)
def test_json_schema_is_generated_from_the_format(spec: Spec) -> None:
    schema = json_schema(spec)
    assert schema["$schema"].startswith("https://json-schema.org/")
    schema_properties(schema, spec)


def test_separ_schema_prints_the_section_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == json_schema(SECTION)


def test_shipped_files_validate_against_the_json_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    root = builtin_pack_dir()
    for path in sorted((root / "guidance").glob("*.yaml")):
        jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), json_schema(SECTION))
    catalogue = yaml.safe_load((root / "seeds" / "sources.yaml").read_text(encoding="utf-8"))
    jsonschema.validate(catalogue, json_schema(SOURCES))


# The checker follows the same specs -----------------------------------------------------------

# Every field on its own line ("-" alone starts a list entry), so that any one can be dropped.
SECTION_TEXT = """\
id: basics
title: Basics
summary: Links.
items:
  -
    id: avoid-links
    title: Do not click links
    level: essential
    why: Links can lead to fake pages.
    steps:
      - Delete the message.
    citations:
      -
        document: guide
        quote: Do not click links
        role: advice
"""
SOURCES_TEXT = "documents:\n  - id: guide\n    file: doc.txt\n    title: Guide\n"


def write(root: Path, section: str) -> Path:
    (root / "guidance").mkdir(parents=True)
    (root / "seeds").mkdir()
    (root / "guidance" / "01-basics.yaml").write_text(section, encoding="utf-8")
    (root / "seeds" / "sources.yaml").write_text(SOURCES_TEXT, encoding="utf-8")
    (root / "seeds" / "doc.txt").write_text("Do not click links.\n", encoding="utf-8")
    return root


def without_field(text: str, name: str, indent: int) -> str:
    """The text without one field and the lines nested under it."""
    out: list[str] = []
    skipping = False
    for line in text.splitlines(keepends=True):
        depth = len(line) - len(line.lstrip(" "))
        if skipping and depth > indent:
            continue
        skipping = depth == indent and line.strip().startswith(f"{name}:")
        if not skipping:
            out.append(line)
    return "".join(out)


def test_section_example_passes(tmp_path: Path) -> None:
    assert check_pack(write(tmp_path / "pack", SECTION_TEXT))[1] == []


@pytest.mark.parametrize(
    ("spec", "indent"),
    [(SECTION, 0), (ITEM, 4), (CITATION, 8)],
    ids=["section", "item", "citation"],
)
def test_checker_requires_every_required_field(tmp_path: Path, spec: Spec, indent: int) -> None:
    required = [f for f in spec.fields if f.required]
    assert required
    for f in required:
        root = write(tmp_path / f.name, without_field(SECTION_TEXT, f.name, indent))
        messages = [p.message for p in check_pack(root)[1]]
        assert any(f"missing the field '{f.name}'" in m for m in messages), (f.name, messages)


@pytest.mark.parametrize(
    ("spec", "indent"),
    [(SECTION, 0), (ITEM, 4), (CITATION, 8)],
    ids=["section", "item", "citation"],
)
def test_checker_refuses_a_field_the_format_does_not_define(
    tmp_path: Path, spec: Spec, indent: int
) -> None:
    anchor = {0: "title: Basics", 4: "    title: Do not", 8: "        quote:"}[indent]
    text = SECTION_TEXT.replace(anchor, " " * indent + "colour: blue\n" + anchor, 1)
    messages = [p.message for p in check_pack(write(tmp_path / "pack", text))[1]]
    assert messages == [
        f"unknown field 'colour' in {spec.name}; expected one of: "
        + ", ".join(f.name for f in spec.fields)
    ]

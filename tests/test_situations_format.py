"""Situations, Start here and contacts follow the one definition of the format: the JSON Schema,
the README and the shipped files all agree with format_situations.py."""

from __future__ import annotations

import json

import pytest
import yaml

from separ.cli import main
from separ.pack import builtin_pack_dir
from separ.pack.format import Spec, json_schema
from separ.pack.format_situations import (
    ANSWER,
    CONTACT,
    CONTACTS,
    END,
    QUESTION,
    REACH,
    SCHEMAS,
    SITUATION,
    SOURCE,
    START_HERE,
)
from test_pack_format import fields_missing_from_readme, readme_section, schema_properties

DOCUMENTED = (SITUATION, QUESTION, ANSWER, END, START_HERE, CONTACT, REACH, SOURCE)


@pytest.mark.parametrize("spec", DOCUMENTED, ids=lambda s: s.name)
def test_readme_names_every_field(spec: Spec) -> None:
    assert fields_missing_from_readme(spec) == []


def test_readme_names_every_way_to_reach_a_contact() -> None:
    section = readme_section("Writing guidance")
    how = REACH.field("how")
    assert how is not None
    assert [kind for kind in how.choices if kind not in section] == []


@pytest.mark.parametrize("spec", [SITUATION, START_HERE, CONTACTS], ids=lambda s: s.name)
def test_json_schema_follows_the_format(spec: Spec) -> None:
    schema_properties(json_schema(spec), spec)


def test_a_list_of_ids_is_an_array_of_kebab_case_strings() -> None:
    items = json_schema(END)["properties"]["items"]
    assert items["type"] == "array"
    assert items["items"]["pattern"] == "^[a-z0-9]+(-[a-z0-9]+)*$"


@pytest.mark.parametrize("kind", list(SCHEMAS))
def test_separ_schema_prints_each_kind(kind: str, capsys) -> None:
    assert main(["schema", kind]) == 0
    assert json.loads(capsys.readouterr().out) == json_schema(SCHEMAS[kind])


def test_separ_schema_without_a_kind_is_still_the_section(capsys) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Separ section"


def test_shipped_files_validate_against_their_schemas() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    root = builtin_pack_dir()
    situations = sorted((root / "situations").glob("*.yaml"))
    assert situations
    for path in situations:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        jsonschema.validate(data, json_schema(SITUATION))
    for name, spec in (("start-here.yaml", START_HERE), ("contacts.yaml", CONTACTS)):
        data = yaml.safe_load((root / "help" / name).read_text(encoding="utf-8"))
        jsonschema.validate(data, json_schema(spec))

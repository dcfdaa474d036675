"""The one definition of the pack's YAML format.

The checker validates against these specs, the loader reads through them, `separ schema` turns
them into a JSON Schema for editors, and the README's "Writing guidance" section is tested
against them.
"""

from __future__ import annotations

from dataclasses import dataclass

from separ.pack.model import APPLIES, LEVELS, ROLES

MAX_QUOTE = 2000
"""The longest a quote may be, in characters; the longest in the built-in pack has about 200."""

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
"""Ids are kebab-case: lower-case letters and digits joined by single hyphens."""


@dataclass(frozen=True)
class Field:
    """One field of a YAML mapping."""

    name: str
    kind: str
    """"id", "text", "choice", "texts" (a list of text), "ids" (a list of ids), "objects" (a list
    of `of`) or "range"."""
    description: str
    required: bool = True
    of: Spec | None = None
    choices: tuple[str, ...] = ()
    max_length: int = 0
    """For text: the most characters it may have (0: no limit of its own)."""


@dataclass(frozen=True)
class Spec:
    """A YAML mapping: what it is called in messages and the fields it may have."""

    name: str
    description: str
    fields: tuple[Field, ...]

    def field(self, name: str) -> Field | None:
        """The field with this name, if the spec has one."""
        return next((f for f in self.fields if f.name == name), None)


CITATION = Spec(
    "citation",
    "A passage of a source document that supports the item.",
    (
        Field("document", "id", "The id of a document in seeds/sources.yaml."),
        Field(
            "quote",
            "text",
            "Words copied verbatim from the document. Runs of white space may differ; "
            "everything else, typographic quotes included, must match exactly. At most "
            f"{MAX_QUOTE:,} characters: the passage that supports the item, not the whole "
            "document.",
            max_length=MAX_QUOTE,
        ),
        Field(
            "role",
            "choice",
            "What the passage shows: 'advice' if the document itself recommends the item, "
            "'threat' if it describes the threat the item answers.",
            choices=ROLES,
        ),
    ),
)

ITEM = Spec(
    "item",
    "One recommendation a person can act on.",
    (
        Field("id", "id", "Stable kebab-case id, unique across the pack. Progress is kept by it."),
        Field("title", "text", "What to do, in the imperative."),
        Field("level", "choice", "How urgent the item is.", choices=LEVELS),
        Field("why", "text", "One to three plain sentences on why it matters."),
        Field("steps", "texts", "Concrete steps, one sentence each."),
        Field("citations", "objects", "The passages that support the item.", of=CITATION),
        Field(
            "applies",
            "choice",
            "Where the item applies: everywhere (the default), inside (people in the country) "
            "or abroad (the diaspora).",
            required=False,
            choices=APPLIES,
        ),
    ),
)

SECTION = Spec(
    "section",
    "One file of guidance/: a group of items on one theme.",
    (
        Field("id", "id", "Stable kebab-case id, unique across the pack."),
        Field("title", "text", "A short title."),
        Field("summary", "text", "One line saying what the section protects against."),
        Field("items", "objects", "The section's items, in order.", of=ITEM),
    ),
)

PART = Spec(
    "part",
    "One article of a compilation document.",
    (
        Field("id", "id", "Kebab-case id of the part."),
        Field("lines", "range", "First and last line of the part, as [first, last]."),
        Field("title", "text", "The article's headline, where the text gives one.", required=False),
        Field("publisher", "text", "The outlet or publisher.", required=False),
        Field("author", "text", "The author, where stated.", required=False),
        Field("date", "text", "The date, as YYYY-MM-DD, where stated.", required=False),
    ),
)

DOCUMENT = Spec(
    "document",
    "A source document in seeds/.",
    (
        Field("id", "id", "Kebab-case id that citations name."),
        Field("file", "text", "The document's file name in seeds/."),
        Field("title", "text", "The document's title."),
        Field("publisher", "text", "The outlet or publisher, where stated.", required=False),
        Field("author", "text", "The author, where stated.", required=False),
        Field("date", "text", "The date, as YYYY-MM-DD, where stated.", required=False),
        Field("parts", "objects", "For a compilation: its articles.", required=False, of=PART),
    ),
)

SOURCES = Spec(
    "sources",
    "seeds/sources.yaml: the catalogue of source documents.",
    (Field("documents", "objects", "The documents, each once.", of=DOCUMENT),),
)


def json_schema(spec: Spec = SECTION) -> dict:
    """A JSON Schema (draft 2020-12) for a spec, for editors' completion and checking."""

    def object_schema(s: Spec) -> dict:
        properties = {f.name: field_schema(f) for f in s.fields}
        return {
            "type": "object",
            "description": s.description,
            "properties": properties,
            "required": [f.name for f in s.fields if f.required],
            "additionalProperties": False,
        }

    def field_schema(f: Field) -> dict:
        base: dict
        if f.kind == "id":
            base = {"type": "string", "pattern": ID_PATTERN}
        elif f.kind == "text":
            base = {"type": "string", "minLength": 1}
            if f.max_length:
                base["maxLength"] = f.max_length
        elif f.kind == "choice":
            base = {"enum": list(f.choices)}
        elif f.kind == "texts":
            base = {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}}
        elif f.kind == "ids":
            item = {"type": "string", "pattern": ID_PATTERN}
            base = {"type": "array", "minItems": 1, "items": item}
        elif f.kind == "range":
            base = {
                "type": "array",
                "items": {"type": "integer", "minimum": 1},
                "minItems": 2,
                "maxItems": 2,
            }
        else:
            assert f.of is not None
            base = {"type": "array", "minItems": 1, "items": object_schema(f.of)}
        return {"description": f.description, **base}

    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"Separ {spec.name}",
        **object_schema(spec),
    }

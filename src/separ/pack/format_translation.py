"""The format of a translation: one file per language beside each English file, keyed by ids.

`guidance/fa/01-know-who-you-talk-to.yaml` translates `guidance/01-know-who-you-talk-to.yaml`.
Every translated entry names the English it was made from by a fingerprint (`from`: the first
12 hex digits of a SHA-256 of the English text, white space normalised), so `separ check` can
say when the English changed since. Quotes are evidence and stay English; a translation gives
each a rendering, shown as a translation beside the verbatim quote. Text fields may be left out
while an entry is not yet translated: the English shows, marked. The skeleton script
(`scripts/translation_skeleton.py`) writes these files with the current fingerprints.
"""

from __future__ import annotations

from separ.pack.format import Field, Spec

FINGERPRINT_PATTERN = r"^[0-9a-f]{12}$"
"""What `from` holds: 12 lower-case hex digits."""

_FROM = Field(
    "from",
    "text",
    "The fingerprint of the English this was translated from, as the skeleton script writes "
    "it. Change it only after updating the translation to the English it names.",
)

TRANSLATED_QUOTE = Spec(
    "quote translation",
    "A translation of one quote: the quote itself stays verbatim English, the evidence.",
    (
        _FROM,
        Field("text", "text", "The quote in this language.", required=False),
    ),
)

TRANSLATED_ITEM = Spec(
    "item translation",
    "The translation of one item, with the same id.",
    (
        Field("id", "id", "The id of the English item."),
        _FROM,
        Field("title", "text", "The title, translated.", required=False),
        Field("why", "text", "Why it matters, translated.", required=False),
        Field(
            "steps",
            "texts",
            "The steps, translated: as many as the English has, in the same order.",
            required=False,
        ),
        Field(
            "quotes",
            "objects",
            "Translations of the item's quotes, each naming its quote by fingerprint.",
            required=False,
            of=TRANSLATED_QUOTE,
        ),
    ),
)

TRANSLATED_SECTION = Spec(
    "section translation",
    "guidance/LANG/NAME.yaml: the translation of guidance/NAME.yaml.",
    (
        Field("id", "id", "The id of the English section."),
        _FROM,
        Field("title", "text", "The section's title, translated.", required=False),
        Field("summary", "text", "Its summary, translated.", required=False),
        Field(
            "items",
            "objects",
            "Translations of the section's items (any order; the English sets the order).",
            required=False,
            of=TRANSLATED_ITEM,
        ),
    ),
)

"""The format of a translation: one file per language beside each English file, keyed by ids.

`guidance/fa/01-know-who-you-talk-to.yaml` translates `guidance/01-know-who-you-talk-to.yaml`;
`situations/fa/NAME.yaml`, `help/fa/start-here.yaml` and `help/fa/contacts.yaml` likewise.
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

# Situations, "Start here" and contacts -----------------------------------------------------------
# The same design: a file per language beside each English file (`situations/fa/NAME.yaml`,
# `help/fa/start-here.yaml`, `help/fa/contacts.yaml`), entries keyed by the English ids, each
# with the fingerprint of the English it renders. What a person reads is translated; what a
# person types, opens or compares (ids, addresses, web pages, dates) stays as the English has it.

TRANSLATED_QUESTION = Spec(
    "question translation",
    "The translation of one question of a situation, with the same id.",
    (
        Field("id", "id", "The id of the English question."),
        _FROM,
        Field("question", "text", "The question, translated.", required=False),
        Field(
            "answers",
            "texts",
            "The answers, translated: as many as the English has, in the same order (each "
            "leads where its English answer leads).",
            required=False,
        ),
    ),
)

TRANSLATED_END = Spec(
    "end translation",
    "The translation of one end of a situation, with the same id.",
    (
        Field("id", "id", "The id of the English end."),
        _FROM,
        Field("title", "text", "The end's title, translated.", required=False),
        Field(
            "now",
            "texts",
            "The right-now steps, translated: as many as the English has, in the same order.",
            required=False,
        ),
    ),
)

TRANSLATED_SITUATION = Spec(
    "situation translation",
    "situations/LANG/NAME.yaml: the translation of situations/NAME.yaml.",
    (
        Field("id", "id", "The id of the English situation."),
        _FROM,
        Field("title", "text", "The situation's title, translated.", required=False),
        Field("summary", "text", "Its summary, translated.", required=False),
        Field(
            "questions",
            "objects",
            "Translations of its questions (any order; the English sets the order).",
            required=False,
            of=TRANSLATED_QUESTION,
        ),
        Field(
            "ends",
            "objects",
            "Translations of its ends (any order; the English sets the order).",
            required=False,
            of=TRANSLATED_END,
        ),
    ),
)

TRANSLATED_START_HERE = Spec(
    "start-here translation",
    "help/LANG/start-here.yaml: the translation of help/start-here.yaml (its items are the "
    "guidance's, translated there).",
    (
        _FROM,
        Field("title", "text", "The list's title, translated.", required=False),
        Field("summary", "text", "Its summary, translated.", required=False),
    ),
)

TRANSLATED_REACH = Spec(
    "reach translation",
    "The note on one way to reach a contact, named by its address.",
    (
        Field("address", "text", "The address exactly as the English gives it (not translated)."),
        Field("note", "text", "The English note on it, translated.", required=False),
    ),
)

TRANSLATED_SOURCE = Spec(
    "source translation",
    "What one of a contact's published pages states, named by its address.",
    (
        Field("url", "text", "The page's address exactly as the English gives it."),
        Field("supports", "text", "Which facts the page states, translated.", required=False),
    ),
)

TRANSLATED_CONTACT = Spec(
    "contact translation",
    "The translation of one contact, with the same id. Addresses, pages and dates stay as the "
    "English gives them.",
    (
        Field("id", "id", "The id of the English contact."),
        _FROM,
        Field(
            "name",
            "text",
            "The name, in the language, with the name they publish beside it.",
            required=False,
        ),
        Field("who", "text", "Who they are, translated.", required=False),
        Field("helps_with", "text", "What they help with, translated.", required=False),
        Field("languages", "text", "The languages they work in, translated.", required=False),
        Field("hours", "text", "When they answer, translated.", required=False),
        Field(
            "reach",
            "objects",
            "The notes on the ways to reach them: one for each English way that has a note.",
            required=False,
            of=TRANSLATED_REACH,
        ),
        Field(
            "verify",
            "texts",
            "How to tell that you reached the real one, translated: as many as the English "
            "has, in the same order.",
            required=False,
        ),
        Field(
            "sources",
            "objects",
            "What each of their pages states, translated: one for each English source.",
            required=False,
            of=TRANSLATED_SOURCE,
        ),
    ),
)

TRANSLATED_CONTACTS = Spec(
    "contacts translation",
    "help/LANG/contacts.yaml: the translation of help/contacts.yaml.",
    (
        Field(
            "contacts",
            "objects",
            "Translations of the contacts (any order; the English sets the order).",
            of=TRANSLATED_CONTACT,
        ),
    ),
)

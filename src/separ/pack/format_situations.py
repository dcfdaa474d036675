"""The format of what a person reaches for in the moment: situations, "Start here" and contacts.

Part of the one format definition (`separ.pack.format` holds the sections and the catalogue):
the reader reads these files through these specs, the checker reports against them and
`separ schema situation|start-here|contacts` prints them as JSON Schema.

A situation is a small workflow in the manner of the Digital First Aid Kit (RaReNet/DFAK):
questions whose answers name the next question or an end, and ends that say what to do now.
"""

from __future__ import annotations

from separ.pack.format import SECTION, SOURCES, Field, Spec

REACH_KINDS: tuple[str, ...] = ("email", "signal", "phone", "web", "form")
"""The ways a contact can be reached."""

ANSWER = Spec(
    "answer",
    "One answer to a question, and where it leads.",
    (
        Field("answer", "text", "The answer as the person would say it."),
        Field("next", "id", "The id of the question or end this answer leads to."),
    ),
)

QUESTION = Spec(
    "question",
    "One question of a situation, asked on its own.",
    (
        Field("id", "id", "Kebab-case id, unique in the situation; answers name it in 'next'."),
        Field("question", "text", "The question, short and plain."),
        Field("answers", "objects", "Two or more answers, each leading on.", of=ANSWER),
    ),
)

END = Spec(
    "end",
    "Where a path of answers ends: what to do right now, then the checklist items in order.",
    (
        Field("id", "id", "Kebab-case id, unique in the situation; answers name it in 'next'."),
        Field("title", "text", "What this end is about, in a few words."),
        Field(
            "now",
            "texts",
            "What to do right now, one short step each, before anything else.",
            required=False,
        ),
        Field(
            "items",
            "ids",
            "The checklist items to do next, by id, in the order to do them.",
            required=False,
        ),
    ),
)

SITUATION = Spec(
    "situation",
    "One file of situations/: something happening to a person, and the steps that fit it.",
    (
        Field("id", "id", "Stable kebab-case id, unique among the situations."),
        Field("title", "text", "What is happening, in the person's own words."),
        Field("summary", "text", "One line on what this situation covers."),
        Field(
            "questions",
            "objects",
            "The questions, the first asked first. Leave out for a plain ordered list.",
            required=False,
            of=QUESTION,
        ),
        Field("ends", "objects", "The ends the answers lead to.", of=END),
    ),
)

START_HERE = Spec(
    "start-here",
    "help/start-here.yaml: the essential items in the order a newcomer should do them.",
    (
        Field("title", "text", "The list's title."),
        Field("summary", "text", "One line on who the list is for."),
        Field("items", "ids", "The items, by id, in the order to do them."),
    ),
)

REACH = Spec(
    "reach",
    "One way to reach a contact.",
    (
        Field("how", "choice", "What kind of address this is.", choices=REACH_KINDS),
        Field("address", "text", "The address, number or web page, exactly as published."),
        Field("note", "text", "What to know before using it.", required=False),
    ),
)

SOURCE = Spec(
    "source",
    "A published page that states facts given for a contact.",
    (
        Field("url", "text", "The page's address."),
        Field("read", "text", "When the page was read, as YYYY-MM-DD."),
        Field("supports", "text", "Which facts the page states."),
    ),
)

CONTACT = Spec(
    "contact",
    "Someone to reach for help, with facts each taken from their own published pages.",
    (
        Field("id", "id", "Kebab-case id, unique among the contacts."),
        Field("name", "text", "The name they publish."),
        Field("who", "text", "Who they are, in one or two sentences."),
        Field("helps_with", "text", "What they help with."),
        Field("languages", "text", "The languages they work in, as far as their pages say."),
        Field("hours", "text", "When they answer."),
        Field("reach", "objects", "How to reach them: at least one way.", of=REACH),
        Field("verify", "texts", "How to tell that you reached the real one."),
        Field("sources", "objects", "Where each fact comes from.", of=SOURCE),
    ),
)

CONTACTS = Spec(
    "contacts",
    "help/contacts.yaml: people to reach for help.",
    (Field("contacts", "objects", "The contacts, most widely useful first.", of=CONTACT),),
)

SCHEMAS: dict[str, Spec] = {
    "section": SECTION,
    "sources": SOURCES,
    "situation": SITUATION,
    "start-here": START_HERE,
    "contacts": CONTACTS,
}
"""Every kind of pack file `separ schema KIND` can describe; the first is the default."""

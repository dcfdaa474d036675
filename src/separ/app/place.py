"""What the app remembers between starts, in the progress store's settings: the section and
item the person was on, and where they are (which items apply to them).

A convenience only: a setting that cannot be read or written is never an error.
"""

from __future__ import annotations

from separ.app.listing import PLACE_NAMES
from separ.i18n import _
from separ.pack import Pack
from separ.progress import ProgressStore

SECTION_SETTING = "last_section"
"""The section the person was on."""
ITEM_SETTING = "last_item"
"""The item the person was on."""
WHERE_SETTING = "where"
"""Show everything (empty), or only what applies "inside" the country or "abroad"."""
PLACES: tuple[str | None, ...] = (None, "inside", "abroad")
"""Where a person can be, in the order the `w` key goes through (None: show everything)."""


def saved_place(store: ProgressStore, pack: Pack) -> tuple[str | None, str | None]:
    """The section and item to open at: last time's, if the pack still has them."""
    if not pack.sections:
        return None, None
    ids = [section.id for section in pack.sections]
    section_id = store.setting(SECTION_SETTING)
    if section_id not in ids:
        return ids[0], None
    item = pack.item(store.setting(ITEM_SETTING) or "")
    return section_id, item.id if item is not None and item.section_id == section_id else None


def save_place(store: ProgressStore, section_id: str, item_id: str | None) -> None:
    """Remember the section and item shown (written only when they changed)."""
    try:
        if store.setting(SECTION_SETTING) != section_id:
            store.set_setting(SECTION_SETTING, section_id)
        if item_id and store.setting(ITEM_SETTING) != item_id:
            store.set_setting(ITEM_SETTING, item_id)
    except Exception:
        return


def saved_where(store: ProgressStore) -> str | None:
    """Where the person said they are, or None to show everything."""
    where = store.setting(WHERE_SETTING) or None
    return where if where in PLACES else None


def next_where(where: str | None) -> str | None:
    """The place after this one, as the `w` key goes round."""
    return PLACES[(PLACES.index(where) + 1) % len(PLACES)]


def where_message(where: str | None) -> str:
    """What the list shows now, in words, after the place was chosen."""
    if where is None:
        return _("Showing every item, wherever it applies.")
    place = _(PLACE_NAMES[where])
    return _("Showing what applies to everyone, and what is only {place}.").format(place=place)

"""Deck -> Anki package (.apkg), built to be imported again and again.

Anki recognises what it already has by ids, so every id here is stable:
- the three note types have hard-coded model ids and fixed field lists
  (changing a field list means a new model id and a new `ANKI_FORMAT`);
- a note's GUID comes from the deck id and the card id, never from its text,
  so a regenerated deck updates the notes it changed and keeps review history;
- an Anki deck's id comes from the deck id (Anki itself matches decks by name:
  `PARENT::deck title`).

Every field is HTML-escaped before the little markup we add (lists, <mark>, links),
so a quote containing `<`, `&` or `<script>` shows literally.

The package is built in memory (genanki's sqlite schema in an in-memory
database, zipped) and handed to trainer.fileio for an atomic write.
"""

from __future__ import annotations

from trainer.anki.models import (
    ANKI_FORMAT,
    CHOICE_FIELDS,
    CHOICE_MODEL_ID,
    CLOZE_FIELDS,
    CLOZE_MODEL_ID,
    CSS,
    DEFAULT_PARENT,
    MODEL_NAMES,
    TYPED_FIELDS,
    TYPED_MODEL_ID,
)
from trainer.anki.notes import (
    ExportSummary,
    NoteData,
    anki_deck_id,
    anki_deck_name,
    card_note,
    deck_notes,
    note_guid,
)
from trainer.anki.package import build_package, write_package

__all__ = [
    "ANKI_FORMAT",
    "CHOICE_FIELDS",
    "CHOICE_MODEL_ID",
    "CLOZE_FIELDS",
    "CLOZE_MODEL_ID",
    "CSS",
    "DEFAULT_PARENT",
    "MODEL_NAMES",
    "TYPED_FIELDS",
    "TYPED_MODEL_ID",
    "ExportSummary",
    "NoteData",
    "anki_deck_id",
    "anki_deck_name",
    "build_package",
    "card_note",
    "deck_notes",
    "note_guid",
    "write_package",
]

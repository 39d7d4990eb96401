"""Anki notes -> .apkg bytes and file: the only module that imports genanki.

The package is built in memory (genanki's sqlite schema in an in-memory database,
zipped) and handed to trainer.fileio for an atomic write.
"""

from __future__ import annotations

import io
import os
import sqlite3
import zipfile
from collections.abc import Sequence
from typing import Any

from trainer.anki import models
from trainer.anki.models import (
    CHOICE_FIELDS,
    CHOICE_MODEL_ID,
    CHOICE_TEMPLATE,
    CLOZE_FIELDS,
    CLOZE_MODEL_ID,
    CLOZE_TEMPLATE,
    DEFAULT_PARENT,
    MODEL_NAMES,
    TYPED_FIELDS,
    TYPED_MODEL_ID,
    TYPED_TEMPLATE,
)
from trainer.anki.notes import (
    ExportSummary,
    anki_deck_id,
    anki_deck_name,
    deck_description,
    deck_notes,
)
from trainer.fileio import atomic_write_bytes
from trainer.model import Deck


def _models() -> dict[int, Any]:
    """Fresh genanki models (genanki mutates their template dicts while writing)."""
    import genanki

    def fields(names: Sequence[str]) -> list[dict[str, str]]:
        return [{"name": name} for name in names]

    return {
        CHOICE_MODEL_ID: genanki.Model(
            CHOICE_MODEL_ID,
            MODEL_NAMES[CHOICE_MODEL_ID],
            fields=fields(CHOICE_FIELDS),
            templates=[dict(CHOICE_TEMPLATE)],
            css=models.CSS,
        ),
        TYPED_MODEL_ID: genanki.Model(
            TYPED_MODEL_ID,
            MODEL_NAMES[TYPED_MODEL_ID],
            fields=fields(TYPED_FIELDS),
            templates=[dict(TYPED_TEMPLATE)],
            css=models.CSS,
        ),
        CLOZE_MODEL_ID: genanki.Model(
            CLOZE_MODEL_ID,
            MODEL_NAMES[CLOZE_MODEL_ID],
            fields=fields(CLOZE_FIELDS),
            templates=[dict(CLOZE_TEMPLATE)],
            css=models.CSS,
            model_type=genanki.Model.CLOZE,
        ),
    }


def _note_class() -> type:
    import genanki

    class EscapedNote(genanki.Note):
        """A genanki note whose fields trainer escaped itself.

        genanki scans every field for unescaped tags and warns; our fields are escaped
        by construction (and tested through a real Anki import), so the scan is skipped.
        """

        def _check_invalid_html_tags_in_fields(self) -> None:
            return None

    return EscapedNote


def build_package(
    decks: Sequence[Deck], now: float, parent: str = DEFAULT_PARENT
) -> tuple[bytes, ExportSummary]:
    """The .apkg bytes for these decks; `now` stamps notes so a later export updates them."""
    import genanki

    models = _models()
    note_class = _note_class()
    anki_decks = []
    summary = []
    for deck in decks:
        name = anki_deck_name(deck, parent)
        anki_deck = genanki.Deck(anki_deck_id(deck), name, description=deck_description(deck))
        # a new card's `due` is its place in Anki's new-card queue: the notes' order
        for position, note in enumerate(deck_notes(deck)):
            anki_deck.add_note(
                note_class(
                    model=models[note.model_id],
                    fields=list(note.fields),
                    guid=note.guid,
                    tags=list(note.tags),
                    due=position,
                )
            )
        anki_decks.append(anki_deck)
        summary.append((name, len(deck.cards)))
    return _package_bytes(genanki.Package(anki_decks), now), ExportSummary(tuple(summary))


def _package_bytes(package: Any, now: float) -> bytes:
    """genanki's collection, written to an in-memory sqlite database and zipped.

    genanki's own write_to_file leaves its temporary database behind in the system
    temp directory; this writes nothing but the final file.
    """
    import itertools

    connection = sqlite3.connect(":memory:")
    try:
        cursor = connection.cursor()
        package.write_to_db(cursor, now, itertools.count(int(now * 1000)))
        connection.commit()
        database = connection.serialize()
    finally:
        connection.close()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("collection.anki2", database)
        zf.writestr("media", "{}")
    return buffer.getvalue()


def write_package(
    decks: Sequence[Deck],
    path: str | os.PathLike[str],
    now: float,
    parent: str = DEFAULT_PARENT,
) -> ExportSummary:
    """Build the package and write it atomically to `path` (WriteError if it cannot)."""
    data, summary = build_package(decks, now, parent)
    atomic_write_bytes(path, data)
    return summary

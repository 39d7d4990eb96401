"""Places in a parsed article whose type is known: from the place knowledge file, or a
city written out as "City, Country" ("Sinai, Egypt" needs no list)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from trainer.knowledge.places import PlaceInfo, known_place, places

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass(frozen=True)
class PlaceMention:
    span: Span  # a GPE or LOC entity
    info: PlaceInfo


def place_info(name: str, doc: Doc | None = None, span: Span | None = None) -> PlaceInfo | None:
    """What kind of place `name` is; with its span, a city "City, Country" counts too."""
    info = known_place(name)
    if info is not None:
        return info
    if (
        doc is not None
        and span is not None
        and span.end + 1 < len(doc)
        and doc[span.end].text == ","
    ):
        following = doc[span.end + 1 :]
        for ent in following.ents[:1]:
            parent = places().get(ent.text)
            if ent.start == span.end + 1 and parent and parent.type in ("country", "state"):
                return PlaceInfo("city", ent.text)
    return None


def mentions(doc: Doc) -> list[PlaceMention]:
    """Every place entity of the doc whose type is known, in order."""
    found = []
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC"):
            continue
        info = place_info(ent.text, doc, ent)
        if info is not None:
            found.append(PlaceMention(ent, info))
    return found

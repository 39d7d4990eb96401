"""The article's topic entities: the place, the person and the organisation it mentions
most. A card whose blank is one of them is trivial (the reader guesses "Syria" in an
article about Syria), so the pipeline leaves such blanks out (trainer.questions.giveaways).
So is a blank on the aircraft or weapon an article is about (its topic type, named in its
headline): such cards are passing mentions (trainer.questions.aircraft)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from trainer.extract.doc import cached
from trainer.language.names import clean_name
from trainer.language.text import normalise

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from trainer.extract.aircraft import Mention

# entity label -> the group whose most-mentioned member is a topic
GROUPS = {"GPE": "place", "LOC": "place", "PERSON": "person", "ORG": "org"}
# a topic is mentioned at least this often, and nearly as often as the most-mentioned of
# its group: an article about Russia's strikes in Syria has both (and the U.S.) as topics
MIN_MENTIONS = 3
NEAR_TOP = 0.6
LEAD_SENTENCES = 2  # the headline (when the text has one) and the lead sentence


def topic_entities(doc: Doc) -> frozenset[str]:
    """Normalised names of the topic entities; a person is named by surname."""
    return cached(doc, "trainer.topic", _topics)


def _topics(doc: Doc) -> frozenset[str]:
    counts: dict[str, Counter[str]] = {}
    lead: set[str] = set()  # named in the headline or the first sentence: what it is about
    opening = [sent.end for sent in list(doc.sents)[:LEAD_SENTENCES]]
    for ent in doc.ents:
        group = GROUPS.get(ent.label_)
        if group is None:
            continue
        name = entity_key(clean_name(str(ent.text)), group)
        if name:
            counts.setdefault(group, Counter())[name] += 1
            if opening and ent.end <= opening[-1]:
                lead.add(name)
    places = counts.get("place")
    if places:
        _count_people_and_cities(doc, places)
    topics: set[str] = set()
    for counted in counts.values():
        most = counted.most_common(1)[0][1]
        topics.update(
            name
            for name, n in counted.items()
            if n >= MIN_MENTIONS and (n >= NEAR_TOP * most or name in lead)
        )
    return frozenset(topics)


def _count_people_and_cities(doc: Doc, places: Counter[str]) -> None:
    """A country is mentioned by its people ('Afghan officials', 'Syrian forces') and by
    its cities ('Kabul') as much as by name: each counts towards it."""
    from trainer.knowledge.places import parent_of

    countries = {name: name.replace(" ", "") for name in places}
    for ent in doc.ents:
        word = normalise(str(ent.text))
        if ent.label_ == "NORP":
            # 'afghan' of 'afghanistan', 'syrian' of 'syria': one opens the other
            owner = [c for c, n in countries.items() if len(n) >= 4 and _stems_alike(word, n)]
        elif ent.label_ == "GPE":
            parent = normalise(parent_of(str(ent.text)))
            owner = [parent] if parent in countries else []
        else:
            continue
        if len(owner) == 1:
            places[owner[0]] += 1


def _stems_alike(people: str, country: str) -> bool:
    return len(people) >= 4 and (country.startswith(people) or people.startswith(country))


def entity_key(name: str, group: str) -> str:
    """'the United States' -> 'united states'; a person -> the surname ('trump')."""
    words = normalise(name.replace(".", "")).split()  # "U.S." = "US"
    if words and words[0] == "the":
        words = words[1:]
    if group == "person":
        return words[-1] if words else ""
    return " ".join(words)


def names_topic(answer: str, topics: frozenset[str]) -> bool:
    """Is this answer one of the topic entities (a person by surname)?"""
    if not topics:
        return False
    return entity_key(answer, "place") in topics or (
        len(answer.split()) > 1 and entity_key(answer, "person") in topics
    )


# An aircraft or weapon is the article's topic when it is mentioned at least this often.
MIN_TYPE_MENTIONS = 2


def topic_types(found: Sequence[Mention], headline: str) -> frozenset[str]:
    """The type keys (Mention.type_key) of the aircraft and weapons the article is about:
    the most mentioned (at least twice) that its headline names ('Emirates orders 30
    Boeing 787 jets' -> the 787, in an article naming it more than any other jet)."""
    counts = Counter(m.type_key for m in found)
    if not counts:
        return frozenset()
    most = counts.most_common(1)[0][1]
    if most < MIN_TYPE_MENTIONS:
        return frozenset()
    words = f" {normalise(headline)} "
    topics = set()
    for mention in found:
        if counts[mention.type_key] < most:
            continue
        names = {normalise(mention.family), normalise(mention.span.text)} - {""}
        if any(re.search(rf" {re.escape(name)}s? ", words) for name in names):
            topics.add(mention.type_key)
    return frozenset(topics)

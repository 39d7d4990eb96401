"""Words of a quote that make a poor cloze blank, read from the article around them.

- The article's topic, in any form: a reader of an article about the Moon fills
  'payloads going to the _____' without having read it. The topic entities come from
  extract.topic; a name the tagger did not count ('the Moon', 'the Afghan war') is a topic
  when its capitalised words, together, are written in the article's lead and at least as
  often as a topic must be (a demonym counts for its country: 'Afghan' for 'Afghanistan').
- A vague amount: 'billions of dollars', 'dozens' (a plural scale word, no digit) is no
  figure to learn.
- A lone given name: 'I'd rather keep _____ where he is' (Ric), '_____ is such a hidden
  genius' (Jared). Any name fits and nothing on the card narrows it down. A lone surname
  of a person the article names in full ('we asked _____ to send cranes': Cook) stays, and
  so does a word the tagger calls a person where a place stands ('goes to _____').
- An example the speaker gives in passing: 'rather than returning to, say, _____',
  'cities such as _____'. quote_cloze blanks it only when nothing else can be, as a
  passing detail.
Used by questions.quote_cloze."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.extract.doc import cached, sentences_of, text_of
from trainer.extract.persons import person_index
from trainer.extract.topic import LEAD_SENTENCES, MIN_MENTIONS, names_topic, topic_entities
from trainer.language.lexicon import (
    DIRECTION_PREPOSITIONS,
    EXAMPLE_MARKERS,
    MOTION_VERBS,
    PLACE_PREPOSITIONS,
    VAGUE_MAGNITUDES,
)
from trainer.language.names import surname
from trainer.language.text import normalise

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Endings that make a name's other forms: 'Afghan' -> 'Afghans', 'Afghanistan'; 'Syria' ->
# 'Syrian'.
NAME_ENDINGS = ("", "s", "n", "an", "ns", "ans", "i", "is", "istan")
MIN_TOPIC_WORD = 3  # letters; shorter capitalised words ('US', 'UK') are left to extract.topic
# The capitalised words of a name, together: 'New York State' is a topic only when written so.
CAPITALISED = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*")
EXAMPLE_WORDS = 3  # words before a blank an example marker may take ('for example ,')


def is_topic(doc: Doc, name: str) -> bool:
    """Is this name (a blank's answer) one of the article's topics?"""
    if names_topic(name, topic_entities(doc)):
        return True
    capitalised = CAPITALISED.search(name)  # 'the Afghan war' -> 'Afghan'
    if capitalised is None or len(capitalised.group()) < MIN_TOPIC_WORD:
        return False
    words = capitalised.group()
    if all(doc.vocab[word.lower()].is_stop for word in words.split()):
        return False  # 'About 36%': a sentence's first word, no name
    return _topic_words(doc, words)


def _topic_words(doc: Doc, words: str) -> bool:
    forms = "|".join(re.escape(ending) for ending in NAME_ENDINGS)
    pattern = re.compile(rf"(?<!\w){re.escape(words)}(?:{forms})(?!\w)", re.IGNORECASE)
    lead = cached(doc, "trainer.lead_text", _lead_text)
    return bool(pattern.search(lead)) and len(pattern.findall(text_of(doc))) >= MIN_MENTIONS


def _lead_text(doc: Doc) -> str:
    """The text of the doc's first LEAD_SENTENCES sentences."""
    sentences = sentences_of(doc)[:LEAD_SENTENCES]
    return doc[: sentences[-1].end].text if sentences else ""


def is_lone_given_name(doc: Doc, ent: Span, label: str) -> bool:
    """Is this blank a person's name of one word that is no one's surname in the article:
    the first name of someone it names in full ('Jared' beside 'Jared Kushner', which the
    tagger may call a product), or a name the tagger calls a person ('Ric')? A word the
    tagger calls a person where a place stands ('goes to _____') is taken for a place."""
    name = ent.text.strip()
    if len(name.split()) != 1:
        return False
    persons = person_index(doc)
    key = normalise(name)
    if any(normalise(surname(full)) == key for full in persons.full_names):
        return False
    if any(normalise(full.split()[0]) == key for full in persons.full_names):
        return True
    return label == "PERSON" and not _where_a_place_stands(ent)


def _where_a_place_stands(ent: Span) -> bool:
    """'in Bismarck', 'goes to Bismarck': the object of a preposition of place, or of 'to'
    or 'from' after a verb of going."""
    root = ent.root
    preposition = root.head
    if root.dep_ != "pobj" or preposition is root:
        return False
    if preposition.lower_ in PLACE_PREPOSITIONS:
        return True
    return preposition.lower_ in DIRECTION_PREPOSITIONS and preposition.head.lemma_ in MOTION_VERBS


def is_vague_amount(text: str) -> bool:
    """'billions of dollars', 'dozens', 'hundreds of millions': a scale with no figure."""
    if any(c.isdigit() for c in text):
        return False
    return any(word in VAGUE_MAGNITUDES for word in re.findall(r"[a-z]+", text.lower()))


def is_example(doc: Doc, ent: Span) -> bool:
    """Is the name given as an example ('say, Palmyra', 'such as Palmyra and Homs',
    'towns like Palmyra', 'for example, Palmyra')?"""
    first = ent.root
    while first.dep_ == "conj" and first.head.i < first.i:  # 'such as Palmyra and _____'
        first = first.head
    start = min(ent.start, first.left_edge.i)
    before = [t for t in doc[max(0, start - EXAMPLE_WORDS) : start] if t.text != ","]
    words = " ".join(t.lower_ for t in before)
    for marker in EXAMPLE_MARKERS:
        if not (words == marker or words.endswith(f" {marker}")):
            continue
        last = before[-1]
        if marker == "like":  # 'towns like _____', not 'we would like _____ to ...'
            return last.pos_ in ("ADP", "SCONJ")
        if marker == "say":  # 'say, _____', not 'as they say, _____'
            return doc[start - 1].text == "," and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in last.children
            )
        return True
    return False

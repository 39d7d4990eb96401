"""Whether "he" or "she" can mean a person the speaker code found for it.

Two things make a pronoun unsure even when one named person spoke or was named last:
- the article gives the person the other sex: 'Mr Roe', 'Ms Roe', 'Roe said she would stay'
  ("she said" after Good's quote is not Good's);
- someone the article does not name is the subject of a clause between the person and the
  pronoun: 'His wife was at home. "...," she said', 'The principal disagreed. "...," she
  said'. The pronoun may mean them, so the quotation is credited to no one.
Used by extract.speakers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from trainer.extract.doc import text_of
from trainer.extract.subjects import CHARACTER_NOUNS, entity_at
from trainer.language.lexicon import NAME_TITLES, wordset
from trainer.language.posts import OCCUPATIONS, RANKS
from trainer.language.sexes import FEMALE, FEMALE_NOUNS, MALE, MALE_NOUNS, of_noun, of_pronoun
from trainer.language.text import normalise

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Entity labels of a subject that is no one "he"/"she" could mean.
NOT_PEOPLE = frozenset(
    {"GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"}
    | {"QUANTITY", "PRODUCT", "EVENT", "LAW", "LANGUAGE", "WORK_OF_ART"}
)

# Nouns for a person of either sex, besides the sources and characters of extract.subjects.
PERSON_NOUNS = (
    CHARACTER_NOUNS
    | OCCUPATIONS
    | RANKS
    | (NAME_TITLES - wordset("mr mrs ms miss dr sir dame hon honourable honorable"))
    | wordset(
        """person child baby teenager teen parent grandparent sibling cousin partner spouse
        friend colleague boss principal coach referee umpire judge prosecutor detective
        inspector officer guard chef author reporter journalist editor host presenter
        candidate opponent rival leader founder owner landlord suspect defendant accused
        gunman attacker killer"""
    )
    | FEMALE_NOUNS
    | MALE_NOUNS
)
# Courtesy titles that give the sex of the name after them: "Mr Yeo", "Ms. Roe", "Dame Jo".
_TITLE = r"(?:(Mr|Sir|Lord)|(Mrs|Ms|Miss|Dame|Lady))\.?\s+"
_TITLE_BEFORE = re.compile(rf"\b{_TITLE}$")  # a mention after the title: "Mr [Yeo]"
_TITLE_OPENING = re.compile(_TITLE)  # ...or a mention with it: "[Ms Tan]"


def sex_of_word(word: str) -> str | None:
    """The sex a pronoun or a person noun says, if any."""
    word = word.lower()
    return of_pronoun(word) or of_noun(word) or None


def sexes_of(
    doc: Doc,
    mentions: Iterable[tuple[int, str]],
    inside: Callable[[int], bool],
    named_between: Callable[[int, int], set[str]],
) -> dict[str, set[str]]:
    """What the article says of each named person's sex: a courtesy title before a mention,
    or a "he"/"she" subject in a sentence whose only person named is them as a subject
    ('Abney said Wednesday that she arrived')."""
    text = text_of(doc)
    sexes: dict[str, set[str]] = {}
    for offset, name in mentions:
        title = _TITLE_BEFORE.search(text[max(0, offset - 8) : offset]) or _TITLE_OPENING.match(
            text, offset
        )
        if title:
            sexes.setdefault(name, set()).add(MALE if title.group(1) else FEMALE)
    for sentence in doc.sents:
        named = named_between(sentence.start_char, sentence.end_char)
        if len(named) != 1:
            continue
        name = next(iter(named))
        subjects = [t for t in sentence if t.dep_ in ("nsubj", "nsubjpass") and not inside(t.idx)]
        spans = [
            (e.start_char, e.end_char) if e else (t.idx, t.idx + len(t))
            for t in subjects
            for e in [entity_at(t)]
        ]
        if not any(named_between(*span) for span in spans):
            continue
        said = {of_pronoun(t.lower_) for t in subjects if t.lower_ in ("he", "she")}
        if len(said) == 1:
            sexes.setdefault(name, set()).update(said)
    return sexes


def unnamed_person_between(
    doc: Doc,
    start: int,
    end: int,
    sex: str | None,
    inside: Callable[[int], bool],
    describes: Callable[[Token], set[str]],
    person: str,
    reports: Callable[[Token], str | None],
) -> bool:
    """Is a person the article does not name the subject of a clause between the offsets
    ('His wife was at home.', 'The principal disagreed.'), one "he"/"she" (of `sex`) or a
    quotation standing alone (`sex` None) may mean: of that sex or of neither, and not a word the article uses for `person` ('Jane Roe,
    the principal, ... The principal said'), nor in what the person is reported to have said
    ('Peters said the man was at a stall. "...," he added': Peters is still the one
    speaking)?"""
    span = doc.char_span(start, end, alignment_mode="expand") if start < end else None
    for token in span if span is not None else ():
        if (
            token.dep_ not in ("nsubj", "nsubjpass")
            or token.tag_ != "NN"
            or token.lower_ not in PERSON_NOUNS
            or inside(token.idx)
            or token.ent_type_ == "PERSON"
        ):
            continue
        noun_sex = sex_of_word(token.lower_)
        if sex is not None and noun_sex is not None and noun_sex != sex:
            continue
        if any(reports(verb) == person for verb in token.ancestors):
            continue
        same = [t for t in doc[: token.i + 1] if t.lower_ == token.lower_]
        if any(person in describes(t) for t in same):
            continue
        return True
    return False


def named_subject_between(
    doc: Doc, start: int, end: int, person: str, in_a_quotation: Callable[[int], bool]
) -> bool:
    """Does a clause between the two offsets have a name of its own for subject, one the
    person index does not know ('Curie, 21, a Korean exchange student, came second ...
    She said: "..."'; '"Perry" chimed in: "...," he said')? Then "he"/"she" may mean
    them, not `person`."""
    span = doc.char_span(start, end, alignment_mode="expand") if start < end else None
    words = {normalise(w) for w in person.split()}
    for token in span if span is not None else ():
        if (
            token.dep_ in ("nsubj", "nsubjpass")
            and not in_a_quotation(token.idx)
            and token.pos_ == "PROPN"
            and token.text[:1].isupper()
            and token.ent_type_ not in NOT_PEOPLE
            and normalise(token.text) not in words
            and not any(c.dep_ in ("compound", "det") for c in token.children)
            and not (token.text.isupper() and len(token.text) > 1)  # 'the EU', 'NASA'
        ):
            return True
    return False


def is_subject_at(doc: Doc, offset: int) -> bool:
    """Is the name at the offset a clause's subject, itself or through a word it stands
    beside ('Lucas Paganini, a NASA scientist, said', 'said Jane Roe', 'the novelist Jo
    Walton explained')? Not when only an object ('led by Mary Munive')."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None:
        return False
    entity = entity_at(span[0])
    token = entity.root if entity is not None else span[0]
    while token.dep_ in ("appos", "compound", "conj") and token.head is not token:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass")

"""Who a speech verb's subject is: a named person, an organisation, an unnamed source, or
"he"/"she" resolved to the one person it can mean.

`Speakers` is built once per Doc (by extract.quotes). It walks every speech verb outside the
quotation marks in text order, so "he said" can look back at the last person who spoke, with
or without quotation marks ("Williams said the call was unusual. ... 'I believe ...,' she said").
Names inside quotation marks are never taken for the person a pronoun means. A pronoun of
the other sex, or someone unnamed in between ('His wife was at home.'), leaves it to no one
(extract.pronoun_fit).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from trainer.extract.doc import text_of
from trainer.extract.persons import PersonIndex, is_company_name
from trainer.extract.pronoun_fit import (
    is_subject_at,
    named_subject_between,
    sexes_of,
    unnamed_person_between,
)
from trainer.extract.subjects import (
    CHARACTER_NOUNS,
    SOURCE_NOUNS,
    apposition_after_clause,
    document_of,
    entities,
    entity_at,
    is_speech_verb,
    lone_surname,
    name_between_commas,
    name_of,
    organisation_of,
    subject_of,
    unnamed_source,
    with_courtesy_title,
)
from trainer.knowledge.organisations import known_organisation
from trainer.language.lexicon import BODY_NOUNS, GENERAL_BODY_NOUNS
from trainer.language.sexes import of_first_name, of_pronoun

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PRONOUNS = frozenset({"he", "she"})
BODY_PRONOUNS = frozenset({"they", "it"})

# Quoted words this short may be a name ('"Perry" chimed in'), not a quotation.
NICKNAME_WORDS = 3
# How far back (characters) "he said" may look for the person it means.
PRONOUN_REACH = 1500
# ...and how far back it may look for the one person named nearby.
PRONOUN_NEAR = 600


@dataclass(frozen=True)
class Speaker:
    """Who said something, as a card names them."""

    name: str  # "Jane Roe", "the Defense Ministry", "a Turkish official"
    named: bool = True  # False for an unnamed source
    organisation: bool = False


@dataclass(frozen=True)
class _Spoke:
    start: int  # characters of the subject and its verb
    end: int
    speaker: Speaker | None  # None: someone the article does not name here
    told: tuple[int, int] = (0, 0)  # characters of whom they spoke to ("told Benioff")


class Speakers:
    """The speaker of any speech verb's subject in one doc."""

    def __init__(self, doc: Doc, persons: PersonIndex, quoted: list[tuple[int, int]]):
        self.persons = persons
        self._doc = doc
        self._text = text_of(doc)
        self._quoted = sorted(quoted)
        # a lone word tagged as a person once ("posted on Twitter") names no one
        tagged = Counter(e.text for e in entities(doc) if e.label_ == "PERSON")
        self._mentions = [
            (o, n)
            for o, n in persons.mentions
            if not self._inside(o) and (n in persons.full_names or " " in n or tagged[n] > 1)
        ]
        self._organisation_mentions = [
            (e.start_char, name, e.root.dep_ in ("nsubj", "nsubjpass"))
            for e in entities(doc)
            if e.label_ == "ORG" and not self._inside(e.start_char)
            for name in [organisation_of(e.root)]
            if name is not None
        ]
        self._organisations = [(offset, name) for offset, name, _ in self._organisation_mentions]
        # what the article says of each person's sex ('Mr Yeo', 'Abney said she ...')
        self._sexes = sexes_of(doc, self._mentions, self._inside, self.named_between)
        self._spoke: list[_Spoke] = []
        self._by_subject: dict[int, Speaker | None] = {}
        for token in doc:
            if not is_speech_verb(token) or self._inside(token.idx):
                continue
            subject = subject_of(token)
            if subject is None and token.tag_ in ("VBZ", "VBD", "VBP") and token.dep_ == "ROOT":
                # "Early says ..." with "Early" misread: someone spoke whom we cannot name
                end = token.idx + len(token)
                self._spoke.append(_Spoke(token.sent.start_char, end, None))
                continue
            if subject is None or subject.i in self._by_subject or self._inside(subject.idx):
                continue
            speaker = self._resolve(subject)
            self._by_subject[subject.i] = speaker
            ends = (subject.idx, subject.idx + len(subject), token.idx, token.idx + len(token))
            told = [t for c in token.children if c.dep_ in ("dobj", "dative") for t in c.subtree]
            told_at = (told[0].idx, told[-1].idx + len(told[-1])) if told else (0, 0)
            self._spoke.append(_Spoke(min(ends), max(ends), speaker, told_at))
        self._spoke.sort(key=lambda s: s.start)

    def of(self, subject: Token) -> Speaker | None:
        """The speaker a subject token means, or None when unsure."""
        if subject.i in self._by_subject:
            return self._by_subject[subject.i]
        return self._resolve(subject)

    def named_between(self, start: int, end: int) -> set[str]:
        """Persons named outside quotation marks between two offsets."""
        return {name for offset, name in self._mentions if start <= offset < end}

    def _inside(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self._quoted)

    def _in_a_quotation(self, offset: int) -> bool:
        """Inside quoted words longer than a nickname ('"Perry" chimed in' is a name)."""
        return any(
            s <= offset < e and len(self._text[s:e].split()) > NICKNAME_WORDS
            for s, e in self._quoted
        )

    def _resolve(self, subject: Token) -> Speaker | None:
        if any(
            c.dep_ == "conj" and (c.ent_type_ == "PERSON" or c.lower_ in PRONOUNS)
            for c in subject.children
        ):
            return None  # "Roe and Doe said": two speakers ("Roe and his team": Roe's words)
        if subject.lower_ in PRONOUNS:
            name = self._pronoun(subject)
            # what "he"/"she" resolved to is no evidence of sex: one slip ('Michelle Obama
            # said he believes') would keep every later "she said" from her
            return Speaker(name) if name and self._fits(subject, name) else None
        if subject.lower_ in BODY_PRONOUNS:
            body = self._body_pronoun(subject)
            return Speaker(body, organisation=True) if body else None
        named_after = apposition_after_clause(subject) or name_between_commas(subject)
        if named_after is not None:
            return self._resolve(named_after)
        document = document_of(subject)
        if document is not None:
            return self._resolve(document)
        if subject.ent_type_ == "PERSON" and any(
            c.dep_ == "det" and c.lower_ == "the" for c in subject.children
        ):
            return None  # 'the former Manchester United and FC Barcelona striker said': a club
        first = self.persons.first_name_owner(subject)  # 'Dale wrote' after 'Dale Ford'
        if first is not None:
            return Speaker(first)
        name = name_of(subject, self.persons) or lone_surname(subject)
        if name is not None and (
            is_company_name(name) or known_organisation(name) or _written_as_a_body(subject, name)
        ):
            # 'Rodong Sinmun said', 'Boko Haram said': a body the tagger took for a person
            # (samples Q75, Q77: MIXED among people)
            return Speaker(name, organisation=True)
        if name is not None:
            resolved = self.persons.resolve(name)
            if resolved and " " not in resolved and resolved not in self.persons.full_names:
                resolved = with_courtesy_title(subject, resolved)
            return Speaker(resolved) if resolved else None
        unnamed = unnamed_source(subject) or self._same_source(subject)
        if unnamed is not None:
            return Speaker(unnamed, named=False)
        described = self._described(subject)
        if described is not None:
            return described
        organisation = organisation_of(subject) or self._known_body(subject) or self._body(subject)
        if organisation is not None:
            return Speaker(organisation, organisation=True)
        return None

    def _same_source(self, subject: Token) -> str | None:
        """'the doctor said' after 'A doctor on the scene told Ruptly': the source named so
        before (the last unnamed source, if its words have that noun)."""
        if subject.lower_ not in SOURCE_NOUNS or [c.lower_ for c in subject.lefts] != ["the"]:
            return None
        before = [
            s
            for s in self._spoke
            if s.end <= subject.idx and subject.idx - s.start <= PRONOUN_REACH and s.speaker
        ]
        unnamed = [s.speaker for s in before if s.speaker and not s.speaker.named]
        last = unnamed[-1].name if unnamed else ""
        if len(last.split()) > 2 and subject.lower_ in last.lower().split():
            return last  # "a doctor on the scene"; a bare "a spokesperson" says too little
        return None

    def _described(self, subject: Token) -> Speaker | None:
        """'the patient said': the one person the article names with that noun beside the
        name ('Jane Roe, the spokeswoman', 'spokeswoman Jane Roe'); when it names nobody
        so, and has spoken of "the patient" before, the patient: a person it never names."""
        word = subject.lower_
        if (
            word not in CHARACTER_NOUNS
            or subject.tag_ != "NN"
            or [c.lower_ for c in subject.lefts if not c.is_punct] != ["the"]
        ):
            return None
        same = [
            t
            for t in subject.doc[: subject.i]
            if t.lower_ == word and t.tag_ == "NN" and not self._inside(t.idx)
        ]
        persons = {name for t in same for name in self._person_beside(t)}
        if len(persons) == 1:
            return Speaker(next(iter(persons)))
        others = {  # "a patient at the clinic said" before: which patient?
            s.speaker.name
            for s in self._spoke
            if s.end <= subject.idx and s.speaker and not s.speaker.named
        } - {f"the {word}"}
        if persons or any(word in name.split() for name in others):
            return None
        spoken_of = [t for t in same if [c.lower_ for c in t.lefts][:1] in (["the"], ["a"])]
        return Speaker(f"the {word}", named=False) if spoken_of else None

    def _person_beside(self, noun: Token) -> set[str]:
        """Persons a noun describes: a name in apposition either way, or after it."""
        near = [noun.head] if noun.dep_ in ("appos", "compound") else []
        near += [c for c in noun.children if c.dep_ in ("appos", "compound")]
        names = [entity_at(t) for t in near if t.ent_type_ == "PERSON"]
        return {
            name
            for ent in names
            if ent is not None
            for name in self.named_between(ent.start_char, ent.end_char)
        }

    def _known_body(self, subject: Token) -> str | None:
        """'Big Machine have denied' where the tagger missed the name it tagged elsewhere;
        'the group that owns her music, Big Machine, says': the name in apposition."""
        names = {name.removeprefix("the "): name for _, name in self._organisations}
        for token in (subject, *(c for c in subject.children if c.dep_ == "appos")):
            words = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            text = " ".join([*(w.text for w in words), token.text])
            if token.pos_ == "PROPN" and text in names:
                return names[text]
            if token is not subject and token.ent_type_ == "ORG":
                return organisation_of(token)
        return None

    def _body_pronoun(self, subject: Token, depth: int = 0) -> str | None:
        """'they said' / 'it says' -> the one organisation that is the subject of a clause
        (or spoke) in the sentence before, when there is exactly one. The sentence before
        is the one before the quote ('"A. B," they said': before "A"); when it names no
        body but its subject is itself 'they' or 'it' ("Now they've put out another
        statement."), that pronoun's body."""
        previous = self._sentence_before(subject)
        start = previous.start_char
        named = {
            name
            for offset, name, is_subject in self._organisation_mentions
            if start <= offset < subject.idx and is_subject
        } | {
            s.speaker.name
            for s in self._spoke
            if start <= s.start and s.end <= subject.idx and s.speaker and s.speaker.organisation
        }
        if not named and depth == 0 and previous.start_char < subject.sent.start_char:
            pronouns = [
                t
                for t in previous
                if t.lower_ in BODY_PRONOUNS and t.dep_ == "nsubj" and t.head.dep_ == "ROOT"
            ]
            if len(pronouns) == 1 and not self.named_between(start, subject.idx):
                return self._body_pronoun(pronouns[0], depth + 1)
        return next(iter(named)) if len(named) == 1 else None

    def _sentence_before(self, token: Token) -> Span:
        """The sentence before the token's, passing over sentences that open inside
        quotation marks (the earlier sentences of the quote the token attributes)."""
        doc = token.doc
        sentence = token.sent
        opening = [s for s, e in self._quoted if s <= sentence.start_char + 1 < e]
        if opening and opening[0] < sentence.start_char:
            first = doc.char_span(opening[0], opening[0] + 1, alignment_mode="expand")
            sentence = first[0].sent if first is not None else sentence
        while sentence.start:  # past a paragraph that is nothing but a quotation
            sentence = doc[sentence.start - 1].sent
            if any(not t.is_punct and not t.is_space and not self._inside(t.idx) for t in sentence):
                break
        return sentence

    def _body(self, subject: Token) -> str | None:
        """'the ministry said' -> the organisation it refers back to: the one organisation
        named in the sentences before whose name has that word ("the Defense Ministry"),
        or, for a general word ("the company"), the only organisation named there."""
        word = subject.lower_
        left = [c for c in subject.lefts]
        if word not in BODY_NOUNS or [c.lower_ for c in left] != ["the"]:
            return None
        window = [
            name
            for offset, name in self._organisations
            if subject.idx - PRONOUN_NEAR <= offset < subject.idx
        ]
        named = {n for n in window if word in n.lower().split()}
        if not named and word in GENERAL_BODY_NOUNS:
            named = set(window)
        return next(iter(named)) if len(named) == 1 else None

    def _pronoun(self, subject: Token) -> str | None:
        """The last person who spoke, when no other person was named since; else the one
        person named or speaking in the few sentences before, when there is exactly one and
        nobody else is named in the pronoun's own sentence."""
        at = subject.idx
        sentence = subject.sent
        in_sentence = self.named_between(sentence.start_char, sentence.end_char)
        before = [s for s in self._spoke if s.end <= at and at - s.start <= PRONOUN_REACH]
        if before:
            last = before[-1]
            person = last.speaker if last.speaker and _is_person(last.speaker) else None
            if person is not None and self._full(person.name):
                # whom the last speaker told ("Cook told Benioff") is not a new topic
                told_start, told_end = last.told
                since = (
                    self.named_between(last.end, at)
                    if told_end <= last.end
                    else self.named_between(last.end, told_start) | self.named_between(told_end, at)
                )
                if (
                    not since - {person.name}
                    and person.name not in self._objects(subject)
                    and not self._someone_else_between(last.end, at, person.name)
                ):
                    return person.name
            elif last.speaker is None or not self.named_between(last.end, at):
                # "Early says ... he says" (Early unknown), "a senior official said ... he
                # said": the one who spoke last, whom the article does not name here
                return None
        if in_sentence:
            return None  # "he told Benioff": someone else in the sentence makes "he" unsure
        subject_before = self._only_subject_before(subject)
        if subject_before is not None:
            return subject_before
        window = max(0, at - PRONOUN_NEAR)
        near = self.named_between(window, at) | {
            s.speaker.name
            for s in before
            if s.start >= window and s.speaker is not None and _is_person(s.speaker)
        }
        if len(near) == 1 and self._full(next(iter(near))):
            one = next(iter(near))
            if self._someone_else_between(window, at, one):
                return None
            return one if self._a_subject_near(window, at, one) else None
        return None

    def _fits(self, pronoun: Token, person: str) -> bool:
        """Can "he"/"she" mean the person: not of the other sex as the article has it
        ('Mr Roe' ... "she said"), and nobody unnamed the subject of a clause since the
        person was last named or spoke ('His wife was at home. "...," she said')."""
        at = pronoun.idx
        known = self._sexes.get(person, set()) or {of_first_name(person)} - {""}
        if len(known) == 1 and of_pronoun(pronoun.lower_) not in known:
            return False
        seen = [o for o, n in self._mentions if n == person and o < at]
        seen += [
            s.end for s in self._spoke if s.speaker and s.speaker.name == person and s.end <= at
        ]
        start = max(seen) if seen else max(0, at - PRONOUN_NEAR)
        return not self.unnamed_between(start, at, person, of_pronoun(pronoun.lower_))

    def unnamed_between(self, start: int, end: int, person: str, sex: str | None = None) -> bool:
        """Is someone the article does not name the subject of a clause between the offsets,
        someone other than `person` whom a pronoun of that sex (or a quotation standing
        alone) may mean? See extract.pronoun_fit."""
        return unnamed_person_between(
            self._doc, start, end, sex, self._inside, self._person_beside, person, self._reports
        )

    def _reports(self, verb: Token) -> str | None:
        """Whose words a speech verb reports, when its subject was resolved to a person."""
        subject = subject_of(verb) if is_speech_verb(verb) else None
        speaker = self._by_subject.get(subject.i) if subject is not None else None
        return speaker.name if speaker is not None else None

    def _someone_else_between(self, start: int, end: int, person: str) -> bool:
        """Does a clause between the offsets have a name of its own for subject ('Curie, 21,
        ... came second. She said: "..."')? See extract.pronoun_fit.named_subject_between."""
        return named_subject_between(self._doc, start, end, person, self._in_a_quotation)

    def _a_subject_near(self, start: int, end: int, person: str) -> bool:
        """Is the person a clause's subject (or speaker) between the offsets, not only named
        ('led by the vice-president-elect, Mary Munive,' makes her no one "he" may mean)?"""
        spoke = any(
            s.speaker and s.speaker.name == person for s in self._spoke if start <= s.start < end
        )
        return spoke or any(
            n == person and is_subject_at(self._doc, o)
            for o, n in self._mentions
            if start <= o < end
        )

    def _only_subject_before(self, pronoun: Token) -> str | None:
        """'Stafford was adamant. "...," he said': the one person the sentence before names,
        when that person is the subject of a clause there, in the same paragraph (a quote
        opening a paragraph after 'Martin Taylor lived in a dry house.' may go on with the
        doctor who spoke before)."""
        previous = self._sentence_before(pronoun)
        between = text_of(pronoun.doc)[previous.start_char : pronoun.idx]
        if previous.start_char >= pronoun.sent.start_char or "\n" in between:
            return None
        named = self.named_between(previous.start_char, previous.end_char)
        if len(named) != 1 or not self._full(next(iter(named))):
            return None
        name = next(iter(named))
        subjects = [
            t
            for t in previous
            if t.dep_ in ("nsubj", "nsubjpass") and not self._inside(t.idx)
            for ent in [entity_at(t)]
            if self.named_between(t.idx, t.idx + len(t))
            or (ent is not None and self.named_between(ent.start_char, ent.end_char))
        ]
        return name if subjects else None

    def _objects(self, subject: Token) -> set[str]:
        """Persons named in the pronoun's own clause besides it: 'he told Cook' is not Cook."""
        clause = [t for t in subject.head.subtree if t not in subject.subtree]
        return {
            name
            for t in clause
            if t.ent_type_ == "PERSON" or t.pos_ == "PROPN"
            for name in self.named_between(t.idx, t.idx + len(t))
        }

    def _full(self, name: str) -> bool:
        return " " in name or name in self.persons.full_names


def _is_person(speaker: Speaker) -> bool:
    return speaker.named and not speaker.organisation


# What heads or fills a body, before the body's name ('Deputy Director of Avaaz').
BODY_POSTS = r"(?:director|founder|members|campaigners|chairman|chairwoman|officials)"


def _written_as_a_body(subject: Token, name: str) -> bool:
    """'Avaaz points out ...' where the page has 'Deputy Director of Avaaz' or 'Avaaz.org':
    a one-word name the tagger took for a person that the article writes as a body's
    (sample Q101: 'Avaaz' among people's options)."""
    if " " in name:
        return False
    text, word = text_of(subject.doc), re.escape(name)
    return (
        re.search(rf"\b{BODY_POSTS} (?:of|for|at|with) {word}\b(?!['’]| [A-Z])", text, re.I)
        is not None
        or re.search(rf"\b{word}\.(?:org|com|net)\b", text) is not None
    )

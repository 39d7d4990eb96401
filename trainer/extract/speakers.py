"""Who a speech verb's subject is: a named person, an organisation, an unnamed source, or
"he"/"she" resolved to the one person it can mean.

`Speakers` is built once per Doc (by extract.quotes). It walks every speech verb outside the
quotation marks in text order, so "he said" can look back at the last person who spoke, with
or without quotation marks ("Williams said the call was unusual. ... 'I believe ...,' she said").
Names inside quotation marks are never taken for the person a pronoun means.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from trainer.extract.doc import cached
from trainer.extract.persons import PersonIndex, is_company_name
from trainer.language.lexicon import (
    BODY_NOUNS,
    COURTESY_TITLES,
    GENERAL_BODY_NOUNS,
    NAME_TITLES,
    SPEECH_VERBS,
    wordset,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Nouns an unnamed source is made of: "a senior administration official", "one Turkish official".
SOURCE_NOUNS = wordset(
    """official officials spokesman spokeswoman spokesperson source sources aide diplomat officer
    analyst expert resident witness executive lawmaker representative employee worker member
    insider adviser advisor staffer commander negotiator doctor physician nurse surgeon lawyer
    attorney researcher scientist economist strategist activist protester demonstrator survivor
    relative neighbor neighbour victim soldier teacher student organizer organiser volunteer
    investor trader manager director resident"""
)

# Nouns an article may call a person by throughout, without a name: "the patient wrote".
CHARACTER_NOUNS = SOURCE_NOUNS | wordset(
    """patient passenger driver pilot customer owner tenant farmer user caller"""
)

# Nouns for a post a person holds: "the director, Jane Roe, said".
TITLE_NOUNS = SOURCE_NOUNS | NAME_TITLES
PRONOUNS = frozenset({"he", "she"})
BODY_PRONOUNS = frozenset({"they", "it"})
# What a body speaks through: "a statement from the ministry said".
DOCUMENT_NOUNS = wordset("report statement note letter study survey analysis memo release")

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
            for name in [_organisation(e.root)]
            if name is not None
        ]
        self._organisations = [(offset, name) for offset, name, _ in self._organisation_mentions]
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

    def _resolve(self, subject: Token) -> Speaker | None:
        if any(
            c.dep_ == "conj" and (c.ent_type_ == "PERSON" or c.lower_ in PRONOUNS)
            for c in subject.children
        ):
            return None  # "Roe and Doe said": two speakers ("Roe and his team": Roe's words)
        if subject.lower_ in PRONOUNS:
            name = self._pronoun(subject)
            return Speaker(name) if name else None
        if subject.lower_ in BODY_PRONOUNS:
            body = self._body_pronoun(subject)
            return Speaker(body, organisation=True) if body else None
        named_after = _apposition_after_clause(subject)
        if named_after is not None:
            return self._resolve(named_after)
        document = _document_of(subject)
        if document is not None:
            return self._resolve(document)
        name = _name_of(subject, self.persons) or _lone_surname(subject)
        if name is not None and is_company_name(name):
            return Speaker(name, organisation=True)
        if name is not None:
            resolved = self.persons.resolve(name)
            if resolved and " " not in resolved and resolved not in self.persons.full_names:
                resolved = _with_courtesy_title(subject, resolved)
            return Speaker(resolved) if resolved else None
        unnamed = _unnamed_source(subject) or self._same_source(subject)
        if unnamed is not None:
            return Speaker(unnamed, named=False)
        described = self._described(subject)
        if described is not None:
            return described
        organisation = _organisation(subject) or self._known_body(subject) or self._body(subject)
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
        return {
            name
            for t in near
            if t.ent_type_ == "PERSON"
            for name in self.named_between(t.idx, t.idx + len(t))
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
                return _organisation(token)
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
                if not since - {person.name} and person.name not in self._objects(subject):
                    return person.name
            elif last.speaker is None or not self.named_between(last.end, at):
                # "Early says ... he says" (Early unknown), "a senior official said ... he
                # said": the one who spoke last, whom the article does not name here
                return None
        if in_sentence:
            return None  # "he told Benioff": someone else in the sentence makes "he" unsure
        window = max(0, at - PRONOUN_NEAR)
        near = self.named_between(window, at) | {
            s.speaker.name
            for s in before
            if s.start >= window and s.speaker is not None and _is_person(s.speaker)
        }
        if len(near) == 1 and self._full(next(iter(near))):
            return next(iter(near))
        return None

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


def entities(doc: Doc) -> list[Span]:
    """The doc's entities, built once (`doc.ents` makes every span anew on each call)."""
    return cached(doc, "trainer.entities", lambda d: list(d.ents))


def entity_at(token: Token) -> Span | None:
    """The entity a token is part of, if any."""
    by_token = cached(
        token.doc,
        "trainer.entity_at",
        lambda d: {i: e for e in entities(d) for i in range(e.start, e.end)},
    )
    return by_token.get(token.i)


def is_speech_verb(token: Token) -> bool:
    """'said', 'told', 'added' ... 'made clear' ('with Carter making clear that "..."') and
    'pointed out'."""
    if token.pos_ not in ("VERB", "AUX") or any(c.dep_ == "auxpass" for c in token.children):
        return False  # "That being said", "It should be noted that": nobody speaks
    lemma = token.lemma_.lower()
    particles = {c.lower_ for c in token.children}
    return (
        lemma in SPEECH_VERBS
        or (lemma == "make" and "clear" in particles)
        or (lemma == "point" and "out" in particles)
    )


def subject_of(verb: Token) -> Token | None:
    """The subject of a speech verb; a participle ("..., insisting that") borrows its clause's."""
    noun = verb.doc[verb.i - 1] if verb.i else verb
    if (
        noun.pos_ in ("NOUN", "PROPN")
        and verb.tag_ in ("VBD", "VBN")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        # '"...," the patient described': the verb misread as the noun's participle
        first = noun.i
        while first and verb.doc[first - 1].head == noun and not verb.doc[first - 1].is_punct:
            first -= 1
        if first and verb.doc[first - 1].text in ('"', "”", "'", "’"):
            return noun
    node = verb
    for _ in range(3):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:  # "Wikileaks editor-in-chief Kristinn Hrafnsson": the name, if one is there
            # "CPUC President Marybel Batjer said", parsed as two subjects: the person
            persons = [c for c in subjects if c.ent_type_ == "PERSON"]
            named = [c for c in subjects if c.pos_ == "PROPN"]
            return (persons or named or subjects)[0]
        if node.dep_ in ("advcl", "xcomp", "conj", "pcomp", "acl") and node.head is not node:
            node = node.head
            continue
        break
    return None


def _name_of(token: Token, persons: PersonIndex) -> str | None:
    """The person a subject token names, as written; a surname the tagger took for an
    organisation still counts when the article introduced that person by full name."""
    if token.ent_type_ == "PERSON":
        ent = entity_at(token)
        if ent is not None:
            return ent.text
    if token.pos_ == "PROPN" or (token.text[:1].isupper() and token.is_alpha):
        # "Petrides said": a surname the tagger took for a common noun is still the person
        words = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        text = " ".join([*(w.text for w in words), token.text])
        if persons.resolve(text) in persons.full_names:
            return text
    appos = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if appos:
        name = _name_of(appos[0], persons)
        if name is None and token.lower_ in TITLE_NOUNS and token.is_lower:
            # "Sweden's deputy director of public prosecutions, Eva-Marie Persson, said":
            # a name of two or more words in apposition to a post is a person's
            words = [c for c in appos[0].lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            if words:
                name = token.doc[words[0].i : appos[0].i + 1].text
        return name
    return None


def _apposition_after_clause(subject: Token) -> Token | None:
    """'The company that runs the AMAs, Dick Clark Productions, denies': the name after the
    subject's relative clause is the subject's, though the parser hangs it on the clause."""
    clauses = [c for c in subject.children if c.dep_ == "relcl"]
    if not clauses:
        return None
    doc = subject.doc
    name = max(clauses[-1].subtree, key=lambda t: t.i)
    if name.dep_ != "appos" or name.pos_ != "PROPN" or name.i + 2 >= len(doc):
        return None
    first = min(t.i for t in name.subtree)
    comma, verb = doc[name.i + 1], doc[name.i + 2]
    if doc[first - 1].text != "," or comma.text != "," or verb != subject.head:
        return None
    return name


def _unnamed_source(token: Token) -> str | None:
    """ "one Turkish official" -> "a Turkish official"; definite ones ("the official") refer back."""
    if token.lower_ not in SOURCE_NOUNS or token.tag_ in ("NNS", "NNPS"):
        return None
    left = [c for c in token.lefts]
    if not left:
        return None
    det = left[0]
    if det.lower_ not in ("a", "an", "one"):
        return None
    if any(c.dep_ not in ("det", "nummod", "amod", "compound") for c in left):
        return None
    doc = token.doc
    end = token.i + 1
    # "a spokesperson for the British Foreign Office": a short prepositional phrase belongs to it
    preps = [
        c
        for c in token.rights
        if c.dep_ == "prep" and c.lower_ in ("for", "at", "with", "of", "on", "in", "from")
    ]
    if preps and preps[0].i == token.i + 1:
        sub = list(preps[0].subtree)
        if len(sub) <= 6 and all(not t.is_punct for t in sub):
            end = sub[-1].i + 1
    words = [t.text for t in doc[left[0].i + 1 : end]]
    if any("'" in w or "’" in w for w in words):
        return None
    article = "an" if words[0][:1].lower() in "aeiou" else "a"
    return " ".join([article, *words])


def _organisation(token: Token) -> str | None:
    """'the Defense Ministry said' -> 'the Defense Ministry': an ORG entity as subject."""
    if token.ent_type_ != "ORG":
        return None
    ent = entity_at(token)
    ents = [ent] if ent is not None else []
    if not ents or ents[0].root != token:
        return None
    name = ents[0].text.strip()
    the = name.lower().startswith("the ")
    name = name[4:] if the else name
    if re.search(r"['’]s$", name) or not name[:1].isupper():
        return None
    before = token.doc[ents[0].start - 1] if ents[0].start > 0 else None
    return f"the {name}" if the or (before is not None and before.lower_ == "the") else name


def _document_of(token: Token) -> Token | None:
    """'a report from Kotak Institutional Equities said' -> the body the document is from."""
    if token.lower_ not in DOCUMENT_NOUNS:
        return None
    for prep in token.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of"):
            bodies = [c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ == "ORG"]
            if bodies:
                return bodies[0]
    return None


def _lone_surname(token: Token) -> str | None:
    """'Stern said': a capitalised word the tagger left untyped, with no first name, is a
    surname (an excerpt or a second-day story may never give the full name)."""
    if (
        token.pos_ == "PROPN"
        and token.ent_type_ in ("", "PERSON")
        and token.is_title
        and token.is_alpha
        and len(token) > 2
        and not token.is_sent_start
        and not any(c.dep_ in ("compound", "det", "poss", "amod") for c in token.children)
    ):
        return token.text
    return None


def _with_courtesy_title(token: Token, name: str) -> str:
    """'Mr. Lee' stays 'Mr. Lee' when no first name is known."""
    before = token.doc[token.i - 1] if token.i else None
    if before is not None and before.text.rstrip(".").lower() in COURTESY_TITLES:
        return f"{before.text} {name}"
    return name

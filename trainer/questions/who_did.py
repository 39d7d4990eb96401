"""who_did: the lead's news as "who did what" ("The Saints upended the Falcons, 31-27, on
Sunday" -> "Who upended the Falcons in November 2012?" -> the Saints).

An article says first what happened and who did it; readers of unseen pages marked that
fact missing more often than any other (trainer.extract.events finds it). One card an
article at most, from its lead. The question carries the article's month when the
sentence tells of the article's days or of no day ("in November 2012"); told as just
done ("has dropped"), it is asked "As of November 2012, who has dropped ...?". Wrong
answers are the article's other people (for a person), organisations (for an
organisation) or countries (for a country), never one that did the same thing there. The
doer is never the article's topic (questions.giveaways): readers judged such cards trivial,
the headline names the doer.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from trainer.extract.clauses.render import render
from trainer.extract.clauses.rewrite import name_replacements
from trainer.extract.clauses.standalone import dangling
from trainer.extract.doc import evidence, in_a_day_s_name, opens_the_article, text_of
from trainer.extract.events import Event, lead_events, named_alike
from trainer.extract.persons import full_names, same_person
from trainer.extract.statements import Statement, lead_statements
from trainer.extract.subjects import entities, entity_at
from trainer.extract.title_words import capitalised_to_open
from trainer.knowledge.organisations import peers
from trainer.knowledge.places import known_place
from trainer.language.dates import month_index, written_out
from trainer.language.lexicon import NAME_PARTICLES as LEXICON_PARTICLES
from trainer.language.names import THING_NAME_ENDS, name_key, surname
from trainer.language.text import mentions, normalise
from trainer.model import AnswerType, Article, CardKind, Fact
from trainer.questions.salience import lead_end

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

SORTS = {"PERSON": "person", "ORG": "organisation", "GPE": "country"}
OTHERS = 6  # wrong answers from the article, best first; options.offered keeps three
MIN_FULL_NAMES = 3


def find(doc: Doc, article: Article) -> list[Fact]:
    if not opens_the_article(doc, article):
        return []  # a later part of a long article: no lead in it
    names = full_names(doc)
    facts = []
    for event in lead_events(doc, lead_end(article)):
        fact = _fact(doc, article, event, names)
        if fact is not None:
            facts.append(fact)
    if not facts:
        for statement in lead_statements(doc, lead_end(article)):
            fact = _statement_fact(doc, article, statement, names)
            if fact is not None:
                facts.append(fact)
    return facts


def _fact(doc: Doc, article: Article, event: Event, names: dict[str, str]) -> Fact | None:
    label = event.doer.label_
    answer = _answer(event.doer, names)
    if not _asked_as(label, answer):
        return None
    wh = "which country" if label == "GPE" else "who"
    replace = name_replacements(list(event.done), names)
    replace.update(_own(event, label))
    if dangling(list(event.done), replace):
        return None
    done = render(event.done, replace)
    if event.post:
        done = f"{done} as {event.post}"
    if event.auxiliaries:  # 'has dropped', 'was ordered', 'has been charged'
        done = f"{event.told_of_one} {done}"
    when = written_out(article.as_of) if article.as_of else ""
    if when and event.perfect:
        question = f"As of {when}, {wh} {done}?"
    elif when and event.recent and not _dated_otherwise(event):
        question = f"{wh[0].upper()}{wh[1:]} {done} in {when}?"
    elif _dated_otherwise(event):
        question = f"{wh[0].upper()}{wh[1:]} {done}?"
    elif when and _the_headline_s_news(event, article.title or ""):
        question = f"{wh[0].upper()}{wh[1:]} {done} in {when}?"
    else:
        return None  # 'Who sought a meeting with coach Gavin Hunt?': when? (sample Q22)
    if mentions(question, answer) or (label == "PERSON" and mentions(question, surname(answer))):
        return None
    others = _others(doc, event, answer, question, names)
    return _who_fact(article, event.verb.sent, normalise(done), question, answer, label, others)


def _statement_fact(
    doc: Doc, article: Article, statement: Statement, names: dict[str, str]
) -> Fact | None:
    """'Who said in July 2012 that the Boy Scouts should keep their ban on gay members?':
    the lead's statement, dated by the article's month."""
    label = statement.speaker.label_
    answer = _answer(statement.speaker, names)
    if not article.as_of or not _asked_as(label, answer):
        return None
    if label != "PERSON" and any(answer in (n, surname(n)) for n in names.values()):
        return None  # 'Perry said', the governor's surname taken for a body
    sentence = statement.verb.sent
    marks = sum(text_of(doc).count(q, sentence.start_char, statement.verb.idx) for q in '"“”')
    if marks % 2:
        return None  # 'Candidates still need ... the puzzle: charisma, ...,” says Sheila
        # Krumholz': words of a quotation opened in the sentence before (sample Q174, UNGRAM)
    shown = [*statement.told, *statement.said]
    replace = name_replacements(shown, names)
    replace.update({t.i: t.text for t in statement.own})  # the speaker's 'he', bound by 'who'
    if dangling(list(statement.said), replace) or dangling(list(statement.told), replace):
        return None
    said = render(statement.said, replace)
    first = statement.said[0]
    if first.i not in replace and (first.pos_ == "DET" or capitalised_to_open(first)):
        said = said[:1].lower() + said[1:]  # '..., Fahmi Fadzil said': its sentence's first word
    told = f" {render(statement.told, replace)}" if statement.told else ""
    wh = "Which country" if label == "GPE" else "Who"
    question = f"{wh} {statement.past}{told} in {written_out(article.as_of)} that {said}?"
    if mentions(question, answer) or (label == "PERSON" and mentions(question, surname(answer))):
        return None
    others = _said_others(doc, statement, answer, question, names)
    what = f"said|{normalise(said)}"
    return _who_fact(article, statement.verb.sent, what, question, answer, label, others)


def _asked_as(label: str, answer: str) -> bool:
    """A doer or speaker a card can name: a whole name ('Ministry of Trade, Industry and
    Energy (MOTIE' was cut short), a country the place file knows, a person's full name
    ('Taylor' among full names: the article never gave the whole name)."""
    if answer.count("(") != answer.count(")"):
        return False
    if answer.split()[-1].lower() in THING_NAME_ENDS:
        return False  # 'Who drew the ire of Trump?' -> the Diversity Visa Program: no one
    if label == "GPE" and not _a_country(answer):
        return False
    return not (label == "PERSON" and len(answer.split()) < 2)


def _who_fact(
    article: Article,
    sent: Span,
    what: str,
    question: str,
    answer: str,
    label: str,
    others: tuple[str, ...],
) -> Fact:
    """The card of the lead's doer or speaker (`what`: the act's words, keyed)."""
    return Fact(
        kind=CardKind.WHO_DID,
        key=f"who_did|{what}|{name_key(answer)}",
        question=question,
        answer=answer,
        evidence=evidence(sent.doc, sent.start_char, sent.end_char),
        source=article.id,
        answer_type=AnswerType(SORTS[label]),
        accept=(surname(answer),) if label == "PERSON" else (),
        tags=(SORTS[label],),
        person=answer if label == "PERSON" else "",
        others=others,
    )


_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")


def _answer(doer: Span, names: dict[str, str]) -> str:
    """The doer's full name ('Putin' -> 'Vladimir Putin'), without 'the'; without a
    possessive only where the name owns something ('Apple's lawyers'), not where it is the
    name's own ("Moody's cited ...", sample Q7)."""
    text = _THE.sub("", doer.text).strip()
    if doer.root.dep_ == "poss":
        text = _POSSESSIVE.sub("", text).strip()
    return names.get(text, text) if doer.label_ == "PERSON" else text


OWN = {"his": "their", "her": "their", "their": "their", "its": "its"}


def _own(event: Event, label: str) -> dict[int, str]:
    """The doer's own ('replaced its spokesperson', 'asked her partymen'): 'its' of an
    organisation or a country, 'their' of a person (no 'her' to give the answer away).
    Only the first possessive, and only when no other name comes before it."""
    for token in event.done:
        if token.ent_type_ in NAME_LABELS:
            return {}
        if token.lower_ in OWN and token.dep_ == "poss":
            own = OWN[token.lower_] if label == "PERSON" else "its"
            if (label == "PERSON") == (token.lower_ == "its"):
                return {}  # 'its' of a person, 'his' of a company: someone else's
            return {token.i: own}
    return {}


NAME_LABELS = frozenset(("PERSON", "ORG", "GPE", "NORP"))
HEADLINE_WORD = re.compile(r"[A-Za-z][A-Za-z-]+")
WHERE_AND_WHEN = frozenset(("GPE", "LOC", "NORP", "DATE", "TIME"))  # no act of their own
MIN_STEM = 4  # 'ousts' is 'oust' told now: a verb's lemma opens its headline form


def _the_headline_s_news(event: Event, title: str) -> bool:
    """A lead act told with no day is the article's news, of its month, when the headline
    tells it too: its verb or a noun it takes (not a place's) is a headline word ('The U.S. Justice
    Department issued a warrant to seize an Iranian oil tanker' under 'U.S. issues
    warrant to seize Iranian tanker'). An act the headline does not tell may be background
    of any time ('Who sought a meeting with coach Gavin Hunt?', sample Q22)."""
    heard = [w.lower() for w in HEADLINE_WORD.findall(title)]
    doer = {t.i for t in event.doer}
    words = [event.verb.lemma_.lower()] + [
        t.lemma_.lower()
        for t in event.done
        if t.pos_ in ("NOUN", "PROPN")
        and t.i not in doer
        and t.ent_type_ not in WHERE_AND_WHEN
        and len(t.text) >= MIN_STEM
    ]
    return any(
        h.startswith(w) and len(h) - len(w) <= 3 for w in words if len(w) >= MIN_STEM for h in heard
    )


def _dated_otherwise(event: Event) -> bool:
    """The words of what was done tell a time of their own ('sold it in 2009', 'in
    March'); a length ('a 13-year contract') is none."""
    return any(
        t.ent_type_ in ("DATE", "TIME")
        and not in_a_day_s_name(t)  # 'dominated Super Tuesday': which year's? (sample Q162)
        and (
            t.head == event.verb or re.fullmatch(r"(?:1[89]|20)\d\d", t.text) or month_index(t.text)
        )
        for t in event.done
    )


def _others(
    doc: Doc, event: Event, answer: str, question: str, names: dict[str, str]
) -> tuple[str, ...]:
    """The article's other names of the doer's sort, not in the question, not the doer, not
    one that did the same (the subject of the same verb elsewhere)."""
    did_same = {
        _answer(e, names)
        for t in doc
        if t.lemma_ == event.verb.lemma_ and t.pos_ == "VERB"
        for c in t.children
        if c.dep_ == "nsubj"
        for e in [entity_at(c)]
        if e is not None
    }
    return _alike(doc, event.doer, did_same, answer, question, names)


def _said_others(
    doc: Doc, statement: Statement, answer: str, question: str, names: dict[str, str]
) -> tuple[str, ...]:
    """The article's other names of the speaker's sort; not one that said the same (the
    subject of a verb of saying whose clause has the same verb)."""
    said = next(t for t in statement.said if t.head == statement.verb)
    did_same = {
        _answer(e, names)
        for t in doc
        if t.pos_ == "VERB"
        and any(c.dep_ == "ccomp" and c.lemma_ == said.lemma_ for c in t.children)
        for c in t.children
        if c.dep_ == "nsubj"
        for e in [entity_at(c)]
        if e is not None
    }
    alike = _alike(doc, statement.speaker, did_same, answer, question, names)
    if statement.speaker.label_ == "PERSON":  # 'Scouting', 'Scout': no one's full name
        bodies = {normalise(e.text) for e in entities(doc) if e.label_ != "PERSON"}
        return tuple(n for n in alike if len(n.split()) >= 2 and normalise(n) not in bodies)
    return alike


def _alike(
    doc: Doc, doer: Span, did_same: set[str], answer: str, question: str, names: dict[str, str]
) -> tuple[str, ...]:
    """Names of the doer's sort the article gives, for wrong answers."""
    out: list[str] = []
    people = {w for full in names.values() for w in full.split()} | set(names)
    for entity in named_alike(doc, doer.label_):
        name = _answer(entity, names)
        if not _a_name(name) or mentions(question, name):
            continue
        if mentions(name, answer) or mentions(answer, name) or any(_same(name, n) for n in out):
            continue
        if any(_same(name, n) for n in did_same):
            continue
        if doer.label_ == "ORG" and not an_actor(entity):
            continue  # 'FaceTime', 'OS X': a product the tagger took for a company
        if doer.label_ != "PERSON" and name in people:
            continue  # 'Holder said' tagged a body: Eric Holder beside the Supreme Court (Q78)
        if doer.label_ == "GPE" and not _a_country(name):
            continue
        out.append(name)
    # full names against a full name, when the article has three ('Twitter', which the
    # tagger took for a person, would make every option a lone surname)
    full = [n for n in out if len(n.split()) >= 2]
    if doer.label_ == "PERSON" and len(full) >= MIN_FULL_NAMES:
        out = full
    return tuple(out[:OTHERS])


ACTING = frozenset(("nsubj", "nsubjpass", "poss"))


def an_actor(entity: Span) -> bool:
    """An organisation the article has do or own something ('Pfizer said', 'Apple's
    lawyers'), everywhere it names it."""
    key = normalise(entity.text)
    return any(
        e.root.dep_ in ACTING
        for e in named_alike(entity.doc, entity.label_)
        if normalise(e.text) == key
    )


def _a_country(name: str) -> bool:
    place = known_place(name)
    return place is not None and place.type == "country"


def _a_name(text: str) -> bool:
    """A name to offer: every word capitalised ('buff' is no one), not an acronym (which
    may be the answer's own: 'FDA'), and of more than one letter."""
    words = text.split()
    if not words or len(text) < 3 or text.isupper():
        return False
    return all(w[0].isupper() or w.lower() in NAME_PARTICLES for w in words)


# Lower-case words inside a name: a surname's particles, and the links of a body's name.
NAME_PARTICLES = LEXICON_PARTICLES | {"of", "and", "for", "the", "&"}


def _same(a: str, b: str) -> bool:
    return normalise(a) == normalise(b) or same_person(a, b) or same_person(b, a)


def distractors(fact: Fact, pool: Sequence[Fact]) -> list[str]:
    """The article's own names first, then the deck's answers of the same sort from the
    same article (a who_said card's speaker), then an organisation's peers of its sector
    (knowledge.organisations), in an order seeded by the card."""
    same = [f.answer for f in pool if f.answer_type == fact.answer_type and f.source == fact.source]
    known = peers(fact.answer) if fact.answer_type.sort == "organisation" else ()
    seeded = sorted(known, key=lambda n: hashlib.sha1(f"{fact.key}|{n}".encode()).hexdigest())
    return list(dict.fromkeys((*fact.others, *same, *seeded)))

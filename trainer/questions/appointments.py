"""Appointments: who was named to a post, the news of many an article ("Hamas named Yahya
Sinwar as its new political leader on Tuesday" -> "Who did Hamas name as its new political
leader in August 2024?" -> Yahya Sinwar).

A post that someone took is asked with the month the article tells it in, as a role card
whose answer is the person (keyed by `role.find` as one card with a "Who was the ...?" card of the
same post and person). Only the news itself is asked: the clause that tells of the
appointment is the sentence's own (or what someone said), in the past, not denied, hoped
for or to come, and told of the article's days ("on Tuesday", "this week", or with no
date); "was appointed chief executive in 2009" is the person's past, no news. The post
names its body or a rank ("chief executive of Acme Corp", "its new political leader"), and
the one who named them is a name, not "the board": otherwise the question fits any board.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainer.extract.doc import evidence
from trainer.extract.persons import full_names
from trainer.extract.subjects import entities, entity_at, is_speech_verb
from trainer.extract.title_words import TITLE_NOUNS
from trainer.language.dates import ARTICLE_DAYS, written_out
from trainer.language.lexicon import MODALS, wordset
from trainer.language.names import name_key, surname
from trainer.language.text import normalise
from trainer.model import AnswerType, Article, CardKind, Fact

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

APPOINTING = wordset(
    """appoint reappoint name rename elect reelect re-elect nominate choose select pick tap
    promote install swear hire recruit announce"""
)
NAMERS = ("ORG", "GPE", "PERSON", "NORP")
# Steps of a life story, not the news: 'Peters was later named ...'
LIFE_STORY = wordset("""later then eventually once previously formerly subsequently first""")
# A post's words that say nothing whose it is: 'a new chairman' fits every board
OFFICE_NOUNS = wordset("""position post role office job""")
BARE = wordset("""a an the new next interim acting permanent""")


def find(doc: Doc, article: Article) -> list[Fact]:
    if not article.as_of:
        return []  # "Who was named ...?" without a month fits every holder the post had
    when = written_out(article.as_of)
    names = full_names(doc)
    facts = []
    for verb in doc:
        if verb.lemma_.lower() not in APPOINTING or verb.pos_ != "VERB":
            continue
        found = _appointment(verb)
        if found is None:
            continue
        person, post, question = found
        name = names.get(person.text, person.text)  # 'Sinwar' -> 'Yahya Sinwar'
        proof = evidence(doc, verb.sent.start_char, verb.sent.end_char)
        facts.append(
            Fact(
                kind=CardKind.ROLE,
                key=f"{normalise(_text(post))}|{name_key(name)}",  # role.find keys it as a post
                question=f"{question} in {when}?",
                answer=name,
                evidence=proof,
                source=article.id,
                answer_type=AnswerType("person"),
                accept=(surname(name),),
                tags=("person",),
                person=name,
            )
        )
    return facts


def _appointment(verb: Token) -> tuple[Span, list[Token], str] | None:
    main = _by_doing(verb) or verb  # 'Acme is beefing up its team by hiring ...'
    if not _told_as_news(main) or (main is not verb and bool(_dates_of(verb))):
        return None
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    role = "nsubjpass" if passive else "dobj"
    person = next((_entity(c) for c in verb.children if c.dep_ == role), None)
    post, link = _post(verb, person) if person is not None else _to_be(verb)
    if not post:
        person = None
    elif person is None:
        person = next((_entity(c) for c in post[0].head.head.children if c.dep_ == "nsubj"), None)
    if person is None or person.label_ != "PERSON":
        return None
    if not post or not _names_a_post(post):
        return None
    if passive:
        if _possessive_pronoun(post):
            return None  # 'was named its new chief': whose?
        particle = "".join(f" {c.text}" for c in verb.children if c.dep_ == "prt")
        return person, post, f"Who was {verb.text.lower()}{particle} {link}{_text(post)}"
    namer = next((c for c in main.children if c.dep_ == "nsubj"), None)
    named_by = _entity(namer) if namer is not None else None
    if named_by is None or named_by.label_ not in NAMERS:
        return None  # 'The board elected ...': which board?
    if _possessive_pronoun(post, allowed={"its", "their"}):
        return None
    particle = "".join(f" {c.text}" for c in verb.children if c.dep_ == "prt")
    return person, post, f"Who did {named_by.text} {verb.lemma_}{particle} {link}{_text(post)}"


def _by_doing(verb: Token) -> Token | None:
    """'Acme is beefing up its team by hiring Jane Roe to be ...': the verb whose means the
    hiring is, which tells when and who."""
    by = verb.head
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and by.lower_ == "by" and by.dep_ == "prep":
        return by.head
    return None


def _dates_of(verb: Token) -> list[str]:
    """The dates and times told of the verb's own clause, lower-cased ('on tuesday')."""
    return [
        e.text.lower()
        for e in entities(verb.doc)
        if e.label_ in ("DATE", "TIME")
        and _clause_verb(e.root) == verb
        # 'announced as the U.S. Poet Laureate for 2017-2018': the term, not the news's day
        and e.root.head.lower_ != "for"
    ]


def _to_be(verb: Token) -> tuple[list[Token], str]:
    """'hiring Jane Roe to be its chief operating officer', read as a clause 'Jane Roe to
    be ...': the post is what the clause's subject is to be."""
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp") and child.lemma_ == "be":
            subject = [c for c in child.children if c.dep_ == "nsubj"]
            attrs = [c for c in child.children if c.dep_ == "attr"]
            if len(subject) == 1 and attrs and subject[0].i < child.i:
                return _phrase(attrs[0]), "to be "
    return [], ""


def _told_as_news(verb: Token) -> bool:
    """The sentence's own clause, what someone said, or the clause a sentence opens with
    ('Hours after Jane Roe was named ... on Tuesday, ...'); done, not denied, not a step of
    a life story ('was later named'); and dated by the article's days ('on Tuesday'), or
    told as just done ('has been named')."""
    head = verb.head
    if verb.dep_ == "ccomp":
        if head.dep_ != "ROOT" or not is_speech_verb(head):
            return False
    elif verb.dep_ == "advcl":
        if head.dep_ != "ROOT" or verb.i > head.i:
            return False
    elif verb.dep_ == "conj":  # 'Roe resigned and Chad Wolf has been named ...'
        if head.dep_ != "ROOT":
            return False
    elif verb.dep_ != "ROOT":
        return False
    # done ('named', 'has named'), or under way ('is beefing up its team by hiring')
    doing = verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("is", "are") for c in verb.children
    )
    if verb.tag_ not in ("VBD", "VBN") and not doing:
        return False
    perfect = False
    for child in verb.children:
        if child.dep_ == "neg" or (child.dep_ == "aux" and child.lower_ in MODALS):
            return False
        if child.dep_ == "advmod" and child.lower_ in LIFE_STORY:
            return False
        perfect = perfect or (child.dep_ == "aux" and child.lemma_ == "have")
    dates = _dates_of(verb)
    if not dates:
        return (perfect or doing) and verb.dep_ != "advcl"
    return all(ARTICLE_DAYS.match(text) for text in dates)


def _clause_verb(token: Token) -> Token | None:
    """The verb whose clause a word is in ('on Tuesday' of 'its new leader' of 'named')."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor
    return None


def _entity(token: Token) -> Span | None:
    """The entity whose head word the token is ('Sinwar' of 'Yahya Sinwar')."""
    ent = entity_at(token)
    return ent if ent is not None and ent.root == token else None


def _post(verb: Token, person: Span) -> tuple[list[Token], str]:
    """The words of the post and what joins them to the verb ('as ', 'to be ', '')."""
    for child in verb.children:
        if child.dep_ == "oprd":
            return _phrase(child), ""
        if child.dep_ == "prep" and child.lower_ == "as":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return _phrase(objects[0]), "as "
        if child.dep_ == "xcomp" and child.lemma_ in ("be", "become"):
            attrs = [c for c in child.children if c.dep_ == "attr"]
            if attrs:
                return _phrase(attrs[0]), f"to {child.lemma_} "
        if child.dep_ == "prep" and child.lower_ == "to":
            # 'to the position of counselor to the president'
            office = next((c for c in child.children if c.dep_ == "pobj"), None)
            if office is not None and office.lower_ in OFFICE_NOUNS:
                of = [c for c in office.children if c.dep_ == "prep" and c.lower_ == "of"]
                objects = [c for c in of[0].children if c.dep_ == "pobj"] if of else []
                if objects:
                    return _phrase(objects[0]), f"to the {office.lower_} of "
    return [], ""


def _phrase(head: Token) -> list[Token]:
    """The post's words, without a date said of it, a clause on it or what follows a
    comma."""
    drop: set[int] = set()
    for child in head.children:
        dated = child.dep_ == "prep" and any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree)
        if dated or child.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj", "advcl"):
            drop.update(t.i for t in child.subtree)
    words = [t for t in head.subtree if t.i not in drop]
    while words and words[-1].is_punct:
        words.pop()
    if any(t.is_punct and t.text not in ("'s", "-", "’s") for t in words):
        return []
    return words


def _names_a_post(post: list[Token]) -> bool:
    head = next(t for t in post if t.head not in post or t.head == t)
    if head.lower_ not in TITLE_NOUNS:
        return False
    # its body, a place, an owner or a rank of its own beyond 'the new'
    return any(t.lower_ not in BARE and t.i != head.i for t in post)


def _possessive_pronoun(post: list[Token], allowed: set[str] | None = None) -> bool:
    return any(
        t.dep_ == "poss" and t.pos_ == "PRON" and t.lower_ not in (allowed or set()) for t in post
    )


def _text(tokens: list[Token]) -> str:
    return "".join(t.text_with_ws for t in tokens[:-1]) + tokens[-1].text if tokens else ""

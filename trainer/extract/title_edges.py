"""Where the words of a post stop around a name: a word of one of the article's people, a
noun heading a phrase of its own ("on the same stage Apple founder Jane Roe"), the whole
name of the body a title opens with, a hyphen that joins words ("London-based"), and where
a firm is based, which describes the firm, not the post.

A post also stops where a relative clause without "that" begins ("the welcome | billionaire
Jane Roe has come to expect"), and never ends inside a noun phrase.

Token-level tests used by trainer.extract.roles while it walks out from a name; the words
a post is made of are in trainer.extract.title_words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainer.extract.title_words import LINK_WORDS, is_title
from trainer.language.text import normalise

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from trainer.extract.persons import PersonIndex

# Entities whose name may stand before a post: "Bank of America CEO", "Ministry of Defence
# spokesman".
BODY_ENTITIES = frozenset(("ORG", "NORP", "GPE", "FAC", "LOC"))


def whole_body(tokens: list[Token], stop: Token) -> list[Token]:
    """The title with all of the name it opens with: "(American Federation of) Government
    Employees President" is cut out of a name, so it is given whole, or not at all when the
    name is not one entity ("[] for the blind Commissioner"; "[Hillary] for America Director",
    a campaign named after its candidate, sample Q100)."""
    doc = stop.doc
    first = tokens[0]
    if first.ent_iob_ == "I":
        body = [e for e in doc.ents if e.start < first.i < e.end]
        if not body or body[0].label_ not in BODY_ENTITIES:
            return []
        whole = list(doc[body[0].start : first.i]) + tokens
        return whole[1:] if whole[0].lower_ == "the" else whole
    if (
        stop.lower_ in ("of", "for", "and", "&")
        and stop.i > 0
        and doc[stop.i - 1].text[:1].isupper()
        and (doc[stop.i - 1].ent_type_ != "PERSON" or stop.lower_ in ("of", "for"))
        and not doc[stop.i - 1].is_sent_start
    ):
        return []
    return tokens


def a_person(t: Token, persons: PersonIndex) -> bool:
    """A word tagged as a person's name that names no one of the article is a team or a
    firm the tagger mistook ("Sabres captain Jane Roe")."""
    if t.ent_iob_ != "B" or (t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_iob_ == "I"):
        return True
    return any(normalise(t.text) in normalise(name).split() for name in persons.full_names)


def heads_its_own_phrase(t: Token) -> bool:
    """'on the same stage Apple founder Jane Roe': "stage" ends a phrase of its own."""
    return (
        t.pos_ == "NOUN"
        and not is_title(t)
        and t.head.i < t.i
        and t.head.lower_ not in LINK_WORDS
        and not is_title(t.head)  # "founder and co-CEO"
        and not hyphen(t)
        and not (t.i + 1 < len(t.doc) and hyphen(t.doc[t.i + 1]))
    )


def hyphen(t: Token) -> bool:
    """A hyphen inside a word: "London-based", not a dash between words."""
    return t.text == "-" and not t.whitespace_ and t.i > 0 and not t.doc[t.i - 1].whitespace_


def without_where_based(words: list[Token]) -> list[Token]:
    """'president of Mercer Island-based Acme Co.' -> 'president of Acme Co.': where a firm
    is based describes the firm; it is not part of the post."""
    for k, t in enumerate(words[1:-1], start=1):
        if (
            hyphen(t)
            and words[k + 1].lower_ in ("based", "headquartered")
            and words[k - 1].is_title
        ):
            j = k - 1
            while j > 0 and words[j - 1].is_title and words[j - 1].lower_ not in LINK_WORDS:
                j -= 1
            return words[:j] + words[k + 2 :]
    return words


def object_before_a_clause(ent: Span, det: Token) -> bool:
    """'(is not) the ... Jane Roe has come to expect': a determiner after a verb opens a
    noun phrase the verb takes, yet the name is the subject of a verb after it: the name
    opens a relative clause without 'that' about that phrase."""
    doc = ent.doc
    if det.lower_ not in ("the", "a", "an"):
        return False
    before = doc[det.i - 1]
    subject = ent.root.dep_ in ("nsubj", "nsubjpass") and ent.root.head.i >= ent.end
    if before.pos_ in ("VERB", "AUX") or before.dep_ == "neg":
        return subject
    if before.pos_ == "ADP" and subject:
        return True  # 'as part of a broader coronavirus measure President Donald Trump signed'
        # (sample Q121, MIXED: 'broader coronavirus measure President' among the options)
    if (before.is_punct or det.is_sent_start) and det.i + 2 < ent.start:
        # ', a document Kansas Secretary of State Kris Kobach was photographed holding': a
        # common noun, then a name's capitals, no comma between (the parser may take the
        # name for the noun's appositive; sample Q68, WRONG)
        noun, after = doc[det.i + 1], doc[det.i + 2]
        between = doc[noun.i + 1 : ent.start]
        appositive = ent.root.dep_ == "appos" and ent.root.head == noun
        return (
            noun.pos_ == "NOUN"
            and noun.is_lower
            and after.text[:1].isupper()
            and not any(t.is_punct for t in between)
            and (subject or appositive)
        )
    return False


def cut_inside_a_phrase(last: Token, end: int) -> bool:
    """The word before `end` modifies a word after it, and no comma or dash stops the
    phrase there ("the Academy's FAST | supervisory committee", not "for Acme, Inc.")."""
    return (
        not last.doc[end].is_punct
        and last.head.i >= end
        and last.dep_ in ("compound", "amod", "nmod", "poss", "nummod", "det", "case", "punct")
        and last.head.sent == last.sent
    )

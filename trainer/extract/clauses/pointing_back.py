"""Definites that point back to a sentence the reader cannot see, besides 'the company'
(trainer.extract.clauses.standalone): a lone 'the plane' as a subject, 'all three major
cities' or 'both men' summing up what was named before, and 'the service' that a place
named in the question cannot stand for."""

from __future__ import annotations

from collections.abc import Sequence, Set
from typing import TYPE_CHECKING

from trainer.extract.doc import verb_over
from trainer.knowledge.places import known_place
from trainer.language.anaphora import (
    ANAPHORIC_NOUNS,
    ANAPHORIC_PEOPLE,
    KIN,
    NATIONAL_BODIES,
    ORGANISATION_NOUNS,
    TEMPORAL_NOUNS,
    UNIQUE_POSTS,
    WELL_KNOWN,
)
from trainer.language.lexicon import HOLDINGS, REPORTING_VERBS, wordset

if TYPE_CHECKING:
    from spacy.tokens import Token

# Kinds of body a place's name cannot stand for: 'In a speech in San Francisco, Gates spoke
# of the future role of the service' (a city is no service).
NOT_A_PLACE = frozenset(
    (
        *(noun for noun in ORGANISATION_NOUNS if noun != "agency"),  # 'Beijing ... the agency'
        *wordset("""service club union network newspaper charity operator organization
        platform product team group board firm university school college institution
        hospital museum"""),
    )
)
# One of a kind in a country's news, known without the article ('the government said').
ONE_OF_A_KIND = wordset(
    """government president administration court senate congress parliament cabinet
    opposition nation prime pope king queen crown throne economy market stock dollar euro pound
    police military army navy public"""
)
NUMBER_WORDS = wordset("two three four five six seven eight nine ten both")
PEOPLE = ANAPHORIC_PEOPLE | KIN
# What says which ones: 'the two leaders of Acme', 'the three men who ...', "Acme's two".
WHICH = frozenset(("prep", "relcl", "acl", "poss", "appos", "compound", "nmod"))


def another_alone(token: Token) -> bool:
    """'the unveiling of another', 'one after another': another of what the article told; and
    a sentence's 'One' standing alone for its subject."""
    if (
        token.lower_ == "one"
        and token.dep_ in ("nsubj", "nsubjpass")
        and not any(c.dep_ in ("prep", "amod", "relcl", "acl") for c in token.children)
        and token.i == token.sent.start
    ):
        return True  # 'One was a mandate for up to $1 billion ...': one of what the sentence
        # before listed (sample Q81, NONSENSE)
    return (
        token.lower_ == "another"
        and token.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass")
        and not any(c.dep_ == "prep" for c in token.children)  # 'another of the plants'
        # 'one of its soldiers was killed and another wounded': the other of a pair
        and not any(t.lower_ == "one" for t in token.sent if t.i < token.i)
    )


def another_of_them(token: Token, tokens: Sequence[Token]) -> bool:
    """'arrested at another address in Birmingham': one more of what the article told of,
    unless the question names one of them before ('searched a flat, then another flat'; a
    person before 'another man')."""
    noun = token.head
    if token.lower_ != "another" or token.dep_ != "det" or noun.pos_ != "NOUN":
        return False
    if noun.lower_ == "one":
        return False  # 'by a woman and ... by another one': the one before
    if any(
        (c.dep_ == "prep" and c.lower_ == "of") or c.dep_ in ("appos", "relcl", "acl")
        for c in noun.children
    ):
        return False  # 'another of the flats', 'another product, CodePair': it says which
    person = noun.lemma_.lower() in PEOPLE  # 'another man' after a name
    if person and noun.dep_ in ("dobj", "pobj") and the_subject_s_other(noun):
        return True  # 'Trump attacked another prominent lawmaker' (sample Q154, VAGUE)
    return not any(
        t.i < token.i
        and (t.lemma_.lower() == noun.lemma_.lower() or (person and t.ent_type_ == "PERSON"))
        for t in tokens
    )


def the_subject_s_other(head: Token) -> bool:
    """'Zinke backed the New York businessman', 'Zinke had been a supporter, backing the
    businessman': a person the verb's object or its preposition's object, whose subject (or
    the subject of the clause a participle hangs on) is a person's name. The object is
    someone else, whom a sentence before named."""
    verb = head.head.head if head.dep_ == "pobj" else head.head
    for _ in range(2):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:
            return subjects[0].ent_type_ == "PERSON" and subjects[0].i < head.i
        if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.tag_ not in ("VBG", "VB"):
            return False
        verb = verb.head
    return False


# Nouns of a run of like things: 'the slate of departures', 'the spate of attacks'.
RUNS = wordset("slate spate wave string flurry rash raft batch litany barrage spree series round")


def a_run_told_before(token: Token) -> bool:
    """'The slate of departures is the second major reshuffle of the NSC' (sample Q104,
    NONSENSE): 'the' run of a kind of thing, with nothing saying whose or which (no name,
    no figure, no clause), is the run the sentence before told of."""
    run = token.head
    if token.lower_ != "the" or token.dep_ != "det" or run.lower_ not in RUNS:
        return False
    if any(c.dep_ in ("relcl", "acl", "poss", "compound", "amod", "appos") for c in run.children):
        return False
    ofs = [c for c in run.children if c.dep_ == "prep"]
    if len(ofs) != 1 or ofs[0].lower_ != "of":
        return False
    things = [t for t in ofs[0].subtree if t.i != ofs[0].i]
    return (
        bool(things)
        and all(
            t.pos_ in ("NOUN", "ADJ", "DET") and not t.like_num and not t.ent_type_ for t in things
        )
        and any(t.tag_ == "NNS" for t in things)
    )


# People an event made so: 'the injured', 'the dead' of the attack the article told of.
EVENT_PEOPLE = wordset("injured wounded dead missing accused deceased detained displaced")


def the_injured(token: Token) -> bool:
    """'Among the injured were three police officers': the injured of what, the sentence
    before said."""
    head = token.head
    return (
        token.lower_ == "the"
        and token.dep_ == "det"
        and head.lower_ in EVENT_PEOPLE
        and head.pos_ in ("ADJ", "VERB")
        and head.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj", "attr")
    )


# People an event makes, named bare: 'victims were taken to area hospitals' (of what?).
EVENT_VICTIMS = wordset("victims survivors casualties hostages")


def victims_of_what(token: Token) -> bool:
    """'Two victims were taken to area hospitals', 'survivors said': the victims of an event
    the question does not name (no 'of ...', no relative clause, no possessive)."""
    return (
        token.lower_ in EVENT_VICTIMS
        and token.tag_ == "NNS"
        and token.dep_ in ("nsubj", "nsubjpass")
        and not any(
            c.dep_ in ("prep", "relcl", "acl", "poss", "det", "compound") for c in token.children
        )
    )


def others_of_what(token: Token) -> bool:
    """'Two other children weren't home', '_____ other patients were quarantined': a count of
    others besides those the article told of; so are 'Other major accidents included ...'
    (sample Q14), the subject of a sentence, others than the one it told of, and 'the other
    35 percent' (sample Q39), other than the share it told of."""
    head = token.head
    if token.lower_ != "other" or token.dep_ != "amod":
        return False
    if any(c.lower_ == "the" for c in head.children) and (
        head.like_num or any(c.like_num for c in head.children)
    ):
        return True  # 'EBay will own the other 35 percent'
    if not (
        head.pos_ == "NOUN"
        and head.tag_ == "NNS"
        and not any(c.lower_ == "than" for c in head.subtree)
    ):
        return False
    counted = any(c.dep_ == "nummod" and c.like_num and c.i < token.i for c in head.children)
    bare_subject = (
        head.dep_ in ("nsubj", "nsubjpass")
        and head.head.dep_ == "ROOT"
        and not any(c.dep_ in ("det", "poss") for c in head.children)
    )
    return counted or bare_subject


def that_alone(token: Token) -> bool:
    """'... calls that into question': a bare 'that' as the object, whatever the tagger
    called it, is what the sentence before told."""
    return (
        token.lower_ == "that"
        and token.dep_ == "dobj"
        and not any(True for _ in token.children)
        and token.tag_ != "WDT"
    )


def that_misread(token: Token) -> bool:
    """'On the surface, that victory over Los Angeles is hardly noteworthy': the parser may
    read a demonstrative as the mark of a clause. A clause mark on the sentence's own verb
    marks nothing: it is 'that victory', the one the article told of."""
    doc = token.doc
    return (
        token.lower_ in ("that", "this", "these", "those")
        and token.dep_ == "mark"
        and token.head.dep_ == "ROOT"
        and token.i + 1 < len(doc)
        and doc[token.i + 1].pos_ == "NOUN"
        and doc[token.i + 1].dep_ in ("nsubj", "nsubjpass")
    )


def not_the_one_described(pronoun: Token, tokens: Sequence[Token]) -> bool:
    """'Levan Gachechiladze, his nearest competitor, had 24.98 per cent': a 'his' inside
    what describes a person is someone else's, whom the question must name before."""
    noun = pronoun.head
    if pronoun.lower_ not in ("his", "her") or pronoun.dep_ != "poss" or noun.dep_ != "appos":
        return False  # 'Jane Roe, its chief executive': an 'its' is a body's
    if noun.head.ent_type_ != "PERSON":
        return False
    person = noun.head
    name = range(person.left_edge.i, person.i + 1)
    return not any(t.ent_type_ == "PERSON" and t.i not in name and t.i < pronoun.i for t in tokens)


# Words of a lead or a gap with no one it is over: 'was three shots behind' (whom?).
MARGIN_WORDS = wordset("behind ahead adrift clear")


def behind_whom(token: Token) -> bool:
    """'recovered for a 67 and was three shots behind': a margin behind or ahead of someone
    the question does not name ('three shots behind the leader' names whom)."""
    if token.lower_ not in MARGIN_WORDS or token.pos_ != "ADV":
        return False
    if any(c.dep_ not in ("npadvmod", "advmod") for c in token.children):
        return False  # 'ahead of the others'
    near = [*token.children, *(t for t in token.head.children if t.i < token.i)]
    return any(c.dep_ == "nummod" for t in near for c in t.children)


def part_of(pronoun: Token) -> bool:
    """'Each of the charges', 'all of the victims': a pronoun naming its noun after 'of'."""
    return pronoun.tag_ == "DT" and any(c.lower_ == "of" for c in pronoun.rights)


def counted_back(token: Token, tokens: Sequence[Token]) -> bool:
    """'all three major cities are ...', 'both men': a count of things
    named before, with nothing saying which (no 'of'-phrase, name or relative clause), and
    no list of names before it in the question that it sums up."""
    noun = token.head
    low = token.lower_
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or token.i > noun.i:
        return False
    counted = [c for c in noun.children if c.dep_ == "nummod" and c.lower_ in NUMBER_WORDS]
    # 'the two sides', 'the two governments' of talks between two named or told countries
    # read well (readers passed them); 'all three major cities' does not
    both = low == "both" and token.dep_ in ("det", "predet", "preconj")
    if not both and not (low == "all" and token.dep_ in ("det", "predet") and counted):
        return False
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False  # 'tensions between the two countries' after 'US' and 'Chinese' reads
    if any(
        (c.dep_ in WHICH and not _kind_word(c))
        or c.pos_ == "PROPN"
        or (c.ent_type_ and c.dep_ != "nummod")
        for c in noun.children
    ):
        return False
    if any(t.dep_ == "prep" and t.lower_ == "of" and t.head == token for t in tokens):
        return False  # 'both of the carriers': the 'of'-phrase says which
    # 'Omaha, Des Moines and Kansas City, all three major cities': the list is there
    return not any(t.dep_ == "conj" and t.pos_ == "PROPN" and t.i < token.i for t in tokens)


def _kind_word(child: Token) -> bool:
    """'plan' of 'both plan versions': a lower-case noun before the noun, saying what kind,
    not which ones."""
    return child.dep_ == "compound" and child.is_lower and child.pos_ == "NOUN"


def lone_subject(token: Token, tokens: Sequence[Token]) -> bool:
    """'The plane flew to the US on _____.', 'The historic show opened on _____.': 'the' and a
    common noun that words before it only describe, nothing after it, as the subject: which
    plane or show, the article said before (readers judged such cards nonsense). A noun the question used before
    binds it ('a plane ... the plane'), and one of a kind in the news does not point back
    ('the government', 'the police'). It opens the question (nothing named before it
    that it may belong to: 'a beauty business ... after the owner said'), and the question
    names no one and nothing but known places: a name may say whose it is ('The fight
    broke out on a BART train', 'The suit was filed by Soltan')."""
    noun = token.head
    if token.lower_ != "the" or token.dep_ != "det" or noun.tag_ not in ("NN", "NNS"):
        return False
    if noun.dep_ not in ("nsubj", "nsubjpass") or not noun.is_lower:
        return False
    lemma = noun.lemma_.lower()
    known = ONE_OF_A_KIND | WELL_KNOWN | TEMPORAL_NOUNS | ANAPHORIC_NOUNS | NATIONAL_BODIES
    if lemma in known or noun.ent_type_:
        return False  # the last: definites.bare_definite
    authors = _authors(noun)  # 'The estimates by the Congressional Budget Office'
    if not _only_described(token, noun, authors):
        return False
    if lemma in REPORT_NOUNS and not authors and token.i == min(t.i for t in tokens):
        return True  # 'The survey showed support for Mike Bloomberg jumping to ...' (Q99):
        # which survey, the sentence before said; the names after it are what it found
    if any(t.i < token.i and t.pos_ in ("NOUN", "PROPN") and not t.ent_type_ for t in tokens):
        return False
    if any(
        t.pos_ == "PROPN"
        and not _place_or_date(t)
        and not _reporter(t)
        and t.i not in authors
        and t.i not in _later_clauses(noun.head)  # not '..., as House Speaker Paul Ryan worked'
        for t in tokens
    ):
        return False  # ('the IEA notes': who said it, not whose it is)
    return not any(t.lemma_.lower() == lemma and t.i < noun.i for t in tokens)


# What may stand between 'the' and a lone subject's noun without saying which one it is:
# 'The historic show', 'The little ruse', 'The coffee-table publication'.
DESCRIBING = frozenset(("det", "punct", "advmod", "amod", "compound"))


# Papers and figures someone puts out: 'by' or 'from' says whose, never what about.
REPORT_NOUNS = wordset("report estimate study letter statement survey analysis figure data poll")


def _authors(noun: Token) -> set[int]:
    """The tokens of 'by the CBO' in 'The estimates by the CBO', 'from Guterres' in 'The
    report from UN Secretary-General Antonio Guterres': who put a report out, which says
    nothing of what it is about."""
    if noun.lemma_.lower() not in REPORT_NOUNS:
        return set()
    return {
        t.i
        for c in noun.children
        if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")
        for t in c.subtree
    }


def _only_described(the: Token, noun: Token, authors: Set[int] = frozenset()) -> bool:
    """Do the words between 'the' and `noun` only describe it (lower-case adjectives and
    nouns), with nothing after it (an 'of'-phrase, a relative clause, a name in
    apposition; `authors` only, 'by the CBO') and no count ('the two sides' of talks the
    question tells)?"""
    if any(c.dep_ not in DESCRIBING and c.i not in authors for c in noun.children):
        return False
    between = noun.doc[the.i + 1 : noun.i]
    return all(
        t.is_lower and not t.ent_type_ and t.pos_ in ("ADJ", "NOUN", "ADV", "PUNCT", "VERB")
        for t in between
    )


def where_from(modifier: Token, head: Token) -> bool:
    """'the UK firm', 'the New York bank': a country or a city says where a firm is from, not which
    of its firms the sentence before named ('the US government' is one: NATIONAL_BODIES)."""
    many = head.is_lower and head.lower_ in ANAPHORIC_PEOPLE and head.lower_ not in UNIQUE_POSTS
    return (
        (head.lower_ in ORGANISATION_NOUNS or many)  # 'the Vermont senator' (Q96): one of two
        and modifier.dep_ in ("compound", "amod", "nmod")  # 'the U.S. mobile carrier'
        and modifier.ent_type_ in ("GPE", "NORP")
        # 'the New York bank' (sample Q94): a place's name of several words
        and all(
            c.dep_ == "compound" and c.ent_type_ == modifier.ent_type_ for c in modifier.children
        )
    )


def _later_clauses(verb: Token) -> set[int]:
    """The tokens of the clauses after a verb that hang on it ('arrived on Thursday, as Paul
    Ryan worked ...'): what they name is not what the verb's subject is."""
    return {
        t.i
        for c in verb.children
        if c.dep_ in ("advcl", "conj", "parataxis") and c.i > verb.i
        for t in c.subtree
    }


def according_to(name: Token) -> bool:
    """'According to Reuters, the Japanese company said ...': whom a report is from is no body
    the sentence's 'the company' stands for."""
    head = name
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    to = head.head
    return head.dep_ == "pobj" and to.lower_ == "to" and to.head.lower_ == "according"


def _reporter(name: Token) -> bool:
    """'..., the IEA notes': a name in the subject of a verb of saying after the clause."""
    head = name
    while head.dep_ in ("compound", "flat", "det") and head.head.i != head.i:
        head = head.head
    verb = head.head
    return (
        head.dep_ == "nsubj"
        and verb.lemma_ in REPORTING_VERBS
        and verb.i > head.i
        and verb.dep_ in ("parataxis", "ccomp", "ROOT")
        and verb.i > 0
        and any(t.i < head.i and t.text == "," for t in verb.subtree)
    )


def _place_or_date(name: Token) -> bool:
    """'the US', 'Wednesday': a name that says where or when, never whose."""
    if name.ent_type_ in ("DATE", "TIME"):
        return True
    whole = next((e.text for e in name.doc.ents if e.start <= name.i < e.end), name.text)
    return known_place(whole) is not None


# Place nouns a named place binds only when it is that kind of place ('India ... the state
# alone accounted for 140 cases': a country is not 'the state' of the article).
PLACE_KINDS = {"state": "state", "city": "city", "country": "country"}


def body_told(
    token: Token,
    tokens: Sequence[Token],
    seen_body: bool,
    seen_no_place: bool,
    written: Sequence[str] = (),
) -> bool:
    """Has the question named what a bare 'the company', 'the state' stands for? Only a
    name of a body stands for 'the service' (not a city), and only a state for 'the state'
    (not a country the place file knows; an unknown place may be one, and so may one the
    question itself calls a state)."""
    noun = token.head.lower_
    if noun in PRODUCTS:  # 'Microsoft said the product would support ODF': a maker is no
        # product (sample Q20)
        return any(t.ent_type_ in ("PRODUCT", "WORK_OF_ART") for t in tokens if t.i < token.i)
    if seen_body and _the_subject_s_other_side(token, tokens):
        return False  # 'Microsoft admitted defeat in its battle with the antitrust authority'
    if noun in NOT_A_PLACE:
        return seen_no_place
    if noun in SMALL_PLACES:
        return any(_a_small_place(t) for t in tokens if t.i < token.i and t.pos_ == "PROPN")
    if noun in REGIONS:  # 'Hamas has ruled the territory': a body is no territory (sample Q14)
        return any(t.ent_type_ in LANDS and not _of_a_name(t) for t in tokens if t.i < token.i)
    kind = PLACE_KINDS.get(noun)
    if kind is None or token.lower_ != "the" or not seen_body:
        return seen_body
    if any(t.lemma_.lower() == noun and t.i < token.i for t in tokens):
        return True  # 'In Washington, a state Clinton won by 16 points, ... the state's votes'
    if any(_written_place(name, kind) for name in written):
        return True  # 'Turkey (written in for "it") ... the country plans to spend'
    names = [t for t in tokens if t.i < token.i and t.pos_ == "PROPN" and t.ent_type_]
    names = [t for t in names if t.ent_type_ != "PERSON"]
    return any(_may_be(t, kind) for t in names)


# Names of lands, which alone stand for "the region" or "the territory".
LANDS = ("GPE", "LOC")


def _of_a_name(place: Token) -> bool:
    """'the U.S. Attorney's Office in the region': a place inside a body's name says whose
    the body is, not which region the sentence means (sample Q28)."""
    head = place.head
    return place.dep_ == "compound" and head.pos_ == "PROPN" and head.ent_type_ not in LANDS


# Prepositions that put a thing on the other side from the subject: a battle with it, a
# case against it.
OTHER_SIDE = wordset("with against")
# What a body holds in another ('a 7.9% stake in the retailer', sample Q45), and what it
# does to another ('acquired the company'): never itself.
STAKES = HOLDINGS | wordset("share interest investment")
DONE_TO_ANOTHER = wordset("buy acquire sue beat defeat overtake")


def _the_subject_s_other_side(token: Token, tokens: Sequence[Token]) -> bool:
    """'Microsoft admitted defeat in its battle with the antitrust authority', 'Soros Fund
    Management has taken a stake in the retailer': the body the question names is the
    subject, and 'the authority' is the other side of its battle (the retailer, the one it
    holds a stake in), so no other body named stands for it."""
    noun = token.head
    if not (
        (noun.dep_ == "pobj" and noun.head.lower_ in OTHER_SIDE)
        or (noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.lemma_ in STAKES)
        or (noun.dep_ == "dobj" and noun.head.lemma_ in DONE_TO_ANOTHER)
    ):
        return False
    verb = verb_over(noun)
    if verb is None:
        return False
    subject = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    return not any(
        t.i < token.i and t.ent_type_ in ("ORG", "GPE", "NORP") and t.i not in subject
        for t in tokens
    )


def _written_place(name: str, kind: str) -> bool:
    """A name the question writes in for a pronoun, which the place file knows as `kind`."""
    place = known_place(name)
    return place is not None and place.type == kind


# Places no country, body or person stands for: 'the strategic waterway' after 'Iran' and
# 'US warships' is still a waterway the question does not name.
SMALL_PLACES = wordset("community town village waterway")
# Lands only a place's name stands for, a country's or a region's.
REGIONS = wordset("territory region")
# Things only their own name stands for, never their maker's.
# What a body makes, runs or launches but never is: 'Twitter launched the feature in 2009'
# names the maker, not which feature (sample Q146, NONSENSE).
PRODUCTS = wordset("product feature device gadget album novel film movie series show")


def _a_small_place(name: Token) -> bool:
    if name.ent_type_ in ("LOC", "FAC"):
        return True
    return name.ent_type_ == "GPE" and not (_may_be(name, "country") or _may_be(name, "state"))


def _may_be(name: Token, kind: str) -> bool:
    if name.ent_type_ != "GPE":  # 'Volkswagen will invest ... in the country': no country
        return name.ent_type_ == "LOC"  # (sample Q5); a region may be one
    whole = next((e.text for e in name.doc.ents if e.start <= name.i < e.end), name.text)
    place = known_place(whole)
    return place is None or place.type == kind

"""Definites that lean on another sentence: 'the company', 'the officials', 'the move', 'the
mayor' whose referent the question does not name ('the death toll', 'the Ohio Republican',
'the strategic waterway on Sunday' too). Read by trainer.extract.clauses.standalone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainer.extract.clauses.asides import aside_of
from trainer.extract.clauses.pointing_back import the_subject_s_other, where_from
from trainer.extract.doc import cached
from trainer.extract.title_words import TITLE_NOUNS
from trainer.language.anaphora import (
    AFTER_OTHERS,
    ANAPHORIC_ACTS,
    ANAPHORIC_NOUNS,
    ANAPHORIC_PEOPLE,
    HELD_POSTS,
    KINDED_ACTS,
    NATIONAL_BODIES,
    ORGANISATION_NOUNS,
    TEMPORAL_NOUNS,
    UNIQUE_POSTS,
)
from trainer.language.lexicon import REPORTING_VERBS

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from spacy.tokens import Doc, Token

PLACES = frozenset(("GPE", "LOC"))
# Entity types of a figure: 'the $700,000 figure' says which.
COUNTS = frozenset(("MONEY", "PERCENT", "CARDINAL", "QUANTITY"))
# Entity types of a name: 'the Paris Agreement' names what 'the deal' stands for.
NAMED_LABELS = frozenset(
    ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW")
)


# Acts whose plural is still the few told before ('after the hearings', sample Q149,
# NONSENSE); 'the protests', 'the strikes' may be a wave the reader knows of.
PLURAL_ACTS = frozenset(
    (
        *("hearing", "meeting", "session", "proposal", "ruling", "decision", "order", "report"),
        # 'the measures would take effect ...', 'the groups are raising money ...' (sample Q156)
        *("measure", "group", "law"),
    )
)


def _a_plural_act(noun: Token) -> bool:
    return noun.tag_ == "NNS" and noun.lemma_.lower() in PLURAL_ACTS


def post_word(token: Token) -> bool:
    """'the former mayor': a post, which only its holder named with it can stand for."""
    return token.lower_ == "the" and token.head.lower_ in HELD_POSTS and token.i < token.head.i


def act_word(token: Token) -> bool:
    """'the move', 'the bill': an act or a paper, which only its own name says, never the
    name of who did it ('House Democrats aim to pass the bill', sample Q119, NONSENSE)."""
    head = token.head
    return token.lower_ == "the" and (
        head.lower_ in ANAPHORIC_ACTS
        # 'after the hearings' (sample Q149, NONSENSE): sittings and papers in the plural too
        or _a_plural_act(head)
        # what is done to the bill or what it does, or its cost ('hide the true cost of the
        # bill', sample Q148, NONSENSE); 'the savings under the bill' stays
        or (head.lower_ in CHAMBER_PAPERS and head.dep_ in ("dobj", "nsubj", "nsubjpass"))
        or (head.lower_ in CHAMBER_PAPERS and head.dep_ == "pobj" and head.head.lower_ == "of")
        or _a_paper_s_event(token)
    )


def _a_paper_s_event(token: Token) -> bool:
    """'for the bill signing ceremony': which bill? (sample Q125, NONSENSE)."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return after is not None and after.lower_ in CHAMBER_PAPERS and after.dep_ == "compound"


# Words that say a group is the one told of before: 'the unidentified actors'.
UNTOLD = frozenset(("unidentified", "unnamed", "anonymous", *AFTER_OTHERS))


def _in_a_bare_field(prep: Token, head: Token) -> bool:
    """'The shift in policy comes just three days after ...' (sample Q163, NONSENSE): an act
    'in' a bare noun says what kind of act, not which; the policy is the article's."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "in"
        and head.lower_ in ANAPHORIC_ACTS
        and len(objects) == 1
        and objects[0].pos_ == "NOUN"
        and objects[0].tag_ == "NN"
        and not any(True for _ in objects[0].children)
    )


def a_former_holder(token: Token, tokens: Sequence[Token], replaced: Mapping[int, str]) -> bool:
    """'When was the former deputy FBI director demoted?' (sample Q164, NONSENSE): 'the'
    of a post held before, as a subject with no name beside it and none before it in the
    question ('attacked James Comey ... after the fired former FBI director castigated him'
    names him): someone the article named elsewhere, whom the post does not name."""
    head = token.head
    return (
        token.lower_ == "the"
        and token.dep_ == "det"
        # a subject, or what a relative clause's 'who' stands for ('Andrew McCabe: the
        # former deputy FBI director, who was demoted ...', the name cut)
        and head.dep_ in ("nsubj", "nsubjpass", "appos")
        and head.lower_ in TITLE_NOUNS
        and any(c.dep_ == "amod" and c.lower_ in ("former", "ex") for c in head.children)
        and not any(c.dep_ == "appos" or c.ent_type_ == "PERSON" for c in head.children)
        and not any(t.i < head.i and (t.ent_type_ == "PERSON" or t.i in replaced) for t in tokens)
    )


# 'six-times', 'two-time', 'three-term': how often someone won or held what they are.
TIMES_WORDS = frozenset(("time", "times", "term"))


def _a_count_of_times(child: Token) -> bool:
    """'six-times' of 'the six-times U.S. Open champion', 'three-term' of 'the three-term
    senator'."""
    return (
        child.dep_ in ("compound", "amod", "nmod")
        and child.lower_ in TIMES_WORDS
        and any(c.dep_ == "nummod" for c in child.children)
    )


def bare_definite(
    token: Token, seen_person: bool, seen_proper: bool, seen_place: bool = True
) -> bool:
    """'the company', 'the officials': a bare definite whose referent is elsewhere
    (`seen_place`: the question names a place before it)."""
    head = token.head
    # 'the 48-year-old Australian': a nationality standing for a person named before
    # ('the Turks', many, are the nation: no one told before)
    nationality = (
        head.ent_type_ == "NORP" and head.pos_ in ("PROPN", "NOUN") and head.tag_ in ("NNP", "NN")
    )
    if token.lower_ != "the" or token.dep_ != "det":
        return False
    if head.lower_ == "figure" and not any(
        c.dep_ in ("relcl", "acl")
        or _a_count(c)
        or (c.lower_ == "of" and any(map(_a_count, c.subtree)))
        for c in head.children
    ):
        return True  # 'The eye-popping figure, part of the CBO's projections': which figure
        # (sample Q155, NONSENSE)? An aside says where it is from, not what it is
    # 'the unidentified actors': people of a kind the article told of, in the plural too
    # ('the presidential candidates' of an election year say who they are)
    people = (
        head.tag_ == "NNS"
        and head.lemma_.lower() in ANAPHORIC_PEOPLE
        and all(c.lower_ in UNTOLD for c in head.children if c.dep_ == "amod")
    )
    # 'the New York bank', 'the British bank': where a firm is from, not which (sample Q94);
    # a bare 'the bank' is written out as the article's firm (trainer.extract.organisations)
    placed = (
        head.is_lower  # 'the West Bank' is a place's name
        and head.lower_ in ORGANISATION_NOUNS
        and any(where_from(c, head) for c in head.children)
    )
    if (
        head.lower_ not in ANAPHORIC_NOUNS
        and not _a_plural_act(head)
        and not nationality
        and not people
        and not placed
    ):
        return False
    if (
        head.tag_ == "NN"
        and head.lower_ in ANAPHORIC_PEOPLE
        # a post says who ('tapped the U.S. attorney in Connecticut'); so does 'as' ('served
        # as the spokesperson': the subject herself)
        and head.lower_ not in HELD_POSTS | UNIQUE_POSTS
        and not (head.dep_ == "pobj" and head.head.lower_ == "as")
        and head.dep_ in ("dobj", "pobj")
        and not any(c.dep_ in ("relcl", "acl", "appos", "poss") for c in head.children)
        # 'the Biden family' says whose; 'the New York businessman' only where from
        and not any(
            c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.ent_type_ not in PLACES
            for c in head.children
        )
        and the_subject_s_other(head)
    ):
        return True  # 'did Ryan Zinke back the New York businessman': not Zinke (Q155)
    if head.lower_ in ANAPHORIC_PEOPLE and any(_a_count_of_times(c) for c in head.children):
        return True  # 'The six-times U.S. Open champion ... been fined' (sample Q172,
        # NONSENSE): a record told of someone the article named before
    modifiers = ("compound", "poss", "nmod", "prep", "relcl", "acl", "appos")
    # "the new patient from Xilingol", "the other officials": one more than the article
    # told of before, whatever else the phrase says
    after_others = any(c.dep_ == "amod" and c.lower_ in AFTER_OTHERS for c in head.children)
    if not after_others and any(
        c.dep_ in modifiers
        and not _who_or_when(c, head)
        and not _where_told(c, head)
        and not aside_of(c, head)
        and not where_from(c, head)
        and not _a_day(c)  # 'in the strategic waterway on Sunday' (the parser's 'on')
        and not (c.dep_ == "compound" and c.lower_ in TOLL_KINDS)  # 'the death toll'
        and not (c.dep_ == "compound" and c.pos_ == "PROPN" and head.lower_ in MANY_HOLD)
        and not _a_chamber_s_paper(c, head)  # 'the Senate bill'
        and not _a_kind_of_thing(c, head)  # 'the software giant'
        and not _a_report_misread(c)  # 'the scene of the blast, WIVB-TV reports'
        and not _a_passive_s_agent(c, head)  # 'asked about the interview by reporters'
        and not _in_a_bare_field(c, head)  # 'The shift in policy comes ...' (Q163)
        # 'during the five-week period' (sample Q142, NONSENSE): how long, not which
        and not (head.lower_ == "period" and _a_length(c))
        and not (nationality and c.dep_ == "compound" and c.ent_type_ == "GPE")  # 'the Ohio
        # Republican': a state says where the person is from, not who
        for c in head.children
    ):
        return False
    if head.lower_ in ANAPHORIC_ACTS and any(
        t.pos_ == "PROPN"
        or t.ent_type_ in NAMED_LABELS
        or t.text[:1].isupper()
        or (t is not c and t.dep_ == "compound")  # 'the phone hacking scandal'
        for c in head.children
        if c.dep_ == "amod"
        for t in c.subtree
    ):
        return False  # 'the anti-ISIS campaign' says which campaign
    # "the French president" names one person; "the French duo", "the veteran official",
    # "the former president" not
    amods = [c for c in head.children if c.dep_ == "amod"]
    # a party says whose side, not which one: 'the Democratic governor' (sample Q140, UNGRAM)
    whose = any(
        c.ent_type_ in ("NORP", "GPE", "LOC") and c.lower_ not in PARTY_ADJECTIVES for c in amods
    )
    # 'the latest Trump proposal': the latest of the ones the article told of; Trump's name
    # says whose, not which (sample Q38)
    latest = after_others and head.lower_ in ANAPHORIC_ACTS
    if amods and (
        (head.lower_ in UNIQUE_POSTS and whose)
        or any(
            c.pos_ == "PROPN"
            and not where_from(c, head)
            and head.lower_ not in MANY_HOLD
            and not latest
            for c in head.children
        )
    ):
        return False
    if head.lower_ in NATIONAL_BODIES and any(
        c.ent_type_ in ("NORP", "GPE") and c.i < head.i for c in head.children
    ):
        return False
    person = head.lower_ in ANAPHORIC_PEOPLE or nationality
    role = head.head.dep_ if head.dep_ == "conj" else head.dep_  # 'Metro and the defendants'
    if role not in ("nsubj", "nsubjpass", "poss", "dobj", "pobj"):
        return False
    if head.lower_ in TOLD_MATTERS or head.lower_ in SAID_THINGS:
        return True  # 'confidence in Joe Biden on the matter' (sample Q100): no name says which
    if head.lower_ in KINDS_OF_PLACE and not seen_place:
        return True  # 'Trump carried the district': only a place's name says which (Q158)
    return not (seen_person if person else seen_proper)


# Places of a kind: a name before them says which only if it is a place's.
KINDS_OF_PLACE = frozenset(("district", "city", "county", "state", "town", "village", "region"))


def _a_count(token: Token) -> bool:
    return token.like_num or token.ent_type_ in COUNTS


def _a_passive_s_agent(modifier: Token, head: Token) -> bool:
    """'Trump was asked about the interview by reporters': the parser hung the passive's 'by'
    on the noun before it, which it does not say which of (sample Q155, NONSENSE)."""
    verb = head.head.head if head.dep_ == "pobj" else head.head
    return (
        modifier.dep_ == "prep"
        and modifier.lower_ == "by"
        and verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in verb.children)
    )


# Parties, which many holders of a post belong to at once.
PARTY_ADJECTIVES = frozenset(("democratic", "republican", "conservative", "liberal", "labour"))
# What a sentence before told about, which no name in the question stands for.
TOLD_MATTERS = frozenset(("matter", "issue", "period"))  # no name is a period
# What someone said or wrote: a name before it says who, not which ('Trump was asked about
# the interview', sample Q155, NONSENSE).
SAID_THINGS = frozenset(("interview", "speech", "remarks", "comments", "statement", "letter"))


# What many people of a club or a country are at once: 'the former Porto star' says where
# the star played, not which one (sample Q19).
MANY_HOLD = frozenset(
    ("star", "player", "striker", "forward", "defender", "midfielder", "veteran", "rookie")
)


# A legislature's chambers, each of which passes many bills: 'the Senate bill' says where the
# bill is, not which (sample Q118, NONSENSE: 'On what date was the Senate bill released?').
CHAMBERS = frozenset(("senate", "house", "assembly", "parliament", "congress", "legislature"))
CHAMBER_PAPERS = frozenset(("bill", "legislation", "measure", "version", "plan", "proposal"))
# Nouns a bill goes by before its name, which a later 'the bill' stands for.
PAPERS = CHAMBER_PAPERS | {"act", "law", "package"}


def _a_chamber_s_paper(modifier: Token, head: Token) -> bool:
    return (
        modifier.dep_ == "compound"
        and modifier.lower_ in CHAMBERS
        and head.lower_ in CHAMBER_PAPERS
        and not any(True for _ in modifier.children)
    )


def _a_kind_of_thing(modifier: Token, head: Token) -> bool:
    """'the software giant', 'the oil firm', 'the antitrust authority', 'the pop star': a
    common noun before a business's, a body's or a person's noun says what it makes or
    does, not which one ('the appeals court' says which court)."""
    return (
        modifier.dep_ == "compound"
        and modifier.pos_ == "NOUN"
        and modifier.text.islower()
        and (
            head.lower_ in ORGANISATION_NOUNS
            or head.lower_ in MAKERS
            or head.lower_ in KINDED_ACTS  # 'the policy change' says what kind, not which
            or (head.tag_ == "NN" and head.lower_ in ANAPHORIC_PEOPLE)  # 'the pop star' (Q91)
        )
        # 'the social media giant' (sample Q148, NONSENSE): a kind of its own kind
        and all(c.dep_ in ("amod", "compound") and c.text.islower() for c in modifier.children)
    )


# Nouns a business or a public body goes by besides its kind ('the software giant', 'the
# chip maker', 'the antitrust authority').
MAKERS = frozenset(
    (
        "giant",
        "maker",
        "manufacturer",
        "group",
        "operator",
        "startup",
        "authority",
        "regulator",
        "watchdog",
        "agency",
    )
)


def _a_report_misread(modifier: Token) -> bool:
    """', WIVB-TV reports.': the parser may hang a closing 'X reports' on the noun before it
    as an appositive; it says who told, not which thing the noun is."""
    return modifier.dep_ == "appos" and modifier.lemma_ in REPORTING_VERBS


def _a_length(modifier: Token) -> bool:
    """'five-week', 'two-year': how long a period is, not which period ('the holiday
    period' says which)."""
    return modifier.dep_ in ("compound", "nummod", "amod") and (
        modifier.like_num
        or any(t.like_num for t in modifier.subtree)
        or modifier.lemma_.lower() in TEMPORAL_NOUNS
    )


# What a toll counts says nothing of which event it is the toll of.
TOLL_KINDS = frozenset(("death", "casualty", "injury"))


def _a_day(modifier: Token) -> bool:
    """'on Sunday', 'in 2019': a phrase of a date says when, never which one."""
    nouns = [t for t in modifier.subtree if t.pos_ in ("NOUN", "PROPN", "NUM")]
    return modifier.dep_ == "prep" and bool(nouns) and all(t.ent_type_ == "DATE" for t in nouns)


def _where_told(modifier: Token, head: Token) -> bool:
    """'confirmed the decision in a speech to defence experts': an act's setting told with
    'a' (a speech, an interview) says how the act was made known, not which act it was
    (sample Q40). 'The attack in Kabul' says which."""
    if head.lower_ not in ANAPHORIC_ACTS or modifier.dep_ != "prep":
        return False
    if modifier.lower_ not in ("in", "at", "during", "through", "via"):
        return False
    objects = [c for c in modifier.children if c.dep_ == "pobj"]
    return bool(objects) and all(
        o.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in o.children)
        for o in objects
    )


def _who_or_when(modifier: Token, head: Token) -> bool:
    """'the move announced on Monday by Pompeo', 'the alliance, which will start on
    Monday,': who made a move and when does not say which move it was (what it was about
    would)."""
    acts = head.lower_ in ANAPHORIC_ACTS or head.lower_ in CHAMBER_PAPERS  # 'the bill released'
    if not acts or modifier.dep_ not in ("acl", "relcl"):
        return False
    return all(
        c.dep_ in ("agent", "aux", "auxpass", "advmod", "punct")
        or (c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP"))
        or all(t.ent_type_ in ("DATE", "TIME") for t in c.subtree if t.pos_ in ("NOUN", "PROPN"))
        for c in modifier.children
    )


def introduced_before(token: Token, told: bool) -> bool:
    """'Under an order signed by the mayor, the bar was shut down' after 'a bar called Les
    Beguines' sentences before (sample Q72, NONSENSE): a noun the article brought in with
    'a' is the one it told of when it comes back with 'the', and the question does not say
    which. Only a bare noun ('the new bar', 'the bar in Molenbeek' say more of it), and only
    as the subject of the sentence's main verb: readers judged cards with such an object worth studying (a cut of 1,549
    decks took four of them, against one NONSENSE card)."""
    head = token.head
    if told or token.lower_ != "the" or token.dep_ != "det" or head.tag_ != "NN":
        return False
    if head.dep_ not in ("nsubj", "nsubjpass") or head.head.dep_ != "ROOT" or head.ent_type_:
        return False  # 'received $805 million in the bill': the subject says which, or not
    if any(t.lower_ == head.lower_ for t in head.doc[head.sent.start : token.i]):
        return False  # 'The Trump Foundation's filing shows the foundation received ...'
    if any(c is not token and c.dep_ in _SAYS_WHICH for c in head.children):
        return False
    first = cached(head.doc, "trainer.indefinite_nouns", _brought_in).get(head.lemma_.lower())
    return first is not None and first < head.sent.start


_SAYS_WHICH = frozenset(
    ("compound", "poss", "nmod", "prep", "relcl", "acl", "appos", "amod", "nummod", "conj")
)


def _brought_in(doc: Doc) -> dict[str, int]:
    """Lemma -> where the text first brings the noun in with 'a' or 'an'."""
    found: dict[str, int] = {}
    for token in doc:
        if token.tag_ == "NN" and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children
        ):
            found.setdefault(token.lemma_.lower(), token.i)
    return found

"""Cutting the clause a question is asked about out of its sentence: at semicolons,
without a dateline ("WASHINGTON —") or a label ("Bruins 5, Devils 1:"), and without
trailing clauses it can do without."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from trainer.extract.doc import own_words, text_of
from trainer.extract.games import gives_a_result
from trainer.language.anaphora import ANAPHORIC_NOUNS
from trainer.language.lexicon import (
    DEATH_VERBS,
    FINITE_TAGS,
    MOTION_VERBS,
    REPORTING_VERBS,
    SUBORDINATORS,
)
from trainer.language.numbers import CASUALTY_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

QUOTE_CHARS = '"“”'
# Words that join a clause to the one before: no sentence opens with them in lower case.
JOINING_WORDS = frozenset(("and", "but", "or", "which", "who", "whose", "whom", "whereas"))
# The tags of a finite verb: a clause without one ('About 8 ripe pears, a fresh lemon, ...',
# 'Apple iPhone 7 Plus, GSM Unlocked, 128GB') is no sentence to ask about.


# Where a person stands in a photo: a caption ('Tejdeep Singh Rattan, left, and Kamaljit
# Singh Kalsi are set to report ...', sample Q40), no sentence of the story.
_PLACE_IN_A_PHOTO = r"(?:left|right|center|centre|second from (?:left|right))"
CAPTION_PLACE = re.compile(rf"\b[A-Z][\w'’-]+(?:, {_PLACE_IN_A_PHOTO},| \({_PLACE_IN_A_PHOTO}\)) ")


# What parts a sentence: a semicolon, and a bullet of a list run into one paragraph ('In
# other developments • Canada's confirmed number of cases rose to 140 • Of nine new ...',
# sample Q46).
PART_BREAKS = frozenset((";", "•", "·"))


@dataclass(frozen=True)
class Clause:
    """The tokens a question is built from: a sentence or one ';'-part of it."""

    tokens: tuple[Token, ...]
    sentence: Span


def clause_of(span_start: Token) -> Clause:
    """The sentence around a token, cut at semicolons (and bullets) so questions stay
    short."""
    sent = span_start.sent
    if _split_mid_sentence(sent) or CAPTION_PLACE.search(sent.text):
        return Clause((), sent)  # no sentence to ask about
    parts: list[list[Token]] = [[]]
    for token in sent:
        if token.is_space:
            continue
        if token.text in PART_BREAKS and not inside_quote(token, sent.start_char):
            parts.append([])
        else:
            parts[-1].append(token)
    for part in parts:
        if part and part[0].i <= span_start.i <= part[-1].i:
            tokens = _strip_label(_strip_dateline(_strip_crosshead(part)))
            tokens = _in_a_where_clause(_after_colon(tokens, span_start), span_start)
            if not _has_finite_verb(tokens) or _verbless(tokens):
                return Clause((), sent)  # a list, a heading, a product name: no sentence
            return Clause(tuple(tokens), sent)
    return Clause(tuple(t for t in sent if not t.is_space), sent)


def _verbless(tokens: list[Token]) -> bool:
    """'...; an organization that determined Republican presidential candidates, sold wars,
    and decided the issues of the day for 2 million viewers.': a part of a sentence whose
    only verbs are in a relative clause of its noun is a list's item, no sentence (sample
    Q60, UNGRAM). Each word the part's other words do not govern is a noun that hangs on a
    word outside the part."""
    ids = {t.i for t in tokens}
    tops = [t for t in tokens if (t.head.i == t.i or t.head.i not in ids) and not t.is_punct]
    # a noun the parser took for a whole sentence's root ('Two hostages ... were released
    # Tuesday') is a misread sentence, not a part of a list
    return bool(tops) and all(
        t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("nsubj", "ROOT") for t in tops
    )


def _in_a_where_clause(tokens: list[Token], answer: Token) -> list[Token]:
    """'A rezoning proved a central issue in a race in the East Bronx, where Democratic
    incumbent Jane Roe trailed her challenger by more than 700 votes on Wednesday': a fact
    of the clause after ', where' is asked of that clause alone, which names its own subject
    ('By how many votes did Democratic incumbent Jane Roe trail her challenger?'), unless
    the words left behind hold a time or a named event the fact needs."""
    verb = next(
        (t for t in (answer, *answer.ancestors) if t.dep_ == "relcl" and t.pos_ in ("VERB", "AUX")),
        None,
    )
    if verb is None or where_of(verb) is None:
        return tokens
    subtree = [t for t in verb.subtree if not t.is_space]
    where, first = subtree[0], subtree[0].i
    if (
        where.i != where_of(verb)
        or first == 0
        or verb.doc[first - 1].text != ","
        or subtree[-1].i - first + 1 != len(subtree)  # not one stretch of words
        or not {t.i for t in subtree} <= {t.i for t in tokens}
    ):
        return tokens
    own = {t.i for t in subtree}
    if any(t.ent_type_ in ("DATE", "TIME", "EVENT") for t in tokens if t.i not in own):
        return tokens  # 'Wilma struck Cuba on Monday, where divers rescued 250': the time goes
    return subtree[1:]


def where_of(verb: Token) -> int | None:
    """The index of the 'where' that opens a relative clause naming its own subject
    ('..., where Democratic incumbent Jane Roe trailed ...'); None for any other verb."""
    where = next((c.i for c in verb.children if c.lower_ == "where" and c.i < verb.i), None)
    named = any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in verb.children)
    return where if verb.dep_ == "relcl" and named else None


def _after_colon(tokens: list[Token], answer: Token) -> list[Token]:
    """'Now we know when you can get it: Acme will launch it on May 5 for $9.99' -> the
    clause after the colon, when the answer is in it, it is a sentence of its own (a
    subject, then a finite verb) and the lead-in leans on what the question cannot show
    ('we', 'you', 'It is an outlier in this respect:'). A lead-in that stands alone stays
    (it may say whose share '47 percent said ...' is); a colon after a verb of saying ('He
    wrote: ...') keeps the words' source."""
    colons = [
        k for k, t in enumerate(tokens) if t.text == ":" and t.i < answer.i and k + 1 < len(tokens)
    ]
    if not colons:
        return tokens
    k = colons[-1]
    before, after = tokens[:k], tokens[k + 1 :]
    quoted = False
    subject = False
    for token in after:  # '"Super Mario Run" will launch': a quoted name may be the subject
        quoted ^= token.text in QUOTE_CHARS
        if token.dep_ in ("nsubj", "nsubjpass") and token.pos_ != "PRON":
            subject = True
        if token.tag_ in FINITE_TAGS and not quoted:
            break
    else:
        return tokens  # no verb of its own, or one inside a quotation ('He said: "We ..."')
    said = any(  # 'He wrote:', not 'we can tell you the price:'
        t.pos_ == "VERB"
        and t.lemma_ in REPORTING_VERBS
        and not any(c.dep_ == "dobj" and c.i < before[-1].i + 1 for c in t.children)
        for t in before
    )
    if not subject or said or not _has_finite_verb(before):
        return tokens
    if after[0].tag_ in ("WRB", "WP", "WDT") or after[0].lower_ in ("that", "whether", "if"):
        return tokens  # 'a curiosity: how Ireland managed to amass ...' is no sentence
    from trainer.extract.clauses.standalone import dangling  # it needs this module

    return after if dangling(before, {}) else tokens  # a lead-in that stands is kept


def subject_of_misread(verb: Token) -> Token | None:
    """'A hijacked beer truck plowed into pedestrians ..., killing four people': the parser
    made the noun the sentence's root and 'plowed' its participle ('a truck plowed into'),
    in a sentence with no other verb. The noun, which is the verb's subject, or None."""
    noun = verb.head
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or noun.dep_ != "ROOT" or verb.i != noun.i + 1:
        return None
    if noun.pos_ not in ("NOUN", "PROPN") or any(
        c.dep_ in ("aux", "auxpass") for c in verb.children
    ):
        return None
    inside = {t.i for t in verb.subtree}
    if any(t.tag_ in FINITE_TAGS and t.i not in inside for t in verb.sent):
        return None  # 'The truck driven by Roe was ...': a participle indeed
    if not any(c.dep_ in ("prep", "dobj", "prt") and c.i > verb.i for c in verb.children):
        return None
    return noun


def _has_finite_verb(tokens: list[Token]) -> bool:
    """A finite verb (or auxiliary) outside a relative clause: 'About 8 ripe pears, a fresh
    lemon, ..., ground cloves' has only a noun the tagger read as a verb of a clause
    describing the pears."""
    return any(
        (t.tag_ in FINITE_TAGS and t.dep_ not in ("relcl", "acl", "amod"))
        # '... goal capped a frantic comeback': a past form with an object, whatever the
        # parser hung it on, is a predicate
        or (t.tag_ in ("VBD", "VBN") and any(c.dep_ == "dobj" for c in t.children))
        # 'A typhoon roared towards Japan ...': a verb the parser hung on its subject
        or subject_of_misread(t) is not None
        for t in tokens
    )


def _split_mid_sentence(sent: Span) -> bool:
    """The parser ended a sentence between two words, the second in lower case ("... for
    spitting on Anaheim | defenseman Erik Gudbranson in a brawl ..."): neither part is a
    sentence, and no question is made of them."""
    doc = sent.doc

    def joined(left: int, right: int) -> bool:
        return doc[left].is_alpha and bool(doc[left].whitespace_) and doc[right].text[:1].islower()

    return (
        (sent.start > 0 and joined(sent.start - 1, sent.start))
        or (sent.end < len(doc) and joined(sent.end - 1, sent.end))
        # '... 3,199 Yuan ($463 approx.) | while the AI supported models is priced at ...'
        or (sent[0].is_lower and sent[0].lower_ in SUBORDINATORS | JOINING_WORDS)
    )


def _strip_dateline(tokens: list[Token]) -> list[Token]:
    """'WASHINGTON — For ...', 'DUBAI, United Arab Emirates — Dubai's ...', and at the start
    of a paragraph 'Indianapolis – Several thousand ...' -> the text after the dateline; a
    wire's tag in brackets is the dateline's ('Cleveland, OH (Sports Network) - LeBron
    ...'), and so is a dateline printed twice ('Charlotte, NC -- Charlotte, NC (...) -')."""
    stripped = _one_dateline(tokens)
    return _one_dateline(stripped, again=True) if stripped is not tokens else stripped


def _one_dateline(tokens: list[Token], again: bool = False) -> list[Token]:
    if not tokens:
        return tokens
    first = tokens[0]
    shouting = first.text.isupper() and first.is_alpha and len(first) > 2
    opens_paragraph = (
        again or first.idx == 0 or text_of(first.doc)[max(0, first.idx - 2) : first.idx] == "\n\n"
    )
    if not (shouting or (opens_paragraph and first.pos_ == "PROPN")):
        return tokens
    bracketed = False
    for i, token in enumerate(tokens[:12]):
        # not an en dash inside a name ('UW–Madison', sample Q46); an em dash may close a
        # dateline unspaced ('Kabul, Afghanistan—A roadside bomb ...')
        joined = token.text == "–" and not token.whitespace_ and not tokens[i - 1].whitespace_
        if (token.text in ("—", "–", "--") and not joined) or (
            token.text == "-" and token.whitespace_
        ):
            if not shouting and _an_aside_about_someone(tokens, i):
                break
            return tokens[i + 1 :] if i > 0 else tokens
        bracketed = (bracketed or token.text == "(") and token.text != ")"
        if i and not (
            bracketed
            or token.text.isupper()
            or token.is_punct
            or token.pos_ == "PROPN"
            or (token.like_num and len(token) <= 4)  # 'Visakhapatnam, Jan 7 -', 'Oct 25, 2012 -'
        ):
            break
    return tokens


def _an_aside_about_someone(tokens: list[Token], dash: int) -> bool:
    """'Dee Dee Myers — a White House press secretary for Bill Clinton — is exiting': a
    person's name before the dash, or a second dash closing an aside, is no dateline."""
    return (
        any(t.ent_type_ == "PERSON" for t in tokens[:dash])
        or any(
            t.text == tokens[dash].text and t.doc[t.i - 1].whitespace_  # not 'season-high'
            for t in tokens[dash + 1 :]
        )
    )


SINGLE_QUOTES = frozenset(("'", "‘", "’"))
CROSSHEAD_WORDS = 5


def _strip_crosshead(tokens: list[Token]) -> list[Token]:
    """ "'Constant fear' The Dalai Lama paid tribute ...": a page that runs its
    crossheads into the text gives the next sentence a few quoted words without a verb
    before it, closed by a quote mark and followed by a capital. The sentence starts
    after them."""
    if not tokens or tokens[0].text not in SINGLE_QUOTES:
        return tokens  # 'An attorney for New Orleans’ Roman Catholic archdiocese': no quote
        # opens it, and the mark closes a possessive (a dateline before it, once its own
        # sentence, left this clause to open on it)
    start = 1
    for i, token in enumerate(tokens[start : start + CROSSHEAD_WORDS + 1], start):
        finite = token.pos_ in ("VERB", "AUX") and token.tag_ not in ("VBN", "VBG")
        if finite or (token.is_punct and token.text not in SINGLE_QUOTES):
            return tokens  # ('Expected sabotage' The latest round ...: a participle, no verb)
        if token.text in SINGLE_QUOTES:
            rest = tokens[i + 1 :]
            if i > start and rest and rest[0].text[:1].isupper() and rest[0].is_alpha:
                return rest
            return tokens
    return tokens


LABEL_WORDS = 8  # 'Bruins 5, Devils 1:', 'Note:', 'UPDATE:'


def _strip_label(tokens: list[Token]) -> list[Token]:
    """'Bruins 5, Devils 1: David Pastrnak scored twice', 'Note: Garnet Hathaway was ...'
    -> the text after the label: a few words without a verb, then a colon, opening the
    clause (a colon before a quotation is someone's words: kept)."""
    for i, token in enumerate(tokens[: LABEL_WORDS + 1]):
        if token.pos_ in ("VERB", "AUX"):
            return tokens
        if token.text == ":":
            rest = tokens[i + 1 :]
            if i == 0 or not rest or rest[0].text in QUOTE_CHARS or rest[0].is_punct:
                return tokens
            return rest
    return tokens


def a_bare_plural_read_as_a_verb(token: Token) -> bool:
    """'killed in the US airstrikes, according to ...': a plural noun the parser took for a
    verb of its own ('VBZ', nothing under it) right after the object it ends; the phrase
    needs it (trainer.extract.clauses.misparses.a_noun_read_as_a_bare_verb asks no
    wh-question of it)."""
    if token.pos_ != "VERB" or token.tag_ != "VBZ" or any(True for _ in token.children):
        return False
    before = token.doc[token.i - 1] if token.i else None
    return (
        before is not None and before.dep_ in ("pobj", "dobj") and before.pos_ in ("NOUN", "PROPN")
    )


# Words that open a clause of what came before or after: how long before or after stands
# just before them ('hours after he left', 'two days before the vote').
BEFORE_OR_AFTER = frozenset(("after", "before", "since", "until"))


def _how_long_before_or_after(clause: Token, start: int) -> bool:
    """Does a measure of time ('hours', 'two days') stand just before the clause, hung on
    the same word, and the clause open on 'after' or 'before'? It goes with the clause."""
    doc = clause.doc
    if start == 0 or doc[start].lower_ not in BEFORE_OR_AFTER:
        return False
    before = doc[start - 1]
    return before.dep_ == "npadvmod" and before.head.i == clause.head.i


def trailing_clauses(verb: Token, keep: Span) -> set[int]:
    """Token indices of clauses after `keep` that a question can do without:
    ', but most of those bombs were ...', 'as Russia continues ...'."""
    drop: set[int] = set()
    # 'was set to begin shutting off power ..., as the region faces ...': the clause may
    # hang off the last verb of a chain
    chain = [verb]
    while nxt := next((c for c in chain[-1].children if c.dep_ == "xcomp"), None):
        chain.append(nxt)
    for child in (c for v in chain for c in v.children):
        if child.i <= keep.end - 1 or child.dep_ not in ("conj", "advcl", "parataxis"):
            continue
        sub = list(child.subtree)
        if sub[0].i < keep.end:
            continue
        if child.dep_ == "parataxis" and child.i < verb.i:
            continue  # 'Two months after the gun rush, Boggs said, visitors ... stop by': an
            # aside before the verb, which leaves its two commas' words run on (Q163, UNGRAM)
        if (
            child.dep_ == "conj"
            and child.pos_ not in ("NOUN", "PROPN")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
        ):
            continue  # 'began X and continued Y' shares the subject: keep it
        # a noun joined to the verb is the subject of a clause whose verb the parser missed
        # ('waited eight decades to rule Egypt, and the prospect of ... isn't ...', Q50): it goes
        if last_items_of_a_list(child) or _task_of_a_deadline(child, keep):
            continue
        if _elliptical(child):
            continue  # 'die before they should' (sample Q53): the verb's own, said again
        if a_bare_plural_read_as_a_verb(child):
            continue  # 'killed in the US airstrikes': 'airstrikes' read as a verb (Q147)
        if _a_preposition_taken_for_to(child):
            continue  # 'exposed to contaminated blood' is what they were exposed to
        if gives_a_result(" ".join(t.text for t in sub)):
            continue  # '26 saves as Columbus beat Edmonton 4-2': the game it was in
        if _what_an_object_is_to_do(child):
            continue  # '..., leading investigators to gather video': not '..., leading investigators.'
        if _what_enough_is_for(child):
            continue  # 'earned enough in commissions to buy out ...' (sample Q56)
        if _what_the_thing_was(child, verb, keep):
            continue  # 'signed a resolution on Wednesday vowing to seek ...' (sample Q53)
        if _a_state_it_is_in(child):
            continue  # 'smartphones are shipping infected with malware' (sample Q59)
        if _the_object_s_state(child):
            continue  # 'sent the British pound falling' (sample Q79)
        if _what_they_died_in(child):
            continue  # 'Seven people were killed after a tram crashed ...': the toll's event
        if _what_the_first_did(child):
            continue  # 'became one of the first companies to release details' (sample Q89)
        if _why_one_came(verb, child):
            # 'arrived in Washington on Thursday to meet with his party's leaders': one
            # arrives many times; what for tells which (sample Q94, VAGUE). Its own further
            # clauses go ('to hash out their differences and talk GOP unity ...').
            drop.update(t.i for c in child.children if c.dep_ in INNER_TRAILING for t in c.subtree)
            continue

        if _the_only_time(verb, child) or a_present_without_its_subject(child):
            continue
        if names_the_told(child, list(verb.sent)):
            continue  # 'In 2015, after the Paris Accord was adopted, he labeled the agreement
        drop.update(t.i for t in sub)
        if sub[0].i > keep.end and _how_long_before_or_after(child, sub[0].i):
            before = verb.doc[sub[0].i - 1]  # 'hours' of 'hours after he left'
            drop.update(t.i for t in before.subtree)
            sub = [*before.subtree, *sub]
        # the comma and conjunction that joined it
        j = sub[0].i - 1
        while (
            j > keep.end - 1
            and (verb.doc[j].is_punct or verb.doc[j].dep_ == "cc")
            and verb.doc[j].text not in QUOTE_CHARS
        ):
            drop.add(j)
            j -= 1
    return drop | _rest_after(verb, drop)


def _why_one_came(verb: Token, clause: Token) -> bool:
    """'arrived in Washington on Thursday | to meet with his party's leaders': the purpose
    of a coming somewhere, which says which coming it was; what a vote was for. A verb of moving something
    ('flew two helicopters to Kunduz') is told by what it moved."""
    if verb.lemma_ in CHOOSING_VERBS:
        return _a_purpose(clause)  # 'voted in 2006 | to approve a fence' (sample Q96): what for
    return (
        verb.lemma_ in MOTION_VERBS
        and not any(c.dep_ == "dobj" for c in verb.children)
        and _a_purpose(clause)
    )


# Verbs whose infinitive tells what was chosen: 'voted to approve a fence'.
# ('How much did Roman Polanski agree to pay his victim?' reads without 'to settle ...')
CHOOSING_VERBS = frozenset(("vote",))


INNER_TRAILING = frozenset(("advcl", "conj", "parataxis"))


def _a_state_it_is_in(clause: Token) -> bool:
    """'Almost 40 different Android smartphones are shipping infected with malware': a past
    participle right after its verb, with no comma and no subordinator, tells the state its
    subject is in as it acts; without it the question says something false ('How many
    Android smartphones are shipping?', sample Q59, VAGUE)."""
    if clause.dep_ != "advcl" or clause.tag_ != "VBN":
        return False
    if any(c.dep_ in ("mark", "nsubj", "nsubjpass", "aux", "auxpass") for c in clause.children):
        return False
    first = min(t.i for t in clause.subtree)
    return first == clause.head.i + 1 and not clause.doc[first - 1].is_punct


# Verbs that put their object in a state a participle after it tells: 'sent the pound
# falling', 'left thousands stranded', 'kept prices rising'.
STATE_SETTING_VERBS = frozenset(
    ("send", "leave", "keep", "set", "get", "have", "find", "catch", "see", "hear", "watch")
)


# Subordinators of a clause that tells the event a toll is of: 'killed after a tram
# crashed', 'died when the roof fell in', 'were injured as the bus overturned'.
EVENT_MARKS = frozenset(("after", "when", "as"))


def _what_they_died_in(clause: Token) -> bool:
    """'At least seven people have been killed after a tram crashed in south London': the
    clause after a verb of death or injury tells what killed them; without it the toll is
    of nothing ('How many people have been killed?', sample Q88's lead made no card)."""
    verb = clause.head
    told = verb.lemma_.lower() in DEATH_VERBS or (
        verb.lemma_.lower() in CASUALTY_VERBS
        and verb.lemma_.lower() != "leave"
        and any(c.dep_ == "auxpass" for c in verb.children)  # 'were killed', not 'killing off'
    )
    counted = any(
        c.dep_ in ("nsubj", "nsubjpass")
        and (c.like_num or any(n.dep_ == "nummod" for n in c.children))
        for c in verb.children
    )  # a toll ('Seven people were killed'), not one death ('Jane Roe was killed Friday')
    return (
        told
        and counted
        and clause.dep_ == "advcl"
        and clause.tag_ in ("VBD", "VBN")  # what happened: not 'as violence continues to surge'
        and any(c.dep_ in ("mark", "advmod") and c.lower_ in EVENT_MARKS for c in clause.children)
    )


# What makes a noun one of a rank an infinitive after it completes: 'the first companies
# to release details', 'the only senator to vote against', 'the last team to win'.
RANKING_WORDS = frozenset(("first", "last", "only", "next", "second", "third"))


def _what_the_first_did(clause: Token) -> bool:
    """'Goldman became one of the first companies to release details on ...': an infinitive
    right after a ranked noun ('the first companies', 'the largest bank') says what it was
    first at, whatever the parser hung it on; without it the question says nothing ('On what
    date did Goldman become one of the first companies?', sample Q89, NONSENSE)."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    first = clause.left_edge.i
    noun = clause.doc[first - 1] if first else clause
    return noun.pos_ in ("NOUN", "PROPN") and any(
        c.lower_ in RANKING_WORDS or c.tag_ == "JJS" for c in noun.children
    )


def _the_object_s_state(clause: Token) -> bool:
    """'The vote in June sent the British pound falling amid uncertainty': a participle
    right after the object of 'send', 'leave', 'keep' ..., with no comma, is the state it
    put the object in; without it the clause says nothing ('The vote in _____ to leave the
    E.U. sent the British pound.', sample Q79, UNGRAM)."""
    if clause.dep_ != "advcl" or clause.tag_ not in ("VBG", "VBN"):
        return False
    verb = clause.head
    if verb.lemma_ not in STATE_SETTING_VERBS:
        return False
    first = min(t.i for t in clause.subtree)
    return (
        any(c.dep_ == "dobj" and c.right_edge.i == first - 1 for c in verb.children)
        and not clause.doc[first - 1].is_punct
    )


def _what_the_thing_was(clause: Token, verb: Token, keep: Span) -> bool:
    """'Seventeen congressional Republicans signed a resolution on Wednesday vowing to seek
    ... ways to stave off global warming': a participle right after the asked date, with no
    comma, tells what the verb's bare 'a resolution' was; without it the question asks 'On
    what date did ... sign a resolution?' (sample Q53, VAGUE: which?)."""
    if clause.tag_ != "VBG" or clause.dep_ != "advcl" or clause.i != keep.end:
        return False
    return _a_bare_a_object(verb, clause)


def _a_bare_a_object(verb: Token, clause: Token) -> bool:
    """Has the verb one object before the clause, an 'a' noun with nothing of its own that
    says which ('signed a resolution', not 'a resolution of the Senate')?"""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < clause.i]
    return len(objects) == 1 and (
        any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in objects[0].children)
        and not any(d.dep_ in ("prep", "acl", "relcl", "compound") for d in objects[0].children)
    )


def _what_enough_is_for(clause: Token) -> bool:
    """'earned enough in commissions to buy out the entire operation', 'too weak to stand':
    an infinitive after 'enough' or 'too' completes it; without it the question asks what
    it was enough for (sample Q56, NONSENSE)."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    verb = clause.head
    return any(
        t.lower_ in ("enough", "too") and t.i < clause.i
        for c in verb.children
        if c.dep_ in ("dobj", "advmod", "acomp", "attr", "npadvmod")
        for t in c.subtree
    )


def _elliptical(clause: Token) -> bool:
    """'before they should', 'than it did': a clause of a bare auxiliary that stands for
    the verb it hangs on; cut, the sentence says another thing ('die' for 'die before they
    should'). 'while macOS is at 3.26%' has its own complement: no ellipsis."""
    return (
        clause.dep_ == "advcl"
        and clause.pos_ == "AUX"
        and all(
            c.dep_ in ("mark", "nsubj", "advmod", "neg")
            and (c.dep_ != "advmod" or not c.n_lefts + c.n_rights)
            for c in clause.children
        )
    )


def _rest_after(verb: Token, drop: set[int]) -> set[int]:
    """What follows a dropped clause goes with it: '... fell to 6.6 per cent in May as
    88,000 positions were added, the first significant gain since November' would
    otherwise keep 'the first significant gain' (hung on the main verb) without the clause
    it tells of. The sentence's final marks stay, and a quote mark that closes a quotation
    opened before the cut. A clause cut before the verb ('In January, less than a week after
    X took office, the Dow hit 20,000') takes nothing with it, nor one cut from inside the
    subject ('Google's offering, which costs $9.99 (there is also ...), is centered on ...')."""
    sent = verb.sent
    if not drop or min(drop) < verb.i or any(a.i > min(drop) for a in verb.ancestors):
        return set()  # the clause the verb's own belongs to goes on after the cut
    first, end = min(drop), sent.end
    doc = sent.doc
    while end > first and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    rest = set(range(first, end))
    opened = sum(1 for t in doc[sent.start : first] if t.text in QUOTE_CHARS) % 2 == 1
    rest |= {
        t.i
        for t in doc[end : sent.end]
        if not t.is_space and t.text not in ".!?" and not (opened and t.text in QUOTE_CHARS)
    }
    return rest


def _a_purpose(clause: Token) -> bool:
    """'to unlock semi-autonomous capabilities': an infinitive right after what the verb
    governs says what it was done for: a question shortened for length keeps it (a clause
    `trailing_clauses` cuts from any question is another matter: 'How much did X agree to
    pay his victim?' was worth studying without 'to settle a damage claim ...')."""
    before = clause.doc[min(t.i for t in clause.subtree) - 1]
    return (
        clause.dep_ == "advcl"
        and clause.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        and not before.is_punct
    )


def _a_preposition_taken_for_to(clause: Token) -> bool:
    """'to contaminated blood' parsed as an infinitive: a 'to' before a past form is the
    preposition of the verb before it (sample Q22: 'may have been exposed.')."""
    word = clause.lower_  # the tagger may call it 'VB' too: no verb of the base form ends so
    past = clause.tag_ in ("VBN", "VBD") or (
        len(word) > 5 and word.endswith("ed") and not word.endswith(("eed", "embed", "shred"))
    )
    return past and any(
        c.dep_ == "aux" and c.lower_ == "to" and c.i == clause.i - 1 for c in clause.children
    )


def _what_an_object_is_to_do(clause: Token) -> bool:
    """'leading investigators to gather video', 'forcing residents to flee': an infinitive
    right after a noun is what that noun is to do (the parser hangs it on the main verb);
    cut away, it leaves the noun hanging."""
    before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i else None
    return (
        clause.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        and before is not None
        and before.pos_ in ("NOUN", "PROPN", "PRON")
        and before.dep_ == "dobj"  # not 'surrounded the Statehouse on Tuesday to call for ...'
    )


# Names a bare 'the agreement', 'the company' after them can stand for (not a person's).
THING_LABELS = frozenset(("ORG", "LAW", "EVENT", "WORK_OF_ART", "PRODUCT", "FAC", "GPE", "LOC"))


def names_the_told(clause: Token, tokens: Sequence[Token]) -> bool:
    """'In 2015, after the Paris Climate Accord was adopted, he labeled the agreement "a
    fraud"': the clause names what a bare 'the agreement' after it stands for; dropped, it
    leaves a question about an agreement it never names. A name after the bare noun is no
    antecedent of it ('shifted the event to 2022 to accommodate the Tokyo Olympics')."""
    own = {t.i for t in clause.subtree}
    if not any(
        clause.doc[i].pos_ == "PROPN" and clause.doc[i].ent_type_ in THING_LABELS for i in own
    ):
        return False
    return any(
        t.lower_ == "the"
        and t.dep_ == "det"
        and t.i > max(own)
        and t.head.lemma_.lower() in ANAPHORIC_NOUNS
        and t.head.pos_ == "NOUN"
        and not any(
            c.dep_ in ("compound", "amod", "prep", "nmod", "acl", "relcl") for c in t.head.children
        )
        for t in tokens
    )


def _task_of_a_deadline(clause: Token, keep: Span) -> bool:
    """'has given Soltan until July 28 to respond to the bid': what is due by the date is
    part of the fact (without it, 'until what date has the judge given Soltan?')."""
    doc = clause.doc
    before = doc[keep.start - 1].lower_ if keep.start > 0 else ""
    deadline = before in ("until", "till", "by") or keep[0].lower_ in ("until", "till", "by")
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    return deadline and infinitive and next(iter(clause.subtree)).i == keep.end


def last_items_of_a_list(clause: Token) -> bool:
    """'fines related to the London Whale losses, manipulating Libor, and issuing bad
    mortgages': two participles joined by a comma and 'and' are the last two items of a
    list whose first item came before them (two alone are not written with that comma).
    Cutting them would pin what the sentence says of all three on the first."""
    if clause.tag_ != "VBG" or clause.dep_ != "advcl":
        return False
    doc = clause.doc
    return any(
        c.dep_ == "cc" and c.i > 0 and doc[c.i - 1].text == "," for c in clause.children
    ) and any(c.dep_ == "conj" and c.tag_ == "VBG" for c in clause.children)


TIMES = ("DATE", "TIME")
# What says when a clause inside a clause happened ('75 days before primary voting begins'
# dates 'meet'); a clause without one ('followed by 2017 with 50,116') tells of another.
TIME_MARKERS = frozenset(("before", "after", "until", "since", "when", "while", "as"))
INNER_CLAUSES = frozenset(("advcl", "relcl", "ccomp", "xcomp", "conj", "acl", "parataxis"))


def a_present_without_its_subject(verb: Token) -> bool:
    """'..., where Republican voters take GOP ballots and Democrats select nominees from
    their party's slate': the parser joined 'Democrats' to 'ballots' and hung 'select' on
    the main verb with no subject; the question cut it and kept 'and Democrats' ('...
    take GOP ballots and Democrats?', sample Q181, UNGRAM). A clause in the present tense
    has a subject."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ in ("VBP", "VBZ")
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    )


# Dependencies of a clause's subject.
SUBJECT_DEPS = frozenset(("nsubj", "nsubjpass", "expl", "csubj", "csubjpass"))


def _the_only_time(verb: Token, clause: Token) -> bool:
    """'White Christians accounted for 80% of the U.S. population when Jimmy Carter was
    president; that number had dropped to 54% by 2006': a 'when' clause that tells the one
    time the verb's clause has; cut, the share fits every time the article gives (sample
    Q181, VAGUE)."""
    return (
        clause.dep_ == "advcl"
        and any(
            c.dep_ == "advmod" and c.lower_ == "when" and c.i < clause.i for c in clause.children
        )
        and not any(t.ent_type_ in TIMES for t in own_words(verb, INNER_CLAUSES))
    )


def loses_its_time(marker: Token) -> bool:
    """'... the peak year for electricity use, 2006, when demand reached 50,270 megawatts':
    the 'when' clause happened at the date just before it; asked alone ('Demand reached
    _____') it no longer says when, unless it has a time of its own ('the candidates meet
    in Atlanta just 75 days before primary voting begins'), with a year if that date had
    one ('2011, when exports rose 4% in March': March of 2011). A clause whose subject is
    a name tells a thing done once by those it names, which needs no date to be told."""
    if marker.lower_ != "when" or marker.i == 0:
        return False
    if any(
        t.pos_ == "PROPN"
        for c in marker.head.children
        if c.dep_ in ("nsubj", "nsubjpass")
        for t in c.subtree
    ):
        return False  # 'when Acme bought Zenith for $40 million': named parties, done once
    doc = marker.doc
    j = marker.i - 1
    while j > 0 and doc[j].is_punct:
        j -= 1
    if doc[j].ent_type_ not in TIMES and not _has_year(doc[j : j + 1]):
        return False
    date = next((e for e in doc.ents if e.start <= j < e.end), doc[j : j + 1])
    own = _own_time(marker.head)
    return not own or (_has_year(date) and not _has_year(own))


def _has_year(tokens: Iterable[Token]) -> bool:
    return any(re.fullmatch(r"(1[0-9]|20)[0-9]{2}s?", t.text) for t in tokens)


def _own_time(verb: Token) -> list[Token]:
    """The words that say when the verb's own clause happened: a time clause inside it
    counts ('75 days before the vote begins'), another clause ('gallons, followed by 2015')
    does not."""

    def own(token: Token) -> bool:
        while token.i != verb.i:
            timed = any(c.dep_ == "mark" and c.lower_ in TIME_MARKERS for c in token.children)
            if token.dep_ in INNER_CLAUSES and not timed:
                return False
            token = token.head
        return True

    return [t for t in verb.subtree if t.ent_type_ in TIMES and t.i != verb.i and own(t)]


def inside_quote(token: Token, start: int) -> bool:
    """Is the token inside a quotation opened after the character offset `start` (the
    sentence's start, or its paragraph's for a quotation running over sentences)?"""
    before = text_of(token.doc)[start : token.idx]
    return (before.count('"') % 2 == 1) or before.count("“") > before.count("”")


def trailing_attribution(tokens: Sequence[Token], answer: Span) -> set[int]:
    """', Acme spokeswoman Jane Roe said Tuesday.': who said the clause holding the
    answer, after it; its tokens (the clause alone is the fact). Found by its words, a name
    and its title between a comma and the reporting verb that ends the sentence, however
    the parser hung them."""
    according = next(
        (
            t
            for t in tokens
            if t.lower_ == "according"
            and t.i > answer.end
            and t.nbor(-1).text == ","
            and t.nbor(1).lower_ == "to"
        ),
        None,
    )
    if according is not None and not any(t.i > according.i and t.text == "," for t in tokens):
        return {t.i for t in tokens if t.i >= according.i - 1}  # ', according to Statistics
        # Canada's labour force survey data released Friday.'
    roots = [t for t in tokens if t.dep_ == "ROOT"]
    if not roots or roots[0].lemma_ not in REPORTING_VERBS or roots[0].i < answer.end:
        return set()
    root = roots[0]
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > root.i for c in root.children):
        return set()  # 'X said that ...': the fact comes after the verb
    j = root.i - 1
    while j > answer.end and root.doc[j].pos_ in ("PROPN", "NOUN", "ADJ", "DET", "PART"):
        j -= 1
    speaker = root.doc[j + 1 : root.i]
    if j <= answer.end or root.doc[j].text != "," or not any(t.pos_ == "PROPN" for t in speaker):
        return set()
    return {t.i for t in tokens if t.i >= j}


def second_predicate(verb: Token, remove: Span) -> set[int]:
    """'X was evicted in April and sentenced to 50 weeks': the second verb of a shared
    subject, after the answer, and its 'and' (a wh-question asks about the first only)."""
    drop: set[int] = set()
    for child in verb.children:
        if child.dep_ != "conj" or child.pos_ not in ("VERB", "AUX") or child.i < remove.end:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
            continue  # a clause of its own: trailing_clauses decides
        sub = [t.i for t in child.subtree]
        joint = [j for j in range(remove.end, min(sub)) if verb.doc[j].dep_ == "cc"]
        if (
            not joint
            or verb.doc[joint[-1]].head.i != verb.i
            or not all(verb.doc[j].is_punct or j in drop for j in range(joint[-1] + 1, min(sub)))
        ):
            continue  # 'rain on Tuesday and more was expected': not two verbs of one subject
        drop.update(sub)
        j = min(sub) - 1
        while j >= remove.end and (verb.doc[j].dep_ == "cc" or verb.doc[j].is_punct):
            drop.add(j)
            j -= 1
        # '... and burned down a Wendy's restaurant where ..., an incident likely to fuel
        # more tensions': what follows the second verb tells of it, or of both; kept, it
        # would tell of the first alone (sample Q182, UNGRAM)
        for later in verb.children:
            if later.i > max(sub) and not later.is_punct:
                drop.update(t.i for t in later.subtree)
                drop.update(
                    k for k in range(max(sub) + 1, later.left_edge.i) if verb.doc[k].is_punct
                )
    return drop


PHRASE_WORDS = 5  # ', despite a conciliatory speech toward Hamas': a long phrase may go


def _says_which(clause: Token) -> bool:
    """A relative clause with no comma before it that tells which thing an 'a' noun, the
    object or subject of the act, is:
    'released a plan from the Pentagon on Tuesday that spelled out ways to close ...'; cut,
    the question asks the date of 'a plan' (sample Q75, VAGUE)."""
    noun = clause.head
    return (
        clause.dep_ == "relcl"
        and noun.dep_ in ("dobj", "nsubj", "nsubjpass")  # what the act is done to, or by:
        # not 'amid a Republican revolt that raised doubts ...', a circumstance
        and clause.doc[clause.left_edge.i - 1].text != ","
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    )


def _says_what_a_thing_was(clause: Token) -> bool:
    """'passed a resolution on Dec. 22 requiring member countries to inspect ...': a
    participle with no comma before it after the verb's bare 'a' object tells what the
    thing was; cut, the question asks the date of 'a resolution' (sample Q79, VAGUE). As
    `_what_the_thing_was`, wherever the answer is."""
    if clause.dep_ != "advcl" or clause.tag_ != "VBG":
        return False
    if clause.doc[clause.left_edge.i - 1].text == ",":
        return False
    return _a_bare_a_object(clause.head, clause)


def _what_an_aside_is(clause: Token) -> bool:
    """'tariffs on another $325 billion in Chinese goods, a move that would mean ...': the
    relative clause of a noun set off by a comma says what the noun is; without it, ', a
    move.' tells nothing."""
    noun = clause.head
    start = noun.left_edge.i
    return (
        clause.dep_ == "relcl"
        and noun.dep_ == "appos"
        and start > 0
        and clause.doc[start - 1].text == ","
    )


def trailing_modifiers(tokens: Sequence[Token], answer: Span) -> list[set[int]]:
    """What a long question may lose at its end, nearest the end first: a clause or a
    clause-like phrase after the answer that runs to the end of the piece ('... announced
    three arrests tied to a brothel network | that allegedly operated out of apartments in
    Greater Boston, attracting clients who ranged from politicians to military officers';
    '..., | cementing their roles as frontrunners'). A relative or adverbial clause goes
    with or without a comma; a participle only after one (right after its noun it says
    which: 'three arrests tied to ...'); a phrase after one, or after a preposition that
    opens a clause ('after facing complaints that ...'), when it holds a verb or five words."""
    words = [t for t in tokens if not (t.is_punct and t.text not in QUOTE_CHARS)]
    if not words:
        return []
    ids = {t.i for t in tokens}
    end = words[-1].i
    cuts: list[set[int]] = []
    for token in tokens:
        sub = sorted(t.i for t in token.subtree)
        start = sub[0]
        if start < answer.end or sub[-1] < end or not set(range(start, end + 1)) <= ids:
            continue
        before = token.doc[start - 1] if start else token
        after_comma = before.text == ","
        if _a_purpose(token):
            continue  # 'customers can pay $5,000 | to unlock Enhanced Autopilot' (sample Q38)
        if _says_which(token) or _says_what_a_thing_was(token) or _what_the_first_did(token):
            continue  # 'released a plan ... on Tuesday | that spelled out ways ...' (Q75)
        if _what_an_aside_is(token):
            continue  # '..., a move | that would mean ...': the aside goes whole (Q97, UNGRAM)
        if not (
            token.dep_ in ("relcl", "advcl")
            or (token.dep_ in ("acl", "appos") and after_comma)
            or (
                token.dep_ == "prep"
                and (after_comma or token.lower_ in SUBORDINATORS)
                and (any(t.pos_ == "VERB" for t in token.subtree) or len(sub) >= PHRASE_WORDS)
            )
        ):
            continue
        if any(t.dep_ == "conj" for t in (token, *token.ancestors) if t.i > answer.end) or any(
            c.dep_ == "cc" for c in token.children
        ):
            continue  # '..., manipulating Libor, and issuing bad mortgages': items of a list
        cut = set(range(start, end + 1))
        j = start - 1
        if _how_long_before_or_after(token, start):
            # 'contradicting Pompeo hours | after he left ...': how long after goes with the
            # 'after' (sample Q174, UNGRAM: '... Mike Pompeo hours.')
            cut |= {t.i for t in token.doc[start - 1].subtree}
            j = min(cut) - 1
        while j >= answer.end and (token.doc[j].is_punct or token.doc[j].dep_ == "cc"):
            if token.doc[j].text in QUOTE_CHARS:
                break
            cut.add(j)
            j -= 1
        if cut not in cuts:
            cuts.append(cut)
    return sorted(cuts, key=len)


# Words that open a condition: 'If the company fails, ...', 'Unless Congress acts, ...'.
CONDITION_MARKS = frozenset(("if", "unless", "provided", "providing", "assuming"))
# Auxiliaries that open an inverted condition: 'Had Paul not changed his stance, ...'.
INVERTED_CONDITION = frozenset(("had", "were", "should"))


def a_condition(clause: Token) -> bool:
    """A clause of what must hold for the main clause to: 'if ...', 'unless ...', or an
    inverted 'Had Paul not changed his stance'."""
    if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children):
        return True
    first = clause.doc[clause.left_edge.i]
    return first.lower_ in INVERTED_CONDITION and first.dep_ in ("aux", "auxpass")

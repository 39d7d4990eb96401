"""When a post was held: a sentence that tells of an earlier time gives a post held then.

A role card asks "As of <the article's month>, who was ...?". That is true only of a post the
sentence gives as held at the article's time. A post named in past narration of an earlier,
dated event ("Ferguson police officer Jane Roe, who shot a man in 2014, said ..."), in a
clause of when something past happened ("when Vice President Joe Roe took over"), or in a
past clause that says its holder was leaving it ("was on the verge of retirement") may no
longer be held, so it makes no card; nor does a post at a body the article says its holder
left ("Acme founder Jane Roe" ... "Ms Roe, who quit Acme in 2001 and now runs ...").
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING

from trainer.extract.date_tense import told_years_ago
from trainer.extract.dates import mentions
from trainer.extract.doc import own_words
from trainer.language.lexicon import WEEKDAYS
from trainer.language.names import surname
from trainer.language.posts import (
    LEAVING_WORDS,
    POST_WORDS,
    PUSHING_OUT_VERBS,
    QUITTING,
    STARTING_VERBS,
)
from trainer.language.text import normalise

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Span, Token

YEAR = re.compile(r"(?:19|20)\d\d")
# A date of an earlier year than the article's, and this many days or more before it, is
# another time than the article's ("in 2014", "last year", "in December 2015" in a December
# 2016 article); a month earlier in the same year ("in May", in November) is not: a post
# is held for years more often than not.
EARLIER_DAYS = 61
# Dependents that open a clause of their own: its dates are not the post's.
OWN_CLAUSES = frozenset(("ccomp", "parataxis", "relcl", "acl", "advcl", "csubj", "conj"))
# Subordinators of a clause that says when something happened.
# ("while" and "as" as often contrast or give a reason, and "after" or "before" mostly
# mark the recent event the news follows: those posts are still held.)
TIME_MARKS = frozenset(("when",))
# Verbs that leave a body: "quit Acme", "left Acme", "resigned from Acme".
LEAVING_VERBS = frozenset(("quit", "leave", "resign", "retire", "depart", "exit"))
RECENT_DAYS = frozenset(("yesterday", "today", "tonight", *(d.lower() for d in WEEKDAYS)))


def earlier_dates(doc: Doc, published: date | None, as_of: str) -> dict[int, bool]:
    """Each date of the doc (by its head word): is it of a time well before the article's?"""
    if not as_of:
        return {}
    found: dict[int, bool] = {}
    for mention in mentions(doc, published):
        since = mention.span.start > 0 and doc[mention.span.start - 1].lower_ == "since"
        found[mention.span.root.i] = (  # "since 2014": held from then to now
            mention.value is not None and not since and _before(mention.value, published, as_of)
        )
    for ent in doc.ents:  # "a 2014 interview": a year the written forms leave out
        if ent.label_ == "DATE" and len(ent) == 1 and YEAR.fullmatch(ent.text):
            found.setdefault(ent.root.i, _before(ent.text, published, as_of))
        elif ent.label_ == "DATE" and (decades := DECADE.findall(ent.text)):
            # 'Canada's prime minister during the late 1960s, 70s and 80s' (sample Q152,
            # WRONG as his post 'As of December 2016'): a decade long past
            last = max(int(d) for d in decades) + 9
            found.setdefault(ent.root.i, _before(str(last), published, as_of))
    return found


DECADE = re.compile(r"\b((?:1[89]|20)\d0)s\b")


def _before(value: str, published: date | None, as_of: str) -> bool:
    """'2014', '2015-12', '2015-12-14' ended in an earlier year, well before the article's
    date (its year when only the year is known)."""
    try:
        year = int(value[:4])
        if len(value) == 4:
            end = date(year, 12, 31)
        elif len(value) == 7:
            month = int(value[5:7])
            end = date(year, month, monthrange(year, month)[1])
        else:
            end = date.fromisoformat(value[:10])
    except ValueError:
        return False
    if published is None:
        return end.year < int(as_of[:4])
    return end.year < published.year and (published - end).days >= EARLIER_DAYS


def held_then(ent: Span, title: str, dated: dict[int, bool]) -> str:
    """Why the post (`title`) before or beside this name may not be held at the article's
    date: "when" (a clause of when something past happened), "earlier" (a clause dated
    before the article, or one saying the post was being left), "pictured" (a photo's
    caption of an earlier day: held then, and now if the article gives no other post), or
    ""."""
    if _a_post_of_when(ent) or _a_post_of_a_year_gone(ent, dated):
        return "when"
    verb = _verb_of(ent.root)
    if verb is None:
        return ""
    if _in_a_past_time_clause(verb):
        return "when"
    if _told_of_an_earlier_time(ent, verb, dated) or _leaving(ent, verb, title):
        return "earlier"
    if _pictured_before(verb, dated):
        return "pictured"
    if _first_done(verb):
        return "earlier"  # 'Allegations ..., first made by ... Secretary Spencer Collier'
    if _past_perfect(verb):
        return "earlier"  # 'Mr Rodrigues, a successful IT consultant, had woken up one day'
    if told_years_ago(verb):
        return "earlier"  # 'Sixteen years ago, ... attacked Taliban leader Mullah Omar's ...'
    if _the_appointer(ent, verb):
        return "earlier"
    return ""


def _the_appointer(ent: Span, verb: Token) -> bool:
    """'Stevens, who was appointed by Republican President Gerald Ford, ...': whoever gave
    another a post that still goes on gave it long ago, in the post they held then (sample
    Q172, WRONG as Ford's post 'As of October 2018'). A fresh appointment ('named by
    President Jane Roe on Tuesday') is of the news's own days."""
    by = ent.root.head
    return (
        by.dep_ == "agent"
        and by.head.i == verb.i
        and verb.lemma_.lower() in STARTING_VERBS
        and _past(verb)
        and not _recent(verb)
    )


def _a_post_of_when(ent: Span) -> bool:
    """'Kathleen Blanco, the governor of Louisiana when Hurricane Katrina struck her state in
    2005, ...': the post beside the name says when it was held, in the past (sample Q6)."""
    posts = [c for c in ent.root.children if c.dep_ == "appos"]
    if not posts:
        return False
    # the 'when' clause hangs on the post, or on the name the post stands beside
    clauses = [c for p in posts for c in p.subtree] + list(ent.root.children)
    return any(
        c.dep_ in ("relcl", "advcl", "acl") and _told_when(c) and not _recent(c) for c in clauses
    )


def _a_post_of_a_year_gone(ent: Span, dated: dict[int, bool]) -> bool:
    """'Erik Prince, an adviser to the Trump campaign in 2016, ...' on a page of 2018: the
    post beside the name is dated well before the article (sample Q102, WRONG as "As of
    November 2018")."""
    posts = [c for c in ent.root.children if c.dep_ == "appos"]
    return any(dated.get(t.i, False) for p in posts for t in p.subtree)


def _first_done(verb: Token) -> bool:
    """'Allegations of Bentley's affair, first made by Alabama Law Enforcement Agency
    Secretary Spencer Collier, came amid ...': a past act told as the first of its kind
    happened before the story's present, when the post then held may since be gone (sample
    Q58, WRONG: Collier had been fired)."""
    return _past(verb) and any(
        c.dep_ == "advmod" and c.lower_ in ("first", "originally", "initially")
        for c in verb.children
    )


def _past_perfect(verb: Token) -> bool:
    """'had woken up one day and decided to quit': a time before the story's past, when
    the person may have held a post they have left by the article's date."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("had", "'d", "’d") for c in verb.children
    )


def _verb_of(token: Token) -> Token | None:
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else None


def _past(verb: Token) -> bool:
    """'said', 'was', 'had turned', 'was named', '(the Act,) signed by ...' (not 'has
    been', 'says', 'will be')."""
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and verb.dep_ == "acl"):
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children
    )


def _clause(verb: Token) -> Iterator[Token]:
    """The verb's own clause: its words, without the clauses inside it."""
    return own_words(verb, OWN_CLAUSES)


def _pictured_before(verb: Token, dated: dict[int, bool]) -> bool:
    """'FILE PHOTO: FBI Director Robert Mueller testifies before a Senate Intelligence
    Committee hearing ... March 12, 2013': a photo's caption tells its day in the present;
    the post is the one held that day."""
    own = [dated[t.i] for t in _clause(verb) if t.i in dated]
    return verb.tag_ in ("VBZ", "VBP") and bool(own) and all(own)


def _told_of_an_earlier_time(ent: Span, verb: Token, dated: dict[int, bool]) -> bool:
    """'In 2014, Acme CEO Jane Roe said ...', 'Ferguson police officer Jane Roe, who shot a
    man in 2014, said ...': a past clause dated well before the article. A date of the
    clause itself decides ('..., who joined in 2014, said on Tuesday' is current); without
    one, a past clause about the person or of when it happened does."""
    if not _past(verb):
        return False
    own = [dated[t.i] for t in _clause(verb) if t.i in dated]
    if own:
        return all(own)
    if _a_time_told_before(verb, dated):
        return True
    # '..., who was appointed in 2012, said': when the post began, held since
    around = [
        c
        for c in ent.root.children
        if c.dep_ in ("relcl", "acl") and c.lemma_.lower() not in STARTING_VERBS
    ]
    around += [c for c in verb.children if c.dep_ == "advcl"]
    return any(dated.get(t.i, False) for clause in around if _past(clause) for t in _clause(clause))


# Units of a time a sentence names again: 'in the same month', 'that year'.
TIME_UNITS = frozenset(("day", "week", "month", "year", "time"))


def _a_time_told_before(verb: Token, dated: dict[int, bool]) -> bool:
    """'In December 2016, ... In the same month, Flynn, a senior official on the Trump
    transition team, contacted ...' (sample Q104, WRONG as 'As of January 2020'): a past
    clause of 'the same month' or 'that year' is of the time the sentence before dated, when
    that was well before the article."""
    again = any(
        t.lower_ in TIME_UNITS and any(c.lower_ in ("same", "that") for c in t.children)
        for t in _clause(verb)
    )
    if not again:
        return False
    sent = verb.sent
    before = verb.doc[sent.start - 1].sent if sent.start > 0 else None
    return before is not None and any(dated.get(t.i, False) for t in before)


def _leaving(ent: Span, verb: Token, title: str) -> bool:
    """'Acme CEO Jane Roe resigned', '... was on the verge of retirement': a past clause
    whose subject is the holder says the post was being left (not when it says she left
    something else: 'the Acme blogger retired from medicine', '... resigned from the board')."""
    if not _past(verb) or ent.root.dep_ not in ("nsubj", "nsubjpass") or ent.root.head != verb:
        return False
    for t in _clause(verb):
        leaving = t.lemma_ == "step" and any(c.lower_ == "down" for c in t.children)
        if t.lemma_.lower() in LEAVING_WORDS or t.lower_ in LEAVING_WORDS:
            leaving = t.pos_ in ("VERB", "AUX") or not _someone_elses(t)
        elif t.lemma_.lower() in PUSHING_OUT_VERBS and t.pos_ == "VERB":
            leaving = any(c.dep_ == "auxpass" for c in t.children)
        if leaving and not _from_something_else(t, title):
            return True
    return False


def _from_something_else(word: Token, title: str) -> bool:
    """'retired from medicine' said of 'the Acme blogger': a thing the title does not name."""
    left = [
        t
        for c in word.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for t in c.subtree
        if t.pos_ in ("NOUN", "PROPN")
    ]
    named = {w.lower() for w in title.split()} | POST_WORDS
    return bool(left) and not any(t.lower_ in named for t in left)


def _someone_elses(noun: Token) -> bool:
    """'the resignation of the board', "Doe's resignation" (not 'her retirement')."""
    return any(
        (c.dep_ == "prep" and c.lower_ == "of") or (c.dep_ == "poss" and c.pos_ != "PRON")
        for c in noun.children
    )


def _in_a_past_time_clause(verb: Token) -> bool:
    """'... when Vice President Joe Roe took over the effort': a post held at a time the
    sentence looks back to, which may not be held at the article's date."""
    token = verb
    while token.head.i != token.i:
        if _told_when(token):
            return not _recent(token)
        token = token.head
    return False


def _told_when(verb: Token) -> bool:
    """A past verb its clause opens on 'when' ('when Katrina struck')."""
    return verb.tag_ in ("VBD", "VBN") and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS and c.i < verb.i
        for c in verb.children
    )


def _recent(verb: Token) -> bool:
    """'When Afghan President Jane Roe announced it last week': the news's own days."""
    words = [t.lower_ for t in verb.subtree]
    return bool(RECENT_DAYS & set(words)) or any(
        a in ("last", "this", "earlier") and b in ("week", "weekend", "month")
        for a, b in pairwise(words)
    )


# What a holder who resigned outright left: every post the article gives them.
EVERY_POST = "*"


def _quits_outright(verb: Token) -> bool:
    """'has resigned', 'resigned on Monday', 'stepped down', 'stood down': a post left,
    told with no body, in the past or just done (sample Q20: "As of January 2008, what was
    Gary Kemble's position? → Kiwis coach" in the story of his resignation)."""
    done = _past(verb) or (
        verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    )
    if not done or any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "from") for c in verb.children
    ):
        return False  # 'resigned from the board of Beta': that body's post only
    lemma = verb.lemma_.lower()
    down = any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    return lemma in QUITTING or (lemma in ("step", "stand") and down)


# Verbs whose subject, told in the passive, was put out of a post ('was fired', 'was
# recalled from her post').
PUT_OUT_VERBS = PUSHING_OUT_VERBS | {"recall", "remove"}
# What one is put out of that is the post itself: 'recalled from her post'.
THE_POST = POST_WORDS | {"duties"}


def _pushed_out(verb: Token) -> bool:
    """'Yovanovitch, who was abruptly recalled from her post', 'Jane Roe was fired on
    Monday': a post left, told with no other body (sample Q90: 'As of January 2020, what was
    Marie Yovanovitch's position? -> U.S. Ambassador', WRONG)."""
    if verb.lemma_.lower() not in PUT_OUT_VERBS or not _past(verb):
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    froms = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
    return all(any(o.lemma_.lower() in THE_POST for o in c.children) for c in froms)


def bodies_left(doc: Doc) -> dict[str, set[str]]:
    """The bodies each surname's holder is said to have left ('Ms Roe, who quit Acme in
    2001', 'Jane Roe left Acme Corp.'), by surname (lower case): normalised body names. A
    post there is not held at the article's date, whatever it was ('founder')."""
    left: dict[str, set[str]] = {}
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    surnames = {surname(e.text) for e in people if " " in e.text}
    # a surname alone the tagger took for something else ('criticised Dupont [ORG], who
    # was recalled from her post') is its person's too
    alone = [doc[t.i : t.i + 1] for t in doc if t.text in surnames and t.ent_type_ != "PERSON"]
    for ent in (*people, *alone):
        root = ent.root
        verbs = [root.head] if root.dep_ in ("nsubj", "nsubjpass") and root.head.i != root.i else []
        verbs += [
            c
            for c in root.children
            if c.dep_ == "relcl"
            and any(w.dep_ in ("nsubj", "nsubjpass") and w.tag_ == "WP" for w in c.children)
        ]
        for verb in verbs:
            if _quits_outright(verb) or _pushed_out(verb):
                left.setdefault(surname(ent.text).lower(), set()).add(EVERY_POST)
                continue
            if not _past(verb) or verb.lemma_.lower() not in LEAVING_VERBS:
                continue
            bodies = [
                e
                for part in verb.children
                if part.dep_ == "dobj" or (part.dep_ == "prep" and part.lower_ == "from")
                for e in doc.ents
                if e.label_ == "ORG"
                and part.left_edge.i <= e.start
                and e.end <= part.right_edge.i + 1
            ]
            for body in bodies:
                left.setdefault(surname(ent.text).lower(), set()).add(normalise(body.text))
    return left

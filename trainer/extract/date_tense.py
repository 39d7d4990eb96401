"""The tense a date is read with: whether "Oct. 31" or "March" is last year's, this year's or
next year's follows the verb it dates ("will", "is scheduled to", "must", "would" after a
remark), and words that put a date ahead ("until July", "the upcoming summit in June",
"was cancelling flights through mid-August")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainer.extract.doc import verb_over
from trainer.extract.subjects import report_told_before
from trainer.language.lexicon import MONTHS, REPORTING_VERBS, TELLING_TO, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Which wh-phrase asks for which form; other forms are asked as a blank.
# "is scheduled to", "is set to", "plans to": what follows is ahead.
FUTURE_LEMMAS = {
    "schedule",
    "set",
    "due",
    "expect",
    "plan",
    "slate",
    "intend",
    "aim",
    "rumor",
    "rumour",
    "suppose",  # "the Board (is) supposed to rule on Thursday"
    # what is wanted or needed of a day ahead: 'He really needs to win decisively on
    # Sunday' (a debate three days after the story; sample Q81, WRONG as the Sunday before)
    "need",
    "want",
    "hope",
    "prepare",
    # 'Cruz is favored to win reelection in November' (sample Q100, WRONG as the November
    # before)
    "favor",
    "favour",
    "poise",
}


# Verbs of how things look now, over an infinitive: 'seem likely to win on Friday'.
SEEMING = frozenset(("seem", "appear", "look"))

# Nouns of what is yet to come, whose infinitive is ahead: 'the chance to make history in
# November' ('his decision to resign on Saturday' may be told after the day).
PROSPECTS = frozenset(
    ("chance", "opportunity", "bid", "plan", "hope", "goal", "aim", "bet", "favorite", "favourite")
)


def tense_of(span: Span, form: str) -> str:
    """The tense a mention resolves with: 'the upcoming summit in June' is ahead whatever
    the verb; a month that dates a noun is the nearest ('a forecast in June'); 'until July'
    and 'ahead of the vote in July', in a clause not told in the past, are ahead."""
    if _upcoming(span):
        return "future"
    if _since(span):
        return "past"  # 'the worst day for banks since the Brexit vote in June' (sample Q56)
    tense = "either" if form == "month" and _of_a_noun(span) else _tense(span)
    if tense == "either" and _of_what_came_before(span):
        return "past"  # 'created the commission following the mass shooting in February'
        # (of December: the February before, sample Q130, WRONG as the February after)
    if tense != "future" and _until_or_ahead(span):
        return "future"
    if tense == "past" and _ongoing_until(span):
        return "either"
    return tense


# Prepositions of what came before the act they hang on: 'following the shooting in February'.
BEFORE_THE_ACT = frozenset(("following", "after"))


def _of_what_came_before(span: Span) -> bool:
    """The month dates a noun that a past act followed: 'created the commission following the
    mass shooting in February', 'resigned after the scandal in May'."""
    noun = _dated_noun(span)
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in BEFORE_THE_ACT
        and prep.head.pos_ in ("VERB", "AUX")
        and told_in_the_past(prep.head)
    )


def _since(span: Span) -> bool:
    """'since the Brexit vote in June': a date inside what 'since' counts from is before the
    article's day, whatever the verb ('the worst day since ...')."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ == "of":
        return False  # 'since November of last year': the year after it says which
    return any(a.dep_ == "prep" and a.lower_ == "since" for a in span.root.ancestors)


def _ongoing_until(span: Span) -> bool:
    """'announced it was cancelling flights through mid-August' (in April): what was under
    way runs up to the date, which may lie ahead of the article: the nearest August."""
    doc = span.doc
    prep = next(
        (
            t
            for t in doc[max(span.start - 3, 0) : span.start]
            if t.lower_ in UNTIL | {"through", "thru"}
        ),
        None,
    )
    verb = prep.head if prep is not None else None
    return (
        verb is not None
        and verb.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in verb.children)
    )


# Words that put the thing they describe ahead: 'the upcoming summit', 'the coming vote'.
UPCOMING = {"upcoming", "forthcoming", "coming"}
# How long a clause lasts: 'must wait until July' (a clause not in the past: ahead).
UNTIL = {"until", "till", "til", "'til"}


def _dated_noun(span: Span) -> Token:
    """The word a date hangs on: 'the summit in June' -> summit, 'the June summit' -> summit."""
    root = span.root
    return root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head


def _upcoming(span: Span) -> bool:
    noun = _dated_noun(span)
    return noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "amod" and c.lower_ in UPCOMING for c in noun.children
    )


def _until_or_ahead(span: Span) -> bool:
    """'workers must wait until July', 'talks ahead of the vote in July': ahead of the
    article when the verb is not told in the past ('stayed until July', 'met ahead of the
    vote in July' are past)."""
    root = span.root
    if root.dep_ in ("nmod", "compound") and root.head.dep_ == "pobj":
        root = root.head  # 'until the Nov. 3 election': the date names the noun's day
    prep = root.head if root.dep_ == "pobj" else None
    if prep is not None and (
        prep.lower_ in UNTIL or (prep.lower_ == "before" and span.text in MONTHS)
    ):
        # 'could galvanize stakeholders to address vulnerabilities before November' (of a
        # February 2020 page: the November ahead, sample Q110, WRONG as November 2019)
        verb = prep.head
    else:
        noun = _dated_noun(span)
        of = noun.head
        if not (noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ == "ahead"):
            return False
        verb = of.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return not told_in_the_past(finite(verb))


def finite(verb: Token) -> Token:
    """The finite verb over an infinitive: 'is seeking to reach' -> seeking."""
    while (
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and verb.head.i != verb.i
        and verb.head.pos_ in ("VERB", "AUX")
    ):
        verb = verb.head
    return verb


PAST_AUXES = {"was", "were", "had", "did", "would", "'d", "have", "has"}
# 'could' and 'might' are of the past in a sentence told in the past ('said they could
# stay until July'), of what may come otherwise ('workers could wait until July')
PAST_OR_AHEAD = {"could", "might"}


def told_in_the_past(verb: Token) -> bool:
    """A past verb, a perfect, 'would', or 'could'/'might' in a sentence told in the past."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ == "VBD" or auxes & PAST_AUXES:
        return True
    root = verb.sent.root
    return bool(auxes & PAST_OR_AHEAD) and root.i != verb.i and told_in_the_past(root)


def _of_a_noun(span: Span) -> bool:
    """'a Moody's forecast in June', 'a poll from June': a month that dates a thing, not
    the verb of the sentence ('will become important, according to a forecast in June' is
    no June to come): the nearest June, before or after, its year kept."""
    prep = span.root.head
    return (
        span.root.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.head.pos_ == "NOUN"
        and prep.head.i != prep.i
    )


# Auxiliaries that put what follows ahead; other modals ("might", "could") do not.
FUTURE_AUXES = {"will", "'ll", "’ll", "shall", "wo"}


def told_years_ago(verb: Token) -> bool:
    """The verb is told of years before the article: 'Sixteen years ago, ... raided' (sample
    Q47). So is a verb joined to it when the 'ago' opens the sentence ('Sixteen years ago,
    US Army Rangers raided an airfield and attacked ...'), not when it follows the first
    verb ('fled the U.S. more than 30 years ago and was detained in September')."""
    joined_to = set()
    head = verb
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
        joined_to.add(head.i)
    return any(
        t.lower_ == "ago"
        and t.i > 0
        and t.doc[t.i - 1].lower_ in ("years", "decades")
        and (over := verb_over(t)) is not None
        and (over.i == verb.i or (over.i in joined_to and t.i < over.i))
        for t in verb.sent
    )


def _done_participle(verb: Token) -> bool:
    """'a law passed in May', 'the bill signed on Friday': a past participle describing a
    noun, not one of what is planned (sample Q47: May 2018 in an article of October
    2017)."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "acl"
        and verb.lemma_.lower() not in PLANNED
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


# Participles of what is set for a date, which may lie ahead ('a hearing scheduled for
# February 19', 'the vote set for May').
PLANNED = frozenset(("schedule", "set", "slate", "plan", "expect", "due", "book", "reschedule"))


def _tense(span: Span) -> str:
    """'past', 'future' or 'present' (nearest either way) for the verb the date hangs on.

    Only an explicit future ("will", "is scheduled to", "plans to", "next Friday") and a
    modal of what is yet to come on the date's own verb ("must appear in court on
    Friday") look ahead; a possessive ("Friday's incident"), a modal of a noun's date
    ("the fire Friday might be unrelated"), a modal perfect ("may have fled") and the past
    look back; a present-tense verb that is not a report ("the show opens Friday") takes
    the nearest day."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "next":
        return "next"
    if _of_a_result(span):
        return "past"  # 'a 1-0 home defeat to Wigan on Saturday', 'the loss coming Saturday'
    if before is not None and before.lower_ in UPCOMING:
        return "future"  # 'hoping to open this coming Monday': the Monday ahead
    if span.root.dep_ == "poss" or (span.end < len(span.doc) and span.doc[span.end].tag_ == "POS"):
        return "past"
    root = _object_of_the_preposition_before(span) or span.root
    phrase = root.head if root.dep_ == "pobj" else root
    if _until_a_day_of_a_past_act(phrase) and any(t.lower_ in WEEKDAY_NAMES for t in span):
        # 'Republican leaders closed down the chambers until Thursday' of a Sunday's story:
        # the end of what was done, which may lie either side of the article's day (sample
        # Q159, WRONG as the Thursday before)
        return "either"
    if _a_deadline_set(phrase):
        # 'prohibited the state from certifying the election before Friday': a deadline the
        # order set, which may lie on either side of the article's day (sample Q147, WRONG
        # as the Friday before a Tuesday's story)
        return "either"
    report = report_told_before(phrase) if phrase.dep_ in ("prep", "npadvmod") else None
    head = root if report is None else report  # 'said on Tuesday he will': the saying's
    participle = head if head.pos_ in ("VERB", "AUX") else verb_over(head)
    if participle is not None and _done_participle(participle) and phrase.lower_ in ("in", "on"):
        return "past"  # 'enforcing a law passed in May': done before, whatever is done now
    while head.head.i != head.i and not (
        head.pos_ in ("VERB", "AUX")
        and (
            head.tag_ in ("VBD", "VBZ", "VBP", "MD")
            or any(c.dep_ in ("aux", "auxpass") for c in head.children)
        )
    ):
        head = head.head  # up to the finite verb: "will be back ... defending X on Wednesday"
    auxes = {c.lower_ for c in head.children if c.dep_ == "aux"}
    if auxes & FUTURE_AUXES:
        return "future"
    if auxes == {"to"} and head.dep_ == "acl" and head.head.lemma_.lower() in PROSPECTS:
        return "future"  # 'rallied on Tuesday for the chance to make history in November' (Q99)
    if "would" in auxes or "'d" in auxes:
        # "they would come back to it on Wednesday": ahead of a past remark, which may lie
        # before or after the article's day
        return "either"
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        return _after_a_modal(span, head, auxes)
    ancestor = head
    while (
        "to" in {c.lower_ for c in ancestor.children if c.dep_ == "aux"}
        and ancestor.head.i != ancestor.i
    ):
        ancestor = ancestor.head  # "is scheduled to take place in February"
        if ancestor.pos_ == "ADJ" and ancestor.dep_ == "acomp" and ancestor.head.lemma_ == "be":
            # 'is unlikely to play Sunday', 'is ready to sign Friday': ahead of a present
            # state; 'was likely to' of a past one may lie either side (sample Q70, WRONG)
            return "future" if ancestor.head.tag_ in ("VBZ", "VBP") else "either"
        if _a_plan(ancestor):
            return "either" if ancestor.tag_ == "VBD" else "future"  # 'was to get ... on Monday'
        if (
            ancestor.lemma_ in SEEMING
            and ancestor.tag_ in ("VBZ", "VBP")
            and "have" not in {c.lower_ for c in head.children if c.dep_ == "aux"}
        ):
            # 'nominees who seem like strong bets to win confirmation on Friday': what looks
            # likely may lie either side of the article's day (sample Q126, WRONG as the
            # Friday before); 'appears to have died on Friday' is past
            return "either"
        tensed = {c.lower_ for c in ancestor.children if c.dep_ in ("aux", "auxpass")}
        if tensed & FUTURE_AUXES:
            return "future"  # "will have to be allocated in January"
        if (
            ancestor.lemma_ in FUTURE_LEMMAS
            and not tensed & {"was", "were", "had"}
            and ancestor.tag_ != "VBD"
            and not (ancestor.dep_ == "acomp" and ancestor.head.tag_ == "VBD")  # "was due to"
        ):
            return "future"
        if (
            ancestor.lemma_ in FUTURE_LEMMAS
            and ancestor.tag_ == "VBD"
            and any(c.dep_ == "nsubj" for c in ancestor.children)
        ):
            # 'The House planned to vote Thursday': planned before the article's day, for a
            # day before or after it (sample Q51: the Thursday after a Tuesday's story)
            return "either"
    modals = {c.lower_ for c in ancestor.children if c.dep_ == "aux" and c.tag_ == "MD"}
    if ancestor.i != head.i and modals:
        # 'could begin to take shape not at the meeting in Hamburg Friday' (sample Q123)
        return _after_a_modal(span, ancestor, modals)
    if _a_plan(head):
        # "On Monday, Bush was to get a briefing": a plan, ahead of the day it was told,
        # which may be past or still ahead of the article's (sample Q42); "is to" is ahead
        return "either" if head.tag_ == "VBD" else "future"
    tensed = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
    if head.lemma_ in FUTURE_LEMMAS and tensed & {"is", "are", "'s", "'re"}:
        return "future"  # "sentencing is scheduled for Feb. 14"
    if head.tag_ in ("VBD", "VBN") and _dated_on(span, head):
        # 'Trump scheduled a trip to the border on Thursday': the day of what was planned,
        # before or after the article's (sample Q124, WRONG as the Thursday before); 'had
        # already planned a Florida rally on Friday' (sample Q140, WRONG as the Friday before)
        return "either"
    if head.tag_ in ("VBD", "VBN"):
        return "past"
    if head.tag_ == "VBG" and auxes & {"is", "are", "am", "'s", "'re"}:
        return "future"  # "is scheduled ... Monday", "are meeting Friday"
    if (
        head.tag_ in ("VBZ", "VBP")
        and not auxes
        and head.lemma_ not in REPORTING_VERBS
        and span.root.dep_ != "poss"
    ):
        return "present"  # "the show opens to the public Friday"
    return "past"


# Verbs that order, forbid or ask an act: the deadline they set ('ordered them to finish
# by Friday', 'prohibited the state from certifying before Friday') is ahead of the order,
# not of the article.
DIRECTIVES = TELLING_TO | frozenset(
    ("prohibit", "bar", "ban", "forbid", "block", "enjoin", "prevent", "stop")
)
DEADLINE_PREPOSITIONS = frozenset(("before", "by"))


WEEKDAY_NAMES = frozenset(day.lower() for day in WEEKDAYS)


def _until_a_day_of_a_past_act(prep: Token) -> bool:
    return (
        prep.lower_ in ("until", "till", "til", "through")
        and prep.dep_ == "prep"
        and prep.head.tag_ in ("VBD", "VBN")
    )


def _a_deadline_set(prep: Token) -> bool:
    """'prohibited the state from certifying the election before Friday', 'ordered the
    county to finish the count by Friday': a 'before' or 'by' date of an act that a verb
    of ordering or forbidding asks for."""
    if prep.lower_ not in DEADLINE_PREPOSITIONS or prep.dep_ != "prep":
        return False
    act = prep.head
    if act.pos_ != "VERB":
        return False
    if act.dep_ == "pcomp" and act.head.lower_ == "from":
        governor = act.head.head
    elif act.dep_ in ("xcomp", "ccomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in act.children
    ):
        governor = act.head
    else:
        return False
    return governor.lemma_.lower() in DIRECTIVES


def _dated_on(span: Span, verb: Token) -> bool:
    """The date hangs on the verb itself, or on the thing it has planned ('scheduled a trip
    to the border on Thursday', 'set a vote for Friday'), with that thing named."""
    root = span.root
    lemma = verb.lemma_.lower()
    if not (lemma in SCHEDULING or (lemma == "set" and root.head.lower_ == "for")):
        return False  # 'set fire to the house on Friday' is done that day
    on = _dated_noun(span)
    return any(c.dep_ == "dobj" for c in verb.children) and (
        on.i == verb.i or (on.dep_ == "dobj" and on.head.i == verb.i)
    )


# Verbs that put a thing on a day ahead of when they were done: 'scheduled a trip on Thursday'.
SCHEDULING = frozenset(("schedule", "reschedule", "plan", "slate", "book"))


def _a_plan(verb: Token) -> bool:
    """'was to get', 'is to visit': 'be' with an infinitive of its own, nothing else said
    of the subject ('was able to', 'is likely to' have an adjective)."""
    return (
        verb.lemma_ == "be"
        and not any(c.dep_ in ("acomp", "attr") for c in verb.children)
        and any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in verb.children
        )
    )


# Outcomes, known only once they happened: a date they carry is past, whatever the verb of
# the sentence ('a defeat on Saturday means they are low on form').
RESULT_NOUNS = frozenset(
    ("defeat", "loss", "win", "victory", "draw", "triumph", "rout", "upset", "setback")
)


def _of_a_result(span: Span) -> bool:
    """The date dates an outcome: 'a 1-0 home defeat to Wigan on Saturday', 'the loss coming
    Saturday' (up from the date to the first verb with a tense, through participles)."""
    token = span.root
    while token.head.i != token.i:
        token = token.head
        if token.pos_ == "NOUN" and token.lemma_.lower() in RESULT_NOUNS:
            return True
        if token.pos_ in ("VERB", "AUX") and token.tag_ not in ("VBG", "VBN"):
            return False
    return False


def _object_of_the_preposition_before(span: Span) -> Token | None:
    """'will continue through midnight Tuesday, the CHP reported': the parser may hang the
    weekday on the report while 'midnight', the object of 'through', stays with 'will
    continue'. The object of the preposition right before the date ('through Tuesday') or
    the time of day it opens ('through midnight Tuesday', 'at 6 p.m. Friday') says which
    verb the date is of."""
    if span.start == 0:
        return None
    before = span.doc[span.start - 1]
    if before.dep_ == "prep":
        return next((t for t in span if t.dep_ == "pobj" and t.head.i == before.i), None)
    prep = before.head
    if before.dep_ == "pobj" and prep.dep_ == "prep" and span.start - 4 <= prep.i < before.i:
        return before
    return None


# Modals of a time not yet come, when they are not told in the past: 'must appear in
# court on Friday', 'may reopen in March' ('could' and 'might' may be either: 'could come
# on Friday', 'could see the smoke on Friday').
MODALS_AHEAD = {"must", "should", "may", "can", "ca", "need", "shall", "ought"}


def _after_a_modal(span: Span, verb: Token, auxes: set[str]) -> str:
    """'must appear in court on Friday' is ahead; 'may have fled on Friday' and a date of a
    noun ('the fire Friday might be unrelated') look back; a modal of a past remark ('said
    they must leave by Friday') is ahead of the remark: 'either'."""
    if "have" in auxes or not auxes & (MODALS_AHEAD | PAST_OR_AHEAD):
        return "past"
    root = span.root
    on = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
    while on.pos_ in ("ADV", "ADP") and on.dep_ in ("advmod", "prep") and on.head.i != on.i:
        on = on.head  # 'could arrive as early as June': the date is still the verb's
    if on.i != verb.i:
        # a noun's date: 'the fire on Friday might be unrelated, police said' is past;
        # 'could take shape not at the meeting in Hamburg Friday' (no report) may be the
        # Friday ahead (sample Q123, WRONG as the Friday before)
        return "past" if _told_in_a_past_report(verb) else "either"
    if not auxes & MODALS_AHEAD:
        return "either"  # 'could come on Friday' or 'could see the smoke on Friday'?
    if _told_in_a_past_report(verb):
        return "either"
    return "either" if told_in_the_past(verb) else "future"


def _told_in_a_past_report(verb: Token) -> bool:
    """The clause is what a past verb over it told: 'police said (it) might be ...'."""
    told = verb
    while told.dep_ in ("ccomp", "conj", "advcl") and told.head.i != told.i:
        told = told.head
        if told_in_the_past(told):
            return True
    return False

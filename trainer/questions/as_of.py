"""'As of November 2019, ...': the article's date before a question whose fact holds at
the time of writing and may not later (counts, prices, where someone is now). Shared by the
number and place cards."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from trainer.extract.clauses.phrase import Question
from trainer.extract.clauses.present import holds_now
from trainer.extract.clauses.render import words
from trainer.extract.doc import verb_over
from trainer.language.dates import A_YEAR, MONTH_RE, written_out
from trainer.language.lexicon import NUMBER_WORDS
from trainer.language.quotation import QUOTE_OPENINGS
from trainer.model import CLOZE_BLANK, Article

if TYPE_CHECKING:
    from spacy.tokens import Token

# A longer question is a reading exercise, not a flashcard.
MAX_QUESTION_WORDS = 40
# Entities whose words keep their capitals: "American officials", "Google's offering".
NAME_LABELS = frozenset(
    ("PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW")
)
# A sentence that dates its own state: '..., with 24.4% of the company as of March 20'.
OWN_DATE = re.compile(
    rf"\b[Aa]s of (?:the end of )?(?:{MONTH_RE}|\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    r"|today\b|yesterday\b|this writing\b|press time\b)"
)
# 'currently' inside a question the date now opens says it twice.
STILL_NOW = re.compile(r"\b(is|are|was|has|have) (?:currently|presently) ", re.IGNORECASE)
RELATIVE_OPENING = re.compile(
    r"^(?:(?:earlier|later) )?(?:this|last|next) (?:week|month|year|spring|summer|fall|winter)\b",
    re.IGNORECASE,
)
# A time the article's week tells and its month cannot: 'As of March 2017, Trump last week
# sent Congress a budget proposal that seeks ...' (sample Q59, NONSENSE).
WEEK_TIME = re.compile(
    r"\b(?:(?:last|this|next) week|(?:earlier|later) this (?:week|month)|last month|yesterday"
    r"|tonight|the day before)\b",
    re.IGNORECASE,
)
# A question that opens on its own year ('In August 2012 the SFO secured ...'): dated.
DATED_OPENING = re.compile(
    rf"^(?:in|on|by|during|since|until)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:{MONTH_RE})\b[^,]{{0,12}}?"
    r"\b(?:\d{4}|(?:this|last) year)|\d{4})\b",
    re.IGNORECASE,
)
# ... or on its own day ('On March 12, Trump signed the ... Act, which provides _____':
# 'As of March 2020, on March 12, ...' says the time twice, sample Q85).
DAY_OPENING = re.compile(
    rf"^(?:on|by)\s+(?:(?:{MONTH_RE})\.?\s+\d{{1,2}}\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)",
    re.IGNORECASE,
)
# What the date says better at the start of a question ('Right now, ...', 'Currently, ...'),
# and openings that lean on the sentence before ('Separately, ...')
NOW_OPENING = re.compile(
    r"^(?:right now|currently|presently|now|today|so far|thus far|to date|separately|meanwhile|however"
    r"|also|still"
    r"|additionally|moreover|furthermore|in addition|at the same time|after all|in fact"
    r"|of course|indeed|finally|lastly|more recently|most recently|recently),\s+",
    re.IGNORECASE,
)


def dated(question: Question, token: Token, article: Article) -> tuple[Question, bool]:
    """A fact that holds at the time of writing goes stale: its question carries the
    article's date ('As of November 2019, how long has ...?', 'As of November 2019, Google's
    offering, which is offered at a _____ monthly rate, ...'); with no date known it is
    a passing detail. `token` is the answer's word in the sentence (its clause's tense
    says whether the fact holds now). Returns the question and whether the fact is
    passing."""
    anchored = question.text.startswith("As of ")
    if not anchored and (
        OWN_DATE.search(question.text)
        or RELATIVE_OPENING.match(question.text)
        or DATED_OPENING.match(question.text)
        or DAY_OPENING.match(question.text)
        or not holds_now(token)
    ):
        return question, False  # history, or dated by the sentence ('as of March 20', 'Earlier
        # this month, ...': 'As of December 2016, earlier this month, ...' reads wrong)
    if not anchored and WEEK_TIME.search(question.text):
        return question, True  # undated by a month, and wrong read from the month's end
    if not anchored and _in_an_earlier_year(token, article):
        return question, True  # 'As of April 2026, about how much does the US spend in
        # 2025?' (sample Q62, NONSENSE): a present read into a year gone by
    if question.text[:1] in QUOTE_OPENINGS:
        return question, False  # a quotation's present is its speaker's: asked as said
    if not article.as_of:
        return question, True
    if anchored:
        return question, False
    rest = NOW_OPENING.sub("", question.text, count=1)
    if CLOZE_BLANK not in rest or not _starts_with_name(rest, question):
        rest = rest[:1].lower() + rest[1:]  # a wh-word, or a sentence's first word
    rest = STILL_NOW.sub(r"\1 ", rest)  # 'As of March 2017, ... is currently 59% PHP' (Q61)
    text = f"As of {written_out(article.as_of)}, {rest}"
    if words(text) > MAX_QUESTION_WORDS:
        return question, True  # too long with its date: --all-cards keeps it, undated
    return replace(question, text=text), False


def _in_an_earlier_year(token: Token, article: Article) -> bool:
    """Whether the present the answer's verb tells is dated 'in' a year before the
    article's: 'The US is by far the biggest spender on defence overall, spending about
    $980bn in 2025' (a page of 2026). A perfect ('has avoided ... since 2012') holds now."""
    if not article.as_of:
        return False
    verb = token if token.pos_ in ("VERB", "AUX") else verb_over(token)
    if verb is None:
        return False
    present = verb.tag_ in ("VBZ", "VBP") or (
        verb.tag_ == "VBG" and verb.head.tag_ in ("VBZ", "VBP") and verb.head.i != verb.i
    )
    if not present or any(c.dep_ == "aux" for c in verb.children):
        return False
    years = [
        o.text
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for o in c.children
        if o.dep_ == "pobj" and A_YEAR.fullmatch(o.text)
    ]
    return any(int(y) < int(article.as_of[:4]) for y in years)


def _a_noun_read_into_a_name(token: Token) -> bool:
    """'Control of Jobar ... is divided': a common noun opening a sentence that the tagger
    read into a body's name with the place after 'of' ('As of March 2017, Control of Jobar',
    sample Q57, UNGRAM); 'Bank of America' is a proper noun."""
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return bool(
        token.is_sent_start
        and token.pos_ == "NOUN"
        and token.ent_iob_ == "B"
        and nxt is not None
        and nxt.lower_ == "of"
        and nxt.ent_iob_ == "I"
    )


def _opens_a_name(token: Token) -> bool:
    """The word is followed by a name's next word, capitalised in the sentence, whatever the
    tagger made of the first ('Shake Shack', 'Goldman Sachs')."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        after is not None
        and not token.is_stop  # 'In Wisconsin, one of three states ...' (sample Q98)
        and after.pos_ == "PROPN"
        and after.text[:1].isupper()
        and after.ent_type_ != "DATE"
        and token.text[:1].isupper()
    )


def _starts_with_name(text: str, question: Question) -> bool:
    """Whether a cloze's first word keeps its capital after 'As of ...,': a name, 'I', the
    blank, a name the question was given in place of a word of the sentence, a word of a
    name ('American'); never 'The' ('the National Institute on Drug Abuse') or 'At' ('at
    least 106 protesters')."""
    found = re.match(r"[\"“‘'(]*([\w.&-]+)", text)
    first = found.group(1) if found else ""
    if not first[:1].isupper() or first == "I":
        return True
    if first in ("The", "A", "An"):
        return False  # 'It includes ...' written out as 'The Mi TV 4A includes ...'
    if all(w.lower() in NUMBER_WORDS for w in first.split("-")):
        return False  # 'Thirty-six percent of Trump voters say ...' (sample Q101, UNGRAM)
    forms = (first.lower(), first.rstrip(".").lower())
    tokens = [t for t in question.tokens if t.lower_ in forms]
    if not tokens and "-" in first:  # 'Mini-strokes', three tokens (sample Q176, UNGRAM)
        head = first.split("-", 1)[0].lower()
        tokens = [t for t in question.tokens if t.lower_ == head][:1]
    opener = text[len(found.group(0)) :] if found else ""
    if tokens and tokens[0].dep_ == "advmod" and opener.startswith(","):
        return False  # 'Overall, the share ...': a sentence adverb, whatever a tagger says
    if tokens and _a_noun_read_into_a_name(tokens[0]):
        return False
    if tokens and _opens_a_name(tokens[0]):
        return True  # 'Shake Shack is sending back ...', 'Shake' read as a verb (sample Q92)
    return (
        not tokens
        or any(
            t.pos_ == "PROPN" or (t.ent_type_ in NAME_LABELS and t.pos_ not in ("DET", "ADP"))
            for t in tokens
        )
        # 'Stansted is located ...': a name the tagger missed where a sentence opens, which
        # the article writes with its capital inside a sentence too
        or (
            not tokens[0].is_stop
            and tokens[0].pos_ not in ("DET", "ADP", "PRON")
            and any(
                t.text == first
                and not t.is_sent_start
                and t.pos_ == "PROPN"
                # a word inside another name is no name of its own: 'Credit card holders'
                # beside 'the Fair Credit Billing Act' (sample Q94)
                and not (t.i > 0 and t.doc[t.i - 1].text[:1].isupper())
                for t in tokens[0].doc
            )
        )
    )

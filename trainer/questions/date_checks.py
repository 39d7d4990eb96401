"""Checks on a date card once its question is made: does its verb name another date (the
wh-question cannot say which it asks), does a blank need its 'in', and is it the day of a
remark or of a figure (a passing detail), of something done by no one or called only 'new'
(no fact); which side of the article's date its options keep; and the answers a typed reply
may give."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from trainer.extract.clauses.phrase import Question
from trainer.extract.dates import DateMention, mentions
from trainer.extract.doc import cached, takes_nothing
from trainer.extract.subjects import report_told_before
from trainer.language.dates import MONTH_RE, RELATIVE_FORMS, day_written, written_out
from trainer.language.lexicon import MONTHS, REMARK_VERBS, REPORTING_VERBS, wordset
from trainer.model import Article
from trainer.questions.salience import LONG_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def article_dates(doc: Doc, article: Article) -> list[DateMention]:
    key = f"trainer.date.mentions.{article.published}"
    return cached(doc, key, lambda d: mentions(d, article.published))


def day_of_a_remark(mention: DateMention) -> bool:
    """'Mr. Trump said on Nov. 8', 'recounted in an Oct. 21 cabinet meeting', 'said in an
    Oct. 26 letter': the day someone said something is a passing detail (what was said is
    the fact); so is the day a figure is given 'as of' (the figure is the fact)."""
    span = mention.span
    if span.start >= 2 and [t.lower_ for t in span.doc[span.start - 2 : span.start]] == [
        "as",
        "of",
    ]:
        return True
    token = mention.span.root
    if _of_a_report(token):
        return True
    phrase = token.head if token.dep_ == "pobj" else token
    if phrase.dep_ in ("prep", "npadvmod") and report_told_before(phrase) is not None:
        return True  # 'Smith said on Tuesday he will resign': the day he said it
    for _ in range(4):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token.lemma_ in REMARK_VERBS or framing_a_remark(token) or _a_report(token)
    return False


def _a_report(verb: Token) -> bool:
    """'ProPublica reported on April 3 that ...', 'the Pew Research Center reported in January
    that ...': the day a body reported something is the day of its source, what it reported
    is the fact. Readers of unseen pages judged 21 of 34 'did X report' date cards weak and 3
    not acceptable. Not a country's figures ('the US reported more than 40,000 new cases'),
    which are the news."""
    return verb.lemma_ == "report" and not any(
        c.dep_ == "nsubj" and c.ent_type_ in ("GPE", "NORP") for c in verb.children
    )


def framing_a_remark(verb: Token) -> bool:
    """'Speaking in Paris on Saturday, President Hollande said ...' (sample Q52, VAGUE): the
    participle that sets the scene of a remark, whose day and place are passing details
    ('Obama spoke to the Veterans of Foreign Wars on Monday' is the speech itself, and so
    is one at a venue the sentence names, 'Speaking at the Chatham House think tank')."""
    return (
        verb.lemma_ in ("speak", "talk")
        and verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.head.lemma_ in REPORTING_VERBS
        # 'Speaking at the Chatham House think tank': a speech its venue names
        and not any(
            c.dep_ == "prep" and c.lower_ == "at" and any(t.pos_ == "PROPN" for t in c.subtree)
            for c in verb.children
        )
    )


def _of_a_report(token: Token) -> bool:
    """'a 2014 study warned that ...', 'a 2019 report said': the year of a study or report
    that speaks is the day of a remark (what it said is the fact)."""
    noun = token.head
    return (
        token.dep_ == "nummod"
        and noun.dep_ == "nsubj"
        and noun.head.lemma_ in REPORTING_VERBS
        and noun.head.pos_ == "VERB"
    )


def needs_in(mention: DateMention, form: str) -> bool:
    """A month or year said relative to the article ('this month', 'last year') with no
    preposition before it: its written-out answer needs an 'in'."""
    span = mention.span
    before = span.doc[span.start - 1] if span.start else None
    return (
        mention.form in RELATIVE_FORMS
        and form in ("month-year", "year")
        and not (before is not None and before.pos_ == "ADP")
        and span[0].lower_ != "in"
    )


def names_another_date(mention: DateMention, question: Question, article: Article) -> bool:
    """'On what date did Emirates announce an order of 50 jets on Monday in addition to its
    order of 30 Boeing jets?' (answer: the Boeing order's Wednesday): a wh-question whose
    verb still has another date (no other verb between them) cannot say which it asks for."""
    shown = {t.i for t in question.tokens}
    tops = {t.i for t in question.tokens if t.head.i not in shown or t.head.i == t.i}
    for other in article_dates(mention.span.doc, article):
        if other.span.start == mention.span.start or other.span.start not in shown:
            continue
        token = other.span.root
        while token.i not in tops and token.head.i != token.i:
            token = token.head
            if token.pos_ in ("VERB", "AUX") and token.i not in tops:
                break  # the other date belongs to another verb ('to expand ... by 2025')
        if token.i in tops:
            return True
    return False


# Forms whose year the text leaves out ("in May", "on Oct. 11"): a card answers with it.
YEAR_LEFT_OUT = frozenset(("month", "month-day", "day-month"))


def year_guessed(mention: DateMention) -> bool:
    """'stops in Dover on July 22': the year of a present-tense date the text leaves out
    would be a guess (this year's or next?), so the card neither answers nor keeps it."""
    on_a_noun = mention.span.root.dep_ in ("compound", "nmod", "amod", "poss")
    # ("the Oct. 20 memorandum" names a thing already dated: its year is the resolver's)
    return mention.form in YEAR_LEFT_OUT and mention.tense == "present" and not on_a_noun


def accepted_forms(answer: str, written: str, mention: DateMention) -> tuple[str, ...]:
    forms: list[str] = []
    guessed = year_guessed(mention)
    if mention.value and len(mention.value) == 10:
        d = date.fromisoformat(mention.value)
        forms.append(f"{MONTHS[d.month - 1]} {d.day}")
        if guessed:
            return tuple(f for f in forms if f != answer)
        forms.append(f"{MONTHS[d.month - 1]} {d.day}, {d.year}")
        forms.append(mention.value)
    elif guessed:
        return ()
    elif mention.value and answer != written:
        forms.append(mention.value)
        if mention.form in YEAR_LEFT_OUT:
            forms.append(written)  # "June" for "June 2019"
    return tuple(dict.fromkeys(f for f in forms if f != answer))


def later_than_a_past_verb(mention: DateMention, article: Article) -> bool:
    """'The Fed signaled a faster pace of increases in 2017', in a December 2016 article:
    a date after the article cannot be when its simple-past verb happened; it dates a
    word of the object the parser did not hang it on."""
    value, published = mention.value, article.published
    if value is None or published is None:
        return False
    if value <= published.isoformat()[: len(value)]:
        return False
    root = mention.span.root
    verb = root.head.head if root.dep_ == "pobj" else root.head
    return (
        verb.pos_ == "VERB"
        and verb.tag_ == "VBD"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


# Dates that a negated verb still dates: 'hasn't seen rain since mid-September'.
SPAN_PREPOSITIONS = frozenset(("since", "until", "till", "before", "after", "for", "by"))


def of_a_negated_verb(mention: DateMention) -> bool:
    """'Teachers didn't see Holcomb at the Statehouse on Tuesday', 'Nor did the F-35 enter
    service in 2008': the day of something that did not happen is no fact to learn (a span,
    'not since 2011', still is)."""
    root = mention.span.root
    prep = root.head if root.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in SPAN_PREPOSITIONS:
        return False
    verb = prep.head if prep is not None else root.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    nor = any(c.lower_ in ("nor", "neither") and c.i < verb.i for c in verb.children)
    # 'took no questions on Friday in the Rose Garden' (sample Q98, VAGUE): nothing taken
    denied = any(c.dep_ == "neg" for c in verb.children) or nor or takes_nothing(verb)
    return denied or _of_no_one(verb)


# Subjects that deny the verb: 'None of the buyers were charged Wednesday'.
NO_ONE = frozenset(("none", "nobody", "nothing", "neither", "no-one", "noone"))


def _of_no_one(verb: Token) -> bool:
    """'None of the buyers were charged or named Wednesday', 'No charges were filed on
    Tuesday': the subject says it did not happen (a verb joined by 'or' shares it)."""
    subjects = ("nsubj", "nsubjpass")
    while verb.dep_ == "conj" and not any(c.dep_ in subjects for c in verb.children):
        verb = verb.head
    return any(
        c.dep_ in subjects
        and (c.lower_ in NO_ONE or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
        for c in verb.children
    )


def of_something_new(mention: DateMention) -> bool:
    """'Americans will be required to follow new laws in 2014', 'Apple unveiled new
    iPhones in September': things called only 'new', unnamed and uncounted, come every year;
    asking when they came is true of any date (the date is when they are new)."""
    root = mention.span.root
    anchor = root.head.head if root.dep_ == "pobj" else root.head
    nouns = [anchor] if anchor.pos_ == "NOUN" else []
    nouns += [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
    return any(_only_new(n) for n in nouns)


def _only_new(noun: Token) -> bool:
    """'new laws': a plural noun with 'new' and no article, owner, count or name."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS":
        return False
    words = {c.dep_: c for c in noun.children}
    if any(dep in words for dep in ("det", "poss", "nummod", "compound", "prep", "relcl", "acl")):
        return False
    return any(c.dep_ == "amod" and c.lower_ == "new" for c in noun.children)


def options_side(mention: DateMention, article: Article) -> str:
    """The article's date, which a card's options stay on the answer's side of; none for a
    plan in the article's own year ('expects to release ... in 2020', in January 2020):
    that year is partly ahead, and a plan offered only past years would give it away."""
    if article.published is None:
        return ""
    own_year = mention.form == "year" and mention.value == str(article.published.year)
    return "" if own_year and mention.tense != "past" else article.published.isoformat()


# Relative periods a sibling card's question may keep: written out as the date card does.
PERIOD_FORMS = frozenset(("last", "this-month", "last-month-name", "month-last-year"))
# ... and 'of' after a month: 'since July of last year' -> 'since July of 2013'
PERIOD_PREPOSITIONS = frozenset(
    ("for", "in", "since", "until", "by", "during", "from", "through", "of")
)


def with_periods_written_out(text: str, sentence: Span, article: Article) -> str:
    """'For last month, the share of Linux users rose to _____' -> 'For May 2019, ...': a
    month or year the sentence gives relative to the article's date is written out, as its
    date card answers it ('last month', 'earlier this month', 'last year'); a week or a day
    is left as written. Only the sentence's own dates: another sentence's 'August' ('one in
    August', past) is not this one's ('scheduled to die in July and August', sample Q142,
    WRONG: 'August 2019' in a July 2020 story)."""
    for mention in article_dates(sentence.doc, article):
        if not (sentence.start <= mention.span.start and mention.span.end <= sentence.end):
            continue
        if mention.form in ("month", "month-day"):
            text = _with_the_month_s_year(text, mention, article)
            continue
        at = text.lower().find(mention.span.text.lower())
        if mention.form not in PERIOD_FORMS or not mention.value or at < 0:
            continue
        written = written_out(mention.value)
        before = text[:at].split()
        after = before[-1].lower() if before else ""
        rest = text[at + len(mention.span.text) :]
        # (a comma after 'Last year' says it opens the sentence and is no subject here)
        bare = (
            after in PERIOD_PREPOSITIONS
            or rest.startswith(("’s", "'s"))  # 'last year’s tax cut': '2017’s tax cut' (Q117)
            or (_the_subject(mention.span) and not rest.startswith(","))
        )
        phrase = written if bare else f"in {written}"
        if at == 0:
            phrase = phrase[:1].upper() + phrase[1:]
        text = text[:at] + phrase + text[at + len(mention.span.text) :]
    return _with_this_year_written_out(_with_the_week_written_out(text, article.published), article)


# 'this year', 'earlier this year', 'this year's' (not "this year's" inside a quotation).
THIS_YEAR = re.compile(r"(?<![\w-])(?P<which>[Tt]his) year(?P<own>['’]s)?(?![\w-])")


def _with_this_year_written_out(text: str, article: Article) -> str:
    """'This year, an overwhelming _____ of "favor neither" voters lean Democratic' -> 'In
    2016, ...' (sample Q163, NONSENSE: which year, a reader of a later year cannot tell); the
    year is the article's. Not inside a quotation, whose words are the speaker's."""
    found = list(THIS_YEAR.finditer(text)) if article.published is not None else []
    if article.published is None or len(found) != 1 or _inside_quotes(text, found[0].start()):
        return text
    m = found[0]
    year = str(article.published.year)
    before = text[: m.start()].split()
    if m["own"]:
        phrase = f"{year}{m['own']}"  # "this year's budget" -> "2016's budget"
    elif before and before[-1].lower() in PERIOD_PREPOSITIONS:
        phrase = year  # 'the first three months of this year'
    else:
        phrase = f"{'In' if not before else 'in'} {year}"  # 'earlier this year' -> 'earlier in'
    return text[: m.start()] + phrase + text[m.end() :]


def _inside_quotes(text: str, at: int) -> bool:
    before = text[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _the_subject(span: Span) -> bool:
    """'Last year was the sixth in a row ...': the period is its verb's subject (the parser
    may hang it as an adverb), so it is written out bare ('2019 was ...'), never 'In 2019
    was' (sample Q103, UNGRAM)."""
    doc = span.doc
    if span.root.dep_ in ("nsubj", "nsubjpass"):
        return True
    verb = doc[span.end] if span.end < len(doc) else None
    return (
        verb is not None
        and span.root.head.i == verb.i
        and verb.pos_ in ("AUX", "VERB")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)
    )


# 'this week', 'last week', 'earlier this week' (not 'in the last week': the seven days
# up to now), with the word before it; not 'last week's massacre', which no week written
# out fits ('did in the week of Feb. 12, 2018's massacre ... kill?', sample Q181, UNGRAM).
RELATIVE_WEEK = re.compile(
    r"(?<!\bthe )\b(?:(?P<side>[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate) )?(?P<which>[Tt]his|[Ll]ast) week\b(?!end|['’]s)"
)


def _with_the_week_written_out(text: str, published: date | None) -> str:
    """'... were killed this week' -> '... were killed in the week of Feb. 24, 2020' (sample
    Q103, VAGUE: which week a card asks, a reader of a later day cannot tell); a week is
    written by its Monday."""
    found = list(RELATIVE_WEEK.finditer(text)) if published is not None else []
    if published is None or len(found) != 1:
        return text
    m = found[0]
    monday = published - timedelta(days=published.weekday() + 7 * (m["which"].lower() == "last"))
    before = text[: m.start()].split()
    if before and before[-1].lower() in PERIOD_PREPOSITIONS:
        phrase = f"the week of {day_written(monday)}"  # 'during this week'
    else:  # 'earlier this week' -> 'earlier in the week of ...'
        phrase = f"{(m['side'] or '').lower()} in the week of {day_written(monday)}".lstrip()
    if not before:
        phrase = phrase[:1].upper() + phrase[1:]
    return text[: m.start()] + phrase + text[m.end() :]


# What leaves a month or day's year to something else: 'July of 2013', 'January to October
# 2023', 'Dec. 7 to 19', 'this September'.
_YEAR_GIVEN_AFTER = re.compile(
    rf"^(?:\s+of\s+(?:\d|last\b|this\b|next\b|that\b)|\s*(?:to|through|until|and|-|–|—)\s*(?:(?:{MONTH_RE})\.?\s|\d))"
)
_RELATIVE_BEFORE = re.compile(r"\b(?:this|last|next|that)\s+$", re.IGNORECASE)


def _with_the_month_s_year(text: str, mention: DateMention, article: Article) -> str:
    """'How many new jobs were created in July?' -> '... in July 2017?' (sample Q85, VAGUE),
    'On March 12, Trump signed ...' -> 'On March 12, 2020, ...': a month or a day the
    sentence gives with no year takes the year its date card would answer, when that is the
    article's year or one beside it. Not where the text cannot tell (no value, a year
    guessed, a date said twice), nor a date naming a thing ('the Oct. 7 attacks'), nor one
    whose year comes after it ('July of 2013', 'January to October 2023')."""
    size = len("2017-07") if mention.form == "month" else len("2017-07-12")
    if not mention.value or len(mention.value) != size or year_guessed(mention):
        return text
    if article.published is None or abs(int(mention.value[:4]) - article.published.year) > 1:
        return text  # 'in 1988 became ... returned in October': read into another year
    if mention.span.root.dep_ in ("compound", "nmod", "amod", "poss"):
        return text
    said = mention.span.text
    found = list(re.finditer(rf"(?<!\d\s)(?<!\w){re.escape(said)}(?!\w)(?!\s*,?\s*\d)", text))
    if len(found) != 1:
        return text
    m = found[0]
    if _YEAR_GIVEN_AFTER.match(text[m.end() :]) or _RELATIVE_BEFORE.search(text[: m.start()]):
        return text
    if len(text.split()) >= LONG_WORDS:
        return text  # the year would make it a reading exercise (sample Q82's weapon card)
    year = f" {mention.value[:4]}" if mention.form == "month" else f", {mention.value[:4]}"
    rest = text[m.end() :]
    close = (
        ","
        if size == 10
        and rest[:1] not in (",", ".", "?", ")", "")
        and not re.match(r"\s*[-–—]", rest)
        else ""
    )
    return f"{text[: m.end()]}{year}{close}{rest}"


# "in the third quarter": a business quarter of the article's year, when the sentence is about
# trade (a game's fourth quarter is no date).
_QUARTER = re.compile(
    r"\b(?P<nth>first|second|third|fourth|1st|2nd|3rd|4th) quarter\b(?! of\b)(?!,? (?:19|20)\d\d)",
    re.IGNORECASE,
)
_QUARTER_NUMBER = {
    word: n
    for n, words in enumerate(
        (("first", "1st"), ("second", "2nd"), ("third", "3rd"), ("fourth", "4th")), 1
    )
    for word in words
}
TRADE_WORDS = wordset(
    """sales sold sell sells revenue revenues profit profits earnings shipments shipped
    quarterly income loss losses gdp economy growth output exports imports orders"""
)


_FISCAL = re.compile(r"\bfiscal\b", re.IGNORECASE)
# How long after a calendar quarter ends an article still tells its figures (Nokia's third
# quarter in January); a 'third quarter' told in April is a fiscal one.
REPORTED_WITHIN = 150


def with_quarter_year(text: str, article: Article) -> str:
    """'How many devices did Nokia sell in the third quarter?' -> '... in the third quarter of
    2012?': the quarter the article's date falls in or the last before it (in January 2013,
    'the fourth quarter' is 2012's). Only in a sentence about trade, and only a quarter
    ended at most REPORTED_WITHIN days before the article: Microsoft's 'third quarter',
    reported in April 2016, is a fiscal one (January to March), not 2015's July to
    September (sample Q74)."""
    if article.published is None or not TRADE_WORDS & set(re.findall(r"[a-z]+", text.lower())):
        return text
    if _FISCAL.search(article.text):
        return text  # "Apple's fiscal fourth quarter" (July to September): no calendar year's
        # quarter to name (sample Q8)
    published = article.published

    def year_of(m: re.Match[str]) -> str:
        n = _QUARTER_NUMBER[m.group("nth").lower()]
        year = published.year if 3 * n - 2 <= published.month else published.year - 1
        ended = date(year + 1, 1, 1) if n == 4 else date(year, 3 * n + 1, 1)
        if (published - ended).days > REPORTED_WITHIN:
            return m.group(0)  # a fiscal quarter, or one long past: no year to name
        return f"{m.group(0)} of {year}"

    return _QUARTER.sub(year_of, text, count=1)


# Prepositions that place someone: 'was in Washington', 'was at the White House'.
PLACING = frozenset(("in", "at"))


def a_person_somewhere(verb: Token, asked: Sequence[Token]) -> bool:
    """'Zelensky was in Washington on Tuesday to make a plea ...', 'Kasich was at the White
    House on Thursday to attend ...': a 'be' that only places a person somewhere, asked
    (`asked`: the question's tokens) without what they were there for ('Where was
    Zelensky?', 'On what date was Kasich at the White House?', sample Q75, VAGUE). 'were at
    the White House in _____ for the photo-op' keeps it."""
    if verb.lemma_ != "be" or verb.pos_ not in ("AUX", "VERB"):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    person = any(s.ent_type_ == "PERSON" or s.lower_ in PERSON_PRONOUNS for s in subjects)
    if not person or any(c.dep_ in ("attr", "acomp", "oprd") for c in verb.children):
        return False  # 'was center stage in the debate', 'was a shareholder in': more than where
    if not any(
        c.dep_ == "prep"
        and c.lower_ in PLACING
        and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children)
        for c in verb.children
    ):
        return False
    kept = {t.i for t in asked}
    return not any(
        (c.dep_ == "prep" and c.lower_ == "for")
        or (c.dep_ in ("advcl", "xcomp") and any(a.lower_ == "to" for a in c.children))
        for c in verb.children
        if c.i in kept
    )


PERSON_PRONOUNS = frozenset(("he", "she", "they", "i", "we"))

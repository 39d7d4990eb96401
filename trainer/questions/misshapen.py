"""Questions that lean on what they do not say, or that the parse broke: asked by readers of
unseen samples, each rule from a card they judged (samples Q72 to Q74). The pipeline drops a
fact whose question is `misshapen`, and writes an "As of now" as the article's month
(`now_written`).

- a whole a speaker says ('"... a lot closer to _____," Hamilton said' -> 100%): a way of
  speaking, not a figure;
- a fraction's numerator alone ('_____ fifths of the subs') -> Two;
- the date of an editor's note or update ('Update (_____): ...');
- a span counted from a moment the sentence does not name ('began testing _____ prior.',
  '_____ later, the council met', '_____ from now'), or 'fast forward one week';
- a sentence announcing what the article lists next ('Here are seven things on Obama's
  list'): its count is the article's outline;
- a wh-question whose 'did' meets a name's own 'said' ('By what percentage did HCA said use
  of the drugs surge'): the parse took the reporting clause into the subject;
- a short date question about something it names only as "a ..." ("When was a bill
  introduced in the North Dakota legislature?", "In what year did a probe to Mars launch
  from Japan?"): one of many, which the question does not say;
- a sum got or paid with nothing saying what for ('How much did Rep. Frank Pallone ...
  get?', sample Q97), a share of people who agree with nothing saying with what (Q101);
- "Who said" a quotation the sentence gives to someone else: '... push for "the sole
  candidate site for the nation's first repository," as the county website puts it' is the
  website's words, not the commissioner's (sample Q74, WRONG);
- a question ending in 'a promise', 'a claim', with nothing of what it holds (Q103);
- a share a name holds with nothing of what it is a share of ('Moore still prefers _____.',
  Q108).
"""

from __future__ import annotations

import re

from trainer.language.dates import MONTH_RE, written_out
from trainer.language.lexicon import WEEKDAYS
from trainer.language.quotation import QUOTATION, quote_spans
from trainer.language.text import word_count
from trainer.model import CLOZE_BLANK, CardKind, Fact
from trainer.questions.salience import QUOTE_KINDS

_BLANK = re.escape(CLOZE_BLANK)

# 'I'm 100 percent sure', 'giving 110%'.
WHOLE = re.compile(r"^1[01]0\s?(?:%|percent|per cent)$")
NUMERATOR = re.compile(
    rf"{_BLANK}[\s-]+(?:thirds|quarters|fourths|fifths|sixths|sevenths|eighths|ninths|tenths)\b"
)
NOTE_S_DATE = re.compile(
    r"(?:Update[sd]?|UPDATE[SD]?|Editor['’]s [Nn]ote|EDITOR['’]S NOTE|Correction|Clarification)"
    rf"\s*(?:on\s+)?\(?\s*{_BLANK}"
)
# "_____ after she was diagnosed" names its moment; "_____ after." does not.
RELATIVE_SPAN = re.compile(
    rf"{_BLANK}\s+(?:(?:prior|earlier|later|before|after)\b(?=\s*(?:[.,;:!?)]|$))|from now\b)"
)
FAST_FORWARD = re.compile(r"\b[Ff]ast[- ]forward\b")
# ... or what a sentence opened on 'Specifically,' tells more of, which the one before told
# (sample Q141, NONSENSE: 'would be barred', if convicted).
SIGNPOST = re.compile(
    r"\s*(?:Here(?:['’]s|\s+(?:is|are))|Below\s+(?:is|are)|(?:More\s+)?[Ss]pecifically,)"
)
DO_AND_SAID = re.compile(
    r"^[^\"“]*\b(?i:what|which|who|whom|how|when|where)\b[^\"“]*?\b(?:did|does|do)\s+"
    r"(?:the\s+[a-z]+\s+|(?:[A-Z][\w.&'’-]*\s+){1,4})(?:said|says|told)\b"
)
# A sum got or paid with nothing saying what for: 'How much did Rep. Frank Pallone of New
# Jersey, the top-ranking Democrat, get?' (sample Q97, VAGUE: contributions tied to Facebook);
# 'how much has the U.S. government appropriated?' (sample Q117, VAGUE: to rebuild what?).
TAKEN_FOR_NOTHING = re.compile(
    r"\bhow much (?:did|does|do|will|would|has|have|had)\b[^?]*?\s(?<!\bthe )(?<!\ba )(?<!\ban )"
    r"(?:get|got|gotten|take|taken|pay|paid|spend|spent|buy|bought|sell|sold|give|given|lend"
    r"|lent|(?:receiv|earn|collect|gain|rais|import|export|appropriat|allocat|earmark"
    r"|commit|pledg|donat|invest)(?:e|ed|ted)?)\?$",
    re.IGNORECASE,
)
# ... and a cloze of a sum traded with nothing saying what: 'As of July 2018, China, Japan,
# and South Korea import around _____.' (sample Q104, NONSENSE: the farm goods were the
# sentence before's).
TRADED_FOR_NOTHING = re.compile(
    r"\b(?:import|export|buy|sell|purchase)(?:s|es|ed|ing)?\s+"
    r"(?:(?:about|around|nearly|roughly|some|almost|over|more than|less than|up to)\s+)?"
    + _BLANK
    + r"(?:,[^,]*\b(?:said|says|according to)\b[^,]*)?[.?]?$"
)
# A share of people who agree, with nothing saying with what: 'As of October 2017, what
# percentage of Trump voters agree?' (sample Q101, NONSENSE: the claim is the sentence before's).
AGREEING_WITH_NOTHING = re.compile(
    r"\b(?:agree|agrees|disagree|disagrees|approve|approves|disapprove|disapproves|concur)\?$"
)
# A share a name has, wants or gets, with nothing of what it is a share of: 'As of October
# 2017, Stephen Moore still prefers _____.' -> 15 percent (sample Q108, NONSENSE: the tax
# rate was the sentence before's).
SHARE_OF_NOTHING = re.compile(
    r"^(?:As of [^,]+, )?(?:[A-Z][\w.'’-]*\s+){1,4}(?:(?:still|also|now|only|just|\w+ly)\s+)?"
    r"[a-z]+\s+" + _BLANK + r"[.?]$"
)
PERCENT = re.compile(r"(?:%|\bper ?cent(?:age points?)?)$")
# A noun of what is said or hoped, ending a question with 'a' and nothing of what it holds:
# 'In what year did Trump campaign on a promise?' (sample Q103, VAGUE: 'a promise ... that
# Mexico would pay for a border wall', the clause the parser hung elsewhere); so does one of
# what was tried ('On what date did Democrats block an attempt?', sample Q107, VAGUE).
SAID_NOUNS = (
    "promise|pledge|vow|claim|hope|warning|threat|belief|assurance|guarantee|rumou?r|theory"
    "|argument|notion|idea|allegation|suggestion"
)
CONTENT_CUT = re.compile(
    rf"\ban? (?:[\w.]+ )?(?:{SAID_NOUNS}|attempt|effort|bid|move)"
    # 'On what date did China block a U.S. effort at the United Nations?' (sample Q173,
    # VAGUE: an effort to do what?): where it was tried says no more
    r"(?: (?:at|in) (?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*)*)?\?$"
)
# ... or with 'the', when the sentence went on with what it held: 'On what date did Peter
# Strzok's role ... take on a new significance after the bombshell revelation?' of '... the
# bombshell revelation that the FBI veteran exchanged politically-charged text messages'
# (sample Q109, NONSENSE: which revelation?).
CONTENT_NOUNS = (
    f"{SAID_NOUNS}|revelation|disclosure|report|news|assertion|finding|fact|charge|accusation"
    "|fear|concern|speculation"
)
# A view someone gave, of nothing said: 'On what date did Obama offer his verdict?' (sample
# Q110, NONSENSE: on the special forces' work in Syria, the sentence before's).
OWN_VIEW_CUT = re.compile(
    r"\b(?:his|her|its|their) (?:[\w-]+ )?(?:verdict|view|views|assessment|opinion|take"
    r"|thoughts|judgment|judgement|prediction|forecast|answer)\?$"
)
# A time served with no post: 'How long did Robert Mueller ultimately serve?' (sample Q110,
# VAGUE: as FBI director, the sentence before's; special counsel and the Marines fit too).
SERVED_AS_NOTHING = re.compile(r"^How long (?:did|has|had|have|does|do) [^?]* serve\?$")
THE_CONTENT_CUT = re.compile(rf"\bthe (?:[\w-]+ )?(?P<noun>{CONTENT_NOUNS})\?$")
# A blank inside brackets that hold a clause of their own: 'The defense team rests (the White
# House has up to 24 hours over _____).' (sample Q105, UNGRAM: an aside read as the fact).
BRACKETED_CLAUSE = re.compile(
    r"\((?=[^()]*" + _BLANK + r")[^()]*\b(?:is|are|was|were|has|have|had|will|would|said|says)\b"
    r"[^()]*\)"
)
# A span after a time the question does not name: 'The Bush administration issued regulations
# 10 years later ...' (sample Q105). One opening the sentence goes from it ('Several weeks
# later, North Korea fired ...', sample Q91). 'A year earlier' mostly counts from the
# sentence's own act ('whose first stage had launched a NASA mission a year earlier').
LATER_THAN_WHAT = re.compile(
    r"\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few)\s+"
    r"(?:days?|weeks?|months?|years?|decades?)\s+later\b",
    re.IGNORECASE,
)
# '..." as the county website puts it', '..." as critics call it': whose words they are.
AS_ANOTHER_PUTS_IT = re.compile(
    r"^[\s,.;:!?”\"’']*as\s+(?:[\w’'.-]+\s+){0,5}?"
    r"(?:puts?|calls?|called|describes?|described|terms?|termed|dubs?|dubbed)\s+it\b",
    re.IGNORECASE,
)
# 'When was a bill introduced ...?': a date asked of a thing named only as 'a ...'.
ABOUT_A_THING = re.compile(
    r"^(?:In what (?:year|month)|When|On what date) (?:was|were|did|is|will) an? (?!few\b)"
)
# ... in a question this short, which says nothing more of it (readers of unseen samples
# judged 6 of the 7 such cards not acceptable, VAGUE, and the seventh weak; of longer ones,
# 41 of 50 were worth studying: "When did a judge reject Julian Assange's attempt to delay
# the full extradition hearing?").
ONE_OF_MANY_WORDS = 12
# ... unless it says who did it ("When was a bill introduced by Keith Kempenich?": sample
# Q50's fix, which says which bill).
BY_SOMEONE = re.compile(r"\bby (?:[A-Z][\w.'’-]*\s*){1,4}\?$")
_SHOWN_QUOTE = re.compile(r'^Who (?:said|asked): "(.*)"\??$', re.DOTALL)
# "As of now", "As of today": the article's own moment.
AS_OF_NOW = re.compile(r"\b([Aa])s of (?:now|today|this writing|press time)\b")


# A span the question's own two dates give: '... until October 31, 2019, postponing the UK's
# departure about _____ from the scheduled April 12 departure date' -> six months (sample
# Q110, GIVEAWAY: a sum).
SPAN_UNIT = re.compile(r"\b(?:days?|weeks?|months?|years?)$")
A_DAY_OF_A_MONTH = re.compile(rf"\b{MONTH_RE}\.? \d{{1,2}}\b(?:,? (?:1[89]|20)\d\d\b)?")


def _counted_between_its_dates(fact: Fact) -> bool:
    return (
        fact.kind == CardKind.NUMBER
        and bool(SPAN_UNIT.search(fact.answer))
        and len(A_DAY_OF_A_MONTH.findall(fact.question)) >= 2
    )


def misshapen(fact: Fact) -> bool:
    question = fact.question
    return (
        _a_figure_of_speech(fact)
        or any(p.search(question) for p in FAULTS_OF_ANY_KIND)
        or any(p.search(question) for p in FAULTS_OF_A_KIND.get(fact.kind, ()))
        or bool(NOTE_S_DATE.match(question))
        or (bool(SIGNPOST.match(fact.evidence)) and fact.kind not in QUOTE_KINDS)
        or (
            fact.kind == CardKind.NUMBER
            and bool(PERCENT.search(fact.answer))
            and bool(SHARE_OF_NOTHING.match(question))
        )
        or (fact.kind not in QUOTE_KINDS and _leans_on_the_text_around(fact))
        or _a_quote_too_short_to_tell(question)
        or (
            fact.kind not in (*QUOTE_KINDS, CardKind.ROLE)  # a post is a post, in a caption too
            and any(p.search(fact.evidence) for p in CAPTIONS)
        )
        or _a_phrase_cut_at_its_end(fact)
        or (fact.kind == CardKind.DATE and bool(MAYBE_WHEN.match(question)))
        or _put_by_another(fact)
        or _counted_between_its_dates(fact)
        or _one_of_many(fact)
        or _a_poll_s_share_without_the_poll(fact)
        or _a_count_of_the_names_before(fact)
        or _a_holiday_s_date(fact)
        or bool(GLUED_WORDS.search(question) or GLUED_WORDS.search(fact.answer))
    )


# Two words the page glued together, a line break lost ('Iowa votersAnd New Jersey Gov.',
# sample Q149, WRONG as Chris Christie's post): a lower-case word run into a capitalised one.
GLUED_WORDS = re.compile(r"(?<![\w'’])[a-z]{3,}[A-Z][a-z]{2,}")


def _leans_on_the_text_around(fact: Fact) -> bool:
    """A question (not a quotation) that leans on what its sentence or the one before told."""
    question = fact.question
    return (
        any(p.search(question) for p in FAULTS_OUTSIDE_QUOTES)
        or (bool(THE_CHAMBER.search(question)) and not A_HOUSE_NAMED.search(question))
        or _cut_from_what_it_needs(fact)
        or _an_aside_cut_in_two(fact)
        or _a_list_cut(fact)
    )


# Adverbs that set what a sentence says against what the one before told: 'On what date had
# Trump nonetheless hit the right notes?' (sample Q76, NONSENSE: despite what?).
AGAINST_THE_TOLD = re.compile(
    r"\b(?:nonetheless|nevertheless|regardless(?! of)|instead(?! of)|in contrast(?! to| with)"
    r"|by contrast)\b",
    re.IGNORECASE,
)


def now_written(fact: Fact, question: str, as_of: str) -> str | None:
    """The question with "As of now" written as the article's month (`as_of`, ISO);
    None when the article has no date (now is never known). A quote keeps its words."""
    if fact.kind in QUOTE_KINDS or not AS_OF_NOW.search(question):
        return question
    if not as_of:
        return None
    return AS_OF_NOW.sub(rf"\1s of {written_out(as_of)}", question)


def _cut_from_what_it_needs(fact: Fact) -> bool:
    """A question the cut left without what it leans on (samples Q103 to Q110): what a
    promise or a revelation held, what a verdict was on, the post served, a bracketed
    clause's sentence, the time "later" counts from, the supposition of what "would" be, the
    others "each" spoke of, or a post's own words."""
    question = fact.question
    return (
        bool(CONTENT_CUT.search(question))
        or _what_it_held_cut(fact)
        or bool(OWN_VIEW_CUT.search(question))
        or bool(SERVED_AS_NOTHING.match(question))
        or bool(BRACKETED_CLAUSE.search(question))
        or _later_than_what(question)
        or _a_supposition_cut(fact)
        or _each_of_one(fact)
        or _what_the_paper_said_cut(fact)
        or bool(WHEN_IT_INCLUDED.match(question))
        or bool(FIGURE_OF_NO_ACT.search(question))
        or bool(HANDLE.search(QUOTATION.sub(" ", question)))
    )


# A paper sent, with what it said cut: 'In what month did Senate Republicans send a letter
# to EPA Administrator Scott Pruitt?' of '... a letter to ... Pruitt asking repeal the air
# pollution policy' (sample Q111, VAGUE: many letters fit).
A_PAPER = re.compile(r"\ban? (?:[\w-]+ )?(?P<tail>(?:letter|memo|email|petition|note)\b[^?]*)\?$")
WHAT_IT_SAID = re.compile(
    r",? (?:asking|urging|calling|demanding|requesting|seeking|saying|warning|that|about)\b"
)


# The time of what a list held: 'When did the episodes include Trump calling McGahn at home?'
# (sample Q113, NONSENSE): the time is the included act's, asked of the list.
WHEN_IT_INCLUDED = re.compile(
    r"^(?:When|In what (?:year|month)|On what (?:date|day)) (?:did|do|does|will) [^?]*\binclude\b"
)


# A figure of speech that names no act: 'In what year did Wisconsin Democrats make a
# splash?' (sample Q114, VAGUE: it stood for unseating the governor, which the card omits).
FIGURE_OF_NO_ACT = re.compile(
    r"\b(?:make|made|making) (?:a (?:big |real )?splash|waves|headlines|history|a statement)\?$"
    r"|\bturn the page\?$"
    # 'Within how many hours had Mr. Trump changed course?' (sample Q119, NONSENSE: on what?)
    r"|\b(?:change|changed|changing|reverse|reversed|reversing) (?:course|direction)\?$"
    # 'On what date did Donald Trump back down?', '... deciding to go ahead appear to rise?'
    # (sample Q120, NONSENSE: on what? with what?)
    r"|\b(?:back|backs|backed|backing) (?:down|off)\?$"
    r"|\b(?:go|goes|going|went|gone) ahead\b(?! (?:with|and|to|on)\b)"
)


def _what_the_paper_said_cut(fact: Fact) -> bool:
    """'... send a letter to Scott Pruitt?' of '... a letter to Scott Pruitt asking ...'."""
    paper = A_PAPER.search(fact.question)
    if paper is None:
        return False
    at = fact.evidence.find(paper.group("tail"))
    return at >= 0 and bool(WHAT_IT_SAID.match(fact.evidence, at + len(paper.group("tail"))))


def _what_it_held_cut(fact: Fact) -> bool:
    """'... after the bombshell revelation?' of '... the bombshell revelation that ...'."""
    cut = THE_CONTENT_CUT.search(fact.question)
    return cut is not None and bool(
        re.search(rf"\b{cut.group('noun')},? (?:that|of)\b", fact.evidence, re.IGNORECASE)
    )


# A social-media handle in a question's own words: 'On what date did.@PressSec get kicked out
# of the Red Hen restaurant ...?' (sample Q107, UNGRAM and WRONG: an embedded post's words,
# dated by its own "tonight").
HANDLE = re.compile(r"@[A-Za-z_]\w*")
# Words written twice over, a slip of the source: two ('... accepting as true any stories any
# stories attributed to anonymous officials', sample Q111, UNGRAM) or six and more ('Trump was
# inaccurately describing his 25% tariff Trump was inaccurately describing his 25% tariff on
# ...', sample Q116, UNGRAM). Runs of three to five may be English: 'schools that have been set
# up have been set up by teachers'.
WRITTEN_TWICE = re.compile(
    r"\b([\w'’-]+\s+[\w'’-]+|(?:[\w'’%$.-]+\s+){5,}[\w'’%$.-]+)\s+\1\b", re.IGNORECASE
)
# The other year of a span whose first the card asks: 'In what year did President Barack
# Obama send 50,000 more U.S. troops to Afghanistan and ’10 ...?' of 'in 2009 and ’10' (sample
# Q117, UNGRAM; 2010 is true too).
HALF_A_SPAN_OF_YEARS = re.compile(r"\b(?:and|or|to|through)\s+[’']\d\d\b")
# A span of days whose first day is the blank: 'participate in European parliamentary
# elections _____ through 26' (the span's end, a bare day, left behind).
HALF_A_SPAN_OF_DAYS = re.compile(r"_____\s*(?:through|thru|to|until|-|–)\s*\d{1,2}\b(?![,.]?\d)")
# Two possessives in a row after a day, the source's slip: 'in Tuesday’s Georgia’s special
# election' (sample Q117, UNGRAM).
A_DAY_S_PLACE_S = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})[’']s\s+[A-Z][\w.]*[’']s\b")
# A quotation this short around its blank tells nothing of what it is about: '“We don’t have
# _____,” Jordan Fuchs said.' (sample Q117, VAGUE: six years of what?).
SHORT_QUOTE_BLANK = re.compile(r"^[“\"](?P<quote>[^”\"]*_____[^”\"]*)[”\"]")
SHORT_QUOTE_WORDS = 5


def _a_quote_too_short_to_tell(question: str) -> bool:
    quote = SHORT_QUOTE_BLANK.match(question)
    if quote is None:
        return False
    return len(quote.group("quote").replace("_____", " ").split()) < SHORT_QUOTE_WORDS


# A meeting with the press asked with nothing of what was said: 'On what date did Donald
# Trump speak with reporters at the Oval Office?' (sample Q116, VAGUE: he does so often).
TALKED_OF_NOTHING = re.compile(
    r"\b(?:speak|talk|meet)\s+(?:with|to)\s+(?:the\s+)?(?:reporters|journalists|press|media)"
    r"\b(?![^?]*\b(?:about|on|over)\b)[^?]*\?$",
    re.IGNORECASE,
)
# ...and a time on the air: 'On what date did Rick Scott appear on national TV?' (sample Q118,
# VAGUE: what he said there is left out).
ON_AIR_FOR_NOTHING = re.compile(
    r"\bappear\s+on\s+(?:(?:national|live|local|state|public|network)\s+)?"
    r"(?:TV|television|radio|the air)\?$",
    re.IGNORECASE,
)
# A span counted from the day the article was written: 'with less than _____ to go before
# Election Day' (sample Q118, VAGUE: the reader does not know the day it was counted from).
SPAN_LEFT = re.compile(
    rf"{_BLANK}\s+(?:(?:still\s+)?to go|left|remaining)\s+(?:before|until|till)\b"
)
# A cut after the word that brings in a name: '... for national security reasons, known.' of
# '..., known as Section 232 of the trade laws.' (sample Q118, UNGRAM).
NAMING_CUT = re.compile(r"\b(?:known|called|named|dubbed|nicknamed|labell?ed|termed)(?:\s+as)?\.$")
# A participle of a start whose date a cut took: '... in Hamburg, but in _____ beginning.' of
# '... beginning on Wednesday' (sample Q123, UNGRAM).
BEGINNING_CUT = re.compile(r"\b(?:beginning|starting|ending|effective|through|until)\.$")
# A subordinate clause asked with its 'when' left in: 'In what year did when news that ...
# emerge?' (sample Q119, UNGRAM).
A_CLAUSE_S_MARK_LEFT = re.compile(
    r"^[^\"“”]*\b(?:did|does|do)\s+"
    r"(?:when|while|after|before|because|although|though|whereas|once|until|unless)\b[^\"“”]*\?$"
)
# A photo's caption, which says where each person stands in it: 'Narendra Modi, India's prime
# minister, left, and U.S. President Donald Trump hold hands on stage ...' (sample Q121,
# UNGRAM: 'On what date do ... Trump hold hands ...?').
CAPTION_PLACES = re.compile(
    r",\s+(?:(?:far|second from|second|top|bottom|front|back|centre|center)\s+)?"
    r"(?:left|right|center|centre)(?:\s+to\s+right)?,"
    r"|\((?:L|C|left|right|center|centre|not seen|pictured)\)"  # not
    # '(R)', '(D)': a party's
)
# A running total's mark, asked as a count with no day: 'How many coronavirus deaths did the
# U.S. pass?' (sample Q120, VAGUE: it passed 40,000 too; the day is what was news).
A_MARK_PASSED = re.compile(
    r"^(?:As of [^,]+, )?How many\b[^?]*\b(?:pass|surpass|top|exceed|cross|reach|hit|"
    r"passed|surpassed|topped|exceeded|crossed|reached)\?$"
)
# A phrase a cut left at its first noun: '... unveiled in Detroit on _____ by Donald Trump, a
# plan.' of '..., a plan, she said – ... – that "would give trillions ..."' (sample Q116).
CUT_AT_A_NOUN = re.compile(r", (?:an?|the) (?P<noun>[\w-]+)\.?$")


def _a_phrase_cut_at_its_end(fact: Fact) -> bool:
    """A cloze ending on ', a plan.' where its sentence went on about the plan."""
    cut = CUT_AT_A_NOUN.search(fact.question)
    if cut is None:
        return False
    said = re.search(rf", (?:an?|the) {re.escape(cut.group('noun'))}\b(?P<rest>.*)", fact.evidence)
    return said is not None and len(said.group("rest").strip(' ."”')) > 0


# A day of what may happen: 'On what date may Donald Trump return to the topic ...?' (sample
# Q106, NONSENSE: a possible plan, asked as if set).
MAYBE_WHEN = re.compile(
    r"^(?:As of [^,]+, )?(?:On what date|In what (?:year|month)|When) (?:may|might)\b"
    r"(?!(?: \S+){1,4} have\b)"  # 'When may Jordan Belfort have made $3 million?': a past
)
# 'each' after an amount: '$2,700 each from ...' (not 'each year').
EACH = re.compile(
    rf"(?:{_BLANK}|\d[\d,.]*(?: (?:million|billion))?) each\b(?P<rest>[^.;?]{{0,120}})"
)


def _each_of_one(fact: Fact) -> bool:
    """'including _____ each from liberal investor Jonathan Soros' of '... each from Jonathan
    Soros, who runs JS Capital Management and Joshua Klein, ...' (sample Q106, UNGRAM): the
    cut took the others 'each' spoke of."""
    asked = EACH.search(fact.question)
    told = EACH.search(fact.evidence)
    return (
        asked is not None
        and told is not None
        and " and " in told["rest"]
        and " and " not in asked["rest"]
    )


WOULD = re.compile(r"\bwould\b", re.IGNORECASE)
SUPPOSING = re.compile(r"\b(?:if|unless)\b", re.IGNORECASE)


def _a_supposition_cut(fact: Fact) -> bool:
    """'Philando Castile ... would be alive' of '... would be alive if he had been white,
    according to Gov. Mark Dayton', 'In what year would premiums drop 30 percent ...?' of
    'Then, in 2020, premiums would drop ...' (sample Q105, NONSENSE twice): what would be,
    asked without the supposition it follows from."""
    if not WOULD.search(fact.question):
        return False
    if SUPPOSING.search(fact.evidence) and not SUPPOSING.search(fact.question):
        return True
    return bool(re.match(r"\s*Then\b", fact.evidence))


def _later_than_what(question: str) -> bool:
    """'10 years later' with no year before it in the question to count from."""
    told = QUOTATION.sub(" ", question)
    for found in LATER_THAN_WHAT.finditer(told):
        before = told[: found.start()]
        if not before.strip() or re.fullmatch(r"\s*As of [^,]+,\s*", before):
            continue  # opening the sentence: the question leaves it (round thirty-three)
        if re.search(
            r"\b(?:than|from|over|with|since|to|versus|vs\.?)(?:\s+\S+){0,3}\s+$",
            before,
            re.IGNORECASE,
        ):
            continue  # '58% more than a year earlier', 'from $2.84bn a year earlier': a
            # comparison's base, not a time told
        if not re.search(r"\b(?:1[89]|20)\d\d\b", before):
            return True
    return False


def _a_figure_of_speech(fact: Fact) -> bool:
    """A number card whose answer is a whole (100%, 110 percent) inside a quotation."""
    if fact.kind != CardKind.NUMBER or not WHOLE.match(fact.answer):
        return False
    at = fact.evidence.find(fact.answer)
    spans, _ = quote_spans(fact.evidence, 0, len(fact.evidence), keep_open=True)
    return at >= 0 and any(a <= at < b for a, b in spans)


def _put_by_another(fact: Fact) -> bool:
    """A "Who said" card of a quotation its sentence gives to another ('..., as the
    county website puts it')."""
    shown = _SHOWN_QUOTE.match(fact.question) if fact.kind == CardKind.WHO_SAID else None
    if shown is None:
        return False
    piece = max((p.strip() for p in shown.group(1).split("…")), key=len)
    at = fact.evidence.find(piece) if piece else -1
    return at >= 0 and bool(AS_ANOTHER_PUTS_IT.match(fact.evidence[at + len(piece) :]))


def _one_of_many(fact: Fact) -> bool:
    return (
        fact.kind == CardKind.DATE
        and bool(ABOUT_A_THING.match(fact.question))
        and word_count(fact.question) <= ONE_OF_MANY_WORDS
        and not BY_SOMEONE.search(fact.question)
    )


# What is needed, with nothing of what for: 'neither Gary Johnson nor Jill Stein currently
# have the necessary _____.' (sample Q125, NONSENSE: the debates' threshold was told before).
NEEDED_FOR_NOTHING = re.compile(r"\b(?:necessary|required|needed)\s+_____\s*[.?!]?$")
# A reaction joined, faced or drawn, with nothing of what to: 'On what date did ... Chief
# Constable Ian Hopkins join the chorus of criticism?' (sample Q125, NONSENSE: of the leaks).
REACTION_TO_NOTHING = re.compile(
    r"\b(?:join(?:ed|s)?|add(?:ed|s)? to|fac(?:e|es|ed)|dr[ae]w|draws|spark(?:ed|s)?"
    r"|earn(?:ed|s)?|w[io]n|wins)"
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:criticism|condemnation|outrage|backlash|praise|uproar)"
    r"(?:\s+from\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+)?\s*[?.]$"
)


def _an_aside_cut_in_two(fact: Fact) -> bool:
    """'Van Jones enraged Hillary loyalists— exasperated by ... McEnany.': the cut kept a dash
    that opens an aside and dropped the dash that closes it, and what came after (sample
    Q125, UNGRAM)."""
    return fact.question.count("—") == 1 and fact.evidence.count("—") >= 2


# A poll's share asked with no poll: '_____ of Democrats and Democratic-leaning independents
# were enthusiastic about voting.' (sample Q125, VAGUE: which poll, when?).
A_POLL = re.compile(r"\b(?:polls?|polling|survey(?:ed|s)?)\b", re.IGNORECASE)
POLL_NAMED = re.compile(
    r"\b(?:polls?|polling|survey(?:ed|s)?|stud(?:y|ies)|according|found|finds|showed|shows"
    r"|voters said|asked)\b",
    re.IGNORECASE,
)


def _a_poll_s_share_without_the_poll(fact: Fact) -> bool:
    """... and with no time ('As of August 2019, some _____ of U.S. adults believe ...' says
    when, and was judged good in sample Q76)."""
    return (
        fact.kind == CardKind.NUMBER
        and bool(PERCENT.search(fact.answer))
        and bool(A_POLL.search(fact.evidence))
        and not POLL_NAMED.search(fact.question)
        and not fact.question.startswith("As of")
        and not re.search(r"\b(?:19|20)\d\d\b", fact.question)
    )


# A cloze ending on an auxiliary's bare verb, what it did cut away: 'Speaking with Fox News on
# _____, Trump did put.' (of '... did, however, put to rest speculation that ...', sample Q126).
BARE_VERB_LEFT = re.compile(r"\b(?:did|does|do)\s+[a-z]+\.$")
# A count of papers with nothing of what they are: 'On what date did the US government
# release 2,891 documents?' (sample Q128, NONSENSE: the JFK files).
PAPERS_OF_NOTHING = re.compile(
    r"\b\d[\d,.]*\s+(?:(?:new|more|other|additional|classified|secret)\s+)?(?:documents|files"
    r"|records|pages|emails|e-mails|messages|texts|photos|images|videos)\?$"
)
# A 'then' of the sentence before, in a question: 'In what month did Donald Trump then stun
# Washington?' (sample Q128, NONSENSE: after what, and how?); 'the then Home Secretary' is
# a post of that time.
THEN_LEFT = re.compile(r"^(?!Who said\b)[^\"“]*(?<![\w-])(?<!the )then(?![\w-])[^\"“]*\?$")
# A wh-word before a noun phrase the cut garbled: 'How long a grueling session did Brett
# Kavanaugh face of questioning ...?' (sample Q128, UNGRAM).
HOW_A = re.compile(r"^How (?:long|much|many|far|big|large|high) (?:a|an)\s")
# Joining with nothing of what: 'In what month did the Raskins and Rudy Giuliani come on
# board?' (sample Q128, NONSENSE: Trump's legal team).
JOINED_NOTHING = re.compile(
    r"\b(?:(?:come|came|comes|coming) on board|join(?:ed)?|sign(?:ed)? on|take over|took over)\?$"
)
# A span up to a time the cut took: 'Neil Gorsuch had been a member of the Supreme Court for
# exactly _____.' (of '... when he made clear ...', sample Q129, VAGUE).
SPAN_TO_A_CUT_TIME = re.compile(
    r"\bhad been\b.*\bfor (?:(?:exactly|just|only|nearly|about|almost|more than|less than)\s)?"
    r"_____\.$"
)
# A paper asked of its day with nothing of what it does: 'The White House unveiled an
# executive order _____ evening.' (sample Q130, VAGUE: the order to create a garden of heroes,
# cut; any order fits).
PAPER_THEN_DAY = re.compile(
    r"\b(?:an?|the)\s+(?:new\s+)?(?:executive order|bill|proposal|plan|resolution|measure|rule"
    r"|policy|report|statement|letter)\s+(?:on\s+|late\s+|early\s+)?_____"
)
# Someone's act told by a word for an act alone: 'On what date did Donald Trump's move draw
# fire ...?' (sample Q131, NONSENSE: sending troops to Saudi Arabia, told before); "Comey's
# announcement" says more (a reader judged it good, sample Q87).
SOMEONE_S_ACT = re.compile(
    r"\b[A-Z][\w.'’-]*(?:\s+(?:administration|government|campaign|office|department))?"
    r"['’]s\s+(?:latest\s+|new\s+|surprise\s+)?(?:move|step|action|actions"
    r"|tweet|policy|plan|proposal)\b"
    r"(?!\s+(?:to|on|of|that|about|against|over|for|\w+ing)\b)"
)
# ('Who blocked the Trump administration's policy in April 2019?', sample Q147, VAGUE: which
# policy? The asylum seekers' wait in Mexico, told before.)
# An approval with nothing of what: 'On what date did the House give near-unanimous approval by
# voice vote ...?' (sample Q131, NONSENSE: the $2.2 trillion bill, cut).
APPROVAL_OF_NOTHING = re.compile(
    r"\b(?:gave|give|gives|giving)\s+(?:[\w-]+\s+){0,2}(?:approval|green light|go-ahead)\b"
    r"(?!\s+(?:to|for|of)\b)"
)
# A place in a race with nothing of which race: 'Mitt Romney came in a close second with _____.'
# (sample Q133, VAGUE).
PLACE_IN_NOTHING = re.compile(
    r"\b(?:came|comes|come|finished|finishes|placed|ended up)\s+(?:in\s+)?(?:a\s+)?"
    r"(?:close\s+|distant\s+|strong\s+)?(?:second|third|fourth|fifth|last),?\s+with\s+_____"
    r"(?:\s+(?:seats|votes|points|delegates|percent))?\.$"
)
# A mood's day: 'Donald Trump had every reason to feel optimistic _____.' (sample Q133, VAGUE).
A_MOOD = re.compile(
    r"^[^\"“]*\b(?:feel|felt|feels|feeling|seem|seemed|seems)\s+(?:\w+\s+)?(?:optimistic"
    r"|confident|hopeful|upbeat|pessimistic|nervous|anxious|gloomy|buoyant)\b"
)
# A span of no time the question gives: 'How many prominent endorsements had Donald Trump
# secured in the space of a week?' (sample Q133, VAGUE: which week?).
SPAN_OF_NO_TIME = re.compile(
    r"\bin the (?:space|course) of (?:a|one|two|three|a few) (?:days?|weeks?|months?)\?$"
)
# More than a count the question does not give: 'at least _____ more were killed in
# landslides' (sample Q133, NONSENSE: more than what?).
MORE_THAN_UNTOLD = re.compile(
    r"_____\s+more\s+(?:were|was|had|have|people|deaths|bodies|died|victims|cases)\b"
)
# Expectations of no one: 'In what year did Senate Republicans outperform expectations?'
# (sample Q133, VAGUE: the context, losing only two seats, was cut).
EXPECTATIONS_ALONE = re.compile(
    r"\b(?:outperform|exceed|beat|surpass|defy|defied)(?:ed|s)?\s+expectations\?$"
)
# A photo's caption that dates a scene: 'Adam Schiff (D-CA) speaks during a news conference
# ... in Washington, September 25, 2019.' (sample Q133, VAGUE: which of his conferences?).
CAPTION_DATED = re.compile(
    r"\b(?:speaks|gestures|looks on|arrives|listens|walks|waves|smiles|poses|delivers remarks"
    rf"|attends|departs|leaves|reacts)\b[^!?]{{0,250}}?,\s+{MONTH_RE}\s+\d{{1,2}},\s+\d{{4}}\.?$"
)
# A legislature's house told as 'the chamber' in a question that names none: 'In what month
# did Democrats take control of the chamber?' (sample Q133, NONSENSE: which?).
THE_CHAMBER = re.compile(r"\bthe (?:upper |lower |full |entire )?chamber\b(?!\s+(?:in|of)\s+[A-Z])")
A_HOUSE_NAMED = re.compile(r"\b(?:House|Senate|Assembly|Parliament|Congress|Commons|Lords|Duma)\b")
# A subordinate clause left with no main clause: 'As of December 2016, while certain rules and
# regulations advanced during Obama's _____ in office will be difficult to undo.' (sample
# Q132, UNGRAM).
CLAUSE_ALONE = re.compile(
    r"^(?:As of [^,]+, )?(?:[Aa]nd |[Bb]ut )?(?:[Ww]hile|[Aa]lthough|[Tt]hough|[Ww]hereas"
    r"|[Bb]ecause)\b[^,;:]*\.$"
)
# 'the ones' of what the sentence before named: 'The Vermont Senator needs wins in contests
# like the ones coming _____.' (sample Q132, NONSENSE).
THE_ONES = re.compile(r"\bthe ones\b(?!\s+(?:who|that|which|whose|in|of)\b)")
# A body set up, told by its kind alone: 'On what date is Mr. Trump introducing a task force?'
# (sample Q132, VAGUE: which?).
A_BODY_OF_NOTHING = re.compile(
    r"\b(?:an?|the)\s+(?:new\s+)?(?:task force|commission|panel|committee|council|working group)\?$"
)
# A holiday whose day or month the question gives: 'When did Cory Booker speak in South
# Carolina on Martin Luther King Day?' -> January 2019 (sample Q132, GIVEAWAY).
A_HOLIDAY = re.compile(
    r"\b(?:Martin Luther King(?: Jr\.?)? Day|MLK Day|Christmas|Thanksgiving|Independence Day"
    r"|Fourth of July|July 4th|New Year['’]s(?: Day| Eve)?|Halloween|Valentine['’]s Day"
    r"|Memorial Day|Labor Day|Veterans Day|Presidents['’]? Day|St\.? Patrick['’]s Day|Bastille Day"
    r"|Boxing Day|Election Day|Inauguration Day)\b"
)


def _a_holiday_s_date(fact: Fact) -> bool:
    return (
        fact.kind == CardKind.DATE
        and not re.fullmatch(r"\d{4}", fact.answer.strip())
        and (bool(A_HOLIDAY.search(fact.question)) or bool(EVERY_YEAR.search(fact.question)))
    )


# A paper brought in with nothing of what it does, then its day or nothing: 'How many GOP
# congressmen introduced a resolution Friday, Nov. 3, 2017?' (sample Q134, VAGUE).
PAPER_OF_NOTHING = re.compile(
    r"\b(?:introduced|filed|proposed|unveiled|passed|signed|drafted|offered|published|ran)"
    r"\s+(?:an?|the)\s+(?:new\s+)?(?:resolution|bill|measure|proposal|amendment|motion|story"
    r"|report|article|piece|op-ed|editorial|column)"
    r"(?=\s*(?:\?|\.|$|(?:on\s+|in\s+|last\s+|this\s+)?(?:_____|[A-Z][a-z]+day\b)"
    r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})?"
    r"(?:\s+(?:morning|afternoon|evening|night))?,?\s*(?:[?.]|$)))"
)
# Telling someone with nothing of what: 'Who informed Democratic leaders in May 2019?' (sample
# Q134, VAGUE).
TOLD_NOTHING = re.compile(
    r"\b(?:informed|told|notified|briefed|assured)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s+in\s+"
    r"[A-Z][a-z]+\s+\d{4}\?$"
)


def _a_list_cut(fact: Fact) -> bool:
    """A list the cut ended before its last item: '... five executive actions relating to the
    Keystone XL pipeline, the Dakota Access Pipeline?' (the evidence goes on ', and ...':
    sample Q134, UNGRAM)."""
    if "," not in fact.question:
        return False
    last = re.sub(r"[?.!\s]+$", "", fact.question.rsplit(",", 1)[1]).split()
    if not 1 <= len(last) <= LIST_ITEM_WORDS or last[0].lower() not in ("the", "a", "an"):
        return False  # the words after the last comma are an item ('the Dakota Access
        # Pipeline'), not a clause, a name set beside a post ('..., Joseph Maguire') or an
        # attribution ('..., according to the Energy Department')
    end = re.escape(" ".join(last))
    return bool(re.search(rf",\s+{end}(?:,?\s+and\s|,\s[^.;:]*?,\s+and\s)", fact.evidence))


LIST_ITEM_WORDS = 6


# A source told by its kind alone, as an owner: '..., the website's average of recent polls
# showed.' (sample Q134, NONSENSE: RealClearPolitics, named before).
A_SOURCE_S = re.compile(r"\bthe (?:website|site|outlet|publication|network|paper|newspaper)['’]s\b")
# Whose paper, told by 'their' alone, with nothing of what it does: 'As of March 2019, who has
# reintroduced their U.S. Senate bill?' (sample Q126, NONSENSE: the bill to legalize
# marijuana, cut; any senator fits).
THEIR_PAPER = re.compile(
    r"\btheir\s+(?:[\w.'’-]+\s+){0,3}(?:bill|plan|proposal|legislation|measure|amendment"
    r"|resolution|motion)\?$"
)
# A count of the names just listed: '... roars through Wisconsin and Minnesota, _____ states
# where ...' -> two (sample Q126, GIVEAWAY).
COUNTED_LIST = re.compile(
    r"\b[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s+and\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*,\s+_____\s+[a-z]+s\b"
)
SMALL_COUNTS = frozenset(("two", "three", "four", "2", "3", "4", "both"))


def _a_count_of_the_names_before(fact: Fact) -> bool:
    return fact.answer.lower() in SMALL_COUNTS and bool(COUNTED_LIST.search(fact.question))


# A reason told by its weight alone, its 'because' cut: '..., far less than on the Democratic
# side, in part?' (sample Q138, UNGRAM).
REASON_CUT = re.compile(
    r"\b(?:in (?:large |small )?part|partly|largely|mainly|mostly|chiefly|primarily)[?.]$"
)
# An effort and how long it took, with nothing of what it was for: 'The House GOP worked for
# _____.' (sample Q138, VAGUE: to repeal the ACA, cut).
EFFORT_OF_NOTHING = re.compile(
    r"\b(?:worked|fought|tried|struggled|pushed|campaigned|lobbied|strove|labou?red)\s+for\s+"
    r"_____[.?]$"
)


# A relative clause of a list asked alone: 'In what year was both of which Donald Trump
# carried by less than 1 percentage point?' (sample Q140, UNGRAM).
SOME_OF_WHICH = re.compile(
    r"\b(?:both|all|each|some|none|many|most|either|neither|one|two|three|four) of (?:which|whom)\b"
)
# Votes for or against what, cut: 'All _____ votes against came from Republicans.' (sample
# Q141, NONSENSE).
VOTES_OF_NOTHING = re.compile(r"\bvotes? (?:for|against)\s+(?:came|were|was|had|went)\b")
# An event of no one: 'There was a _____ morning walk through a farmers market in Downtown
# Los Angeles.' (sample Q140, NONSENSE: whose walk? A campaign's schedule, told before).
AN_EVENT_OF_NO_ONE = re.compile(r"^(?:As of [^,]+, )?There (?:was|were|will be) an? ")
# What someone seems to do, dated: 'In what year does Donald Trump seem to be able to seize
# any news cycle?' (sample Q139, VAGUE: an impression, no fact of a year).
SEEMING_SO = re.compile(r"\b(?:does|do)\b[^?]*\b(?:seem|appear)\s+to\b")
# A quotation cut to nothing but its marks: '... to every American “.”' (sample Q143, UNGRAM).
EMPTY_QUOTE = re.compile(r"“\s*[.,;:!?…]?\s*”|(?<![\w.,])\"\s*[.,;:!?…]\s*\"")
# 'as much' of what the sentence before told: 'Donald Trump had just announced as much to a
# crowd in _____.' (sample Q145, NONSENSE).
AS_MUCH = re.compile(
    r"\b(?:announced|said|told|confirmed|suggested|indicated|admitted|"
    r"acknowledged|hinted|implied|reported|declared)\s+as much\b"
)
# A day of every year, asked as one day: 'Juneteenth ... is celebrated annually on _____.' ->
# Friday, June 19, 2020 (a card the Q140 fixes let through).
EVERY_YEAR = re.compile(r"\b(?:annually|every year|each year|yearly)\b")
# Made into what, cut: 'Who announced in June 2020 that he is making Juneteenth?' (sample
# Q140, UNGRAM: 'an official holiday' cut).
MADE_INTO_NOTHING = re.compile(r"\b(?:make|makes|making|made)\s+(?:[A-Z][\w'’-]*\s*){1,3}\?$")

# A poll's figure with no poll and no day: "President Trump's job approval rating among those
# under 30 was _____." (sample Q147, VAGUE: the figure differs by poll and month).
POLL_OF_NOTHING = re.compile(
    r"^(?!.*\b(?:[Pp]olls?|[Ss]urveys?|[Pp]olling|average|according to|As of|found|showed|"
    r"in \d{4})\b).*\b(?:approval rating|job approval|approval among|favorability|"
    r"favourability)\b"
)
# An act done on many days: 'When did Donald Trump repeatedly threaten to close the border?'
# (sample Q148, VAGUE: he did in several months).
DONE_MANY_TIMES = re.compile(
    r"\b(?:repeatedly|again and again|time and again|time after time|routinely|regularly)\b"
)
# A date's anchor before a sentence that opened on a connective: 'As of September 2018,
# then, there's the never-ending spat over ...' (sample Q151, UNGRAM).
AS_OF_A_CONNECTIVE = re.compile(r"^As of [^,]+, (?:then|and|but|so|also|still|yet|meanwhile),")
# A clause cut at a comma: 'On _____, President Donald Trump called on the relevant parties to
# “break away from the remnants of the Iran deal,”' (sample Q150, UNGRAM).
ENDS_ON_A_COMMA = re.compile(r",[”\"’']?\s*$")
# 'do so' of the sentence before: 'On what date did Nancy Pelosi try to do so again?' (sample
# Q153, NONSENSE).
DO_SO = re.compile(r"\b(?:do|did|does|doing|done) so\b")
# A lead of no race: 'Cindy Hyde-Smith led by nearly _____.' (sample Q146, NONSENSE: led
# what, when? The runoff was told before).
LEAD_IN_NOTHING = re.compile(
    r"\b(?:led|leads|leading|trailed|trails|trailing)\s+by\s+(?:\w+\s+){0,2}_____"
    r"(?:\s+(?:percentage\s+)?points?)?\s*\.$"
)
# A 'that' clause of a concession or condition with no main clause after it: 'did Chuck
# Schumer reiterate to reporters that while Republicans ... protect Robert Mueller?'
# (sample Q146, UNGRAM: the main clause was the quotation after it).
THAT_WHILE_ALONE = re.compile(r"\bthat (?:while|although|though|even though|whereas) [^,?]*\?$")

# A feeling voiced with nothing of what about, asked (a cloze's clause before says what
# about): 'On what date did several Afghanistan experts
# ... express outrage?' (sample Q154, VAGUE: at the op-ed).
FEELING_OF_NOTHING = re.compile(
    r"\b(?:express(?:ed|es|ing)?|voic(?:e|ed|es|ing))\s+(?:[\w'’-]+\s+){0,2}(?:outrage|concerns?|"
    r"anger|frustration|dismay|alarm|disappointment|support|opposition|regret|sympathy|"
    r"condolences|skepticism|scepticism|doubts?)\s*\?$"
)
# A dash and one word before the question mark: '... approaches Syria — specifically?'
# (sample Q154, UNGRAM: what came after it was cut).
CUT_AFTER_A_DASH = re.compile(r"\s[—–]\s*[\w'’-]+\s*\?$")
# A standing in a race with no poll: 'Sen. Amy Klobuchar was tied with Beto O’Rourke at _____.'
# (sample Q155, NONSENSE: tied in what?).
TIED_IN_NOTHING = re.compile(
    r"^(?!.*\b(?:[Pp]olls?|[Ss]urveys?|[Pp]olling|average|according to|found|showed)\b)"
    r".*\btied\b[^_]*\bat _____"
)

# A "who's who" the cut took for a relative clause: '... as three former presidents and a
# who’s.' (sample Q157, UNGRAM).
WHO_S_WHO_CUT = re.compile(r"\ba who['’]s\b(?!\s+who\b)")
# A share of no one: '_____ disapprove, and 86% think Donald Trump should be removed.' (sample
# Q157, NONSENSE: of Democrats, told in the clause the cut left out).
SHARE_OF_NO_ONE = re.compile(
    r"^(?:As of [^,]+, )?_____\s+(?:approve|disapprove|say|said|think|thought|believe|support|"
    r"oppose|favou?r|want|agree|disagree)\b"
)
# Someone picked with nothing of what for: 'As of July 2018, who has tapped Bill Shine?'
# (sample Q156, VAGUE: as communications director; Ailes had tapped him too).
PICKED_FOR_NOTHING = re.compile(
    r"\b(?:tap(?:ped|s)?|pick(?:ed|s)?|cho(?:se|oses)|nominat(?:ed|es)|appoint(?:ed|s)?|hir(?:ed|es))"
    r"\s+(?:[A-Z][\w.'’-]*\s*){1,4}\?$"
)

# When someone held a post, which they held for years: 'When was James Clapper director of
# national intelligence?' -> 2016 (sample Q158, VAGUE: 2010 to January 2017). A record says
# which year: 'In what year was Barack Obama the first black president?'.
WHEN_IN_A_POST = re.compile(
    r"^(?:When|In what (?:year|month)) (?:was|were|is) (?:[A-Z][\w.'’-]*\s+){1,4}"
    r"(?:the |a |an )?(?:(?!(?:[\w-]+ed|first|last|only|youngest|oldest|longest|second)\b)[\w-]+\s+)"
    r"{0,3}?(?:director|president|secretary|governor|mayor|"
    r"chairman|chairwoman|chair|senator|minister|ceo|head|leader|chief|spokesman|spokeswoman|"
    r"ambassador|commissioner|speaker|member|attorney general)\b"
)

# One of two dates told together, blanked: 'Some of the biggest spikes came in _____ and
# September' (sample Q163, two NONSENSE cards, one of each month), 'triumphing in 1907 and
# _____' (sample Q93, TRIVIAL): the other date shown tells the answer's neighbourhood, and
# the two cards of the pair give each other away.
ONE_OF_TWO_DATES = re.compile(
    rf"(?<!between )_____,? (?:and|or) (?:{MONTH_RE}|(?:1[89]|20)\d\d)\b"
    rf"|(?<!between )\b(?:{MONTH_RE}|(?:1[89]|20)\d\d),? (?:and|or) _____"
)  # not the ends of a period ('between _____ and 2018'), which are passing details

# A poll's margin of error, how it was taken, not what it found ('... with a margin of error of
# +/- _____', sample Q163, NONSENSE).
MARGIN_OF_ERROR = re.compile(
    r"\bmargin of (?:sampling )?error\b[^.?!]{0,20}_____|(?:\bplus or minus|\+/-|±)\s*_____",
    re.IGNORECASE,
)

# A wh-question whose subject is 'the former' holder of a post, named nowhere in it: 'When was
# the former deputy FBI director demoted?' (sample Q164, NONSENSE: a relative clause's 'who'
# written out to the post, its name cut).
A_FORMER_HOLDER_ASKED = re.compile(
    r"^(?:When|In what (?:year|month)|On what date|Where|How \w+) (?:was|were|did|has|had|is)"
    r" the former\b"
)

# The patterns a question of any kind is searched for, and those of one kind's questions.
FAULTS_OF_ANY_KIND = (
    NUMERATOR,
    RELATIVE_SPAN,
    FAST_FORWARD,
    DO_AND_SAID,
    WRITTEN_TWICE,
    HALF_A_SPAN_OF_YEARS,
    A_DAY_S_PLACE_S,
    SPAN_LEFT,
    NAMING_CUT,
    BEGINNING_CUT,
    A_CLAUSE_S_MARK_LEFT,
    NEEDED_FOR_NOTHING,
    REACTION_TO_NOTHING,
    BARE_VERB_LEFT,
    HOW_A,
    EXPECTATIONS_ALONE,
    CLAUSE_ALONE,
    PAPER_OF_NOTHING,
    EMPTY_QUOTE,
    ENDS_ON_A_COMMA,
    CUT_AFTER_A_DASH,
    WHO_S_WHO_CUT,
)
# ... and those a question outside a quotation is searched for.
# A win or a loss with nothing said of what it was in: 'On what date did Senate
# Republicans score a victory?' (sample Q174, VAGUE: the McSally primary was cut).
A_WIN_OF_NOTHING = re.compile(
    r"\b(?:scor|won\b|win|claim|suffer|dealt|deal|hand|notch)\w* an? (?:[\w.-]+ )?"
    r"(?:victory|win|defeat|setback|blow|boost|loss)\?$"
)
# A run for nothing: 'In what year did Texas billionaire Ross Perot run?' (sample Q174,
# VAGUE: for president, twice).
A_RUN_FOR_NOTHING = re.compile(
    r"^(?:In what (?:year|month)|When|On what date) (?:did|does|do|will|would)\b[^?]*"
    r"(?<!\bher )(?<!\bhis )(?<!\btheir )(?<!\bits )(?<!\ba )(?<!\bthe )\brun\?$"
)
# A saying with what was said cut: 'In what year did Beto O'Rourke say, referencing Trump's
# nickname for Ted Cruz ...?' (sample Q174, UNGRAM).
SAID_NOTHING = re.compile(r"\b(?:say|said|says), \w+ing\b")


# A source told before: '..., according to the paper?' (sample Q175, NONSENSE: the Des
# Moines Register, named in the sentence before); not 'according to the website
# Coinmarketcap.com', which names it.
A_SOURCE_TOLD_BEFORE = re.compile(
    r"\baccording to the (?:[\w-]+ )?(?:paper|newspaper|report|study|survey|outlet|station"
    r"|network|magazine|website|site|agency|group|company|firm|data|documents?|filing"
    r"|complaint|lawsuit|poll|analysis|records?)[?.]?$"
)


# A distance in a direction from nowhere: 'about _____ southeast, in neighboring Weld
# County, ...' (sample Q175, NONSENSE: southeast of the town the paragraph before told).
A_WAY_FROM_NOWHERE = re.compile(
    r"_____ (?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ward)?\b"
    r"(?!\s+(?:of|from)\b)"
)


# A day told from the article's own, left as written: 'As of April 2016, tomorrow,
# Wisconsin's primary is poised to ...' (sample Q183, NONSENSE: which day is tomorrow?).
A_DAY_FROM_THE_PAGE = re.compile(r"\b(?:[Tt]omorrow|[Yy]esterday|[Tt]onight)\b")
# An aside's dash left at the end when the aside was cut: '... in September 2016 --.'
# (sample Q183, UNGRAM).
A_DASH_LEFT = re.compile(r"\s(?:--|[—–])\s*[.?]$")


FAULTS_OUTSIDE_QUOTES = (
    A_DAY_FROM_THE_PAGE,
    A_DASH_LEFT,
    A_WAY_FROM_NOWHERE,
    A_SOURCE_TOLD_BEFORE,
    A_WIN_OF_NOTHING,
    A_RUN_FOR_NOTHING,
    SAID_NOTHING,
    AGAINST_THE_TOLD,
    THEN_LEFT,
    THE_ONES,
    A_SOURCE_S,
    REASON_CUT,
    EFFORT_OF_NOTHING,
    SOME_OF_WHICH,
    MADE_INTO_NOTHING,
    VOTES_OF_NOTHING,
    AN_EVENT_OF_NO_ONE,
    AS_MUCH,
    THAT_WHILE_ALONE,
    AS_OF_A_CONNECTIVE,
    DO_SO,
    FEELING_OF_NOTHING,
    A_FORMER_HOLDER_ASKED,
)
# A photo's caption, which says where people stand or when the picture was taken.
CAPTIONS = (CAPTION_PLACES, CAPTION_DATED)
FAULTS_OF_A_KIND = {
    CardKind.NUMBER: (
        TAKEN_FOR_NOTHING,
        TRADED_FOR_NOTHING,
        AGREEING_WITH_NOTHING,
        A_MARK_PASSED,
        PLACE_IN_NOTHING,
        SPAN_OF_NO_TIME,
        MORE_THAN_UNTOLD,
        SPAN_TO_A_CUT_TIME,
        LEAD_IN_NOTHING,
        POLL_OF_NOTHING,
        TIED_IN_NOTHING,
        SHARE_OF_NO_ONE,
        MARGIN_OF_ERROR,
    ),
    CardKind.DATE: (
        HALF_A_SPAN_OF_DAYS,
        DONE_MANY_TIMES,
        TALKED_OF_NOTHING,
        ON_AIR_FOR_NOTHING,
        PAPERS_OF_NOTHING,
        JOINED_NOTHING,
        PAPER_THEN_DAY,
        SOMEONE_S_ACT,
        SEEMING_SO,
        APPROVAL_OF_NOTHING,
        A_MOOD,
        A_BODY_OF_NOTHING,
        WHEN_IN_A_POST,
        ONE_OF_TWO_DATES,
    ),
    CardKind.WHO_DID: (THEIR_PAPER, TOLD_NOTHING, SOMEONE_S_ACT, PICKED_FOR_NOTHING),
}

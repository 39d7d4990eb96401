"""How much a fact matters to the reader of its article, and which cards a deck keeps.

A news article puts what matters first (the headline, the lead) and keeps coming back
to it; a name it mentions once, deep in the text, is a passing mention. `score` reads
those signals in the map step, where the text is at hand; `keep` is the reduce step's
choice of cards (docs/salience.md states the rule). Scores stay in memory: the deck
file does not carry them.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from trainer.knowledge.places import countries_named
from trainer.language.dates import A_YEAR
from trainer.language.lexicon import wordset
from trainer.language.names import surname
from trainer.language.numbers import numbers_in
from trainer.language.quotation import QUOTE_OPENINGS
from trainer.language.text import has_word, normalise, word_count
from trainer.model import CLOZE_BLANK, Article, CardKind, Fact

# The default rule: a card below FLOOR is a passing mention; an article keeps at most
# BASE_CARDS + PER_1000_WORDS per thousand words of its text, the best first.
FLOOR = 0.2
BASE_CARDS = 12
PER_1000_WORDS = 15.0
# The score of a card made a passing mention, under the floor (--all-cards still keeps it).
# Who a person is matters when the article comes back to them: a description of someone it
# names once ("Who is Jane Roe? -> a high school math teacher") is a passing mention.
PASSING = 0.1
# A question over this many words is a reading exercise more than a flashcard: kept only by
# --all-cards (no question is over 40).
LONG_WORDS = 35
LEAD_PARAGRAPHS = 2  # the lead: what an article says before its details
# A paragraph of fewer words is a kicker ("It's about time."), not a lead paragraph.
LEAD_MIN_WORDS = 6
# The entities of the article's main event: its most mentioned ones, and its most
# mentioned people and bodies (pipeline.facts_of asks for both).
MAIN_ENTITIES = 3
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT"})
# What tells two articles are about the same thing: people, bodies, events, works; never
# countries or nationalities ("U.S.", "American"), which half the news names.
TOPIC_LABELS = frozenset({"PERSON", "ORG", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})
_QUOTED = re.compile(r"[\"“]([^\"“”]{3,}?)[\"”]")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]+")
SMALL_WORDS = wordset(
    """the a an of in on at to for and or by with from as is was are were be been who what
    when where which how many much did does do said says that this it its his her their"""
)


def content_words(text: str) -> set[str]:
    return {w for w in (m.group().lower().strip(".") for m in _WORD.finditer(text))} - SMALL_WORDS


def entity_counts(docs: Iterable[object], labels: frozenset[str] = ENTITY_LABELS) -> Counter[str]:
    """Mentions of each named entity over an article's parsed parts, by normalised name."""
    counts: Counter[str] = Counter()
    for doc in docs:
        for ent in getattr(doc, "ents", ()):  # a spaCy Doc (a test's stand-in has none)
            if ent.label_ in labels and normalise(ent.text):
                counts[normalise(ent.text)] += 1
    return counts


def main_entities(counts: Counter[str], n: int = MAIN_ENTITIES) -> tuple[str, ...]:
    """The article's most mentioned entities (at least twice), most mentioned first."""
    return tuple(name for name, k in counts.most_common(n) if k >= 2)


def _mentions(text: str, answer: str) -> int:
    """How often the text names the answer (a person by the last word of the name too)."""
    words = answer.split()
    needle = words[-1] if len(words) > 1 and words[-1][:1].isupper() else answer
    if len(normalise(needle)) < 3:
        return 0
    return _count(text, needle)


@lru_cache(maxsize=4096)
def _count(text: str, needle: str) -> int:
    """Whole-word, any-case occurrences; a long article asks for the same names again and
    again (a string keeps its hash, so the text is hashed once)."""
    return len(re.findall(rf"(?<!\w){re.escape(needle)}(?!\w)", text, flags=re.IGNORECASE))


@dataclass(frozen=True)
class Reading:
    """What an article says about itself: its headline, where its lead ends, its main
    entities and its quoted passages."""

    text: str
    title_words: frozenset[str]
    lead_end: int
    main: tuple[str, ...]
    quoted: str
    # the headline's numbers by value: "5,000,000 households" is the body's "five million"
    title_numbers: frozenset[float] = frozenset()
    lead_words: frozenset[str] = frozenset()
    titled: bool = False  # the article has a headline (else its first paragraph stands in)

    @classmethod
    def of(cls, article: Article, main: Sequence[str]) -> Reading:
        paragraphs = article.paragraphs
        title = article.title or (paragraphs[0] if paragraphs else "")
        quoted = " ".join(m.group(1) for m in _QUOTED.finditer(article.text))
        end = lead_end(article)
        return cls(
            article.text,
            frozenset(content_words(title)),
            end,
            tuple(main),
            quoted,
            frozenset(numbers_in(title)),
            frozenset(content_words(article.text[:end])),
            bool(article.title),
        )


def lead_end(article: Article) -> int:
    """Where the article's lead (its first LEAD_PARAGRAPHS paragraphs) ends in its text. A
    paragraph of a few words ("It's about time.") opens the lead and does not count: the
    news is in the paragraphs after it (sample Q146: "Median household income rose to
    $56,516 in 2015", the third paragraph, was no part of the lead)."""
    taken: list[str] = []
    counted = 0
    for paragraph in article.paragraphs:
        taken.append(paragraph)
        counted += word_count(paragraph) >= LEAD_MIN_WORDS
        if counted >= LEAD_PARAGRAPHS:
            break
    lead = "\n\n".join(taken)
    return article.text.find(lead) + len(lead) if lead else 0


def _number_in_headline(reading: Reading, fact: Fact) -> bool:
    """A number card whose answer the headline shows in another writing ("5,000,000" for
    "five million", "$44.6bn" for "$44.6 billion")."""
    if fact.kind != CardKind.NUMBER:
        return False
    return any(value in reading.title_numbers for value in numbers_in(fact.answer))


def score(reading: Reading, position: int, fact: Fact) -> float:
    """About 0 (a passing mention) to 1 (the headline's news), from general signals:
    place in the text, the headline's words, repetition, quotes, the main entities."""
    if fact.kind == CardKind.HEADLINE:
        return PASSING if fact.passing else 1.0  # the headline's news, as the headline says it
    text = reading.text
    # a fact-check's verdict is its news, wherever it stands (usually last)
    lead = position < reading.lead_end or fact.kind == CardKind.RATING
    where = 0.35 if lead else 0.2 * (1 - position / max(len(text), 1))
    answer_words = content_words(fact.answer)
    headline = 0.0
    shown = bool(answer_words & reading.title_words) or _number_in_headline(reading, fact)
    if shown:
        headline += 0.2
    if len(content_words(fact.question) & reading.title_words) >= 2:
        headline += 0.1
    repeated = 0.05 * min(max(_mentions(text, fact.answer) - 1, 0), 3)
    quoted = 0.1 if fact.kind not in QUOTE_KINDS and _mentions(reading.quoted, fact.answer) else 0.0
    said = normalise(f"{fact.question} {fact.answer} {fact.person}")
    main = 0.2 if any(has_word(said, e) for e in reading.main) else 0.0
    total = min(where + headline + repeated + quoted + main, 1.0)
    if (
        fact.passing
        or word_count(fact.question) > LONG_WORDS
        or (_named_once(reading, fact) and not _of_the_main_event(reading, fact))
        or _a_source_s_post(reading, fact)
        or _after_the_lead(reading, fact)
        or (_voice_post(fact) and _mentions(text, fact.person) < VOICE_MENTIONS)
        or _an_outside_voice(reading, fact)
        or (fact.kind == CardKind.PLACE and not lead)
        or _a_doer_the_headline_names(reading, fact)
        or (_a_count(fact) and not (lead or shown))
        or (_a_date_s_blank(fact) and not lead and total < BLANK_DATE_FLOOR)
        or _off_the_news(reading, fact)
        or _names_nothing(fact)
        or _a_bare_post(fact)
        or (_a_head_of_state_s_post(fact) and main > 0)
        or _a_birth(fact)
        or (_a_meeting(fact) and not lead)
        or (_a_class_of_hardware(fact) and not lead)
    ):
        # "Who is X? -> a teacher", "What was X's position?" of someone named once: the
        # news is what they did or said, not their post (on unseen pages, readers judged
        # two thirds of such cards passing details). A place after the lead ("the first
        # results were tallied in _____") is where a side event happened: readers of 23
        # unseen samples judged 20 of 93 place cards worth studying, 3 of 15 after the lead.
        total = min(total, PASSING)
    return round(total, 3)


QUOTE_KINDS = frozenset({CardKind.WHO_SAID, CardKind.QUOTE_CLOZE})


def quote_blanks_alone(facts: Sequence[tuple[int, Fact]]) -> list[tuple[int, Fact]]:
    """The scored facts, a quote's blank ('Jane Roe said: "... the people of _____ ..."')
    made a passing detail unless no card of another kind scores FLOOR (the deck would keep
    none). A blank in a remark is most often a guessable or passing word: readers of
    samples Q35 to Q71 judged 16 of 61 such cards worth studying, 38 weak and 7 not
    acceptable."""
    alone = all(f.salience < FLOOR for _, f in facts if f.kind != CardKind.QUOTE_CLOZE)
    return [
        (at, f)
        if alone or f.kind != CardKind.QUOTE_CLOZE
        else (at, replace(f, salience=min(f.salience, PASSING)))
        for at, f in facts
    ]


# A date's blank after the lead scoring under this is a passing detail: readers of unseen
# pages judged 12 of 49 such cards worth studying, and 8 of 20 scoring more.
BLANK_DATE_FLOOR = 0.5


def _off_the_news(reading: Reading, fact: Fact) -> bool:
    """A quote ("Who said …?" or its blank) that shares no word with the headline or the
    lead: a remark beside the news (a post-game comment, a vox pop, a colour line), not a
    claim about it. Readers of unseen samples judged 8 of 41 such cards worth studying and
    16 of them not acceptable, against 30 of 79 other quotes and 12."""
    if fact.kind not in QUOTE_KINDS:
        return False  # a quote's blank is the same quote ('Jane Roe said: "… _____ …"')
    said = content_words(fact.question)
    return not (said & reading.title_words or said & reading.lead_words)


def _a_doer_the_headline_names(reading: Reading, fact: Fact) -> bool:
    """'Who slammed the chairman of the Republican National Committee in April 2016? ->
    Donald Trump' under the headline 'Trump slams RNC chief': whoever read the headline
    knows the doer. Readers of unseen samples (Q76 to Q147) judged 10 of 49 such cards
    worth studying, 28 trivial or passing and 11 not acceptable; of doers the headline
    does not name, 12 of 20."""
    if fact.kind != CardKind.WHO_DID or not reading.titled:
        return False
    return surname(fact.answer).lower() in reading.title_words


def _names_nothing(fact: Fact) -> bool:
    """A question that names no one, nothing and no time ("Who scored a career-high 25
    points?", "An early morning blast leveled a house in western _____"): which game, which
    blast, the article says; readers judged 3 of the 4 such cards not acceptable."""
    if fact.kind in QUOTE_KINDS or fact.kind in (CardKind.ROLE, CardKind.RATING):
        return False  # a quote is its own content; a post names its holder; a verdict, its claim
    words = fact.question.replace(CLOZE_BLANK, " ").split()
    if words and words[0].lower() not in _OPENING_WORDS:
        return False  # 'Facebook will report ...': a name opens the question
    return not any(w[:1].isupper() or A_YEAR.search(w) for w in words[1:])


def _a_bare_post(fact: Fact) -> bool:
    """A post of one word, at no body ("What was Gavin Hunt's position? -> coach", "Judge"):
    coach of whom, judge of which court, the sentence around it says (readers judged such
    cards passing details, and "Judge" of a new justice of a state's Supreme Court WRONG)."""
    return (
        fact.kind == CardKind.ROLE and "position" in fact.question and len(fact.answer.split()) == 1
    )


# A country's head of state or government: 'U.S. President', 'Japanese Prime Minister'.
HEAD_OF_STATE = re.compile(r"(?:^|\s)(?:president|prime minister|chancellor|premier)$", re.I)


def _a_head_of_state_s_post(fact: Fact) -> bool:
    """'As of October 2017, what was Donald Trump's position? -> U.S. President' of one of
    the article's main people: a country's leader, whom every reader of the news knows. On
    one deck per page of every judged page the rule took 26 judged cards: 17 weak (most
    TRIVIAL), 3 not acceptable, 6 worth studying (leaders of Mexico, Ecuador, Japan, Israel
    and Afghanistan). A post of no country ('SpaceX President') or a former one is not such
    a post."""
    if fact.kind != CardKind.ROLE:
        return False
    post = fact.answer if "position" in fact.question else fact.question.rstrip("?")
    return (
        HEAD_OF_STATE.search(post) is not None
        and bool(countries_named(post))
        and not re.search(r"\b(?:former|vice|deputy|ex)\b", post, re.I)
    )


HARDWARE_KINDS = frozenset({CardKind.AIRCRAFT, CardKind.WEAPON})


def _a_class_of_hardware(fact: Fact) -> bool:
    """An aircraft or a weapon card whose answer is a class, not a named machine ('ballistic
    missile', 'fighter jets', 'passenger plane'): the words around the blank most often give
    it ('launched an intercontinental _____'). After the lead, readers judged 3 such cards
    worth studying, 18 weak (most TRIVIAL) and 3 not acceptable; in the lead, 1 and 3 (kept:
    the main event's); of named ones ('F-22s', 'S-300', 'USS Vincennes'), 8 and 4."""
    return (
        fact.kind in HARDWARE_KINDS
        and fact.answer == fact.answer.lower()
        and not any(c.isdigit() for c in fact.answer)
    )


BORN = re.compile(r"\bborn\b", re.IGNORECASE)


def _a_birth(fact: Fact) -> bool:
    """'On what date was Max Verstappen born in Belgium?', 'Where was X born?': a life's
    detail from a profile's box, never the news (sample Q79: both UNIMPORTANT; of the
    judged cards before, one weak and one not acceptable). An obituary's news is the death."""
    return fact.kind in (CardKind.DATE, CardKind.PLACE) and BORN.search(fact.question) is not None


# A meeting or a call between people: 'meet with Lindsey Graham', 'talk by phone with Trump',
# 'Trump and Paul Ryan plan to meet in Washington'.
MEETING = re.compile(
    r"\b(?:meet|meets|met)\b(?:\s+\w+){0,2}?\s+(?:with|in|at)\b"
    r"|\b(?:talk|talks|talked|speak|speaks|spoke)\s+by\s+(?:phone|telephone)\b"
)


def _a_meeting(fact: Fact) -> bool:
    """'On what date did Trump meet with Lindsey Graham?': one of the many meetings and calls
    of people in the news, which the question does not say the matter of. Told after the
    lead, it is a passing detail: readers of the judged pages (Q76-Q153) judged 2 of 10 such
    cards worth studying, 4 weak and 4 not acceptable (VAGUE: 'which meeting?'); in the lead,
    3 of 4 worth studying ('On what date is President Trump scheduled to meet with Rod
    Rosenstein?')."""
    return fact.kind == CardKind.DATE and MEETING.search(fact.question) is not None


# Words a question or a sentence opens on, capitalised for that alone.
_OPENING_WORDS = SMALL_WORDS | wordset(
    """how whom whose an after before since during there some many most all one two three
    four five under over about"""
)


def _a_date_s_blank(fact: Fact) -> bool:
    """A date card that blanks its date in the sentence ('The US and Russia reached an
    agreement in _____'), not one that asks for it."""
    return fact.kind == CardKind.DATE and CLOZE_BLANK in fact.question


def _a_count(fact: Fact) -> bool:
    """A number card whose answer is a bare count of things ('two', 'at least 27', 'more
    than 100'), not an amount with a unit (money, a percentage, a measure, a time), nor a
    toll ('How many people did the crash kill?': the news wherever it is told)."""
    return (
        fact.kind == CardKind.NUMBER
        and fact.answer_type.form == "count"
        and not TOLL.search(fact.question)
    )


TOLL = re.compile(
    r"\b(?:kill(?:s|ed|ing)?|die[sd]?|dead|deaths?|injur(?:y|ies|ed|ing)|wounded|casualties"
    r"|maul(?:s|ed|ing)?|hurt)\b",
    re.IGNORECASE,
)


def _named_once(reading: Reading, fact: Fact) -> bool:
    """A role card ("What was Jane Roe's position?") of someone the article names once or
    twice: a source quoted once ('..., said Jane Roe, an analyst at Acme. Roe added ...')
    or a name in passing ('Gov. Matt Bevin', 'T-Mobile CEO John Legere'), whose post the
    reader of the article does not come away with."""
    return (
        fact.kind == CardKind.ROLE
        and bool(fact.person)
        and _mentions(reading.text, fact.person) < ROLE_MENTIONS
    )


# From this many mentions someone is part of the story, whatever the entity counts say
# (the reporter a quarterback mocked, named five times): their post is no passing detail.
CENTRAL_MENTIONS = 5


def _a_source_s_post(reading: Reading, fact: Fact) -> bool:
    """A role card of someone who is none of the article's main entities, not in its
    headline, with a post at none of them ('Cushman & Wakefield's director of research' in
    an article about start-ups), named fewer than CENTRAL_MENTIONS times: a source the
    article asks for comment, whose post the reader does not come away with (readers of
    samples U and W judged 6 of 6 such cards passing details; of posts of people named five
    times or more, 3 of 3 were kept)."""
    if fact.kind != CardKind.ROLE or not fact.person or not reading.main:
        return False  # no entity stands out: nothing to be a source of
    if (
        _of_the_main_event(reading, fact)
        or _mentions(reading.text, fact.person) >= CENTRAL_MENTIONS
    ):
        return False  # a post at the news's body, or someone the article keeps coming back to
    person = normalise(fact.person)
    last = surname(fact.person).lower()
    if last in reading.title_words or any(has_word(person, e) for e in reading.main):
        return False
    return not any(has_word(e, last) for e in reading.main)


def _after_the_lead(reading: Reading, fact: Fact) -> bool:
    """A role card of someone neither the headline nor the lead names, whom the article
    names fewer than CENTRAL_MENTIONS times: who comes in after the news is told is its
    background (a source asked for comment, a name in a side paragraph). On 220 judged
    unseen pages the rule took 45 posts: readers had judged 38 of them passing details and 7
    worth studying."""
    if fact.kind != CardKind.ROLE or not fact.person:
        return False
    if _mentions(reading.text, fact.person) >= CENTRAL_MENTIONS:
        return False
    last = surname(fact.person)
    if last.lower() in reading.title_words:
        return False
    return not _count(reading.text[: reading.lead_end], last)


def _of_the_main_event(reading: Reading, fact: Fact) -> bool:
    """A post at one of the article's main entities ("Disney Chief Executive" in an
    article about Disney+, "Afghan President" in one about Afghanistan): part of the news."""
    post = fact.question.replace(fact.person, "") + " " + fact.answer.replace(fact.person, "")
    post = normalise(re.sub(r"['’]s\b", "", post))  # "the Taliban's deputy leader"
    return any(re.search(rf"\b{re.escape(e)}\b", post) for e in reading.main)


# Below this many mentions of its person, a role card is a passing detail (readers of
# unseen pages judged 56 of 68 role cards unimportant, mostly of minor sources).
ROLE_MENTIONS = 3
# Posts whose holders speak for others or comment on the news ("a spokeswoman for the
# grid operator", "a political analyst"): the news is what they said, not who they are,
# unless the article keeps coming back to them (a Pentagon spokesman named in every
# paragraph). Lower case only: "National Security Adviser" is a post of its own.
VOICE_POSTS = wordset("""spokesman spokeswoman spokesperson analyst consultant adviser advisor""")
VOICE_MENTIONS = 3
_PRESS_SECRETARY = re.compile(r"\bpress secretary\b")


def _voice_post(fact: Fact) -> bool:
    """A role card of a post VOICE_POSTS names ("Who was the Acme spokesman?", "What was
    Jane Roe's position? -> White House press secretary")."""
    if fact.kind != CardKind.ROLE:
        return False
    post = fact.answer if fact.answer_type.sort != "person" else fact.question
    lower_case = set(re.findall(r"\b[a-z]+\b", post))
    return bool(lower_case & VOICE_POSTS) or bool(_PRESS_SECRETARY.search(post))


# What an outside expert the article asks for comment is introduced as ('Jane Roe, an
# analyst at Acme', 'a law professor at Columbia, Jane Roe', 'Acme analyst Jane Roe').
EXPERT_WORDS = wordset(
    """analyst professor expert fellow economist consultant strategist researcher
    lecturer scholar"""
)
EXPERT_MENTIONS = 3
# An expert word right before a name ('CSIS analyst Thomas Karako').
_EXPERT_BEFORE = "|".join(sorted(EXPERT_WORDS))


def _an_outside_voice(reading: Reading, fact: Fact) -> bool:
    """A quote ("Who said …?" or its blank) of an outside expert the article names fewer
    than EXPERT_MENTIONS times: a comment on the news, not the news (sample Q72). On the
    judged pages the rule took 16 quotes: readers had judged 10 passing details, 6 worth
    studying."""
    speaker = fact.answer if fact.kind == CardKind.WHO_SAID else fact.person
    if fact.kind not in QUOTE_KINDS or not speaker:
        return False
    if _mentions(reading.text, surname(speaker)) >= EXPERT_MENTIONS:
        return False
    name = re.escape(speaker)
    described = re.search(rf"{name},? (?:an?|the) ([^.;,]{{0,90}})", reading.text) or re.search(
        rf"(?:an?|the) ([^.;,]{{0,60}}?),? {name}", reading.text
    )
    if described is None:
        # 'Duke law professor Ernest Young', 'CSIS analyst Thomas Karako' (sample Q115)
        return bool(re.search(rf"\b(?:{_EXPERT_BEFORE})s? {name}\b", reading.text))
    return bool(set(re.findall(r"[a-z]+", described.group(1).lower())) & EXPERT_WORDS)


def headline_of(article: Article) -> str:
    """The article's headline; an article without one (a plain text file) has its first
    sentence stand in for it, which says what the news is about the same way (not an
    opening quotation, which a headline would not be)."""
    if article.title:
        return article.title
    for paragraph in article.paragraphs:
        if paragraph[:1] not in QUOTE_OPENINGS:
            end = re.search(r"[.!?][\"”’]?(?:\s|$)", paragraph)
            return (paragraph[: end.end()] if end else paragraph).strip()
    return ""


def across_articles(salience: float, sources: int, passing: bool = False) -> float:
    """A fact several articles state matters more: +0.1 per other article, up to +0.2; a
    detail its kind knows is a passing one (Fact.passing: an age, an undated post) stays one."""
    if passing:
        return salience
    return round(min(salience + 0.1 * min(sources - 1, 2), 1.0), 3)


def one_card_a_post(facts: Sequence[Fact], scores: Sequence[float]) -> list[float]:
    """The scores of a deck's cards with each post taught once. 'Who is the Apple
    spokesman?' and 'What is Jane Roe's position?' are one fact: the position card takes
    the better score of the two, and the other becomes a passing mention (--all-cards keeps
    it). The position card is the one that never needs the post to be the only one of its
    name ('Who was the Director of Public Affairs?'). A description of someone a post card
    asks ('Who was Jane Roe?' -> 'a professor') is a passing mention too."""
    from trainer.questions.role import post_card

    cards = [post_card(f) for f in facts]
    position = {
        card[2]: i
        for i, (f, card) in enumerate(zip(facts, cards, strict=True))
        if card and card[0] == "what" and f.answer_type.sort == "title" and not f.passing
    }
    out = list(scores)
    for i, card in enumerate(cards):
        at = position.get(card[2]) if card and card[0] == "who" else None
        if at is not None:
            out[at] = max(out[at], scores[i])
            out[i] = min(scores[i], PASSING)
    # 'Who was Tracy K. Smith? -> a professor of creative writing' beside 'Who was announced
    # as the U.S. Poet Laureate?': a description of someone a post card asks is one answer
    # of several (sample Q66, VAGUE)
    asked = {card[2] for card in cards if card and card[0] == "who"}
    for i, (f, card) in enumerate(zip(facts, cards, strict=True)):
        if card and card[0] == "what" and f.answer_type.sort != "title" and card[2] in asked:
            out[i] = min(out[i], PASSING)
    return out


@dataclass(frozen=True)
class Rule:
    """Which cards a deck keeps. `floor`: drop cards below it; `per_1000_words`: cap each
    article at `base` + this many per thousand words; `max_cards`: the best N of the deck.
    `Rule.everything()` keeps every card."""

    floor: float = FLOOR
    base: int = BASE_CARDS
    per_1000_words: float | None = PER_1000_WORDS
    max_cards: int | None = None

    @classmethod
    def everything(cls) -> Rule:
        return cls(floor=0.0, base=0, per_1000_words=None, max_cards=None)

    def cap(self, words: int) -> int | None:
        if self.per_1000_words is None:
            return None
        return max(1, self.base + math.floor(self.per_1000_words * words / 1000 + 0.5))


@dataclass(frozen=True)
class Candidate:
    """A card the reduce could keep: its place in the deck, article, length and salience."""

    order: tuple[int, ...]
    article: str
    words: int
    salience: float


def keep(candidates: Sequence[Candidate], rule: Rule) -> set[tuple[int, ...]]:
    """The orders of the cards `rule` keeps: above the floor, at most the article's cap,
    at most `max_cards` in all; the best first, ties in deck order."""
    best = sorted(
        (c for c in candidates if c.salience >= rule.floor),
        key=lambda c: (-c.salience, c.order),
    )
    per_article: Counter[str] = Counter()
    kept: set[tuple[int, ...]] = set()
    for c in best:
        cap = rule.cap(c.words)
        if cap is not None and per_article[c.article] >= cap:
            continue
        if rule.max_cards is not None and len(kept) >= rule.max_cards:
            break
        per_article[c.article] += 1
        kept.add(c.order)
    return kept

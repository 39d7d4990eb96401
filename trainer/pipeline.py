"""Articles -> Deck as a map then a reduce: facts of each article, then cards of them all.

The map (`facts_of`) parses one article and runs every question kind (trainer.questions.KINDS) over it; it returns
plain, picklable data (`ArticleFacts`), so it can run here, in worker processes or on a
Dask cluster (trainer.workers) with the same result. An article longer than `PART_CHARS`
is parsed in parts of whole paragraphs, so time and memory stay linear in its length.
The reduce (`Reduction`) merges equal facts (same kind and key) from several articles
into one Card listing every source, then gives each card up to three distractors from
its kind (trainer.questions.options). It holds facts, never texts or parsed docs. Nothing here depends
on the clock, on the order files are found on disk or on where the map ran, so the
same inputs give the same deck.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from trainer.cleaning import PHOTOGRAPHER_AND_AGENCY
from trainer.extract.clauses.cut import QUOTE_CHARS
from trainer.extract.nation import nation_written_out
from trainer.language.anaphora import RELATIVES
from trainer.language.dates import A_YEAR, month_index
from trainer.language.names import one_name_form
from trainer.language.quotation import quote_spans
from trainer.language.sexes import a_given_name
from trainer.language.text import looks_english
from trainer.model import CARD_KINDS, Article, Card, CardKind, Deck, Fact, Source
from trainer.questions import (
    dated_days,
    fact_checks,
    headline,
    initials,
    misshapen,
    repeats,
    salience,
)
from trainer.questions.giveaways import without_giveaways
from trainer.questions.options import (
    CHOICES,
    pick_distractors,
    shuffled_choices,
    with_other_wording,
)
from trainer.questions.pools import Pools
from trainer.questions.weekday_sides import one_side_a_weekday

if TYPE_CHECKING:
    from spacy.language import Language

    from trainer.questions import Finder, QuestionKind

__all__ = [
    "CHOICES",
    "ArticleFacts",
    "Generated",
    "GeneratorBug",
    "Reduction",
    "build_deck",
    "card_id",
    "facts_of",
    "pick_distractors",
]

BATCH_SIZE = 16  # articles per spaCy batch in bench/generate.py's parse floor
# A longer article is parsed in parts of whole paragraphs, each at most this long: the
# parser's memory grows with a doc's length (about 3 GB at 950 kB) and some generators
# look across the whole doc. Any article up to this length is one doc, as it always was.
PART_CHARS = 100_000
# Where a part may end, best first: a paragraph, a line, a sentence, a word.
PART_BREAKS = ("\n\n", "\n", ". ", " ")


class GeneratorBug(Exception):
    """A generator broke the contract (unknown kind, evidence not in the article)."""


@dataclass(frozen=True)
class Generated:
    """The deck, and the ids of the articles that gave no card (the command warns)."""

    deck: Deck
    empty_articles: tuple[str, ...] = ()
    facts_by_article: dict[str, int] = field(default_factory=dict)
    not_english: tuple[str, ...] = ()  # articles not read: not English prose
    # article id -> the question kinds that failed on it ('number: ValueError: ...');
    # their cards of that article are left out, the rest are made
    failed: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class ArticleFacts:
    """What the map step found in one article: plain data, small and picklable.

    `facts` are (position of the evidence in the article text, fact), in the order the
    generators gave them; `parts` is how many pieces the article was parsed in; `words`
    its length and `entities` its most mentioned named entities (for choosing cards and
    the articles a card's wrong answers may come from).
    """

    source: Source
    facts: tuple[tuple[int, Fact], ...]
    parts: int = 1
    words: int = 0
    entities: tuple[str, ...] = ()
    english: bool = True  # False: not read (the generators read English prose)
    days: tuple[dated_days.Day, ...] = ()  # its weekdays and "today"s, with their dates
    failed: tuple[str, ...] = ()  # generators that broke on it (`collect_facts`)


@dataclass
class _Entry:
    fact: Fact
    sources: list[str]
    order: tuple[int, int, int, int]


def card_id(kind: str, key: str) -> str:
    return f"{kind}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:10]}"


def finders(kinds: Mapping[CardKind, QuestionKind]) -> list[Finder]:
    """Each kind's `find`, once (aircraft and weapon share one), in the table's order."""
    return list(dict.fromkeys(entry.find for entry in kinds.values()))


# What a page's text holds where its encoding lost a character ("S\ufffdnchez"): the
# parse may cut a name or a number there ("Pedro S"), so such a sentence makes no card.
LOST_CHARACTER = "\ufffd"


def collect_facts(
    article: Article,
    doc: object,
    kinds: Mapping[CardKind, QuestionKind],
    failed: list[str] | None = None,
) -> list[tuple[int, Fact]]:
    """Every fact of one parsed article, with its position in the text (for card order).

    A generator that raises on an article (a bug an unseen sentence brings out), or breaks
    its contract (a fact of a kind it does not serve, evidence not in the article), loses
    its own facts of that article, not the deck: the failure is added to `failed`, which the
    command reports. With TRAINER_GENERATOR_ERRORS=raise (the test suite) it is raised."""
    found: list[tuple[int, Fact]] = []
    names = _names_of_several_words(doc)
    given_alone = _given_names_alone(doc)
    for find in finders(kinds):
        name = f"{find.__module__}.{find.__name__}"
        try:
            made = list(find(doc, article))  # type: ignore[arg-type]  # a parsed Doc
        except Exception as error:
            if failed is None or os.environ.get("TRAINER_GENERATOR_ERRORS") == "raise":
                raise
            failed.append(f"{_served(kinds, find)}: {type(error).__name__}: {error}")
            continue
        kept: list[tuple[int, Fact]] = []
        for fact in made:
            if LOST_CHARACTER in fact.evidence:
                continue
            left = fact.kind not in salience.QUOTE_KINDS and COPULA_LEFT.search(fact.question)
            if CUT_HALFWAY.search(fact.question) or left:
                continue  # '... will not be handed over until at least?' (sample Q23)
            if fact.evidence.rstrip().endswith(":"):
                continue  # what the sentence tells comes after its colon (sample Q22)
            if fact.answer.count("(") != fact.answer.count(")"):
                continue  # 'Sam (Stosur': a name cut inside its brackets (sample Q22)
            if _unbalanced_quotes(fact.question):
                continue  # '... to repeal and replace ‘‘Obamacare?' (sample Q68, UNGRAM)
            if misshapen.misshapen(fact):
                continue  # 'did HCA said use ... surge', '_____ prior.' (samples Q72-Q74)
            if _a_given_name_alone(fact.question, given_alone):
                continue  # 'how long has Ann worked as a teaching assistant?': which Ann? (Q94)
            if _a_name_cut(fact, names):
                continue  # 'was Near East Policy founded' of '... for Near East Policy' (Q29)
            entry = kinds.get(fact.kind)
            position = article.text.find(fact.evidence) if fact.evidence else -1
            if entry is None or entry.find is not find:
                bug = f"{name} produced a fact of kind {fact.kind!r}"
            elif position < 0:
                bug = f"{name}: evidence is not a substring of {article.id}: {fact.evidence[:60]!r}"
            else:
                bug = ""
            if bug:
                # as if the generator raised: its facts of the article go, the deck stays
                # (sample Q57: a traceback, and no deck)
                if failed is None or os.environ.get("TRAINER_GENERATOR_ERRORS") == "raise":
                    raise GeneratorBug(bug)
                failed.append(f"{_served(kinds, find)}: GeneratorBug: {bug}")
                kept = []
                break
            if fact.kind in FORETOLD_KINDS and _a_forecast_quoted(fact):
                continue  # 'Hewitt predicted: “By 2019, Trump judges will be ...' (sample Q99,
                # WRONG as a fact): someone's forecast, asked as what will be
            if _begun_inside_a_sentence(article.text, position):
                continue  # a sentence the parser split off: 'Sekulow announced that diGenova
                # and his partner (and wife) | Victoria Toensing would join ..., saying ...'
            if CREDIT_AFTER.match(article.text, position + len(fact.evidence)):
                continue  # a picture's caption, its credit after it (USA Today; sample Q89)
            if fact.kind in PICTURED_KINDS and _a_dated_caption(
                doc, position, article.as_of, article.published
            ):
                continue  # 'Scalia works in his office in Washington on July 28, 1986.' (Q94)
            question = INITIAL_BEFORE_MARK.sub(r"\1?", fact.question)
            quoted = any(q in question for q in QUOTE_CHARS)
            if fact.kind not in salience.QUOTE_KINDS and not quoted:
                question = HERE.sub("", question)  # 'did the second Test end here?': where?
                # 'Several weeks later, North Korea fired ...' (sample Q91): later than what?
                question = LATER_OPENING.sub(lambda m: m.group(1).upper(), question, count=1)
                question = LATER_INSIDE.sub(
                    "", question
                )  # 'The Pentagon a short time later issued'
            question = DOUBLED_WORD.sub(r"\1", question)  # 'to to', copied from the source
            if fact.kind not in salience.QUOTE_KINDS and hasattr(type(doc), "ents"):
                # 'killed across the nation' -> 'across Japan' (samples Q53, Q54)
                question = nation_written_out(question, doc)  # type: ignore[arg-type]
            # 'As of now, over 82,500 people have been infected' (sample Q73, STALE)
            dated = misshapen.now_written(fact, question, article.as_of)
            if dated is None:
                continue  # 'As of now, ...' of an undated article: now is never known
            question = dated
            if question != fact.question:
                fact = replace(fact, question=question)
            kept.append((position, fact))
        found += kept
    return found


def _a_forecast_quoted(fact: Fact) -> bool:
    """A question whose words are a forecast inside a quotation of its evidence ('Hewitt
    predicted: “By 2019, Trump judges will be participating in more than 15,000 decisions
    every year ...' -> 'By what year will Trump judges be participating in ...?'): what a
    speaker foretells is no fact to learn as such, and the question does not say whose."""
    if any(q in fact.question for q in QUOTE_CHARS):
        return False  # the question shows it as someone's words
    spans, _ = quote_spans(fact.evidence, 0, len(fact.evidence), keep_open=True)
    asked = set(CONTENT_WORD.findall(AS_OF_OPENING.sub("", fact.question).lower()))
    for a, b in spans:
        quoted = fact.evidence[a:b]
        inside = asked & set(CONTENT_WORD.findall(quoted.lower()))
        if asked and FORECAST.search(quoted) and len(inside) >= QUOTED_SHARE * len(asked):
            return True
    return False


FORETOLD_KINDS = frozenset((CardKind.DATE, CardKind.NUMBER))
FORECAST = re.compile(r"\b(?:will|won['’]t|is going to|are going to)\b")
CONTENT_WORD = re.compile(r"[a-z][a-z'’-]{3,}")  # words of four letters or more
AS_OF_OPENING = re.compile(r"^As of [^,]+, ")
QUOTED_SHARE = 0.7  # of the question's words, inside the quotation


def _begun_inside_a_sentence(text: str, position: int) -> bool:
    """Evidence that opens where the text ends no sentence: the parser split one in two
    ('... announced that diGenova and his partner (and wife) | Victoria Toensing would join
    the team, saying ...'), and the half's subject is not the sentence's."""
    before = text[:position].rstrip(" \t")
    return bool(before) and bool(WORDS_GO_ON.search(before))


# Where a text goes on with its sentence: a word of small letters or a comma, or an aside
# in brackets that opens on small letters ('(and wife)'); a dateline's '(CNN)', '(Reuters)
# -' or a heading in capitals is no sentence's middle.
WORDS_GO_ON = re.compile(r"(?:[a-z,]|\([a-z][^()\n]{0,40}\))$")


def _given_names_alone(doc: object) -> frozenset[str]:
    """The given names the article calls a person by with no surname anywhere, brought in
    as someone's kin ('his wife Ann', 'It's really hurting his wife Ann'): a card that names
    her so and not whose wife she is does not say who she is ('Meghan and Harry' are
    brought in by their names)."""
    people = [ent for ent in getattr(doc, "ents", ()) if ent.label_ == "PERSON"]
    in_full = {t.text for ent in people if len(ent) > 1 for t in ent}
    first: dict[str, Any] = {}  # a spaCy Span (a test's stand-in Doc has no ents)
    for ent in people:
        first.setdefault(ent.text, ent)
    return frozenset(
        name
        for name, ent in first.items()
        if len(ent) == 1
        and name not in in_full
        and a_given_name(name)
        and any(t.lemma_.lower() in RELATIVES for t in ent.doc[max(ent.start - 3, 0) : ent.start])
    )


def _a_given_name_alone(question: str, given_alone: frozenset[str]) -> bool:
    """Does the question, outside its quotations, call someone by a given name alone, with
    no word of kin that says whose relative they are?"""
    if not given_alone:
        return False
    told = QUOTATION.sub(" ", question)
    words = re.findall(r"[A-Za-z]+", told)
    return any(w in given_alone for w in words) and not any(w.lower() in RELATIVES for w in words)


QUOTATION = re.compile(r"“[^”]*”|\"[^\"]*\"")


def _a_dated_caption(doc: object, position: int, as_of: str, published: date | None) -> bool:
    """A sentence told in the present of a day in an earlier year, or of a day written in
    full before the article's: a picture's caption ('Scalia works in his office in
    Washington on July 28, 1986.', 'President Donald J. Trump meets with Prime Minister ...
    Mark Rutte in the Oval Office ..., Thursday, July 18, 2019.' of a later page), which no
    card asks. The year dates the sentence's own verb ('The law, passed in 1986, requires
    ...' is prose)."""
    if not as_of or not hasattr(doc, "char_span"):
        return False
    span = doc.char_span(position, position + 1, alignment_mode="expand")
    if span is None:
        return False
    root = span.sent.root
    present = root.tag_ in ("VBZ", "VBP") or (
        root.tag_ == "VBN"
        and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in root.children)
    )
    if not present or any(c.dep_ in ("aux", "neg") for c in root.children):
        return False
    for ent in span.sent.ents:
        if ent.label_ != "DATE" or not (years := A_YEAR.findall(ent.text)):
            continue
        head = ent.root.head
        if head.dep_ == "prep" and head.lower_ not in DAY_PREPOSITIONS:
            continue  # 'Since the fall of 2003, he’s been under siege': a span to now
        if head.dep_ == "prep":
            head = head.head
        # the root's own day, or that of a present under it ('Bolton listens as Trump meets
        # with Mark Rutte ... on Thursday, July 18th, 2019', sample Q96)
        own = head == root or (
            head.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "neg") for c in head.children)
        )
        if own and (int(years[-1]) < int(as_of[:4]) or _written_before(ent.text, published)):
            return True
    return False


DAY_PREPOSITIONS = frozenset(("on", "in", "at"))
# What a picture shows happening on its day: a caption's date, count or place is not news
# (a post it names still holds: 'Arizona Cardinals coach Bruce Arians, left, meets ...').
PICTURED_KINDS = frozenset((CardKind.DATE, CardKind.NUMBER, CardKind.PLACE))
FULL_DAY = re.compile(r"\b([A-Z][a-z]{2,8})\.? (\d{1,2})(?:st|nd|rd|th)?,? ((?:19|20)\d\d)\b")


def _written_before(text: str, published: date | None) -> bool:
    """Is a day written in full ('July 18, 2019') before the article's day?"""
    found = FULL_DAY.search(text)
    month = month_index(found.group(1)) if found else None
    if published is None or found is None or month is None:
        return False
    try:
        return date(int(found.group(3)), month, int(found.group(2))) < published
    except ValueError:
        return False


def _unbalanced_quotes(question: str) -> bool:
    """A quotation the question opens and never closes, or closes unopened: its cut fell
    inside it. Curly marks only (a straight one may be an inch, or a quote's own)."""
    doubled = question.count("‘‘") != question.count("’’")  # '‘‘Obamacare,’’' (AP pages)
    return doubled or question.count("“") != question.count("”")


def _served(kinds: Mapping[CardKind, QuestionKind], find: Finder) -> str:
    """The kinds a finder makes, as a warning names them: 'who_said and role'."""
    return " and ".join(k.value for k, e in kinds.items() if e.find is find)


# Names of bodies, places, events and works: a question that keeps part of one cut it.
CUTTABLE_NAMES = frozenset(("ORG", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "GPE", "LOC"))


def _names_of_several_words(doc: object) -> frozenset[str]:
    """The article's names of three words or more that are not people's."""
    names = (
        _capitalised_core(ent.text.split())
        for ent in getattr(doc, "ents", ())  # a spaCy Doc (a test's stand-in has none)
        if ent.label_ in CUTTABLE_NAMES
    )
    return frozenset(" ".join(words) for words in names if len(words) >= 3)


def _capitalised_core(words: list[str]) -> list[str]:
    """A name's words from its first capitalised one to its last: 'The New York Islanders
    3-2' -> 'New York Islanders', 'Museum of Art (Masp)' -> 'Museum of Art'."""
    while words and not words[-1][:1].isupper():
        words = words[:-1]
    while words and (not words[0][:1].isupper() or words[0] == "The"):
        words = words[1:]
    return words


def _a_name_cut(fact: Fact, names: frozenset[str]) -> bool:
    """A question that shows the start or the end of a name of its sentence but not the
    whole name: 'was Near East Policy founded' of 'the Washington Institute for Near East
    Policy', 'visited the Sao Paulo Museum' of 'the Sao Paulo Museum of Art'. A person's surname alone is no cut,
    nor the start or the end of another name ('Shanghai Youth Daily' beside 'China Youth
    Daily')."""
    question = fact.question
    for name in names:
        if name not in fact.evidence or name in question:
            continue
        words = name.split()
        for k in range(2, len(words)):
            if _shown_alone(" ".join(words[:k]), question, after=True) or _shown_alone(
                " ".join(words[-k:]), question, after=False
            ):
                return True
    return False


def _shown_alone(part: str, question: str, after: bool) -> bool:
    """Does the question show `part` of a name with no capitalised word going on from it
    (after it, or before it)?"""
    for m in re.finditer(rf"(?<![\w-]){re.escape(part)}(?![\w-])", question):
        beside = question[m.end() :].split()[:1] if after else question[: m.start()].split()[-1:]
        if not (beside and beside[0][:1].isupper()):
            return True
    return False


# A sentence's full stop kept after a lone capital before the question mark ("... on Next
# G.?", sample Q20): the mark ends the question; "U.S.?" keeps its points.
INITIAL_BEFORE_MARK = re.compile(r"(?<=\s)([A-Z])\.\?$")
# A time told from the event the sentence before told, opening a question: what is left
# stands alone ('Several weeks later, North Korea fired ...' -> 'North Korea fired ...').
LATER_OPENING = re.compile(
    r"^(?:(?:(?:a|an|one|two|three|four|five|six|several|a few|\d+)\s+)?"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?)\s+later|later|soon after(?:wards)?"
    r"|shortly after(?:wards)?|afterwards?|more recently),\s+([A-Z])",
    re.IGNORECASE,
)
# The same, between a subject and its verb told in the past: 'The Pentagon a short time
# later issued a statement' (sample Q94).
LATER_INSIDE = re.compile(
    r"(?<=\w)\s+(?:a short time|shortly|soon|moments|(?:(?:a|an|one|two|three|four|five|several"
    r"|a few|\d+)\s+)?(?:minutes?|hours?|days?|weeks?|months?))\s+later(?=\s+[a-z]+ed\b)",
)
# A picture's credit right after a sentence, which makes the sentence its caption: '... as
# they wait for the arrival of President-elect Donald Trump. (Photo: Susan Walsh, AP)'.
CREDIT_AFTER = re.compile(
    r"\s*\((?:(?:Photo|Image|Picture)s?(?: credit)?:\s[^()]{1,80}|(?:[A-Z]{2,5} )?Photo/[^()]{1,60}"
    rf"|{PHOTOGRAPHER_AND_AGENCY})\)"
)
# A question that ends where the words it cut were to come: 'until at least?', 'the?'.
CUT_HALFWAY = re.compile(r"(?<=\s)(?:until|till|at least|at most|than|the|a|an|and|or)\?$", re.I)
# A copula whose complement the cut took, an aside left after it: 'that the policy for
# holding operatives is, at best?' of '... is, at best, evolving' (sample Q94).
COPULA_LEFT = re.compile(r"\b(?:is|are|was|were|be|been),\s(?:\w+\s){0,2}\w+\?$")
# 'here' of a dateline's place, which a card does not show; a quote's own 'here' is its
# speaker's (who said it is the question).
HERE = re.compile(r"\s+here\b(?!['’]s)(?=[\s?.,])", re.IGNORECASE)
# A small word the source printed twice ("sent to to the court", sample Q21); a word a
# sentence may double on purpose ("had had", "that that") is not one of them.
DOUBLED_WORD = re.compile(r"\b(to|the|a|an|of|in|on|for|and|with|by|at) \1\b", re.IGNORECASE)


def parts_of(text: str, limit: int | None = None) -> list[str]:
    """The text in consecutive pieces of at most `limit` characters, cut after a paragraph
    where possible (else a line, a sentence, a word). Each piece is a substring of the
    text, so evidence found in it is evidence of the article. Short text: one piece."""
    limit = PART_CHARS if limit is None else limit
    if len(text) <= limit:
        return [text]
    parts: list[str] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        for mark in PART_BREAKS:
            at = text.rfind(mark, start + 1, end)
            if at > start:
                end = at + len(mark)
                break
        parts.append(text[start:end])
        start = end
    parts.append(text[start:])
    return [part for part in parts if part.strip()]


def default_kinds() -> Mapping[CardKind, QuestionKind]:
    from trainer.questions import KINDS

    return KINDS


def facts_of(
    article: Article,
    nlp: Language,
    kinds: Mapping[CardKind, QuestionKind] | None = None,
    *,
    on_part: Callable[[int, int], None] | None = None,
) -> ArticleFacts:
    """The map step: parse one article (in parts when it is long) and run every generator.

    Facts of the parts are concatenated in text order. A long article loses what the
    generators would have seen across two parts (a person named in one part and quoted in
    the next, by surname only). `on_part(done, total)` follows a long article's progress.
    """
    kinds = default_kinds() if kinds is None else kinds
    if not looks_english(article.text):
        return ArticleFacts(article.to_source(), (), 0, len(article.text.split()), english=False)
    parts = parts_of(article.text)
    found: list[tuple[int, Fact]] = []
    days: list[dated_days.Day] = []
    failed: list[str] = []
    offset = 0
    named: Counter[str] = Counter()
    topics: Counter[str] = Counter()
    # one doc alive at a time: a part is parsed, mined, and dropped
    docs = nlp.pipe(parts, batch_size=1)
    for done, (part, doc) in enumerate(zip(parts, docs, strict=True), start=1):
        facts = collect_facts(article, doc, kinds, failed)
        found += without_giveaways(doc, one_side_a_weekday(facts))
        offset = article.text.find(part, offset)
        days += dated_days.days_of(doc, article, offset)
        offset += len(part)
        named += salience.entity_counts([doc])
        topics += salience.entity_counts([doc], salience.TOPIC_LABELS)
        if on_part is not None and len(parts) > 1:
            on_part(done, len(parts))
    found = headline.one_card(fact_checks.without_rated_claims(article, found))
    main = (*salience.main_entities(named), *salience.main_entities(topics, 2))
    reading = salience.Reading.of(article, tuple(dict.fromkeys(main)))
    scored = repeats.without_repeats(
        [(at, replace(f, salience=salience.score(reading, at, f))) for at, f in found],
        article.text,
        frozenset(salience.content_words(salience.headline_of(article))),
        reading.lead_end,
    )
    scored = tuple(salience.quote_blanks_alone(headline.topic_alone(scored, salience.FLOOR)))
    # 'did RTR close' -> 'did Rent the Runway close' (sample Q72), once the fact is scored:
    # the article's main entities are the initials it writes
    if any(initials.INITIALS.search(f.question) for _, f in scored):
        names = initials.names_by_initials(article.text)
        scored = tuple((at, initials.initials_written_out(f, names)) for at, f in scored)
    entities = tuple(name for name, k in topics.most_common(10) if k >= 2)
    words = len(article.text.split())
    return ArticleFacts(
        article.to_source(),
        scored,
        len(parts),
        words,
        entities,
        days=tuple(days),
        failed=tuple(dict.fromkeys(failed)),
    )


class Reduction:
    """The reduce step: every article's facts, in article order, merged into cards.

    Card order is (article index, position in the article, kind rank, n), as the facts
    arrive; so the map may run anywhere as long as its results are added in input order.
    """

    def __init__(
        self,
        kinds: Mapping[CardKind, QuestionKind] | None = None,
        rule: salience.Rule | None = None,
    ) -> None:
        self.kinds = default_kinds() if kinds is None else kinds
        self.rule = salience.Rule.everything() if rule is None else rule
        self.kind_rank = {kind: i for i, kind in enumerate(CARD_KINDS)}
        self.entries: dict[tuple[str, str], _Entry] = {}
        self.counts: dict[str, int] = {}
        self.sources: list[Source] = []
        self.words: dict[str, int] = {}
        self.entities: dict[str, tuple[str, ...]] = {}
        self.days: dict[str, tuple[dated_days.Day, ...]] = {}
        self.not_english: list[str] = []
        self.failed: dict[str, tuple[str, ...]] = {}

    def add(self, found: ArticleFacts) -> None:
        index = len(self.sources)
        article_id = found.source.id
        self.sources.append(found.source)
        self.counts[article_id] = len(found.facts)
        self.words[article_id] = found.words
        self.entities[article_id] = found.entities
        self.days[article_id] = found.days
        if not found.english:
            self.not_english.append(article_id)
        if found.failed:
            self.failed[article_id] = found.failed
        for n, (position, fact) in enumerate(found.facts):
            entry = self.entries.get((fact.kind, fact.key))
            if entry is None:
                order = (index, position, self.kind_rank[fact.kind], n)
                self.entries[(fact.kind, fact.key)] = _Entry(fact, [article_id], order)
            else:
                if article_id not in entry.sources:
                    entry.sources.append(article_id)
                entry.fact = with_other_wording(entry.fact, fact)

    def kept(self) -> list[_Entry]:
        """The entries the rule keeps (trainer.questions.salience), in deck order."""
        entries = sorted(self.entries.values(), key=lambda e: e.order)
        scores = salience.one_card_a_post(
            [e.fact for e in entries],
            [
                salience.across_articles(e.fact.salience, len(e.sources), e.fact.passing)
                for e in entries
            ],
        )
        candidates = [
            salience.Candidate(e.order, e.sources[0], self.words.get(e.sources[0], 0), score)
            for e, score in zip(entries, scores, strict=True)
        ]
        chosen = salience.keep(candidates, self.rule)
        return self._dated([e for e in entries if e.order in chosen])

    def _dated(self, entries: list[_Entry]) -> list[_Entry]:
        """The kept entries with their questions' weekdays and "today"s dated
        (trainer.questions.dated_days), article by article: which day a question may leave
        out depends on the date cards its article keeps."""
        by_article: dict[str, list[_Entry]] = {}
        for entry in entries:
            by_article.setdefault(entry.sources[0], []).append(entry)
        dated: dict[int, _Entry | None] = {}
        for article_id, group in by_article.items():
            facts = dated_days.with_days_dated(
                [(e.order[1], e.fact) for e in group], self.days.get(article_id, ())
            )
            for entry, fact in zip(group, facts, strict=True):
                dated[id(entry)] = None if fact is None else replace(entry, fact=fact)
        return [e for e in (dated[id(entry)] for entry in entries) if e is not None]

    def cards(self) -> list[Card]:
        # every fact is a wrong answer's source (and says what else is true), kept or not
        pools = Pools(
            self.kinds, [(e.fact, e.sources) for e in self.entries.values()], self.entities
        )
        cards = []
        for entry in self.kept():
            fact = entry.fact
            cid = card_id(fact.kind, fact.key)
            wrong = pools.wrong_answers(fact, entry.sources)
            if fact.answer_type.sort == "person" and len(wrong) == CHOICES - 1:
                fact, wrong = _names_alike(fact, pools.wrong_answers(fact, entry.sources, 6))
            choices = shuffled_choices(cid, fact.answer, wrong) if len(wrong) == CHOICES - 1 else ()
            cards.append(
                Card(
                    id=cid,
                    kind=str(fact.kind),
                    question=fact.question,
                    answer=fact.answer,
                    sources=tuple(entry.sources),
                    evidence=fact.evidence,
                    accept=fact.accept,
                    choices=choices,
                    tags=fact.tags,
                    answer_value=fact.answer_value,
                )
            )
        return cards


def _names_alike(fact: Fact, candidates: list[str]) -> tuple[Fact, list[str]]:
    """A person card's options written in one form (trainer.language.names.one_name_form):
    as surnames when full names and lone surnames would stand side by side, the full name
    still accepted, and no given name among them. Too few left that way: no options (a
    typed card)."""
    best = candidates[: CHOICES - 1]
    answer, wrong = one_name_form(fact.answer, best)
    if answer == fact.answer:
        return fact, wrong
    answer, wrong = one_name_form(fact.answer, candidates)
    # 'Chris' (a brother called by his given name) is no surname beside 'Abbamonte' (Q43)
    wrong = [w for w in wrong if len(w.split()) > 1 or not a_given_name(w) or a_given_name(answer)]
    if len(wrong) < CHOICES - 1:
        return fact, []
    accept = tuple(a for a in dict.fromkeys((fact.answer, *fact.accept)) if a != answer)
    return replace(fact, answer=answer, accept=accept), wrong[: CHOICES - 1]


def map_articles(
    articles: Iterable[Article],
    *,
    nlp: Language | None = None,
    kinds: Mapping[CardKind, QuestionKind] | None = None,
    jobs: int = 1,
    cluster: str | None = None,
    on_part: Callable[[Article, int, int], None] | None = None,
) -> Iterator[ArticleFacts]:
    """The map step over a stream of articles, results in input order: here (default), in
    `jobs` worker processes, or on a Dask cluster ("local" or a scheduler address)."""
    if cluster is not None or jobs > 1:
        if kinds is not None:
            raise ValueError("custom question kinds run in this process only")
        from trainer import workers

        if cluster is not None:
            return workers.map_on_cluster(articles, cluster, workers=max(jobs, 2))
        return workers.map_in_processes(articles, jobs)
    if nlp is None:
        from trainer.nlp import load_pipeline

        nlp = load_pipeline()
    return _map_here(articles, nlp, kinds, on_part)


def _map_here(
    articles: Iterable[Article],
    nlp: Language,
    kinds: Mapping[CardKind, QuestionKind] | None,
    on_part: Callable[[Article, int, int], None] | None,
) -> Iterator[ArticleFacts]:
    for article in articles:
        progress = None
        if on_part is not None:
            progress = lambda done, total, a=article: on_part(a, done, total)  # noqa: E731
        yield facts_of(article, nlp, kinds, on_part=progress)


def build_deck(
    articles: Iterable[Article],
    deck_id: str,
    title: str,
    *,
    nlp: Language | None = None,
    kinds: Mapping[CardKind, QuestionKind] | None = None,
    jobs: int = 1,
    cluster: str | None = None,
    sources: Sequence[Source] | None = None,
    on_article: Callable[[ArticleFacts], None] | None = None,
    on_part: Callable[[Article, int, int], None] | None = None,
    rule: salience.Rule | None = None,
) -> Generated:
    """Map every article to its facts, then reduce them to a deck.

    `articles` may be any iterable (a stream): only one article's text and parsed doc
    are alive at a time in this process. `sources` (one per article, same order) lets
    the caller rewrite metadata such as paths relative to the deck file; by default each
    article's own source is used. `on_article` is called after each article is done and
    `on_part` after each part of a long one (progress bars hook in here). `rule` chooses
    the cards kept (trainer.questions.salience.Rule; by default every card).
    """
    reduction = Reduction(kinds, rule)
    found_facts = map_articles(
        articles, nlp=nlp, kinds=kinds, jobs=jobs, cluster=cluster, on_part=on_part
    )
    for found in found_facts:
        reduction.add(found)
        if on_article is not None:
            on_article(found)
    cards = reduction.cards()
    with_cards = {s for card in cards for s in card.sources}
    deck = Deck(
        id=deck_id,
        title=title,
        sources=tuple(sources) if sources is not None else tuple(reduction.sources),
        cards=tuple(cards),
    )
    empty = tuple(s.id for s in reduction.sources if s.id not in with_cards)
    return Generated(
        deck, empty, reduction.counts, tuple(reduction.not_english), dict(reduction.failed)
    )

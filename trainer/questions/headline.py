"""headline: the article's news as its own headline with one blank ("Complete the
headline of March 2017: "Trump signs legislation setting NASA's agenda; _____ will chair
space council"" -> Mike Pence).

Readers of unseen pages asked, page after page, for a card of the main news: the other
kinds ask what a sentence tells, and the lead of a feature, a profile or a launch seldom
has a clause they can ask. The headline says the news in a dozen words. One card an
article at most, from a headline that states something (no question, no "How ..."),
whose words the lead tells again (so the card asks the article's news, not a site's
name or a teaser) and whose blank the lead states: a figure ("$61M", "40%"), else a name
the article is not about. Readers of samples Q69 and Q70 judged all six topic blanks
trivial ("_____ Comments On The 'Matrix' Reboot" -> Keanu Reeves), so the topic is the
blank only of an article that has no other card: a weak card of the news beats none.
Dated by the article's month: a headline is news of its day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from trainer.extract.doc import evidence, opens_the_article, text_of
from trainer.extract.events import NOT_SOMEONE, named_alike
from trainer.extract.numbers import mentions as number_mentions
from trainer.extract.persons import full_names
from trainer.extract.topic import MIN_MENTIONS, names_topic, topic_entities
from trainer.knowledge.places import known_place, parent_of
from trainer.language.dates import written_out
from trainer.language.lexicon import NAME_TITLES
from trainer.language.names import name_key, surname
from trainer.language.numbers import numbers_in, plain
from trainer.language.text import mentions, names_the_host, normalise
from trainer.model import CLOZE_BLANK, AnswerType, Article, CardKind, Fact
from trainer.questions import number, place, who_did
from trainer.questions.salience import LEAD_PARAGRAPHS, SMALL_WORDS, content_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# What a page's title joins to the headline: its site's name, a section ("CNN.com - ...",
# "... | Travel Agent Central", "...：The Asahi Shimbun").
SEPARATORS = re.compile(r"\s+[|–—:-]\s+|\s*[：|]\s*|\s+::\s+")
# A headline that asks, points or invites is no statement of news ("This Is Exactly How
# You'll Know If ...", a page's sharing title, sample Q84).
NOT_TOLD = re.compile(
    r"^(?:how|why|what|who|whom|whose|when|where|which|is|are|was|were|can|could|should|"
    r"will|would|do|does|did|has|have|watch|meet|here['’]?s|here is|inside|opinion|review|"
    r"explainer|analysis|live|photos?|video|listen|quiz|editorial|letters?|"
    r"(?:this|that)(?:\s+is|['’]s)\s+(?:exactly\s+|just\s+)?(?:how|why|what|when|where|who))\b",
    re.IGNORECASE,
)
MAX_WORDS = 20
MIN_WORDS = 4
# Most of the headline's words the lead says again: the headline tells the lead's news.
TOLD_AGAIN = 0.5
STEM = 5  # 'rolls' and 'rolled', 'Syria' and 'Syrian': words alike by their first letters
# A figure of the headline: money, a share, a scaled count, or a count of something.
FIGURE = re.compile(
    r"(?<![\w.,$£€-])(?P<figure>(?:US\$|A\$|C\$|\$|£|€)\d[\d,]*(?:\.\d+)?"
    r"(?:\s?(?:million|billion|trillion|[mMbBkK]n?)\b)?"
    r"|\d[\d,]*(?:\.\d+)?(?:\s?%|\s(?:percent|per cent)\b)"
    r"|\d[\d,]*(?:\.\d+)?\s(?:million|billion|trillion)\b"
    r"|\d{1,3}(?:,\d{3})+|[2-9]|[1-9]\d+)(?![\w-]|[.,]\d)"
)
# A name listed with another: 'Trump, Cruz joke ...', 'Standard & Premium plans'.
LISTED_BEFORE = re.compile(r"[A-Z][\w’'.-]*,?\s+(?i:and|&|or)\s+$|[A-Z][\w’'.-]*,\s+$")
LISTED_AFTER = re.compile(r",?\s+(?i:and|&|or)\s+[A-Z]|,\s+[A-Z][\w’'.-]*(?:,|\s+(?i:and|&|or)\b)")
# Names a headline may blank, by the sort of answer they make.
NAMED = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "PRODUCT": "name",
    "WORK_OF_ART": "name",
    "EVENT": "name",
    "LAW": "name",
    "FAC": "name",
}
# Which blank is the news: a figure first, then a person ('Senate confirms _____ as trade
# envoy'), then a body, a thing or a place.
SORT_RANK = {"number": 0, "person": 1, "organisation": 2, "name": 2, "place": 2}
OTHERS = 6
MAX_NAME_WORDS = 4


def find(doc: Doc, article: Article) -> list[Fact]:
    """Every blank the headline could take, best first (one_card keeps one)."""
    if not article.as_of or not opens_the_article(doc, article):
        return []
    lead = "\n\n".join(article.paragraphs[:LEAD_PARAGRAPHS])
    headline = headline_told(article.title, lead)
    if not headline:
        return []
    when = written_out(article.as_of)
    names = full_names(doc)
    topics = topic_entities(doc)
    found: list[tuple[bool, int, int, Fact]] = []
    for start, end, answer, answer_type, sentence in _blanks(doc, headline, lead, names):
        blanked = f"{headline[:start]}{CLOZE_BLANK}{headline[end:]}"
        if mentions(blanked, answer):
            continue  # said again
        after = re.sub(r"^['’]s?", "", headline[end:])  # "_____'s and Bezos's firms"
        if LISTED_BEFORE.search(headline[:start]) or LISTED_AFTER.match(after):
            continue  # 'Nvidia, OpenAI and _____ among 200 companies': which one of many?
        if re.search(r":\s*$", headline[:start]) and not headline[end:].strip(" .!'’\""):
            continue  # '..., family held in Pakistan: _____' -> CIA: who says it, not the news
        if re.match(r"['’](?!s\b)", headline[end:]):
            continue  # "By approving _____' plan": the blank's plural possessive reads badly
        if _the_outlet(answer, article):
            continue  # '_____ survey: Ellison no lock for DNC chair' -> POLITICO (sample Q108)
        if answer_type.form == "country" and _a_place_within(headline, answer):
            continue  # 'near tanks at _____'s Fukushima plant' -> Japan
        question = f'Complete the headline of {when}: "{blanked}"'
        full = names.get(answer, answer) if answer_type.sort == "person" else answer
        if answer_type.sort == "person" and len(full.split()) < 2:
            continue  # 'Pence' alone: the article never gave the whole name
        fact = Fact(
            kind=CardKind.HEADLINE,
            key=f"headline|{normalise(headline)}|{name_key(full)}",
            question=question,
            answer=full,
            evidence=evidence(doc, sentence.start_char, sentence.end_char),
            source=article.id,
            answer_type=answer_type,
            accept=_accepted(full, answer, answer_type),
            answer_value=plain(numbers_in(answer)[0]) if answer_type.sort == "number" else None,
            tags=("headline",),
            person=full if answer_type.sort == "person" else "",
            within=_within(full) if answer_type.sort == "place" else "",
            others=_others(doc, full, headline, names) if answer_type.sort == "person" else (),
        )
        topic = (
            answer_type.sort != "number"
            # 'It's called _____.' -> USMCA: the name the news gives, not who it is about
            and not NAMING_BEFORE.search(headline[:start])
            and (names_topic(full, topics) or _named_often(full, answer_type, article.text))
        )
        found.append((topic, SORT_RANK[answer_type.sort], start, replace(fact, topic=topic)))
    return [fact for *_, fact in sorted(found, key=lambda f: f[:3])]


# Words before a name the headline gives something ("The US, Canada, and Mexico have a new
# NAFTA deal. It’s called USMCA.", sample Q104: the main news, no card).
NAMING_BEFORE = re.compile(r"\b(?:called|named|dubbed|renamed|known as)\s*$", re.IGNORECASE)


def _the_outlet(answer: str, article: Article) -> bool:
    """Is the blank's name the page's own outlet ('POLITICO' of a Politico page, 'Reuters'
    of reuters.com)? Any reader of the page knows who published it."""
    outlet = normalise(re.sub(r"^the\s+", "", article.outlet, flags=re.IGNORECASE))
    return names_the_host(answer, urlsplit(article.url).hostname or "") or (
        bool(outlet) and normalise(re.sub(r"^the\s+", "", answer, flags=re.IGNORECASE)) == outlet
    )


def _named_often(name: str, answer_type: AnswerType, text: str) -> bool:
    """Does the text name the body, place or work `name` MIN_MENTIONS times or more? The
    article is about it, whatever the tagger counted ("Walmart" ten times, tagged twice;
    sample Q73, TRIVIAL). A person stays as the tagger counts: "Senate confirms _____ as
    trade envoy" asks who, of the people the article names."""
    if answer_type.sort == "person":
        return False
    return len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)) >= MIN_MENTIONS


def headline_told(title: str, lead: str) -> str:
    """The headline without its site's name, when it states news the lead tells again;
    else ''. Of a title in parts ('CNN.com - Rita batters Louisiana'), the part whose words
    the lead says most."""
    parts = [p.strip() for p in SEPARATORS.split(title or "") if p and p.strip()]
    if not parts or not lead:
        return ""
    said = {w[:STEM] for w in content_words(lead)}
    best = max(parts, key=lambda p: sum(w[:STEM] in said for w in content_words(p)))
    best = best.replace('"', "'")
    words = best.split()
    if not MIN_WORDS <= len(words) <= MAX_WORDS or "?" in best or NOT_TOLD.match(best):
        return ""
    own = content_words(best)
    if not own or sum(w[:STEM] in said for w in own) < TOLD_AGAIN * len(own):
        return ""
    return best


def _blanks(
    doc: Doc, headline: str, lead: str, names: dict[str, str]
) -> list[tuple[int, int, str, AnswerType, Span]]:
    """(start, end, answer, its type, the lead's sentence that states it) of each figure and
    name of the headline that the lead states."""
    lead_end = len(lead)
    out: list[tuple[int, int, str, AnswerType, Span]] = []
    told = [m for m in number_mentions(doc) if m.span.start_char < lead_end]
    text = text_of(doc)
    for m in FIGURE.finditer(headline):
        written = m.group("figure")
        values = numbers_in(written)
        said = next(
            (
                n
                for n in told
                if values
                and n.value == values[0]
                and not _the_headline_again(n.span.sent, headline)
            ),
            None,
        )
        if said is None or _part_of_a_name(headline, m.start("figure"), m.end("figure"), text):
            continue  # 'tvOS 26', 'Typhoon No. 21': a name's number
        figure = AnswerType("number", said.category, said.unit)
        out.append((m.start("figure"), m.end("figure"), written, figure, said.span.sent))
    taken: set[str] = set()
    spans: set[tuple[int, int]] = set()  # where the headline's names are, each blanked once
    for ent in doc.ents:
        sort = NAMED.get(ent.label_)
        if sort is None or ent.start_char >= lead_end:
            continue
        name = re.sub(r"^the\s+|['’]s?$", "", ent.text, flags=re.IGNORECASE).strip()
        key = normalise(name)
        if len(name) < 3 or key in taken or not name[:1].isupper():
            continue
        if len(name.split()) > MAX_NAME_WORDS or any(t.pos_ == "VERB" for t in ent):
            continue  # 'U.S. Stocks Rise to Records': a clause the tagger took for a name
        if _the_headline_again(ent.sent, headline):
            continue  # the page prints its headline atop the text: no evidence of it
        if re.search(rf"(?<![\w'’.-]){re.escape(name.lower())}(?![\w-])", text):
            continue  # 'homestead gardening is booming': a common word a sentence opened on
        at = re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", headline, re.IGNORECASE)
        whole = ""
        if at is None and ent.label_ == "PERSON" and " " in name:
            # 'Trump calls for charges against Clinton ...' of 'Hillary Clinton' in the lead
            # (sample Q79): a headline names people by their surnames; the answer is the
            # name the lead gives (not 'Bill Clinton', whom the article names later). Not a
            # surname after an article, a word there: '... on a Brand new hijacker'.
            at = re.search(
                rf"(?<!\b[Aa] )(?<!\b[Aa]n )(?<!\b[Tt]he )(?<![\w'’-]){re.escape(surname(name))}(?![\w-])",
                headline,
            )
            whole = name
        if at is None or not headline[at.start()].isupper() or (at.start(), at.end()) in spans:
            continue  # 'Putin fires his defense minister': a common word there, no name
        if _part_of_a_name(headline, at.start(), at.end(), text):
            continue  # 'Toyota GR _____ concept' of the GR HV Sports
        answer_type = _name_type(ent, name, sort, names)
        if answer_type is None:
            continue
        taken.add(key)
        spans.add((at.start(), at.end()))
        written = whole or headline[at.start() : at.end()]
        out.append((at.start(), at.end(), written, answer_type, ent.sent))
    return out


def _the_headline_again(sentence: Span, headline: str) -> bool:
    """The sentence is the headline printed atop the text: no evidence of itself."""
    return normalise(headline) in normalise(sentence.text)


def _part_of_a_name(headline: str, start: int, end: int, text: str) -> bool:
    """Are the headline's words [start, end) part of a longer name the article writes, the
    word before or after them capitalised or with a digit there ('Nintendo Switch', 'Party
    Congress', 'tvOS 26')?"""
    shown = re.escape(headline[start:end])
    before = re.search(r"([\w’'.-]+)\s+$", headline[:start])
    after = re.match(r"\s+([\w’'.-]+)", headline[end:])
    found = []
    if before:
        pattern = rf"(?<![\w-])({re.escape(before.group(1))})\s+{shown}(?![\w-])"
        found += [m.group(1) for m in re.finditer(pattern, text, re.IGNORECASE)]
    if after:
        pattern = rf"(?<![\w-]){shown}(?:['’]s)?\s+({re.escape(after.group(1))})(?![\w-])"
        found += [m.group(1) for m in re.finditer(pattern, text, re.IGNORECASE)]
    found = [w for w in found if w.lower().rstrip(".") not in NAME_TITLES]  # 'Sir Edward Heath'
    if any(w[:1].isupper() or any(c.isdigit() for c in w) for w in found):
        return True
    # a headline in sentence case capitalises only names: "on Capitol Hill"
    return _sentence_case(headline) and any(
        m is not None and m.group(1)[:1].isupper() and m.group(1).lower() not in NAME_TITLES
        for m in (before, after)
    )


def _sentence_case(headline: str) -> bool:
    words = [
        w for w in re.findall(r"[A-Za-z][\w’'-]*", headline)[1:] if w.lower() not in SMALL_WORDS
    ]
    return bool(words) and sum(w[:1].isupper() for w in words) * 2 < len(words)


def _name_type(ent: Span, name: str, sort: str, names: dict[str, str]) -> AnswerType | None:
    """The answer's sort, where the tagger's label may be wrong: a storm is no person, a
    name the article gives a person is one ('Pence' taken for a body), a body the
    article never has do or own anything is a thing's name ('Obamacare')."""
    person = names.get(name, name if ent.label_ == "PERSON" else "")
    if ent[0].lower_ in NOT_SOMEONE:
        return AnswerType("name", "EVENT")
    # someone the article's people index knows by a whole name (the tagger takes games,
    # products and teams for people: 'Game-Key Cards', 'GDDR5 RAM')
    if len(person.split()) > 1 and person in names.values():
        return AnswerType("person")  # 'Pence' taken for a body: Mike Pence
    if sort == "person":
        return None  # no one the article gives a whole name: 'Jumbo Seafood'
    if sort == "place":
        info = known_place(name)
        return None if info is None else AnswerType("place", info.type)
    if sort == "organisation" and not who_did.an_actor(ent):
        return AnswerType("name", ent.label_)
    if sort == "name":
        return AnswerType("name", ent.label_)
    return AnswerType(sort)


def _a_place_within(headline: str, country: str) -> bool:
    """Does the headline name a place the country holds (the answer told by its city)?"""
    words = re.findall(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*", headline)
    return any(parent_of(re.sub(r"['’]s?$", "", w)) == country for w in words)


def _within(name: str) -> str:
    info = known_place(name)
    return info.parent if info is not None else ""


def _accepted(full: str, written: str, answer_type: AnswerType) -> tuple[str, ...]:
    if answer_type.sort == "person":
        return tuple(dict.fromkeys(a for a in (written, surname(full)) if a != full))
    return (written,) if written != full else ()


def _others(doc: Doc, answer: str, headline: str, names: dict[str, str]) -> tuple[str, ...]:
    """The article's other people, by whole name, that the headline does not name: a
    person's wrong answers. (A body's come from the deck and its sector alone, in
    who_did.distractors: the tagger takes too many people and products for bodies.)"""
    out: list[str] = []
    for ent in named_alike(doc, "PERSON"):
        name = re.sub(r"^the\s+|['’]s?$", "", ent.text, flags=re.IGNORECASE).strip()
        name = names.get(name, name)
        if len(name.split()) < 2 or not name[:1].isupper():
            continue
        if mentions(headline, surname(name)) or mentions(name, answer) or mentions(answer, name):
            continue  # 'Obama asserts _____'s values': not Barack Obama
        if normalise(name) not in {normalise(n) for n in out}:
            out.append(name)
    return tuple(out[:OTHERS])


def distractors(fact: Fact, pool: Sequence[Fact]) -> list[str]:
    """Wrong answers as the answer's own kind gives them: numbers near the figure, places
    near the place, the article's people, bodies of the deck and the sector; none for a
    work's or an event's name (a typed card), and none the headline names."""
    sort = fact.answer_type.sort
    if sort == "number":
        return number.distractors(fact, pool)
    if sort == "place":
        candidates = place.distractors(fact, pool)
    elif sort in ("person", "organisation"):
        candidates = who_did.distractors(fact, pool)
    else:
        return []  # a work's or an event's name: typed, the article names too few alike
    # not one the headline names ('Bannon and Priebus ... on _____'s chopping block')
    shown = fact.question.replace(CLOZE_BLANK, " ")
    return [c for c in candidates if not mentions(shown, c) and not mentions(shown, surname(c))]


def also_true(fact: Fact, pool: Sequence[Fact]) -> list[str]:
    """A place's other names and its parts are right too ('United Kingdom' of 'Britain')."""
    return place.also_true(fact, pool) if fact.answer_type.sort == "place" else []


def one_card(facts: Sequence[tuple[int, Fact]]) -> list[tuple[int, Fact]]:
    """An article's facts with one headline card at most: its best blank whose answer no
    other card of the article asks (that card asks the headline's news already); a blank
    on the topic only when there is no other (`topic_alone` weighs it once scored)."""
    others = [f for _, f in facts if f.kind not in (CardKind.HEADLINE, CardKind.QUOTE_CLOZE)]
    asked = {_asked_key(f) for f in others if not f.passing}
    candidates = [f for _, f in facts if f.kind == CardKind.HEADLINE and _asked_key(f) not in asked]
    best = next((f for f in candidates if not f.topic), candidates[0] if candidates else None)
    return [(p, f) for p, f in facts if f.kind != CardKind.HEADLINE or f is best]


def topic_alone(facts: Sequence[tuple[int, Fact]], floor: float) -> list[tuple[int, Fact]]:
    """The scored facts without a headline card on the article's topic, unless no other
    card scores `floor` (the deck would keep none): a trivial card of the news beats none."""
    alone = all(f.salience < floor for _, f in facts if f.kind != CardKind.HEADLINE)
    return [(p, f) for p, f in facts if alone or not (f.kind == CardKind.HEADLINE and f.topic)]


def _asked_key(fact: Fact) -> str:
    values = numbers_in(fact.answer) if fact.answer_type.sort == "number" else []
    return f"number|{values[0]}" if values else normalise(fact.answer)

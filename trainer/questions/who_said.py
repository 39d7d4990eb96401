"""who_said: 'Who said: "…we welcome that"?' -> the speaker of a direct quote.

Quotes and speakers come from trainer.extract.quotes (shared with quote_cloze). Distractors are
the deck's other speakers of the same sort (named people for a named speaker, organisations
for an organisation, other unnamed sources for an unnamed one), the same article's first.
A quote that names nothing ('we saw the need to accelerate that') is a passing detail
(extract.quote_content), and so is the quote of an unnamed source ("a legal expert").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from trainer.extract.clauses.unasserted import unasserted
from trainer.extract.doc import evidence, text_of
from trainer.extract.persons import full_names
from trainer.extract.quote_content import (
    a_name_quoted,
    about_someone_unnamed,
    about_something_unnamed,
    courtesy,
    cut_short,
    leans_on_the_story,
    names_nothing,
    without_its_subject,
)
from trainer.extract.quotes import Quote, find_quotes
from trainer.extract.subjects import is_speech_verb
from trainer.language.names import same_name_form_first, surname
from trainer.language.sexes import a_given_name
from trainer.language.text import mentions, normalise, word_count
from trainer.model import AnswerType, Article, CardKind, Fact

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def find(doc: Doc, article: Article) -> list[Fact]:
    facts: list[Fact] = []
    names = full_names(doc)
    for quote in find_quotes(doc):
        if _jointly_said(doc, quote):
            continue  # '..., Lewis said in a statement with Bennie Thompson': both said it
        if _doubted(doc, quote):
            continue  # '..., said Sheik Mahmoud — or at least, said the user professing to be him'
        if a_name_quoted(doc, quote):
            continue  # '"Mikael Marczak, doing business as Virtual PC Solutions," the FTC said'
        if _relayed(doc, quote):
            continue  # 'Trump Jr admitted that Veselnitskaya told him "she had ..."' (Q80)
        if _in_a_denied_claim(doc, quote) or _told_by_another(doc, quote):
            continue  # "denied Langhofer's claim that Beckler had promised ... \"routed to ...\""
        if quote.named and " " not in quote.speaker and a_given_name(quote.speaker):
            continue  # 'Larry told Kasich': a first name among surnames gives itself away, and
            # no other option could be written as one (sample Q118, MIXED)
        if quote.lead:  # 'Who said Caleb can "..."': the name the article introduced him by
            quote = replace(quote, lead=written_out(quote.lead, names))
        speaker = quote.speaker
        accept: tuple[str, ...] = ()
        if quote.organisation:
            accept = (speaker[4:],) if speaker.startswith("the ") else ()
        elif quote.named and " " in speaker:
            accept = (surname(speaker),)  # "Cox" for "J. David Cox Sr."
        elif not quote.named:
            accept = (speaker.split(" ", 1)[1],)  # "Turkish official"
        facts.append(
            Fact(
                kind=CardKind.WHO_SAID,
                key=f"who_said|{normalise(quote.text)}",
                question=question(quote),
                answer=speaker,
                evidence=evidence(doc, quote.start, quote.end),
                source=article.id,
                answer_type=AnswerType(_sort(quote)),
                accept=accept,
                tags=("quote",),
                # 'We want to try to help': it could be anyone's, so asked only with
                # --all-cards; so is a quote of someone unnamed ('a company spokesperson'):
                # no one to learn, and another such source would fit as well
                passing=names_nothing(doc, quote)
                or about_someone_unnamed(doc, quote)
                or about_something_unnamed(doc, quote)
                or leans_on_the_story(doc, quote)
                or cut_short(doc, quote)
                or without_its_subject(doc, quote)
                or courtesy(quote)
                or not (quote.named or quote.organisation)
                or one_off_source(quote, article),
            )
        )
    return facts


RELAYED = re.compile(r"\btold (?:him|her|them|me|us)\s*(?:that\s*)?[\"“‘']$", re.IGNORECASE)


def _relayed(doc: Doc, quote: Quote) -> bool:
    """'Trump Jr admitted that Veselnitskaya told him "she had information that ..."': the
    words as the one she told relays them, her in the third person; not hers (sample Q80,
    WRONG: 'Who said: "She had information ..."?' -> Veselnitskaya)."""
    start = quote.parts[0][0] if quote.parts else quote.start  # where the quoted words open
    before = text_of(doc)[max(0, start - 30) : start]
    if TOLD_TO_THEM.search(before):
        return True  # 'Robach said she was told “who's Jeffrey Epstein? …”' (sample Q185,
        # WRONG as Robach's words): someone else's, whom the sentence does not name
    first = quote.text.split(maxsplit=1)[0].lower() if quote.text.split() else ""
    if first not in ("she", "he"):
        return False
    return RELAYED.search(before) is not None


# Words told to the speaker, quoted: 'she was told “…”', 'they had been told that “…”'.
TOLD_TO_THEM = re.compile(
    r"\b(?:was|were|been|being|is|are|am|get|got|gets)\s+told\s*(?:that\s*)?[\"“‘']$",
    re.IGNORECASE,
)


def _in_a_denied_claim(doc: Doc, quote: Quote) -> bool:
    """Quoted words inside a clause the sentence denies, doubts or asks: "Loewentritt denied
    Langhofer's claim that then-GSA General Counsel Richard Beckler had promised that any
    requests ... would be \"routed to legal counsel for [Trump for America]\"" is a claim
    about Beckler's words, which another denies (sample Q107, WRONG as Beckler's)."""
    word = _word_before(doc, quote)
    return bool(quote.lead) and word is not None and unasserted(word)


def _word_before(doc: Doc, quote: Quote) -> Token | None:
    """The word a quote that opens mid-sentence goes on from ('... would be "routed ..."');
    None for a quote that opens its sentence ('"If we ...," he said'), told as said."""
    start = quote.parts[0][0] if quote.parts else quote.start
    first = doc.char_span(start, quote.end, alignment_mode="contract")
    if first is None or not len(first):
        return None
    sentence = first[0].sent
    before = [t for t in sentence if t.i < first[0].i and not t.is_punct and not t.is_space]
    return before[-1] if before else None


def _told_by_another(doc: Doc, quote: Quote) -> bool:
    """'Ose said RMSP denied the audit because "Lawmakers are legally not allowed ..."': the
    quote is in what one speaker says another said, and may be either's words (sample Q109,
    WRONG: RMSP's)."""
    word = _word_before(doc, quote)
    if word is None or quote.lead or is_speech_verb(word):
        return False  # 'Who said that Putin bragged ...?' asks who told it; 'tweeted: "..."'
    speakers = [
        c.text
        for a in (word, *word.ancestors)
        if is_speech_verb(a)
        for c in a.children
        if c.dep_ == "nsubj" and c.pos_ == "PROPN"
    ]
    # 'Trump said he told Comey "..."' is Trump's own: only the innermost speaker is in doubt
    return len(set(speakers)) >= 2 and quote.speaker.endswith(speakers[0])


# What the article says after a quote to doubt who spoke it: '— or at least, said the user
# @amahmood2011 professing to be Sheik Mahmoud', 'someone claiming to be the sheik'.
DOUBT = re.compile(
    r"\bor at least\b|\b(?:claim|profess|purport)(?:s|ed|ing)? to be\b", re.IGNORECASE
)


# What the article says after a quote to tell two or more people said it at once.
JOINTLY = re.compile(
    r"\bin a (?:joint )?statement (?:with|alongside)\b|\bjoint(?:ly)? (?:statement|said)\b",
    re.IGNORECASE,
)


def _jointly_said(doc: Doc, quote: Quote) -> bool:
    """'"...," Lewis said in a statement with Mississippi Democratic U.S. Representative
    Bennie Thompson': the words are two people's, and 'Who said ...?' has two answers
    (sample Q146, VAGUE)."""
    return bool(JOINTLY.search(_told_after(doc, quote)))


def _doubted(doc: Doc, quote: Quote) -> bool:
    """The attribution after the quoted words doubts who spoke them (sample Q9's WRONG
    card)."""
    return bool(DOUBT.search(_told_after(doc, quote)))


def _told_after(doc: Doc, quote: Quote) -> str:
    """The writer's words after the quoted ones, to the end of their sentence (the
    attribution: '..., Lewis said in a statement with ...')."""
    after = quote.parts[-1][1] if quote.parts else quote.start
    last = doc.char_span(quote.start, quote.end, alignment_mode="contract")
    if last is None or not len(last):
        return ""
    return text_of(doc)[after : last[-1].sent.end_char]


# An article this long quotes sources besides whom it is about; a brief of a few lines does
# not.
SOURCES_FROM_WORDS = 150


def one_off_source(quote: Quote, article: Article) -> bool:
    """Someone the article names once, to quote them, and its headline does not name: a
    source for a remark (a police officer, an analyst, a bystander), not someone the news
    is about. Who said it is a passing detail."""
    if not quote.named or quote.organisation or word_count(article.text) < SOURCES_FROM_WORDS:
        return False  # a brief of a few lines quotes whom it is about
    name = surname(quote.speaker)
    said = len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", article.text))
    return said <= 1 and name.lower() not in (article.title or "").lower()


def written_out(words: str, names: dict[str, str]) -> str:
    """A first name or a surname alone ('Caleb', 'Medley') written as the full name the
    article introduced the person by ('Caleb Medley'), where the words do not give it."""
    for word in dict.fromkeys(re.findall(r"\b[A-Z][\w'’-]+\b", words)):
        full = names.get(word)
        if full and full != word and full not in words:
            words = re.sub(rf"\b{re.escape(word)}\b", full, words, count=1)
    return words


def _sort(quote: Quote) -> str:
    """Options come from speakers of the same sort: people, organisations, unnamed sources."""
    if quote.organisation:
        return "organisation"
    return "person" if quote.named else "source"


# Words a quoted phrase with no verb of its own may open on: 'saying that "for the first time
# in most people's memories," the departments ...' (sample Q144, UNGRAM: 'Who said that "for
# the first time ..."?').
PHRASE_OPENINGS = frozenset(("for", "in", "on", "at", "by", "with", "from", "since", "during"))


def question(quote: Quote) -> str:
    if not quote.lead and quote.display.rstrip('”"').endswith("?"):
        # 'Who said: "... requires independent verification?"?' (sample Q174): a question
        # quoted is asked of its asker, its own mark closing the card's
        return f'Who asked: "{quote.display}"'
    first = quote.display.lstrip("…").split()[:1]
    if quote.lead == "that" and first and first[0].lower() in PHRASE_OPENINGS:
        return f'Who said: "{quote.display}"?'
    if quote.lead:
        return f'Who said {quote.lead} "{quote.display}"?'
    return f'Who said: "{quote.display}"?'


def distractors(fact: Fact, pool: Sequence[Fact]) -> list[str]:
    same = [f for f in pool if f.answer_type == fact.answer_type]
    if fact.answer_type.sort == "organisation":  # a ministry beside a record label: no
        same = [f for f in same if f.source == fact.source]
    ordered = [f for f in same if f.source == fact.source] + [
        f for f in same if f.source != fact.source
    ]
    # not someone the quote speaks to or of ('I'd like to thank President Trump'): no one
    # says that of themselves, so the option gives the answer away (sample Q79)
    ordered = [f for f in ordered if not mentions(fact.question, surname(f.answer))]
    nearby = sum(f.source == fact.source for f in ordered)
    return same_name_form_first(fact.answer, [f.answer for f in ordered], nearby)

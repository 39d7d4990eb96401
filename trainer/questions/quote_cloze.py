"""quote_cloze: complete a quote. 'Jane Roe said: "…leaving _____."' -> Rukban.

The blank is one name (never a known place), number or amount inside the quote as shown
(never the speaker, a name right after its title or an editor's [insertion]; a figure before
a place; never the article's topic, a vague amount or a lone given name, and an example given
in passing only as a passing detail: extract.quote_blanks); one card per quote. Distractors
are the deck's other blanked answers of the same entity type (organisations, facilities,
events, products and laws from the same article only).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from trainer.extract.doc import entities_starting, evidence, text_of
from trainer.extract.numbers import names_a_level
from trainer.extract.periods import counts_a_near_period
from trainer.extract.persons import person_index
from trainer.extract.places import place_info
from trainer.extract.quote_blanks import (
    is_example,
    is_lone_given_name,
    is_topic,
    is_vague_amount,
)
from trainer.extract.quote_content import a_name_quoted, about_a_he_or_she
from trainer.extract.quotes import Quote, find_quotes
from trainer.extract.roles import find_roles
from trainer.extract.title_words import is_title
from trainer.language.text import normalise, word_count
from trainer.model import CLOZE_BLANK, AnswerType, Article, CardKind, Fact
from trainer.questions.who_said import one_off_source

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Entity types worth blanking, best first: a figure the speaker gave is worth recalling. A
# known place (or a nationality: not a blank type) is never blanked: in a quote it is guessed from the words
# around it ("everybody in _____ reads", "_____ does not support ..." said by a U.S.
# commander); judged on the corpus, 8 of 10 such cards were trivial or a passing aside. A
# name the tagger calls a place but the place knowledge does not know (a group, a firm) can
# still be blanked, as a typed answer.
BLANK_LABELS = (
    "PERSON",
    "ORG",
    "MONEY",
    "PERCENT",
    "QUANTITY",
    "CARDINAL",
    "EVENT",
    "PRODUCT",
    "LAW",
    "FAC",
    "GPE",
    "LOC",
)
AMOUNT_LABELS = frozenset(("MONEY", "PERCENT", "QUANTITY", "CARDINAL"))  # no topic: figures
MIN_LEFT_WORDS = 5  # words left around the blank
# Names of these types from another story are no fit beside the answer (a prison for a camp,
# an agency for a firm): their options come from the same article only.
LOCAL_LABELS = frozenset({"ORG", "FAC", "EVENT", "PRODUCT", "LAW"})


# People or things a speaker points back to, which the quotation does not say: 'We have a
# lot of these people — probably _____, it could be even 3 million' (criminal immigrants,
# named in the question the speaker was answering; sample Q95, NONSENSE).
THOSE_TOLD_OF = re.compile(
    r"\b(?:these|those) (?:people|guys|folks|men|women|ones|things|kids|individuals)\b",
    re.IGNORECASE,
)

# A paper or deal the speaker points back to by 'the' alone: '... then the agreement will be
# terminated' (sample Q114, NONSENSE: the card never says which agreement, the Iran deal).
THE_ONE_AGREED = re.compile(
    r"\bthe (?:agreement|deal|accord|pact|treaty|bill|proposal|legislation)\b"
    r"(?! (?:of|to|with|that|on|for|between|in)\b)",
    re.IGNORECASE,
)


# Words to someone: whom, the quote alone does not say ('wish you and _____'); 'Can you
# imagine', 'you know' are anyone's.
ADDRESSED = re.compile(
    r"\b(?:you and|and you|dear)\b|\b(?:wish|thank|congratulate|welcome|join)\s+you\b",
    re.IGNORECASE,
)


def find(doc: Doc, article: Article) -> list[Fact]:
    facts: list[Fact] = []
    for quote in find_quotes(doc):
        if a_name_quoted(doc, quote):
            continue  # '"Mikael Marczak, doing business as Virtual PC Solutions," the FTC said'
        blank = _choose_blank(doc, quote)
        if blank is None:
            continue
        answer, label, example = blank
        if label == "ORG" and _the_speaker_s_own(doc, article, quote, answer):
            continue  # 'Bob Enslin said: "_____ sees the need ..."' of UiPath's CEO (Q62)
        label = _checked_label(doc, answer, label)
        shown = quote.display.replace(answer, CLOZE_BLANK, 1)
        if THOSE_TOLD_OF.search(shown) or THE_ONE_AGREED.search(shown):
            continue  # '"We have a lot of these people — probably _____"': which? (Q95)
        if ADDRESSED.search(shown):
            continue  # 'Michelle and I wish you and _____ the very best': a letter or a word
            # to someone the card does not name (sample Q155, NONSENSE)
        facts.append(
            Fact(
                kind=CardKind.QUOTE_CLOZE,
                key=f"quote_cloze|{normalise(quote.text)}|{normalise(answer)}",
                question=_question(quote, shown),
                answer=answer,
                evidence=evidence(doc, quote.start, quote.end),
                source=article.id,
                answer_type=AnswerType("cloze", label),
                accept=_accept(answer),
                tags=("quote",),
                # 'rather than returning to, say, _____'; a quote of someone unnamed of a body
                # the card does not name ('An airline spokesperson said: ...'), or of a source
                # the article names once (questions.who_said.one_off_source)
                passing=example
                or _of_no_named_body(quote)
                or one_off_source(quote, article)
                # 'Normally, she would be taken by road ambulance to _____': who? (Q24)
                or about_a_he_or_she(doc, quote),
            )
        )
    return facts


def _the_speaker_s_own(doc: Doc, article: Article, quote: Quote, answer: str) -> bool:
    """Whether the blank is the body the speaker's post names ('UiPath CEO Bob Enslin'):
    the speaker's own company, which any reader guesses (sample Q62, TRIVIAL)."""
    speaker = person_index(doc).resolve(quote.speaker) or quote.speaker
    name = normalise(answer)
    return any(
        role.person == speaker and name in normalise(role.title)
        for role in find_roles(doc, article.published, article.as_of)
    )


def _of_no_named_body(quote: Quote) -> bool:
    """'an airline spokesperson', 'a legal expert': someone unnamed, of no body the card
    names ('a WeWork spokesperson' names one)."""
    if quote.named or quote.organisation:
        return False
    return not any(word[:1].isupper() for word in quote.speaker.split()[1:])


def _checked_label(doc: Doc, answer: str, label: str) -> str:
    """The tagger's entity type, checked where a wrong one would pick absurd distractors:
    a person must be one the article names, a place one the place knowledge knows
    ("Assange" tagged ORG is a person; "Fortress" tagged GPE is a firm). Anything unsure
    becomes NAME, which gets no distractors: the card is asked as a typed answer."""
    persons = person_index(doc)
    resolved = persons.resolve(answer)
    if resolved is not None and resolved in persons.full_names:
        return "PERSON"
    if label == "PERSON":
        return "NAME"
    if label in ("GPE", "LOC") and not _known_place(answer):
        return "NAME"
    return label


def _known_place(name: str) -> bool:
    return place_info(re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)) is not None


def _question(quote: Quote, shown: str) -> str:
    speaker = quote.speaker[:1].upper() + quote.speaker[1:]
    if quote.lead:
        return f'{speaker} said {quote.lead} "{shown}"'
    return f'{speaker} said: "{shown}"'


def _accept(answer: str) -> tuple[str, ...]:
    without = re.sub(r"^(?:the|a|an)\s+", "", answer, flags=re.IGNORECASE)
    return (without,) if without != answer else ()


def _half_a_name(doc: Doc, ent: Span) -> bool:
    """'Today in _____ and Tobago': a name the tagger split at its 'and' ('Trinidad and
    Tobago', a country the places file knows); its blank is half a name."""
    for start, end in ((ent.start, ent.end + 2), (ent.start - 2, ent.end)):
        if start >= 0 and end <= len(doc) and end - start == len(ent) + 2:
            words = doc[start:end]
            if " and " in words.text and _known_place(words.text):
                return True
    return False


def _choose_blank(doc: Doc, quote: Quote) -> tuple[str, str, bool] | None:
    """The blank (answer, entity type, is it an example given in passing): the best type
    first, then the first in the quote; an example only when nothing else can be blanked."""
    candidates: list[tuple[bool, int, int, Span, str]] = []
    for start, end in quote.parts:
        span = _span(doc, start, end)
        if span is None:
            continue
        for ent in entities_starting(doc, span.start, span.end):
            if ent.end > span.end:
                continue
            label = ent.label_
            if label not in BLANK_LABELS:
                continue
            if ent[-1].tag_ == "POS":  # "Jeffrey Epstein’s co-conspirators": blank the name
                ent = ent[:-1]
            if not len(ent):
                continue
            text = ent.text.strip()
            if label == "CARDINAL" and not any(c.isdigit() for c in text):
                continue
            if label == "CARDINAL" and names_a_level(ent):
                continue  # 'on level _____ restrictions': a level, no count (sample Q27)
            if label in ("GPE", "LOC") and _known_place(text):
                continue
            if _half_a_name(doc, ent):
                continue  # 'in _____ and Tobago'
            if is_vague_amount(text) or (label not in AMOUNT_LABELS and is_topic(doc, text)):
                continue  # 'taking in _____ in tariff money' -> billions of dollars
            # an example given in passing, or 'for the last _____ games'
            example = is_example(doc, ent) or counts_a_near_period(ent)
            if label not in AMOUNT_LABELS and not example and is_lone_given_name(doc, ent, label):
                continue  # 'I'd rather keep _____ where he is': any name fits
            candidates.append((example, BLANK_LABELS.index(label), ent.start_char, ent, label))
    for example, _, _, ent, label in sorted(candidates, key=lambda c: c[:3]):
        text = ent.text.strip()
        if _bracketed(text_of(doc), ent.start_char, ent.end_char):
            continue
        if label == "PERSON" and ent.start > 0 and is_title(doc[ent.start - 1]):
            continue  # "former Vice President _____": the title all but names him
        if label in ("ORG", "PRODUCT") and not _named_elsewhere(text_of(doc), text, quote):
            continue  # "ramp up the game catalog ASAP": the tagger's ORG is no name
        if normalise(text) and set(normalise(text).split()) & set(normalise(quote.speaker).split()):
            continue
        if quote.display.count(text) != 1 or not re.search(
            rf"(?<!\w){re.escape(text)}(?!\w)", quote.display
        ):
            continue
        if quote.lead and re.search(rf"(?<!\w){re.escape(text)}(?!\w)", quote.lead):
            continue  # 'said Bushehr "... However, _____ underscores ..."': the lead shows it
        if word_count(quote.display) - word_count(text) < MIN_LEFT_WORDS:
            continue
        return text, label, example
    return None


def _span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="contract")


def _named_elsewhere(text: str, name: str, quote: Quote) -> bool:
    outside = "".join(
        text[prev_end:start]
        for prev_end, start in zip(
            (0, *(e for _, e in quote.parts)),
            (*(s for s, _ in quote.parts), len(text)),
            strict=True,
        )
    )
    name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", outside, re.IGNORECASE) is not None


def _bracketed(text: str, start: int, end: int) -> bool:
    return text[max(0, start - 1) : start] == "[" or text[end : end + 1] == "]"


def distractors(fact: Fact, pool: Sequence[Fact]) -> list[str]:
    if fact.answer_type.form == "NAME":
        return []  # of unsure type: asked as a typed answer
    same = [f for f in pool if f.answer_type == fact.answer_type]
    ordered = [f for f in same if f.source == fact.source]
    if fact.answer_type.form not in LOCAL_LABELS:
        ordered += [f for f in same if f.source != fact.source]
    kept: list[str] = []
    for candidate in (f.answer for f in ordered):
        if not any(_same(candidate, other) for other in (fact.answer, *kept)):
            kept.append(candidate)
    return kept


def _same(one: str, other: str) -> bool:
    """Two names for one thing: 'UN' and 'the U.N.'."""
    return _letters(one) == _letters(other)


def _letters(name: str) -> str:
    """'the U.N.' and 'UN' are one name: letters only, without a leading 'the'."""
    return re.sub(r"[\W_]", "", re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)).lower()

"""A wh-question puts its clause's subject in one piece before the verb. When the parse hangs
words after the verb on the subject (sample R: '... the state alone accounted for 140 cases
— the highest in the country', with 'the highest' read as the state's appositive), the
question splices them in ('For how many cases did the state alone the highest in the
country account ...?'): a number card then asks no wh-question (a cloze stays)."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

from trainer.model import CLOZE_BLANK, Article
from trainer.questions import number as numbers
from trainer.questions.counts import subject_split

pytestmark = pytest.mark.slow


STATE = ["The", "state", "alone", "accounted", "for", "140", "cases"]
STATE_TAGS = ["DET", "NOUN", "ADV", "VERB", "ADP", "NUM", "NOUN", "PUNCT", "DET", "ADJ"]
STATE_DEPS = ["det", "nsubj", "advmod", "ROOT", "prep", "nummod", "pobj", "punct", "det", "appos"]


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "split"),
    [
        # 'The state alone accounted for 140 cases, the highest', 'highest' on 'state'
        (
            [*STATE, ",", "the", "highest"],
            [1, 3, 1, 3, 3, 6, 4, 3, 9, 1],
            STATE_DEPS,
            STATE_TAGS,
            True,
        ),
        # '... 140 cases — the highest': the wh-question drops the dash aside whole
        # (clauses.asides.dash_aside), so the subject it asks stays in one piece
        (
            [*STATE, "—", "the", "highest"],
            [1, 3, 1, 3, 3, 6, 4, 3, 9, 1],
            STATE_DEPS,
            STATE_TAGS,
            False,
        ),
        # 'A man was charged with 12 thefts who had ...': the relative clause is the man's
        (
            ["A", "man", "was", "charged", "with", "12", "thefts", "who", "had", "fled"],
            [1, 3, 3, 3, 3, 6, 4, 9, 9, 1],
            [
                "det",
                "nsubjpass",
                "auxpass",
                "ROOT",
                "prep",
                "nummod",
                "pobj",
                "nsubj",
                "aux",
                "relcl",
            ],
            ["DET", "NOUN", "AUX", "VERB", "ADP", "NUM", "NOUN", "PRON", "AUX", "VERB"],
            True,
        ),
        # the same words hung on the count leave the subject whole
        (
            [*STATE, "—", "the", "highest"],
            [1, 3, 1, 3, 3, 6, 4, 6, 9, 6],
            STATE_DEPS,
            STATE_TAGS,
            False,
        ),
    ],
)
def test_a_subject_whose_words_reach_past_its_verb_is_split(nlp, words, heads, deps, pos, split):
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert subject_split(doc[3]) is split


def test_sample_r_sentence_makes_no_spliced_question(nlp):
    text = (
        "Even in 2023, when overall cases across India declined to 653, the state alone "
        "accounted for 140 cases — the highest in the country."
    )
    article = Article(id="t", text=text, published=date(2024, 6, 1))
    for fact in numbers.find(nlp(text), article):
        assert "alone the highest" not in fact.question, fact.question
        assert CLOZE_BLANK in fact.question or "the highest" not in fact.question


def test_a_named_subject_before_its_verb_is_still_asked(nlp):
    text = "Acme Airlines launched the route with four daily flights."
    article = Article(id="t", text=text, published=date(2019, 11, 20))
    asked = {f.answer: f.question for f in numbers.find(nlp(text), article)}
    assert asked.get("four") == "With how many daily flights did Acme Airlines launch the route?"

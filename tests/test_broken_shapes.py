"""Questions the parse would break (issue 10, grammatical cards): a preposition left with
nothing after it once its misread object is cut, a second participle glued to a how-many
question. Shapes of real benchmark pages,
with names and figures changed."""

from __future__ import annotations

import pytest

from tests.conftest import number_questions, questions_of
from trainer.questions import date as dates
from trainer.questions import number as numbers

pytestmark = pytest.mark.slow


def test_a_preposition_is_never_left_without_its_object(nlp):
    text = (
        "A year ago, NASA announced that nine US companies were eligible to bid for contracts "
        "to regularly launch spacecraft carrying instruments and experiments, and to land that "
        "cargo on the moon as early as next year."
    )
    for question in questions_of(nlp, numbers, text):
        assert not question.rstrip("?.").split(",")[0].endswith(" for"), question


@pytest.mark.parametrize(
    ("text", "answer", "question"),
    [
        (
            "This year, officials in Lagos banned fireworks ahead of the festival, arresting 210 "
            "people and confiscating 3.7 metric tons of illicit explosives.",
            "210",
            "How many people did officials in Lagos arrest?",
        ),
        # a noun the parser took for a second participle stays
        (
            "Acme has made a big bet, spending more than $3 billion on technology and "
            "programming to remain a leader in Hollywood.",
            "more than $3 billion",
            "How much did Acme spend on technology and programming to remain a leader in "
            "Hollywood?",
        ),
    ],
)
def test_a_participle_question_keeps_one_act(nlp, text, answer, question):
    found = number_questions(nlp, text)
    assert found[answer].removeprefix("As of November 2019, ").lower() == question.lower()


def test_a_speaker_read_into_the_clause_is_not_cut_off(nlp):
    # the parser reads 'after a spokeswoman for Mrs Merkel' into the clause and leaves
    # 'said' with no subject: a wh-question would end at 'Mrs Merkel' (sample T)
    text = (
        "The German government's stance appeared to soften on Monday after a spokeswoman for "
        "Mrs Merkel said that Greece's exit from the eurozone was not inevitable."
    )
    found = questions_of(nlp, dates, text)
    assert found and not any(q.rstrip("?.").endswith("Merkel") for q in found), found


def test_a_speaker_after_a_list_of_places_leaves_the_place_question(nlp):
    # 'Raqqa, Syria, Pentagon spokesman Peter Cook said': the speaker read as a third place
    # is no clause cut short ('Where is ...?' moves no words of it)
    from trainer.questions import place as places

    text = (
        "Russian military officials for the first time Tuesday morning notified the U.S. "
        "Combined Joint Operations Center in Qatar about their plans to strike Islamic State "
        "targets in Raqqa, Syria, Pentagon spokesman Peter Cook said Tuesday."
    )
    assert "Where is the U.S. Combined Joint Operations Center?" in questions_of(nlp, places, text)


def test_a_place_after_a_second_clause_is_not_moved_to_the_first(nlp):
    # 'at Romania' may be Sweden's match: 'Where did Finland clinch ...?' would make it
    # Finland's; the cloze keeps the words in order
    from trainer.questions import place as places

    text = "Finland clinched 3-0 against Liechtenstein, while Sweden did the same, 2-0, at Romania."
    found = questions_of(nlp, places, text)
    assert found and not any(q.startswith("Where did Finland") for q in found), found

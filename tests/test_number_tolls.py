"""The toll of an attack or a disaster told in a participle after its event ('..., killing
at least 19 people'): asked 'How many people were killed when <the event>?'. Sentences of
the shapes news pages use (sample I), reworded; the near misses make no toll question."""

from __future__ import annotations

from datetime import date

import pytest

from trainer.model import Article, CardKind
from trainer.pipeline import facts_of

NOV19 = date(2019, 11, 19)


def number_facts(nlp, text: str):
    article = Article(id="t", text=text, published=NOV19)
    return [f for _, f in facts_of(article, nlp).facts if f.kind == CardKind.NUMBER]


TOLLS = [
    # (sentence, answer, question)
    (  # the bound goes with the answer; a part of the toll after 'including' (below)
        "Attackers stormed a hotel in the center of Nairobi on Tuesday, killing at least 21 "
        "people, including six police officers, in a siege that lasted most of the night.",
        "at least 21",
        "How many people were killed when attackers stormed a hotel in the center of Nairobi "
        "on Tuesday?",
    ),
    (
        "Attackers stormed a hotel in the center of Nairobi on Tuesday, killing at least 21 "
        "people, including six police officers, in a siege that lasted most of the night.",
        "six",
        "How many police officers were among the people killed when attackers stormed a hotel "
        "in the center of Nairobi on Tuesday?",
    ),
    (  # a fronted year moves behind the event
        "In 2004, a tsunami struck the coast of Sri Lanka, killing more than 30,000 people.",
        "more than 30,000",
        "How many people were killed when a tsunami struck the coast of Sri Lanka in 2004?",
    ),
    (  # a fronted phrase that leans on the article goes; a second participle stays out
        "Minutes after the speech, a man opened fire at a shopping mall in the Texas city of "
        "El Paso, killing three people and injuring several others before fleeing.",
        "three",
        "How many people were killed when a man opened fire at a shopping mall in the Texas "
        "city of El Paso?",
    ),
    (  # 'others' after 'killing N people' are people; the attribution goes
        "A car bomb exploded outside a police station in Mogadishu on Friday, killing 14 "
        "people and wounding 30 others, officials said.",
        "30",
        "How many people were wounded when a car bomb exploded outside a police station in "
        "Mogadishu on Friday?",
    ),
    (  # a toll without a noun counts people
        "A suicide bomber struck a crowded market in Quetta on Monday, killing 23 and wounding 40.",
        "40",
        "How many people were wounded when a suicide bomber struck a crowded market in Quetta "
        "on Monday?",
    ),
    (
        "A bus plunged off a mountain road in northern Peru on Tuesday, leaving at least 19 dead.",
        "at least 19",
        "How many people were left dead when a bus plunged off a mountain road in northern Peru "
        "on Tuesday?",
    ),
    (  # a passive event; 'leaving' with the state it leaves
        "A ferry was hit by a storm off the coast of Sulawesi on Sunday, leaving nine people dead.",
        "nine",
        "How many people were left dead when a ferry was hit by a storm off the coast of "
        "Sulawesi on Sunday?",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "answer", "question"), TOLLS)
def test_a_toll_in_a_participle_is_asked_with_its_event(nlp, text, answer, question):
    asked = [f.question for f in number_facts(nlp, text) if f.answer == answer]
    assert asked == [question]


NO_TOLL = [
    # (sentence, answer): no 'How many ... were killed when' question
    (  # a present perfect event: 'when' would need another tense
        "A storm has swept through the state of Alabama, killing four people.",
        "four",
    ),
    (  # scoring is no toll
        "The Denver Broncos beat the Oakland Raiders on Sunday, scoring 30 points.",
        "30",
    ),
    (  # 'leaving' without a state of the people left
        "Acme Corp. closed its plant in Toledo in May, leaving 300 workers without a job.",
        "300",
    ),
    (  # 'others' after soldiers: which others?
        "A roadside bomb hit a convoy near Kandahar on Monday, killing three soldiers and "
        "wounding five others.",
        "five",
    ),
    (  # a part of a group, not a toll of people
        "A roadside bomb hit an army convoy near Kandahar on Monday, killing three of the "
        "soldiers.",
        "three",
    ),
    (  # 'the 19 people' refers back: no toll of this event
        "Gunmen opened fire at the Acme Museum in Tunis on Wednesday, killing the 19 people "
        "inside.",
        "19",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "answer"), NO_TOLL)
def test_no_toll_question_for_a_near_miss(nlp, text, answer):
    asked = [f.question for f in number_facts(nlp, text) if f.answer.endswith(answer)]
    assert not any(" were killed when " in q or " were wounded when " in q for q in asked)
    assert not any(" were left " in q for q in asked)

"""Who was named to a post (issue 10: unseen readers found appointments, the news of many
an article, asked by no card): 'Hamas named Yahya Sinwar as its new political leader on
Tuesday' -> 'Who did Hamas name as its new political leader in August 2024?'. Only the
news is asked: not an appointment of years ago, one to come, or one denied."""

from __future__ import annotations

from datetime import date

import pytest

from trainer.model import Article
from trainer.questions import role

pytestmark = pytest.mark.slow


def _appointments(nlp, text, published=date(2024, 8, 7)):
    article = Article(id="t", text=text, published=published)
    facts = role.find(nlp(text), article)
    return [(f.question, f.answer) for f in facts if f.question.startswith("Who ")]


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        (
            "Hamas named Yahya Sinwar as its new political leader on Tuesday.",
            "Who did Hamas name as its new political leader in August 2024?",
            "Yahya Sinwar",
        ),
        (
            "Jane Roe was appointed chief executive of Acme Corp on Monday, the company said.",
            "Who was appointed chief executive of Acme Corp in August 2024?",
            "Jane Roe",
        ),
        (
            "President Biden on Monday nominated Jane Roe to be the next ambassador to Japan.",
            "Who did Biden nominate to be the next ambassador to Japan in August 2024?",
            "Jane Roe",
        ),
        (
            "Hours after Jane Roe was named the new leader of Acme's board on Tuesday, "
            "shares rose.",
            "Who was named the new leader of Acme's board in August 2024?",
            "Jane Roe",
        ),
        (
            "John Doe resigned and Jane Roe has been named new DHS acting secretary.",
            "Who was named new DHS acting secretary in August 2024?",
            "Jane Roe",
        ),
        (
            # the person as the article introduced them
            "Yahya Sinwar is 61. Hamas named Sinwar as its new political leader on Tuesday.",
            "Who did Hamas name as its new political leader in August 2024?",
            "Yahya Sinwar",
        ),
        (
            "Jane Roe has been named the new head coach of the Chicago Bears.",
            "Who was named the new head coach of the Chicago Bears in August 2024?",
            "Jane Roe",
        ),
        (
            "Jane Roe was sworn in as Kenya's new chief justice on Monday.",
            "Who was sworn in as Kenya's new chief justice in August 2024?",
            "Jane Roe",
        ),
        (
            "Goldman Sachs hired Jane Roe as its chief financial officer on Monday.",
            "Who did Goldman Sachs hire as its chief financial officer in August 2024?",
            "Jane Roe",
        ),
        (  # sample U: the hiring told as the means of what the company is doing
            "HackerRank, the fast-growing Silicon Valley company, is beefing up its management "
            "lineup by hiring former Facebook executive Jane Roe to be its chief operating "
            "officer.",
            "Who did HackerRank hire to be its chief operating officer in August 2024?",
            "Jane Roe",
        ),
    ],
)
def test_an_appointment_is_asked_with_its_month(nlp, text, question, answer):
    assert (question, answer) in _appointments(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # the person's past, not the news
        "Jane Roe was appointed chief executive of Acme Corp in 2009.",
        "Jane Roe, who was elected president of the union in 2019, said on Monday that pay rose.",
        "Jane Roe was elected president of the student union last year.",
        "Roe was later named high commissioner of East Africa, earning a nickname.",
        # a simple past with no day: when? (a life story's step as often as the news)
        "Jane Roe was appointed chief executive of Acme Corp.",
        "After Jane Roe was named chief executive of Acme Corp, she cut jobs.",
        # to come, or denied
        "Acme will name Jane Roe as its chief executive next week.",
        "Acme did not appoint Jane Roe as its chief executive.",
        # no post, or one that fits any body: which board, whose chief?
        "Jane Roe was named in a lawsuit filed by Acme on Monday.",
        "The board elected John Smith as its new chairman on Friday.",
        "Jane Roe was named its new chairman on Friday.",
        "Goldman Sachs hired Jane Roe as its chief financial officer in 2009.",
        "Acme is growing fast by hiring Jane Roe to be its chief executive in 2009.",
    ],
)
def test_no_appointment_card_for_what_is_not_the_news(nlp, text):
    assert _appointments(nlp, text) == []


def test_an_article_without_a_date_asks_no_appointment(nlp):
    text = "Hamas named Yahya Sinwar as its new political leader on Tuesday."
    article = Article(id="t", text=text)
    assert not [f for f in role.find(nlp(text), article) if "name as" in f.question]

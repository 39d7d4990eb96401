"""Dates that sample Q (20 unseen news pages, bench/judged/unseen/sample-q-*) answered
wrong: a bare month-day the article had given another year, a past month-day that would
lie after the article's own day, and "Wednesday next week"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from trainer.cli import main
from trainer.decks import load_deck
from trainer.extract.dates import mentions
from trainer.language.dates import resolve
from trainer.model import Article
from trainer.questions import role


def _dates(tmp_path: Path, published: str, body: str) -> dict[str, str]:
    article = tmp_path / "article.txt"
    article.write_text(f"---\ntitle: A report\npublished: {published}\n---\n{body}\n")
    out = tmp_path / "a.deck.yaml"
    assert main(["generate", str(article), "-o", str(out), "--all-cards"]) == 0
    return {c.question: c.answer for c in load_deck(out).cards if c.kind == "date"}


def test_a_month_day_takes_the_year_the_article_gave_that_month(tmp_path):
    body = (
        "Jane Roe had been watched by the police long before the July 2021 riots, "
        "her lawyer told the court.\n\n"
        "A witness said Roe had been a person of interest long before July 8, when the "
        "violence erupted."
    )
    answers = _dates(tmp_path, "2025-11-10", body)
    assert "Thursday, July 8, 2021" in answers.values(), answers


def test_a_month_day_given_this_year_stays_this_year(tmp_path):
    body = (
        "Acme opened its Dover plant in July 2025, the company said.\n\n"
        "A worker said Acme had tested its machines long before July 8, when production began."
    )
    answers = _dates(tmp_path, "2025-11-10", body)
    assert "Tuesday, July 8, 2025" in answers.values(), answers


@pytest.mark.parametrize("written", ["Nov. 7", "Dec. 1"])
def test_a_past_month_day_weeks_after_the_article_is_not_given_a_year(tmp_path, written):
    """ "since Nov. 7" in an article of Oct. 16: last year's, or a misread tense? The card
    answers as the text wrote it, never a day after the article for a past event."""
    body = f"Rebel leader Jane Roe has not been seen in public since {written}, the Navy said."
    answers = _dates(tmp_path, "2024-10-16", body)
    assert list(answers.values()) == [written], answers


def test_a_past_month_day_months_ahead_is_last_year_s(tmp_path):
    body = "Rebel leader Jane Roe has not been seen in public since Dec. 20, the Navy said."
    answers = _dates(tmp_path, "2024-08-16", body)
    assert "Wednesday, Dec. 20, 2023" in answers.values(), answers


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("Wednesday next week", "2024-10-23"),  # said on a Wednesday: the Wednesday after
        ("Monday of next week", "2024-10-21"),
        ("Friday last week", "2024-10-11"),
        ("Wednesday", "2024-10-16"),
    ],
)
def test_a_weekday_of_next_or_last_week(written, value):
    assert resolve(written, "weekday", date(2024, 10, 16), "present") == value


def test_a_weekday_of_next_week_is_one_mention(nlp):
    doc = nlp("The joint drills, which run until Wednesday next week, involve 14 ships.")
    found = [(m.span.text, m.value) for m in mentions(doc, date(2024, 10, 16))]
    assert found == [("Wednesday next week", "2024-10-23")]


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        # which lawmakers, which neighbours? Named only in the sentence before
        ("The lawmakers noted the FBI held a briefing with them on Nov. 14.", False),
        ("The Nordic neighbours have published updated guidance on Nov. 14.", False),
        # the phrase says which
        ("Lawmakers on the House China committee held a briefing on Nov. 14.", True),
    ],
)
def test_lawmakers_or_neighbours_told_of_before_make_no_card(tmp_path, sentence, asked):
    body = (
        "Sweden, Finland and the House China committee met on Nov. 1.\n\n"
        f"Representative Jane Roe and her colleagues sent a letter. {sentence}"
    )
    answers = _dates(tmp_path, "2024-11-18", body)
    assert ("Thursday, Nov. 14, 2024" in answers.values()) == asked, answers


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # what is rumoured to happen is ahead, like what is expected to (sample P's p04)
        ("The Pencil could be unveiled at an event rumored to take place in March.", "2017-03"),
        ("The event is rumoured to take place in March.", "2017-03"),
        ("The event was rumored to take place in March.", "2016-03"),
    ],
)
def test_a_month_rumoured_is_ahead(nlp, sentence, value):
    found = [m.value for m in mentions(nlp(sentence), date(2017, 1, 18))]
    assert found == [value]


def test_until_a_weekday_of_next_week_is_asked_until_what_date(tmp_path):
    body = (
        "Thousands of US and Filipino troops launched joint exercises in the northern "
        "Philippines on Tuesday.\n\n"
        "The joint US-Philippine exercises, which run until Wednesday next week, also come "
        "days after a collision between a Chinese and a Philippine vessel."
    )
    answers = _dates(tmp_path, "2024-10-16", body)
    asked = {q: a for q, a in answers.items() if a == "Wednesday, Oct. 23, 2024"}
    assert list(asked) == ["Until what date do the joint US-Philippine exercises run?"], answers


def test_a_fronted_despite_phrase_goes_like_a_fronted_clause(tmp_path):
    """Sample Q's budget story: the headline's $44.6 billion made no card, its sentence
    too long with the concession in front (and leaning on 'the deal' inside it)."""
    article = tmp_path / "article.txt"
    article.write_text(
        "---\ntitle: Governor backs budget\npublished: 2023-04-28\n---\n"
        "Despite not seeking the voucher program expansion, nor a speedup of planned income "
        "tax rate cuts that GOP lawmakers included in the deal, Indiana Gov. Jane Roe said "
        "during a Statehouse news conference that she would gladly sign the two-year "
        "$44.6 billion budget.\n"
    )
    out = tmp_path / "a.deck.yaml"
    assert main(["generate", str(article), "-o", str(out), "--all-cards"]) == 0
    numbers = {c.question: c.answer for c in load_deck(out).cards if c.kind == "number"}
    assert list(numbers.values()) == ["$44.6 billion"], numbers
    assert all(q.startswith("Indiana Gov. Jane Roe said") for q in numbers), numbers


@pytest.mark.parametrize(
    ("text", "post"),
    [
        # a general's or an admiral's rank after the job (sample Q: 'Philippine Marine Corps
        # Commandant Major General')
        (
            "The drills are the first for the Marines, said Philippine Marine Corps "
            "Commandant Major General Arturo Rojas.",
            "Philippine Marine Corps Commandant",
        ),
        (
            "Philippine exercise director Brigadier General Vicente Blanco said the drills "
            "would run for ten days.",
            "Philippine exercise director",
        ),
        ("Navy spokesman Rear Adm. John Kirby said the ship was hit.", "Navy spokesman"),
        # "General" alone ends the post
        ("Attorney General Jane Roe said the men were arrested.", "Attorney General"),
        (
            "U.N. Secretary General Antonio Guterres said the ship was hit.",
            "U.N. Secretary General",
        ),
    ],
)
def test_a_general_s_rank_after_a_job_is_no_part_of_the_post(nlp, text, post):
    article = Article(id="t", text=text, published=date(2024, 10, 16))
    positions = [f.answer for f in role.find(nlp(text), article) if "position" in f.question]
    assert positions == [post]


def test_a_bare_senator_or_justice_is_a_passing_detail(tmp_path):
    """'What was Clarence Thomas' position? -> Justice': which court? (sample Q)"""
    body = (
        "Senator Kyrsten Sinema voted against the bill on Tuesday. Sinema said she had doubts "
        "about its cost.\n\n"
        "Justice Clarence Thomas wrote a dissent on Tuesday. Thomas said the court erred."
    )
    article = tmp_path / "article.txt"
    article.write_text(f"---\ntitle: Senate votes\npublished: 2024-11-26\n---\n{body}\n")
    posts = {}
    for name, flags in (("default", []), ("all", ["--all-cards"])):
        out = tmp_path / f"{name}.deck.yaml"
        assert main(["generate", str(article), "-o", str(out), *flags]) == 0
        posts[name] = {c.answer for c in load_deck(out).cards if c.kind == "role"}
    assert {"Senator", "Justice"} <= posts["all"]
    assert not {"Senator", "Justice"} & posts["default"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The brokerage, which had forecast growth of 3.3 per cent on March 22, said growth "
        "would be 1.6 per cent.",
        "The company, which employs 3,000 people in Dover, said sales fell on Tuesday.",
    ],
)
def test_a_relative_clause_set_off_by_commas_does_not_say_which(tmp_path, sentence):
    """Sample N's 'The brokerage, which had forecasted ..., said the 1.6 per cent growth':
    the clause tells more of the brokerage named before, not which one it is."""
    article = tmp_path / "article.txt"
    article.write_text(f"---\ntitle: A report\npublished: 2020-04-15\n---\n{sentence}\n")
    out = tmp_path / "a.deck.yaml"
    assert main(["generate", str(article), "-o", str(out), "--all-cards"]) == 0
    shown = [c.question for c in load_deck(out).cards]
    assert not [q for q in shown if "the brokerage" in q.lower() or "the company" in q.lower()]

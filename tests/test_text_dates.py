"""The year an undated article's text shows it was written (trainer.language.written), and
the "As of YEAR" it gives posts and running totals; never a weekday's date."""

from __future__ import annotations

from datetime import date

import pytest

from trainer.articles import read_article
from trainer.cli import main
from trainer.commands.generate import undated_warning
from trainer.decks import load_deck
from trainer.language.written import evidence, year_written
from trainer.model import Article, Source

# (text, the year it was written) -- invented
WRITTEN = [
    ("Correction, Nov. 15, 2019: An earlier version misstated the town's name.", 2019),
    ("Correction added 18 November 2019: The caption named the wrong lab.", 2019),
    ("Updated Monday, Nov. 18, 2019", 2019),
    ("(Published Tuesday, March 3, 2015)", 2015),
    ("What a game pic.twitter.com/abc — Jane Roe (@janeroe) November 18, 2019", 2019),
    ("Shares of the firm fell sharply earlier in 2019, analysts said.", 2019),
    ("The index has gained 12% so far in 2016.", 2016),
    # an event already past and one still to come, both in the same year
    ("The plant was closed in March 2017.\n\nIt will reopen in December 2017.", 2017),
    # "May" before a year is the month, not the verb
    ("Tariffs were raised in May 2019.\n\nThe next round will come in November 2019.", 2019),
    # a past event and a name or a deadline later than the stamp bound nothing
    ("Updated Nov. 4, 2019. Voters remembered the 2020 election campaign.", 2019),
    ("Updated Nov. 4, 2019. The city pledged in 2018 to cut emissions by 2030.", 2019),
    ("Correction, Jan. 3, 2019: Roe, who was born in 1964, was misnamed.", 2019),
]

# texts that show no year of writing -- invented
UNDATED = [
    # past events only: a lower bound (news text seldom writes its own year)
    "He was elected in 2016 and resigned in May 2018.",
    "The deal closed on June 5, 2018, the company said.",
    # the future only
    "The company will open a plant in 2021.",
    "The band plans to tour in June 2020.",
    # names, titles, ages, ranges, deadlines, hedges
    "Voters in the 2016 election were angry.",
    "The film “Class of 2020” was released to acclaim.",
    "Fans watched Euro 2020 qualifying matches.",
    "Jane Roe, 55, was hired by the firm.",
    "He served on the board from 2004 to 2014.",
    "The study ran in 2015–2018 and was published.",
    "The country pledged to cut emissions by 2030.",
    "The merger could close in 2020, people familiar said.",
    "Launched in 2011, the program aims to cut costs by 2030.",
    # the evidence disagrees: the stamp is older than an event it reports
    "Updated Jan. 4, 2018. The plant closed in May 2019.",
    # a site's footer has the year the page was served, not written
    "© 2018 The Daily Example. All rights reserved.",
    "Copyright 2017 Example Press.",
    # the same year both sides, but one side a mixed sentence
    "The firm said in 2017 that it will expand in 2017 and it did.",
]


@pytest.mark.parametrize(("text", "year"), WRITTEN)
def test_the_year_a_text_shows_it_was_written(text, year):
    assert year_written(text) == year


@pytest.mark.parametrize("text", UNDATED)
def test_no_year_without_evidence_of_the_time_of_writing(text):
    assert year_written(text) is None


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("He was elected in 2016.", [("past", 2016)]),
        ("The rover will land in 2022.", [("future", 2022)]),
        ("The tax cut will expire by 2025.", [("future", 2025)]),
        ("Earlier in 2019 the firm grew.", [("now", 2019)]),
        # "since" never bounds from above, "by" never from below
        ("The service, available since 2014, will expand.", []),
        ("The city was asked to cut emissions by 2030.", []),
    ],
)
def test_each_year_bounds_the_time_of_writing_from_one_side(text, bounds):
    assert [(e.kind, e.year) for e in evidence(text)] == bounds


def test_a_text_file_without_front_matter_gets_its_year(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The mayor spoke.\n\nCorrection, Nov. 15, 2019: A name was wrong.\n")
    article = read_article(path)
    assert (article.published, article.dated_from_text, article.as_of) == (None, 2019, "2019")
    assert article.to_source().dated_from_text == 2019


def test_the_year_is_read_before_cleaning_drops_a_quoted_posts_signature(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "The mayor spoke to reporters at length about the new budget.\n\n"
        "We did it pic.twitter.com/abc\n\n"
        "— Jane Roe (@janeroe) November 18, 2019\n\n"
        "The council will vote on the plan next month.\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert "@janeroe" not in article.text  # furniture to the quiz...
    assert article.dated_from_text == 2019  # ...but it says when the text was written


def test_a_real_date_comes_first_and_the_text_is_not_read_for_one(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("---\npublished: 2020-02-03\n---\nCorrection, Nov. 15, 2019: Oops.\n")
    article = read_article(path)
    assert (article.published, article.dated_from_text) == (date(2020, 2, 3), None)
    assert article.as_of == "2020-02"
    assert Article(id="x", text="Nothing dated.").as_of == ""


def test_the_warning_counts_the_undated_articles_that_got_a_year():
    dated = Source(id="a", path="a.txt", published=date(2019, 11, 19))
    year = Source(id="b", path="b.txt", dated_from_text=2019)
    none = Source(id="c", path="c.txt")
    assert undated_warning([dated]) == ""
    line = undated_warning([dated, year, none])
    assert line.startswith("2 of 3 articles have no publication date: 1 shows its year in ")
    assert 'asked "As of YEAR"; in the others, posts and counts that go stale make no card' in line
    assert "\n" not in line
    assert undated_warning([year]).startswith(
        'b.txt has no publication date: posts and counts are asked "As of 2019" (the year its '
        "text shows)"
    )
    assert undated_warning([none]) == (
        "c.txt has no publication date: posts and counts that go stale make no card "
        '(--all-cards keeps them, undated), nor do weekdays ("Tuesday") or dates of no year '
        '("in January"); give one with --published YYYY-MM-DD (or, in a text file, front '
        "matter: published: YYYY-MM-DD)"
    )
    assert undated_warning([dated, year, year]).startswith(
        "2 of 3 articles have no publication date: all show their year in their text, so their "
        'posts and counts are asked "As of YEAR", and weekdays'
    )


# -- through the generators (spaCy) ---------------------------------------------------


@pytest.mark.slow
def test_posts_and_running_totals_carry_the_year_and_weekdays_stay_unresolved(nlp):
    from trainer.questions import date as dates
    from trainer.questions import number, role

    text = (
        "Pentagon spokesman Peter Cook spoke on Tuesday.\n\n"
        "Three cases of plague have been diagnosed in China, sparking widespread fears about "
        "the spread of the disease, though officials say the risk of an outbreak is low."
    )
    article = Article(id="t", text=text, dated_from_text=2019)
    doc = nlp(text)
    asked = {f.question for f in role.find(doc, article)}
    assert "As of 2019, who was the Pentagon spokesman?" in asked
    assert "As of 2019, what was Peter Cook's position?" in asked
    counts = [f.question for f in number.find(doc, article)]
    assert "As of 2019, how many cases of plague have been diagnosed in China?" in counts
    assert dates.find(doc, article) == []  # "Tuesday" needs a real published date


@pytest.mark.slow
def test_generate_asks_as_of_the_year_an_undated_text_shows(nlp, tmp_path, capsys):
    article = tmp_path / "cook.txt"
    article.write_text(
        "Pentagon spokesman Peter Cook spoke on Tuesday.\n\n"
        '"We welcome that focus on the strikes," Cook said.\n\n'
        "Correction, Nov. 15, 2019: An earlier version misspelled a name.\n",
        encoding="utf-8",
    )
    out = tmp_path / "cook.deck.yaml"
    assert main(["generate", str(article), "-o", str(out), "--all-cards"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert [line for line in err if "publication date" in line] == [
        f"trainer: warning: {article} has no publication date: posts and counts are asked "
        '"As of 2019" (the year its text shows), and weekdays ("Tuesday") make no card; give '
        "one with --published YYYY-MM-DD (or, in a text file, front matter: published: "
        "YYYY-MM-DD)"
    ]
    deck = load_deck(out)
    roles = {c.question: c.answer for c in deck.cards if c.kind == "role"}
    assert roles["As of 2019, who was the Pentagon spokesman?"] == "Peter Cook"
    assert "published" not in out.read_text(encoding="utf-8")  # no date is made up


@pytest.mark.slow
def test_published_dates_the_articles_that_state_no_date(nlp, tmp_path, capsys):
    undated = tmp_path / "cook.txt"
    undated.write_text(
        "Pentagon spokesman Peter Cook spoke on Tuesday.\n\n"
        "Correction, Nov. 15, 2019: An earlier version misspelled a name.\n",
        encoding="utf-8",
    )
    dated = tmp_path / "roe.txt"
    dated.write_text(
        "---\npublished: 2015-11-17\n---\nState Department spokesman John Kirby spoke.\n",
        encoding="utf-8",
    )
    out = tmp_path / "both.deck.yaml"
    argv = ["generate", str(undated), str(dated), "-o", str(out), "--all-cards"]
    assert main([*argv, "--published", "2019-11-19"]) == 0
    assert "publication date" not in capsys.readouterr().err  # every article has one now
    deck = load_deck(out)
    published = {s.path: s.published for s in deck.sources}
    assert published == {"cook.txt": date(2019, 11, 19), "roe.txt": date(2015, 11, 17)}
    questions = {c.question: c.answer for c in deck.cards}
    # the given date wins over the year the text shows, and a weekday now has its date
    assert questions["As of November 2019, who was the Pentagon spokesman?"] == "Peter Cook"
    assert questions["As of November 2015, who was the State Department spokesman?"] == (
        "John Kirby"
    )
    assert "Tuesday, Nov. 19, 2019" in {c.answer for c in deck.cards if c.kind == "date"}


def test_published_must_be_a_date(capsys, tmp_path):
    with pytest.raises(SystemExit) as exit_:
        main(["generate", "a.txt", "-o", str(tmp_path / "a.deck.yaml"), "--published", "soon"])
    assert exit_.value.code != 0
    assert "--published: not a date (YYYY-MM-DD): 'soon'" in capsys.readouterr().err

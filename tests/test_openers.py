"""How a story's paragraphs open in print: a dateline before the first sentence and drop-cap
capitals ("AS Opposition Leader Bill Shorten said", sample I's Herald Sun page) are
typography; left in, the dateline became a card's blank and "AS" part of a title."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from trainer.articles import article_from_html, article_from_text, read_article

REST = "The council met again on Monday and voted on the budget for the coming year."


def _read(tmp_path: Path, *paragraphs: str) -> list[str]:
    path = tmp_path / "story.txt"
    path.write_text("\n\n".join((*paragraphs, REST)) + "\n", encoding="utf-8")
    return read_article(path).text.split("\n\n")


@pytest.mark.parametrize(
    ("written", "read"),
    [
        (
            "AS Opposition Leader Bill Shorten said in a letter, the bill is flawed.",
            "As Opposition Leader Bill Shorten said in a letter, the bill is flawed.",
        ),
        (
            "A HIGH-powered federal team has been doing the rounds of media groups.",
            "A high-powered federal team has been doing the rounds of media groups.",
        ),
        (
            "IT was said that the former prime minister moved to the Left after office.",
            "It was said that the former prime minister moved to the Left after office.",
        ),
        (
            "THE good thing about the store is that it is cheap and of good quality.",
            "The good thing about the store is that it is cheap and of good quality.",
        ),
        # a name in capitals the article writes in normal case elsewhere
        (
            "MALCOLM Fraser was an effective prime minister, controversially installed.",
            "Malcolm Fraser was an effective prime minister, controversially installed.",
        ),
    ],
)
def test_a_drop_cap_opener_is_written_in_normal_case(tmp_path: Path, written: str, read: str):
    paragraphs = _read(tmp_path, written, "Malcolm Fraser said it was so.")
    assert paragraphs[0] == read


@pytest.mark.parametrize(
    "written",
    [
        "US officials said on Monday that the talks would resume in Geneva next week.",
        "NASA said on Monday that the launch would be delayed by two weeks at least.",
        "FBI Director James Comey said the inquiry would go on until the spring.",
        "WHO experts said the outbreak was slowing in the three worst-hit countries.",
        "A US-led coalition carried out 12 strikes against the group on Monday.",
        "ISIS fighters attacked the town, the ministry said on Monday night.",
        "BREAKING NEWS: THE PRESIDENT HAS RESIGNED, the network said on its website.",
        # an acronym the article writes in capitals again
        "AMD said its chips would ship in March; AMD shares rose 5 percent on the news.",
    ],
)
def test_acronyms_and_shouting_stay_as_written(tmp_path: Path, written: str):
    assert _read(tmp_path, written, "He said it was so, and us too.")[0] == written


@pytest.mark.parametrize(
    ("written", "day"),
    [
        (
            "Feb. 23, 2015 -- Life-threatening peanut allergies have been on the rise.",
            (2015, 2, 23),
        ),
        (
            "23 February 2015 — Life-threatening peanut allergies have been on the rise.",
            (2015, 2, 23),
        ),
        ("WASHINGTON (Reuters) - Life-threatening peanut allergies have been on the rise.", None),
        ("LONDON — Life-threatening peanut allergies have been on the rise.", None),
        ("NEW YORK, Dec. 3 (AP) — Life-threatening peanut allergies have been on the rise.", None),
        ("BEIRUT, Lebanon — Life-threatening peanut allergies have been on the rise.", None),
        ("(CNN) — Life-threatening peanut allergies have been on the rise.", None),
    ],
)
def test_a_leading_dateline_is_cut_and_its_date_kept(
    written: str, day: tuple[int, int, int] | None
):
    article = article_from_text(f"{written}\n\n{REST}\n", "feed item")
    assert article.text.split("\n\n")[0] == (
        "Life-threatening peanut allergies have been on the rise."
    )
    assert article.published == (date(*day) if day else None)


@pytest.mark.parametrize(
    "written",
    [
        "WASHINGTON – Two federal prison officers were charged on Tuesday.",
        "DUBAI, United Arab Emirates — Emirates finalized a deal for 30 jets.",
        "WASHINGTON The U.S. Federal Reserve raised interest rates on Wednesday.",
    ],
)
def test_a_text_files_dateline_keeps_its_capitals(tmp_path: Path, written: str):
    assert _read(tmp_path, written, "Officials in Washington and Dubai said so.")[0] == written


def test_a_dateline_run_into_the_first_sentence_is_cut():
    written = "WASHINGTON The U.S. Federal Reserve raised interest rates on Wednesday."
    article = article_from_text(f"{written}\n\n{REST}\n", "feed item")
    assert article.text.startswith("The U.S. Federal Reserve raised interest rates")


@pytest.mark.parametrize(
    "written",
    [
        "MALCOLM Fraser — an effective prime minister, soundly elected and re-elected.",
        "Officials in LONDON — and in Paris — said the talks would resume.",
        "NASA-funded researchers said on Monday that the probe had landed.",
        "MALCOLM Fraser was an effective prime minister, soundly elected.",
        "NASA The agency said on Monday that the probe had landed.",
    ],
)
def test_a_first_sentence_is_not_taken_for_a_dateline(written: str):
    article = article_from_text(f"{written}\n\n{REST}\n", "feed item")
    assert article.text.split("\n\n")[0].endswith(written[-30:])
    assert article.published is None


def _page(dateline: str, head: str = "") -> str:
    filler = "".join(
        f"<p>Paragraph {i} of the report says the study was presented at the annual meeting, "
        "with most members in favour of new guidance.</p>"
        for i in range(6)
    )
    return (
        f"<html><head><title>Babies who eat peanuts early avoid allergy</title>{head}</head>"
        "<body><article><h1>Babies who eat peanuts early avoid allergy</h1>"
        "<script>// Updated 2015.02.04 by the web team</script>"
        f"<p>{dateline} Life-threatening peanut allergies have been on the rise in the past "
        f"decade, with little hope for a cure.</p>{filler}</article></body></html>"
    )


def test_the_dateline_dates_a_page_that_states_no_date_for_machines():
    article = article_from_html(_page("Feb. 23, 2015 --"), "p.html")
    assert article.published == date(2015, 2, 23)
    assert article.text.startswith("Life-threatening peanut allergies")


def test_a_date_the_page_states_for_machines_beats_the_dateline():
    stated = '<meta property="article:published_time" content="2015-02-24T10:00:00Z">'
    article = article_from_html(_page("Feb. 23, 2015 --", head=stated), "p.html")
    assert article.published == date(2015, 2, 24)

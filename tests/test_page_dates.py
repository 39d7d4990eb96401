"""What a web page gives: its date read with day and month the wrong way round (found on unseen pages:
politico's "10/04/16" read as April 10, uproxx's "12.09.16" as September 12): every
relative day and every "As of" of the page is built on it, so the date the page states
for machines, or its URL, puts them back."""

from __future__ import annotations

from datetime import date

import pytest

from trainer.articles import article_from_html
from trainer.page_dates import checked_published

BODY = (
    "<p>"
    + " ".join(
        [
            "Jane Roe, the Acme chief executive, said on Tuesday that the Dover plant would close "
            "in March and that 300 workers would lose their jobs."
        ]
        * 3
    )
    + "</p>"
)


def _page(stamp: str) -> str:
    return (
        "<html><head><title>Acme closes Dover plant</title></head><body><article>"
        "<h1>Acme closes Dover plant</h1>"
        f'<div class="byline">By John Doe | 10/04/16 05:07 AM EDT</div>{stamp}'
        f"{BODY}<p>{BODY}</p></article></body></html>"
    )


def test_a_short_numeric_date_is_read_as_the_page_states_it():
    page = _page('<time datetime="2016-10-04T05:07-0400">10/04/16</time>')
    assert article_from_html(page, "t.html").published == date(2016, 10, 4)


@pytest.mark.parametrize(
    ("found", "page", "url", "published"),
    [
        # the machine-readable date says which reading is right
        (
            date(2016, 9, 12),
            '<meta value="2016-12-09T22:51:26+00:00" name="article:published_time">',
            "",
            date(2016, 12, 9),
        ),
        (
            date(2016, 9, 12),
            '<script>{"datePublished": "2016-12-09"}</script>',
            "",
            date(2016, 12, 9),
        ),
        # ... or the URL's year and month, in figures or in words
        (date(2016, 4, 10), "", "https://x.com/story/2016/10/pence-debate", date(2016, 10, 4)),
        (
            date(2020, 2, 10),
            "",
            "https://www.theguardian.com/education/2020/oct/02/halls-too-full",
            date(2020, 10, 2),
        ),
        # a date that agrees with the page, or no other word on it, is kept
        (date(2016, 4, 10), '<time datetime="2016-04-10">', "", date(2016, 4, 10)),
        (date(2016, 4, 10), "", "", date(2016, 4, 10)),
        # a day over 12 cannot be a month
        (date(2016, 4, 20), '<time datetime="2016-12-01">', "", date(2016, 4, 20)),
        # a date a year away from the day in the page's own address came from a sidebar link
        (
            date(2011, 8, 19),
            "",
            "http://www.cnn.com/2010/POLITICS/08/13/democrats.social.security/index.html",
            date(2010, 8, 13),
        ),
        (date(2011, 8, 19), "", "https://x.com/2010/08/13/acme-dover", date(2010, 8, 13)),
        # ... but not a few days away (updated later), nor a date the page states
        (date(2010, 8, 20), "", "https://x.com/2010/08/13/acme-dover", date(2010, 8, 20)),
        (
            date(2011, 8, 19),
            '<time datetime="2011-08-19">',
            "https://x.com/2010/08/13/acme-dover",
            date(2011, 8, 19),
        ),
        # a "Written:" label under the headline, its time after the date, beats a
        # teaser's date in a sidebar (sample S: the cold wave alert a week off)
        (
            date(2023, 11, 3),
            "<h1>Colder Temperatures Forecast</h1><p class='date'>Written: 2023-11-07 15:03:30"
            "<span> / </span>Updated: 2023-11-07 15:30:46</p>"
            "<h2>Music Bank Lineup</h2><p class='date'>2023-11-03</p>",
            "",
            date(2023, 11, 7),
        ),
    ],
)
def test_checked_published(found, page, url, published):
    assert checked_published(found, page, url) == published


def test_an_embedded_social_post_is_not_the_article_s_text():
    # a tweet the article quotes (and refutes) is someone else's words, never a fact to ask
    tweet = (
        '<blockquote class="twitter-tweet"><p>Acme has missed 58% of its Dover deliveries, '
        "a total disgrace!</p>&mdash; Jane Roe (@janeroe) 2014</blockquote>"
    )
    page = _page(tweet).replace("<time", "<span")
    text = article_from_html(page, "t.html").text
    assert "58%" not in text and "300 workers" in text


PAGE_OF = (
    "<html><head><title>Kings take the series</title></head><body><h1>Kings take the "
    "series</h1><div class='date'>11/05/2012</div><p>{}</p></body></html>"
)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("The Kings won the series in six games on Sunday night.", None),
        (
            "The Kings won the series on Sunday, Nov. 4, 2012, and play on November 5, 2012.",
            date(2012, 11, 5),
        ),
        ("The series ended before the 11 May 2012 deadline.", date(2012, 5, 11)),
    ],
)
def test_a_date_written_in_figures_that_read_both_ways_needs_the_text_to_say_which(text, published):
    assert checked_published(date(2012, 5, 11), PAGE_OF.format(text)) == published


def test_a_date_in_figures_that_read_one_way_is_kept():
    page = PAGE_OF.format("The Kings won.").replace("11/05/2012", "25/05/2012")
    assert checked_published(date(2012, 5, 25), page) == date(2012, 5, 25)


def test_an_address_of_month_day_and_two_digit_year_says_which_reading_is_right():
    page = PAGE_OF.format("Polls opened across the country.").replace("11/05/2012", "11/07/2012")
    url = "http://news.example.com/nation/11/06/12/polls-open"
    assert checked_published(date(2012, 7, 11), page, url) == date(2012, 11, 7)
    assert checked_published(date(2012, 7, 11), page) is None

"""How a web page becomes an article, as samples K and L of unseen pages showed it: the
page's date taken from a teaser in a sidebar instead of its title or "Date" label; a
drop cap's letter lost; the page's own address left out; notes of the
page about the story (credits, citations, promotions) kept as story; the publisher as the
author; the site's name as the title."""

from __future__ import annotations

from datetime import date

import pytest

from trainer.articles import article_from_html
from trainer.cleaning import clean_paragraphs
from trainer.page_dates import checked_published, shown_dates
from trainer.page_metadata import checked_metadata

FILLER = "".join(
    f"<p>Paragraph {i} of the report says the council met again on Monday and voted on the "
    "budget for the coming year, with most members in favour.</p>"
    for i in range(6)
)
TEASER = (
    '<div class="teaser"><a href="https://social.example/news"><h2>Our news on a social site'
    '<span class="date">11.07.2017</span></h2></a></div>'
)


def _page(body: str, head: str = "", title: str = "Council votes on the budget for 2020") -> str:
    return (
        f"<html><head><title>{title}</title>{head}</head><body><article>"
        f"<h1>Council votes on the budget for 2020</h1>{body}</article></body></html>"
    )


# -- the page's date -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "page",
    [
        # the title says it
        _page(FILLER + TEASER, title="Council votes on the budget for 2020 | Gazette | 19.01.2020"),
        _page(
            FILLER + TEASER,
            head='<meta property="og:title" content="Council votes | Gazette | 19.01.2020"/>',
        ),
        # a "Date" label says it
        _page("<ul><li><strong>Date</strong> 19.01.2020</li></ul>" + FILLER + TEASER),
        _page('<p class="meta">Published: 19.01.2020</p>' + FILLER + TEASER),
    ],
)
def test_a_sidebar_teasers_date_is_not_the_pages(page: str):
    assert article_from_html(page, "t.html").published == date(2020, 1, 19)


def test_a_date_the_page_states_for_machines_is_kept():
    page = _page(
        '<p class="meta">Published: January 19, 2020</p>' + FILLER,
        head='<meta property="article:published_time" content="2020-01-18T22:00:00Z">',
    )
    assert checked_published(date(2020, 1, 18), page) == date(2020, 1, 18)


@pytest.mark.parametrize(
    ("page", "shown"),
    [
        ("<title>Big story | Site | 19.01.2020</title>", [date(2020, 1, 19)]),
        ("<title>Big story - 2020-01-19</title>", [date(2020, 1, 19)]),
        ("<li><b>Date</b> 28 April 2022</li>", [date(2022, 4, 28)]),
        ("<p>Release Date: Thursday, 28 April 2022 – 3:55pm</p>", []),  # not a label we trust
        ("<p>Published on Jan. 5, 2021</p>", [date(2021, 1, 5)]),
        # a date inside a headline or a sentence is no date of the page
        ("<title>What happened on 19.01.2020 in Berlin</title>", []),
        ("<p>Date night ideas for 19.01.2020 and after, from our readers</p>", []),
        ("<li><b>Date</b> to be announced</li>", []),
    ],
)
def test_dates_shown_as_the_pages(page: str, shown: list[date]):
    assert shown_dates(page) == shown


# -- text the page's markup cut or left out ---------------------------------------------------


def test_a_drop_caps_letter_goes_back_to_its_paragraph():
    page = _page(
        '<span class="cap">T</span><p><a href="/topic/t">urkey</a>, Poland and three '
        "islands were removed from the list of travel corridors on Thursday.</p>" + FILLER
    )
    text = article_from_html(page, "t.html").text
    assert text.startswith("Turkey, Poland and three islands")


def test_a_capital_letter_before_a_capitalised_paragraph_stays_apart():
    page = _page("<div><span>A</span><p>Budget votes are rare, officials said.</p></div>" + FILLER)
    assert "ABudget" not in article_from_html(page, "t.html").text


def test_the_pages_address_is_read_from_its_og_url_out_of_the_head():
    url = "https://news.example/uk/plumber-jailed.html"
    page = _page(f'<meta property="og:url" content="{url}">' + FILLER)
    assert article_from_html(page, "t.html").url == url


def test_the_headline_again_as_the_first_line_is_not_text():
    headline = (
        "Flint flake tool partially covered by birch tar adds to evidence of early complex thinking"
    )
    page = (
        f"<html><head><title>{headline}</title></head><body><article><p>{headline}</p>"
        f"{FILLER}</article></body></html>"
    )
    article = article_from_html(page, "t.html")
    assert article.title == headline
    assert not article.text.startswith("Flint")


# -- notes of the page about the story ---------------------------------------------------------

BODY = "The council met again on Monday and voted on the budget, officials said."
AFTER = "The budget passed by six votes to three, and it takes effect in January."


@pytest.mark.parametrize(
    "note",
    [
        "™ & © 2013 Cable News Network, Inc., a Time Warner Company. All rights reserved.",
        "This article originally appeared on VICE US.",
        "This story was first published by The Gazette.",
        "(Credit: Jane Roe / Grist)",
        "Photo credit: Jane Roe",
        "Nature 574, 16-17 (2019)",
        "Loading weather data ...",
        "Are you in the storm's path? Please share your videos, pictures and stories with us.",
        "Header Image: People walk past a rock carving in the forest. Credit: Jane Roe (CC BY)",
        "Chief Education Officer Dr Jane Roe. (Picture by John Doe)",
        "Follow The Gazette on Twitter and Instagram @gazette. Send us a message on WhatsApp "
        "at 1-800-000-0000 or email us at news@example.com",
        "For the latest stories and breaking news updates download the Gazette apps for iOS.",
        "Sign-up Successful!",
        "Release Date:",
        "- Is Using the Snooze Button Bad for You?",
        "- A SIMPLE GUIDE: How do I protect myself?",
    ],
)
def test_notes_of_the_page_are_not_story(note: str):
    assert clean_paragraphs([BODY, note, AFTER]) == [BODY, AFTER]


@pytest.mark.parametrize(
    "sentence",
    [
        "He said:",
        "Jane Doe:",
        "The company said users should download the new app before Friday.",
        "Police asked residents to share their photos with investigators.",
        "Officials urged drivers to stay home. Send your questions to the council, they said.",
        "The study, published in Nature on Monday, found that 574 glaciers shrank (2019 data).",
        "- Residents who lost power will be paid $200 each, the company said.",
        "The photo (taken by a neighbour) shows the fire at the plant.",
    ],
)
def test_sentences_like_notes_stay(sentence: str):
    assert clean_paragraphs([BODY, sentence]) == [BODY, sentence]


# -- the byline and the title ----------------------------------------------------------------


PUBLISHER = '<meta name="publisher" content="Gazette Media (www.gazette.example)"/>'


def test_the_publisher_as_author_gives_way_to_the_name_labelled_author():
    page = PUBLISHER + "<ul><li><strong>Author</strong> Ben Knight</li></ul>"
    checked = checked_metadata("Council votes on the budget", "Gazette", "Gazette Media", page=page)
    assert checked.author == "Ben Knight"


def test_the_publisher_is_no_author():
    checked = checked_metadata(
        "Council votes on the budget", "Gazette", "Gazette Media", page=PUBLISHER
    )
    assert checked.author == ""


def test_a_person_named_as_author_stays():
    page = PUBLISHER + "<ul><li><strong>Author</strong> Ben Knight</li></ul>"
    checked = checked_metadata("Council votes on the budget", "Gazette", "Jane Roe", page=page)
    assert checked.author == "Jane Roe"


@pytest.mark.parametrize(
    ("title", "outlet", "host", "headline"),
    [
        (
            "Berlin confronts its colonial past with new initiative | DW | 19.01.2020",
            "DW.COM",
            "dw.com",
            "Berlin confronts its colonial past with new initiative",
        ),
        (
            "Indigenous lands key to protecting the climate - The Planetary Press",
            "The Planetary Press",
            "",
            "Indigenous lands key to protecting the climate",
        ),
        # a short headline, or a last part that is no site's name, stays
        ("Council - Gazette", "Gazette", "", "Council - Gazette"),
        (
            "Council votes on the budget - a first",
            "Gazette",
            "",
            "Council votes on the budget - a first",
        ),
    ],
)
def test_the_sites_name_and_the_date_after_the_headline_are_no_part_of_it(
    title: str, outlet: str, host: str, headline: str
):
    assert checked_metadata(title, outlet, "", host=host).title == headline


def test_a_sites_title_gives_way_to_the_marked_headline():
    page = (
        "<html><head><title>News from The Example Agency</title></head><body>"
        '<p class="body"><span class="headline">Father of Orlando gunman known for political '
        "videos</span></p>"
        "<p>The father of the Orlando gunman came to the U.S. decades ago and has made a series "
        "of political videos about his former homeland, officials said on Monday.</p>"
        + FILLER
        + "</body></html>"
    )
    title = article_from_html(page, "t.html").title
    assert title == "Father of Orlando gunman known for political videos"


def test_a_labelled_authors_closing_full_stop_is_no_part_of_the_name():
    page = '<li><span class="hidden">Author: Emma Grey Ellis.</span></li>'
    assert checked_metadata("An ode to the spacecraft", "Wired", "", page=page).author == (
        "Emma Grey Ellis"
    )


def test_a_marked_headline_that_is_the_title_with_a_summary_does_not_replace_it():
    page = (
        "<html><head><title>Opinion | Is Football Violence a Crime?</title></head><body>"
        '<div itemprop="headline">Is Football Violence a Crime? NFL assaults on the field have '
        "led to lawsuits before.</div>"
        "<p>Lawsuits over assaults on the field are not new, and a prosecutor who brought a charge "
        "would struggle to prove it in court, lawyers said on Monday.</p>"
        + FILLER
        + "</body></html>"
    )
    assert "NFL" not in article_from_html(page, "t.html").title


def test_a_story_the_pages_script_shows_once_loaded_is_read():
    # sample M: the whole story in a block styled 'display: none' until the script runs
    page = (
        "<html><head><title>Council votes on the budget</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        f'<div id="page" style="display: none;"><article><h1>Council votes on the budget</h1>'
        f"{FILLER}</article></div></body></html>"
    )
    article = article_from_html(page, "t.html")
    assert "voted on the budget" in article.text


def test_hidden_text_beside_a_shown_story_is_still_left_out():
    page = _page(FILLER + '<div style="display:none"><p>Subscribe to our newsletter.</p></div>')
    assert "newsletter" not in article_from_html(page, "t.html").text


def test_a_name_linked_inside_a_sentence_stays_in_it():
    # sample M (CBS): 'But they're especially high for <span class="link"><a>Joe Biden</a>'
    body = FILLER.replace(
        "voted on the budget",
        'voted on the budget of <span class="link"><a href="/x">Jane Roe</a></span>',
    )
    text = article_from_html(_page(body), "t.html").text
    assert "budget of Jane Roe" in text

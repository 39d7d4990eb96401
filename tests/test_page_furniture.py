"""What a page holds besides its story, and how a page's markup cut the story, as sample I's
pages showed it: credit lines, a pull quote's attribution, promotions, photo captions set as
lists, teasers of other columns; paragraphs cut mid-sentence by hard line breaks; a section
name as the title, a degree as a second author, one author twice."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.articles import article_from_html, read_article
from trainer.cleaning import clean_paragraphs
from trainer.page_metadata import checked_metadata
from trainer.pages import without_page_furniture

BODY = "The council met again on Monday and voted on the budget, officials said."
AFTER = "The budget passed by six votes to three, and it takes effect in January."


@pytest.mark.parametrize(
    "furniture",
    [
        "Heba Habib contributed to this report.",
        "The Associated Press contributed to this report.",
        "Stella Kim reported from Seoul, and Jennifer Jett from Hong Kong.",
        "Additional reporting by Jane Doe in Paris.",
        "(Reporting by Jane Doe; Editing by John Smith)",
        "Michael Shadlen, Ph.D.",
        "Katie Allen, M.D., Ph.D.",
        "[What you need to know to start the day: Get New York Today in your inbox.]",
        "(Want to get this briefing by email? Here's the sign-up.)",
        "Tech Enabled: CNET chronicles tech's role in providing new kinds of accessibility. "
        "Check it out here.",
        "Technically Literate: Original works of short fiction with unique perspectives on "
        "tech. Here.",
        "]",
        "...",
        "* * *",
    ],
)
def test_credits_attributions_and_promotions_are_not_story(furniture: str):
    assert clean_paragraphs([BODY, furniture, AFTER]) == [BODY, AFTER]


@pytest.mark.parametrize(
    "sentence",
    [
        "Smith said the firm contributed to this report, which was released on Monday.",
        "Jane Doe reported from the scene that 12 people had been hurt.",
        "Results: the team said the data it found here were new.",
        "Katie Allen, MD, PhD, directs the Center for Food and Allergy Research.",
        "(The council, which met on Monday, also voted to subscribe to the service.)",
    ],
)
def test_sentences_like_furniture_stay(sentence: str):
    assert clean_paragraphs([BODY, sentence]) == [BODY, sentence]


FILLER = "".join(
    f"<p>Paragraph {i} of the report says the council met again on Monday and voted on the "
    "budget for the coming year, with most members in favour.</p>"
    for i in range(6)
)


def _page(body: str, title: str = "Council votes on budget", h1: str = "") -> str:
    return (
        f"<html><head><title>{title}</title></head><body><article>"
        f"<h1>{h1 or title}</h1>{body}</article></body></html>"
    )


def test_lines_cut_after_a_comma_are_one_paragraph_again():
    article = article_from_html(
        _page(
            "<p>The study was presented at the annual meeting of the American Academy of "
            "Allergy,<br>Asthma and Immunology in Houston.</p>"
            "<p>“I think this study is an astounding and groundbreaking study, really,”<br>"
            "says Katie Allen, a director of the center in Melbourne,<br>Australia.</p>" + FILLER
        ),
        "p.html",
    )
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == (
        "The study was presented at the annual meeting of the American Academy of "
        "Allergy, Asthma and Immunology in Houston."
    )
    assert paragraphs[1] == (
        "“I think this study is an astounding and groundbreaking study, really,” says "
        "Katie Allen, a director of the center in Melbourne, Australia."
    )


def _story(*parts: str) -> str:
    return (
        '<html><head><title>Council votes</title></head><body><div class="article-body">'
        f"<h1>Council votes</h1><p>{BODY}</p>{''.join(parts)}{FILLER}</div></body></html>"
    )


LONG = (
    "Buck Cullen with his daughter in his backyard, where he is storing a pair of massive "
    "sperm whale jawbones. Cullen is an integral member of the recovery team"
)


def test_a_caption_set_as_a_list_after_its_figure_is_dropped():
    figure = (
        '<figure class="element-image"><div><picture><img src="a.jpg"></picture></div></figure>'
    )
    listed = LONG.replace("Buck Cullen", "The mayor")
    article = article_from_html(
        _story(
            f"{figure}<ul><li><p>{LONG}</p></li></ul><p>The mayor said the vote was close.</p>",
            f"<p>He listed the reasons:</p><ul><li><p>{listed}</p></li></ul>",
        ),
        "p.html",
    )
    assert "Buck Cullen" not in article.text
    assert "The mayor said the vote was close." in article.text
    assert "The mayor with his daughter" in article.text  # a list in the story stays


def test_a_block_of_other_columns_teasers_is_not_read():
    teasers = "".join(
        f'<div class="story-block"><h4><a href="/c{i}">Column {i}</a></h4>'
        f'<p class="standfirst">JANE ROE{i} HOW is it that ideas that are absurd capture '
        "people's imagination? It seems we are being swamped.</p></div>"
        for i in range(3)
    )
    tree = without_page_furniture(
        _story(
            '<div class="group"><div class="group-header"><h2>Other Opinion Columns</h2></div>'
            f'<div class="group-content">{teasers}</div></div>'
        )
    )
    text = " ".join(tree.itertext())
    assert "swamped" not in text and "Paragraph 5 of the report" in text


def test_a_heading_of_the_story_is_not_taken_for_teasers():
    tree = without_page_furniture(
        _story(
            "<div><h2>More than a game</h2><p>The mayor said the vote was close.</p></div>",
            "<div><h3>Other news</h3><p>A fire closed the school.</p></div>",
        )
    )
    text = " ".join(tree.itertext())
    assert "The mayor said the vote was close." in text
    assert "A fire closed the school." not in text


def test_a_section_name_in_h1_gives_way_to_the_headline_in_title():
    article = article_from_html(
        _page(
            f"<p>{BODY}</p>" + FILLER,
            title="Babies Who Eat Peanuts Early May Avoid Allergy",
            h1="Allergies Health Center",
        ),
        "p.html",
    )
    assert article.title == "Babies Who Eat Peanuts Early May Avoid Allergy"


def test_a_short_headline_in_h1_stays():
    article = article_from_html(
        _page(f"<p>{BODY}</p>" + FILLER, "Council votes | The Daily Example", "Council votes"),
        "p.html",
    )
    assert article.title == "Council votes"


@pytest.mark.parametrize(
    ("title", "author", "checked_title", "checked_author"),
    [
        ("Headline here", "Brenda Goodman; MA", "Headline here", "Brenda Goodman"),
        ("Headline here", "Jane Roe; Ph.D.", "Headline here", "Jane Roe"),
        (
            "Headline here",
            "Jeffrey Gettleman; JEFFREY GETTLEMAN",
            "Headline here",
            "Jeffrey Gettleman",
        ),
        ("Headline here", "JANE ROE; Jane Roe", "Headline here", "Jane Roe"),
        ("Headline here", "Jane Roe; John Doe", "Headline here", "Jane Roe; John Doe"),
        (
            "Māori tribes fearful over whale strandings | Eleanor Ainge Roy",
            "Eleanor Ainge Roy",
            "Māori tribes fearful over whale strandings",
            "Eleanor Ainge Roy",
        ),
    ],
)
def test_author_credentials_and_repeats_are_not_authors(
    title: str, author: str, checked_title: str, checked_author: str
):
    checked = checked_metadata(title, "The Daily Example", author)
    assert (checked.title, checked.author) == (checked_title, checked_author)


def test_a_text_file_keeps_its_story_and_loses_its_credit_line(tmp_path: Path):
    path = tmp_path / "story.txt"
    path.write_text(f"{BODY}\n\nHeba Habib contributed to this report.\n", encoding="utf-8")
    assert read_article(path).text == BODY


@pytest.mark.parametrize(
    ("written", "read"),
    [
        (
            "Asia-Pacific shares outside Japan .MIAPJ0000PUS closed 0.68% higher.",
            "Asia-Pacific shares outside Japan closed 0.68% higher.",
        ),
        (
            "Brent LCOc1 was last at $60.73, and the S&P 500 .SPX lost 1.85 points.",
            "Brent was last at $60.73, and the S&P 500 lost 1.85 points.",
        ),
        (
            "The dollar index .DXY rose, with the euro EUR= up.",
            "The dollar index rose, with the euro up.",
        ),
        (
            "Apps written for .NET still run on Windows.",
            "Apps written for .NET still run on Windows.",
        ),
    ],
)
def test_a_wire_storys_market_codes_are_not_words(written: str, read: str):
    assert clean_paragraphs([written]) == [read]


def test_a_block_holding_the_headline_is_the_story_whatever_heading_it_holds():
    """Sample Q72: the heading 'More top stories' sat alone in a block inside the story's
    column; the column (headline, story and all) was dropped as teasers, and the page read as
    its sidebar's list of other headlines."""
    sidebar = "".join(
        f"<li><a href='/s{i}'>Star {i} steps out in a striking dress at a launch party in "
        "town, and fans cannot stop talking about her look</a></li>"
        for i in range(60)
    )
    html = (
        "<html><head><title>Council votes</title></head><body>"
        f'<div class="alpha"><h1>Council votes</h1><p>{BODY}</p>{FILLER}'
        '<div id="infinite-list"><h2>More top stories</h2></div></div>'
        f'<div class="beta"><ul>{sidebar}</ul></div></body></html>'
    )
    article = article_from_html(html, "p.html")
    assert BODY in article.text
    assert "striking dress" not in article.text

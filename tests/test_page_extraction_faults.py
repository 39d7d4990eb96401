"""Pages whose reading lost article text or read more than the page's story: an opening
in a "teaser" block, a lede set as a block's text before its first <br>, an empty <b>
opening a paragraph, a stream of several stories, and characters lost to a wrong decoding.
Synthetic pages with the same structure as the pages that showed each fault."""

from __future__ import annotations

import pytest

from trainer.lost_characters import restore_lost_characters
from trainer.page_repairs import other_stories
from trainer.pages import extract_html

LOST = "\ufffd"

BODY = [
    "Senators representing two neighbouring states sent a letter Thursday to the budget office "
    "warning against premature reopenings that could lead to new cases of the virus.",
    "The letter says that reopening too quickly threatens to erase the progress made against "
    "the virus and to endanger the health and safety of employees across the region.",
    "About 85 percent of the 2.1 million federal employees work outside of the capital area, "
    "and the number of new cases reported in a single day passed 60,000 on Wednesday.",
    "The government has not produced figures on how many employees are in each category, "
    "though some agencies say as many as 90 percent of their staff have teleworked.",
]
OPENING = [
    "With the number of cases increasing across much of the country, leading members of "
    "Congress are challenging orders by federal agencies for teleworking employees to return.",
    "“I think we have to press the pause button immediately,” the chairman of the "
    "subcommittee said in an interview, adding that no data made a return look safe.",
]


def _page(body: str, head: str = "") -> str:
    return (
        f"<html><head><title>Workers return to the office - The Daily</title>{head}</head>"
        f"<body><nav><a href='/'>Home</a> <a href='/politics'>Politics</a></nav>{body}"
        "<footer><p>Copyright The Daily. All rights reserved.</p></footer></body></html>"
    )


def _text(html: str) -> str:
    extracted = extract_html(html)
    assert extracted is not None
    return "\n".join(extracted[0])


def _paragraphs(texts: list[str], cls: str = "body-copy") -> str:
    return "".join(f'<div><p class="{cls}">{t}</p></div>' for t in texts)


def test_an_opening_in_a_teaser_block_before_the_rest_of_the_body_is_read() -> None:
    html = _page(
        "<header><h1>Workers return to the office</h1></header><article><div class='article-body'>"
        f"<div class='teaser-content'><section>{_paragraphs(OPENING)}</section></div>"
        f"<div class='remainder-content'><section>{_paragraphs(BODY)}</section></div>"
        "</div></article>"
    )
    text = _text(html)
    assert text.startswith(OPENING[0])
    assert OPENING[1] in text and BODY[-1] in text


def test_teaser_cards_of_other_stories_stay_out() -> None:
    cards = "".join(
        f"<div class='teaser'><h3><a href='/s{i}'>Story {i}</a></h3>"
        f"<p class='summary'>A short summary of another story number {i}, told here.</p></div>"
        for i in range(4)
    )
    html = _page(
        f"<article><h1>Workers return to the office</h1>{_paragraphs(OPENING + BODY)}</article>"
        f"<aside class='more'>{cards}</aside>"
    )
    text = _text(html)
    assert OPENING[0] in text and "another story number" not in text


def test_a_lede_before_the_first_line_break_of_a_block_is_read() -> None:
    lede = (
        "The company may be planning to introduce a second-generation stylus this year, "
        "according to <a href='/r'>rumors</a> out of the supply chain, at an event in March."
    )
    rest = " <br> <br> ".join(BODY)
    # the page's other paragraphs (a box of upcoming products) are long enough that
    # trafilatura, favouring precision, reads only paragraphs and line-broken text
    others = "".join(
        f"<p>Upcoming product {i}: updated models with new graphics options and a faster "
        "processor are expected early in the year, with a redesign to follow later.</p>"
        for i in range(3)
    )
    html = _page(
        "<div id='content'><div class='article'><h1 class='title'>A second stylus</h1>"
        "<div class='byline'>Wednesday January 18, 2017 by <a href='/a'>A. Writer</a></div>"
        f"<div class='content'>{lede} <br> <br> {rest}</div></div></div>"
        f"<div id='upcoming'>{others}</div>"
    )
    text = _text(html)
    assert text.startswith("The company may be planning to introduce")
    assert BODY[0] in text


def test_a_paragraph_opening_with_an_empty_bold_element_is_read() -> None:
    paragraphs = [f'<p class="body-copy">{t}</p>' for t in BODY]
    paragraphs[2] = f'<p class="body-copy"><b></b>{BODY[2]}</p>'
    html = _page(f"<article><h1>Workers return</h1>{''.join(paragraphs)}</article>")
    assert BODY[2] in _text(html)


def _story(headline: str, paragraphs: list[str], author: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<section class='story'><article class='story-item'><h2><a href='/s'>{headline}</a></h2>"
        f"<div class='story-body'>{body}<p class='author'>{author}</p></div></article></section>"
    )


OTHER_STORY = [
    "Unredacted documents obtained by a news site appear to show the ministry was concerned by "
    "the decision to withhold the aid, which officials said had no stated reason.",
    "An associate director told officials there was clear direction to continue to hold the "
    "aid when asked in August, and later said the reason was not exactly clear.",
]


NECKLACE_STORY = [
    "The district court is literally suing two necklaces, as well as a watch and $612 in cash, "
    "in a forfeiture case that lawyers say is the usual way to claim seized property.",
    "The case names the objects rather than their owner because the government says they were "
    "bought with money from a fraud, and the owner has not come forward to claim them.",
]


def _stream(og_title: str) -> str:
    stories = (
        _story("Workers return to the office", OPENING + BODY, "Peter Jones")
        + _story("Officials held the aid, documents show", OTHER_STORY, "Kate Smith")
        + _story("A necklace goes to court", NECKLACE_STORY, "Brendan Moore")
    )
    return _page(
        f"<div class='page-content-section'>{stories}</div>",
        head=f'<meta property="og:title" content="{og_title}"/>',
    )


def test_a_stream_of_stories_is_read_as_the_story_under_the_page_headline() -> None:
    text = _text(_stream("Workers return to the office"))
    assert OPENING[0] in text and BODY[-1] in text
    assert OTHER_STORY[0] not in text and NECKLACE_STORY[0] not in text


def test_a_headline_block_of_its_own_does_not_stand_for_the_story() -> None:
    from trafilatura.utils import load_html

    standfirst = " ".join(["Members of Congress say the agencies are moving too fast."] * 6)
    html = _page(
        f"<article><h1>Workers return to the office</h1><p>{standfirst}</p></article>"
        f"<article>{_paragraphs(OPENING + BODY)}</article>",
        head='<meta property="og:title" content="Workers return to the office"/>',
    )
    assert other_stories(load_html(html)) == []


def test_a_stream_with_no_story_under_the_page_headline_is_left_as_it_is() -> None:
    from trafilatura.utils import load_html

    assert other_stories(load_html(_stream("Today's speed reads"))) == []
    assert len(other_stories(load_html(_stream("Workers return to the office")))) == 2


@pytest.mark.parametrize(
    ("damaged", "restored"),
    [
        (
            f"WASHINGTON{LOST * 3}The{LOST}slim chances{LOST}Congress will pass a bill.{LOST}",
            "WASHINGTON — The slim chances Congress will pass a bill.",
        ),
        (
            f"Americans haven{LOST}t seen another check, and the ball{LOST}s in her court.",
            "Americans haven’t seen another check, and the ball’s in her court.",
        ),
        (
            f"He said the fight adds complexity.{LOST * 2}We don{LOST}t have a lot of time,{LOST} "
            f"he added.",
            "He said the fight adds complexity. “We don’t have a lot of time,” he added.",
        ),
        (
            f"Trump's pick quickly {LOST} possibly before the election {LOST} and Democrats' efforts.",
            "Trump's pick quickly — possibly before the election — and Democrats' efforts.",
        ),
        (
            f"{LOST}We know that the need is there and we will work on that.{LOST}",
            "“We know that the need is there and we will work on that.”",
        ),
    ],
)
def test_characters_lost_to_a_wrong_decoding_are_put_back(damaged: str, restored: str) -> None:
    page = f"The court ruled.{LOST} The vote came, {LOST}as expected.{LOST}\n{damaged}"
    assert restore_lost_characters(page).split("\n")[1] == restored


def test_letters_lost_to_a_wrong_decoding_are_left_for_the_guard() -> None:
    # no lost character after a sentence's end: they stood for letters, not spaces
    page = f"Pedro S{LOST}nchez met Jos{LOST} Mu{LOST}oz in Le{LOST}n on Monday."
    assert restore_lost_characters(page) == page


def test_a_page_with_lost_spaces_and_punctuation_keeps_its_sentences() -> None:
    damaged = [
        f"WASHINGTON{LOST * 3}The{LOST}slim chances{LOST}Congress will pass{LOST}another relief "
        f"package appear to have gotten even smaller because of{LOST}the fight over the seat.{LOST}",
        f"Sen. John Cornyn said the fight {LOST}adds complexity{LOST} to the debate.{LOST * 2}We "
        f"don{LOST}t have a whole lot of time,{LOST} he added, noting the year ends Sept. 30.{LOST}",
        *BODY,
    ]
    html = _page(
        f"<article><h1>Relief fades</h1>{''.join(f'<p>{p}</p>' for p in damaged)}</article>"
    )
    text = _text(html)
    assert LOST not in text
    assert "The slim chances Congress will pass another relief package" in text
    assert "“We don’t have a whole lot of time,” he added" in text

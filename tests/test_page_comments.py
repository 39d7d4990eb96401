"""Readers' comments under a story are not the article (sample S: a commenter's "The US is
about 25% of the world economy" became a card; sample J: a page read as its comment rules
alone): a block the markup names as comments is left out, never the story itself."""

from __future__ import annotations

from test_page_extraction_faults import BODY, OPENING, _page, _paragraphs, _text

COMMENTS = [
    "The economy is about a quarter of the world and we should never change our rules for "
    "anybody, whatever the board in London says about the standards this year.",
    "Last time I checked there was no decision at all, and most of the accountants I know "
    "do not support the change; my clients are quite content and plan to stay put.",
]


def _comment_block(cls: str) -> str:
    posts = "".join(
        f'<div class="{cls}_content"><h3>Reader {k}</h3><p>{text}</p>'
        f'<p class="common_date">Posted by: reader {k}, 27 Sep 2011</p></div>'
        for k, text in enumerate(COMMENTS)
    )
    return (
        f'<div class="{cls}_block"><div class="section_title" id="comments"><p>'
        "<span>Visitor comments</span></p></div>"
        f'<div class="common_inner_block">{posts}</div></div>'
    )


def test_a_block_of_readers_comments_is_left_out() -> None:
    for cls in ("visitors_comment", "comments", "user-comment"):
        story = f'<div class="article_content"><h1>Workers return</h1>{_paragraphs(BODY)}</div>'
        text = _text(_page(f'<div class="block_left">{story}{_comment_block(cls)}</div>'))
        assert "plan to stay put" not in text and "quarter of the world" not in text, cls
        assert BODY[-1] in text


def test_an_opinion_piece_classed_comment_keeps_its_text() -> None:
    page = _page(
        '<article class="content content--comment"><h1>Workers return</h1>'
        f'<div class="content__article-body">{_paragraphs(OPENING + BODY)}</div></article>'
    )
    text = _text(page)
    assert OPENING[0] in text and BODY[-1] in text


def _bare_thread(anchor: str) -> str:
    """Old pages' threads: an empty anchor, then each comment as a bold name and `<br>`ed
    text (or a paragraph signed "Posted by"), in no block of their own."""
    first, second = COMMENTS
    return (
        f"<hr>{anchor}<b>Comments are now closed for this story</b><br><br>"
        f"<b>Stephen B</b><br>{first}<br><br><hr>"
        f'<p class="story">{second}<br><b>Posted by Graham on January 10, 2008 12:57 PM</b></p>'
    )


def test_a_thread_set_after_a_comments_anchor_is_left_out() -> None:
    for anchor in (
        '<a name="commentSection"></a>',
        '<a name="comments"></a>',
        '<a id="comments"></a>',
    ):
        story = f"<h1>Workers return</h1>{_paragraphs(OPENING + BODY)}"
        text = _text(_page(f'<div class="story">{story}{_bare_thread(anchor)}</div>'))
        assert "plan to stay put" not in text and "quarter of the world" not in text, anchor
        assert OPENING[0] in text and BODY[-1] in text, anchor


def test_a_link_to_the_comments_keeps_what_follows_it() -> None:
    story = (
        f"<h1>Workers return</h1>{_paragraphs(OPENING)}"
        '<p><a name="comment-count" href="#comments">2 comments</a></p>'
        f"{_paragraphs(BODY)}"
    )
    text = _text(_page(f'<div class="story">{story}</div>'))
    assert OPENING[0] in text and BODY[-1] in text

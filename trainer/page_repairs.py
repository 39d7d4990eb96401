"""Repairs to a page's tree before trafilatura reads it, where its rules lose article text
or read more than the page's story.

- An article's opening in a block classed "teaser" (the part a paywalled page shows before
  the rest): trafilatura drops every "teaser" block unless it favours recall.
- A paragraph that is a block's own text before its first `<br>`: favouring precision,
  trafilatura keeps only the text after each `<br>`, so a story set as `text<br><br>text`
  loses its lede.
- An empty formatting element opening a paragraph (`<p><b></b>Many ...`): favouring
  precision, trafilatura drops the paragraph.
- A stream of several stories (`<article>` after `<article>`, each with its own headline):
  only the one under the page's own headline is read (see `other_stories`).
"""

from __future__ import annotations

import re
from typing import Any

TEASER = re.compile(r"teaser", re.IGNORECASE)
# A block's text run before its first <br> is a paragraph when it has this many words ...
MIN_LEAD_WORDS = 12
# ... and its own <br>s are followed by at least this many words: a block of paragraphs.
MIN_BROKEN_WORDS = 40
# Elements that end the run of a block's text before its first <br>.
_BLOCKS = "p div section article ul ol table figure blockquote header footer aside nav form pre hr"
BLOCK_TAGS = frozenset(_BLOCKS.split()) | {f"h{level}" for level in range(1, 7)}
INLINE_TAGS = ("b", "strong", "i", "em", "span", "u", "font", "small")
# Each story of a stream holds this many words: fewer is a teaser card of another page.
MIN_STORY_WORDS = 60
# ... and the story under the page's headline this many: fewer is the page's headline block.
MIN_MAIN_STORY_WORDS = 120
# A heading that opens the page's <title> ("Headline - Site") is its headline from this length.
MIN_TITLE_WORDS = 5


def repair_tree(tree: Any) -> None:
    """Apply every repair to `tree` (an lxml tree from trafilatura's load_html), in place."""
    _open_teaser_openings(tree)
    _wrap_leads(tree)
    _drop_empty_inline(tree)
    for story in other_stories(tree):
        if story.getparent() is not None:
            story.drop_tree()


def _words(element: Any) -> int:
    return len(" ".join(element.itertext()).split())


def _classes(element: Any) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}"


def _paragraph_classes(element: Any) -> set[str]:
    return {(p.get("class") or "").strip() for p in element.iter("p")} - {""}


def _open_teaser_openings(tree: Any) -> None:
    """A "teaser" block is the article's opening when a later sibling, not a teaser itself,
    goes on with more text in paragraphs of the same class (`teaser-content` then
    `remainder-content`): its class loses the word, and trafilatura keeps it."""
    for element in list(tree.iter()):
        if not isinstance(element.tag, str) or not TEASER.search(_classes(element)):
            continue
        mine = _paragraph_classes(element)
        if not mine or any(TEASER.search(_classes(a)) for a in element.iterancestors()):
            continue
        rest = [s for s in element.itersiblings() if isinstance(s.tag, str)]
        if any(
            not TEASER.search(_classes(s)) and mine & _paragraph_classes(s)
            for s in rest
            if _words(s) > _words(element)
        ):
            for attribute in ("class", "id"):
                if element.get(attribute):
                    element.set(attribute, TEASER.sub("opening", element.get(attribute)))


def _wrap_leads(tree: Any) -> None:
    """`<div>Lede ... <br><br> Second paragraph ... <br><br> Third ...</div>`: the lede (the
    block's own text and inline elements before its first `<br>`) becomes a `<p>`."""
    for block in list(tree.iter("div", "section", "article", "td")):
        if not (block.text or "").strip():
            continue
        run = []
        for child in block:
            if not isinstance(child.tag, str) or child.tag == "br" or child.tag in BLOCK_TAGS:
                break
            run.append(child)
        else:
            continue  # no <br> nor block after the text: not a block of paragraphs
        if child.tag != "br":
            continue
        lead = " ".join([block.text, *(" ".join(c.itertext()) + (c.tail or "") for c in run)])
        after = sum(len((b.tail or "").split()) for b in block if b.tag == "br")
        if len(lead.split()) < MIN_LEAD_WORDS or after < MIN_BROKEN_WORDS:
            continue
        paragraph = block.makeelement("p")
        paragraph.text, block.text = block.text, None
        for child in run:
            paragraph.append(child)  # moves it, with its tail
        block.insert(0, paragraph)


def _drop_empty_inline(tree: Any) -> None:
    """`<p><b></b>Many federal employees ...`: an empty formatting element, its tail kept."""
    for element in list(tree.iter(*INLINE_TAGS)):
        empty = len(element) == 0 and not (element.text or "").strip() and not element.attrib
        if empty and element.getparent() is not None:
            element.drop_tag()


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def page_headline(tree: Any) -> str:
    """The page's own headline: og:title, else twitter:title, else <title>."""
    for name in ("og:title", "twitter:title"):
        for meta in tree.iter("meta"):
            if name in (meta.get("property"), meta.get("name")) and meta.get("content"):
                return str(meta.get("content"))
    title = tree.find(".//title")
    return " ".join(title.itertext()) if title is not None else ""


def other_stories(tree: Any) -> list[Any]:
    """When a page is a stream of stories (two or more `<article>`s of story length, not one
    inside another, each with a heading of its own) and one of them carries the page's own
    headline, the others: the user saved the page of that story, and the next stories'
    words, dates and people are not its. No story under the page's headline: none (the
    page is read as before)."""
    articles = [
        a
        for a in tree.iter("article")
        if not any(p.tag == "article" for p in a.iterancestors()) and _words(a) >= MIN_STORY_WORDS
    ]
    if len(articles) < 2:
        return []
    headline = _normal(page_headline(tree))
    if not headline:
        return []
    main = [a for a in articles if any(_is_headline(h, headline) for h in _headings(a))]
    if len(main) != 1 or _words(main[0]) < MIN_MAIN_STORY_WORDS:
        return []  # a headline block of its own, with the story in the next <article>
    return [a for a in articles if a is not main[0]]


def _headings(article: Any) -> list[str]:
    return [" ".join(h.itertext()) for h in article.iter("h1", "h2", "h3")]


def _is_headline(heading: str, headline: str) -> bool:
    """The heading is the page's headline, or opens a <title> that adds the site's name."""
    heading = _normal(heading)
    return bool(heading) and (
        heading == headline
        or (len(heading.split()) >= MIN_TITLE_WORDS and headline.startswith(heading + " "))
    )

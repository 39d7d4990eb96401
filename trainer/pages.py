"""The main text of a saved or fetched web page, with the method that found it.

trafilatura favouring precision first; its recall mode when that finds next to nothing; the
page's own JSON-LD articleBody when that holds much more. The text is then cleaned like any
article's (trainer.cleaning).
"""

from __future__ import annotations

import re
from typing import Any

from trainer.cleaning import clean_paragraphs, join_broken_lines, split_paragraphs
from trainer.lost_characters import restore_lost_characters
from trainer.page_repairs import repair_tree

# Below this many words of clean text, an extraction is taken to have missed the article (a
# page whose precise extraction is a copyright line), and the next method is tried.
MIN_ARTICLE_WORDS = 40
# The page's own JSON-LD articleBody is used when it holds this much more text than the
# extraction: the publisher's copy of the body beats a cut-short extraction.
JSON_LD_GAIN = 1.5
# dateutil (through htmldate) warns about a page date written "2016-12-13T15:45:00CST": it
# does not know the zone. The date it then gives is the page's own local day, which is the
# day wanted, so the warning is noise and never reaches the user.
UNKNOWN_ZONE_WARNING = r"tzname \S+ identified but not understood"
# A pop-up a page shows on hover (a politician's card of related headlines and "MORE") is
# in the markup next to the name, hidden by the page's CSS: it is never article text.
# Posts a page embeds from social networks: someone else's words, not the article's
# ("Obama has missed 58% of his briefings" in a tweet the article goes on to refute).
EMBEDDED_POST_CLASSES = frozenset(
    ("twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed", "fb-post", "reddit-card")
)
# Readers' comments under a story ('visitors_comment_block', 'comment-list'): what a reader
# wrote is not the article's fact. Only blocks (div, section, list, aside), never the
# story's own <article> (an opinion piece's class="content--comment"), nor one holding its
# headline.
COMMENTS_CLASS = re.compile(r"(?:^|[-_])comments?(?:$|[-_])")
POP_UP_CLASS = re.compile(
    r"(?:^|[-_])(?:rollover|tooltip|hovercard|hover-card|popover)[-_]"
    r"(?:[a-z]+[-_])*(?:block|box|card|content|body|panel|popup|inner|text|wrap|container)$"
)

# A block of teasers for other pages, under a heading that says so: "Other Opinion
# Columns", "More from Politics", "Related stories", "Most read".
_CONTENT_NOUN = (
    r"(?:columns?|stories|story|articles?|news|opinion|headlines?|videos?|reads?|posts?"
    r"|coverage|content)"
)
RELATED_HEADING = re.compile(
    rf"""^(?:
        (?:other|more|related|recommended|popular|latest|top)(?:\s+\S+){{0,3}}\s+{_CONTENT_NOUN}
      | more\s+(?:from|on|in|by)\s+.{{1,40}} | related | recommended(?:\s+for\s+you)?
      | most\s+(?:read|popular|viewed|shared) | you\s+(?:may|might)\s+(?:also\s+)?like
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# A teaser block is small beside the article it sits next to.
MAX_TEASER_SHARE = 0.35
# ... and its teasers are short: a block with a paragraph this long holds the story.
MAX_TEASER_WORDS = 45
# A photo's caption some pages set as a list of one item right after the <figure>.
MAX_CAPTION_ITEMS = 2


def extract_html(html: str | bytes, url: str | None = None) -> tuple[list[str], Any, str] | None:
    """The clean paragraphs of a page, its trafilatura document (metadata), and the method
    that gave the text: "precision" (trafilatura favouring precision), "recall" (favouring
    recall, when the first found next to nothing) or "json-ld" (the page's articleBody).
    None when the markup cannot be parsed at all."""
    import copy
    import warnings

    import trafilatura  # heavy: only when an HTML page is read

    page = without_page_furniture(html)

    def run(
        favor_precision: bool = False,
        favor_recall: bool = False,
        raw: bool = False,
        tables: bool = False,
    ) -> Any:
        try:
            with warnings.catch_warnings():
                warnings.filterwarnings("ignore", message=UNKNOWN_ZONE_WARNING)
                return trafilatura.bare_extraction(
                    copy.deepcopy(page) if page is not None and not raw else html,
                    url=url,
                    with_metadata=True,
                    include_comments=False,
                    include_tables=tables,
                    favor_precision=favor_precision,
                    favor_recall=favor_recall,
                )
        except Exception:  # trafilatura raises many kinds on broken markup
            return None

    document = run(favor_precision=True)
    method = "precision"
    paragraphs = _html_paragraphs(document)
    if _words(paragraphs) < MIN_ARTICLE_WORDS:
        recall = run(favor_recall=True)
        if _words(_html_paragraphs(recall)) > _words(paragraphs):
            document, paragraphs, method = recall, _html_paragraphs(recall), "recall"
    if _words(paragraphs) < MIN_ARTICLE_WORDS and page is not None:
        # the whole story in a block the page's script shows once loaded ('display: none'):
        # read the page as it came
        raw = run(favor_precision=True, raw=True)
        if _words(_html_paragraphs(raw)) > _words(paragraphs):
            document, paragraphs, method = raw, _html_paragraphs(raw), "precision"
    if _words(paragraphs) < MIN_ARTICLE_WORDS:
        # an old page laid out in a table, its story in a cell: read the tables too
        laid_out = run(favor_precision=True, tables=True)
        if _words(_html_paragraphs(laid_out)) > _words(paragraphs):
            document, paragraphs, method = laid_out, _html_paragraphs(laid_out), "precision"
    if document is None:
        return None
    body = json_ld_article_body(
        html if isinstance(html, str) else html.decode("utf-8", errors="replace")
    )
    if body:
        body = restore_lost_characters(body)
        from_ld = clean_paragraphs(split_paragraphs(body.replace("\n", "\n\n")))
        if _words(from_ld) >= max(MIN_ARTICLE_WORDS, JSON_LD_GAIN * _words(paragraphs)):
            paragraphs, method = from_ld, "json-ld"
    return paragraphs, document, method


def without_page_furniture(html: str | bytes) -> Any:
    """The page's tree without hidden text (hover pop-ups, `hidden` elements and those
    styled `display: none`) and without embedded social posts. None when the markup cannot
    be parsed (trafilatura says so)."""
    from trafilatura.utils import load_html

    try:
        tree = load_html(html)
    except Exception:  # broken markup: left to trafilatura's own checks
        return None
    if tree is None:
        return None
    repair_tree(tree)
    hidden = [
        element
        for element in tree.iter()
        if isinstance(element.tag, str)
        and element.tag not in ("html", "body")
        and (
            element.get("hidden") is not None
            or "display:none" in (element.get("style") or "").replace(" ", "").lower()
            or any(POP_UP_CLASS.search(c) for c in (element.get("class") or "").lower().split())
            or bool(EMBEDDED_POST_CLASSES & set((element.get("class") or "").lower().split()))
        )
    ]
    _keep_inline_links(tree)
    hidden += _caption_lists(tree) + _teaser_blocks(tree) + _drop_caps(tree) + _comments(tree)
    hidden += _comment_threads(tree)
    for element in hidden:
        if element.getparent() is not None:
            element.drop_tree()  # its tail (the sentence going on after it) stays
    return tree


def _comments(tree: Any) -> list[Any]:
    """Blocks of readers' comments the page's markup names as such by class or id."""
    return [
        element
        for element in tree.iter("div", "section", "ul", "ol", "aside")
        if any(
            COMMENTS_CLASS.search(word)
            for word in f"{element.get('class') or ''} {element.get('id') or ''}".lower().split()
        )
        and next(element.iter("h1"), None) is None
        and element.get("itemprop") != "articleBody"
    ]


def _comment_threads(tree: Any) -> list[Any]:
    """What follows an empty anchor named for the comments (`<a name="comments"></a>`,
    `<a name="commentSection"></a>`) in its block: old pages set their readers' comments
    there as bare paragraphs, names and `<br>`s, in no block of their own. The text after
    the anchor (tails included) goes with it."""
    found = []
    for anchor in tree.iter("a"):
        name = f"{anchor.get('name') or ''} {anchor.get('id') or ''}".lower()
        if (
            "comment" not in name
            or anchor.get("href")
            or len(anchor)
            or (anchor.text or "").strip()
        ):
            continue
        anchor.tail = None
        for following in anchor.itersiblings():
            following.tail = None
            found.append(following)
    return found


def _keep_inline_links(tree: Any) -> None:
    """'especially high for <span class="link"><a>Joe Biden</a></span>.': trafilatura drops
    a 'link' classed element as a list of links; inside a paragraph it is part of the
    sentence, so it loses the class."""
    for element in tree.iter("span", "a", "em", "strong", "b", "i"):
        if "link" in (element.get("class") or "").lower() and any(
            parent.tag == "p" for parent in element.iterancestors()
        ):
            del element.attrib["class"]


def _caption_lists(tree: Any) -> list[Any]:
    """A list of one or two items right after a <figure>: the photo's caption."""
    found = []
    for figure in tree.iter("figure"):
        following = figure.getnext()
        if (
            following is not None
            and following.tag in ("ul", "ol")
            and 0 < len(following.findall("li")) <= MAX_CAPTION_ITEMS
            and not (figure.tail or "").strip()
        ):
            found.append(following)
    return found


def _drop_caps(tree: Any) -> list[Any]:
    """A paragraph's first letter set in an element of its own before it (a drop cap:
    `<span>T</span><p>urkey, Poland and ...`): the letter is put back at the paragraph's
    start, and its element is returned to be dropped."""
    found = []
    for element in tree.iter():
        letter = (element.text or "").strip()
        following = element.getnext()
        if (
            not isinstance(element.tag, str)
            or len(letter) != 1
            or not letter.isupper()
            or len(element) > 0
            or (element.tail or "").strip()
            or following is None
            or not isinstance(following.tag, str)
        ):
            continue
        first = next(
            (e for e in following.iter() if isinstance(e.tag, str) and (e.text or "").strip()),
            None,
        )
        if first is None or not first.text.lstrip()[:1].islower():
            continue
        if not _opens(following, first):
            continue
        first.text = letter + first.text.lstrip()
        found.append(element)
    return found


def _opens(block: Any, element: Any) -> bool:
    """Is `element`'s text the first text of `block` (no tail of an element before it)?"""
    ancestors = set(element.iterancestors())
    for node in block.iter():
        if node is element:
            return True
        if node not in ancestors and node is not block and (node.tail or "").strip():
            return False
    return False


def _teaser_blocks(tree: Any) -> list[Any]:
    """The block under a heading like "Other Opinion Columns" (the heading's wrapper, or
    the wrapper of its header), when it holds a small part of the page's text and not the
    story's headline (a "More top stories" heading alone in a block inside the story's
    column: sample Q72)."""
    body = tree.find(".//body")
    total = len(" ".join((body if body is not None else tree).itertext()).split())
    found = []
    for heading in tree.iter("h2", "h3", "h4"):
        words = " ".join(heading.itertext()).split()
        if not words or len(words) > 6 or not RELATED_HEADING.match(" ".join(words)):
            continue
        block = heading.getparent()
        if block is not None and " ".join(block.itertext()).split() == words:
            block = block.getparent()  # the heading sits in a header of its own
        if block is None or block.tag in ("html", "body", "article", "main"):
            continue
        if next(block.iter("h1"), None) is not None:
            continue  # the block holds the story's headline: it is the story's column
        longest = max((len(" ".join(p.itertext()).split()) for p in block.iter("p")), default=0)
        if longest > MAX_TEASER_WORDS:
            continue
        if len(" ".join(block.itertext()).split()) <= MAX_TEASER_SHARE * total:
            found.append(block)
    return found


def _html_paragraphs(document: Any) -> list[str]:
    text = getattr(document, "text", None) if document is not None else None
    if not text:
        return []
    paragraphs = clean_paragraphs(join_broken_lines(restore_lost_characters(text).splitlines()))
    return [p for p in paragraphs if not _code(p)]


# What a script writes: 'document.write(...)', 'if ((!document.images && ...) {'.
CODE = re.compile(r"document\.write\s*\(|\bfunction\s*\(|\bvar\s+\w+\s*=|\)\s*\{|\}\s*\)")
CODE_CHARS = frozenset("{}();=<>+\\|&")
CODE_SHARE = 0.06
MIN_CODE_CHARS = 4  # '(AP)', 'WASHINGTON (AFP)' are no code


def _code(paragraph: str) -> bool:
    """A script's text the extractor took for the story's (an old page's advert code
    printed in its markup: sample Q18's page read as 'not English' from it)."""
    if CODE.search(paragraph):
        return True
    symbols = sum(c in CODE_CHARS for c in paragraph)
    return symbols >= MIN_CODE_CHARS and symbols > CODE_SHARE * len(paragraph)


def _words(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)


def json_ld_article_body(html: str) -> str:
    """The longest `articleBody` of the page's JSON-LD blocks (schema.org NewsArticle)."""
    import json

    best = ""
    for block in re.findall(
        r"<script[^>]+type=[\"']application/ld\+json[\"'][^>]*>(.*?)</script>",
        html,
        re.DOTALL | re.IGNORECASE,
    ):
        try:
            data = json.loads(block.strip())
        except ValueError:
            continue
        for body in _article_bodies(data):
            if len(body) > len(best):
                best = body
    return html_unescape(re.sub(r"<[^>]+>", " ", best)).strip()


def _article_bodies(data: object) -> list[str]:
    if isinstance(data, list):
        return [b for item in data for b in _article_bodies(item)]
    if isinstance(data, dict):
        found = [data["articleBody"]] if isinstance(data.get("articleBody"), str) else []
        return found + [b for value in data.values() for b in _article_bodies(value)]
    return []


def html_unescape(text: str) -> str:
    import html

    return html.unescape(text)

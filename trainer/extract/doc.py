"""Per-Doc helpers every extractor shares: one cache, the text, evidence sentences.

Functions over a spaCy Doc that return plain strings, never tokens, so facts carry no
spaCy objects. Whatever is found once per document (its text, its people, its quotes)
is kept in `doc.user_data` through `cached`, so each question kind asks for it freely.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, TypeVar, cast

from trainer.language.lexicon import DAY_NAME_WORDS, FINITE_TAGS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from trainer.model import Article

T = TypeVar("T")


def cached(doc: Doc, key: str, build: Callable[[Doc], T]) -> T:
    """`build(doc)`, computed once per doc and kept in its user_data under `key`."""
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = build(doc)
    return cast(T, found)


def verb_over(token: Token) -> Token | None:
    """The first verb above a word, however the parser hung the words between."""
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)


def has_a_tense(verb: Token) -> bool:
    """'rumors started spreading', 'he has left': a verb with a tense of its own, or an
    auxiliary's ('can look')."""
    return verb.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children
    )


def takes_nothing(verb: Token) -> bool:
    """'took no questions in the Rose Garden': an object of 'no' says nothing was done."""
    return any(
        c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in verb.children
    )


def text_of(doc: Doc) -> str:
    """The document's text. spaCy's `Doc.text` rebuilds the string from every token on each
    access, which made one generator slower than the parse itself; keep it once per doc."""
    return cached(doc, "trainer.text", _doc_text)


def _doc_text(doc: Doc) -> str:
    return str(doc.text)


def entities_starting(doc: Doc, start: int, end: int, label: str = "") -> list[Span]:
    """The doc's entities (of `label`, if given) whose first token lies in [start, end).
    `Span.ents` and `doc.ents` walk every entity of the doc on each call, which is slow on a
    long article asked about many times; these are found once and looked up by position."""
    key = f"trainer.ents.{label}"
    ents = cached(doc, key, lambda d: [e for e in d.ents if not label or e.label_ == label])
    starts = cached(doc, f"{key}.starts", lambda d: [e.start for e in ents])
    return ents[bisect_left(starts, start) : bisect_left(starts, end)]


def evidence(doc: Doc, start_char: int, end_char: int) -> str:
    """The full sentence(s) covering [start_char, end_char), verbatim from the text,
    never reaching past the paragraph(s) of the span (spaCy's sentences may)."""
    text = text_of(doc)
    para_start = text.rfind("\n\n", 0, start_char)
    para_start = 0 if para_start < 0 else para_start + 2
    para_end = text.find("\n\n", max(end_char - 1, start_char))
    para_end = len(text) if para_end < 0 else para_end
    start, end = start_char, end_char
    sentences = sentences_of(doc)
    ends = cached(doc, "trainer.sentence_ends", lambda d: [s.end_char for s in sentences])
    for sent in sentences[bisect_right(ends, start_char) :]:
        if sent.start_char >= end_char:
            break
        start = min(start, sent.start_char)
        end = max(end, sent.end_char)
    found = text[max(start, para_start) : min(end, para_end)].strip()
    if found[-2:] in (' "', " “"):  # the opening mark of the next quote
        found = found[:-2].rstrip()
    return found


def opens_the_article(doc: Doc, article: Article) -> bool:
    """Is the doc the article's first part (a long article is parsed in parts), the one
    that holds its lead?"""
    return article.text.lstrip().startswith(text_of(doc).lstrip()[:80])


def sentences_of(doc: Doc) -> list[Span]:
    """The doc's sentences, in order, listed once per doc (spaCy builds every sentence's
    span anew each time `doc.sents` is walked)."""
    return cached(doc, "trainer.sentences", _listed_sentences)


def _listed_sentences(doc: Doc) -> list[Span]:
    return list(doc.sents)


def evidence_of(sentence: Span, article: Article) -> str | None:
    """The sentence verbatim; None if it is not a substring of the article text, a piece
    the splitter cut out of a longer sentence, or a question ('Did the conversation on the
    Sunday episode predict ...?' asserts nothing; a quoted question ends on its quotation
    mark)."""
    text = str(sentence.text).strip()
    if cut_mid_sentence(sentence) or text.endswith("?"):
        return None  # a piece of a sentence, or a question the article asks: no fact
    if sentence[0].lower_ in FRAGMENT_OPENERS:
        return None  # 'Meaning the entry-level Basic access will remain ...' (sample Q68)
    return text if text and text in article.text else None


# Words that open a piece of the sentence before, written as a sentence of its own: it
# states nothing alone ('Meaning the ...', 'Including ...', 'Which means ...').
FRAGMENT_OPENERS = frozenset(("meaning", "including", "which", "whereas"))
# What a sentence ends on: its full stop, a closing quotation mark or bracket.
SENTENCE_ENDS = frozenset(".!?…\"”’'):;")


def cut_mid_sentence(sentence: Span) -> bool:
    """'Eamonn’s A Dublin Chipper and T.N.T. Bar, at 2413 Columbia' / 'Pike in the Penrose
    Square development, were hoping to open ...': the splitter broke one sentence in two
    inside a paragraph. One part ends on no full stop, and the other starts after it."""
    doc = sentence.doc
    words = [t for t in sentence if not t.is_space]
    if not words:
        return False
    after = doc[words[-1].i + 1] if words[-1].i + 1 < len(doc) else None
    if after is not None and not after.is_space and not _ends(words[-1]):
        return True  # the sentence runs on into the next without a full stop
    before = doc[words[0].i - 1] if words[0].i > 0 else None
    return before is not None and not before.is_space and not _ends(before)


def _ends(token: Token) -> bool:
    """A full stop, or a dash closing a dateline ('WILSON, N.Y. -', 'New York (CNN) --')."""
    return token.text[-1:] in SENTENCE_ENDS or token.text in ("-", "--", "–", "—")


def in_a_day_s_name(weekday: Token) -> bool:
    """'Tuesday' of 'Super Tuesday', 'Friday' of 'Black Friday': a weekday after a
    capitalised word that names a day of the year with it, no day of the article's week."""
    if weekday.i == 0:
        return False
    before = weekday.doc[weekday.i - 1]
    return before.text[:1].isupper() and before.lower_ in DAY_NAME_WORDS


def own_words(verb: Token, inner: frozenset[str]) -> Iterator[Token]:
    """The verb's own clause: its words, without the clauses inside it (`inner`: the
    dependencies that open one)."""
    todo = [verb]
    while todo:
        token = todo.pop()
        yield token
        todo.extend(c for c in token.children if c.dep_ not in inner)

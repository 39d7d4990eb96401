"""Tokens -> question text: their own spacing, replacements, tidy punctuation."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from trainer.extract.clauses.cut import QUOTE_CHARS
from trainer.language.lexicon import CONNECTIVES, STATE_PARTICIPLES

if TYPE_CHECKING:
    from spacy.tokens import Token


def render(tokens: Iterable[Token], replace: dict[int, str], drop: set[int] | None = None) -> str:
    """Join tokens with their own spacing; `replace` maps a token index to new text.
    They are shown in the sentence's order: a subtree the parser built across another
    phrase ('a declaration that Amnesty said could amount', 'that' hung on 'amount') is
    not walked in it ('a declaration Amnesty said that could amount')."""
    drop = drop or set()
    out: list[str] = []
    previous: Token | None = None
    for token in sorted(tokens, key=lambda t: t.i):
        if token.i in drop:
            continue
        if previous is not None and previous.i + 1 != token.i and not previous.whitespace_:
            out.append(" ")  # 'older' + 'reported' once the comma between them is gone
        text = replace.get(token.i, token.text)
        if previous is not None and previous.i in replace and token.i not in replace:
            text = _written_out(token, text)
        out.append(text + (token.whitespace_ or ""))
        previous = token
    return tidy("".join(out))


# Sentence adverbs that join a sentence to the one before it ("After all, ...", "In 2009,
# however, ..."): dropped from a question, which has no sentence before it.
LINKING_ADVERBS = (
    *("after all", "as a result", "by contrast", "even so", "in contrast", "in fact"),
    *("in turn", "indeed", "instead", "moreover", "nevertheless", "nonetheless"),
    *("of course", "still", "then again", "therefore", "thus", "however", "meanwhile"),
    *("though", "for example", "for instance", "on the other hand", "by comparison"),
    *("in comparison", "likewise", "similarly", "furthermore", "in addition", "additionally"),
    *("for his part", "for her part", "for its part", "for their part"),
)
# 'He's also ...' with 'He' written out is 'Jeff Roe is also ...', not 'Jeff Roe's also'
CLITICS = {
    "'s": ("is", "has"),
    "'re": ("are",),
    "'ve": ("have",),
    "'ll": ("will",),
    "'m": ("am",),
    # 'he'd promised' is 'Robert Mueller had promised', not "Robert Mueller'd" (sample Q132,
    # UNGRAM); 'he'd go' is 'would'
    "'d": ("would", "had"),
}


def _written_out(token: Token, text: str) -> str:
    """A verb's clitic after a word written in for a pronoun, as a word of its own."""
    forms = CLITICS.get(text.lower().replace("’", "'"))
    if forms is None or token.pos_ != "AUX" or token.doc[token.i - 1].whitespace_:
        return text
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else token
    # 'He's worked', 'He's been': a perfect, whatever the tagger made of the clitic; 'he's
    # expected to', 'she's married to': a participle that says how someone is
    participle = token.head if token.head.tag_ == "VBN" else None
    perfect = following.lower_ == "been" or (
        participle is not None and participle.lower_ not in STATE_PARTICIPLES
    )
    if text.lower().replace("’", "'") == "'d":
        return " " + ("had" if following.tag_ == "VBN" or token.tag_ == "VBD" else "would")
    has = (perfect or token.lemma_.lower() == "have") and len(forms) > 1
    return " " + forms[1 if has else 0]


def tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r'(["“”])\1+', r"\1", text)  # '""Tim's 13 years': a typo's doubled mark
    text = re.sub(r"\s+([,.;:?!)])(?!\d)", r"\1", text)  # not '.366', a batting average
    text = re.sub(r"([(])\s+", r"\1", text)
    text = re.sub(r",\s*(?=[,.;:?!](?!\d))", "", text)
    text = re.sub(r",(\s*[—–])", r"\1", text)  # 'on average, — but': a comma a cut left
    text = re.sub(r"\.\)\.$", ".)", text)
    # 'were "racist," as a matter of record' cut after the quotation: 'were "racist".'
    text = re.sub(r",([”\"’'])(?=[.?!]$)", r"\1", text)
    text = re.sub(r"(_____)\.(?=[,;:])", r"\1", text)  # '30 kg.,' blanked: '_____.,'
    text = re.sub(r"^[\s,;:—–-]+", "", text)
    # 'did the DNC announce, that Russia had hacked ...' of 'announced on June 14, 2016, that
    # ...': the date went, its comma stayed (sample Q117, UNGRAM)
    text = re.sub(
        r"\b((?:announc|report|confirm|claim|warn|reveal|disclos|stat|sa[iy])\w*), (?=that\b)",
        r"\1 ",
        text,
    )
    text = re.sub(r"(\b[A-Za-z]{1,4}\.)\.$", r"\1", text)  # 'in Lombard, Ill.': one stop ends it
    return text.strip()


def strip_connective(tokens: Sequence[Token]) -> list[Token]:
    """Drop a leading 'But', 'And', 'However,', 'After all,' from a clause, and a linking
    adverb set off by commas inside it (`linking_asides`)."""
    toks = list(tokens)
    while toks:
        linking = _linking_adverb(toks, 0) or _topic(toks)
        if linking:
            toks = toks[linking:]
        elif (toks[0].lower_ in CONNECTIVES and not _modifies_the_next(toks)) or (
            toks[0].is_punct and toks[0].text not in QUOTE_CHARS
        ):
            toks = toks[1:]
        else:
            break
    aside = linking_asides(toks)
    return [t for t in toks if t.i not in aside]


# Adverbs that lean on what the sentence before told: 'MIPS also sold ...', 'was already a
# shareholder' (before what?).
LEANING_ADVERBS = frozenset(("also", "already", "too"))


def _modifies_the_next(toks: Sequence[Token]) -> bool:
    """'So far, ...', 'Still more ...', 'Yet another ...': the word is part of the phrase
    it opens, not a link to the sentence before."""
    return len(toks) > 1 and toks[0].head.i == toks[1].i and not toks[1].is_punct


def linking_asides(tokens: Sequence[Token]) -> set[int]:
    """The token indices of a linking adverb set off by commas inside a clause, outside
    quotes: 'In 2009, however, Congress ...' -> 'In 2009, Congress ...'; 'Acme was,
    however, the largest' -> 'Acme was the largest' (no comma is left after a subject or
    a verb); and an 'also', 'already' or a verb's 'too', which lean on what the sentence
    before told."""
    toks = list(tokens)
    drop: set[int] = set()
    opening = _linking_adverb(toks, 0)  # 'In fact, ...' (a wh-question would move it behind)
    drop |= {t.i for t in toks[:opening]}
    quoted = False
    for at, token in enumerate(toks):
        quoted ^= token.text in QUOTE_CHARS
        if (
            not quoted
            and token.lower_ in LEANING_ADVERBS
            and token.dep_ == "advmod"
            and (token.lower_ != "too" or token.head.pos_ in ("VERB", "AUX"))  # not 'too big'
            # 'an already significant presence': its article was written for it (sample Q66)
            and not (at and toks[at - 1].lower_ in ("a", "an"))
        ):
            drop.add(token.i)  # 'MIPS also sold ...': besides what the sentence before told
            continue
        if quoted or token.text != "," or token.i in drop:
            continue
        linking = _linking_adverb(toks, at + 1)
        if not linking:
            continue
        drop |= {t.i for t in toks[at + 1 : at + 1 + linking]}
        before = toks[at - 1] if at else None
        if before is None or before.pos_ in ("VERB", "AUX") or _in_subject(before):
            drop.add(token.i)
    return drop


def _in_subject(token: Token) -> bool:
    """Whether a word stands in its clause's subject ('Acme' of 'Acme, however, is'): no
    comma is left between it and its verb."""
    while token.dep_ not in ("nsubj", "nsubjpass", "expl") and token.head.i != token.i:
        if token.pos_ in ("VERB", "AUX"):
            return False
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass", "expl")


def _linking_adverb(toks: Sequence[Token], at: int) -> int:
    """How many tokens from `at` are a linking adverb and the comma after it (0: none)."""
    for phrase in LINKING_ADVERBS:
        words = phrase.split()
        end = at + len(words)
        if (
            end < len(toks)
            and [t.lower_ for t in toks[at:end]] == words
            and toks[end].text == ","
            and all(t.i + 1 == u.i for t, u in pairwise(toks[at : end + 1]))
        ):
            return len(words) + 1
    return 0


# 'As for the pricing, the base variant comes at 2,099 Yuan': a phrase that names what the
# sentence turns to, which the question says itself ('... come as for the pricing?'). A
# name it turns to stays: the sentence may speak of it as 'her'.
TOPIC_OPENINGS = (("as", "for"), ("as", "to"), ("regarding",), ("speaking", "of"))
TOPIC_WORDS = 6


def _topic(toks: Sequence[Token]) -> int:
    """How many tokens a topic opening and the comma after it take (0: none)."""
    for opening in TOPIC_OPENINGS:
        if tuple(t.lower_ for t in toks[: len(opening)]) != opening:
            continue
        for i, token in enumerate(toks[len(opening) : len(opening) + TOPIC_WORDS + 1]):
            if token.text == ",":
                return len(opening) + i + 1 if i else 0
            if token.pos_ in ("VERB", "AUX", "PROPN") or token.is_punct:
                return 0  # 'As for Jane Roe, ... her campaign': the name is who 'her' is
    return 0


def capitalize_first(text: str) -> str:
    """The first letter in capitals, after any opening quote mark ('" in _____, we had' ->
    '" In _____, we had')."""
    opening = len(text) - len(text.lstrip("\"“‘'( "))
    return text[:opening] + text[opening : opening + 1].upper() + text[opening + 1 :]


def words(text: str) -> int:
    return len(re.findall(r"[\w$%'’-]+", text))


def balanced_quotes(text: str, tokens: Sequence[Token] = ()) -> bool:
    """Quotes and parentheses closed: a clause cut from a longer passage is not. With the
    question's tokens, the dashes of an aside too (`dashes_paired`)."""
    return (
        text.count('"') % 2 == 0
        and text.count("“") == text.count("”")
        and text.count("(") == text.count(")")
        and text.count("[") == text.count("]")
        and _single_quotes_closed(text)
        and _straight_quotes_alternate(text)
        and dashes_paired(text, tokens)
    )


def _straight_quotes_alternate(text: str) -> bool:
    """Straight quotes open and close by turns: '"... since _____ "have been continued' opens
    twice, a quote whose 'the suit said' between two parts was cut (sample Q139, UNGRAM)."""
    open_ = False
    for m in re.finditer('"', text):
        before = text[m.start() - 1] if m.start() else " "
        after = text[m.end()] if m.end() < len(text) else " "
        opening = (before.isspace() or before in "([—-") and not after.isspace()
        closing = not before.isspace() and (after.isspace() or after in ".,;:!?)]—-…")
        if opening and not closing:
            if open_:
                return False
            open_ = True
        elif closing and not opening:
            if not open_:
                return False
            open_ = False
        else:  # spaced on both sides ('" _____, we had'): whichever its turn is
            open_ = not open_
    return True


# A dash that sets off an aside ('Honor A. P. — at 5-1 odds — drew'), not a hyphen or the
# en dash of a range ('2019–2020').
_ASIDE_DASH = re.compile(r"—|--|(?<!\S)–(?!\S)")


def dashes_paired(text: str, tokens: Sequence[Token]) -> bool:
    """A sentence with an even number of dashes sets off asides with them, in pairs. A
    question may keep an aside's opening dash and cut the rest of the sentence ('Rumors
    spread that X – causing its stock to rise _____'), but never a closing dash without
    its opening one, nor show fewer dashes than it kept ('On what date did Honor A. P. at
    5-1 odds — draw ...?': the opening dash was lost with the subject's cut)."""
    if not tokens:
        return True
    dashes = [t.i for t in tokens[0].sent if _aside_dash(t)]
    if not dashes or len(dashes) % 2 == 1:
        return True
    kept = {t.i for t in tokens}
    expected = 0
    for opening, closing in zip(dashes[::2], dashes[1::2], strict=True):
        if closing in kept and opening not in kept:
            return False
        expected += (opening in kept) + (closing in kept)
    return len(_ASIDE_DASH.findall(text)) == expected


def _aside_dash(token: Token) -> bool:
    if token.text in ("—", "--"):
        return True
    spaced_before = token.i == 0 or bool(token.doc[token.i - 1].whitespace_)
    return token.text == "–" and spaced_before and bool(token.whitespace_)


# A single quotation mark opening a word, and one closing a word (or an apostrophe after
# a plural: 'the farmers' agitation', which closes nothing opened before it).
_SINGLE_OPENING = re.compile(r"(?:^|(?<=[\s(\[“\"—–-]))['‘](?=\w)")
_SINGLE_CLOSING = re.compile(r"(?<=[\w.,!?])['’](?=$|[\s).,;:!?”\"—–-])")


def _single_quotes_closed(text: str) -> bool:
    """ "a five-pillared strategic approach 'GUARD" cut before its closing mark is open."""
    marks = sorted(
        [(m.start(), 1) for m in _SINGLE_OPENING.finditer(text)]
        + [(m.start(), -1) for m in _SINGLE_CLOSING.finditer(text)]
    )
    depth = 0
    for _, step in marks:
        depth = max(depth + step, 0)
    return depth == 0

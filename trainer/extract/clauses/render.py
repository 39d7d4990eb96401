"""Tokens -> question text: their own spacing, replacements, tidy punctuation."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from trainer.extract.clauses.cut import QUOTE_CHARS
from trainer.language.lexicon import CONNECTIVES, STATE_PARTICIPLES

if TYPE_CHECKING:
    from spacy.tokens import Token


def render(tokens: Iterable[Token], replace: dict[int, str], drop: set[int] | None = None) -> str:
    """Join tokens with their own spacing; `replace` maps a token index to new text."""
    drop = drop or set()
    out: list[str] = []
    previous: Token | None = None
    for token in tokens:
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


# 'He's also ...' with 'He' written out is 'Jeff Roe is also ...', not 'Jeff Roe's also'
CLITICS = {"'s": ("is", "has"), "'re": ("are",), "'ve": ("have",), "'ll": ("will",), "'m": ("am",)}


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
    has = (perfect or token.lemma_.lower() == "have") and len(forms) > 1
    return " " + forms[1 if has else 0]


def tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([,.;:?!)])", r"\1", text)
    text = re.sub(r"([(])\s+", r"\1", text)
    text = re.sub(r",\s*(?=[,.;:?!])", "", text)
    text = re.sub(r"\.\)\.$", ".)", text)
    text = re.sub(r"^[\s,;:—–-]+", "", text)
    return text.strip()


def strip_connective(tokens: Sequence[Token]) -> list[Token]:
    """Drop a leading 'But', 'And', 'However,' from a clause."""
    toks = list(tokens)
    while toks and (
        toks[0].lower_ in CONNECTIVES or (toks[0].is_punct and toks[0].text not in QUOTE_CHARS)
    ):
        toks = toks[1:]
    return toks


def capitalize_first(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def words(text: str) -> int:
    return len(re.findall(r"[\w$%'’-]+", text))


def balanced_quotes(text: str) -> bool:
    """Quotes and parentheses closed: a clause cut from a longer passage is not."""
    return (
        text.count('"') % 2 == 0
        and text.count("“") == text.count("”")
        and text.count("(") == text.count(")")
    )

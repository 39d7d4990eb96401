"""Fact keys: the same fact found in two articles, however worded, gets one key; two
facts of one article never share one."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from trainer.extract.clauses.phrase import Question
from trainer.extract.clauses.rewrite import spelled_out_acronyms
from trainer.extract.doc import text_of
from trainer.extract.organisations import organisation_names
from trainer.extract.persons import full_names
from trainer.language.text import normalise

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from trainer.model import Article, Fact

M = TypeVar("M")

KEY_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}


def fact_key(kind: str, value: str, anchor: Token, question: Question) -> str:
    """kind|value|core words: the verb the answer hangs on, its subject and object.

    The core is the same however the rest of the sentence is worded, so the same
    fact found in two articles shares a key.
    """
    verb = anchor
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    core: set[str] = set()
    if anchor.pos_ in ("NOUN", "PROPN") and anchor.i != verb.i:
        core.add(anchor.lemma_.lower())
    core.add(verb.lemma_.lower())
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.pos_ != "PRON":
            core.add(child.lemma_.lower())
    return f"{kind}|{value}|{' '.join(sorted(core))}"


def content_key(kind: str, value: str, question: Question) -> str:
    """A fuller key: every content word of the question."""
    lemmas = sorted(
        {t.lemma_.lower() for t in question.tokens if t.pos_ in KEY_POS and not t.is_stop}
    )
    return f"{kind}|{value}|{' '.join(lemmas)}"


def collect(
    doc: Doc,
    article: Article,
    mentions: Iterable[M],
    make: Callable[[M, Article, dict[str, str]], tuple[Fact, str] | None],
) -> list[Fact]:
    """The facts `make` builds from each mention, with keys made unique within the article."""
    names = full_names(doc) | spelled_out_acronyms(text_of(doc))
    names |= organisation_names(doc, article)  # 'the company' -> 'WeWork'
    facts: list[Fact] = []
    fuller: dict[int, str] = {}
    for mention in mentions:
        made = make(mention, article, names)
        if made is not None:
            fuller[len(facts)] = made[1]
            facts.append(made[0])
    return unique_keys(facts, fuller)


def unique_keys(facts: list[Fact], fuller: dict[int, str]) -> list[Fact]:
    """Two facts of one article with one key: give each its fuller key; drop exact repeats."""
    counts: dict[tuple[str, str], int] = {}
    for f in facts:
        counts[(f.kind, f.key)] = counts.get((f.kind, f.key), 0) + 1
    out: list[Fact] = []
    seen: set[tuple[str, str]] = set()
    asked: list[tuple[str, str]] = []
    for i, f in enumerate(facts):
        if counts[(f.kind, f.key)] > 1:
            f = replace(f, key=fuller[i])
        if (f.kind, f.key) in seen:
            continue
        plain = normalise(f.question)
        if any(a == f.answer and (plain in q or q in plain) for a, q in asked):
            continue  # the same sentence twice (a pull quote repeats the text)
        asked.append((f.answer, plain))
        seen.add((f.kind, f.key))
        out.append(f)
    return out

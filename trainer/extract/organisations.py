"""The organisation an article is about, and "the company" written out as its name.

"The company itself had 12,500 employees" leans on a sentence before it; in an article about
WeWork the card can say "WeWork itself had 12,500 employees". A bare "the company", "the
airline", "the lender" is written out as the article's organisation only when nothing leaves
a doubt which one it is:

- the article is about it: it is named in the headline or the first two sentences, it is
  the organisation the article names most, half again as often as any other (a name the
  tagger took for a person's, 'Gannett', counts as an organisation), and twice as often as
  any other of the noun's kind;
- it is of the noun's kind: its name says so ('Emirates Airline', 'Walt Disney Co.'), the
  article calls it so ('budget carrier Ryanair', 'WeWork, the office-sharing company'), or,
  for 'the company', it has what only a company has ('WeWork's shares', 'Apple CEO');
- it is the organisation named last before the noun, a few sentences back at most, with no
  other organisation, no other company ('a startup', 'its parent company') between;
- the noun says nothing more of itself ('the parent company', 'the company behind X' are
  others), is outside quotation marks (a quotation is kept as spoken), and the question
  names no organisation before it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from trainer.extract.clauses.cut import inside_quote
from trainer.extract.doc import cached, text_of
from trainer.extract.persons import person_index
from trainer.language.anaphora import (
    COMPANY_KINDS,
    COMPANY_THINGS,
    KIND_NAME_WORDS,
    ORGANISATION_NOUNS,
)
from trainer.language.text import normalise

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from trainer.model import Article

# The key under which `names` holds the organisation a noun stands for: 'the airline'.
KEY_PREFIX = "the "
SENTENCES_BACK = 4  # how far back the organisation must be named last
ORG_LIKE = ("ORG",)
MODIFIERS = ("compound", "amod", "nmod", "prep", "relcl", "acl", "appos", "poss", "nummod")


@dataclass(frozen=True)
class Mention:
    """One naming of an organisation: its words, its key, where it stands."""

    key: str
    text: str
    start: int
    end: int
    with_the: bool  # 'the Essar Steel': the name takes an article


def organisation_names(doc: Doc, article: Article) -> dict[str, str]:
    """'the company' -> 'WeWork' for every noun of ORGANISATION_NOUNS whose kind fits the
    organisation the article is about (see the module's rules); the clause rewriter writes
    the noun out where nothing nearer competes (`organisation_replacements`)."""
    return cached(doc, "trainer.organisation_names", lambda d: _names(d, article))


def _names(doc: Doc, article: Article) -> dict[str, str]:
    mentions = _mentions(doc)
    counts = Counter(m.key for m in mentions)
    if not counts:
        return {}
    (top, n), *rest = counts.most_common()
    if n < 3 or any(k * 3 > n * 2 for _, k in rest) or not _leads(doc, article, top, mentions):
        return {}
    kinds = {key: _kinds(doc, [m for m in mentions if m.key == key]) for key in counts}
    out: dict[str, str] = {}
    for noun, kind in ORGANISATION_NOUNS.items():
        rivals = [k for key, k in counts.items() if key != top and _fits(kind, kinds[key])]
        if _fits(kind, kinds[top]) and all(k * 2 <= n for k in rivals):
            out[KEY_PREFIX + noun] = _written(top, mentions)
    return out


def _fits(kind: str, kinds: frozenset[str]) -> bool:
    """Does an organisation of `kinds` fit the noun's kind (an airline is a company too)?"""
    return kind in kinds or (kind == "company" and bool(kinds & COMPANY_KINDS))


def organisation_replacements(tokens: Sequence[Token], names: dict[str, str]) -> dict[int, str]:
    """Token index -> words for each bare 'the company' of `tokens` that stands for the
    organisation `names` holds for it (organisation_names): 'The' goes, 'company' becomes
    'WeWork' (the article is kept for a name that takes one: 'the Essar Steel')."""
    out: dict[int, str] = {}
    if not tokens or not any(k.startswith(KEY_PREFIX) for k in names):
        return out
    doc = tokens[0].doc
    mentions = _mentions(doc)
    first = min(t.i for t in tokens)
    for noun in tokens:
        name = names.get(KEY_PREFIX + noun.lower_)
        if name is None or noun.i == 0 or not _bare(noun):
            continue
        det = doc[noun.i - 1]
        # 'Whole Foods is not opening stores, ... the company's': the question names one
        named_before = any(
            t.ent_type_ in ORG_LIKE or _another_company(t) or t.i in out
            for t in tokens
            if first <= t.i < det.i
        )
        if named_before or _quoted(noun) or not _last_named(noun, name, mentions):
            continue
        for c in noun.children:
            if c.lower_ == "itself":
                out[c.i] = ""  # 'WeWork itself had': no other the name stands apart from
        written = [m.with_the for m in mentions if m.text == name]
        if written.count(True) > written.count(False):
            out[noun.i] = name
        else:
            out[det.i] = ""
            out[noun.i] = name
    return out


def _bare(noun: Token) -> bool:
    """'the company' alone: not 'the parent company', 'the company behind X', 'the company’s
    own' is fine ('’s' is its case)."""
    if noun.tag_ != "NN" or noun.dep_ not in ("nsubj", "nsubjpass", "poss", "dobj", "pobj"):
        return False
    det = noun.doc[noun.i - 1]
    if det.lower_ != "the" or det.head.i != noun.i or det.dep_ != "det":
        return False
    return not any(c.dep_ in MODIFIERS and not _aside(c, noun) for c in noun.children)


def _aside(modifier: Token, noun: Token) -> bool:
    """'the company itself', 'The company, which is expected to lay off thousands,', 'the
    airline — the largest international carrier in the world —': more of the company, not
    which company (a name in apposition is: 'the company, Big Machine,')."""
    if modifier.lower_ == "itself":
        return True
    doc = noun.doc
    set_off = noun.i + 1 < len(doc) and doc[noun.i + 1].text in (",", "—", "–")
    if modifier.dep_ == "relcl":
        return set_off and modifier.left_edge.tag_ in ("WDT", "WP")
    return (
        modifier.dep_ == "appos"
        and set_off
        and modifier.pos_ == "NOUN"
        and not any(t.ent_type_ or t.pos_ == "PROPN" for t in modifier.subtree)
    )


def _quoted(token: Token) -> bool:
    """Inside quotation marks (a quotation is kept as spoken)."""
    text = text_of(token.doc)
    paragraph = text.rfind("\n\n", 0, token.idx)
    return inside_quote(token, 0 if paragraph < 0 else paragraph + 2)


def _last_named(noun: Token, name: str, mentions: list[Mention]) -> bool:
    """Is `name` the organisation named last before the noun, within SENTENCES_BACK
    sentences, with no other organisation or company between?"""
    doc = noun.doc
    sent = noun.sent
    for _ in range(SENTENCES_BACK - 1):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
    start = sent.start
    key = next((m.key for m in mentions if m.text == name), _key(name))
    before = [m for m in mentions if start <= m.start and m.end <= noun.i - 1]
    if not before or before[-1].key != key:
        return False
    last = before[-1].end
    between = doc[last : noun.i - 1]
    return not any(_another_company(t) for t in between)


def _another_company(token: Token) -> bool:
    """'a startup', 'its parent company', 'companies', a name the tagger did not take for
    anything ('Whole Foods' once): an organisation the noun may stand for."""
    if token.lower_ in ORGANISATION_NOUNS or token.lemma_.lower() in ORGANISATION_NOUNS:
        return not (token.tag_ == "NN" and _bare(token))  # 'the company' again is the same
    return token.pos_ == "PROPN" and token.ent_type_ in ("", "ORG")


def _mentions(doc: Doc) -> list[Mention]:
    return cached(doc, "trainer.organisations", _find_mentions)


def _find_mentions(doc: Doc) -> list[Mention]:
    """Every naming of an organisation in the doc, in text order: each name the tagger
    took for an organisation's more often than for a person's, wherever it stands (the
    tagger misses many); a one-word name tagged a person's that is no word of a person's
    full name counts too ('Gannett'); a person's surname the tagger took for an
    organisation ('Neumann' of 'Adam Neumann') does not."""
    labels: dict[tuple[str, ...], Counter[str]] = {}
    for ent in doc.ents:
        words = [t.text for t in ent]
        while words and words[-1] in ("'s", "’s", "'", "’"):
            words.pop()  # "WeWork’s", not "NASA’s Office of the Inspector General"
        if words and words[0].lower() == "the":
            words = words[1:]
        if words and words[0][:1].isupper() and ent.label_ in ("ORG", "PERSON"):
            labels.setdefault(tuple(words), Counter())[ent.label_] += 1
    people = {w for form, k in labels.items() if len(form) > 1 and k["PERSON"] for w in form}
    forms: set[tuple[str, ...]] = set()
    people |= {w for full in person_index(doc).full_names for w in full.split()}
    for form, k in labels.items():
        if len(form) == 1 and form[0] in people:
            continue  # 'Neumann' of 'Adam Neumann'
        if k["ORG"] >= k["PERSON"] or len(form) == 1:
            forms.add(form)
        if len(form) > 1 and normalise(form[-1]) in KIND_NAME_WORDS:
            forms.add(form[:-1])  # 'Emirates' of 'Emirates Airline'
    texts = [t.text for t in doc]
    starts: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        starts.setdefault(text, []).append(i)
    used: set[int] = set()
    out = []
    for form in sorted(forms, key=len, reverse=True):
        n = len(form)
        for i in starts.get(form[0], ()):
            if tuple(texts[i : i + n]) != form or used & set(range(i, i + n)):
                continue
            used |= set(range(i, i + n))
            with_the = i > 0 and doc[i - 1].lower_ == "the"
            text = doc[i : i + n].text
            out.append(Mention(_key(text), text, i, i + n, with_the))
    keys = {m.key for m in out}
    return sorted((_merged(m, keys) for m in out), key=lambda m: m.start)


def _merged(mention: Mention, keys: set[str]) -> Mention:
    """'Walt Disney' is 'Disney': a name one word longer at either end than another."""
    words = mention.key.split()
    for shorter in (" ".join(words[1:]), " ".join(words[:-1])):
        if len(words) > 1 and shorter in keys:
            return Mention(shorter, mention.text, mention.start, mention.end, mention.with_the)
    # 'National Aeronautics and Space Administration' is 'NASA' (sample Q59: named both
    # ways, it counted as two bodies, and 'the agency' stood for neither)
    initials = "".join(w[0] for w in mention.text.split() if w[:1].isupper()).lower()
    if len(words) > 2 and len(initials) >= 3 and initials in keys:
        return Mention(initials, mention.text, mention.start, mention.end, mention.with_the)
    return mention


def _key(name: str) -> str:
    """The name without the words that say its kind: 'Emirates Airline' and 'Emirates',
    'Walt Disney Co.' and 'Walt Disney' are one organisation."""
    words = normalise(name).split()
    while len(words) > 1 and words[-1] in KIND_NAME_WORDS:
        words.pop()
    return " ".join(words)


def _written(key: str, mentions: list[Mention]) -> str:
    """The name as the article writes it most, the shorter first on a tie."""
    forms = Counter(m.text for m in mentions if m.key == key)
    return min(forms, key=lambda f: (-forms[f], len(f)))


def _leads(doc: Doc, article: Article, key: str, mentions: list[Mention]) -> bool:
    """Is the organisation named in the headline, or in the doc's first two sentences?"""
    if any(key == _key(m.group(0)) for m in _NAME_RUN.finditer(article.title)):
        return True
    # 'The Future of Apple Innovation Is Backwards': a name inside a title-case run
    written = {m.text for m in mentions if m.key == key}
    if any(re.search(rf"\b{re.escape(w)}\b", article.title) for w in written):
        return True
    sentences = list(doc.sents)[:2]
    end = sentences[-1].end if sentences else 0
    return any(m.key == key and m.start < end for m in mentions)


# Last words of a public agency's full name, which (unlike KIND_NAME_WORDS) stay in its key:
# 'the Trump administration' is no agency, 'the Food and Drug Administration' is.
AGENCY_NAME_WORDS = frozenset(("administration", "agency", "authority", "bureau", "commission"))

_NAME_RUN = re.compile(r"[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*")


def _kinds(doc: Doc, mentions: list[Mention]) -> frozenset[str]:
    """The kinds of organisation the article shows one to be (see the module's rules)."""
    kinds: set[str] = set()
    for m in mentions:
        last = normalise(m.text).split()[-1:]
        if last and last[0] in KIND_NAME_WORDS:
            kinds.add(KIND_NAME_WORDS[last[0]])
        elif last and last[0] in AGENCY_NAME_WORDS and len(m.text.split()) > 2:
            kinds.add("agency")  # 'National Aeronautics and Space Administration' (Q59)
        span = doc[m.start : m.end]
        kinds |= _called(span)
        if _company_thing(span):
            kinds.add("company")
    return frozenset(kinds)


def _called(span: Span) -> set[str]:
    """'budget carrier Ryanair', 'WeWork, the office-sharing company', 'the airline
    Emirates', 'Ryanair is Europe's largest airline': what the article calls the name."""
    root = span.root
    doc = span.doc
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
    if span.start > 0 and doc[span.start - 1].dep_ in ("compound", "nmod"):
        nouns.append(doc[span.start - 1])
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be":
        nouns += [c for c in root.head.children if c.dep_ == "attr"]
    return {ORGANISATION_NOUNS[n.lower_] for n in nouns if n.lower_ in ORGANISATION_NOUNS}


def _company_thing(span: Span) -> bool:
    """'WeWork's shares', 'Apple CEO Tim Cook', 'shares of Coty'."""
    root = span.root
    head = root.head
    if root.dep_ in ("poss", "compound") and head.lower_ in COMPANY_THINGS:
        return True
    return root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in COMPANY_THINGS

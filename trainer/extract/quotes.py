"""Direct quotes and who said them: shared by who_said and quote_cloze.

A quote is text between quotation marks in one paragraph, attributed by a speech
verb outside the marks ("...," Roe said / said Roe / Roe told reporters: "...")
or by "according to". The speaker is the verb's subject: a named person (full
name as first introduced), "he"/"she" when the last speaker is the only person
named since, or an unnamed source ("a senior official"). Parts of one quote
split around its attribution are joined. Found once per Doc, then cached.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from trainer.extract.doc import cached, text_of
from trainer.extract.persons import PersonIndex, person_index
from trainer.language.lexicon import SPEECH_VERBS, wordset
from trainer.language.quotation import join_parts, names_speaker, quote_spans, shorten
from trainer.language.text import normalise, paragraph_spans, word_count

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Nouns an unnamed source is made of: "a senior administration official", "one Turkish official".
SOURCE_NOUNS = wordset(
    """official officials spokesman spokeswoman spokesperson source sources aide diplomat officer
    analyst expert resident witness executive lawmaker representative employee worker member
    insider adviser advisor staffer commander negotiator"""
)
PRONOUNS = frozenset({"he", "she"})
MIN_WORDS = 5  # shorter quotes are scare quotes or fragments
MIN_PARTIAL_WORDS = 6  # a quote that starts mid-sentence needs a little more
MIN_BARE_PARTIAL_WORDS = 9  # ...and more still when no lead-in words can be shown
# How far back (characters) "he said" may look for the person it means.
PRONOUN_REACH = 1500


@dataclass(frozen=True)
class Quote:
    """One attributed direct quote (all its parts), with the speaker as the article names them."""

    text: str  # the words quoted, parts joined, without the marks
    display: str  # as shown on a card: shortened, with ellipses where cut
    speaker: str  # "Jane Roe", or "a Turkish official"
    named: bool  # False for an unnamed source
    start: int  # evidence span: the sentences of the quote and its attribution
    end: int
    parts: tuple[tuple[int, int], ...]  # character spans of the quoted words
    # For a quote that starts mid-sentence, the words between the verb and the quote
    # ("that the country plans to spend"), so a question can read 'Who said <lead> "…"?'
    lead: str = ""


@dataclass
class _Raw:
    start: int  # of the quoted words (inside the marks)
    end: int
    paragraph: int
    verb: int | None = None  # token index of the attributing verb
    speaker: str | None = None
    named: bool = True
    attribution: tuple[int, int] | None = None  # chars of the verb and subject
    lead: str | None = None


def find_quotes(doc: Doc) -> list[Quote]:
    """Every attributed quote of the doc, found once per doc."""
    return cached(doc, "trainer.quotes", _find_quotes)


# -- attribution ----------------------------------------------------------------


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(s - 1 <= offset < e + 1 for s, e in spans)


def _sentences_over(doc: Doc, start: int, end: int) -> list[Span]:
    return [s for s in doc.sents if s.end_char > start and s.start_char < end]


def _speech_verbs(
    sents: list[Span], quoted: list[tuple[int, int]], para: tuple[int, int]
) -> list[Token]:
    return [
        t
        for s in sents
        for t in s
        if t.lemma_.lower() in SPEECH_VERBS
        and t.pos_ in ("VERB", "AUX")
        and para[0] <= t.idx < para[1]
        and not _inside(t.idx, quoted)
    ]


def _attributing_verb(
    doc: Doc, quote: _Raw, quoted: list[tuple[int, int]], para: tuple[int, int]
) -> Token | None:
    sents = _sentences_over(doc, quote.start, quote.end)
    verbs = _speech_verbs(sents, quoted, para)
    inside = [t for t in doc.char_span(quote.start, quote.end, alignment_mode="expand") or []]
    # A verb the quoted words hang from, the nearest one first.
    for token in inside[:1] + [t for t in inside if t.dep_ == "ROOT" or t.head not in inside]:
        for ancestor in token.ancestors:
            if ancestor in verbs:
                return ancestor
    if len(verbs) == 1:
        return verbs[0]
    if len(verbs) > 1:  # two speech verbs: the nearest one right beside the quote
        near = [v for v in verbs if abs(_distance(v, quote)) <= 40]
        return min(near, key=lambda v: abs(_distance(v, quote))) if near else None
    # "He added:" / "Roe said," ending the sentence before the quote
    lead = text_of(doc)[para[0] : quote.start - 1].rstrip()
    if lead.endswith((":", ",")) and sents:
        previous = [s for s in doc.sents if s.end_char <= sents[0].start_char + 1][-1:]
        verbs = _speech_verbs(previous, quoted, para)
        if len(verbs) == 1 and previous[0].start_char >= para[0]:
            return verbs[0]
    return None


LEAD_PRONOUNS = wordset("he she him her his they them their it its this these those")
MAX_LEAD_WORDS = 15


def _lead(doc: Doc, verb: Token, raw: _Raw) -> str | None:
    """The words between a speech verb and the partial quote it introduces, without the
    verb's object: 'telling Defense News the country plans to spend "…' -> 'the country
    plans to spend'. None when they would not read well after 'Who said'."""
    objects = {
        t.i
        for c in verb.children
        if c.dep_ in ("dobj", "dative", "iobj") and c.i > verb.i
        for t in c.subtree
    }
    i = verb.i + 1
    while i < len(doc) and (i in objects or doc[i].is_punct) and doc[i].idx < raw.start - 1:
        i += 1
    that = i < len(doc) and doc[i].lower_ == "that" and doc[i].idx < raw.start - 1
    if that:
        i += 1
    if i >= len(doc) or doc[i].idx >= raw.start - 1:
        return "that" if that else ""
    lead = text_of(doc)[doc[i].idx : raw.start - 1].strip()
    words = lead.lower().split()
    if len(words) > MAX_LEAD_WORDS or set(words) & LEAD_PRONOUNS or re.search(r"[,;:\"“”()]", lead):
        return None
    return f"that {lead}" if that else lead


def _distance(verb: Token, quote: _Raw) -> int:
    if verb.idx >= quote.end:
        return verb.idx - quote.end
    return quote.start - verb.idx


def _subject(verb: Token) -> Token | None:
    """The subject of a speech verb; a participle ("..., insisting that") borrows its clause's."""
    node = verb
    for _ in range(3):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:  # "Wikileaks editor-in-chief Kristinn Hrafnsson": the name, if one is there
            named = [c for c in subjects if c.ent_type_ == "PERSON" or c.pos_ == "PROPN"]
            return (named or subjects)[0]
        if node.dep_ in ("advcl", "xcomp", "conj", "pcomp", "acl") and node.head is not node:
            node = node.head
            continue
        break
    return None


def _according_to(
    sents: list[Span], quoted: list[tuple[int, int]], para: tuple[int, int]
) -> Token | None:
    for s in sents:
        for t in s:
            if (
                t.lower_ == "according"
                and para[0] <= t.idx < para[1]
                and not _inside(t.idx, quoted)
            ):
                for to in t.children:
                    if to.lower_ == "to":
                        objects = [c for c in to.children if c.dep_ == "pobj"]
                        if objects:
                            return objects[0]
    return None


def _name_of(token: Token, persons: PersonIndex) -> str | None:
    """The person a subject token names, as written; a surname the tagger took for an
    organisation still counts when the article introduced that person by full name."""
    if token.ent_type_ == "PERSON":
        for ent in token.doc.ents:
            if ent.start <= token.i < ent.end:
                return ent.text
    if token.pos_ == "PROPN":
        words = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        text = " ".join([*(w.text for w in words), token.text])
        if persons.resolve(text) in persons.full_names:
            return text
    appos = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if appos:
        return _name_of(appos[0], persons)
    return None


def _unnamed_source(token: Token) -> str | None:
    """ "one Turkish official" -> "a Turkish official"; definite ones ("the official") refer back."""
    if token.lower_ not in SOURCE_NOUNS or token.tag_ in ("NNS", "NNPS"):
        return None
    left = [c for c in token.lefts]
    if not left:
        return None
    det = left[0]
    if det.lower_ not in ("a", "an", "one"):
        return None
    if any(c.dep_ not in ("det", "nummod", "amod", "compound") for c in left):
        return None
    doc = token.doc
    end = token.i + 1
    # "a spokesperson for the British Foreign Office": a short prepositional phrase belongs to it
    preps = [
        c for c in token.rights if c.dep_ == "prep" and c.lower_ in ("for", "at", "with", "of")
    ]
    if preps and preps[0].i == token.i + 1:
        sub = list(preps[0].subtree)
        if len(sub) <= 6 and all(not t.is_punct for t in sub):
            end = sub[-1].i + 1
    words = [t.text for t in doc[left[0].i + 1 : end]]
    if any("'" in w or "’" in w for w in words):
        return None
    article = "an" if words[0][:1].lower() in "aeiou" else "a"
    return " ".join([article, *words])


# -- the whole article ----------------------------------------------------------


def _find_quotes(doc: Doc) -> list[Quote]:
    text = text_of(doc)
    persons = person_index(doc)
    raws: list[_Raw] = []
    for p, para in enumerate(paragraph_spans(text)):
        spans, _open_at_end = quote_spans(text, *para)
        para_raws = [_Raw(s, e, p) for s, e in spans]
        for raw in para_raws:
            verb = _attributing_verb(doc, raw, spans, para)
            subject = _subject(verb) if verb is not None else None
            if verb is None:
                subject = _according_to(_sentences_over(doc, raw.start, raw.end), spans, para)
            if subject is None:
                continue
            raw.verb = verb.i if verb is not None else subject.i
            ends = [subject.idx, subject.idx + len(subject.text)]
            if verb is not None:
                ends += [verb.idx, verb.idx + len(verb.text)]
            raw.attribution = (min(ends), max(ends))
            raw.speaker, raw.named = _speaker(subject, persons, raws, text)
            if verb is not None and verb.idx < raw.start:
                raw.lead = _lead(doc, verb, raw)
        raws.extend(para_raws)
    return _group(doc, raws)


def _speaker(
    subject: Token, persons: PersonIndex, earlier: list[_Raw], text: str
) -> tuple[str | None, bool]:
    if subject.lower_ in PRONOUNS:
        return _pronoun_speaker(subject, persons, earlier), True
    name = _name_of(subject, persons)
    if name is not None:
        return persons.resolve(name), True
    unnamed = _unnamed_source(subject)
    if unnamed is not None:
        return unnamed, False
    return None, True


def _pronoun_speaker(subject: Token, persons: PersonIndex, earlier: list[_Raw]) -> str | None:
    """The last named speaker, when no other person was named since."""
    attributed = [r for r in earlier if r.speaker and r.named and r.attribution]
    if not attributed:
        return None
    last = attributed[-1]
    assert last.attribution is not None and last.speaker is not None  # attributed, named
    if subject.idx - last.attribution[0] > PRONOUN_REACH:
        return None
    named_since = persons.persons_between(last.attribution[1], subject.idx)
    if named_since - {last.speaker}:
        return None
    if " " not in last.speaker and last.speaker not in persons.full_names:
        return None
    return last.speaker


def _group(doc: Doc, raws: list[_Raw]) -> list[Quote]:
    """Join the parts of one quote; drop the ones that make no card."""
    text = text_of(doc)
    groups: list[list[_Raw]] = []
    for raw in raws:
        prev = groups[-1][-1] if groups else None
        if prev is not None and prev.paragraph == raw.paragraph and _continues(text, prev, raw):
            groups[-1].append(raw)
        else:
            groups.append([raw])
    quotes = [q for q in (_make_quote(doc, group) for group in groups) if q is not None]
    # An article may repeat a quote, alone or inside a longer one: one card for it.
    texts = [normalise(q.text) for q in quotes]
    return [
        q
        for i, q in enumerate(quotes)
        if not any(
            j != i and (texts[i] in texts[j]) and (texts[i] != texts[j] or j < i)
            for j in range(len(quotes))
        )
    ]


def _continues(text: str, prev: _Raw, raw: _Raw) -> bool:
    """Is `raw` the rest of the quote `prev`, split around its attribution?"""
    if prev.speaker is None or prev.attribution is None:
        return False
    first = text[prev.start : prev.end].rstrip()
    if raw.verb is not None and raw.verb == prev.verb:
        # "When all ...," he said, "maybe ..." / "A," Roe said, "B."
        return first.endswith(",") and prev.end <= prev.attribution[0] < raw.start
    if raw.verb is not None or not text[raw.start : raw.end].lstrip()[:1].isupper():
        return False
    gap = text[prev.end : raw.start]
    attributed_here = prev.end <= prev.attribution[0] < raw.start
    # '"...," Roe said in a briefing. "..."': the part opens the sentence after the attribution
    return (
        attributed_here and re.search(r"[.!?:]\s*[\"“]?\s*$", gap.rstrip()[:-1] or ".") is not None
    )


def _make_quote(doc: Doc, group: list[_Raw]) -> Quote | None:
    head = group[0]
    if head.speaker is None or any(r.speaker and r.speaker != head.speaker for r in group):
        return None
    text = text_of(doc)
    parts = [text[r.start : r.end].strip() for r in group]
    joined = join_parts(parts)
    partial = joined[:1].islower() or joined.startswith(("…", "..."))
    words = word_count(joined)
    if words < (MIN_PARTIAL_WORDS if partial else MIN_WORDS):
        return None
    if names_speaker(joined, head.speaker, head.named):
        return None
    display = shorten(joined)
    if display is None:
        return None
    lead = head.lead if partial and len(group) == 1 and head.lead else None
    if (
        partial
        and lead is None
        and (words < MIN_BARE_PARTIAL_WORDS or _starts_with_predicate(doc, group[0]))
    ):
        return None  # a fragment with nothing around it does not make sense alone
    if partial and lead is None and not display.startswith(("…", "...")):
        display = "…" + display
    starts = [r.start for r in group] + [r.attribution[0] for r in group if r.attribution]
    ends = [r.end for r in group] + [r.attribution[1] for r in group if r.attribution]
    start, end = min(starts) - 1, max(ends) + 1
    return Quote(
        text=joined,
        display=display,
        speaker=head.speaker,
        named=head.named,
        start=start,
        end=end,
        parts=tuple((r.start, r.end) for r in group),
        lead=lead or "",
    )


def _starts_with_predicate(doc: Doc, raw: _Raw) -> bool:
    """'…are illegal under international law': the subject is outside the quote."""
    span = doc.char_span(raw.start, raw.end, alignment_mode="expand")
    first = next((t for t in span or [] if not t.is_punct), None)
    return first is not None and first.pos_ in ("VERB", "AUX", "ADP", "PART", "SCONJ")

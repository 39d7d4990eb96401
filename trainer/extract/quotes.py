"""Direct quotes and who said them: shared by who_said and quote_cloze.

A quote is text between quotation marks in one paragraph, attributed by a speech
verb outside the marks ("...," Roe said / said Roe / Roe told reporters: "..."),
by "according to", or by a name and a colon (Roe: "..."). The speaker is the verb's
subject: a named person (full name as first introduced), an organisation ("the
Defense Ministry said"), "he"/"she" when one person is meant beyond doubt, or an
unnamed source ("a senior official"). Parts of one quote split around its attribution
are joined. A paragraph that is nothing but a quotation continues the speaker of the
paragraph before (news style: "...," Roe said. / "Second paragraph of Roe's words.").
Found once per Doc, then cached. The words that attribute a quote in its own sentence are
found by extract.attribution.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import TYPE_CHECKING

from trainer.extract.attribution import (
    according_to,
    attributing_verb,
    colon_speaker,
    sentences_over,
)
from trainer.extract.doc import cached, text_of
from trainer.extract.leads import lead_words
from trainer.extract.persons import person_index
from trainer.extract.quote_shapes import (
    END_OF_WORDS,
    is_whole_clause,
    object_leans_back,
    opens_with_empty_it,
    sentence_goes_on,
    starts_with_predicate,
    tail_shown,
)
from trainer.extract.speakers import Speaker, Speakers
from trainer.extract.subjects import subject_of
from trainer.language.lexicon import CONNECTIVES, LEANING_WORDS, QUOTING_VERBS, REPORTING_VERBS
from trainer.language.quotation import (
    is_title,
    join_parts,
    later_parts,
    names_speaker,
    only_quotation,
    quote_spans,
    shorten,
)
from trainer.language.text import normalise, paragraph_spans, word_count

if TYPE_CHECKING:
    from spacy.tokens import Doc

MIN_WORDS = 5  # shorter quotes are scare quotes or fragments
MIN_PARTIAL_WORDS = 6  # a quote that starts mid-sentence needs a little more
MIN_BARE_PARTIAL_WORDS = 9  # ...and more still when no lead-in words can be shown


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
    organisation: bool = False  # the speaker is a body ("the Defense Ministry"), not a person


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
    organisation: bool = False
    carried: bool = False  # a quote-only paragraph: speaker of the paragraph before


def find_quotes(doc: Doc) -> list[Quote]:
    """Every attributed quote of the doc, found once per doc."""
    return cached(doc, "trainer.quotes", _find_quotes)


# -- the whole article ----------------------------------------------------------


def _find_quotes(doc: Doc) -> list[Quote]:
    text = text_of(doc)
    paragraphs = [
        (para, quote_spans(text, *para, keep_open=True)[0]) for para in paragraph_spans(text)
    ]
    speakers = Speakers(doc, person_index(doc), [span for _, spans in paragraphs for span in spans])
    raws: list[_Raw] = []
    before: _Raw | None = None  # who the paragraph before ends with
    for p, (para, spans) in enumerate(paragraphs):
        para_raws = [_Raw(s, e, p) for s, e in spans if not is_title(text[s:e])]
        for raw in para_raws:
            _attribute(doc, raw, spans, para, speakers)
        for prev, raw in pairwise(para_raws):
            if raw.speaker is None and _continues(text, prev, raw):  # the same quote goes on
                raw.speaker, raw.named, raw.organisation = (
                    prev.speaker,
                    prev.named,
                    prev.organisation,
                )
        raws.extend(para_raws)
        carry = before is not None and only_quotation(text, para, spans)
        if carry and before is not None and all(r.speaker is None for r in para_raws):
            for raw in para_raws:
                raw.speaker, raw.named = before.speaker, before.named
                raw.organisation, raw.carried = before.organisation, True
        before = _last_speaker(doc, p, para, para_raws, speakers)
    return _group(doc, raws)


def _set_speaker(raw: _Raw, speaker: Speaker | None) -> None:
    if speaker is not None:
        raw.speaker, raw.named, raw.organisation = speaker.name, speaker.named, speaker.organisation


def _attribute(
    doc: Doc, raw: _Raw, spans: list[tuple[int, int]], para: tuple[int, int], speakers: Speakers
) -> None:
    """Find the quote's speaker, if its own sentence names one."""
    verb = attributing_verb(doc, raw.start, raw.end, spans, para)
    subject = subject_of(verb) if verb is not None else None
    if verb is None:
        subject = according_to(sentences_over(doc, raw.start, raw.end), spans, para)
    if subject is None and verb is None:
        subject = colon_speaker(doc, raw.start, para)
    if subject is None:
        return
    raw.verb = verb.i if verb is not None else subject.i
    ends = [subject.idx, subject.idx + len(subject.text)]
    if verb is not None:
        ends += [verb.idx, verb.idx + len(verb.text)]
    raw.attribution = (min(ends), max(ends))
    _set_speaker(raw, speakers.of(subject))
    if verb is not None and verb.idx < raw.start:
        raw.lead = lead_words(doc, verb, raw.start)
        if verb.lemma_.lower() in QUOTING_VERBS and raw.lead and raw.lead.split()[0] != "to":
            raw.lead = None  # 'Who said Jobs rehearsing ... "going off script"' reads wrong


def _still_attributing(gap: str) -> bool:
    """'..., Roe said, telling Cook, "...': the words after the verb end no sentence."""
    return not re.search(r"[.!?]", gap) and len(gap.split()) <= 6


def _last_speaker(
    doc: Doc, p: int, para: tuple[int, int], para_raws: list[_Raw], speakers: Speakers
) -> _Raw | None:
    """The speaker a following quote-only paragraph continues: the paragraph's last quote's,
    or the subject of a speech verb in its last sentence ("..., says Jane Roe, a strategist.");
    nobody when another person is named after it."""
    attributed = [r for r in para_raws if r.speaker is not None]
    if attributed and attributed[-1] is para_raws[-1]:
        last = attributed[-1]
        # names after the attribution's sentence ("said Roe, director at Amnesty" is hers)
        after = last.attribution[1] if last.attribution else last.end
        after = max([after, *(s.end_char for s in sentences_over(doc, after - 1, after))])
        if speakers.named_between(after, para[1]) - {last.speaker}:
            return None
        return None if speakers.unnamed_between(after, para[1], last.speaker or "") else last
    if para_raws:
        return None
    sents = sentences_over(doc, *para)
    if not sents:
        return None
    verbs = [
        t
        for t in sents[-1]
        if t.lemma_.lower() in REPORTING_VERBS and t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT"
    ]
    subject = subject_of(verbs[0]) if len(verbs) == 1 else None
    if subject is None:
        return None
    raw = _Raw(subject.idx, subject.idx, p, verb=verbs[0].i)
    _set_speaker(raw, speakers.of(subject))
    if raw.speaker is None or not raw.named:
        return None
    named = speakers.named_between(sents[-1].start_char, para[1])
    return raw if not named - {raw.speaker} else None


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
    quotes = [q for q in (_quote_of(doc, group) for group in groups) if q is not None]
    # An article may repeat a quote, alone or inside a longer one: one card for it.
    texts = [normalise(q.text) for q in quotes]
    kept = [
        q
        for i, q in enumerate(quotes)
        if not any(
            j != i and (texts[i] in texts[j]) and (texts[i] != texts[j] or j < i)
            for j in range(len(quotes))
        )
    ]
    return [part for q in kept for part in (q, *_later(doc, q))]


# A later sentence of a quote opening with one of these goes on from the one before it
# ('Which really surprises me ...').
LATER_LEANING = LEANING_WORDS | {"which", "who", "because"}


def _later(doc: Doc, quote: Quote) -> list[Quote]:
    """A long quote's later sentences, each a quote of its own (the card shows the first)."""
    text = text_of(doc)
    parts = []
    shown = quote.display.rstrip(" …").rstrip(".")
    for part in later_parts(quote.text):
        at = text.find(part, quote.start, quote.end)
        if (
            part.rstrip(" …").rstrip(".") in shown  # the first card shows it already
            or normalise(part.split()[0]) in LATER_LEANING
            or names_speaker(part, quote.speaker, quote.named)
            or (at >= 0 and object_leans_back(doc, at, at + len(part)))
        ):
            continue
        parts.append(replace(quote, text=part, display=part, lead=""))
    return parts


def _continues(text: str, prev: _Raw, raw: _Raw) -> bool:
    """Is `raw` the rest of the quote `prev`, split around its attribution?"""
    if prev.speaker is None or prev.attribution is None:
        return False
    first = text[prev.start : prev.end].rstrip()
    if raw.verb is not None and raw.verb == prev.verb:
        # "When all ...," he said, "maybe ..." / "A," Roe said, "B."
        return (
            first.endswith(",")
            and prev.end <= prev.attribution[0] < raw.start
            and _still_attributing(text[prev.attribution[1] : raw.start])
        )
    if raw.verb is not None or not text[raw.start : raw.end].lstrip()[:1].isupper():
        return False
    gap = text[prev.end : raw.start]
    attributed_here = prev.end <= prev.attribution[0] < raw.start
    # '"...," Roe said in a briefing. "..."': the part opens the sentence after the attribution
    return (
        attributed_here and re.search(r"[.!?:]\s*[\"“]?\s*$", gap.rstrip()[:-1] or ".") is not None
    )


def _quote_of(doc: Doc, group: list[_Raw]) -> Quote | None:
    """The quote of a group; when its first part is a fragment that cannot stand alone
    ('to "take detailed histories," Roe said. "That way ..."'), the whole sentences after it."""
    quote = _make_quote(doc, group)
    if (
        quote is not None
        or len(group) < 2
        or not text_of(doc)[group[1].start :].lstrip()[:1].isupper()
    ):
        return quote
    head = group[0]
    if normalise(text_of(doc)[group[1].start :].split()[0]) in CONNECTIVES:
        return None  # '"And we need those goals"': the later part goes on from the first
    rest = [
        replace(
            group[1],
            speaker=head.speaker,
            named=head.named,
            organisation=head.organisation,
            attribution=head.attribution,
            lead=None,
        )
    ]
    return _make_quote(doc, rest + group[2:])


def _relayed(quoted: str) -> bool:
    """A quotation that is nothing but a quotation inside it: the speaker passes on what
    someone else said ('"‘Steve, I promise ...’"'), so they are not its author."""
    text = quoted.strip()
    return text[:1] in "‘'" and text.rstrip(".,;:!?…")[-1:] in "’'"


SCARE_WORDS = 2  # a quoted part this short, after the first, is the writer's word
# What a quoted title follows: 'Dershowitz said on "Fox & Friends."' (sample Q150, UNGRAM:
# the show's name was joined to his words).
TITLE_BEFORE = re.compile(
    r"\b(?:on|in|to|at|with|from|of|by|for|titled|called|named)"
    # 'said on Fox News Channel’s "Fox & Friends" show' (sample Q161, UNGRAM)
    r"(?:\s+(?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*['’]s)?\W*$",
    re.I,
)


def _a_title_after(gap: str) -> bool:
    """Is the quoted part after `gap` (the writer's words since the last part) a name the
    writer quotes, after a preposition, rather than more of what was said?"""
    return TITLE_BEFORE.search(gap.strip(' "“”')) is not None


def _make_quote(doc: Doc, group: list[_Raw]) -> Quote | None:
    head = group[0]
    if head.speaker is None or any(r.speaker and r.speaker != head.speaker for r in group):
        return None
    text = text_of(doc)
    # a word or two quoted in the writer's own sentence after the quote ('and part of that
    # "familiarity" comes from ...') is no part of what the speaker said (sample Q148, UNGRAM)
    group = [
        group[0],
        *(
            r
            for prev, r in itertools.pairwise(group)
            if word_count(text[r.start : r.end]) > SCARE_WORDS
            and not _a_title_after(text[prev.end : r.start])
        ),
    ]
    parts = [text[r.start : r.end].strip() for r in group]
    if len(parts) > 1 and not re.search(END_OF_WORDS, parts[0]):
        return None  # '"We don't want those people" working in ..., she said. "This ...": the rest
    gaps = [text[a.end : b.start].strip(' "“”') for a, b in itertools.pairwise(group)]
    joined = join_parts(parts, gaps)
    if _relayed(joined):
        return None  # 'telling him, "‘Steve, I will pay the bail ...’"': another's words
    whole = (
        joined[:1].islower()
        and not (head.lead and len(group) == 1)  # 'insisting that "the notion ..."' reads on
        and is_whole_clause(doc, head.start, group[-1].end)
    )
    if whole:  # 'adding "we need everyone on it."': a sentence of its own, in lower case
        joined = joined[:1].upper() + joined[1:]
    partial = (joined[:1].islower() or joined.startswith(("…", "..."))) and not whole
    goes_on = sentence_goes_on(doc, group[-1].start, group[-1].end)
    words = word_count(joined)
    if words < (MIN_PARTIAL_WORDS if partial or goes_on else MIN_WORDS):
        return None
    if (
        all(r.carried for r in group)
        and normalise(joined.split()[0]) in LEANING_WORDS
        and not opens_with_empty_it(doc, head.start, head.end)
    ):
        return None  # a paragraph of its own opening "Her statements ...": whose?
    if object_leans_back(doc, head.start, group[-1].end):
        return None  # '"I frankly cringe when I hear it"': hear what?
    if names_speaker(joined, head.speaker, head.named):
        return None
    display = shorten(joined) or (
        tail_shown(doc, head.start, head.end, joined) if len(group) == 1 else None
    )
    if display is None:
        return None
    lead = head.lead if partial and len(group) == 1 and head.lead else None
    if (
        partial
        and lead is None
        and (
            words < MIN_BARE_PARTIAL_WORDS
            or starts_with_predicate(doc, group[0].start, group[0].end)
        )
    ):
        return None  # a fragment with nothing around it does not make sense alone
    if partial and lead is None and not display.startswith(("…", "...")):
        display = "…" + display
    starts = [r.start for r in group] + [r.attribution[0] for r in group if r.attribution]
    ends = [r.end for r in group] + [r.attribution[1] for r in group if r.attribution]
    # the marks around: none before an attribution opening the text ('Calling Katrina "one of
    # the most ...", Chertoff says' made a quote of no evidence: sample Q57)
    start, end = max(0, min(starts) - 1), min(len(text), max(ends) + 1)
    return Quote(
        text=joined,
        display=display,
        speaker=head.speaker,
        named=head.named,
        start=start,
        end=end,
        parts=tuple((r.start, r.end) for r in group),
        lead=lead or "",
        organisation=head.organisation,
    )

"""Deck -> Anki notes, pure: GUIDs and deck ids from stable keys, fields HTML-escaped
before the little markup we add (lists, <mark>, links). No genanki here."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from hashlib import sha1, sha256

from trainer.anki.models import (
    CHOICE_MODEL_ID,
    CLOZE_MODEL_ID,
    DEFAULT_PARENT,
    LETTERS,
    TYPED_MODEL_ID,
)
from trainer.language.lexicon import SHORT_MONTHS
from trainer.language.text import masked
from trainer.model import CLOZE_BLANK, Card, Deck, Source
from trainer.siblings import spread


@dataclass(frozen=True)
class NoteData:
    """One Anki note, ready for genanki: which note type, its fields, GUID and tags."""

    model_id: int
    fields: tuple[str, ...]
    guid: str
    tags: tuple[str, ...]


@dataclass(frozen=True)
class ExportSummary:
    decks: tuple[tuple[str, int], ...]  # (Anki deck name, note count)

    @property
    def notes(self) -> int:
        return sum(n for _, n in self.decks)


# -- ids and names -------------------------------------------------------------


def note_guid(deck: Deck, card: Card) -> str:
    """Stable per deck and card id; the same card id in two decks stays two notes.

    The same string as `genanki.guid_for("trainer", deck.id, card.id)` (a test holds
    them equal), computed without genanki's per-byte Python loop: it is per card.
    """
    digest = sha256(f"trainer__{deck.id}__{card.id}".encode()).digest()
    number = int.from_bytes(digest[:8], "big")
    chars = []
    while number:
        number, digit = divmod(number, 91)
        chars.append(_BASE91[digit])
    return "".join(reversed(chars))


# Anki's GUID alphabet, as genanki.util.BASE91_TABLE
_BASE91 = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~"
)


def anki_deck_id(deck: Deck) -> int:
    """A stable 53-bit id from the deck id (safe in JSON and JavaScript)."""
    digest = sha1(f"trainer deck {deck.id}".encode()).digest()
    return (1 << 40) + int.from_bytes(digest[:8], "big") % (1 << 52)


def anki_deck_name(deck: Deck, parent: str = DEFAULT_PARENT) -> str:
    """`PARENT::title`; a `::` inside the title would nest it deeper, so it is softened. A
    headline card's answer is masked in it: a deck of one article is named after its
    headline ('trainer::Nadal keeps Spain alive against Russia in …')."""
    blanks = [f for c in deck.cards if c.kind == "headline" for f in (c.answer, *c.accept)]
    title = masked(" ".join(deck.title.split()), blanks)
    while "::" in title:
        title = title.replace("::", ":")
    parent = parent.strip().strip(":").strip()
    return f"{parent}::{title}" if parent else title


def tag(text: str) -> str:
    """Anki tags cannot hold spaces: 'Military Times' -> 'Military_Times'."""
    return "_".join(text.split())


# -- fields ----------------------------------------------------------------------


def escape(text: str) -> str:
    """Text for an HTML text node: `<`, `>` and `&` as entities, quotes left as typed."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def highlight(evidence: str, candidates: Iterable[str]) -> str:
    """Escaped evidence with the first candidate found (whole words, any case) in <mark>."""
    for candidate in candidates:
        span = _find_words(evidence, candidate.strip())
        if span:
            start, end = span
            return (
                escape(evidence[:start])
                + "<mark>"
                + escape(evidence[start:end])
                + "</mark>"
                + escape(evidence[end:])
            )
    return escape(evidence)


def _find_words(text: str, words: str) -> tuple[int, int] | None:
    """Where `words` stand in `text` as whole words, ignoring case (no regex: it is per card)."""
    if not words:
        return None
    lowered, target = text.lower(), words.lower()
    if len(lowered) != len(text) or len(target) != len(words):  # case folding changed lengths
        match = re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text, re.IGNORECASE)
        return match.span() if match else None
    start = lowered.find(target)
    while start >= 0:
        end = start + len(target)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not _is_word_char(before) and not _is_word_char(after):
            return start, end
        start = lowered.find(target, start + 1)
    return None


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def format_date(day: date | None) -> str:
    return f"{day.day} {SHORT_MONTHS[day.month - 1]} {day.year}" if day else ""


def source_html(source: Source) -> str:
    """`<div class="source">Outlet, 17 Nov 2015 · <a href=…>title</a></div>`."""
    head = ", ".join(
        escape(part) for part in (source.outlet, format_date(source.published)) if part
    )
    label = source.title or source.url
    # only web links become links: a `javascript:` url must never run inside Anki
    link = ""
    if source.url.startswith(("http://", "https://")):
        link = f'<a href="{html.escape(source.url, quote=True)}">{escape(label)}</a>'
    elif label:
        link = escape(label)
    parts = [p for p in (head, link) if p]
    if not parts:
        parts = [escape(source.id)]
    return f'<div class="source">{" · ".join(parts)}</div>'


def _brace_safe(text: str) -> str:
    """Escaped text that cannot open or close a cloze: braces and colons as entities."""
    return escape(text).replace("{", "&#123;").replace("}", "&#125;").replace(":", "&#58;")


def cloze_text(card: Card) -> str | None:
    """The question with its blank as {{c1::answer}}; None if the question has no blank."""
    if CLOZE_BLANK not in card.question:
        return None
    answer = "{{c1::" + _brace_safe(card.answer) + "}}"
    return answer.join(
        escape(part).replace("{", "&#123;").replace("}", "&#125;")
        for part in card.question.split(CLOZE_BLANK)
    )


@dataclass
class DeckContext:
    """What every note of one deck shares, computed once: source lines and tags."""

    deck: Deck
    sources: dict[str, str]  # source id -> source line (HTML)
    outlet_tags: dict[str, str]  # source id -> outlet tag
    deck_tag: str
    _tags: dict[tuple[object, ...], tuple[str, ...]] = field(
        default_factory=dict
    )  # many cards share tags

    @classmethod
    def of(cls, deck: Deck) -> DeckContext:
        return cls(
            deck=deck,
            sources={s.id: source_html(s) for s in deck.sources},
            outlet_tags={s.id: tag(s.outlet) for s in deck.sources if s.outlet.strip()},
            deck_tag=tag(deck.id),
        )

    def source_lines(self, card: Card) -> str:
        return "".join(self.sources.get(s) or source_html(Source(id=s)) for s in card.sources)

    def tags(self, card: Card) -> tuple[str, ...]:
        key = (card.kind, card.sources, card.tags)
        tags = self._tags.get(key)
        if tags is None:
            found = [f"trainer::kind::{card.kind}"]
            found += [self.outlet_tags[s] for s in card.sources if s in self.outlet_tags]
            found.append(self.deck_tag)
            found += [tag(t) for t in card.tags]
            tags = self._tags[key] = tuple(dict.fromkeys(t for t in found if t))
        return tags


def card_note(context: DeckContext, card: Card) -> NoteData:
    """The note for one card: multiple choice, quote cloze, or type the answer."""
    evidence = highlight(card.evidence, (card.answer, *card.accept))
    source = context.source_lines(card)
    card_id = escape(card.id)
    tags = context.tags(card)
    guid = note_guid(context.deck, card)

    text = cloze_text(card) if card.kind == "quote_cloze" else None
    if text is not None:
        return NoteData(CLOZE_MODEL_ID, (text, evidence, source, card_id), guid, tags)
    if card.has_choices and len(card.choices) <= len(LETTERS):
        letter = LETTERS[card.choices.index(card.answer)] if card.answer in card.choices else ""
        choices = "".join(
            f'<li><span class="letter">{LETTERS[i]}</span> {escape(choice)}</li>'
            for i, choice in enumerate(card.choices)
        )
        shown = (escape(card.question), choices, letter, escape(card.answer))
        return NoteData(CHOICE_MODEL_ID, (*shown, evidence, source, card_id), guid, tags)
    accept = ", ".join(escape(a) for a in card.accept)
    fields = (escape(card.question), escape(card.answer), accept, evidence, source, card_id)
    return NoteData(TYPED_MODEL_ID, fields, guid, tags)


def deck_notes(deck: Deck) -> list[NoteData]:
    """One note per card, in the order Anki will show them new: the deck's order with
    cards of the same sentence spread apart (the package numbers them in this order)."""
    context = DeckContext.of(deck)
    return [card_note(context, card) for card in spread(deck.cards, key=_evidence)]


def _evidence(card: Card) -> str:
    return card.evidence


def deck_description(deck: Deck) -> str:
    lines = [f"{len(deck.cards)} cards from trainer deck <code>{escape(deck.id)}</code>."]
    lines += [source_html(s) for s in deck.sources]
    return "\n".join(lines)


# -- the package ---------------------------------------------------------------------

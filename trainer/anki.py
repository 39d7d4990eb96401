"""Deck -> Anki package (.apkg), built to be imported again and again.

Anki recognises what it already has by ids, so every id here is stable:
- the three note types have hard-coded model ids and fixed field lists
  (changing a field list means a new model id and a new `ANKI_FORMAT`);
- a note's GUID comes from the deck id and the card id, never from its text,
  so a regenerated deck updates the notes it changed and keeps review history;
- an Anki deck's id comes from the deck id (Anki itself matches decks by name:
  `PARENT::deck title`).

Every field is HTML-escaped before the little markup we add (lists, <mark>, links),
so a quote containing `<`, `&` or `<script>` shows literally.

The package is built in memory (genanki's sqlite schema in an in-memory
database, zipped) and handed to trainer.fileio for an atomic write.
"""

from __future__ import annotations

import html
import io
import os
import re
import sqlite3
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from hashlib import sha1, sha256
from typing import Any

from trainer.fileio import atomic_write_bytes
from trainer.model import CLOZE_BLANK, Card, Deck, Source

ANKI_FORMAT = 1  # the note types below; bump with new model ids if a field list changes
DEFAULT_PARENT = "trainer"

# Fixed forever: Anki updates a note type (templates, CSS) with the same id in place.
CHOICE_MODEL_ID = 1260541373
TYPED_MODEL_ID = 1302581044
CLOZE_MODEL_ID = 1592760853

CHOICE_FIELDS = ("Question", "Choices", "Letter", "Answer", "Evidence", "Source", "CardId")
TYPED_FIELDS = ("Question", "Answer", "Accept", "Evidence", "Source", "CardId")
CLOZE_FIELDS = ("Text", "Evidence", "Source", "CardId")

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

CSS = """\
.card {
  --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa;
  --line: #d1d9e0; --accent: #0969da; --good: #1a7f37; --good-bg: #dafbe1; --mark: #fff3b0;
  font-family: -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 20px; line-height: 1.45; color: var(--fg); background: var(--bg);
  text-align: left; max-width: 40em; margin: 0 auto; padding: 0 12px;
}
.card.nightMode, .card.night_mode, .nightMode .card, .night_mode .card {
  --fg: #e6edf3; --muted: #9198a1; --bg: #1e1e1e; --panel: #2a2d31;
  --line: #3d444d; --accent: #4493f8; --good: #3fb950; --good-bg: #12361d; --mark: #5c4a0a;
}
.question { font-size: 1.1em; margin: 0.6em 0; }
.choices { list-style: none; padding: 0; margin: 0.6em 0; }
.choices li {
  border: 1px solid var(--line); border-radius: 8px; background: var(--panel);
  padding: 0.35em 0.6em; margin: 0.3em 0;
}
.letter { display: inline-block; min-width: 1.4em; font-weight: 600; color: var(--accent); }
CHOICE_MARKS
.answer { font-size: 1.1em; font-weight: 600; color: var(--good); margin: 0.4em 0; }
.accept { color: var(--muted); font-size: 0.85em; }
.evidence {
  border-left: 3px solid var(--line); margin: 0.8em 0; padding: 0.2em 0 0.2em 0.8em;
  color: var(--fg); font-size: 0.9em;
}
.evidence mark { background: var(--mark); color: inherit; border-radius: 3px; padding: 0 2px; }
.source { color: var(--muted); font-size: 0.8em; margin: 0.2em 0; }
.source a { color: var(--accent); }
.cloze { font-weight: 600; color: var(--accent); }
hr#answer { border: none; border-top: 1px solid var(--line); margin: 0.8em 0; }
input#typeans { font-size: 0.9em; width: 100%; box-sizing: border-box; }
"""

# The back of a multiple-choice card marks the right option: class "answer-B" on the list.
CSS = CSS.replace(
    "CHOICE_MARKS",
    "\n".join(
        f".answer-{letter} li:nth-child({i + 1})"
        " { border-color: var(--good); background: var(--good-bg); }"
        for i, letter in enumerate(LETTERS[:12])
    ),
)

_BACK_DETAILS = (
    '{{#Evidence}}<blockquote class="evidence">{{Evidence}}</blockquote>{{/Evidence}}\n'
    "{{#Source}}{{Source}}{{/Source}}"
)

CHOICE_TEMPLATE = {
    "name": "Multiple choice",
    "qfmt": '<div class="question">{{Question}}</div>\n<ol class="choices">{{Choices}}</ol>',
    "afmt": (
        '<div class="question">{{Question}}</div>\n'
        '<ol class="choices answer-{{Letter}}">{{Choices}}</ol>\n'
        '<hr id="answer">\n'
        '<div class="answer"><span class="letter">{{Letter}}</span> {{Answer}}</div>\n'
        + _BACK_DETAILS
    ),
}

TYPED_TEMPLATE = {
    "name": "Type the answer",
    "qfmt": '<div class="question">{{Question}}</div>\n{{type:Answer}}',
    "afmt": (
        '<div class="question">{{Question}}</div>\n'
        '<hr id="answer">\n'
        "{{type:Answer}}\n"
        '<div class="answer">{{Answer}}</div>\n'
        '{{#Accept}}<div class="accept">Also accepted: {{Accept}}</div>{{/Accept}}\n'
        + _BACK_DETAILS
    ),
}

CLOZE_TEMPLATE = {
    "name": "Quote cloze",
    "qfmt": '<div class="question">{{cloze:Text}}</div>',
    "afmt": '<div class="question">{{cloze:Text}}</div>\n<hr id="answer">\n' + _BACK_DETAILS,
}

MODEL_NAMES = {
    CHOICE_MODEL_ID: "trainer: multiple choice",
    TYPED_MODEL_ID: "trainer: type the answer",
    CLOZE_MODEL_ID: "trainer: quote cloze",
}


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
    """`PARENT::title`; a `::` inside the title would nest it deeper, so it is softened."""
    title = " ".join(deck.title.split())
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
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}" if day else ""


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
    _tags: dict[tuple, tuple[str, ...]] = field(default_factory=dict)  # many cards share tags

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
        fields = (escape(card.question), choices, letter, escape(card.answer))
        return NoteData(CHOICE_MODEL_ID, (*fields, evidence, source, card_id), guid, tags)
    accept = ", ".join(escape(a) for a in card.accept)
    fields = (escape(card.question), escape(card.answer), accept, evidence, source, card_id)
    return NoteData(TYPED_MODEL_ID, fields, guid, tags)


def deck_notes(deck: Deck) -> list[NoteData]:
    context = DeckContext.of(deck)
    return [card_note(context, card) for card in deck.cards]


def deck_description(deck: Deck) -> str:
    lines = [f"{len(deck.cards)} cards from trainer deck <code>{escape(deck.id)}</code>."]
    lines += [source_html(s) for s in deck.sources]
    return "\n".join(lines)


# -- the package ---------------------------------------------------------------------


def _models() -> dict[int, Any]:
    """Fresh genanki models (genanki mutates their template dicts while writing)."""
    import genanki

    def fields(names: Sequence[str]) -> list[dict[str, str]]:
        return [{"name": name} for name in names]

    return {
        CHOICE_MODEL_ID: genanki.Model(
            CHOICE_MODEL_ID,
            MODEL_NAMES[CHOICE_MODEL_ID],
            fields=fields(CHOICE_FIELDS),
            templates=[dict(CHOICE_TEMPLATE)],
            css=CSS,
        ),
        TYPED_MODEL_ID: genanki.Model(
            TYPED_MODEL_ID,
            MODEL_NAMES[TYPED_MODEL_ID],
            fields=fields(TYPED_FIELDS),
            templates=[dict(TYPED_TEMPLATE)],
            css=CSS,
        ),
        CLOZE_MODEL_ID: genanki.Model(
            CLOZE_MODEL_ID,
            MODEL_NAMES[CLOZE_MODEL_ID],
            fields=fields(CLOZE_FIELDS),
            templates=[dict(CLOZE_TEMPLATE)],
            css=CSS,
            model_type=genanki.Model.CLOZE,
        ),
    }


def _note_class() -> type:
    import genanki

    class EscapedNote(genanki.Note):
        """A genanki note whose fields trainer escaped itself.

        genanki scans every field for unescaped tags and warns; our fields are escaped
        by construction (and tested through a real Anki import), so the scan is skipped.
        """

        def _check_invalid_html_tags_in_fields(self) -> None:
            return None

    return EscapedNote


def build_package(
    decks: Sequence[Deck], now: float, parent: str = DEFAULT_PARENT
) -> tuple[bytes, ExportSummary]:
    """The .apkg bytes for these decks; `now` stamps notes so a later export updates them."""
    import genanki

    models = _models()
    note_class = _note_class()
    anki_decks = []
    summary = []
    for deck in decks:
        name = anki_deck_name(deck, parent)
        anki_deck = genanki.Deck(anki_deck_id(deck), name, description=deck_description(deck))
        for note in deck_notes(deck):
            anki_deck.add_note(
                note_class(
                    model=models[note.model_id],
                    fields=list(note.fields),
                    guid=note.guid,
                    tags=list(note.tags),
                )
            )
        anki_decks.append(anki_deck)
        summary.append((name, len(deck.cards)))
    return _package_bytes(genanki.Package(anki_decks), now), ExportSummary(tuple(summary))


def _package_bytes(package: Any, now: float) -> bytes:
    """genanki's collection, written to an in-memory sqlite database and zipped.

    genanki's own write_to_file leaves its temporary database behind in the system
    temp directory; this writes nothing but the final file.
    """
    import itertools

    connection = sqlite3.connect(":memory:")
    try:
        cursor = connection.cursor()
        package.write_to_db(cursor, now, itertools.count(int(now * 1000)))
        connection.commit()
        database = connection.serialize()
    finally:
        connection.close()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("collection.anki2", database)
        zf.writestr("media", "{}")
    return buffer.getvalue()


def write_package(
    decks: Sequence[Deck],
    path: str | os.PathLike[str],
    now: float,
    parent: str = DEFAULT_PARENT,
) -> ExportSummary:
    """Build the package and write it atomically to `path` (WriteError if it cannot)."""
    data, summary = build_package(decks, now, parent)
    atomic_write_bytes(path, data)
    return summary

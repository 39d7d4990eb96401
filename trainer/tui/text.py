"""How quiz things read on screen: kind names, durations, sources, highlighted evidence."""

from __future__ import annotations

import re

from textual.content import Content

from trainer.model import CLOZE_BLANK, Card, Source
from trainer.quiz.matching import surnames

KIND_LABELS = {
    "headline": "headline",
    "who_did": "who did it",
    "who_said": "who said it",
    "quote_cloze": "complete the quote",
    "date": "date",
    "aircraft": "aircraft",
    "weapon": "weapon",
    "number": "number",
    "role": "role",
    "place": "place",
    "rating": "fact-check rating",
}


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind.replace("_", " "))


def duration(seconds: float) -> str:
    """'45s', '3m 05s', '1h 02m'."""
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds}s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m {seconds:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h {minutes:02d}m"


def source_line(source: Source | None) -> str:
    """'The Daily Planet, 17 Nov 2015 · Lois Lane'."""
    if source is None:
        return ""
    head = ", ".join(
        part
        for part in (
            source.outlet or source.title,
            f"{source.published.day} {source.published:%b %Y}" if source.published else "",
        )
        if part
    )
    return " · ".join(part for part in (head, source.author) if part)


def question_text(card: Card, filled: str | None = None, style: str = "bold") -> Content:
    """The question; a cloze blank is drawn as a gap, or filled with the answer once given."""
    parts: list[str | tuple[str, str]] = []
    pieces = card.question.split(CLOZE_BLANK)
    for i, piece in enumerate(pieces):
        parts.append(piece)
        if i < len(pieces) - 1:
            parts.append((" ______ ", "reverse") if filled is None else (filled, style))
    return Content.assemble(*parts)


def answer_span(card: Card, evidence: str) -> tuple[int, int] | None:
    """Where the answer (or an accepted form, or the surname) appears in the evidence."""
    forms = [card.answer, *card.accept]
    forms += sorted((s for s in surnames(card.answer) if len(s) > 2), key=len, reverse=True)
    for form in forms:
        if not form.strip():
            continue
        pattern = r"(?<!\w)" + re.escape(form.strip()).replace(r"\ ", r"\s+") + r"(?!\w)"
        match = re.search(pattern, evidence, re.IGNORECASE)
        if match:
            return match.span()
    return None


def highlighted_evidence(card: Card, style: str) -> Content:
    content = Content(card.evidence)
    span = answer_span(card, card.evidence)
    return content.stylize(style, *span) if span else content

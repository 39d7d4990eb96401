"""Anki export speed: trainer's export of a 10,000-card deck against bare genanki.

    python bench/export.py [--cards N] [--repeat R]

Both sides write a .apkg file of the same notes in the same run. The floor is bare
genanki: one basic note type holding the same content (question, options, answer,
evidence, source line, tags), html.escape'd, GUIDs from card ids, written with its own
Package.write_to_file, fed plain strings prepared before the clock starts. trainer's
side adds what the floor lacks: three note types, lettered options, the highlighted
answer, source links, cloze text, compression and an atomic write.
Prints the best CPU time of R interleaved runs for each (the machine is shared,
so wall time is noisy) and the ratio; the target is at most 1.5x.
"""

from __future__ import annotations

import argparse
import html
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from trainer.model import CLOZE_BLANK, Card, Deck, Source

TARGET = 1.5
KINDS = ("who_said", "date", "number", "quote_cloze", "aircraft", "place")


def generated_deck(n: int) -> Deck:
    sources = tuple(
        Source(
            id=f"s{i}",
            title=f"Article {i} & more",
            outlet=f"Outlet {i % 7}",
            published=date(2015, 11, 1 + i % 28),
            url=f"https://example.com/{i}",
        )
        for i in range(50)
    )
    cards = []
    for i in range(n):
        kind = KINDS[i % len(KINDS)]
        answer = f"Answer {i}"
        evidence = f"In the report, officials said that {answer} was confirmed on day {i}."
        if kind == "quote_cloze":
            question = f'An official said: "{CLOZE_BLANK} was confirmed on day {i}."'
            choices: tuple[str, ...] = ()
        elif kind in ("date", "place"):
            question = f"What was confirmed in report {i} <according to officials>?"
            choices = ()
        else:
            question = f"Which one was confirmed in report {i}?"
            choices = (f"Other {i}", answer, f"Third {i}", f"Fourth {i}")
        cards.append(
            Card(
                id=f"{kind}-{i:05d}",
                kind=kind,
                question=question,
                answer=answer,
                sources=(f"s{i % 50}",),
                evidence=evidence,
                choices=choices,
                accept=(f"A{i}",) if not choices else (),
                tags=("generated",),
            )
        )
    return Deck(id="bench-deck", title="Bench deck", sources=sources, cards=tuple(cards))


def bare_genanki(rows: list[tuple[str, ...]], path: Path, now: float) -> None:
    """The same notes, the plain way: one basic note type, escaped fields, GUIDs from ids."""
    import genanki

    names = ("Question", "Choices", "Answer", "Evidence", "Source")
    model = genanki.Model(
        1607392319,
        "bench basic",
        fields=[{"name": name} for name in names],
        templates=[
            {
                "name": "Card 1",
                "qfmt": "{{Question}}<br>{{Choices}}",
                "afmt": "{{FrontSide}}<hr id=answer>{{Answer}}<br>{{Evidence}}<br>{{Source}}",
            }
        ],
    )
    deck = genanki.Deck(2059400110, "bench")
    for card_id, question, choices, answer, evidence, source, tags in rows:
        deck.add_note(
            genanki.Note(
                model=model,
                fields=[
                    html.escape(question),
                    "<br>".join(html.escape(c) for c in choices.split("\x1f") if c),
                    html.escape(answer),
                    html.escape(evidence),
                    html.escape(source),
                ],
                guid=genanki.guid_for(card_id),
                tags=tags.split(),
            )
        )
    genanki.Package(deck).write_to_file(str(path), timestamp=now)


def plain_rows(deck: Deck) -> list[tuple[str, ...]]:
    """The deck as plain strings, prepared before the clock starts: no trainer code is timed."""
    sources = {s.id: f"{s.outlet}, {s.published}, {s.url}" for s in deck.sources}
    outlets = {s.id: s.outlet.replace(" ", "_") for s in deck.sources}
    return [
        (
            c.id,
            c.question,
            "\x1f".join(c.choices),
            c.answer,
            c.evidence,
            " ".join(sources[s] for s in c.sources),
            " ".join([c.kind, deck.id, *(outlets[s] for s in c.sources)]),
        )
        for c in deck.cards
    ]


def trainer_export(deck: Deck, path: Path, now: float) -> None:
    from trainer.anki import write_package

    write_package([deck], path, now=now)


def best_of(repeat: int, floor, ours) -> tuple[float, float]:
    """Best CPU time of each, runs interleaved so a busy machine slows both alike."""
    times: dict[str, list[float]] = {"floor": [], "ours": []}
    for _ in range(repeat):
        for name, run in (("floor", floor), ("ours", ours)):
            start = time.process_time()
            run()
            times[name].append(time.process_time() - start)
    return min(times["floor"]), min(times["ours"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    import genanki  # noqa: F401  (imported before timing, for both sides)

    import trainer.anki  # noqa: F401

    deck = generated_deck(args.cards)
    rows = plain_rows(deck)
    now = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        ours = Path(tmp) / "trainer.apkg"
        floor = Path(tmp) / "genanki.apkg"
        t_floor, t_ours = best_of(
            args.repeat,
            lambda: bare_genanki(rows, floor, now),
            lambda: trainer_export(deck, ours, now),
        )
        size_ours, size_floor = ours.stat().st_size, floor.stat().st_size
    ratio = t_ours / t_floor
    print(f"cards: {args.cards}, best CPU time of {args.repeat} interleaved runs")
    print(f"bare genanki:   {t_floor:.3f}s  ({size_floor / 1e6:.1f} MB)")
    print(f"trainer export: {t_ours:.3f}s  ({size_ours / 1e6:.1f} MB)")
    verdict = "ok" if ratio <= TARGET else "OVER TARGET"
    print(f"ratio: {ratio:.2f}x (target <= {TARGET}x) {verdict}")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())

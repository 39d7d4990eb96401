"""Recall and precision of `trainer generate` on articles it was never tuned on.

    python bench/recall.py                        # the unseen check: bench/unseen/
    python bench/recall.py --verbose              # ... and list every miss and wrong card
    python bench/recall.py --gold ../shared/gold/seeds.yaml --articles decks/articles
    python bench/recall.py --deck my.deck.yaml    # score a deck already generated
    python bench/recall.py --per-article          # one deck per article (slower), merged

It runs the installed `trainer generate` (the CLI, in a subprocess) on the articles into a
temporary deck, reads the deck YAML, and matches every hand-annotated fact of the gold file
(format: the comment at the top of bench/unseen/gold.yaml) to the cards of the article it comes
from. It uses nothing but the CLI and the deck format, so it measures whatever code is installed.

Matching rules (general, the same for every article; never tuned to make a card count):
- cues: a gold `cue` is one string, or a list when the article states the same fact in several
  sentences; matching any of them is enough.
- normalise(text): Unicode NFKC, lower case, every character that is not a letter or a digit
  becomes a space (so quotation marks, apostrophes, dashes and punctuation do not matter),
  spaces collapsed. "contains" below means: contains as whole words after normalising.
- names: two names are the same person or body when, after normalising and dropping a leading
  "the", "a", "an", "one" and courtesy titles (Mr, Mrs, Ms, Dr), they are equal or the words of
  the shorter are the last words of the longer ("Cook" = "Tim Cook"; "John Smith" != "Jane
  Smith"). The gold speaker or person and its `accept` forms are each tried.
- quotes: a gold quote is FOUND when a `who_said` card of its article has a question containing
  the cue. Its speaker is CORRECT when the card's answer or one of its accepted forms is the
  gold speaker (names rule). Speaker precision = correct / every `who_said` card whose question
  contains a gold cue of its article (cards quoting nothing in the gold are counted apart: the
  gold does not say who spoke them). A second line counts a quote found by any quote card
  (`who_said`, or `quote_cloze` whose question with the blank filled in contains the cue).
- roles: FOUND when a `role` card of the article names the person (names rule, against the
  card's answer, accepted forms or question) and pairs it with the post: the card's question,
  answer or accepted forms contain the gold post (or one of its accepted forms), or an answer
  or accepted form of the card that is not the person is contained in the gold post. Titles are
  compared with these abbreviations spelt out: gov, sen, rep, lt, col, gen, sgt, capt, adm,
  supt, sec, dept, pres. Roles the gold marks `former` also report how many found cards say
  "former" (or "ex-").
- numbers: FOUND when a `number` card of the article has an answer_value equal to the gold
  value (relative tolerance 1e-6) and evidence containing the cue (no cue in the gold: value
  alone). A gold without `value` has it read from the start of its answer ("8,000" -> 8000).
- dates: a `date` card of the article MATCHES a gold date when its evidence contains the cue (no
  cue: any card) and its answer is the gold answer or its answer_value is the gold date. The
  date is FOUND when a matching card's answer_value equals `resolves_to`. Resolved-date
  accuracy = matching cards with the right answer_value / matching cards.
- aircraft (also weapons and ships): FOUND when an `aircraft` or `weapon` card of the article
  has an answer or accepted form that contains, or is contained in, the gold answer or one of
  its accepted forms.
Cards are matched to articles by the deck's `sources[].path` file name.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

BENCH = Path(__file__).resolve().parent
GOLD = BENCH / "unseen" / "gold.yaml"
ARTICLES = BENCH / "unseen" / "articles"
TARGETS = {"quotes": 0.85, "roles": 0.80, "numbers": 0.75, "aircraft": 0.90}
LEADING_WORDS = {"the", "a", "an", "one", "mr", "mrs", "ms", "dr"}
TITLE_ABBREVIATIONS = {
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "lt": "lieutenant",
    "col": "colonel",
    "gen": "general",
    "sgt": "sergeant",
    "capt": "captain",
    "adm": "admiral",
    "supt": "superintendent",
    "sec": "secretary",
    "dept": "department",
    "pres": "president",
}

Card = dict[str, Any]
Fact = dict[str, Any]


def normalise(text: object) -> str:
    """Lower case, letters and digits only, single spaces."""
    text = unicodedata.normalize("NFKC", str(text)).lower()
    return " ".join(re.sub(r"[^\w]|_", " ", text).split())


def contains(haystack: str, needle: str) -> bool:
    """Whole-word containment of two normalised strings."""
    return bool(needle) and f" {needle} " in f" {haystack} "


def name_words(name: object) -> list[str]:
    words = normalise(name).split()
    while words and words[0] in LEADING_WORDS:
        words = words[1:]
    return words


def same_name(a: object, b: object) -> bool:
    """Equal, or the shorter name is the tail of the longer ("Cook", "Tim Cook")."""
    x, y = name_words(a), name_words(b)
    if not x or not y:
        return False
    short, long = sorted((x, y), key=len)
    return long[-len(short) :] == short


def title_words(text: object) -> str:
    return " ".join(TITLE_ABBREVIATIONS.get(w, w) for w in normalise(text).split())


def forms(fact: Fact, key: str) -> list[str]:
    return [str(fact[key]), *(str(a) for a in fact.get("accept") or [])]


def cues(fact: Fact) -> list[str]:
    """The fact's cues, normalised: `cue` is one string, or a list when the article states
    the same fact in several sentences."""
    cue = fact.get("cue") or []
    return [normalise(c) for c in ([cue] if isinstance(cue, str) else cue)]


def card_answers(card: Card) -> list[str]:
    return [str(card.get("answer", "")), *(str(a) for a in card.get("accept") or [])]


def leading_number(text: object) -> float | None:
    match = re.search(r"\d[\d,]*(?:\.\d+)?", str(text))
    return float(match.group().replace(",", "")) if match else None


def same_number(a: object, b: object) -> bool:
    try:
        x, y = float(str(a).replace(",", "")), float(str(b).replace(",", ""))
    except ValueError:
        return False
    return abs(x - y) <= 1e-6 * max(abs(x), abs(y), 1.0)


@dataclass
class Tally:
    """Gold facts of one kind, those found, and the misses to show."""

    gold: int = 0
    found: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, found: bool, miss: str) -> None:
        self.gold += 1
        self.found += found
        if not found:
            self.misses.append(miss)


@dataclass
class Report:
    quotes: Tally = field(default_factory=Tally)
    quotes_any: Tally = field(default_factory=Tally)
    roles: Tally = field(default_factory=Tally)
    numbers: Tally = field(default_factory=Tally)
    dates: Tally = field(default_factory=Tally)
    aircraft: Tally = field(default_factory=Tally)
    speaker_checked: int = 0
    speaker_correct: int = 0
    wrong_speakers: list[str] = field(default_factory=list)
    who_said_outside_gold: list[str] = field(default_factory=list)
    former_found: int = 0
    former_kept: int = 0
    date_cards: int = 0
    date_cards_right: int = 0
    wrong_dates: list[str] = field(default_factory=list)
    cards_by_kind: dict[str, int] = field(default_factory=dict)


def score_quotes(entry: Fact, cards: list[Card], report: Report, where: str) -> None:
    quotes = entry.get("quotes") or []
    who_said = [c for c in cards if c["kind"] == "who_said"]
    clozes = [c for c in cards if c["kind"] == "quote_cloze"]
    quote_cues = [cues(q) for q in quotes]
    for quote, wanted in zip(quotes, quote_cues, strict=True):
        hits = [c for c in who_said if any(contains(normalise(c["question"]), w) for w in wanted)]
        report.quotes.add(bool(hits), f'{where}: {quote["speaker"]}: "{quote["cue"]}"')
        filled = [normalise(str(c["question"]).replace("_____", str(c["answer"]))) for c in clozes]
        report.quotes_any.add(
            bool(hits) or any(contains(q, w) for q in filled for w in wanted),
            f'{where}: {quote["speaker"]}: "{quote["cue"]}"',
        )
    for card in who_said:
        question = normalise(card["question"])
        gold = [
            q
            for q, wanted in zip(quotes, quote_cues, strict=True)
            if any(contains(question, w) for w in wanted)
        ]
        if not gold:
            report.who_said_outside_gold.append(f"{where}: {card['answer']}: {card['question']}")
            continue
        report.speaker_checked += 1
        if any(same_name(a, s) for a in card_answers(card) for s in forms(gold[0], "speaker")):
            report.speaker_correct += 1
        else:
            report.wrong_speakers.append(
                f"{where}: card says {card['answer']!r}, gold {gold[0]['speaker']!r}: "
                f'"{gold[0]["cue"]}"'
            )


def role_found(role: Fact, cards: list[Card]) -> Card | None:
    posts = [title_words(p) for p in forms(role, "role")]
    people = forms(role, "person")
    for card in cards:
        answers = card_answers(card)
        question = str(card["question"])
        named = any(same_name(a, p) for a in answers for p in people) or any(
            contains(normalise(question), normalise(p)) or contains(normalise(question), w)
            for p in people
            for w in name_words(p)[-1:]
        )
        if not named:
            continue
        text = title_words(" ".join([question, *answers]))
        if any(contains(text, post) for post in posts):
            return card
        own = [title_words(a) for a in answers if not any(same_name(a, p) for p in people)]
        if any(contains(post, a) for a in own if a for post in posts):
            return card
    return None


def score_roles(entry: Fact, cards: list[Card], report: Report, where: str) -> None:
    role_cards = [c for c in cards if c["kind"] == "role"]
    for role in entry.get("roles") or []:
        card = role_found(role, role_cards)
        report.roles.add(card is not None, f"{where}: {role['person']} -> {role['role']}")
        if card is not None and role.get("former"):
            report.former_found += 1
            text = normalise(" ".join([str(card["question"]), *card_answers(card)]))
            report.former_kept += contains(text, "former") or contains(text, "ex")


def score_numbers(entry: Fact, cards: list[Card], report: Report, where: str) -> None:
    number_cards = [c for c in cards if c["kind"] == "number"]
    for number in entry.get("numbers") or []:
        value = number.get("value", leading_number(number["answer"]))
        wanted = cues(number)
        found = any(
            same_number(c.get("answer_value", leading_number(c["answer"])), value)
            and (not wanted or any(contains(normalise(c.get("evidence", "")), w) for w in wanted))
            for c in number_cards
        )
        report.numbers.add(found, f"{where}: {number['answer']} ({number.get('about', '')})")


def score_dates(entry: Fact, cards: list[Card], report: Report, where: str) -> None:
    date_cards = [c for c in cards if c["kind"] == "date"]
    for date in entry.get("dates") or []:
        wanted = str(date["resolves_to"])
        wanted_cues = cues(date)
        answers = {normalise(a) for a in forms(date, "answer")}
        matching = [
            c
            for c in date_cards
            if (
                not wanted_cues
                or any(contains(normalise(c.get("evidence", "")), w) for w in wanted_cues)
            )
            and (normalise(c["answer"]) in answers or str(c.get("answer_value")) == wanted)
        ]
        right = [c for c in matching if str(c.get("answer_value")) == wanted]
        report.date_cards += len(matching)
        report.date_cards_right += len(right)
        report.wrong_dates.extend(
            f"{where}: {c['answer']!r} -> {c.get('answer_value')}, gold {wanted} "
            f"({date.get('event', '')})"
            for c in matching
            if c not in right
        )
        report.dates.add(
            bool(right), f"{where}: {date['answer']} = {wanted} ({date.get('event', '')})"
        )


def score_aircraft(entry: Fact, cards: list[Card], report: Report, where: str) -> None:
    answers = [
        normalise(a) for c in cards if c["kind"] in {"aircraft", "weapon"} for a in card_answers(c)
    ]
    for group in ("aircraft", "weapons", "ships"):
        for item in entry.get(group) or []:
            golds = [normalise(f) for f in forms(item, "answer")]
            found = any(contains(a, g) or contains(g, a) for a in answers for g in golds)
            report.aircraft.add(found, f"{where}: {item['answer']}")


def score(gold: Fact, deck: Fact) -> Report:
    """Match every gold fact to the cards of its article."""
    by_file: dict[str, str] = {Path(s["path"]).name: s["id"] for s in deck["sources"]}
    report = Report()
    for card in deck["cards"]:
        report.cards_by_kind[card["kind"]] = report.cards_by_kind.get(card["kind"], 0) + 1
    for entry in gold["articles"]:
        source = by_file.get(entry["file"])
        if source is None:
            sys.exit(f"recall: {entry['file']} is in the gold but not in the deck's sources")
        cards = [c for c in deck["cards"] if source in _sources(c)]
        where = entry["file"].removesuffix(".txt")
        score_quotes(entry, cards, report, where)
        score_roles(entry, cards, report, where)
        score_numbers(entry, cards, report, where)
        score_dates(entry, cards, report, where)
        score_aircraft(entry, cards, report, where)
    return report


def _sources(card: Card) -> list[str]:
    source = card["source"]
    return [str(s) for s in source] if isinstance(source, list) else [str(source)]


def generate(paths: Iterable[Path], out: Path) -> Fact:
    """Run the installed CLI on articles; return the deck it wrote."""
    command = shutil.which("trainer")
    base = [command] if command else [sys.executable, "-m", "trainer"]
    # every card: this measures what the generators find, not which cards a deck keeps
    argv = [*base, "generate", *map(str, paths), "-o", str(out), "--all-cards"]
    run = subprocess.run(argv, capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"recall: trainer generate failed: {run.stderr.strip() or run.stdout.strip()}")
    deck: Fact = yaml.safe_load(out.read_text(encoding="utf-8"))
    return deck


def generate_decks(paths: list[Path], per_article: bool) -> Fact:
    """One deck for all the articles, or one per article merged into one (sources and cards)."""
    with tempfile.TemporaryDirectory() as tmp:
        if not per_article:
            return generate(paths, Path(tmp) / "recall.deck.yaml")
        decks = [generate([p], Path(tmp) / f"{i}.deck.yaml") for i, p in enumerate(paths)]
    return {
        "sources": [s for d in decks for s in d["sources"]],
        "cards": [c for d in decks for c in d["cards"]],
    }


def ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "-"


def table(report: Report) -> list[str]:
    rows = [f"{'kind':<24}{'gold':>6}{'found':>7}{'recall':>8}  {'target':<8}precision"]

    def row(name: str, tally: Tally, target: str, precision: str = "") -> None:
        recall = ratio(tally.found, tally.gold)
        line = f"{name:<24}{tally.gold:>6}{tally.found:>7}{recall:>8}  {target:<8}{precision}"
        rows.append(line.rstrip())

    speakers = f"speaker {ratio(report.speaker_correct, report.speaker_checked)}"
    speakers += f" ({report.speaker_correct}/{report.speaker_checked}; target 0.97)"
    row("quotes (who_said)", report.quotes, "0.85", speakers)
    row("quotes (any quote card)", report.quotes_any, "")
    former = f"former kept {report.former_kept}/{report.former_found}"
    row("roles", report.roles, "0.80", former)
    row("numbers", report.numbers, "0.75")
    accuracy = f"resolved-date accuracy {ratio(report.date_cards_right, report.date_cards)}"
    accuracy += f" ({report.date_cards_right}/{report.date_cards}; target 0.98)"
    row("dates", report.dates, "", accuracy)
    row("aircraft/weapons", report.aircraft, "0.90")
    tallies = [report.quotes, report.roles, report.numbers, report.dates, report.aircraft]
    total = Tally(sum(t.gold for t in tallies), sum(t.found for t in tallies))
    row("all", total, "")
    kinds = ", ".join(f"{k} {n}" for k, n in sorted(report.cards_by_kind.items()))
    rows.append(f"cards in the deck: {sum(report.cards_by_kind.values())} ({kinds})")
    rows.append(f"who_said cards quoting nothing in the gold: {len(report.who_said_outside_gold)}")
    return rows


def details(report: Report) -> list[str]:
    lines: list[str] = []
    sections = [
        ("wrong speakers", report.wrong_speakers),
        ("wrong resolved dates", report.wrong_dates),
        ("quotes missed", report.quotes.misses),
        ("roles missed", report.roles.misses),
        ("numbers missed", report.numbers.misses),
        ("dates missed", report.dates.misses),
        ("aircraft missed", report.aircraft.misses),
        ("who_said cards quoting nothing in the gold", report.who_said_outside_gold),
    ]
    for title, items in sections:
        lines.append(f"\n{title} ({len(items)}):")
        lines.extend(f"  {item}" for item in items)
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD, help="gold YAML")
    parser.add_argument("--articles", type=Path, help="folder of the gold's article files")
    parser.add_argument("--deck", type=Path, help="score this deck instead of generating one")
    parser.add_argument("--per-article", action="store_true", help="one deck per article")
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses")
    args = parser.parse_args(argv)
    gold = yaml.safe_load(args.gold.read_text(encoding="utf-8"))
    articles = args.articles or (ARTICLES if args.gold == GOLD else args.gold.parent)
    if args.deck:
        deck = yaml.safe_load(args.deck.read_text(encoding="utf-8"))
    else:
        paths = [articles / e["file"] for e in gold["articles"]]
        deck = generate_decks(paths, args.per_article)
    report = score(gold, deck)
    print(f"{args.gold} ({len(gold['articles'])} articles)")
    print("\n".join(table(report)))
    if args.verbose:
        print("\n".join(details(report)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

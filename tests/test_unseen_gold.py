"""The unseen check's hand annotations (bench/unseen/gold.yaml) are well-formed: every article
exists, every cue occurs in its article, every fact has the fields bench/recall.py reads. A typo in
a cue would silently turn a fact into a miss, so it is caught here. Fast: no spaCy."""

from __future__ import annotations

import importlib.util
import re
import sys
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from tests.conftest import GOLD as SEEDS_GOLD
from tests.conftest import SEEDS, needs_gold
from trainer.articles import read_article

BENCH = Path(__file__).resolve().parent.parent / "bench"
UNSEEN = BENCH / "unseen"
REQUIRED = {
    "quotes": {"speaker", "cue"},
    "roles": {"person", "role"},
    "numbers": {"answer", "value", "unit", "cue", "about"},
    "dates": {"answer", "resolves_to", "cue", "event"},
    "aircraft": {"answer", "cue"},
}


def _recall() -> ModuleType:
    spec = importlib.util.spec_from_file_location("recall", BENCH / "recall.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["recall"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


recall = _recall()
GOLD: dict[str, Any] = yaml.safe_load((UNSEEN / "gold.yaml").read_text(encoding="utf-8"))
ENTRIES = GOLD["articles"]


def _body_and_published(path: Path) -> tuple[str, str]:
    text = path.read_text(encoding="utf-8")
    match = re.match(r"---\n(.*?)\n---\n(.*)", text, re.S)
    assert match, f"{path.name}: no front matter"
    front = yaml.safe_load(match.group(1))
    return match.group(2), str(front["published"])


def test_the_check_has_at_least_twenty_annotated_articles_and_no_duplicates() -> None:
    files = [e["file"] for e in ENTRIES]
    assert len(files) >= 20
    assert len(set(files)) == len(files)
    assert sorted(p.name for p in (UNSEEN / "articles").glob("*.txt")) == sorted(files)


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["file"] for e in ENTRIES])
def test_every_cue_occurs_in_its_article(entry: dict[str, Any]) -> None:
    path = UNSEEN / "articles" / entry["file"]
    _, published = _body_and_published(path)
    assert str(entry["published"]) == published
    # the article as trainer reads it (a wire story's market codes left out)
    text = recall.normalise(read_article(path).text)
    for group, fields in REQUIRED.items():
        for fact in entry.get(group) or []:
            missing = fields - set(fact)
            assert not missing, f"{group} {fact}: missing {missing}"
            for cue in recall.cues(fact):
                assert recall.contains(text, cue), f"{group}: {cue!r} is not in the article"
    for fact in entry.get("dates") or []:
        assert re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", str(fact["resolves_to"])), fact
        if len(str(fact["resolves_to"])) == 10:
            date.fromisoformat(str(fact["resolves_to"]))
    for fact in entry.get("numbers") or []:
        assert isinstance(fact["value"], int | float), fact


def test_the_manifest_uses_no_reserved_and_no_corpus_page() -> None:
    manifest = yaml.safe_load((UNSEEN / "MANIFEST.yaml").read_text(encoding="utf-8"))
    assert sorted(m["file"].removeprefix("articles/") for m in manifest) == sorted(
        e["file"] for e in ENTRIES
    )
    hashes = {re.search(r"[0-9a-f]{64}", m["source_html_path"]).group() for m in manifest}  # type: ignore[union-attr]
    assert len(hashes) == len(manifest)
    shared = BENCH.parent.parent / "shared" / "corpus"
    if shared.is_dir():
        used = set(re.findall(r"[0-9a-f]{64}", (shared / "MANIFEST.yaml").read_text()))
        used |= set(re.findall(r"[0-9a-f]{64}", (shared / "RESERVED.txt").read_text()))
        assert not hashes & used


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Tim Cook", "Cook", True),
        ("Jane Smith", "John Smith", False),
        ("the Defense Ministry", "Defense Ministry", True),
        ("Foreign Ministry", "Defense Ministry", False),
        ("Mr. Lee", "Lee", True),
    ],
)
def test_names_match_by_whole_name_or_surname_only(a: str, b: str, same: bool) -> None:
    assert recall.same_name(a, b) is same


def test_recall_matches_each_kind_by_its_rule_and_counts_wrong_speakers_and_dates() -> None:
    """A tiny gold and deck: every rule of bench/recall.py can make a fact found or missed."""
    gold = {
        "articles": [
            {
                "file": "a.txt",
                "quotes": [
                    {"speaker": "Jane Roe", "cue": "open a new chapter"},
                    {"speaker": "John Doe", "cue": "review every contract"},
                    {"speaker": "Acme", "cue": "never made a cue card"},
                ],
                "roles": [{"person": "Jane Roe", "role": "Oregon governor"}],
                "numbers": [
                    {"answer": "$6.5 billion", "value": 6.5e9, "cue": "inject $6.5 billion"},
                    {"answer": "55", "value": 55, "cue": "Roe, 55, said"},
                ],
                "dates": [
                    {"answer": "Friday", "resolves_to": "2019-11-22", "cue": "opens Friday"},
                    {"answer": "Monday", "resolves_to": "2019-11-18", "cue": "said Monday"},
                ],
                "aircraft": [{"answer": "F-35", "cue": "F-35"}],
            }
        ]
    }

    def card(kind: str, question: str, answer: str, **more: object) -> dict[str, object]:
        return {"kind": kind, "question": question, "answer": answer, "source": "a", **more}

    deck = {
        "sources": [{"id": "a", "path": "articles/a.txt"}],
        "cards": [
            card("who_said", 'Who said: "It would open a new chapter"?', "Roe"),
            card("who_said", 'Who said: "We will review every contract"?', "Jane Doe"),
            card("role", "Who is the Oregon Gov.?", "Jane Roe", accept=["Roe"]),
            card(
                "number",
                "SoftBank will inject _____.",
                "$6.5bn",
                answer_value=6500000000,
                evidence="SoftBank will inject $6.5 billion.",
            ),
            card("number", "Roe is _____.", "55", answer_value=55, evidence="Roe is 55."),
            card(
                "date",
                "When does it open?",
                "Friday",
                answer_value="2019-11-15",
                evidence="The show opens Friday.",
            ),
            card("date", "When?", "Monday", answer_value="2019-11-18", evidence="He said Monday."),
            card("aircraft", "What jet?", "Lockheed F-35"),
        ],
    }
    report = recall.score(gold, deck)
    assert (report.quotes.gold, report.quotes.found) == (3, 2)
    assert (report.speaker_checked, report.speaker_correct) == (2, 1)
    assert len(report.wrong_speakers) == 1 and "Jane Doe" in report.wrong_speakers[0]
    assert report.roles.found == 1
    assert report.numbers.found == 1  # the age card's evidence lacks the cue
    assert (report.dates.found, report.date_cards, report.date_cards_right) == (1, 2, 1)
    assert report.aircraft.found == 1


@needs_gold
@pytest.mark.slow
def test_the_seeds_gold_facts_stay_found_in_the_deck() -> None:
    """Issue 10: the hand-annotated facts of the seeds stay at least 95% found as cards of
    the deck `trainer generate` writes (what `python bench/recall.py --gold
    ../shared/gold/seeds.yaml --articles decks/articles` prints as 'all'). A rule that
    loses one more of them ('the other remaining 98 km' of a quote naming 'the Turks')
    fails here, not only in the bench."""
    gold = yaml.safe_load(SEEDS_GOLD.read_text(encoding="utf-8"))
    paths = sorted(SEEDS.glob("*.txt"))
    report = recall.score(gold, recall.generate_decks(paths, per_article=False))
    tallies = [report.quotes, report.roles, report.numbers, report.dates, report.aircraft]
    found, total = sum(t.found for t in tallies), sum(t.gold for t in tallies)
    misses = [m for t in tallies for m in t.misses]
    assert total >= 30 and found / total >= 0.95, (found, total, misses)

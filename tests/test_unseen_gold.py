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
    body, published = _body_and_published(UNSEEN / "articles" / entry["file"])
    assert str(entry["published"]) == published
    text = recall.normalise(body)
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

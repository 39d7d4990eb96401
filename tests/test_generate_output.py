"""`trainer generate`: long articles, where the deck goes (-o, --save), and the write itself."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from trainer import pipeline
from trainer.cli import main
from trainer.decks import load_deck
from trainer.pipeline import parts_of

PERSON = (
    "{role} spokesman {first} {last} spoke on Tuesday in {city}.\n\n"
    '"We welcome that focus on the strikes number {n} and we say so plainly," {last} said.\n\n'
)
FIRST = [
    "Ann",
    "Bob",
    "Cy",
    "Dan",
    "Eve",
    "Fay",
    "Gus",
    "Hal",
    "Ida",
    "Jo",
    "Kai",
    "Lee",
    "Max",
    "Ned",
    "Oda",
    "Pat",
    "Quin",
    "Ray",
    "Sue",
    "Tom",
]
LAST = [
    "Abbott",
    "Baker",
    "Carter",
    "Dixon",
    "Ellis",
    "Fisher",
    "Grant",
    "Hayes",
    "Irwin",
    "Jensen",
    "Keller",
    "Lopez",
]
ROLES = ["Army", "Navy", "Pentagon", "Treasury", "Police", "Embassy"]
CITIES = ["Kabul", "Paris", "Lima", "Oslo", "Rome", "Cairo", "Quito", "Hanoi"]


def long_article(path: Path, people: int) -> Path:
    body = "".join(
        PERSON.format(
            n=i,
            first=FIRST[i % len(FIRST)],
            last=LAST[(i // len(FIRST)) % len(LAST)] + ("" if i < 240 else f"-{LAST[i % 12]}"),
            role=ROLES[i % len(ROLES)],
            city=CITIES[i % len(CITIES)],
        )
        for i in range(people)
    )
    path.write_text("---\ntitle: Long\n---\n" + body, encoding="utf-8")
    return path


# -- long articles ---------------------------------------------------------------


def test_parts_are_whole_paragraphs_of_the_text_within_the_limit():
    text = "".join(f"Paragraph {i} says something here.\n\n" for i in range(200))
    parts = parts_of(text, limit=500)
    assert len(parts) > 10
    assert "".join(parts) == text
    assert all(len(p) <= 500 and p.endswith("\n\n") for p in parts)


def test_a_paragraph_longer_than_the_limit_is_cut_after_a_sentence_or_a_word():
    text = "One sentence here. " * 100 + "x" * 50
    parts = parts_of(text, limit=300)
    assert "".join(parts) == text
    assert all(len(p) <= 300 for p in parts)
    assert all(p.endswith(". ") for p in parts[:-1])


def test_a_short_article_is_one_part_exactly():
    text = "A short article.\n\nTwo paragraphs."
    assert parts_of(text) == [text]


@pytest.mark.slow
def test_an_article_longer_than_spacy_accepts_is_parsed_in_parts(
    nlp, tmp_path, monkeypatch, capsys
):
    """Scaled down: the parser accepts 6,000 characters, parts are 2,000, the article is
    ~20,000. Before parts, this was spaCy's E088 traceback (as a 1,000,001-char article is)."""
    article = long_article(tmp_path / "long.txt", 150)
    assert len(article.read_text(encoding="utf-8")) > 3 * 6000
    monkeypatch.setattr(pipeline, "PART_CHARS", 2000)
    monkeypatch.setattr(nlp, "max_length", 6000)
    out = tmp_path / "long.deck.yaml"
    # every card: the test is about parts, not about which cards are worth keeping
    assert main(["generate", str(article), "-o", str(out), "--skip-bad", "--all-cards"]) == 0
    # no error, no traceback: only the note that the text gives no publication date
    assert [
        line for line in capsys.readouterr().err.splitlines() if "publication date" not in line
    ] == []
    text = article.read_text(encoding="utf-8")
    where = sorted(text.find(c.evidence) for c in load_deck(out).cards)
    # cards from the first part and from the last, and from all the ten parts between
    assert where[0] < 2000 and where[-1] > len(text) - 2000
    assert len({w // 2000 for w in where}) >= 10


# -- where the deck goes ------------------------------------------------------------


ARTICLE = (
    "---\ntitle: Quotes from the Pentagon\n---\n"
    "Pentagon spokesman Peter Cook spoke on Tuesday.\n\n"
    '"We welcome that focus on the strikes and we say so plainly," Cook said.\n'
)


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "cook.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_unwritable_output_fails_before_spacy_is_loaded(article, capsys, monkeypatch):
    import trainer.nlp

    def no_spacy():
        raise AssertionError("spaCy was loaded before the output was checked")

    monkeypatch.setattr(trainer.nlp, "load_pipeline", no_spacy)
    assert main(["generate", str(article), "-o", "/proc/x.deck.yaml"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("trainer: /proc/x.deck.yaml: cannot write in /proc")


def test_no_output_and_no_save_is_refused(article, capsys):
    assert main(["generate", str(article)]) == 1
    assert "give -o NAME.deck.yaml or --save" in capsys.readouterr().err


@pytest.mark.slow
def test_save_puts_the_deck_where_the_start_screen_finds_it(nlp, article, data_dir, capsys):
    from trainer.paths import resolve_deck, user_decks

    assert main(["generate", str(article), "--save"]) == 0
    saved = data_dir / "decks" / "quotes-from-the-pentagon.deck.yaml"
    assert capsys.readouterr().out.startswith(f"wrote {saved}: ")
    assert user_decks() == [saved]
    assert resolve_deck("quotes-from-the-pentagon") == saved
    deck = load_deck(saved)
    assert deck.id == "quotes-from-the-pentagon" and deck.cards
    assert deck.sources[0].path == article.resolve().as_posix()


@pytest.mark.slow
def test_save_with_output_writes_both_and_id_names_the_saved_one(nlp, tmp_path, article, data_dir):
    out = tmp_path / "here.deck.yaml"
    assert main(["generate", str(article), "-o", str(out), "--save", "--id", "cook"]) == 0
    saved = load_deck(data_dir / "decks" / "cook.deck.yaml")
    here = load_deck(out)
    assert saved.cards == here.cards and saved.id == here.id == "cook"
    assert here.sources[0].path == "cook.txt"


# -- the write ----------------------------------------------------------------------

KILLED_WRITER = """
import os, sys, time
from trainer import fileio
os.replace = lambda src, dst: (print("writing", flush=True), time.sleep(60))
fileio.atomic_write_text(sys.argv[1], "half a deck")
"""


def killed_mid_write(target: Path) -> Path:
    """Run a real writer of `target` and SIGKILL it between the write and the rename."""
    writer = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, str(target)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline() == "writing\n"
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait(10)
        writer.stdout.close()
    (left,) = target.parent.glob(f".{target.name}.*.tmp")
    return left


@pytest.mark.slow
def test_the_next_write_removes_the_temporary_file_of_a_killed_write(nlp, tmp_path, article):
    out = tmp_path / "x.deck.yaml"
    left = killed_mid_write(out)
    other = tmp_path / ".other.deck.yaml.abcdefgh.tmp"  # another deck's: not ours to delete
    other.write_text("", encoding="utf-8")
    assert main(["generate", str(article), "-o", str(out)]) == 0
    assert not left.exists() and other.exists()
    assert load_deck(out).cards


def test_a_temporary_file_being_written_is_left_alone(tmp_path):
    import fcntl

    from trainer.fileio import atomic_write_text

    target = tmp_path / "x.deck.yaml"
    busy = tmp_path / ".x.deck.yaml.busybusy.tmp"
    with open(busy, "wb") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)  # as a live writer holds it
        atomic_write_text(target, "deck")
        assert busy.exists()
    atomic_write_text(target, "deck again")
    assert not busy.exists()
    assert sorted(os.listdir(tmp_path)) == ["x.deck.yaml"]
    assert target.read_text(encoding="utf-8") == "deck again"


class ParseCounter:
    """A stand-in for spaCy that records the length of every text it parses."""

    def __init__(self) -> None:
        self.lengths: list[int] = []

    def pipe(self, texts, batch_size=16):
        for text in texts:
            self.lengths.append(len(text))
            yield text


def test_a_long_article_reports_progress_per_part_and_a_short_one_is_one_parse(monkeypatch):
    from trainer.model import Article

    monkeypatch.setattr(pipeline, "PART_CHARS", 1000)
    long_text = "".join(f"Paragraph {i} of a long article.\n\n" for i in range(100))
    short = Article(id="short", text="A short article.")
    long = Article(id="long", text=long_text)
    nlp, seen, done = ParseCounter(), [], []
    pipeline.build_deck(
        [short, long],
        "d",
        "D",
        nlp=nlp,
        kinds={},
        on_part=lambda article, n, total: seen.append((article.id, n, total)),
        on_article=lambda found: done.append((found.source.id, found.parts)),
    )
    parts = len(long_text) // 1000 + 1
    assert nlp.lengths[0] == len(short.text) and max(nlp.lengths) <= 1000
    assert sum(nlp.lengths[1:]) == len(long_text)
    assert seen == [("long", n, parts) for n in range(1, parts + 1)]
    assert done == [("short", 1), ("long", parts)]

"""`trainer generate` through its entry point: output, bad input, atomic writes, determinism."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import SEEDS
from trainer.cli import main
from trainer.decks import load_deck

pytestmark = pytest.mark.slow

ARTICLE = (
    "---\ntitle: Quotes\npublished: 2015-11-17\n---\n"
    "Pentagon spokesman Peter Cook spoke on Tuesday.\n\n"
    '"We welcome that focus on the strikes and we say so plainly," Cook said.\n\n'
    '"There was advance warning and the system did work well," Cook added.\n'
)


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "in" / "cook.txt"
    path.parent.mkdir()
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_generate_writes_a_valid_deck_with_relative_source_paths(nlp, tmp_path, article, capsys):
    out = tmp_path / "out" / "cook.deck.yaml"
    out.parent.mkdir()
    assert main(["generate", str(article), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith(f"wrote {out}: ")
    deck = load_deck(out)
    assert deck.id == "cook" and deck.title == "Quotes"
    assert deck.sources[0].path == "../in/cook.txt"
    kinds = deck.kinds()
    # one card a post (the position); one "Who said" of the only speaker
    assert kinds["who_said"] == 1 and kinds["role"] == 1
    who = [c for c in deck.cards if c.kind == "who_said"]
    assert {c.answer for c in who} == {"Peter Cook"}
    assert f"{len(deck.cards)} cards" in printed


def test_same_input_gives_byte_identical_deck_and_stable_ids(nlp, tmp_path, article):
    first, second = tmp_path / "a.deck.yaml", tmp_path / "b.deck.yaml"
    assert main(["generate", str(article), "-o", str(first), "--id", "x", "--title", "T"]) == 0
    assert main(["generate", str(article), "-o", str(second), "--id", "x", "--title", "T"]) == 0
    assert first.read_bytes() == second.read_bytes()
    # an unrelated paragraph added later does not change the ids of the existing facts
    article.write_text(ARTICLE + "\nThe weather was fine all week long.\n", encoding="utf-8")
    assert main(["generate", str(article), "-o", str(second), "--id", "x", "--title", "T"]) == 0
    assert [c.id for c in load_deck(first).cards] == [c.id for c in load_deck(second).cards]


def test_existing_deck_is_replaced_atomically(nlp, tmp_path, article):
    out = tmp_path / "cook.deck.yaml"
    out.write_text("old", encoding="utf-8")
    assert main(["generate", str(article), "-o", str(out)]) == 0
    assert load_deck(out).cards
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cook.deck.yaml", "in"]


def test_bad_article_is_refused_with_one_line_and_no_output(tmp_path, article, capsys):
    out = tmp_path / "x.deck.yaml"
    missing = tmp_path / "missing.txt"
    assert main(["generate", str(article), str(missing), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err == f"trainer: {missing}: no such file\n"
    assert not out.exists()


def test_skip_bad_warns_and_goes_on(nlp, tmp_path, article, capsys):
    out = tmp_path / "x.deck.yaml"
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert main(["generate", str(article), str(empty), "--skip-bad", "-o", str(out)]) == 0
    assert f"trainer: warning: {empty}: empty file (skipped)" in capsys.readouterr().err
    assert len(load_deck(out).sources) == 1


def test_article_with_nothing_quizzable_warns_and_gives_no_cards(nlp, tmp_path, capsys):
    dull = tmp_path / "dull.txt"
    dull.write_text("it rained. then it stopped.\n", encoding="utf-8")
    out = tmp_path / "dull.deck.yaml"
    assert main(["generate", str(dull), "-o", str(out)]) == 0
    assert f"trainer: warning: {dull}: nothing quizzable found" in capsys.readouterr().err
    assert load_deck(out).cards == ()


# invented: a Portuguese news paragraph (numbers, names and dates a parser would take up)
PORTUGUESE = (
    "O ministro da Economia, Paulo Guedes, anunciou nesta terça-feira um corte de 12 bilhões "
    "de reais no orçamento de 2020. Segundo o governo, a medida atinge sobretudo os "
    "investimentos em obras públicas, que ficam suspensos até março. A oposição criticou a "
    "decisão e prometeu levar o caso ao Supremo Tribunal Federal ainda nesta semana, quando "
    "o Congresso volta a se reunir em Brasília para votar o novo pacote de medidas."
)


def test_an_article_not_in_english_is_named_and_gives_no_cards(nlp, tmp_path, article, capsys):
    foreign = tmp_path / "orcamento.txt"
    foreign.write_text(PORTUGUESE + "\n", encoding="utf-8")
    out = tmp_path / "x.deck.yaml"
    assert main(["generate", str(article), str(foreign), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert (
        f"trainer: warning: {foreign}: not English prose (the questions are made from English "
        "text); no cards from this article\n"
    ) in err
    deck = load_deck(out)
    assert deck.cards and all(c.sources == ("cook",) for c in deck.cards)


def test_articles_without_a_publication_date_are_named_once(nlp, tmp_path, article, capsys):
    """Undated text cannot anchor "As of" or "Tuesday": the user is told how to give a date."""
    undated = tmp_path / "undated.txt"
    undated.write_text(ARTICLE.split("---\n", 2)[2], encoding="utf-8")
    out = tmp_path / "x.deck.yaml"
    assert main(["generate", str(article), str(undated), "-o", str(out)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert [line for line in err if "publication date" in line] == [
        f"trainer: warning: {undated} has no publication date: posts and counts that go stale "
        'make no card (--all-cards keeps them, undated), nor do weekdays ("Tuesday") or dates of '
        'no year ("in January"); give one with --published YYYY-MM-DD (or, in a text file, '
        "front matter: published: YYYY-MM-DD)"
    ]
    assert main(["generate", str(article), "-o", str(out)]) == 0
    assert "publication date" not in capsys.readouterr().err


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_output_is_one_line_and_leaves_the_old_deck(tmp_path, article, capsys):
    locked = tmp_path / "locked"
    locked.mkdir()
    out = locked / "x.deck.yaml"
    out.write_text("old deck", encoding="utf-8")
    locked.chmod(0o555)
    try:
        assert main(["generate", str(article), "-o", str(out)]) == 1
    finally:
        locked.chmod(0o755)
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"trainer: {out}: cannot write")
    assert out.read_text(encoding="utf-8") == "old deck"
    assert os.listdir(locked) == ["x.deck.yaml"]


@pytest.mark.parametrize(
    ("output", "message"),
    [
        ("nodir/x.deck.yaml", "directory nodir does not exist"),
        ("x.yaml", "the output must be named NAME.deck.yaml"),
    ],
)
def test_bad_output_path(tmp_path, article, capsys, monkeypatch, output, message):
    monkeypatch.chdir(tmp_path)
    assert main(["generate", str(article), "-o", output]) == 1
    assert message in capsys.readouterr().err


def test_console_script_end_to_end(tmp_path):
    """The installed `trainer` command, in a fresh process: a directory in, a deck out."""
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    out = tmp_path / "seeds.deck.yaml"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    result = subprocess.run(
        [sys.executable, "-m", "trainer", "generate", str(articles), "-o", str(out), "--jobs", "2"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "from 2 articles" in result.stdout
    assert [s.path for s in load_deck(out).sources] == [
        "articles/000_1497a650c4a5c5b5.txt",
        "articles/004_d663472cd4bb9700.txt",
    ]


def test_failed_write_leaves_the_old_deck_and_no_temporary_file(
    nlp, tmp_path, article, capsys, monkeypatch
):
    out = tmp_path / "x.deck.yaml"
    out.write_text("old deck", encoding="utf-8")

    def refuse(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    assert main(["generate", str(article), "-o", str(out)]) == 1
    assert capsys.readouterr().err == f"trainer: {out}: cannot write (No space left on device)\n"
    assert out.read_text(encoding="utf-8") == "old deck"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "x.deck.yaml"]


def test_output_inside_a_file_is_refused(tmp_path, article, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    assert main(["generate", str(article), "-o", str(blocker / "x.deck.yaml")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_generate_warms_the_deck_cache(nlp, tmp_path, article, monkeypatch):
    from trainer import deckcache

    out = tmp_path / "cook.deck.yaml"
    assert main(["generate", str(article), "-o", str(out)]) == 0
    expected = load_deck(out)

    def no_yaml(raw, path):
        raise AssertionError(f"{path} was parsed again instead of read from the cache")

    monkeypatch.setattr(deckcache, "deck_from_bytes", no_yaml)
    assert deckcache.load_deck_cached(out) == expected


def test_an_article_of_passing_details_only_says_so(nlp, tmp_path, capsys):
    # its facts are there, but none is kept by default: "nothing quizzable" would be untrue
    article = tmp_path / "ages.txt"
    article.write_text(
        "---\npublished: 2019-11-20\n---\nJane Roe, 68, and John Doe, 71, of Dover, walked.\n",
        encoding="utf-8",
    )
    out = tmp_path / "ages.deck.yaml"
    assert main(["generate", str(article), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "found, all passing details: no cards (--all-cards keeps them)" in err, err
    assert main(["generate", str(article), "-o", str(out), "--all-cards"]) == 0
    assert load_deck(out).cards

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
SEEDS = REPO / "decks" / "articles"
DEFAULT_DECK = REPO / "decks" / "syria-2015-11-17.deck.yaml"
# A small hand-written deck whose cards tests may rely on (the bundled one is regenerated).
SAMPLE_DECK = Path(__file__).resolve().parent / "data" / "sample.deck.yaml"


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own user-data directory: never the real one; and a question
    generator's error is raised."""
    path = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("TRAINER_DATA_DIR", str(path))
    # a generator that raises fails its test, not only warns (trainer.pipeline.collect_facts)
    monkeypatch.setenv("TRAINER_GENERATOR_ERRORS", "raise")
    return path


def corpus_available() -> bool:
    return CORPUS.is_dir()


needs_corpus = pytest.mark.skipif(not corpus_available(), reason="../shared/corpus not present")
GOLD = SHARED / "gold" / "seeds.yaml"
needs_gold = pytest.mark.skipif(not GOLD.is_file(), reason="../shared/gold/seeds.yaml not present")


def corpus_files(suffix: str) -> list[Path]:
    """The corpus articles of one format (the manifest's numbered pages; not README or
    RESERVED.txt, which are notes about the corpus)."""
    return sorted(CORPUS.glob(f"[0-9][0-9]-*{suffix}"))


@pytest.fixture
def anyio_backend() -> str:
    """Async tests (the Textual pilot) run on asyncio."""
    return "asyncio"


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once for the whole session (tests marked slow use it)."""
    from trainer.nlp import load_pipeline

    return load_pipeline()


def questions_of(nlp, module, text: str, published=None) -> list[str]:
    """The questions a question kind's module (`trainer.questions.date`, ...) finds in
    `text`, an article published on `published` (by default Nov. 20, 2019)."""
    from datetime import date

    from trainer.model import Article

    article = Article(id="t", text=text, published=published or date(2019, 11, 20))
    return [f.question for f in module.find(nlp(text), article)]


def number_questions(nlp, text: str, published=None) -> dict[str, str]:
    """Answer -> question of the number cards the whole pipeline finds in `text` (an article
    published on `published`, or undated)."""
    from trainer.model import Article, CardKind
    from trainer.pipeline import facts_of

    article = Article(id="t", text=text, published=published)
    return {
        f.answer: f.question for _, f in facts_of(article, nlp).facts if f.kind == CardKind.NUMBER
    }


def role_cards(nlp, text: str, published=None) -> set[tuple[str, str]]:
    """(question, answer) of the role cards in `text`, an article published on `published`;
    every card's evidence is a piece of the text."""
    from trainer.model import Article
    from trainer.questions import role

    found = role.find(nlp(text), Article(id="t", text=text, published=published))
    for fact in found:
        assert fact.evidence in text
    return {(f.question, f.answer) for f in found}


def facts_of_kind(nlp, text: str, kind: str, published=None, title=None) -> list:
    """The facts of one kind the whole map step finds in `text` (an article published on
    `published`, titled `title`), before any card is chosen."""
    from trainer.model import Article
    from trainer.pipeline import facts_of

    article = Article(id="t", text=text, published=published, title=title)
    return [f for _, f in facts_of(article, nlp).facts if f.kind == kind]


def a_fact(kind: str, question: str, answer: str, answer_type: str = "person", **fields):
    """A fact of one kind built by hand, for a question kind's own functions (its key
    derived from the question and its evidence empty unless given; source 't')."""
    from trainer.model import AnswerType, CardKind, Fact

    key = fields.pop("key", f"{kind}|{question}")
    return Fact(
        kind=CardKind(kind),
        key=key,
        question=question,
        answer=answer,
        evidence=fields.pop("evidence", ""),
        source="t",
        answer_type=AnswerType(answer_type),
        **fields,
    )


def role_fact(answer: str, person: str, month: str = "October 2017"):
    """'As of October 2017, what was Jane Roe's position?' -> `answer`, built by hand."""
    question = f"As of {month}, what was {person}'s position?"
    return a_fact("role", question, answer, "title", key=f"role|{person}", person=person)


def cards_of(nlp, text: str, published=None, title: str = "", rule=None) -> list:
    """The cards of one deck made of `text`, an article published on `published`, titled
    `title`: every card, or those `rule` keeps (salience.Rule() for the default deck)."""
    from trainer.model import Article
    from trainer.pipeline import build_deck
    from trainer.questions.salience import Rule

    article = Article(id="t", text=text, published=published, title=title)
    kept = Rule.everything() if rule is None else rule
    return build_deck([article], "t", "t", nlp=nlp, rule=kept).deck.cards


def text_file_article(tmp_path, body: str, published: str = "2018-02-14"):
    """The article a user's text file gives: `body` after front matter that dates it."""
    from trainer.articles import read_article

    story = tmp_path / "story.txt"
    story.write_text(f"---\npublished: {published}\n---\n{body}")
    return read_article(story)


def card_answers(nlp, text: str, published, kind: str) -> list[str]:
    """The answers of the cards of one kind (no salience rule) of a deck made of `text`."""
    return [c.answer for c in cards_of(nlp, text, published) if c.kind == kind]


def card_questions(nlp, text: str, published, kind: str) -> list[str]:
    """The questions of the cards of one kind (no salience rule) of a deck made of `text`."""
    return [c.question for c in cards_of(nlp, text, published) if c.kind == kind]


# A page of a game report; `footer` is what the page shows below the story.
SUNS_PAGE = (
    "<html><head><title>Suns beat Lakers</title></head><body><article><h1>Suns beat Lakers</h1>"
    "<p>Leandro Barbosa scored 22 points on Thursday to lead a balanced Phoenix attack as the "
    "Suns beat the Lakers 106-98 at the Staples Center.</p><p>Amare Stoudemire added 20 points "
    "and 11 rebounds for the Suns, who won for the fifth time in six games.</p><p>Kobe Bryant "
    "scored 30 points for the Lakers, who had won three straight games at home.</p></article>"
    "<footer>{footer}</footer></body></html>"
)


def assert_all_passing(facts: list, passing: bool) -> None:
    """There are facts, and each is (or is not) a passing detail."""
    assert facts
    assert all(f.passing == passing for f in facts), [(f.question, f.passing) for f in facts]


def storm_deck_with_number_finder(
    tmp_path: Path, monkeypatch, capsys, find
) -> tuple[Path, str, str]:
    """`trainer generate --all-cards` on a one-sentence storm story, the number cards found
    by `find` in place of their module, outside the test suite's raise-on-error mode: the
    article's path, what the command wrote to stderr, and the deck's text (the command must
    exit 0)."""
    from trainer import cli
    from trainer.model import CardKind
    from trainer.questions import KINDS, QuestionKind

    number = KINDS[CardKind.NUMBER]
    monkeypatch.setitem(KINDS, CardKind.NUMBER, QuestionKind(find, number.distractors))
    monkeypatch.delenv("TRAINER_GENERATOR_ERRORS")
    article = tmp_path / "storm.txt"
    article.write_text(
        "---\npublished: 2013-06-20\n---\nStorm floods Tampa\n\n"
        "Tropical Storm Andrea hit Tampa on Thursday, flooding 300 homes, the mayor said.\n",
        encoding="utf-8",
    )
    deck = tmp_path / "storm.deck.yaml"
    assert cli.main(["generate", str(article), "-o", str(deck), "--all-cards"]) == 0
    return article, capsys.readouterr().err, deck.read_text(encoding="utf-8")

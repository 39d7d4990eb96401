"""The pipeline's contract with question kinds: merge, ids, distractor filtering, order.

Uses fake question kinds and a fake `nlp` (the "doc" is the text itself), so these
tests run without spaCy.
"""

from __future__ import annotations

import pytest

from trainer.decks import dump_deck, parse_deck
from trainer.model import AnswerType, Article, Fact
from trainer.pipeline import GeneratorBug, build_deck, card_id, pick_distractors
from trainer.questions import QuestionKind


class FakeNLP:
    def __init__(self):
        self.calls = 0

    def pipe(self, texts, batch_size=16, n_process=1):
        self.calls += 1
        yield from texts


def make_generator(name, kinds, find, distractors=None):
    """A KINDS table serving `kinds` with one `find`, as trainer.questions.KINDS does."""
    entry = QuestionKind(find, distractors or (lambda fact, pool: [f.answer for f in pool]))
    return {kind: entry for kind in kinds}


def person_facts(doc, article):
    """One who_said fact per line 'Name: sentence.' of the text."""
    facts = []
    for line in doc.split("\n\n"):
        name, _, said = line.partition(": ")
        facts.append(
            Fact(
                kind="who_said",
                key=f"who_said|{said.lower()}",
                question=f'Who said: "{said}"?',
                answer=name,
                evidence=line,
                source=article.id,
                answer_type=AnswerType("person"),
            )
        )
    return facts


A1 = Article(id="a1", text="Ann Lee: Hello there.\n\nBob Ray: Goodbye now.", path="a1.txt")
A2 = Article(
    id="a2",
    text="Cy Dee: Not this one.\n\nAnn Lee: Hello there.\n\nDan Fox: Again.\n\nEve Orr: Last.",
    path="a2.txt",
)


def generate(articles, tables, nlp=None):
    kinds = {kind: entry for table in tables for kind, entry in table.items()}
    return build_deck(articles, "d", "Deck", nlp=nlp or FakeNLP(), kinds=kinds)


def test_each_article_parsed_once_and_facts_merged_by_kind_and_key():
    nlp = FakeNLP()
    gen = make_generator("people", ("who_said",), person_facts)
    deck = generate([A1, A2], [gen], nlp).deck
    assert nlp.calls == 2  # one parse per article, never the whole input at once
    hello = [c for c in deck.cards if "Hello" in c.question]
    assert len(hello) == 1
    assert hello[0].sources == ("a1", "a2")
    assert hello[0].evidence == "Ann Lee: Hello there."  # the first article's
    assert len(deck.cards) == 5


def test_card_ids_come_from_kind_and_key():
    gen = make_generator("people", ("who_said",), person_facts)
    deck = generate([A1], [gen]).deck
    assert deck.cards[0].id == card_id("who_said", "who_said|hello there.")
    assert deck.cards[0].id.startswith("who_said-") and len(deck.cards[0].id) == 19


def test_cards_in_source_order_then_text_order():
    gen = make_generator("people", ("who_said",), lambda d, a: person_facts(d, a)[::-1])
    deck = generate([A1, A2], [gen]).deck
    assert [c.answer for c in deck.cards] == ["Ann Lee", "Bob Ray", "Cy Dee", "Dan Fox", "Eve Orr"]


def test_choices_hold_answer_and_three_distractors_in_a_stable_shuffle():
    gen = make_generator("people", ("who_said",), person_facts)
    first = generate([A1, A2], [gen]).deck
    again = generate([A1, A2], [gen]).deck
    assert dump_deck(first) == dump_deck(again)
    for card in first.cards:
        assert len(card.choices) == 4 and card.answer in card.choices
        assert len(set(card.choices)) == 4
    positions = {card.choices.index(card.answer) for card in first.cards}
    assert len(positions) > 1, "the answer must not always sit in the same place"
    parse_deck(dump_deck(first))  # a valid deck


def test_fewer_than_three_distractors_means_a_typed_card():
    gen = make_generator("people", ("who_said",), person_facts)
    deck = generate([A1], [gen]).deck  # only two speakers in the pool
    assert all(card.choices == () for card in deck.cards)


def test_distractor_filter_drops_correct_forms_duplicates_and_name_parts():
    fact = Fact(
        "who_said", "k", "q", "Peter Cook", "e", "s", AnswerType("person"), accept=("Cook",)
    )
    got = pick_distractors(
        fact, ["peter cook!", "Cook", "John Kerry", "john  kerry", "Mr. Cook", "Ann Lee", "Bo", "X"]
    )
    assert got == ["John Kerry", "Ann Lee", "Bo"]


@pytest.mark.parametrize(
    ("answer", "also_true", "wrong"),
    [
        ("Kentucky GOP Governor", "Republican Governor", "Democratic Governor"),
        ("Pentagon spokeswoman", "spokesperson", "Pentagon press secretary"),
        ("Acme Chief Executive", "Acme CEO", "Acme chief financial officer"),
    ],
)
def test_a_less_specific_wording_of_the_answer_is_never_a_wrong_option(answer, also_true, wrong):
    """ "Republican Governor" is true of a "Kentucky GOP Governor": it cannot be offered."""
    fact = Fact("role", "k", "q", answer, "e", "s", AnswerType("title"))
    assert pick_distractors(fact, [also_true, wrong]) == [wrong]


def test_article_with_no_fact_is_reported_empty():
    gen = make_generator(
        "people", ("who_said",), lambda d, a: [] if a.id == "a2" else person_facts(d, a)
    )
    result = generate([A1, A2], [gen])
    assert result.empty_articles == ("a2",)


def test_a_fact_of_an_undeclared_kind_is_a_bug():
    gen = make_generator("people", ("role",), person_facts)
    with pytest.raises(GeneratorBug, match="who_said"):
        generate([A1], [gen])


def test_evidence_must_be_verbatim_from_the_article():
    def bad(doc, article):
        return [
            Fact("who_said", "k", "q", "a", "not in the text", article.id, AnswerType("person"))
        ]

    with pytest.raises(GeneratorBug, match="evidence"):
        generate([A1], [make_generator("bad", ("who_said",), bad)])


def test_a_fact_of_a_kind_another_finder_serves_is_a_bug():
    one = make_generator("one", ("who_said",), person_facts)
    two = make_generator("two", ("role",), lambda d, a: person_facts(d, a))  # who_said too
    with pytest.raises(GeneratorBug, match="who_said"):
        generate([A1], [one, two])


def test_the_kinds_table_serves_every_card_kind_from_a_module_named_as_the_kind():
    from trainer.model import CardKind
    from trainer.questions import KINDS

    assert list(KINDS) == list(CardKind)
    for kind, entry in KINDS.items():
        module = entry.find.__module__.rsplit(".", 1)[1]
        assert module == kind.value or (kind is CardKind.WEAPON and module == "aircraft")
        assert entry.distractors.__module__ == entry.find.__module__


def test_another_article_s_wording_of_the_same_fact_is_accepted_and_never_a_wrong_option():
    b1 = Article(
        id="b1", text="Ann Lee: Hello there.\n\nBob Ray: Bye.\n\nCy Dee: Hi.\n\nDan Fox: Yo."
    )
    b2 = Article(id="b2", text="Ann B. Lee: Hello there.\n\nEve Orr: Later.")
    gen = make_generator("people", ("who_said",), person_facts)
    deck = generate([b1, b2], [gen]).deck
    (hello,) = [c for c in deck.cards if "Hello" in c.question]
    assert hello.answer == "Ann Lee"
    assert hello.sources == ("b1", "b2")
    assert hello.accept == ("Ann B. Lee",)
    assert "Ann B. Lee" not in hello.choices
    assert len(hello.choices) == 4


@pytest.mark.parametrize(
    ("names", "answer", "shown"),
    [
        # a lone surname beside full names: everyone by surname, the full name still right
        (["Bruce Boudreau", "Parise", "Ryan Suter", "Kevin Fiala"], "Bruce Boudreau", "Boudreau"),
        (["Mr. Trump", "Phil Levy", "Zippy Duvall", "John Williams"], "Mr. Trump", "Trump"),
        # one form already: nothing changes
        (["Ann Lee", "Bob Ray", "Cy Dee", "Dan Fox"], "Ann Lee", "Ann Lee"),
    ],
)
def test_person_options_are_all_written_in_one_form(names, answer, shown):
    text = "\n\n".join(f"{name}: Sentence {i} here." for i, name in enumerate(names))
    gen = make_generator("people", ("who_said",), person_facts)
    deck = generate([Article(id="a", text=text, path="a.txt")], [gen]).deck
    card = next(c for c in deck.cards if c.question.startswith('Who said: "Sentence 0'))
    assert card.answer == shown
    assert answer in (card.answer, *card.accept)
    forms = {(len(c.split()) > 1, c.split()[0] in ("Mr.", "Ms")) for c in card.choices}
    assert len(card.choices) == 4 and len(forms) == 1, card.choices

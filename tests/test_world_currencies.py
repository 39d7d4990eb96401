"""Money in the currencies of international news (issue 10): rand, rupees in crores and
lakhs, Kenyan shillings, naira, the dollars of Australia, Canada, Hong Kong and the US,
won and pesos. Through `trainer generate`: the amount is a number card, its answer as the
page writes it, its options in the same currency and scale. A bare letter before a figure
is money only before a scaled amount: 'the R4 road', 'N95 masks' and the 'A350' stay names.
Invented sentences in the shapes of South African, Indian, Kenyan, Nigerian and Australian
news pages."""

from __future__ import annotations

import re

import pytest

from trainer.cli import main
from trainer.decks import load_deck
from trainer.language.currencies import currency_of, without_currency
from trainer.model import Card
from trainer.quiz.matching import judge

pytestmark = pytest.mark.slow


def cards_of(tmp_path, sentence: str) -> list[Card]:
    path = tmp_path / "report.txt"
    path.write_text(f"---\ntitle: A report\npublished: 2025-05-21\n---\n{sentence}\n")
    out = tmp_path / "report.deck.yaml"
    assert main(["generate", str(path), "-o", str(out), "--all-cards"]) == 0
    return list(load_deck(out).cards)


def money_card(cards: list[Card], answer: str) -> Card:
    found = [c for c in cards if c.kind == "number" and c.answer == answer]
    assert found, [(c.question, c.answer) for c in cards]
    return found[0]


def scale_of(amount: str) -> str:
    """'R4bn' -> 'bn', 'Rs 400 crore' -> ' crore', 'A$3 billion' -> ' billion'."""
    return re.sub(r"^[\d.,]+", "", without_currency(amount))


AMOUNTS = [
    (
        "Finance minister Enoch Godongwana has allocated R4bn to the South African Revenue "
        "Service in the current financial year.",
        "R4bn",
    ),
    (
        "Finance Minister Nirmala Sitharaman allocated Rs 400 crore to the Ganga cleaning "
        "scheme in the budget.",
        "Rs 400 crore",
    ),
    (
        "Finance Minister Nirmala Sitharaman allocated Rs 1.5 lakh crore to the railways in "
        "the budget.",
        "Rs 1.5 lakh crore",
    ),
    (
        "Treasury Cabinet Secretary John Mbadi allocated KSh 4 billion to the Kenya Revenue "
        "Authority in the budget.",
        "KSh 4 billion",
    ),
    (
        "Lagos State Governor Babajide Sanwo-Olu has approved N5bn for the Lekki hospital project.",
        "N5bn",
    ),
    (
        "Lagos State Governor Babajide Sanwo-Olu has approved ₦5bn for the Lekki hospital project.",
        "₦5bn",
    ),
    (
        "Prime Minister Anthony Albanese committed A$3 billion to the Pilbara hydrogen hub.",
        "A$3 billion",
    ),
    (
        "Housing Minister Sean Fraser pledged C$2.5 billion for the Canada Housing "
        "Infrastructure Fund on Monday.",
        "C$2.5 billion",
    ),
    (
        "Chief Executive Jane Fraser said Citigroup raised US$40m from investors in March.",
        "US$40m",
    ),
    (
        "Hong Kong Financial Secretary Paul Chan set aside HK$1.2 billion for the Northern "
        "Metropolis in the budget.",
        "HK$1.2 billion",
    ),
    (
        "Samsung Electronics said on Tuesday it would invest ₩3tn in its Pyeongtaek chip plant.",
        "₩3tn",
    ),
    ("Ayala Land spent ₱4.5bn on its Makati office towers last year.", "₱4.5bn"),
    # the signs read before now get options too: no currency is offered alone
    (
        "Chancellor Rachel Reeves has allocated £4bn to HM Revenue and Customs in the current "
        "financial year.",
        "£4bn",
    ),
]


@pytest.mark.parametrize(("sentence", "answer"), AMOUNTS)
def test_an_amount_in_a_world_currency_is_a_number_card(tmp_path, sentence, answer):
    card = money_card(cards_of(tmp_path, sentence), answer)
    assert card.has_choices, card
    currency = currency_of(answer)
    for option in card.choices:
        # the same currency as written and the same magnitude: 'R3bn', never '$3bn' or 'R3'
        assert option.startswith(answer[: len(answer) - len(without_currency(answer))]), option
        assert currency_of(option) == currency and scale_of(option) == scale_of(answer), option


NAMES = [
    # (sentence, the money it states, a name written with a letter and a figure)
    (
        "Transport Minister Barbara Creecy said Sanral would spend R3.5bn to repair the R4 "
        "road near Pretoria.",
        "R3.5bn",
        "R4",
    ),
    (
        "Health Minister Aaron Motsoaledi said the department bought 10,000 N95 masks for "
        "R 4 billion in 2020.",
        "R 4 billion",
        "N95",
    ),
    (
        "Qantas chief executive Vanessa Hudson said the airline would buy 12 Airbus A350 jets "
        "for A$5bn.",
        "A$5bn",
        "A350",
    ),
]


@pytest.mark.parametrize(("sentence", "money", "name"), NAMES)
def test_a_letter_before_a_figure_is_money_only_before_a_scale(tmp_path, sentence, money, name):
    cards = cards_of(tmp_path, sentence)
    money_card(cards, money)
    numbers = [c.answer for c in cards if c.kind == "number"]
    assert not any(name in answer for answer in numbers), numbers


@pytest.mark.parametrize(
    ("written", "currency"),
    [
        ("R4bn", "R"),
        ("R 4 billion", "R"),
        ("Rs. 400 crore", "Rs"),
        ("US$40m", "US$"),
        ("KSh 4 billion", "KSh"),
        ("USD 40 million", "USD"),
        ("₦5bn", "₦"),
        ("R4 road", ""),
        ("R500", ""),
        ("N95", ""),
        ("A350", ""),
        ("Nine", ""),
    ],
)
def test_the_currency_an_amount_is_written_in(written, currency):
    assert currency_of(written) == currency


@pytest.mark.parametrize(
    ("answer", "value", "reply"),
    [
        ("R4bn", 4e9, "R4 billion"),
        ("Rs 400 crore", 4e9, "400 crore"),
        ("Rs 1.5 lakh crore", 1.5e12, "1.5 lakh crore"),
    ],
)
def test_a_typed_amount_in_its_currency_or_its_indian_scale_is_right(answer, value, reply):
    card = Card("number-x", "number", "How much?", answer, ("a",), "", answer_value=str(value))
    assert judge(reply, card).verdict == "right"

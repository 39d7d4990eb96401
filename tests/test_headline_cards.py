"""The headline kind: the article's news asked as its own headline with one blank, a figure
or a name the lead states (trainer.questions.headline). Articles invented for the rules."""

from datetime import date

from tests.conftest import cards_of
from trainer.model import Article
from trainer.pipeline import build_deck
from trainer.questions.salience import Rule

PUBLISHED = date(2019, 3, 12)

BANK = (
    "Harbor Bank has agreed to buy Northfield Trust in a deal worth $2 billion, the two "
    "lenders said on Monday, creating the largest bank in the region.\n\n"
    "The deal, which regulators must still approve, would give Harbor Bank 140 branches "
    "across four states. Harbor Bank chief executive Maria Lopez said the combined bank "
    "would keep both brands for at least a year.\n\n"
    '"This is a once-in-a-generation chance," Lopez said. Northfield Trust shares rose 18% '
    "on the news, while Harbor Bank shares fell 3%.\n\n"
    "Analysts at Brightline Securities said the price was fair. Harbor Bank last bought a "
    "rival, Eastgate Savings, in 2014.\n"
)

ENVOY = (
    "The Senate on Tuesday confirmed Jane Roe as the country's chief trade envoy, ending a "
    "four-month fight over the post.\n\n"
    "Roe, a former commerce department lawyer, won 58 votes. Senators John Smith and Mary "
    'Major led the opposition, while Peter Quill, the majority leader, called her "the '
    'right person at the right time".\n\n'
    "Roe replaces Tom Baker, who resigned in June. Critics including Anna Bell of the Fair "
    "Trade Council said her record on farm exports was thin.\n"
)


def found_of(nlp, text: str, title: str) -> list:
    """Every blank the headline finder offers for `text` titled `title`, best first (before
    the deck keeps one)."""
    from trainer.questions import headline

    return headline.find(nlp(text), Article(id="t", text=text, published=PUBLISHED, title=title))


def headline_cards(nlp, text: str, title: str, published=PUBLISHED) -> list:
    return [c for c in cards_of(nlp, text, published, title) if c.kind == "headline"]


def test_a_figure_of_the_headline_the_lead_states_is_its_first_blank(nlp):
    title = "Harbor Bank agrees to buy Northfield Trust in $2 billion deal - Daily Ledger"
    found = found_of(nlp, BANK, title)
    assert [(f.question, f.answer, f.answer_type.sort) for f in found[:1]] == [
        (
            'Complete the headline of March 2019: "Harbor Bank agrees to buy Northfield Trust '
            'in _____ deal"',
            "$2 billion",
            "number",
        )
    ]
    assert "Harbor Bank has agreed to buy Northfield Trust" in found[0].evidence
    assert all("Daily Ledger" not in f.question for f in found)


def test_the_deck_asks_the_headline_s_figure_once_and_its_news_by_a_name(nlp):
    # the number card asks the $2 billion already: the headline card takes its next blank
    title = "Harbor Bank agrees to buy Northfield Trust in $2 billion deal - Daily Ledger"
    cards = cards_of(nlp, BANK, PUBLISHED, title)
    assert [c.answer for c in cards].count("$2 billion") == 1
    assert [(c.question, c.answer) for c in cards if c.kind == "headline"] == [
        (
            'Complete the headline of March 2019: "Harbor Bank agrees to buy _____ in '
            '$2 billion deal"',
            "Northfield Trust",
        )
    ]


def test_a_person_the_headline_names_is_asked_with_the_article_s_people_as_options(nlp):
    cards = headline_cards(nlp, ENVOY, "Senate confirms Jane Roe as trade envoy")
    assert [(c.question, c.answer) for c in cards] == [
        ('Complete the headline of March 2019: "Senate confirms _____ as trade envoy"', "Jane Roe")
    ]
    assert "Roe" in cards[0].accept
    wrong = set(cards[0].choices) - {"Jane Roe"}
    assert len(wrong) == 3
    assert wrong <= {"John Smith", "Mary Major", "Peter Quill", "Tom Baker", "Anna Bell"}


def test_a_name_when_the_headline_has_no_figure(nlp):
    cards = headline_cards(nlp, BANK, "Harbor Bank agrees to buy Northfield Trust")
    assert [c.answer for c in cards] == ["Northfield Trust"]
    assert cards[0].question.endswith('"Harbor Bank agrees to buy _____"')


def test_no_headline_card_from_a_question_a_site_title_or_an_undated_article(nlp):
    assert headline_cards(nlp, BANK, "Will Harbor Bank buy Northfield Trust?") == []
    assert headline_cards(nlp, BANK, "How Harbor Bank came to buy Northfield Trust") == []
    assert headline_cards(nlp, BANK, "Latest business news | Daily Ledger") == []
    assert headline_cards(nlp, BANK, "Harbor Bank agrees to buy Northfield Trust", None) == []
    assert headline_cards(nlp, BANK, "") == []


def test_a_headline_the_lead_does_not_tell_again_makes_no_card(nlp):
    # a teaser of another story in the page's title: the lead says none of its words
    title = "Northfield Trust fans flock to stadium as derby sells out in record time"
    assert headline_cards(nlp, BANK, title) == []


def test_a_name_listed_with_another_is_not_blanked(nlp):
    # which of the two? 'Harbor Bank and _____ agree to merge' is asked of either
    assert headline_cards(nlp, BANK, "Harbor Bank and Northfield Trust agree to merge") == []


def test_a_word_of_a_longer_name_is_not_blanked(nlp):
    text = (
        "Apple TV now plays lossless audio through home theater receivers, Apple said on "
        "Tuesday, in an update that reaches every model sold since 2021.\n\n"
        "The change arrives with the company's spring software release. Owners of older "
        "boxes will not get the feature, Apple said.\n"
    )
    cards = headline_cards(nlp, text, "Apple TV gains lossless audio support")
    assert all(
        not c.question.startswith('Complete the headline of March 2019: "_____ TV') for c in cards
    )
    assert [c.answer for c in cards] in ([], ["Apple TV"])


def test_a_country_its_city_gives_away_is_not_the_blank(nlp):
    text = (
        "Police in Istanbul arrested two men on Friday over the theft of a painting from the "
        "national museum, Turkey's interior ministry said.\n\n"
        "The painting, stolen last month, was found undamaged in a flat near Istanbul’s old "
        "port, the ministry said.\n"
    )
    cards = headline_cards(nlp, text, "Two arrested in Istanbul over stolen painting, Turkey says")
    assert "Turkey" not in [c.answer for c in cards]


def test_one_headline_card_an_article_and_none_whose_answer_another_card_asks(nlp):
    cards = cards_of(
        nlp, ENVOY, PUBLISHED, "Senate confirms Jane Roe as trade envoy, 58 votes to 40"
    )
    headline = [c for c in cards if c.kind == "headline"]
    assert len(headline) == 1
    others = {c.answer for c in cards if c.kind != "headline"}
    assert headline[0].answer not in others


def test_no_wrong_answer_the_headline_itself_names(nlp):
    # John Smith, a speaker of the article, would be offered: the headline names him
    text = (
        "The Senate on Tuesday confirmed Jane Roe as the country's chief trade envoy, ending "
        "a four-month fight over the post.\n\n"
        "Roe, a former commerce department lawyer, won 58 votes. Senator John Smith led the "
        'opposition, while Peter Quill, the majority leader, called her "the right person at '
        'the right time".\n\n'
        '"We will keep fighting for our farmers," Smith said after the vote. Roe replaces Tom '
        "Baker, who resigned in June.\n"
    )
    cards = headline_cards(
        nlp, text, "Smith loses fight as Senate confirms Jane Roe as trade envoy"
    )
    assert [c.answer for c in cards] == ["Jane Roe"]
    assert "John Smith" not in cards[0].choices  # too few others left: a typed card


def test_the_headline_printed_atop_the_text_is_no_evidence_of_itself(nlp):
    title = "Harbor Bank agrees to buy Northfield Trust"
    text = f"{title}\n\n{BANK}"
    found = found_of(nlp, text, title)
    assert found
    assert all(f.evidence.startswith("Harbor Bank has agreed to buy") for f in found)


def test_the_article_s_topic_is_never_the_blank(nlp):
    # Jane Walsh, named throughout, is the topic: readers of samples Q69 and Q70 judged
    # every topic blank trivial ("_____ Comments On The 'Matrix' Reboot" -> Keanu Reeves)
    text = ENVOY.replace("Roe", "Walsh")
    cards = headline_cards(nlp, text, "Senate confirms Jane Walsh as trade envoy")
    assert [c.answer for c in cards] == ["Senate"]


def test_a_title_before_a_name_is_no_part_of_a_longer_name(nlp):
    text = (
        "Sir John Hale, the former defence secretary, was fined 5,000 pounds on Monday for "
        "driving at 110 mph on the M4 motorway, magistrates in Reading said.\n\n"
        "Hale, 71, told the court he had been late for a funeral. His lawyer, Ann Field, said "
        "he would not appeal.\n"
    )
    title = "Sir John Hale fined for speeding on M4 : Daily Ledger"
    found = found_of(nlp, text, title)
    assert [(f.question, f.answer) for f in found] == [
        ('Complete the headline of March 2019: "Sir _____ fined for speeding on M4"', "John Hale")
    ]


def test_the_source_a_headline_ends_on_is_not_its_blank(nlp):
    title = "Harbor Bank agrees to buy Northfield Trust: Reuters"
    text = BANK.replace("the two lenders said on Monday", "the two lenders told Reuters on Monday")
    found = found_of(nlp, text, title)
    assert "Reuters" not in [f.answer for f in found]


TOPIC_ONLY = (
    "Harbor Bank is changing how it serves customers. Harbor Bank said it would close branches "
    "and move staff to its phone service, which Harbor Bank says customers prefer.\n\n"
    "Harbor Bank did not say which branches would close. Customers have complained about "
    "waiting times at Harbor Bank for years.\n"
)


def test_the_topic_is_the_blank_of_an_article_with_no_other_card(nlp):
    # a trivial card of the news beats an empty deck
    title = "Harbor Bank to close branches and move staff to phones"
    cards = [
        c
        for c in build_deck(
            [Article(id="t", text=TOPIC_ONLY, published=PUBLISHED, title=title)],
            "t",
            "t",
            nlp=nlp,
            rule=Rule(),
        ).deck.cards
    ]
    assert [(c.kind, c.answer) for c in cards] == [("headline", "Harbor Bank")]
    # with a card of its own to study, the article's topic is no blank
    text = TOPIC_ONLY + (
        "\nThe bank will close 40 of its 120 branches by June, chief executive Maria Lopez "
        "told investors on Monday.\n"
    )
    cards = build_deck(
        [Article(id="t", text=text, published=PUBLISHED, title=title)],
        "t",
        "t",
        nlp=nlp,
        rule=Rule(),
    ).deck.cards
    assert cards and "headline" not in [c.kind for c in cards]


def test_a_name_the_headline_writes_as_a_common_word_is_no_blank(nlp):
    # 'Putin fires his defense minister': 'Defense' is a name only in 'Defense Minister ...'
    text = (
        "Russian President Vladimir Putin fired Defense Minister Anatoly Serdyukov on Tuesday, "
        "replacing him with Sergei Shoigu.\n\nSerdyukov had led the ministry since 2007.\n"
    )
    cards = headline_cards(nlp, text, "Putin fires his defense minister", date(2012, 11, 9))
    assert all(c.answer.lower() != "defense" for c in cards)

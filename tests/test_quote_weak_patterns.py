"""Quote cards that teach nothing (issue 10): a "Who said" quote that names nothing of its
story becomes a passing detail, and a quote cloze never blanks the article's topic, a vague
amount, or (but as a passing detail) an example given in passing. Sentence -> fact tests,
invented sentences and real ones from ../shared/corpus, each with a counterpart that keeps
its card."""

from __future__ import annotations

import pytest

from trainer.cli import main
from trainer.decks import load_deck
from trainer.model import Article, CardKind, Fact
from trainer.questions import quote_cloze, who_said

pytestmark = pytest.mark.slow

MAYOR = "Jane Roe, the city's mayor, said."


def facts(nlp, module, text: str) -> list[Fact]:
    return module.find(nlp(text), Article(id="t", text=text))


def who_said_fact(nlp, text: str) -> Fact:
    (fact,) = facts(nlp, who_said, text)
    return fact


# -- 1. a "Who said" quote that names nothing -----------------------------------------

# (text, the quote as the card shows it)
NAMES_NOTHING = [
    (f'"We want to try to help," {MAYOR}', "We want to try to help"),
    # pronouns and generic nouns only (need, bit): from the corpus, a NASA official
    (
        '"We were actually looking to do this a little bit later, but we saw the need to '
        'accelerate that," said Steve Clarke, NASA deputy associate administrator.',
        "we saw the need to accelerate that",
    ),
    # stock phrases are no content of their own
    (
        '"At the end of the day, the proof\'s in the pudding," said Michelle Hege, the '
        "county's health director.",
        "the proof's in the pudding",
    ),
    (
        '"It is what it is, and we will see how it goes from here," Jane Roe told reporters.',
        "It is what it is",
    ),
    (
        '"We are profoundly pleased and relieved," Prime Minister Scott Morrison said.',
        "profoundly pleased and relieved",
    ),
    (
        '"The only time we ever noticed is when something bad happens," said Kathleen Hawk '
        "Sawyer, the director of the Bureau of Prisons.",
        "The only time we ever noticed",
    ),
]

# the same shapes naming a thing, a number or a name of the story
NAMES_SOMETHING = [
    (f'"We want to try to help the farmers in the valley," {MAYOR}', "help the farmers"),
    (
        '"At the end of the day, the schools must reopen," said Michelle Hege, the county\'s '
        "health director.",
        "the schools must reopen",
    ),
    (
        '"We will need 300 more teachers before the end of the year," Jane Roe told reporters.',
        "300 more teachers",
    ),
    (
        '"We are profoundly pleased and relieved by the release of Timothy Weeks," Prime '
        "Minister Scott Morrison said.",
        "Timothy Weeks",
    ),
]


@pytest.mark.parametrize(("text", "shown"), NAMES_NOTHING)
def test_a_who_said_quote_naming_nothing_is_a_passing_detail(nlp, text, shown):
    fact = who_said_fact(nlp, text)
    assert shown in fact.question
    assert fact.passing


@pytest.mark.parametrize(("text", "shown"), NAMES_SOMETHING)
def test_a_who_said_quote_naming_its_story_is_asked(nlp, text, shown):
    fact = who_said_fact(nlp, text)
    assert shown in fact.question
    assert not fact.passing


def test_a_quote_naming_nothing_is_kept_only_with_all_cards(nlp, tmp_path):
    article = tmp_path / "mayor.txt"
    article.write_text(
        # a headline that names no speaker (an untitled article's first sentence would)
        "---\ntitle: Storm shuts Dover's schools\n---\n"
        "Mayor Jane Roe closed the city's schools on Monday after a storm flooded 12 of them.\n\n"
        '"The schools will reopen after the engineers have checked every building," Roe said.'
        '\n\n"We want to try to help," Roe said.\n'
    )
    questions: dict[str, list[str]] = {}
    for flags in ([], ["--all-cards"]):
        out = tmp_path / f"deck{len(flags)}.deck.yaml"
        assert main(["generate", str(article), "-o", str(out), *flags]) == 0
        questions[" ".join(flags)] = [
            c.question for c in load_deck(out).cards if c.kind == CardKind.WHO_SAID
        ]
    help_card = 'Who said: "We want to try to help"?'
    assert help_card not in questions[""]
    assert any("The schools will reopen" in q for q in questions[""])
    assert help_card in questions["--all-cards"]


# -- 2. quote cloze blanks --------------------------------------------------------------

TRUMP = "President Donald Trump said on Friday: "
GM = "General Motors closed its plant in June. Jane Roe said: "
MOON_QUOTE = (
    '"Our company is in a great position to bid on smaller payloads going to the Moon '
    'because we build our own satellite systems," said John Roth, a vice president of '
    "Sierra Nevada Corporation."
)
WAR_QUOTE = (
    'Secretary of State Mike Pompeo said: "We see these developments as hopeful signs that '
    "the Afghan war, a terrible and costly conflict that has lasted 40 years, may soon "
    'conclude."'
)

# (text, a blank it must not have)
NO_BLANK = [
    # a vague amount is no figure to learn
    (
        f"{TRUMP}\"We're taking in billions of dollars in tariff money from Canada. I like our "
        'situation very much."',
        "billions of dollars",
    ),
    # the article's topic, named in its lead and often: 'going to the _____' -> Moon
    (
        "NASA added five companies on Monday to a contract to deliver payloads to the surface "
        "of the moon.\n\nThe companies can now bid to fly to the moon. NASA wants payloads on "
        f"the moon by 2022.\n\n{MOON_QUOTE}",
        "Moon",
    ),
    # ...or in another form: 'Afghan' in an article about Afghanistan
    (
        "Two hostages who had been held by the Taliban in Afghanistan since 2016 were released "
        "on Tuesday.\n\nTheir release came hours after the Afghan government freed three "
        f"Taliban prisoners. Afghan officials said the swap was agreed in Qatar.\n\n{WAR_QUOTE}",
        "the Afghan war",
    ),
]

# (text, the blank)
BLANK = [
    (
        f"{TRUMP}\"We're taking in $20 billion in tariff money from Canada. I like our "
        'situation very much."',
        "$20 billion",
    ),
    # the same names, in articles about something else
    (
        "NASA added five companies on Monday to a contract to deliver payloads to orbit.\n\n"
        f"{MOON_QUOTE}",
        "Moon",
    ),
    (
        "Two hostages who had been held by kidnappers since 2016 were released on Tuesday in "
        f"Qatar.\n\n{WAR_QUOTE}",
        "the Afghan war",
    ),
    # a figure is never a topic, though its first word ('About') fills the lead
    (
        "About 300 teachers marched to the Statehouse on Monday, and about as many stayed "
        "home. They were angry about pay.\n\nJane Roe, the union's president, said: \"About "
        '36% of the teachers in the state have left the profession since the law passed."',
        "About 36%",
    ),
    # 'like' as a verb, and 'say' with its subject, bring no example
    (f'{GM}"We would like General Motors to come back to the city for good."', "General Motors"),
    (f'{GM}"As they say, General Motors has already left the city for good."', "General Motors"),
    # an example is blanked last: a figure of the same quote comes first
    (
        f'{GM}"Big employers such as General Motors have already left, and 2,000 workers lost '
        'their jobs."',
        "2,000",
    ),
]

# (text, the example blanked: a passing detail)
EXAMPLES = [
    (
        'Charles Simpson, a researcher, said: "This is a motivation for residents to stay in '
        'the camp, rather than returning to, say, Palmyra."',
        "Palmyra",
    ),
    (
        f'{GM}"Big employers such as General Motors have already left the city for good."',
        "General Motors",
    ),
    (
        f'{GM}"Big employers like General Motors have already left the city for good."',
        "General Motors",
    ),
    (
        f'{GM}"Big employers, for example General Motors, have already left the city for good."',
        "General Motors",
    ),
]


@pytest.mark.parametrize(("text", "answer"), NO_BLANK)
def test_a_quote_cloze_never_blanks_the_topic_or_a_vague_amount(nlp, text, answer):
    assert answer not in [f.answer for f in facts(nlp, quote_cloze, text)]


@pytest.mark.parametrize(("text", "answer"), BLANK)
def test_a_quote_cloze_blanks_what_the_reader_must_recall(nlp, text, answer):
    (fact,) = facts(nlp, quote_cloze, text)
    assert (fact.answer, fact.passing) == (answer, False)


@pytest.mark.parametrize(("text", "answer"), EXAMPLES)
def test_an_example_given_in_passing_is_a_passing_blank(nlp, text, answer):
    (fact,) = facts(nlp, quote_cloze, text)
    assert (fact.answer, fact.passing) == (answer, True)


# -- a quote's later sentences ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the first card shows the second sentence already
        "“These days it is like a zoo. People just want to come and stare at us, without even "
        "trying to understand what is happening with the whales and the sea,” says Jane Roe, "
        "a Dover elder.",
        # a later sentence that goes on from the one before it
        "“Acme is one of the better shops in Dover, to be honest. They charge more for "
        "everything than anywhere else. Which really surprises me, because they sell halibut "
        "for $16 a pound,” Jane Roe said.",
    ],
)
def test_a_quote_s_later_sentence_the_card_shows_or_that_goes_on_makes_no_card(nlp, text):
    asked = [f.question for f in facts(nlp, who_said, text)]
    assert asked, asked
    shown = [q.split('"')[1].rstrip(" …") for q in asked]
    assert not any(a != b and a in b for a in shown for b in shown), asked
    assert not any(q.startswith('Who said: "Which') for q in asked), asked


def test_a_quote_cloze_never_blanks_what_its_lead_shows(nlp):
    text = (
        'In Dover, Acme spokesman John Doe said Dovertown "does not represent a risk. '
        'However, Dovertown shows that Acme does not need its own plant in Ohio."'
    )
    asked = [(f.question, f.answer) for f in facts(nlp, quote_cloze, text)]
    assert not [q for q, a in asked if a == "Dovertown"], asked

"""A quotation credited through "he said"/"she said", or standing alone after an earlier
speaker's paragraph, goes to no one when the pronoun may mean someone else:
- someone the article does not name is the subject of a clause since the earlier speaker
  ('His wife was at home ...', 'The principal disagreed ...', 'One resident ... was less
  pleased'), of the pronoun's sex or of neither;
- the earlier speaker has the other sex as the article tells it ('Ms Tan', 'Abney said she
  ...', 'Good said he was expecting ...').
Nor does "he" go to the one person named nearby when they are only an object ('The inquiry
will be led by ... Mary Munive.': sample N, where the president's apology went to her).
A card naming the earlier speaker would be WRONG (the shape of sample S's three WRONG
who-said cards, with common nouns instead of names). The earlier speaker keeps their own
quotes, and a noun in what they are reported to have said, or of the other sex, changes
nothing ('Peters said the man was at a stall. "...," he added')."""

from __future__ import annotations

import pytest

from trainer.model import Article
from trainer.questions import who_said

pytestmark = pytest.mark.slow

WIFE = (
    'Mayor Tom Harris said the school would close for a week. "We cannot take the risk,"'
    " Harris said.\n\nHis wife was at home when the storm hit the town on Monday night.\n\n"
    '"It was the most frightening night of my life, and I thought the roof would go," she said.'
)
COLLEAGUE = (
    'Dr. Anna Kowalski said the hospital was full. "We have no beds left for anyone at all,"'
    " she said.\n\nHer colleague was less worried about the coming weeks.\n\n"
    '"The situation is under control and more beds will be ready by the weekend," he said.'
)
PRINCIPAL = (
    'Sarah Lee, a teacher, said the class had been moved. "We had no other choice this time,"'
    " Lee said.\n\nThe principal disagreed with the decision made by the board.\n\n"
    '"There was always another choice and we should have taken it," she said.'
)
RESIDENT = (
    "Tom Harris said the bridge would reopen on Monday."
    ' "The repairs are finished ahead of time," Harris said.\n\n'
    "One resident, who did not want to be named, was less pleased with the council.\n\n"
    '"They told us it would take two weeks and it took six months," he said.'
)
LEADER = (
    "Tom Harris said the bridge would reopen on Monday."
    ' "The repairs are finished ahead of time," Harris said.\n\n'
    "The council's leader praised the engineers for their work on the bridge.\n\n"
    '"They worked day and night through the winter to get it done," he said.'
)
# a quotation standing alone after a paragraph that ends with someone unnamed
DAUGHTER = (
    'Mayor Tom Harris said the school would close. "We cannot take the risk this week,"'
    " Harris said. His daughter, 12, was at the school when the storm hit.\n\n"
    '"I was so scared that night that I could not sleep at all."'
)
# the other sex: 'she' said of Abney, 'Ms Tan', 'he said' of Good
PASSENGERS = (
    'Latasha Abney said she arrived early at the airport. "The lines were short and security'
    ' was quick," she said.\n\nAt the gate, passengers waited for a delayed flight to Boston'
    ' on Wednesday.\n\n"We have been sitting here for three hours with no news at all," he said.'
)
MS_TAN = (
    'Analyst Mary Tan said the shares were cheap. "The market has overreacted to one bad'
    ' quarter," Ms Tan said.\n\nShares in the group fell 12 per cent on Friday after the'
    ' results.\n\n"I would not buy them until the new chief executive has a plan," he said.'
)
QUIET_AIRPORT = (
    'Brian Good said he was expecting a horrible trip. "Instead the roads were dead and the'
    ' flight was on time," he said.\n\nThe airport was quiet on Wednesday morning, with short'
    ' queues at security.\n\n"It was the easiest Thanksgiving trip I have had in ten years,"'
    " she said."
)
# ...and what keeps the earlier speaker: a noun in what they are reported to have said,
# a noun of the other sex
REPORTED = (
    "Superintendent Audley Peters said officers were called to the shooting after noon."
    ' "We are appealing for witnesses," Peters said.\n\nSupt Peters said the man was at a'
    " fruit stall when he was approached by two men with guns.\n\n"
    '"Those males discharged those weapons at that victim, fatally injuring him," he added.'
)
HUSBAND = (
    "Cristian Gonzalez, a mother of four, lives in a mobile home near Birmingham."
    ' "We are afraid to go to the shops," Gonzalez said.\n\nHer husband worked as a brick'
    " mason and cook, but was recently laid off.\n\n"
    '"We are just trying to be here one more year, but with this law it is hard," she said.'
)

# the one person named nearby is only an object ('led by ... Mary Munive'): "he" may be
# whoever the ministry's or the firm's words came from
LED_BY = (
    "The Health Ministry said on Monday that it would set up an inquiry into the hospital"
    " deaths.\n\nThe inquiry will be led by the former judge Mary Munive and will report next"
    ' July.\n\n"We owe the families a full and honest account of what went wrong at the'
    ' hospital," he said.'
)
RUN_BY = (
    "Acme Corp announced a new plant in Ohio on Tuesday that will employ 400 people.\n\n"
    "The plant will be run by the engineer Mary Munive, who joined the firm from Ford last"
    ' year.\n\n"This is the biggest investment the company has made in the state for a'
    ' decade," he said.'
)
# ...and a subject named nearby keeps it
SUBJECT_NEAR = (
    "Inference and close reading are essential for navigating these moments, which I came to"
    " think of as Iceberg Passages, after the novelist Jo Walton explained them to me.\n\n"
    '"You are only seeing the tenth of the iceberg that is out of the water in every novel,"'
    " she said."
)


def speakers(nlp, text: str) -> dict[str, str]:
    """Each who-said card's quoted words (its question) -> the answer."""
    facts = who_said.find(nlp(text), Article(id="t", text=text))
    return {f.question: f.answer for f in facts}


def assert_credited_only_before(cards: dict[str, str], earlier: str, own: str, other: str):
    """The earlier speaker's own quote is theirs; the quote after the pronoun is no one's."""
    assert [a for q, a in cards.items() if own in q] == [earlier], cards
    assert not [q for q in cards if other in q], cards


@pytest.mark.parametrize(
    ("text", "earlier", "own", "other"),
    [
        (WIFE, "Tom Harris", "cannot take the risk", "frightening night"),
        (COLLEAGUE, "Anna Kowalski", "no beds left", "under control"),
        (PRINCIPAL, "Sarah Lee", "no other choice", "always another choice"),
        (RESIDENT, "Tom Harris", "repairs are finished", "two weeks"),
        (LEADER, "Tom Harris", "repairs are finished", "day and night"),
        (DAUGHTER, "Tom Harris", "cannot take the risk", "so scared"),
    ],
)
def test_someone_unnamed_between_credits_no_earlier_speaker(nlp, text, earlier, own, other):
    assert_credited_only_before(speakers(nlp, text), earlier, own, other)


@pytest.mark.parametrize(
    ("text", "earlier", "own", "other"),
    [
        (PASSENGERS, "Latasha Abney", "lines were short", "three hours"),
        (MS_TAN, "Mary Tan", "overreacted", "would not buy"),
        (QUIET_AIRPORT, "Brian Good", "roads were dead", "easiest Thanksgiving"),
    ],
)
def test_a_pronoun_of_the_other_sex_credits_no_earlier_speaker(nlp, text, earlier, own, other):
    assert_credited_only_before(speakers(nlp, text), earlier, own, other)


@pytest.mark.parametrize(
    ("text", "speaker", "quoted"),
    [
        (REPORTED, "Peters", "discharged those weapons"),
        (HUSBAND, "Cristian Gonzalez", "one more year"),
        (SUBJECT_NEAR, "Jo Walton", "tenth of the iceberg"),
    ],
)
def test_the_earlier_speaker_keeps_a_pronoun_nobody_else_may_take(nlp, text, speaker, quoted):
    cards = speakers(nlp, text)
    # 'Supt Peters': the card's name for Peters
    assert [speaker in a for q, a in cards.items() if quoted in q] == [True], cards


@pytest.mark.parametrize("text", [LED_BY, RUN_BY])
def test_a_pronoun_goes_to_no_one_named_nearby_only_as_an_object(nlp, text):
    assert speakers(nlp, text) == {}

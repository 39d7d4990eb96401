"""Round twenty-eight (samples Q68 and Q69): rules from readers' verdicts on unseen pages,
each tested on sentences written for the rule."""

from datetime import date

from tests.conftest import cards_of


def test_a_count_whose_list_of_names_has_initials_is_given_away(nlp):
    # '_____ American scientists: Jeffrey C. Hall, ...' (sample Q69, GIVEAWAY): the full
    # stop of an initial does not end the list
    text = (
        "The work which has been recognised by the prize was carried out by three American "
        "scientists: Jane C. Hollis, Mark Lee, and Paul W. Stone.\n"
    )
    answers = [c.answer for c in cards_of(nlp, text, date(2017, 10, 2)) if c.kind == "number"]
    assert "three" not in answers

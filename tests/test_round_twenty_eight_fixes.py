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


def test_a_noun_before_a_post_and_name_is_no_part_of_the_post(nlp):
    # ', a document Kansas Secretary of State Kris Kobach was photographed holding ...'
    # (sample Q68, WRONG: 'document Kansas Secretary of State')
    text = (
        "As critics had long suspected, a memo Ohio Secretary of State Jane Hollis was "
        "photographed holding while meeting the governor included a plan to purge voter rolls.\n"
    )
    posts = [c.answer for c in cards_of(nlp, text, date(2017, 10, 20)) if c.kind == "role"]
    assert posts and all(not p.startswith("memo") for p in posts)
    assert "Ohio Secretary of State" in posts


def test_a_sentence_opening_on_meaning_states_nothing_alone(nlp):
    text = (
        "Netflix raised the price of its Standard plan to $10.99 on Thursday. Meaning the "
        "entry-level Basic plan will remain at the $7.99 price.\n"
    )
    answers = [c.answer for c in cards_of(nlp, text, date(2017, 10, 20))]
    assert "$10.99" in answers and "$7.99" not in answers


def test_years_to_the_day_make_no_how_long_question(nlp):
    # 'seven years to the day after' -> 'How long did the drama unfold to the day after ...'
    # (sample Q68, UNGRAM)
    text = (
        "The drama unfolded seven years to the day after Barack Obama signed his landmark "
        "law, and Republicans failed to pass their bill.\n"
    )
    numbers = [c for c in cards_of(nlp, text, date(2017, 3, 24)) if c.kind == "number"]
    assert all("to the day" not in c.question for c in numbers)


def test_no_question_opens_a_quotation_it_does_not_close(nlp):
    # 'After seven years of fervent promises to repeal and replace ‘‘Obamacare,’’ ...' ->
    # '... to repeal and replace ‘‘Obamacare?' (sample Q68, UNGRAM)
    text = (
        "After seven years of promises to repeal and replace ‘‘Obamacare,’’ Republican leaders "
        "buckled on Thursday, putting off a planned vote in a setback for the party.\n"
    )
    for card in cards_of(nlp, text, date(2017, 3, 24)):
        q = card.question
        assert q.count("‘‘") == q.count("’’") and q.count("“") == q.count("”"), q


def test_a_day_still_to_come_after_is_unlikely_to_lies_ahead(nlp):
    # 'is unlikely to play Sunday' of a Thursday's story: the Sunday after (sample Q70,
    # WRONG: the Sunday before)
    text = (
        "Michael Vick missed practice Thursday because of a leg injury and is unlikely to play "
        "Sunday when the Eagles host Dallas.\n"
    )
    answers = [c.answer for c in cards_of(nlp, text, date(2010, 12, 30)) if c.kind == "date"]
    assert "Sunday, Jan. 2, 2011" in answers
    assert "Sunday, Dec. 26, 2010" not in answers


def test_a_page_dated_outside_its_address_month_takes_a_day_of_that_month():
    """A page whose address says '/2014/09/' was dated December 3, 2015 by its header's
    'today' (sample Q70, WRONG): the day of September 2014 its scripts state is its date."""
    from trainer.articles import article_from_html

    body = "<p>" + " ".join(["Online fundraisers for the officer have stopped, reports say."] * 4)
    page = (
        "<html><head><title>Fundraisers end without explanation</title>"
        '<link rel="canonical" href="http://www.example.com/2014/09/fundraisers-end/">'
        '<script type="application/json">{"articleId":"WP-1","dateCreated":"2014-09-04T07:39:44Z"}'
        '</script></head><body><div class="header"><p class="date">December 3, 2015</p></div>'
        "<article><h1>Fundraisers end without explanation</h1>"
        f"{(body + '</p>') * 3}</article></body></html>"
    )
    article = article_from_html(page, "t.html")
    assert article.published == date(2014, 9, 4), article.published


def test_a_bound_before_a_blank_keeps_its_wrong_answers_on_its_false_side(nlp):
    # 'an increase of less than _____' -> 1.0 percent: 2.0 percent is true too (sample Q71,
    # DISTRACTOR); wrong answers lie below an upper bound
    text = (
        "Average asking rents in Midtown rose slightly to $73.19 per square foot this quarter, "
        "an increase of less than 1.0 percent from the third quarter.\n"
    )
    for card in cards_of(nlp, text, date(2016, 1, 12)):
        if card.kind == "number" and "less than _____" in card.question:
            wrong = [c for c in card.choices if c != card.answer]
            assert wrong and all(float(c.split()[0]) < 1.0 for c in wrong), card.choices
            break
    else:
        raise AssertionError("no card asks the bound")

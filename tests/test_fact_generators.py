"""date, number, aircraft, weapon, place: sentence -> expected fact, drawn from
../shared/corpus and the seeds (textacy style), false friends that must give no
fact, distractors, and the seeds' gold annotations."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.conftest import GOLD, SEEDS, needs_gold
from trainer import yamlio
from trainer.articles import read_article
from trainer.extract.places import place_info
from trainer.knowledge.aircraft import aircraft as known_aircraft
from trainer.model import CLOZE_BLANK, Article
from trainer.questions import KINDS, aircraft
from trainer.questions import date as dates
from trainer.questions import number as numbers
from trainer.questions import options as card_options
from trainer.questions import place as places

pytestmark = pytest.mark.slow

TUESDAY = date(2015, 11, 17)
NOV19 = date(2019, 11, 19)  # a Tuesday


def offered(fact, pool):
    """The wrong answers its card may show, through the one filter (all, not just three)."""
    return card_options.offered(KINDS[fact.kind], fact, pool, n=100)


def facts(nlp, module, text: str, published: date | None = NOV19, kind: str | None = None):
    article = Article(id="t", text=text, published=published)
    found = module.find(nlp(text), article)
    for fact in found:  # the contract, for every fact any test makes
        assert fact.evidence in text
        assert fact.source == "t"
        assert fact.question.endswith(("?", ".", '"', "”")), fact.question
        assert not re.search(
            rf"(?<!\w){re.escape(fact.answer)}(?!\w)", fact.question.replace(CLOZE_BLANK, "")
        ) or fact.question.startswith(("Where", "How", "On", "In", "When"))
    return [f for f in found if kind is None or f.kind == kind]


def one(found, answer: str):
    matches = [f for f in found if f.answer == answer]
    assert matches, f"no fact answered {answer!r}; got {[(f.answer, f.question) for f in found]}"
    return matches[0]


# -- dates ---------------------------------------------------------------------

DATES = [
    # (text, published, answer, answer_value, question start or None for a blank)
    (
        "Russia began conducting airstrikes in Syria on Sept. 30 in support of the regime of "
        "Syrian president Bashar Assad.",
        TUESDAY,
        "Wednesday, Sept. 30, 2015",
        "2015-09-30",
        "On what date did Russia begin conducting airstrikes in Syria",
    ),
    (
        "The U.S. and Russian coordination in the skies over Syria expanded Tuesday as Russia "
        "continues to ramp up its targeting of Islamic State militants in Syria.",
        TUESDAY,
        "Tuesday, Nov. 17, 2015",
        "2015-11-17",
        "On what date did the U.S. and Russian coordination",
    ),
    (
        "The US and Russia reached an agreement on deconfliction in October, but details on the "
        "agreement have been kept quiet.",
        TUESDAY,
        "October 2015",
        "2015-10",
        None,
    ),
    (
        "In April, Julian Assange was evicted from the Ecuadorean embassy and sentenced to 50 weeks "
        "in jail for breaching his bail conditions.",
        NOV19,
        "April 2019",
        "2019-04",
        "In what month was Julian Assange evicted from the Ecuadorean embassy?",
    ),
    (
        "King and Weeks were abducted by gunmen wearing military uniforms in the heart of Afghan "
        "capital in August 2016.",
        NOV19,
        "August 2016",
        "2016-08",
        None,
    ),
    (
        "The Pentagon says it has launched around 8,000 airstrikes since the anti-ISIS campaign "
        "began 14 months ago; Russian officials have claimed a higher pace.",
        TUESDAY,
        # a count of many months is rounded (the campaign began in August 2014): its year
        "2014",
        "2014",
        None,
    ),
    (
        "Last month, a judge rejected Julian Assange's attempt to delay the full extradition hearing.",
        NOV19,
        "October 2019",
        "2019-10",
        "When did a judge reject Julian Assange's attempt to delay the full extradition hearing?",
    ),
    (
        "On November 16, a third case of plague was reported in a 55-year-old man, also from "
        "Inner Mongolia.",
        NOV19,
        "Saturday, Nov. 16, 2019",
        "2019-11-16",
        "On what date was a third case of plague reported in a 55-year-old man, from Inner "
        "Mongolia?",
    ),
    # the future: "Wednesday" after a Tuesday paper is the next day
    (
        "Spain will be back in action against defending champion Croatia on Wednesday.",
        NOV19,
        "Wednesday, Nov. 20, 2019",
        "2019-11-20",
        None,
    ),
    # a number word opening the subject is lower-cased inside the question
    (
        "Two federal prison officers in New York were charged Tuesday with falsifying records.",
        NOV19,
        "Tuesday, Nov. 19, 2019",
        "2019-11-19",
        "On what date were two federal prison officers in New York charged",
    ),
]

DATELINES = [
    "Indianapolis – Several thousand teachers wearing red surrounded the Indiana Statehouse on "
    "Tuesday.",
    "WASHINGTON — Two federal prison officers in New York were charged Tuesday with falsifying "
    "records.",
]


@pytest.mark.parametrize("text", DATELINES)
def test_a_dateline_never_stays_in_a_question(nlp, text):
    (fact,) = facts(nlp, dates, text, NOV19)
    dateline = text.split(" ")[0]
    assert dateline not in fact.question
    assert fact.question[0].isupper()


@pytest.mark.parametrize(("text", "published", "answer", "value", "question"), DATES)
def test_date_facts(nlp, text, published, answer, value, question):
    fact = one(facts(nlp, dates, text, published), answer)
    assert fact.kind == "date"
    assert fact.answer_value == value
    if question is None:
        assert CLOZE_BLANK in fact.question
    else:
        assert fact.question.startswith(question)
        assert fact.question.endswith("?")


def test_relative_dates_make_no_card_without_a_published_date(nlp):
    text = (
        "Russian military officials notified the U.S. about their plans, Peter Cook said Tuesday."
    )
    assert facts(nlp, dates, text, published=None) == []
    found = facts(
        nlp, dates, "The US and Russia reached an agreement on deconfliction in October.", None
    )
    assert found and found[0].answer_value is None


def test_full_dates_resolve_without_a_published_date(nlp):
    found = facts(
        nlp,
        dates,
        "Tim Clark revealed lofty plans to expand the fleet on September 25, 2019, in Dubai.",
        None,
    )
    assert one(found, "September 25, 2019").answer_value == "2019-09-25"


FALSE_DATES = [
    "The Su-24 was shot down by a Turkish F-16 near the Syrian border.",
    "We may see more strikes in the coming weeks, the official said.",
    "Granollers and Lopez defeated Karen Khachanov and Andrey Rublev 6-4, 7-5 to seal the victory.",
    "Emirates announced an order of 50 Airbus A350-900 jets at a value of $16 billion.",
    "Thousands of demonstrators plan to march on the capital, organizers said.",
    "He Jianxiong said 2002 people had signed the letter to the board.",
]


@pytest.mark.parametrize("text", FALSE_DATES)
def test_no_false_dates(nlp, text):
    assert facts(nlp, dates, text) == []


def test_a_pronoun_without_referent_makes_no_date_card(nlp):
    text = (
        "He declined to say on Tuesday how the U.S. military officials might react to the strikes."
    )
    assert facts(nlp, dates, text) == []


@pytest.mark.parametrize(
    ("text", "cards"),
    [
        # which duo? named only in an earlier sentence
        ("The French duo squandered two match points on Sunday.", 0),
        # one person holds the post: the adjective says whose
        ("The French president flew to Berlin on Sunday for the talks.", 1),
    ],
)
def test_an_adjective_alone_does_not_say_who(nlp, text, cards):
    assert len(facts(nlp, dates, text)) == cards


def test_no_wh_question_from_a_relative_clause_taken_for_a_name(nlp):
    text = "The mission is a rover NASA plans to fly in 2022 to look for water ice on the moon."
    for fact in facts(nlp, dates, text):
        assert "a rover NASA" not in fact.question or CLOZE_BLANK in fact.question


def test_date_distractors_are_written_the_same_way(nlp):
    text = (
        "Russia began conducting airstrikes in Syria on Sept. 30 in support of the regime.\n\n"
        "The deconfliction agreement with the Pentagon was forged on Sept. 24 by officials."
    )
    found = facts(nlp, dates, text, TUESDAY)
    # a date the text gives without its year is answered with it
    fact = one(found, "Wednesday, Sept. 30, 2015")
    options = offered(fact, [f for f in found if f is not fact])
    assert options[0] == "Thursday, Sept. 24, 2015"  # the deck's own dates first
    assert len(options) >= 3
    for option in options:  # written the same way, near it
        assert re.fullmatch(r"[A-Z][a-z]+day, (Sept|Oct)\. \d{1,2}, 2015", option), option
        assert option != fact.answer
    weekday = one(facts(nlp, dates, DATES[1][0], TUESDAY), "Tuesday, Nov. 17, 2015")
    options = offered(weekday, [])
    assert len(options) >= 3
    for option in options:  # dates near it, written out the same way: never bare weekdays
        assert re.fullmatch(r"[A-Z][a-z]+day, (Nov\.|Oct\.|Dec\.) \d{1,2}, 2015", option), option
        assert option != weekday.answer


# -- numbers ---------------------------------------------------------------------

NUMBERS = [
    # (text, answer, value, unit type, question start or None for a blank)
    (
        "Russia has vowed to intensify its targeting of the Islamic State after its own investigators "
        "determined that a bomb caused the Oct. 31 crash of a Russian passenger jet out of Egypt "
        "that killed 224 people.",
        "224",
        "224",
        "number:count:people",
        "How many people did the Oct. 31 crash of a Russian passenger jet out of Egypt kill?",
    ),
    (
        "The Pentagon says it has launched around 8,000 airstrikes since the anti-ISIS campaign began.",
        "8,000",
        "8000",
        "number:count:airstrike",
        None,
    ),
    (
        '"The entire border of northern Syria – 75 percent of it has now been shut off," Kerry told CNN.',
        "75 percent",
        "75",
        "number:percent:percent",
        None,
    ),
    (
        "In addition to its order of 30 Boeing jets Wednesday, Emirates announced an order of 50 "
        "Airbus A350-900 jets on Monday at a value of $16 billion at list prices.",
        "$16 billion",
        "16000000000",
        "number:money:$",
        None,
    ),
    (
        "Nearly 300 Indiana school districts closed because of the teachers' rally.",
        "300",
        "300",
        "number:count:district",
        "About how many Indiana school districts closed because of the teachers' rally?",
    ),
    (
        "PG&E initiated four rounds of planned outages in October.",
        "four",
        "4",
        "number:count:round",
        "How many rounds of planned outages did PG&E initiate in October 2019?",
    ),
    (
        "A storm system dumped about 2 inches of rain in the San Diego County area on Tuesday.",
        "2 inches",
        "2",
        "number:measure:inches",
        "About how many inches of rain did a storm system dump in the San Diego County area on "
        "Tuesday?",
    ),
    (
        "The conspiracy charge against the two Acme guards is punishable by up to five years in "
        "prison.",
        "five years",
        "5",
        "number:duration:years",
        None,
    ),
]


@pytest.mark.parametrize(("text", "answer", "value", "answer_type", "question"), NUMBERS)
def test_number_facts(nlp, text, answer, value, answer_type, question):
    fact = one(facts(nlp, numbers, text), answer)
    assert (fact.kind, fact.answer_value, str(fact.answer_type)) == ("number", value, answer_type)
    if question is None:
        assert CLOZE_BLANK in fact.question
    else:
        assert fact.question == question


NOT_NUMBERS = [
    "Emirates finalized a deal to purchase 30 of Boeing's 787-9 Dreamliner jets.",  # 787-9
    "Granollers and Lopez defeated Khachanov and Rublev 6-4, 7-6 to seal the victory for Spain.",
    "Wireless outages left people without a way to make 911 calls during the shutoff.",
    "The two sides have been unable to reschedule a meeting between the leaders in Chile.",
    "Tova Noel, 31, and Michael Thomas, 41, were charged with falsifying records.",
    "Onset of symptoms can range from three weeks to five years, doctors said of the disease.",
]


def test_a_unit_conversion_is_no_fact_and_never_gives_the_answer_away(nlp):
    text = "A storm system dumped about 2 inches (50.8 millimeters) of rain in the San Diego County area on Tuesday."
    (fact,) = facts(nlp, numbers, text)
    assert fact.answer == "2 inches"
    assert "millimeters" not in fact.question and "50.8" not in fact.question


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_no_false_numbers(nlp, text):
    answers = [f.answer for f in facts(nlp, numbers, text)]
    assert not any(
        a in ("787", "9", "6", "4", "7", "911", "two", "three weeks", "five years") for a in answers
    ), answers


@pytest.mark.parametrize(
    ("answer", "answer_type", "expected"),
    [
        ("8,000", "number:count:airstrike", ["6,000", "10,000", "4,000"]),
        ("75 percent", "number:percent:percent", ["60 percent", "90 percent", "50 percent"]),
        ("$16 billion", "number:money:$", ["$12 billion", "$20 billion", "$8 billion"]),
        ("three", "number:count:insurgent", ["four", "two", "five"]),
        ("98 km", "number:measure:km", ["74 km", "122 km", "49 km"]),
    ],
)
def test_number_distractors_are_near_and_in_the_same_form(answer, answer_type, expected):
    options = numbers.synthesize(answer, answer_type.split(":")[1])  # the category
    assert set(expected) <= set(options[:6])
    assert answer not in options


def test_number_options_from_the_article_have_as_many_decimals(nlp):
    text = (
        "Brent crude, the international benchmark, fell 2.5% in London trading on Tuesday.\n\n"
        "The yield on the 10-year Treasury note rose to 1.808% from 1.786% on Monday, "
        "and the 30-year yield climbed to 2.252%."
    )
    found = facts(nlp, numbers, text)
    fall = one(found, "2.5%")
    options = offered(fall, found)
    assert options and not any(o in ("1.808%", "1.786%", "2.252%") for o in options), options
    assert all(len(o.rstrip("%").split(".")[-1]) == 1 for o in options if "." in o), options


def test_number_distractors_never_absurd_or_correct(nlp):
    found = facts(nlp, numbers, NUMBERS[0][0])
    fact = one(found, "224")
    options = offered(fact, found)
    assert len(options) >= 3 and "224" not in options
    assert all(50 <= int(o) <= 600 for o in options)


# -- aircraft and weapons --------------------------------------------------------------

AIRCRAFT = [
    (
        "Russia appears to have launched a wave of new strikes in Syria over the last 24 hours, "
        "including cruise missiles and the first ever use of the Tu-160 strategic bombers in combat operations.",
        [
            ("Tu-160", "aircraft", "aircraft:designator:bomber"),
            ("cruise missiles", "weapon", "weapon:type:missile"),
        ],
    ),
    (
        "Earlier Tuesday, Russian officials confirmed that a bomb was responsible for the Oct. 31 "
        "downing of Metrojet Flight 9268 over Sinai, Egypt, which killed everyone on board.",
        [("Metrojet Flight 9268", "aircraft", "aircraft:flight")],
    ),
    (
        "Some of the Russian attacks on ISIS included cruise missiles and long-range bombers, "
        "according to a defense official.",
        [
            ("long-range bombers", "aircraft", "aircraft:type:bomber"),
            ("cruise missiles", "weapon", "weapon:type:missile"),
        ],
    ),
    (
        "Emirates announced an order of 50 Airbus A350-900 jets on Monday at a value of $16 billion at list prices.",
        [("Airbus A350-900", "aircraft", "aircraft:designator:airliner")],
    ),
    (
        "Boeing also managed to attract bids for some 60 of the embattled 737 Max jet from "
        "Turkish-based carrier SunExpress and a third undisclosed buyer.",
        [("737 Max", "aircraft", "aircraft:designator:airliner")],
    ),
    (
        "Turkey took delivery of the first parts of the Russian S-400 missile defense system, the "
        "defense ministry said.",
        [("S-400", "weapon", "weapon:name:air defense system")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), AIRCRAFT)
def test_aircraft_and_weapon_facts(nlp, text, expected):
    found = facts(nlp, aircraft, text)
    for answer, kind, answer_type in expected:
        fact = one(found, answer)
        assert (fact.kind, str(fact.answer_type)) == (kind, answer_type)
        assert CLOZE_BLANK in fact.question


NOT_AIRCRAFT = [
    "The COVID-19 outbreak forced the airline to cancel its routes to China this spring.",
    "Tech companies lobbied for more H-1B visas for foreign engineers at the hearing.",
    "Traffic on I-95 was backed up for miles after the crash near the bridge.",
    "Emirates had a fleet of 270 aircraft, including 12 freighters, as of October.",
    "The suicide bomber killed 12 people at the checkpoint, officials said on Monday.",
]


@pytest.mark.parametrize("text", NOT_AIRCRAFT)
def test_no_false_aircraft(nlp, text):
    assert [f.answer for f in facts(nlp, aircraft, text)] == []


def test_aircraft_distractors_same_role_and_form(nlp):
    fact = one(facts(nlp, aircraft, AIRCRAFT[0][0]), "Tu-160")
    options = offered(fact, [])
    assert len(options) >= 3
    for option in options[:3]:
        family = known_aircraft().family_of(option)
        assert family is not None and family.role == "bomber"
        assert re.fullmatch(r"[A-Z][a-z]?-\d+[A-Z]?\d?", option)  # a designator, no maker
        assert not option.startswith("Tu-160")  # a Tu-160M would also be right
    flight = one(facts(nlp, aircraft, AIRCRAFT[1][0]), "Metrojet Flight 9268")
    assert all(re.fullmatch(r"Metrojet Flight \d{4}", o) for o in offered(flight, []))
    bombers = one(facts(nlp, aircraft, AIRCRAFT[2][0]), "long-range bombers")
    options = offered(bombers, [])
    assert "strategic bombers" not in options  # also true of long-range bombers
    assert all(o.endswith("s") for o in options)


@pytest.mark.parametrize(
    ("text", "answer", "allowed"),
    [
        (
            "Boeing also attracted bids for some 60 of the embattled 737 Max jet from SunExpress.",
            "737 Max",
            lambda family: family.maker == "Boeing",
        ),
        (
            "Dubai's flagship carrier Emirates Airline finalized a deal to purchase 30 of Boeing's "
            "787-9 Dreamliner jets, executives of both companies announced Wednesday.",
            "787-9",
            lambda family: family.maker == "Boeing",  # the nickname is blanked with it
        ),
    ],
)
def test_aircraft_distractors_never_contradict_the_question(nlp, text, answer, allowed):
    fact = one(facts(nlp, aircraft, text), answer)
    options = offered(fact, [])
    assert options, "some distractor of the same maker or family exists"
    for option in options:
        assert allowed(known_aircraft().family_of(aircraft._without_maker(option)))


def test_a_distractor_named_in_the_evidence_is_never_offered(nlp):
    found = facts(nlp, aircraft, AIRCRAFT[2][0])
    missiles = one(found, "cruise missiles")
    assert "long-range bombers" not in offered(missiles, found)


# -- places --------------------------------------------------------------------

PLACES = [
    (
        "Russian military officials for the first time Tuesday morning notified the U.S. Combined "
        "Joint Operations Center in Qatar about their plans to strike Islamic State targets.",
        "Qatar",
        "place:country",
        "Where is the U.S. Combined Joint Operations Center?",
    ),
    (
        "Russian military officials notified the coalition about their plans to strike Islamic State targets in "
        "Raqqa, Syria, a defense official said.",
        "Raqqa",
        "place:city",
        None,
    ),
    (
        "Two hostages who had been held by the Taliban in Afghanistan since 2016 were released in a "
        "prisoner swap for three high-ranking insurgents.",
        "Afghanistan",
        "place:country",
        None,
    ),
    (
        "More than 450,000 people were without communication, according to a group representing "
        "rural counties in California.",
        "California",
        "place:state",
        None,
    ),
]


@pytest.mark.parametrize(("text", "answer", "answer_type", "question"), PLACES)
def test_place_facts(nlp, text, answer, answer_type, question):
    fact = one(facts(nlp, places, text), answer)
    assert str(fact.answer_type) == answer_type
    assert fact.question == question if question else CLOZE_BLANK in fact.question


def test_place_distractors_same_type_nearest_first(nlp):
    city = one(facts(nlp, places, PLACES[1][0]), "Raqqa")
    options = offered(city, [])
    assert len(options) >= 3 and "Syria" not in options and "Raqqa" not in options
    assert all(place_info(o).type == "city" for o in options)
    assert all(place_info(o).parent == "Syria" for o in options[:3])
    country = one(facts(nlp, places, PLACES[0][0]), "Qatar")
    assert all(place_info(o).type == "country" for o in offered(country, []))


@pytest.mark.parametrize(
    ("place", "also_right"),
    [
        # another name of the answer, or a country it is made of or part of
        ("Britain", {"United Kingdom", "UK", "U.K.", "Great Britain", "Scotland", "Wales"}),
        ("Scotland", {"United Kingdom", "UK", "Britain"}),
    ],
)
def test_no_wrong_answer_is_the_answer_or_holds_it(nlp, place, also_right):
    text = f"Acme Corp. said on Monday that it would open a new plant in {place} next year."
    fact = one(facts(nlp, places, text), place)
    options = offered(fact, [])
    assert len(options) >= 3 and not also_right & set(options), options


@pytest.mark.parametrize(
    "text",
    [
        # 06-epstein-prison-guards in the corpus
        'Prosecutors alleged that Epstein "sexually exploited and abused dozens of minor girls" '
        "at his homes in Manhattan and Palm Beach, Florida, and at other locations from at "
        "least 2002 to 2005.",
        "Russian jets struck Islamic State targets in Raqqa, Syria, on Tuesday, officials said.",
    ],
)
def test_the_region_after_a_named_place_is_never_the_blank(nlp, text):
    """ "Palm Beach, _____" gives Florida away: the place before the comma names it."""
    found = facts(nlp, places, text)
    assert all(f.answer not in ("Florida", "Syria") for f in found), [f.question for f in found]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # sample S: 'D.C.' names Washington
        (
            "Sharpton said that contrary to some reports, a diverse group of young people were "
            "invited to speak at the Dec. 13 Justice for All rally in Washington, D.C. The "
            "event drew more than 10,000 people to the nation's capital.",
            "Washington",
        ),
        (
            "Hundreds of nurses marched at a rally in Washington, D.C. The march drew 3,000.",
            "Washington",
        ),
    ],
)
def test_a_place_the_next_place_qualifies_is_no_blank(nlp, text, place):
    """'in _____, D.C.': the place after the comma, unknown to the place file, may name the
    blank alone (a wh-question, which drops the pair whole, may still ask it)."""
    found = facts(nlp, places, text)
    assert not [f.question for f in found if f.answer == place and "_____" in f.question]


def test_unknown_places_make_no_card(nlp):
    text = "The hostages were held in Zabul province before their release in a prisoner swap."
    assert facts(nlp, places, text) == []


# -- the seeds' gold annotations -----------------------------------------------------------

GOLD_KINDS = {
    "dates": "date",
    "aircraft": "aircraft",
    "weapons": "weapon",
    "numbers": "number",
    "places": "place",
}
MODULES = {
    "date": dates,
    "number": numbers,
    "aircraft": aircraft,
    "weapon": aircraft,
    "place": places,
}


def _norm(text: str) -> str:
    return re.sub(r"[^\w]+", " ", str(text).lower()).strip()


@needs_gold
def test_gold_facts_of_the_seeds_become_correct_facts(nlp):
    """At least 90% of the annotated dates, aircraft, weapons, numbers and places are the
    answer of a fact of the right kind, with the resolved date where one is annotated.
    A fact counts when its answer is the annotated one or one of its accepted forms, or
    contains it ("14 months ago" for the duration "14 months", "Russian passenger jet"
    asked as "Russian _____")."""
    gold = yamlio.load(GOLD.read_text(encoding="utf-8"))
    total, hits, missed = 0, 0, []
    for entry in gold["articles"]:
        article = read_article(SEEDS / entry["file"])
        assert article.published == date.fromisoformat(str(entry["published"]))
        doc = nlp(article.text)
        found = [
            f for module in (dates, numbers, aircraft, places) for f in module.find(doc, article)
        ]
        for group, kind in GOLD_KINDS.items():
            for item in entry.get(group, []):
                total += 1
                wanted = {_norm(item["answer"]), *(_norm(a) for a in item.get("accept", []))}
                ok = [
                    f
                    for f in found
                    if f.kind == kind
                    and any(
                        w == _norm(f.answer) or _norm(f.answer) in w or w in _norm(f.answer)
                        for w in wanted
                    )
                    and ("resolves_to" not in item or f.answer_value == str(item["resolves_to"]))
                ]
                if ok:
                    hits += 1
                else:
                    missed.append(f"{entry['file']}: {kind} {item['answer']}")
    assert total >= 20
    print(f"gold: {hits}/{total}; missed: {missed}")
    assert hits / total >= 0.9, f"{hits}/{total}; missed: {missed}"


def test_nothing_from_bios_or_furniture(nlp):
    for path in sorted(SEEDS.glob("*.txt")):
        article = read_article(path)
        doc = nlp(article.text)
        for module in (dates, numbers, aircraft, places):
            for fact in module.find(doc, article):
                assert "executive editor" not in fact.evidence and "Load More" not in fact.evidence
                assert "Email:" not in fact.evidence and "correspondent for" not in fact.evidence


@pytest.mark.parametrize(
    ("text", "answer", "typed"),
    [
        # a year later, "May" or "Oct. 11" alone no longer says when: the card gives the year
        ("Blue Origin unveiled its Blue Moon lander in May.", "May 2019", "May"),
        (
            "Jane Roe resigned on Oct. 11 after a long dispute.",
            "Friday, Oct. 11, 2019",
            "October 11",
        ),
        # a month ahead of the article's is next year's when the verb looks ahead
        ("The Supreme Court will hear the appeal in February.", "February 2020", "February"),
    ],
)
def test_a_date_without_its_year_is_answered_with_it(nlp, text, answer, typed):
    (fact,) = facts(nlp, dates, text, NOV19)
    assert fact.answer == answer
    assert typed in fact.accept  # the article's own spelling is still right when typed
    # without a published date nothing tells the year: the text's own spelling is the answer
    (undated,) = facts(nlp, dates, text, None)
    assert undated.answer in text


def test_a_present_tense_date_keeps_the_texts_spelling(nlp):
    # "concludes Oct. 10" may be last month's date or next year's: the year is not guessed
    text = "The Doobie Brothers tour concludes Oct. 10 in Houston, Texas."
    (fact,) = facts(nlp, dates, text, NOV19)
    assert fact.answer == "Oct. 10"


def test_a_hedged_count_ago_makes_no_card(nlp):
    # "nearly five years ago" may be four years and a half: no year is sure
    hedged = "Apple released the Magic Keyboard nearly three years ago, Acme analysts said."
    assert facts(nlp, dates, hedged, NOV19) == []
    (plain,) = facts(nlp, dates, hedged.replace("nearly ", ""), NOV19)
    assert plain.answer == "2016"


def test_a_count_of_many_years_ago_makes_no_card(nlp):
    # "eight years ago" is a round figure: told in 2015 of a 2008 race (sample T)
    text = "Apple released the Magic Keyboard eight years ago, Acme analysts said."
    assert facts(nlp, dates, text, NOV19) == []


def test_a_present_tense_date_accepts_no_guessed_year(nlp):
    text = "The Dover festival opens at the Acme Center on Oct. 10 with a parade."
    (fact,) = facts(nlp, dates, text, NOV19)
    assert fact.answer == "Oct. 10" and not any("2019" in a for a in fact.accept)
    assert "October 10" in fact.accept
    assert fact.answer_value is None  # no guessed year stored either


def test_a_date_naming_a_thing_keeps_its_year_in_a_present_sentence(nlp):
    # "the Oct. 10 memorandum" is a thing already dated, whatever tense the sentence is in
    text = (
        "Jane Roe said cooperation with Acme remains limited to the safety rules outlined in "
        "the Oct. 10 memorandum of understanding between the two firms."
    )
    (fact,) = facts(nlp, dates, text, NOV19)
    assert (fact.answer, fact.answer_value) == ("Thursday, Oct. 10, 2019", "2019-10-10")


def test_where_someone_is_for_now_carries_the_date(nlp):
    now = one(facts(nlp, places, "Jane Roe is currently serving a prison term in Spain."), "Spain")
    assert now.question.startswith("As of November 2019, "), now.question
    was = one(facts(nlp, places, "Jane Roe served a prison term in Spain for fraud."), "Spain")
    assert not was.question.startswith("As of"), was.question

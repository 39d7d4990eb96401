"""Military hardware and aircraft types (issues 10, 14 items 3-4, 15 item 4): sentence ->
expected card, on invented defence sentences and paragraphs (none copied from a page) and
real sentences of the corpus and the seeds; the options' form; false friends."""

from __future__ import annotations

import re

import pytest

from trainer.knowledge.aircraft import aircraft as known
from trainer.language.hardware import NAVY_PREFIXES
from trainer.language.text import normalise
from trainer.model import CLOZE_BLANK, Article
from trainer.questions import KINDS, aircraft
from trainer.questions import options as card_options

pytestmark = pytest.mark.slow

# An invented defence report: a named carrier used in combat for the first time, a ship
# class, missiles, a tank and an air-defence system, and one fighter named in four sentences.
REPORT = (
    "The Russian aircraft carrier Admiral Kuznetsov launched strikes on targets in northern "
    "Syria on Tuesday, the first time the ship has been used in combat. "
    "Two Arleigh Burke-class destroyers shadowed the carrier group in the eastern Mediterranean. "
    "The frigate Admiral Grigorovich fired Kalibr cruise missiles at weapons depots near Homs. "
    "Moscow has also sent T-90 tanks and an S-400 air defense system to its base at Latakia. "
    "A Lockheed Martin F-35 flew over the fleet on Monday, the Pentagon said. "
    "The F-35 later landed at a base in Cyprus after a four-hour patrol over the sea. "
    "Officials said the F-35 had not been fired upon during the mission over the sea. "
    "The F-35 is expected to return to the region next month, according to one official."
)

FOUND = [
    # (text, answer, kind, answer type)
    (REPORT, "Admiral Kuznetsov", "weapon", "weapon:ship:aircraft carrier"),
    (REPORT, "Arleigh Burke-class", "weapon", "weapon:class:destroyer"),
    (REPORT, "Admiral Grigorovich", "weapon", "weapon:ship:frigate"),
    (REPORT, "Kalibr", "weapon", "weapon:name:cruise missile"),
    (REPORT, "T-90", "weapon", "weapon:name:tank"),
    (REPORT, "S-400", "weapon", "weapon:name:air defense system"),
    (
        "The Pentagon said the destroyer USS Carney shot down three cruise missiles fired from "
        "Yemen over the Red Sea on Thursday.",
        "USS Carney",
        "weapon",
        "weapon:ship:destroyer",
    ),
    (
        "The USS Mason's crew shot down two anti-ship missiles fired from Yemen over the Red "
        "Sea on Sunday, the U.S. Navy said.",
        "USS Mason",
        "weapon",
        "weapon:ship:destroyer",
    ),
    (
        "China commissioned its newest Type 055 destroyer at a naval base in Qingdao on "
        "Saturday, state media reported.",
        "Type 055",
        "weapon",
        "weapon:type-number:destroyer",
    ),
    (
        "Ukraine received the first HIMARS launchers from the United States last summer, the "
        "defense minister said.",
        "HIMARS",
        "weapon",
        "weapon:name:rocket launcher",
    ),
    (
        "Germany agreed to send Patriot air defense systems to Poland after the missile strike, the "
        "government said.",
        "Patriot",
        "weapon",
        "weapon:name:air defense system",
    ),
    (
        "Syrian air defences accidentally shot down an Il-20 reconnaissance plane with 15 "
        "people on board, Russia's Defense Ministry said.",
        "Il-20",
        "aircraft",
        "aircraft:designator:patrol",
    ),
    (
        "The U.S. Air Force deployed two A-10s to Jordan after the drone attack, U.S. "
        "officials said.",
        "A-10s",
        "aircraft",
        "aircraft:designator:attack",
    ),
    (
        "The Federal Aviation Administration grounded 171 Boeing 737 Max 9 jets after a door "
        "panel blew out on an Alaska Airlines flight over Oregon on Friday.",
        "Boeing 737 Max 9",
        "aircraft",
        "aircraft:designator:airliner",
    ),
    (
        "Delta Air Lines ordered 40 Airbus A321 jets for its routes to Europe, Delta said on "
        "Monday.",
        "Airbus A321",
        "aircraft",
        "aircraft:designator:airliner",
    ),
    (  # an Ilyushin type the knowledge file does not list: the bureau's prefix is enough
        "An Il-114 turboprop made its first flight from Zhukovsky on Wednesday, Russia's "
        "United Aircraft Corporation said.",
        "Il-114",
        "aircraft",
        "aircraft:designator:aircraft",
    ),
    (
        "Two Black Hawk helicopters were lost in the operation in the mountains, the Pentagon "
        "said on Sunday.",
        "Black Hawk",
        "aircraft",
        "aircraft:nickname:helicopter",
    ),
    (
        "Russia's sole aircraft carrier, Admiral Kuznetsov, left the Barents Sea for Syria on "
        "Saturday, Russia's Northern Fleet said.",
        "Admiral Kuznetsov",
        "weapon",
        "weapon:ship:aircraft carrier",
    ),
    (
        "The Ukrainian navy said its Neptune missiles sank the Russian cruiser Moskva in the "
        "Black Sea in April.",
        "Moskva",
        "weapon",
        "weapon:ship:cruiser",
    ),
    (
        "The British destroyer, HMS Defender, sailed near Crimea in June, Britain's Ministry of "
        "Defence said.",
        "HMS Defender",
        "weapon",
        "weapon:ship:destroyer",
    ),
    (
        "Two Apache helicopters and a B-2 Spirit bomber took part in the exercise over Nevada "
        "on Thursday.",
        "B-2",
        "aircraft",
        "aircraft:designator:bomber",
    ),
    # real sentences: the corpus and the seeds
    (
        "Emirates is the number one buyer of Airbus' iconic A380, the world's largest airliner, "
        "with 123 of the planes in its fleet.",
        "A380",
        "aircraft",
        "aircraft:designator:airliner",
    ),
    (
        "Russia appears to have launched a wave of new strikes in Syria over the last 24 hours, "
        "including cruise missiles and the first ever use of the Tu-160 strategic bombers in "
        "combat operations.",
        "Tu-160",
        "aircraft",
        "aircraft:designator:bomber",
    ),
]


def facts(nlp, text: str):
    found = aircraft.find(nlp(text), Article(id="t", text=text))
    for fact in found:
        assert CLOZE_BLANK in fact.question or fact.question.startswith("What ")
        assert fact.evidence in text
        blanked = fact.question.replace(CLOZE_BLANK, " ")
        for form in (fact.answer, *fact.accept):
            assert not re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", blanked), fact
    return found


def offered(fact, pool=()):
    return card_options.offered(KINDS[fact.kind], fact, list(pool), n=100)


def one(found, answer: str):
    matches = [f for f in found if f.answer == answer]
    assert matches, f"no card answered {answer!r}: {[(f.answer, f.question) for f in found]}"
    return matches[0]


@pytest.mark.parametrize(("text", "answer", "kind", "answer_type"), FOUND)
def test_named_hardware_makes_a_card(nlp, text, answer, kind, answer_type):
    fact = one(facts(nlp, text), answer)
    assert (fact.kind, str(fact.answer_type)) == (kind, answer_type)


@pytest.mark.parametrize(("text", "answer", "kind", "answer_type"), FOUND)
def test_options_are_of_the_answers_class_and_form(nlp, text, answer, kind, answer_type):
    fact = one(facts(nlp, text), answer)
    options = offered(fact)
    assert len(options) >= 3, options
    for option in options:
        assert not normalise(answer).startswith(normalise(option))  # never a parent/prefix
        assert not normalise(option).startswith(normalise(answer))
        assert option.split()[0].lower() not in ("the", "a", "an")
        assert ("Max" in option) <= ("Max" in answer) and ("MAX" in option) <= ("MAX" in answer)
        assert option.endswith("s") == answer.endswith("s") or kind == "weapon"
        assert (option.split()[0] in NAVY_PREFIXES) == (answer.split()[0] in NAVY_PREFIXES)
        maker = answer.split()[0] in {f.maker.split()[0] for f in known().families}
        assert (option.split()[0] in {f.maker.split()[0] for f in known().families}) == maker
        if kind == "weapon":
            weapon = known().weapon_of(option.split(" ", 1)[-1] if maker else option)
            assert weapon is None or weapon.type == fact.answer_type.detail, option
        elif fact.answer_type.form == "nickname":
            family = known().by_nickname(option)
            assert family is not None and family.role == fact.answer_type.detail, option
        elif fact.answer_type.detail == "aircraft":  # a type the file does not list
            assert option.split("-")[0] == answer.split("-")[0], option  # the same bureau
        else:
            family = known().family_of(aircraft._core(option))
            assert family is not None and family.role == fact.answer_type.detail, option


def test_a_generic_word_is_not_asked_beside_a_named_type(nlp):
    text = (
        "A Marine Corps F-35 stealth fighter jet disappeared after the pilot ejected over "
        "South Carolina on Sunday."
    )
    answers = [f.answer for f in facts(nlp, text)]
    assert answers == ["F-35"]


def test_one_card_per_type_and_sentence_and_two_per_article(nlp):
    found = facts(nlp, REPORT)
    f35 = [f for f in found if aircraft._core(f.answer) == "F-35"]
    assert 1 <= len(f35) <= 2
    assert len({f.evidence for f in f35}) == len(f35)
    assert not any(f.answer_type.form == "type" and "carrier" in f.answer for f in found)


def test_a_nickname_beside_its_designator_is_not_left_in_the_question(nlp):
    text = (
        "Russia's Defense Ministry said a Su-34 Fullback crashed near Voronezh during a "
        "training flight."
    )
    fact = one(facts(nlp, text), "Su-34")
    assert "Fullback" not in fact.question
    assert "Su-34 Fullback" in fact.accept


def test_a_nickname_alone_accepts_its_designator(nlp):
    text = (
        "Two Black Hawk helicopters were lost in the operation in the mountains, the Pentagon "
        "said on Sunday."
    )
    fact = one(facts(nlp, text), "Black Hawk")
    assert "UH-60" in fact.accept
    assert all(known().by_nickname(o) is not None for o in offered(fact))


def test_options_agree_with_the_article_before_the_blank(nlp):
    text = (
        "All 15 people on board an Il-20 reconnaissance plane were killed when Syrian air "
        "defences fired at it, Russia's Defense Ministry said."
    )
    fact = one(facts(nlp, text), "Il-20")
    assert "an _____" in fact.question
    assert offered(fact) and all(aircraft._takes_an(o) for o in offered(fact))


def test_accepted_forms_are_never_broken(nlp):
    text = (
        "Delta Air Lines took delivery of its first Airbus A321 in Hamburg on Monday after a "
        "short delivery flight."
    )
    fact = one(facts(nlp, text), "Airbus A321")
    assert fact.accept == ("A321",)
    for form in (fact.answer, *fact.accept):
        assert not re.search(r"\b(?:The|Airbus Airbus|Airbus The)\b", form)


def test_ship_options_written_like_the_answer(nlp):
    fact = one(facts(nlp, REPORT), "Admiral Kuznetsov")
    options = offered(fact)
    for option in options[:3]:
        ship = known().weapon_of(option)
        assert ship is not None and ship.type == "aircraft carrier" and not ship.prefix


NOT_HARDWARE = [
    "Dubai's flagship carrier Emirates Airline finalized a deal with the company on Wednesday.",
    "A destroyer Russia sent to the region last year returned to port, officials said.",
    "The frigate Tuesday sailed out of the harbor toward the open sea, the navy said.",
    "Passengers waited for hours at Charles de Gaulle airport in Paris on Friday night.",
    "Stacey Abrams said the campaign would continue in Georgia through the winter.",
    "Patients with Type 2 diabetes were more likely to be admitted, the study found.",
    "The middle-class families of the town said the new taxes would hurt them.",
    "The Tomahawk, Wisconsin, city council voted on Monday to close the library.",
    "Spirit jets were grounded in Fort Lauderdale on Tuesday after an outage at its offices.",
    "A Navy destroyer, the Pentagon said, was sent to the Red Sea to protect shipping.",
]


@pytest.mark.parametrize("text", NOT_HARDWARE)
def test_false_friends_make_no_hardware_card(nlp, text):
    assert [f.answer for f in facts(nlp, text)] == []


# Two invented defence articles, as a user would paste them (paragraphs, a front matter).
CARRIER_ARTICLE = (
    "---\ntitle: Russian carrier joins Syria campaign\npublished: 2016-11-15\n---\n"
    "The Russian aircraft carrier Admiral Kuznetsov launched strikes on targets in Idlib "
    "province on Tuesday, the first time the ship has been used in combat, Russia's Defense "
    "Minister Sergei Shoigu said.\n\n"
    "Su-33 fighters took off from the carrier's deck while the frigate Admiral Grigorovich "
    "fired Kalibr cruise missiles at weapons depots near Homs.\n\n"
    "Two Arleigh Burke-class destroyers of the U.S. Navy shadowed the Russian group in the "
    "eastern Mediterranean, U.S. officials said.\n\n"
    "Moscow has also sent an S-400 air defense system and T-90 tanks to its air base at "
    "Hmeimim in Latakia province since 2015.\n"
)
STRAIT_ARTICLE = (
    "---\ntitle: Warships in the strait\npublished: 2024-03-02\n---\n"
    "The destroyer USS Ralph Johnson sailed through the Taiwan Strait on Friday, the U.S. "
    "Navy's 7th Fleet said in a statement.\n\n"
    "China's Eastern Theater Command sent a Type 052D destroyer and J-16 fighters to monitor "
    "the passage, Chinese state media reported.\n\n"
    "The Taiwanese military said it had deployed Harpoon anti-ship missiles and Patriot air "
    "defense systems on the Penghu islands in January.\n\n"
    "A U.S. Navy P-8 Poseidon flew over the Taiwan Strait on Thursday, the 7th Fleet said.\n"
)


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (
            CARRIER_ARTICLE,
            {"Admiral Kuznetsov", "Admiral Grigorovich", "Kalibr", "Arleigh Burke-class"},
        ),
        (STRAIT_ARTICLE, {"USS Ralph Johnson", "Type 052D", "J-16", "P-8"}),
    ],
)
def test_generate_asks_the_named_hardware_of_a_defence_article(nlp, tmp_path, article, expected):
    from trainer.cli import main
    from trainer.decks import load_deck

    path = tmp_path / "defence.txt"
    path.write_text(article, encoding="utf-8")
    out = tmp_path / "defence.deck.yaml"
    # every card: this is about what is found, not which cards the default rule keeps
    assert main(["generate", str(path), "-o", str(out), "--all-cards"]) == 0
    cards = [c for c in load_deck(out).cards if c.kind in ("aircraft", "weapon")]
    answers = {c.answer for c in cards}
    assert expected <= answers, answers
    for card in cards:
        assert card.answer not in ("aircraft carrier", "destroyers", "fighters")
        for choice in card.choices or ():
            if choice == card.answer:
                continue
            named = known().weapon_of(choice) or known().weapon_of(choice.split(" ", 1)[-1])
            family = known().family_of(aircraft._core(choice))
            assert named is not None or family is not None, choice
            if named is not None and card.kind == "weapon":
                answer = known().weapon_of(card.answer.split(" ", 1)[-1])
                assert answer is None or answer.type == named.type, (card.answer, choice)


def test_a_family_the_question_names_is_not_an_option(nlp):
    text = (  # corpus: 01-emirates-boeing-787-order
        "The A350 order had been revised to cancel a prior order of A330neo jets from the French "
        "plane-maker, favoring a larger order of the lighter and slightly wider-body A350."
    )
    fact = one(facts(nlp, text), "A330neo")
    options = offered(fact)
    assert options
    assert not any(known().family_of(o) is known().family_of("A350") for o in options)

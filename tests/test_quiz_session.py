"""The quiz session without a screen: queue, judging, scoring, recording, retry, summary."""

from __future__ import annotations

import random

import pytest

from tests.quizdecks import CHOICE_CARDS, TYPED_CARDS, FakeClock, ListRecorder, make_deck
from trainer import study
from trainer.quiz.session import QuizOptions, QuizSession

IN_ORDER = QuizOptions(shuffle=False)


def session(options: QuizOptions = IN_ORDER, cards=CHOICE_CARDS + TYPED_CARDS, **kw) -> QuizSession:
    kw.setdefault("now", FakeClock())
    kw.setdefault("recorder", ListRecorder())
    return QuizSession([make_deck(cards)], options, **kw)


def test_in_order_asks_every_card_in_deck_order_with_auto_mode():
    quiz = session()
    seen = []
    while (question := quiz.current) is not None:
        seen.append((question.card.id, question.mode, question.number, question.total))
        quiz.answer(question.card.answer)
        quiz.next()
    assert seen == [
        ("who-said-growth", "choice", 1, 5),
        ("date-summit", "choice", 2, 5),
        ("number-delegates", "choice", 3, 5),
        ("place-summit", "typed", 4, 5),
        ("cloze-growth", "typed", 5, 5),
    ]
    assert quiz.finished
    summary = quiz.summary()
    assert (summary.right, summary.wrong, summary.planned, summary.complete) == (5, 0, 5, True)


def test_choice_mode_asks_cards_without_choices_typed_and_typed_mode_asks_all_typed():
    choice = session(QuizOptions(mode="choice", shuffle=False))
    typed = session(QuizOptions(mode="typed", shuffle=False))
    assert [q.mode for q in choice.questions] == ["choice"] * 3 + ["typed"] * 2
    assert [q.mode for q in typed.questions] == ["typed"] * 5
    assert all(q.choices == () for q in typed.questions)
    only_typed = session(QuizOptions(mode="choice", shuffle=False), cards=TYPED_CARDS)
    assert [q.mode for q in only_typed.questions] == ["typed", "typed"]


def test_kinds_and_count_filter_the_queue():
    quiz = session(QuizOptions(kinds=("date", "place"), shuffle=False))
    assert [q.card.kind for q in quiz.questions] == ["date", "place"]
    quiz = session(QuizOptions(count=2, shuffle=False))
    assert [q.card.id for q in quiz.questions] == ["who-said-growth", "date-summit"]
    assert quiz.questions[-1].total == 2


def test_shuffle_is_seeded_and_keeps_every_card_and_choice():
    a = session(QuizOptions(shuffle=True), rng=random.Random(7))
    b = session(QuizOptions(shuffle=True), rng=random.Random(7))
    ids = [q.card.id for q in a.questions]
    assert ids == [q.card.id for q in b.questions]
    assert sorted(ids) == sorted(c.id for c in CHOICE_CARDS + TYPED_CARDS)
    orders = {
        tuple(q.choices)
        for seed in range(20)
        for q in session(QuizOptions(shuffle=True), rng=random.Random(seed)).questions
        if q.card.id == "date-summit"
    }
    assert len(orders) > 1
    assert all(sorted(o) == sorted(CHOICE_CARDS[1].choices) for o in orders)


def test_empty_deck_and_unknown_kind_give_an_empty_finished_quiz():
    for quiz in (session(cards=()), session(QuizOptions(kinds=("aircraft",)))):
        assert quiz.current is None
        assert quiz.finished
        summary = quiz.summary()
        assert (summary.planned, summary.answered, summary.missed) == (0, 0, ())


def test_each_answer_is_recorded_at_once_with_the_derived_rating():
    clock, recorder = FakeClock(), ListRecorder()
    quiz = session(now=clock, recorder=recorder)
    clock.advance(4)
    quiz.choose(quiz.current.choices.index("Maria Santos"))  # right and quick -> GOOD
    assert len(recorder.calls) == 1
    answer = recorder.answers[0]
    assert answer.card.id == "who-said-growth"
    assert answer.deck_id == "summit"
    assert (answer.reply, answer.mode, answer.verdict) == ("Maria Santos", "choice", "right")
    assert answer.response_seconds == 4
    assert answer.answered_at == clock.at
    assert answer.answered_at.tzinfo is not None
    assert recorder.calls[0][2] == study.GOOD

    quiz.next()
    clock.advance(60)  # right but slow -> HARD
    quiz.answer("March 9")
    assert recorder.calls[-1][2] == study.HARD
    assert recorder.answers[-1].response_seconds == 60

    quiz.next()
    clock.advance(2)  # wrong -> AGAIN
    quiz.choose(quiz.current.choices.index("800"))
    assert (recorder.answers[-1].verdict, recorder.calls[-1][2]) == ("wrong", study.AGAIN)

    quiz.next()
    clock.advance(3)  # typed, a typo -> almost -> HARD
    outcome = quiz.answer("Lisbn")
    assert outcome.verdict == "almost"
    assert (recorder.answers[-1].mode, recorder.calls[-1][2]) == ("typed", study.HARD)


def test_rerate_calls_the_recorder_with_the_review_id():
    recorder = ListRecorder()
    quiz = session(recorder=recorder)
    quiz.choose(0)
    quiz.rerate(study.EASY)
    assert recorder.calls[-1] == ("rerate", 1, study.EASY)
    assert quiz.last.rating == study.EASY
    assert quiz.last.derived_rating == study.GOOD
    quiz.rerate(study.EASY)  # the same grade again: nothing new to store
    assert len(recorder.calls) == 2
    with pytest.raises(ValueError):
        quiz.rerate(7)


def test_a_failing_recorder_does_not_stop_the_quiz():
    class Broken(ListRecorder):
        def record(self, answer, rating):
            raise OSError("disk full")

    quiz = session(recorder=Broken())
    outcome = quiz.choose(0)
    assert outcome.review_id is None
    assert "disk full" in outcome.record_error
    quiz.rerate(study.EASY)  # nothing to rerate, no crash
    assert quiz.next() is not None


def test_answering_twice_or_moving_on_early_is_refused():
    quiz = session()
    with pytest.raises(RuntimeError):
        quiz.next()
    quiz.choose(0)
    with pytest.raises(RuntimeError):
        quiz.choose(1)
    with pytest.raises(IndexError):
        session().choose(4)


def test_typed_answers_use_the_lenient_matcher_and_surnames_of_people_in_the_deck():
    quiz = session(QuizOptions(mode="typed", shuffle=False))
    assert quiz.answer("Santos").verdict == "right"
    quiz.next()
    assert quiz.answer("9 March").verdict == "right"
    quiz.next()
    assert quiz.answer("eight thousand").verdict == "right"
    quiz.next()
    assert quiz.answer("Lisbn").verdict == "almost"
    quiz.next()
    assert quiz.answer("stall").verdict == "wrong"
    summary = quiz.summary()
    assert (summary.right, summary.almost, summary.wrong, summary.score) == (3, 1, 1, 4)
    assert [o.question.card.id for o in summary.missed] == ["cloze-growth"]


def test_summary_accuracy_by_kind_and_time():
    clock = FakeClock()
    quiz = session(now=clock)
    for reply in ("Jon Berg", "March 9", "8,000", "Lisbon", "nope"):
        clock.advance(10)
        quiz.answer(reply)
        quiz.next()
    summary = quiz.summary()
    assert summary.seconds == 50
    by_kind = {k.kind: (k.right, k.almost, k.wrong) for k in summary.by_kind}
    assert by_kind == {
        "who_said": (0, 0, 1),
        "quote_cloze": (0, 0, 1),
        "date": (1, 0, 0),
        "number": (1, 0, 0),
        "place": (1, 0, 0),
    }
    assert [k.kind for k in summary.by_kind] == [
        "who_said",
        "quote_cloze",
        "date",
        "number",
        "place",
    ]
    assert summary.accuracy == pytest.approx(0.6)


def test_retry_missed_starts_a_round_of_the_missed_questions_only():
    quiz = session()
    for reply in ("Jon Berg", "March 9", "800", "Lisbon", "return"):
        quiz.answer(reply)
        quiz.next()
    assert quiz.retry_missed()
    assert quiz.round == 2
    assert [q.card.id for q in quiz.questions] == ["who-said-growth", "number-delegates"]
    assert quiz.current.number == 1 and quiz.current.total == 2
    assert quiz.summary().answered == 0
    quiz.answer("Maria Santos")
    quiz.next()
    quiz.answer("8,000")
    quiz.next()
    assert quiz.finished
    assert quiz.summary().score == 2
    assert not quiz.retry_missed()


def test_stop_mid_way_gives_a_partial_summary():
    clock = FakeClock()
    quiz = session(now=clock)
    clock.advance(5)
    quiz.answer("Maria Santos")
    quiz.next()
    clock.advance(5)
    quiz.answer("April 9")
    quiz.next()
    clock.advance(30)  # looking at question 3, then quits
    summary = quiz.stop()
    assert quiz.finished and quiz.current is None
    assert (summary.answered, summary.planned, summary.complete) == (2, 5, False)
    assert summary.seconds == 40
    assert [o.question.card.id for o in summary.missed] == ["date-summit"]
    assert quiz.retry_missed()  # the missed ones of a stopped round can be retried too


def test_questions_know_their_source():
    quiz = session()
    source = quiz.current.source
    assert source is not None and source.outlet == "Example Wire"

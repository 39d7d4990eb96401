"""A game's result, from the lead of a report: "The Minnesota Wild beat the Buffalo Sabres
4-1 on Tuesday night" -> "By what score did the Minnesota Wild beat the Buffalo Sabres in
January 2008?" -> 4-1 (the day is the date card's to ask).

The result is the news of a game's report, and readers of unseen pages found it asked on
few of them: the lead's figures were a player's, the cards named no game. Only the lead
is read (a report's later scores are other games', a season's), and only a sentence whose
verb of winning has a named subject and a named object: both sides stand in the question.
Wrong answers are scores near the answer with the same winner (and a draw's with none).
An article with no date makes none: the same sides meet often, and the card could not say
which game.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from trainer.extract.clauses.keys import fact_key
from trainer.extract.clauses.phrase import AUX_FOR_TAG, Question
from trainer.extract.doc import evidence_of
from trainer.extract.games import RESULT_WORDS, SCORE, scores_in
from trainer.extract.verbs import bare_form
from trainer.language.dates import month_index, written_out
from trainer.model import AnswerType, Article, CardKind, Fact
from trainer.questions.salience import lead_end

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SCORE_TYPE = AnswerType("number", "score")
# A score's wrong answers are this far from it, side by side, in a high-scoring game
# (basketball's 100-93) and in a low one (football's 2-0).
HIGH_SCORE = 30
HIGH_STEPS = (2, 3, 5, 7)
LOW_STEPS = (1, 2)
WRONG_ANSWERS = 6
# Phrases after the score the question keeps: its competition or ground.
MAX_AFTER = 2
# A side is named in at most this many words.
MAX_SIDE_WORDS = 6
# Verbs whose subject takes a win: 'Chelsea secured a 2-0 win over Tottenham'.
RESULT_TAKING = frozenset(
    ("secure", "earn", "record", "post", "claim", "clinch", "seal", "notch", "gain", "grab")
)
# Nouns of a win: 'a 3-1 victory over Bolton'.
WIN_NOUNS = frozenset(("win", "victory", "triumph", "rout", "thrashing", "success"))


def find(doc: Doc, article: Article) -> list[Fact]:
    if not article.as_of:
        return []  # the same sides meet often: with no date, which game?
    end = lead_end(article)
    facts = []
    for sent in doc.sents:
        if sent.start_char >= end:
            break
        fact = _result(sent, article)
        if fact is not None:
            facts.append(fact)
    return facts[:1]


def _result(sent: Span, article: Article) -> Fact | None:
    for match in scores_in(sent.text):
        score = sent.char_span(match.start(), match.end(), alignment_mode="expand")
        if score is None:
            continue
        day = _day_told(sent)
        month = day or f"in {written_out(article.as_of)}"
        asked = _told_by_verb(sent, score, month) or _told_by_noun(score, month)
        evidence = evidence_of(sent, article)
        if asked is None or evidence is None:
            continue
        question, anchor = asked
        answer = f"{match.group(1)}-{match.group(2)}"
        return Fact(
            kind=CardKind.NUMBER,
            key=fact_key("number", answer, anchor, Question(question, tuple(sent))),
            question=question,
            answer=answer,
            evidence=evidence,
            source=article.id,
            answer_type=SCORE_TYPE,
            accept=(answer, f"{match.group(1)} {match.group(2)}"),
            answer_value=answer,
        )
    return None


def _day_told(sent: Span) -> str:
    """'on Dec. 16', 'on January 5': the game's own day, when the sentence names it by its
    month (a game before the article's month: "in January 2008" would be wrong)."""
    for ent in sent.ents:
        if ent.label_ == "DATE" and any(month_index(t.text) for t in ent):
            before = sent.doc[ent.start - 1] if ent.start > sent.start else None
            if before is not None and before.lower_ in ("on", "in"):
                return f"{before.lower_} {ent.text}"
            return f"on {ent.text}"
    return ""


def _told_by_verb(sent: Span, score: Span, month: str) -> tuple[str, Token] | None:
    """'the Minnesota Wild beat the Buffalo Sabres 4-1 on Tuesday night', 'stunned Phoenix,
    100-93, at the Target Center': a verb of winning, its named subject, and a named loser
    between it and the score."""
    verbs = [
        t
        for t in sent
        if t.i < score.start
        and t.pos_ == "VERB"
        and t.lower_ in RESULT_WORDS
        and (t.tag_ in ("VBD", "VBZ", "VBP") or _helped_to(t))
    ]
    if not verbs:
        return None
    verb = verbs[-1]
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    loser = [t for t in verb.doc[verb.i + 1 : score.start] if not t.is_punct]
    if subject is None or not _named(subject) or not _a_side(loser):
        return None
    aux = AUX_FOR_TAG.get(verb.tag_, "did")  # 'helping Seattle beat': did
    winner = _phrase(list(subject.subtree))
    return _asked(aux, winner, bare_form(verb), _phrase(loser), verb, score, month), verb


def _helped_to(verb: Token) -> bool:
    """'helping Seattle beat Minnesota 109-90': a bare verb a past act helped along."""
    return (
        verb.tag_ == "VB"
        and verb.dep_ in ("ccomp", "xcomp")
        and verb.head.lemma_ in ("help", "lead", "carry", "push", "power", "lift")
        and not any(c.dep_ == "aux" for c in verb.children)
    )


def _told_by_noun(score: Span, month: str) -> tuple[str, Token] | None:
    """ "the Wild's 4-1 win over the Sabres", "Sunderland gave their hopes a boost with a
    3-1 victory over Bolton": a win over a named loser, its winner the possessive before
    the score or the sentence's named subject."""
    doc = score.doc
    noun = next(
        (t for t in doc[score.end : score.end + 3] if t.lower_ in WIN_NOUNS and t.pos_ == "NOUN"),
        None,
    )
    if noun is None or any(t.pos_ not in ("ADJ", "NOUN") for t in doc[score.end : noun.i]):
        return None
    over = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "over"), None)
    if over is None:
        return None
    loser = [t for t in over.subtree if t.i > over.i and not (t.is_punct and t.i > over.i + 1)]
    owner = [t for t in doc[score.sent.start : score.start] if t.dep_ == "poss" and t.head == noun]
    if owner and owner[-1].ent_type_ in ("DATE", "TIME"):
        return None  # "Tuesday's 2-1 win over Japan": a day, not who won (sample Q51)
    if owner and owner[-1].pos_ == "PROPN":
        side: Token | None = owner[-1]
    else:
        side = _given_the_win(noun)
    if side is None or not _named(side) or not _a_side(loser):
        return None
    winner = _phrase([t for t in side.subtree if t.dep_ != "case"])
    return _asked("did", winner, "beat", _phrase(loser), noun, score, month), noun


def _given_the_win(noun: Token) -> Token | None:
    """Who won: 'to give the Rangers a 4-3 victory' (to whom it was given), 'leading the
    Islanders to a 3-1 win' (whom it led), 'Sunderland gave their hopes a boost with a 3-1
    victory', 'Chelsea secured a 2-0 win' (the subject of taking it, when it is no person:
    a player scores, his side wins; one who played 'in a 2-0 win' did not win it alone)."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_ in ("give", "hand"):
        return next((c for c in head.children if c.dep_ in ("dative", "dobj") and c != noun), None)
    if noun.dep_ == "pobj" and head.lower_ == "to" and head.head.pos_ == "VERB":
        return next((c for c in head.head.children if c.dep_ == "dobj"), None)
    taken = (noun.dep_ == "dobj" and head.lemma_ in RESULT_TAKING) or (
        noun.dep_ == "pobj" and head.lower_ == "with"
    )
    if not taken:
        return None  # 'Anelka played ... in a routine 2-0 win over Tottenham': he played in it
    subject = next(
        (
            c
            for a in noun.ancestors
            if a.pos_ in ("VERB", "AUX")
            for c in a.children
            if c.dep_ == "nsubj"
        ),
        None,
    )
    if subject is None or subject.ent_type_ == "PERSON":
        return None
    return subject


def _asked(
    aux: str, winner: str, verb: str, loser: str, head: Token, score: Span, month: str
) -> str:
    """'By what score did WINNER VERB LOSER [at the Target Center] in MONTH?': the ground or
    the competition after the score, and `month`, the game's day when the sentence names it
    by its month or else the article's month (the same sides meet often).
    The day itself ('on Tuesday night') is the date card's question."""
    after = [
        c
        for c in head.children
        if c.dep_ == "prep" and c.i >= score.end and c.lower_ != "over" and _names_the_game(c)
    ]
    parts = [winner, verb, loser, *(_phrase(list(c.subtree)) for c in after[:MAX_AFTER])]
    parts.append(month)
    text = f"By what score {aux} {' '.join(parts)}?"
    return re.sub(r"\s+([,.;:!?])", r"\1", text)


def _a_side(tokens: Sequence[Token]) -> bool:
    """A loser named in a few words ('the Buffalo Sabres', '10-man Scunthorpe')."""
    return 0 < len(tokens) <= MAX_SIDE_WORDS and any(
        _named(t) or (t.text[:1].isupper() and t.lower_ != "the") for t in tokens
    )


def _named(token: Token) -> bool:
    """A side named: a proper noun ('the Buffalo Sabres', 'Phoenix')."""
    return token.pos_ == "PROPN" or token.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")


def _names_the_game(token: Token) -> bool:
    """'in the FA Cup third round', 'at the Hawthorns': a phrase after the score that names
    the game's competition or ground (not its day: 'on Tuesday night')."""
    objects = [c for c in token.children if c.dep_ == "pobj"]
    named = [
        t for o in objects for t in (o, *(c for c in o.children if c.dep_ in ("compound", "poss")))
    ]
    return any(t.pos_ == "PROPN" for t in named) and not any(
        t.ent_type_ in ("DATE", "TIME") for t in named
    )


def _phrase(tokens: Sequence[Token]) -> str:
    """The tokens as written, a leading 'the' lower-cased, no comma at either end."""
    words = "".join(t.text_with_ws for t in tokens).strip().strip(",").strip()
    return "the" + words[3:] if words.startswith("The ") else words


def distractors(fact: Fact) -> list[str]:
    """Scores near the answer, the winner's side still ahead (a draw's still level)."""
    found = SCORE.search(fact.answer)
    if found is None:
        return []
    won, lost = int(found.group(1)), int(found.group(2))
    steps = HIGH_STEPS if max(won, lost) >= HIGH_SCORE else LOW_STEPS
    draw = won == lost
    candidates: list[tuple[int, int]] = []
    for step in steps:
        if draw:
            candidates += [(won + step, lost + step), (won - step, lost - step)]
        else:
            candidates += [
                (won + step, lost),
                (won, lost + step),
                (won - step, lost),
                (won, lost - step),
            ]
            candidates += [(won + step, lost + step)]
    seen: list[str] = []
    for a, b in candidates:
        if a < 0 or b < 0 or (a > b) != (won > lost) or (a == b) != draw:
            continue
        written = f"{a}-{b}"
        if written != fact.answer and written not in seen:
            seen.append(written)
    return seen[:WRONG_ANSWERS]

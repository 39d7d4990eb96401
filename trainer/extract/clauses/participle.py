"""A wh-question about a participle clause that shares its sentence's subject:
'Wild goalie Alex Stalock, who subbed for Devan Dubnyk, looked strong, stopping 30 shots'
-> 'How many shots did Wild goalie Alex Stalock stop?'. The participle takes the tense of
the verb it hangs on; the subject must be named and stand alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainer.extract.clauses.asides import relative_aside
from trainer.extract.clauses.cut import QUOTE_CHARS, Clause, second_predicate, trailing_clauses
from trainer.extract.clauses.definites import NAMED_LABELS
from trainer.extract.clauses.render import capitalize_first, render, tidy
from trainer.extract.clauses.rewrite import name_replacements
from trainer.extract.clauses.standalone import dangling
from trainer.extract.verbs import bare_form

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

AUX_FOR_TAG = {"VBD": "did", "VBZ": "does", "VBP": "do"}
# Participles whose subject is the act before them, not its doer ('..., resulting in',
# '..., bringing the total to'): the doer never 'culminated'.
OUTCOME_VERBS = frozenset(("culminate", "result", "coincide", "amount", "total", "equal"))


def participle_parts(
    clause: Clause, verb: Token, remove: Span, names: dict[str, str]
) -> tuple[str, str, list[Token], dict[int, str]] | None:
    """(auxiliary, 'subject verb rest', tokens used, replacements) for a wh-question about
    `remove` in the participle clause `verb`, or None when the shape is not plain."""
    main = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or main.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "neg") for c in verb.children):
        return None  # 'while stopping', a subject of its own: not the main subject's act
    if verb.lemma_.lower() in OUTCOME_VERBS:
        return None  # 'X gained the upper hand ..., culminating in the recapture': what the
        # gains came to, not what X did ('did X culminate in', sample Q41)
    auxes = [c for c in main.children if c.dep_ in ("aux", "neg")]
    tense = AUX_FOR_TAG.get(main.tag_)
    if main.tag_ == "VBN" and [c.lemma_ for c in auxes] == ["have"]:
        tense = "did"  # 'Disney has made a bet, spending $3 billion': 'How much did Disney spend'
    elif auxes:
        return None
    if tense is None:
        return None
    subjects = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].pos_ == "PRON" or subjects[0].dep_ == "nsubjpass":
        return None
    in_clause = {t.i for t in clause.tokens}
    subject = [t for t in subjects[0].subtree if t.i in in_clause]
    if not subject or not any(t.pos_ == "PROPN" for t in subject):
        return None  # 'The team ..., stopping 30 shots': whose?
    aside = relative_aside(subject, remove)
    subject = [t for t in subject if t.i not in aside]
    closing = None
    while subject and subject[-1].is_punct:
        closing, subject = subject[-1], subject[:-1]
    if closing is not None and closing.text == "," and any(t.text == "," for t in subject):
        subject.append(closing)  # 'the animal, a female named Tatiana, maul': the aside's close
    remove_ids = {t.i for t in remove}
    cut = trailing_clauses(verb, remove) | _second_act(verb, remove)
    rest = [t for t in verb.subtree if t.i in in_clause and t.i not in cut and t.i != verb.i]
    rest = [t for t in rest if t.i not in remove_ids]
    while rest and rest[-1].is_punct:
        rest = rest[:-1]
    if any(t.text in QUOTE_CHARS for t in [*subject, *rest]) or any(t.i < verb.i for t in rest):
        return None
    if _whose_is_cut(clause, subject, rest, verb):
        return None
    replace = name_replacements([*subject, *rest], names)
    subject_text = render(subject, replace)
    if subject[0].pos_ == "DET":
        subject_text = subject_text[:1].lower() + subject_text[1:]
    body = tidy(f"{subject_text} {bare_form(verb)} {render(rest, replace)}")
    used = [*subject, verb, *rest]
    if dangling(used, replace):
        return None
    return tense, body, used, replace


def wh_participle(
    clause: Clause, verb: Token, remove: Span, wh: str, names: dict[str, str]
) -> tuple[str, tuple[Token, ...]] | None:
    """The question text and the tokens it was rendered from, or None."""
    parts = participle_parts(clause, verb, remove, names)
    if parts is None:
        return None
    aux, body, used, _ = parts
    text = tidy(f"{wh} {aux} {body}").rstrip(",;:") + "?"
    return capitalize_first(text), tuple(used)


def _whose_is_cut(clause: Clause, subject: list[Token], rest: list[Token], verb: Token) -> bool:
    """'Tourism is critical to Tunisia's economy, accounting for 15 percent of its GDP': the
    question keeps 'its' and drops the main clause that names whose ('Tunisia's'), so 'its'
    would read as the subject's."""
    if not any(t.tag_ == "PRP$" for t in rest):
        return False
    if not subject:
        return False
    # what the main clause says between its subject and the participle
    between = [t for t in clause.tokens if subject[-1].i < t.i < verb.i]
    return any(t.pos_ == "PROPN" or t.ent_type_ in NAMED_LABELS for t in between)


def _second_act(verb: Token, remove: Span) -> set[int]:
    """', arresting 210 people and confiscating 3.7 tons of fireworks': a second participle
    with its own object goes ('How many people did officials arrest?'); a noun the parser
    took for one ('spending $3 billion on technology and programming') stays."""
    acts = [
        c
        for c in verb.children
        if c.dep_ == "conj" and c.tag_ == "VBG" and any(g.dep_ == "dobj" for g in c.children)
    ]
    drop = second_predicate(verb, remove) if acts else set()
    for act in acts:
        sub = [t.i for t in act.subtree]
        if act.i in drop or min(sub) < remove.end:
            continue
        between = range(remove.end, min(sub))
        if all(verb.doc[j].is_punct or verb.doc[j].i in drop for j in between) and any(
            verb.doc[j].text == "," for j in between
        ):
            # ', killing more than 1,300 people, causing tens of billions ...': a list of
            # acts joined by commas, the next act goes with its comma
            drop.update(sub)
            drop.update(between)
    return drop

"""The toll of an attack or a disaster, told in a participle after its event:

- 'Gunmen opened fire on visitors at the Acme museum on Wednesday, killing at least 19
  people' -> 'How many people were killed when gunmen opened fire on visitors at the Acme
  museum on Wednesday?' (answer 'at least 19');
- '..., killing 19 people, including 17 foreigners' -> 'How many foreigners were among the
  people killed when ...?';
- '..., leaving 12 people dead' -> 'How many people were left dead when ...?';
- '..., killing 23 and wounding 40', '..., leaving at least 19 dead': a toll without a noun
  counts people (trainer.extract.numbers).

The event is the participle's main clause, asked as it is written: its verb must be in the
simple past ('opened', 'was hit'), so 'when ...' needs no other tense. A phrase put before
its subject moves behind it ('In 1998, X blew up Y' -> '... when X blew up Y in 1998?') or,
when it leans on the article ('Hours after the interview'), goes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainer.extract.clauses.asides import parenthetical, relative_aside
from trainer.extract.clauses.cut import QUOTE_CHARS, Clause, subject_of_misread
from trainer.extract.clauses.phrase import MIN_WORDS_NAMED, Question, long_enough
from trainer.extract.clauses.render import capitalize_first, render, tidy
from trainer.extract.clauses.rewrite import name_replacements, pronoun_replacements
from trainer.extract.clauses.standalone import dangling
from trainer.extract.numbers import NumberMention
from trainer.extract.title_words import capitalised_to_open
from trainer.language.numbers import BOUND_HEDGES, CASUALTY_STATES, CASUALTY_VERBS, HEDGE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECTS = frozenset(("nsubj", "nsubjpass"))
# Where a fronted phrase may stand behind the event ('In 1998, ...' -> '... in 1998').
MOVABLE = frozenset(("prep", "npadvmod"))


def casualty_question(
    mention: NumberMention, clause: Clause, names: dict[str, str]
) -> Question | None:
    """'How many people were killed when ...?' for a toll in a participle, or None."""
    if mention.category != "count":
        return None
    number = mention.span[-1]
    noun = number.head
    hedge = mention.hedge.lower()
    about = "about " if hedge and hedge not in ("only", "just", *BOUND_HEDGES) else ""
    if mention.unit == "people" and number.dep_ in ("dobj", "nummod") and noun.tag_ != "NNS":
        # '..., killing 23 and wounding 40', '..., leaving at least 19 dead': people
        verb = number.head if number.dep_ == "dobj" else number.head.head
        participle = _casualty_participle(verb)
        phrase = number if number.dep_ == "dobj" else number.head
        if participle is None or not _only_hedges_before(mention, phrase):
            return None
        wh = f"{about}how many people were {participle}"
        noun = number
    elif number.dep_ != "nummod" or noun.tag_ != "NNS":
        return None
    elif noun.dep_ == "dobj":
        participle = _casualty_participle(noun.head)
        counted = _counted(mention, noun)
        if participle is None or counted is None or not _only_hedges_before(mention, noun):
            return None
        wh = f"{about}how many {counted} were {participle}"
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "including":
        # '..., killing 19 people, including 17 foreigners': a part of the toll
        whole = noun.head.head
        if whole.dep_ != "dobj" or whole.tag_ != "NNS" or not _only_hedges_before(mention, noun):
            return None
        participle = _casualty_participle(whole.head)
        counted = _counted(mention, noun)
        if participle is None or counted is None:
            return None
        wh = f"{about}how many {counted} were among the {whole.lower_} {participle}"
        verb = whole.head
    else:
        return None
    event = _event(verb, clause, names)
    if event is None:
        return None
    text, used, replace = event
    question = capitalize_first(tidy(f"{wh} when {text}") + "?")
    used = [*used, verb, *mention.span, noun]
    if dangling(used, replace) or not long_enough(question, used, MIN_WORDS_NAMED):
        return None
    return Question(question, tuple(used))


def _casualty_participle(verb: Token) -> str | None:
    """'killed', 'left dead': the participle clause `verb` ('killing', 'leaving ... dead')
    written for 'How many people were ...', or None if it tells no toll."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj"):
        return None
    if verb.dep_ == "conj" and (verb.head.tag_ != "VBG" or verb.head.dep_ != "advcl"):
        return None  # 'and injuring 40' goes with a participle of the event, not a verb
    if any(c.dep_ in (*SUBJECTS, "mark", "neg", "aux") for c in verb.children):
        return None  # 'while killing', a subject of its own: not the event's toll
    written = CASUALTY_VERBS.get(verb.lemma_.lower())
    if written is None:
        return None
    if verb.lemma_.lower() in CASUALTY_STATES:  # 'leaving 12 people dead'
        state = [c for c in verb.children if c.lower_ in CASUALTY_STATES[verb.lemma_.lower()]]
        if len(state) != 1 or state[0].dep_ not in ("oprd", "acomp", "ccomp", "xcomp", "dobj"):
            return None
        written = f"{written} {state[0].lower_}"
    return written


def _only_hedges_before(mention: NumberMention, noun: Token) -> bool:
    """'19 people', 'at least 19 people', 'two police officers': nothing but a hedge before
    the count ('the 19 people' is a reference, not a toll)."""
    before = [t for t in noun.subtree if t.i < mention.span.start]
    return all(t.lower_ in HEDGE_WORDS for t in before)


def _counted(mention: NumberMention, noun: Token) -> str | None:
    """The words after the number up to its noun: 'police officers'. '40 others' after
    'killing 23 people' are people; after 'killing 3 soldiers', not sure."""
    words = " ".join(t.text for t in noun.doc[mention.span.end : noun.i + 1])
    if words.lower() != "others":
        return words
    participle = noun.head
    first = participle.head if participle.dep_ == "conj" else None
    tolls = [c for c in first.children if c.dep_ == "dobj"] if first is not None else []
    return "people" if [t.lower_ for t in tolls] == ["people"] else None


def _event(
    participle: Token, clause: Clause, names: dict[str, str]
) -> tuple[str, list[Token], dict[int, str]] | None:
    """The main clause of a participle, as it reads after 'when': its subject, its
    simple-past verb and what it says up to the participle."""
    first_participle = participle.head if participle.dep_ == "conj" else participle
    main = first_participle.head
    in_clause = {t.i for t in clause.tokens}
    end = min(t.i for t in first_participle.subtree)  # the event ends where its toll starts
    misread_subject = subject_of_misread(main)  # 'A hijacked beer truck plowed into ...'
    if misread_subject is not None:
        subject = misread_subject
        words = [*(t for t in subject.subtree if t.i < main.i), *main.subtree]
    else:
        if main.pos_ not in ("VERB", "AUX") or not simple_past(main):
            return None
        if main.lemma_ == "be":
            return None  # 'Katrina was one of the deadliest disasters ..., killing 1,300': no
            # event to ask 'when' of (sample Q57's page)
        subjects = [c for c in main.children if c.dep_ in SUBJECTS and c.i in in_clause]
        if len(subjects) != 1 or subjects[0].i > main.i:
            return None
        subject = subjects[0]
        words = list(main.subtree)
    start = min(t.i for t in subject.subtree)
    tokens = sorted(
        (t for t in words if t.i in in_clause and start <= t.i < end), key=lambda t: t.i
    )
    skip = parenthetical(tokens, subject.doc[start:start]) | relative_aside(
        tokens, subject.doc[start:start]
    )
    tokens = [t for t in tokens if t.i not in skip]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if not tokens or any(t.text in QUOTE_CHARS for t in tokens):
        return None
    front = _fronted(main, start, in_clause)
    if front is None:
        return None
    replace = name_replacements([*tokens, *front], names)
    replace.update(pronoun_replacements(clause, names))
    if subject.pos_ == "PRON" and subject.i not in replace:
        return None
    text = render(tokens, replace)
    first = tokens[0]
    if (
        first.i not in replace
        and first.text != "I"
        and (first.pos_ != "PROPN" or capitalised_to_open(first))
    ):
        text = text[:1].lower() + text[1:]  # 'Gunmen opened fire' -> 'when gunmen opened fire'
    if front:
        behind = render(front, replace)
        if front[0].pos_ != "PROPN":
            behind = behind[:1].lower() + behind[1:]
        # the phrase moves only when it names a time or a place and stands alone ('in 1998',
        # not 'hours after the interview')
        named = any(t.ent_type_ == "DATE" or t.pos_ == "PROPN" for t in front)
        if named and not dangling([*tokens, *front], replace):
            return f"{text} {behind}", [*tokens, *front], replace
    return text, tokens, replace


def simple_past(verb: Token) -> bool:
    """'opened', 'was hit': a past tense the 'when' clause can keep as written."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
    if not auxes:
        return verb.tag_ == "VBD"
    return (
        verb.tag_ == "VBN"
        and len(auxes) == 1
        and auxes[0].dep_ == "auxpass"
        and auxes[0].lower_ in ("was", "were")
    )


def _fronted(main: Token, subject_start: int, in_clause: set[int]) -> list[Token] | None:
    """The one phrase of the main verb before its subject ('In 1998', 'Hours after the
    interview'), [] if none, None if anything else stands there (a clause, a quote)."""
    before = [t for t in main.doc[:subject_start] if t.i in in_clause and not t.is_punct]
    if not before:
        return []
    heads = [t for t in before if t.head.i == main.i]
    if len(heads) == 1 and heads[0].dep_ == "advmod" and len(before) == 1:
        return []  # 'Overall, ...', 'Then, ...': a word the question can do without
    if len(heads) != 1 or heads[0].dep_ not in MOVABLE:
        return None
    phrase = sorted(heads[0].subtree, key=lambda t: t.i)
    if {t.i for t in phrase} != {t.i for t in before}:
        return None
    return phrase

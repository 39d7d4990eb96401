"""How many? How much? How long? By what percentage? The wh-questions a number card asks
when its sentence has the plain shape `Subject [aux] Verb ... AMOUNT ...`:

- a count:    'Three prisoners were flown to Qatar' -> 'How many prisoners were flown ...?',
              'Teachers rallied in 2,000 schools' -> 'In how many schools did teachers rally?'
- money:      'X agreed to pay $16 billion for Y' -> 'How much did X agree to pay for Y?',
              'X bought Y for $500 million' -> 'For how much did X buy Y?'
- a percent:  'crude fell 3.38%' -> 'By what percentage did crude fall?',
              'X rose to 12 percent' -> 'To what percentage did X rise?'
- a duration: 'She served for eight years' -> 'How long did she serve?'
- a measure:  'Harbison rushed for 112 yards' -> 'For how many yards did Harbison rush?'

A hedge that only rounds ('about', 'nearly') becomes 'about how many'; a bound ('more than',
'up to') goes with the answer ('How many employees did GateHouse lay off?' 'more than 60').
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainer.extract.clauses.asides import parenthetical, relative_aside
from trainer.extract.clauses.cut import QUOTE_CHARS, Clause, trailing_clauses
from trainer.extract.clauses.infinitive import asked_verb
from trainer.extract.clauses.phrase import (
    MIN_WORDS_NAMED,
    Question,
    long_enough,
    wh_question,
)
from trainer.extract.clauses.render import render, tidy
from trainer.extract.clauses.rewrite import name_replacements
from trainer.extract.clauses.standalone import dangling
from trainer.extract.numbers import NumberMention, interval
from trainer.language.dates import written_out
from trainer.language.numbers import BOUND_HEDGES, CHANGE_VERBS, HEDGE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# A count that is a running total goes stale: "has now", "so far", "to date".
RUNNING_TOTAL = {"now", "far", "date", "currently"}
# The question word for an amount after a preposition, by category and preposition.
AFTER_PREPOSITION = {
    ("money", "for"): "{prep} {about}how much",
    ("money", "by"): "{prep} {about}how much",
    ("money", "at"): "{prep} {about}what price",
    ("percent", "by"): "{prep} {about}what percentage",
    ("percent", "to"): "{prep} {about}what percentage",
}
# 'valued at $150,000', 'estimated at $2 billion': asked 'How much is X valued at?', not
# 'At what price', which is a sale's.
VALUE_VERBS = frozenset(("value", "estimate", "appraise", "price", "put", "peg", "insure"))
COUNT_PREPOSITIONS = frozenset(
    ("in", "at", "on", "from", "to", "by", "for", "with", "across", "among", "against", "into")
)
# 'in nearly three decades' is as often 'the lowest in three decades' as 'within'.
DURATION_PREPOSITIONS = frozenset(("within", "after"))
MEASURE_PREPOSITIONS = frozenset(("for", "by", "within", "over", "across"))
MODIFIERS = frozenset(("amod", "compound"))
# A run's unit, which reads only after its number: 'lost _____ straight', not 'how many straight'.
RUN_UNITS = frozenset(("straight", "in a row"))


def amount_question(
    mention: NumberMention, clause: Clause, names: dict[str, str], as_of: str
) -> Question | None:
    """The wh-question for a number, or None where only a cloze fits. `as_of` is when the
    article's counts held (trainer.model.Article.as_of: ISO month or year, or "")."""
    hedge = mention.hedge.lower()
    about = "about " if hedge and hedge not in ("only", "just", *BOUND_HEDGES) else ""
    if mention.category == "count" and mention.unit not in RUN_UNITS:
        return _count(mention, clause, names, as_of, about)
    if mention.category in ("money", "percent", "duration", "measure"):
        return _amount(mention, clause, names, about)
    return None


def _amount(
    mention: NumberMention, clause: Clause, names: dict[str, str], about: str
) -> Question | None:
    span = mention.span
    root = span.root
    category = mention.category
    size = _size_of(root, span) if category in ("money", "duration") else None
    if size is not None:
        verb, phrase = size.head, list(span.doc[min(t.i for t in size.subtree) : span.end])
        article = "an" if phrase[1].lower_[:1] in "aeiou" else "a"
        noun = " ".join(t.lower_ for t in phrase[1:] if t.i <= size.i)
        how = "how large" if category == "money" else "how long"
        wh = f"{about}{how} {article} {noun}"  # 'How long a maximum sentence ...?'
    elif root.dep_ == "pobj" and root.head.dep_ == "prep":
        prep = root.head
        verb, phrase = prep.head, _without_trailing_phrase(list(prep.subtree), root)
        tail = _unit_tail(phrase, span, prep)
        if tail is None:
            return None
        if category == "duration" and prep.lower_ == "for":
            wh = f"{about}how long"
        elif (category == "duration" and prep.lower_ in DURATION_PREPOSITIONS) or (
            category == "measure" and prep.lower_ in MEASURE_PREPOSITIONS
        ):
            unit = " ".join(t.text for t in span if not t.like_num)
            wh = f"{prep.lower_} {about}how many {unit}{tail}"
        elif category == "money" and prep.lower_ == "at" and prep.head.lemma_ in VALUE_VERBS:
            if prep.head.dep_ in ("acl", "relcl"):
                return None  # 'How much was a painting valued at?': which? A cloze says
            wh = f"{about}how much"  # 'How much is the dress valued at?'
            phrase = [t for t in phrase if t.i != prep.i]
        elif (category, prep.lower_) in AFTER_PREPOSITION:
            wh = AFTER_PREPOSITION[(category, prep.lower_)].format(prep=prep.lower_, about=about)
            wh += tail
        else:
            return None
    elif root.dep_ in ("dobj", "npadvmod") and root.head.pos_ in ("VERB", "AUX"):
        verb, phrase = root.head, list(root.subtree)
        if category == "money" and root.dep_ == "dobj":  # 'spent $3 billion on technology'
            phrase = _without_trailing_phrase(phrase, root)
            if any(_second_predicate_of(c, root) for c in verb.children):
                return None  # 'to inject $X into WeWork and to fund a buyout'
        if category != "money" and phrase[0].i != verb.i + 1:
            return None  # 'recommends all individuals above age 6 months get ...'
        tail = _unit_tail(phrase, span, None)
        if tail is None:
            return None
        if category == "money" and root.dep_ == "dobj":
            wh = f"{about}how much{tail}"
        elif category == "duration":
            if interval(span):
                return None  # 'arrested seven years after he fled': not 'How long was he arrested?'
            wh = f"{about}how long"
        elif category == "percent" and verb.lemma_.lower() in CHANGE_VERBS:
            wh = f"by {about}what percentage"
        elif category == "measure":
            unit = " ".join(t.text for t in span if not t.like_num)
            wh = f"{about}how many {unit}{tail}"
        else:
            return None
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX") or _range_follows(phrase[-1]):
        return None
    # the whole amount goes, its unit too ('rose 10.3 per cent' with 'per cent' parsed apart)
    remove = span.doc[min(phrase[0].i, span.start) : max(phrase[-1].i + 1, span.end)]
    wh = wh[:1].upper() + wh[1:]
    return wh_question(clause, asked_verb(verb), remove, wh, names, MIN_WORDS_NAMED)


def _size_of(root: Token, span: Span) -> Token | None:
    """'McClatchy reported a loss of $304.7 million': the money is the size of the verb's
    object ('a loss'), asked 'How large a loss did McClatchy report?'."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    noun = prep.head
    if noun.dep_ != "dobj" or noun.pos_ != "NOUN" or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    first = min(t.i for t in noun.subtree)
    words = [t for t in span.doc[first : span.start] if t.i != noun.i]
    if [t.lower_ for t in words if t.dep_ not in MODIFIERS and t.lower_ not in HEDGE_WORDS] not in (
        ["a", "of"],
        ["an", "of"],
        ["a", "of", "$"],
        ["an", "of", "$"],
    ):
        return None  # only 'a [net] loss of [about] $X'
    return noun


def _second_predicate_of(conj: Token, amount: Token) -> bool:
    """'... and to fund a buyout': a second verb after the amount with its own object."""
    return (
        conj.dep_ == "conj"
        and conj.i > amount.i
        and any(c.dep_ == "dobj" or (c.dep_ == "aux" and c.lower_ == "to") for c in conj.children)
    )


def _range_follows(last: Token) -> bool:
    """'go 230 miles to 300 miles', 'rose 2% or more': the amount is one end of a range."""
    doc = last.doc
    after = doc[last.i + 1 : last.i + 4]
    return (
        bool(len(after))
        and after[0].lower_ in ("to", "or", "and")
        and any(t.like_num for t in after[1:])
    )


def _without_trailing_phrase(phrase: list[Token], unit: Token) -> list[Token]:
    """'for eight years as the head of the board': the phrase after the amount stays in
    the question ('How long did Swift serve as the head of the board?')."""
    after = [
        c
        for c in unit.children
        if c.dep_ == "prep" and c.i > unit.i and c.lower_ not in ("of", "per")
    ]
    if not after:
        return phrase
    start = min(t.i for t in after[0].subtree)
    return [t for t in phrase if t.i < start]


def _unit_tail(phrase: list[Token], span: Span, prep: Token | None) -> str | None:
    """What the phrase holds beside the amount: ' per barrel' is kept for the question, a
    converted amount in brackets is dropped; anything else ('$9 billion of debt') -> None."""
    inside = {t.i for t in span}
    depth = 0
    tail: list[Token] = []
    for t in phrase:
        if t.text == "(":
            depth += 1
        if depth or t.i in inside or (prep is not None and t.i == prep.i):
            depth -= t.text == ")"
            continue
        if t.i < span.start and (t.lower_ in HEDGE_WORDS or t.text in "$€£¥"):
            continue
        if t.i < span.start or t.is_punct:
            return None
        tail.append(t)
    text = " ".join(t.text for t in tail)
    if text and not (
        (text.startswith("per ") and len(tail) == 2)
        or (text.startswith("of ") and len(tail) <= 3 and tail[-1].pos_ == "NOUN")
    ):
        return None  # ' per barrel', ' of rain' stay with the question word
    return f" {text}" if text else ""


def as_of_phrase(verb: Token, when: str) -> str:
    """'As of November 2019, ' (or 'As of 2019, ') before a count that can change after the
    article; `when` is trainer.model.Article.as_of."""
    if not when:
        return ""
    perfect = any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in verb.children
    )
    running = any(t.lower_ in RUNNING_TOTAL and t.dep_ in ("advmod", "pobj") for t in verb.subtree)
    if not (perfect or running or (verb.tag_ in ("VBZ", "VBP") and verb.lemma_ in ("have", "be"))):
        return ""
    return f"As of {written_out(when)}, "


def _count(
    mention: NumberMention,
    clause: Clause,
    names: dict[str, str],
    as_of: str,
    about: str,
) -> Question | None:
    """'Three Taliban prisoners were flown to Qatar' -> 'How many Taliban prisoners ...?'"""
    number = mention.span[-1]
    noun = number.head
    np = list(noun.subtree)
    if noun.dep_ == "attr" and not any(t.text in QUOTE_CHARS for t in np):
        return _there_are(mention, clause, noun, names, about)
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj") or any(
        t.text in QUOTE_CHARS for t in np
    ):
        return None
    if noun.dep_ == "nsubj" and sum(c.dep_ == "nsubj" for c in noun.head.children) > 1:
        return None  # 'Four overs later Harris claimed ...': a verb with two subjects is a misparse
    aside = parenthetical(np, mention.span)  # '22 games (10 were added ...)'
    np = [t for t in np if t.i not in aside]
    if noun.dep_ in ("dobj", "pobj"):  # 'faces 18 charges in the US': 'in the US' stays
        np = _without_trailing_phrase(np, noun)
        comma = next((t.i for t in np if t.i > noun.i and t.text == ","), None)
        np = [t for t in np if comma is None or t.i < comma]
    ids = {t.i for t in np}
    if any(c.dep_ in ("relcl", "acl", "appos") and c.i in ids for c in noun.children):
        return None
    if any(c.dep_ == "conj" and not _joint_noun(c) for c in noun.children) or len(np) > 10:
        return None
    joint = any(c.dep_ == "conj" for c in noun.children)
    if not joint:  # 'made 25 saves and [Clifton added a goal]': the 'and' joins clauses
        np = [t for t in np if not (t.dep_ == "cc" and t.head.i == noun.i)]
    hedge_ids = {
        t.i
        for t in np
        if t.i < mention.span.start
        and t.dep_ in ("advmod", "quantmod", "det", "amod")
        and t.lower_ in HEDGE_WORDS
    }
    leading = {t.i for t in np if t.i < mention.span.start and t.i not in hedge_ids}
    if leading:
        return None  # 'the 18 staffers', "Swift's first six albums": the count is not all
    of_phrase = {
        t.i
        for c in noun.children
        if c.i > noun.i
        and ((c.dep_ == "prep" and c.lower_ == "of") or (c.dep_ in ("cc", "conj") and joint))
        for t in c.subtree
    }
    if any(t.i > noun.i and t.i not in of_phrase for t in np):
        return None  # "two officers asleep": only '... of X' may follow the noun
    wh_tokens = [t for t in np if t.i >= mention.span.end and t.i not in hedge_ids]
    replace = name_replacements(np, names)
    if noun.dep_ == "pobj":
        prep = noun.head
        if prep.dep_ != "prep" or prep.lower_ not in COUNT_PREPOSITIONS or leading:
            return None
        if prep.i < prep.head.i:
            return None  # 'With three diagnoses, the public ...': a circumstance, not a count
        wh = f"{prep.text.capitalize()} {about}how many " + render(wh_tokens, replace)
        remove = noun.doc[prep.i : np[-1].i + 1]
        return wh_question(clause, prep.head, remove, wh, names, MIN_WORDS_NAMED)
    anchor = as_of_phrase(noun.head, as_of)
    how = f"{about}how many" if anchor else f"{about}how many".capitalize()
    wh = f"{anchor}{how} " + render(wh_tokens, replace)
    if noun.dep_ == "dobj":
        if leading:
            return None
        remove = noun.doc[np[0].i : np[-1].i + 1]
        clause = _without_shortfall(clause, noun.head, np[-1].i)
        return wh_question(clause, asked_verb(noun.head), remove, wh, names, MIN_WORDS_NAMED)
    replace.update(name_replacements(list(noun.head.head.subtree), names))
    return count_subject(mention, clause, noun, np, wh, wh_tokens, replace)


def _without_shortfall(clause: Clause, verb: Token, end: int) -> Clause:
    """'received 192 votes, eight short of the 200 needed': the shortfall after the count
    goes (the question would show two numbers that work the answer out)."""
    for child in verb.children:
        sub = sorted(child.subtree, key=lambda t: t.i)
        if (
            child.i > end
            and child.like_num
            and sub[0].i > 0
            and verb.doc[sub[0].i - 1].text == ","
            and any(t.lower_ in ("short", "shy") for t in sub)
        ):
            gone = {t.i for t in sub} | {sub[0].i - 1}
            return Clause(tuple(t for t in clause.tokens if t.i not in gone), clause.sentence)
    return clause


def _joint_noun(conj: Token) -> bool:
    """'14 supporters and friends of X': a second noun the count covers too (not '14
    supporters and 20 friends', not a clause)."""
    return (
        conj.pos_ == "NOUN"
        and not any(c.dep_ in ("nummod", "det") for c in conj.children)
        and any(c.dep_ == "cc" and c.lower_ == "and" for c in conj.head.children)
    )


def count_subject(
    mention: NumberMention,
    clause: Clause,
    noun: Token,
    np: list[Token],
    wh: str,
    wh_tokens: list[Token],
    replace: dict[int, str],
    skip: frozenset[int] = frozenset(),
) -> Question | None:
    """The count is the subject: 'How many people were killed?' is the clause's rest
    (without `skip`, an aside of the subject's the caller leaves out)."""
    verb = noun.head
    in_clause = {c.i for c in clause.tokens}
    own = verb.head.i not in in_clause  # the clause's own verb: '(only three games ... )'
    if verb.pos_ not in ("VERB", "AUX") or (verb.dep_ not in ("ROOT", "ccomp") and not own):
        return None
    if not verb.is_alpha:
        return None  # a dash the parser took for a verb
    toks = [t for t in verb.subtree if t.i in in_clause and t.i not in skip]
    if toks and toks[0].dep_ == "mark" and toks[0].lower_ == "that" and verb.dep_ == "ccomp":
        toks = toks[1:]  # '(announced) that two infected individuals sought treatment'
    if not toks or toks[0].i != np[0].i:
        return None
    span = noun.doc[np[0].i : np[-1].i + 1]
    # ', which was "extremely distressing,"' and the like go
    cut = trailing_clauses(verb, span) | relative_aside(toks, span)
    rest = [t for t in toks if t.i > np[-1].i and t.i not in cut]
    while rest and rest[-1].is_punct:
        rest = rest[:-1]
    if any(t.text in QUOTE_CHARS for t in rest) or not rest:
        return None
    if rest[0].i != verb.i and not (
        rest[0].head.i == verb.i and rest[0].dep_ in ("aux", "auxpass", "neg", "advmod")
    ):
        return None
    used = [*wh_tokens, *rest]
    source = ""
    if verb.dep_ == "ccomp" and not own:  # 'Taylor wrote that four appointments failed
        said = [c for c in verb.head.children if c.dep_ == "nsubj"]
        named = [t for t in said[0].subtree if t.pos_ == "PROPN"] if said else []
        if not named or said[0].pos_ == "PRON":
            return None  # whose claim?
        aside = {
            t.i for c in said[0].children if c.dep_ in ("relcl", "acl", "appos") for t in c.subtree
        }
        speaker = [t for t in said[0].subtree if not t.is_punct and t.i not in aside]
        source = f", according to {render(speaker, replace)}"
        used += speaker
    if dangling(used, replace):
        return None
    text = tidy(f"{wh} {render(rest, replace)}{source}?")
    if not long_enough(text, used, MIN_WORDS_NAMED):
        return None
    return Question(text, tuple(used))


def _there_are(
    mention: NumberMention, clause: Clause, noun: Token, names: dict[str, str], about: str
) -> Question | None:
    """'According to WHO, there were 3,248 cases reported worldwide' -> 'How many cases were
    reported worldwide, according to WHO?'; 'there were 30 staff vacancies at the facility'
    -> 'How many staff vacancies were there at the facility?'"""
    verb = noun.head
    expl = [c for c in verb.children if c.dep_ == "expl" and c.lower_ == "there"]
    if verb.lemma_ != "be" or len(expl) != 1 or expl[0].i != verb.i - 1 or noun.i < verb.i:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    in_clause = {t.i for t in clause.tokens}
    cut = trailing_clauses(verb, noun.doc[noun.i : noun.i + 1])
    toks = [t for t in verb.subtree if t.i in in_clause and t.i not in cut]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    number = mention.span
    head_words = [t for t in noun.doc[number.end : noun.i + 1]]
    if any(t.dep_ not in ("compound", "amod") for t in head_words[:-1]):
        return None
    before = [t for t in toks if t.i < number.start and t.i not in (expl[0].i, verb.i)]
    before = [t for t in before if not (t.i >= number.start - 3 and t.lower_ in HEDGE_WORDS)]
    front = [t for t in before if t.i < expl[0].i]
    if [t for t in before if t.i > expl[0].i] or any(t.text in QUOTE_CHARS for t in toks):
        return None  # something between 'there were' and the number
    if front:
        heads = {t.i for t in front if t.head.i == verb.i and not t.is_punct}
        phrase = front[0] if len(heads) == 1 else None
        if phrase is None or phrase.head.i != verb.i or phrase.dep_ not in ("prep", "advcl"):
            return None
    body = [t for t in toks if t.i > noun.i]
    participle = bool(body) and body[0].dep_ == "acl" and body[0].tag_ == "VBN"
    replace = name_replacements(toks, names)
    how = f"{about}how many".capitalize()
    text = f"{how} {render(head_words, replace)} {verb.lower_}"
    text += f"{'' if participle else ' there'} {render(body, replace)}"
    if front:
        moved = render([t for t in front if not t.is_punct or t.i < front[-1].i], replace)
        first = front[0]
        moved = moved if first.pos_ == "PROPN" else moved[:1].lower() + moved[1:]
        text = text.rstrip(",") + f", {moved}"
    text = tidy(text).rstrip(",;:") + "?"
    used = [*front, *head_words, *body]
    if dangling(used, replace) or not long_enough(text, used, MIN_WORDS_NAMED):
        return None
    return Question(text, tuple(used))

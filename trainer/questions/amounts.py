"""How much? How long? By what percentage? The wh-questions a number card asks when its
sentence has the plain shape `Subject [aux] Verb ... AMOUNT ...` (counts, 'How many?', are
questions/counts.py's):

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

from collections.abc import Sequence
from typing import TYPE_CHECKING

from trainer.extract.clauses.cut import Clause
from trainer.extract.clauses.infinitive import asked_verb
from trainer.extract.clauses.phrase import MIN_WORDS_NAMED, Question, wh_question
from trainer.extract.clauses.rewrite import organisation_pronoun
from trainer.extract.numbers import NumberMention, interval
from trainer.language.currencies import is_currency
from trainer.language.dates import A_YEAR
from trainer.language.numbers import BOUND_HEDGES, CHANGE_VERBS, HEDGE_WORDS
from trainer.questions.counts import count_question, subject_split, without_trailing_phrase

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

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
# Verbs of a level an amount is at ('stood at $566 billion', 'remained at $2 billion'): a
# total, which 'At what price' asks wrongly.
LEVEL_VERBS = frozenset(("stand", "remain", "sit", "total", "come", "run", "hover"))
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
    if _under_a_negation(mention.span.root):
        return None  # '... is still not how the campaign would like to spend 90 minutes' (Q97)
    hedge = mention.hedge.lower()
    about = "about " if hedge and hedge not in ("only", "just", *BOUND_HEDGES) else ""
    if mention.category == "count" and mention.unit not in RUN_UNITS:
        return count_question(mention, clause, names, as_of, about)
    if mention.category in ("money", "percent", "duration", "measure"):
        return _amount(mention, clause, names, about)
    return None


def _under_a_negation(word: Token) -> bool:
    """Is the number inside a clause a 'not' denies ('a fight is still not how the campaign
    would like to spend 90 minutes')? A wh-question built from it would leave the 'not'
    behind and ask what the article denies; the cloze keeps it."""
    verb = next((a for a in word.ancestors if a.pos_ in ("VERB", "AUX")), None)
    while verb is not None:
        if any(c.dep_ == "neg" for c in verb.children):
            return True
        # up from a complement after its verb ('is not how ... would like to spend ...');
        # a clause of its own ('Stadia is not the only one, as Microsoft launched ...') or
        # one before the verb (a parse that hung a sentence on a later clause) is not denied
        if verb.dep_ not in ("xcomp", "ccomp") or verb.head.i > verb.i:
            return False
        verb = verb.head
    return False


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
        noun = as_written([t for t in phrase[1:] if t.i <= size.i]).lower()
        how = "how large" if category == "money" else "how long"
        wh = f"{about}{how} {article} {noun}"  # 'How long a maximum sentence ...?'
    elif root.dep_ == "pobj" and root.head.dep_ == "prep":
        prep = root.head
        verb, phrase = prep.head, without_trailing_phrase(list(prep.subtree), root)
        tail = _unit_tail(phrase, span, prep)
        if tail is None or (tail and len(phrase) < len(list(prep.subtree))):
            return None  # 'after two years of war between X and Y': 'between' is the war's (Q50)
        if (
            category == "duration"
            and prep.lower_ == "after"
            and len(phrase) < len(list(prep.subtree))
        ):
            return None  # 'to step aside after 37 years in power' (sample Q90, UNGRAM)
        if category == "duration" and prep.lower_ == "for":
            wh = f"{about}how long"
        elif (category == "duration" and prep.lower_ in DURATION_PREPOSITIONS) or (
            category == "measure" and prep.lower_ in MEASURE_PREPOSITIONS
        ):
            unit = _plural(as_written([t for t in span if not t.like_num]))
            wh = f"{prep.lower_} {about}how many {unit}{tail}"
        elif category == "money" and prep.lower_ == "at" and prep.head.lemma_ in VALUE_VERBS:
            if prep.head.dep_ in ("acl", "relcl"):
                return None  # 'How much was a painting valued at?': which? A cloze says
            wh = f"{about}how much"  # 'How much is the dress valued at?'
            phrase = [t for t in phrase if t.i != prep.i]
        elif (category, prep.lower_) in AFTER_PREPOSITION:
            if prep.lower_ == "at" and _a_price_s_subject(prep):
                return None  # 'At what price was the price of the Project Scorpio ...?' (Q49)
            if category == "money" and prep.lower_ == "at" and prep.head.lemma_ in LEVEL_VERBS:
                return None  # 'the deficit, which stood at $566 billion': a total, no price (Q89)
            wh = AFTER_PREPOSITION[(category, prep.lower_)].format(prep=prep.lower_, about=about)
            wh += tail
        else:
            return None
    elif root.dep_ in ("dobj", "npadvmod") and root.head.pos_ in ("VERB", "AUX"):
        verb, phrase = root.head, list(root.subtree)
        if category == "money" and root.dep_ == "dobj":  # 'spent $3 billion on technology'
            phrase = without_trailing_phrase(phrase, root)
            if any(_second_predicate_of(c, root) for c in verb.children):
                return None  # 'to inject $X into WeWork and to fund a buyout'
        if category != "money" and phrase[0].i != verb.i + 1:
            return None  # 'recommends all individuals above age 6 months get ...'
        # '£1.7bn of debt': 'How much debt ...?' ('of its revenue' stays: 'How much of ...')
        tail = _unit_tail(phrase, span, None, bare_of=category == "money" and root.dep_ == "dobj")
        if tail is None:
            return None
        if category == "money" and root.dep_ == "dobj":
            wh = f"{about}how much{tail}"
        elif category == "duration":
            if interval(span):
                return None  # 'arrested seven years after he fled': not 'How long was he arrested?'
            wh = f"{about}how long"
            if tail:  # 'will lose five days of pay': 'How many days of pay ...?' (sample Q51)
                unit = _plural(as_written([t for t in span if not t.like_num]))
                wh = f"{about}how many {unit}{tail}"
        elif category == "percent" and verb.lemma_.lower() in CHANGE_VERBS:
            # 'gained 6 percent of the vote': a share of it, not a rise (sample Q96, VAGUE)
            share = tail and verb.lemma_.lower() == "gain"
            wh = f"{about}what percentage{tail}" if share else f"by {about}what percentage"
        elif category == "measure":
            unit = _plural(as_written([t for t in span if not t.like_num]))
            by = "by " if verb.lemma_.lower() in CHANGE_VERBS else ""  # 'rose 0.4 points'
            wh = f"{by}{about}how many {unit}{tail}"
        else:
            return None
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX") or _range_follows(phrase[-1]):
        return None
    if any(c.dep_ == "conj" and c.pos_ == "ADP" for c in verb.children):
        return None  # 'faces a maximum of 10 years and up to a $250,000 fine': a second object
    if subject_split(asked_verb(verb)):
        return None
    # the whole amount goes, its unit too ('rose 10.3 per cent' with 'per cent' parsed apart)
    remove = span.doc[min(phrase[0].i, span.start) : max(phrase[-1].i + 1, span.end)]
    wh = wh[:1].upper() + wh[1:]
    asked = asked_verb(verb)
    # 'Acme said on Monday it had raised $18 million': the 'it' is Acme's
    speaker, clause = organisation_pronoun(clause, asked, remove)
    made = wh_question(clause, asked, remove, wh, names, MIN_WORDS_NAMED, speaker=speaker)
    if made is not None and category == "money" and _given_to_nothing(verb, root, made.tokens):
        # 'How much are the Raiders to provide?' (Q50), 'how much is the Institute paying(, to
        # rent the facility)?' (Q53): for what?
        return None
    return made


def undated_price(question: str) -> bool:
    """'At what price did Bitcoin trade?' (sample Q49, VAGUE): a price is one of a time,
    which the question (its 'As of' too) must say ('in 2011', 'As of November 2019')."""
    return "what price" in question and not A_YEAR.search(question)


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


def _plural(unit: str) -> str:
    """'By how many percentage points': a unit after 'how many' is plural ('0.3 percentage
    point' writes it singular); a degree sign is read out ('How many degrees Celsius')."""
    if unit.startswith("°"):
        return {"°C": "degrees Celsius", "°F": "degrees Fahrenheit"}.get(unit, "degrees")
    return f"{unit}s" if unit.endswith(" point") else unit


def as_written(tokens: Sequence[Token]) -> str:
    """The words as the text writes them: 'pre-order', never 'pre - order'."""
    return "".join(t.text_with_ws for t in tokens).strip()


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


# Verbs of giving or spending money, which say nothing of the money until they say
# what it is for or whom it goes to.
GIVING_VERBS = frozenset(
    ("provide", "pay", "contribute", "give", "spend", "invest", "donate", "commit", "pledge")
)
# What a verb's own words may be beside its money without saying what the money is for.
BARE_DEPENDENTS = frozenset(("nsubj", "nsubjpass", "aux", "auxpass", "neg", "punct", "cc"))


def _given_to_nothing(verb: Token, money: Token, shown: Sequence[Token]) -> bool:
    """'The Raiders are to provide $500 million, and ...': money given or spent with
    nothing on what for, to whom or when ('provide $650 million of funding', 'pay $5 million
    for the land', 'give $1 million to the school' say). What the sentence said it for must
    be among the words the question kept (`shown`): 'is paying more than $10,000 to rent
    the facility', cut to 'how much is the Institute paying?' (sample Q53), says nothing."""
    if verb.lemma_.lower() not in GIVING_VERBS:
        return False
    kept = {t.i for t in shown}
    own = [
        t
        for c in verb.children
        if c.i != money.i and c.dep_ not in BARE_DEPENDENTS
        for t in c.subtree
        if t.i in kept
    ]
    return not own and not any(c.dep_ == "prep" for c in money.children)


def _unit_tail(
    phrase: list[Token], span: Span, prep: Token | None, bare_of: bool = False
) -> str | None:
    """What the phrase holds beside the amount: ' per barrel' is kept for the question, a
    converted amount in brackets is dropped; anything else ('$9 billion of debt') -> None.
    `bare_of`: an 'of' before a bare noun goes (' of debt' -> ' debt')."""
    inside = {t.i for t in span}
    depth = 0
    tail: list[Token] = []
    for t in phrase:
        if t.text == "(":
            depth += 1
        if depth or t.i in inside or (prep is not None and t.i == prep.i):
            depth -= t.text == ")"
            continue
        if t.i < span.start and (t.lower_ in HEDGE_WORDS or is_currency(t.text)):
            continue
        if t.i < span.start or t.is_punct:
            return None
        tail.append(t)
    text = as_written(tail)
    if text and not (
        (text.startswith("per ") and len(tail) == 2)
        or (text.startswith("of ") and len(tail) <= 3 and tail[-1].pos_ == "NOUN")
    ):
        return None  # ' per barrel', ' of rain' stay with the question word
    if (
        bare_of
        and len(tail) >= 2
        and tail[0].lower_ == "of"
        and tail[1].pos_ not in ("DET", "PRON")
    ):
        text = as_written(tail[1:])
    return f" {text}" if text else ""


# What a subject names when it is itself the price: 'The price of X was reported to be at
# $300' is asked with no 'At what price'.
PRICE_NOUNS = frozenset(("price", "cost", "value", "fare", "fee"))


def _a_price_s_subject(prep: Token) -> bool:
    """The subject of the verb an 'at $300' hangs on (or of the verb above it: 'was reported
    to be at') is a price."""
    verbs = [prep.head, prep.head.head]
    return any(
        t.lemma_.lower() in PRICE_NOUNS
        for verb in verbs
        for c in verb.children
        if c.dep_ in ("nsubj", "nsubjpass")
        for t in c.subtree
    )

"""'What bombers struck targets near Aleppo?' -> Su-34: the aircraft and weapon kinds asked
as wh-questions when the named type sits in a plain subject or object.

The type's noun phrase becomes the wh-phrase: the class word the text uses stays ("Russian
Su-34 bombers" -> "What Russian bombers"); a type named bare is asked with its class
("an F-35 flew" -> "What aircraft flew", "USS Carney fired" -> "What ship fired"). A
subject is asked in place ("What bombers struck ...?"), an object or a "with" phrase
through `wh_question` ("What missiles did the frigate fire ...?", "With what cruise
missiles did Russia attack ...?"). Anything else, or a phrase
with more in it than the type and its modifiers (a possessive, a relative clause, a list),
stays a blank of the sentence: precision first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from trainer.extract.aircraft import AIRCRAFT_WORDS
from trainer.extract.clauses.cut import QUOTE_CHARS, Clause, trailing_clauses
from trainer.extract.clauses.phrase import MAX_WORDS, MIN_WORDS, Question, wh_question
from trainer.extract.clauses.render import render, strip_connective, tidy, words
from trainer.extract.clauses.rewrite import name_replacements
from trainer.extract.clauses.standalone import dangling
from trainer.language.hardware import SHIP_WORDS, WEAPON_CLASS_WORDS
from trainer.language.lexicon import wordset
from trainer.language.text import mentions

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from trainer.extract.aircraft import Mention

# What may stand in a plain "[det] [modifiers] TYPE [class word]" phrase besides the type.
MODIFIER = frozenset(("amod", "compound", "nmod", "nummod", "npadvmod", "punct"))
# The word a bare type is asked with, by form: a ship is a ship, a class is a class.
BARE_CLASS = {"ship": "ship", "flight": "flight"}
# Modifiers that point at other mentions rather than describe a class ("the other F-16 jets").
NOT_A_CLASS = wordset(
    "other same such only last next previous former remaining additional further more few "
    "several many both"
)
# Prepositions whose object is the means of the verb: asked "With what ...?".
INSTRUMENT = frozenset(("with",))
# Class nouns beyond the aircraft and weapon words: "a reconnaissance plane", "rockets".
CLASS_NOUNS = frozenset(
    ("rocket", "gunship", "warship", "frigate", "destroyer", "submarine", "corvette", "cruiser")
)


def which_type(mention: Mention, clause: Clause, names: dict[str, str]) -> Question | None:
    """The wh-question about the mention's type, or None when the sentence has no plain shape."""
    if mention.form not in ("designator", "nickname", "name", "ship"):
        return None  # a flight number or a generic class has no class word to ask with
    span = mention.span
    noun = _head_noun(span)
    if noun is None or any(t.text in QUOTE_CHARS for t in noun.subtree):
        return None
    wh = _wh_phrase(mention, noun)
    if wh is None:
        return None
    phrase = noun.doc[min(t.i for t in noun.subtree) : max(t.i for t in noun.subtree) + 1]
    verb = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in INSTRUMENT and noun.head.dep_ == "prep":
        # 'attacked the city with Kalibr cruise missiles': 'With what cruise missiles ...?'
        phrase = noun.doc[noun.head.i : phrase.end]
        verb, wh = noun.head.head, f"{noun.head.text.capitalize()} w{wh[1:]}"
        noun = noun.head  # the phrase stands where an object would
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
        return None
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return _about_subject(clause, verb, phrase, wh, names, span)
    if noun.dep_ in ("dobj", "prep"):
        question = wh_question(clause, verb, phrase, wh, names)
        if question is None or mentions(question.text, span.text):
            return None
        return question
    return None


def _head_noun(span: Span) -> Token | None:
    """The noun the type names or modifies: 'bombers' in 'Su-34 bombers', the designator
    itself in 'an F-35 flew'. None when the phrase is more than that."""
    root = span.root
    noun = root
    if root.dep_ in MODIFIER and root.head.pos_ in ("NOUN", "PROPN") and root.head.i > root.i:
        noun = root.head
    if noun.pos_ not in ("NOUN", "PROPN") and noun.i not in range(span.start, span.end):
        return None
    subtree = list(noun.subtree)
    if subtree[-1].i - subtree[0].i + 1 != len(subtree):
        return None
    for t in subtree:
        if t.i in range(span.start, span.end) or t.i == noun.i:
            continue
        if t.dep_ not in (*MODIFIER, "det", "advmod") or (t.is_punct and t.tag_ != "HYPH"):
            return None  # a possessive, a relative clause, a list, an 'of' phrase
        if t.dep_ == "det" and t.lower_ not in ("a", "an", "the"):
            return None  # 'these Su-34 bombers', 'some Tornado jets': the det carries meaning
        if t.ent_type_ == "ORDINAL" or t.tag_ in ("JJS", "RBS") or t.lower_ in NOT_A_CLASS:
            return None  # 'the first HIMARS launchers', 'other F-16 jets' name no class
    return noun


def _wh_phrase(mention: Mention, noun: Token) -> str | None:
    """'What Russian bombers', 'What aircraft', 'What frigate', 'What class of destroyers'."""
    span = mention.span
    inside = range(span.start, span.end)
    kept = [
        t
        for t in noun.subtree
        if t.i not in inside and t.dep_ != "det" and not (t.dep_ == "nummod" and t.like_num)
    ]
    if any(span.start < t.i < span.end for t in kept):
        return None
    before = [t for t in kept if t.i < span.start]
    if noun.i in inside:  # the type is the whole phrase: ask with its class
        if len(before) != len(kept) or mention.form == "class":
            return None
        if before and _class_word(before[-1]):
            return "What " + _written(before)  # 'the frigate Admiral Essen': 'What frigate'
        word = BARE_CLASS.get(mention.form) or (
            "aircraft" if mention.kind == "aircraft" else mention.role
        )
        if not word or word == "system":
            return None
        return "What " + _written([*before, word])
    if not kept or kept[-1].i != noun.i or not _class_word(noun):
        return None
    if mention.form == "class":
        return "What class of " + _written([t for t in kept if t.i > span.start])
    return "What " + _written(kept)


def _class_word(token: Token) -> bool:
    word = token.lower_
    return (
        word in AIRCRAFT_WORDS
        or word in WEAPON_CLASS_WORDS
        or word.rstrip("s") in SHIP_WORDS
        or word.rstrip("s") in CLASS_NOUNS
    )


def _written(parts: Sequence[Token | str]) -> str:
    """The phrase as the text writes it ('long-range'), its first word lower-cased unless
    a name; a class word from the knowledge file (a str) goes last."""
    tokens = [p for p in parts if not isinstance(p, str)]
    text = render(tokens, {}) if tokens else ""
    first = tokens[0] if tokens else None
    if first is not None and first.pos_ != "PROPN" and not first.ent_type_:
        text = text[:1].lower() + text[1:]
    extra = [p for p in parts if isinstance(p, str)]
    return tidy(" ".join([text, *extra]))


def _about_subject(
    clause: Clause, verb: Token, phrase: Span, wh: str, names: dict[str, str], answer: Span
) -> Question | None:
    """'Russian Su-34 bombers struck targets near Aleppo' -> 'What Russian bombers struck
    targets near Aleppo?': the subject's place takes the wh-phrase, nothing else moves."""
    if verb.dep_ not in ("ROOT", "ccomp") or verb.tag_ == "VBG":
        return None
    in_clause = {t.i for t in clause.tokens}
    toks = strip_connective([t for t in verb.subtree if t.i in in_clause])
    if not toks or toks[0].i != phrase.start:
        return None  # something before the subject: a wh-phrase must come first
    cut = trailing_clauses(verb, phrase)
    rest = [t for t in toks if t.i >= phrase.end and t.i not in cut]
    while rest and rest[-1].is_punct:
        rest = rest[:-1]
    if not rest or any(t.text in QUOTE_CHARS for t in rest):
        return None
    if rest[0].i != verb.i and not (
        rest[0].head.i == verb.i and rest[0].dep_ in ("aux", "auxpass", "advmod")
    ):
        return None
    replace = name_replacements(rest, names)
    if dangling(rest, replace):
        return None
    text = tidy(f"{wh} {render(rest, replace)}?")
    if not MIN_WORDS <= words(text) <= MAX_WORDS or mentions(text, answer.text):
        return None
    return Question(text, tuple(rest))

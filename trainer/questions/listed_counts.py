"""Counts a question gives away by listing what it counts: "there'll be _____ versions: the
50 quattro and the 55 quattro" -> two, "With how many missions ..., one carrying Orion and
the other a lander?" -> two, "_____ countries, France, Spain and Italy, signed" -> three.

Pure text, read after the blank (or after "how many"): the counted noun, then a colon, a
dash, a bracket or a comma and a complete list of as many items as the answer; or a chain
"one ..., another ... and a third ..." / "one ... the other"; or "both", "either",
"neither" standing for the counted things. A list that only samples ("including A and B",
"such as", "among them", "and others"), a list of another count ("_____ people from two
countries: ..."), or a list of another length leaves the card alone.
"""

from __future__ import annotations

import re

from trainer.language.lexicon import (
    ARTICLES,
    AUXILIARY_WORDS,
    IRREGULAR_PAST,
    LIST_OPENERS,
    OPEN_LIST_WORDS,
    ORDINAL_WORDS,
    PARTIAL_LIST_ENDINGS,
    PARTIAL_LIST_MARKERS,
    SPEECH_VERBS,
)
from trainer.language.numbers import numbers_in, value_of
from trainer.model import CLOZE_BLANK, CardKind, Fact

# Words that make a list item a clause ('police said', 'Smith and Jones confirmed'):
# auxiliaries, irregular past forms and the forms of the verbs of speech.
CLAUSE_VERBS = (AUXILIARY_WORDS - {"being", "having"}) | IRREGULAR_PAST | {"say", "says", "tells"}
# ('an analysis about the race being undecided' is a thing: no finite verb in it)
CLAUSE_VERBS |= {f"{v}d" if v.endswith("e") else f"{v}ed" for v in SPEECH_VERBS}
# A list longer than this is not read off at a glance: the count is worth asking.
MAX_LISTED = 10
# Words (not counting articles) between the blank and the list: 'versions in Europe:',
# 'companies selected by NASA a year ago:'; fewer before a comma, which also ends clauses.
# A wh-question keeps its verb there ('How many versions will there be: ...?').
MAX_NOUN_WORDS = 6
MAX_NOUN_WORDS_BEFORE_COMMA = 4
MAX_WH_WORDS = 12
# 'things that the chip brings to the table that give it its name:': a counted noun and the
# relative clause that says which, up to the colon that opens their list.
MAX_DESCRIBED_WORDS = 20
_DESCRIBED_NOUN = re.compile(r"^\s*[\w-]+\s+(?:that|which|who)\b", re.IGNORECASE)
# An item longer than this is a clause, not a thing counted.
MAX_ITEM_WORDS = 8
MAX_APPOSITIVE_ITEM_WORDS = 5
# The last item of a list after a colon runs to the sentence's end and may carry its own
# phrases ('... security assurances and repatriation of remains of Americans killed in the
# 1950-53 Korean War', sample Q174, GIVEAWAY): a thing still, when no clause's verb is in it.
MAX_LAST_ITEM_WORDS = 16

_DASHES = "—–―"
_HOW_MANY = re.compile(r"\bhow many\b", re.IGNORECASE)
_WORD = re.compile(r"[\w’'.&-]+")
# Where a list opens after the counted noun, and what may close it.
_OPENING = re.compile(rf"\s*(?::|\s--?\s|[{_DASHES}]|\(|,)\s*")
# (not the full stop of an initial: 'Jeffrey C. Hall')
_SENTENCE_END = r"(?:(?<!\b[A-Z])\.|[;?!])(?:\s|$)|[\"“”]|$"  # or the end of a quotation
_CLOSING = {":": _SENTENCE_END, "(": r"\)", ",": _SENTENCE_END}
_DASH_CLOSING = rf"\s--?\s|[{_DASHES}]|{_SENTENCE_END}"
# "_____ of the three requirements ― water and energy ―": the list may name the part.
_PARTITIVE = re.compile(r"^\s*of\s+(?:(?:the|their|its|his|her|our|these|those)\s+)?[\w-]+")
_CONJUNCTION = re.compile(r",?\s+(?:and|or|nor|as well as)\s+|,\s*", re.IGNORECASE)
_FINAL_CONJUNCTION = re.compile(r"\s(?:and|or|nor|as well as)\s", re.IGNORECASE)
# "one ..., another ... and a third ...", "one ... the other": each member a thing counted.
_ORDINALS = "|".join(ORDINAL_WORDS)
# The chain opens after a comma, colon, dash or bracket, where it stands for the things
# counted: '..., one carrying Orion', not 'in the first attack and the second'.
_CHAIN_START = re.compile(
    rf"[,;:({_DASHES}]\s*(?:one|(?:the|a) first)\b(?!-|\s+(?:another|of\s+the\s+other))",
    re.IGNORECASE,
)
_CHAIN_NEXT = re.compile(
    rf"\b(?:another|(?:a|the) (?:{_ORDINALS})|(?:(?<=and )|(?<=, ))one|(?P<last>the other|the last))"
    r"\b(?!\s+(?:hand|day|way)\b)",
    re.IGNORECASE,
)
_STANDS_FOR_TWO = re.compile(r"^(?:both|either|neither)\b", re.IGNORECASE)
_PARTIAL_OPENING = re.compile(
    rf"^(?:{'|'.join(map(re.escape, PARTIAL_LIST_MARKERS))})(?!\w)", re.IGNORECASE
)


def lists_the_count(fact: Fact) -> bool:
    """Does the question list exactly the things its answer counts?"""
    count = _small_count(fact)
    if count is None:
        return False
    question = fact.question
    if CLOZE_BLANK in question:
        after, wh = question.split(CLOZE_BLANK, 1)[1], False
    else:
        found = _HOW_MANY.search(question)
        if found is None:
            return False
        after, wh = question[found.end() :], True
    return count in (
        _chain_length(after),
        _listed_after_noun(after, wh),
        _ages(after),
        _one_each(after),
    )


# '_____ deaths -- one each in Warren, Leake, Pearl River and Hinds counties': one thing
# counted in each place listed (sample Q57, GIVEAWAY).
_ONE_EACH = re.compile(
    rf"^\s*[\w-]+(?:\s+[\w-]+){{0,{MAX_NOUN_WORDS - 1}}}?\s*(?:,|:|\s--?\s|[{_DASHES}]|\()\s*"
    r"one each (?:in|at|from|for|of|on) (?:the )?(?P<listed>[^.;:?!()\"“”—–-]+)"
)


def _one_each(after: str) -> int | None:
    found = _ONE_EACH.match(after)
    if found is None:
        return None
    listed = found.group("listed")
    final = _FINAL_CONJUNCTION.search(listed)
    if final is None:
        return None
    end = listed.find(",", final.end())  # ', a spokeswoman said': the list ended
    return _items(listed if end < 0 else listed[:end], appositive=False)


# '_____ men aged 28, 27 and 26': one age for each of them.
_AGES = re.compile(r"^\s*[\w-]+\s+aged\s+(\d+(?:\s*,\s*\d+)*,?\s+and\s+\d+)\b")


def _ages(after: str) -> int | None:
    found = _AGES.match(after)
    return len(re.findall(r"\d+", found.group(1))) if found else None


def _small_count(fact: Fact) -> int | None:
    """The answer as a small count of things: 'two', '3', 'three versions'; never an amount
    of money, a share or a measure."""
    if fact.kind == CardKind.NUMBER and fact.answer_type.form != "count":
        return None
    if fact.kind != CardKind.NUMBER and len(fact.answer.split()) > 1:
        return None  # 'two days', '10 cents': a time or an amount, not things to list
    value = value_of(fact.answer_value or fact.answer)
    if value is None or value != int(value) or not 2 <= value <= MAX_LISTED:
        return None
    return int(value)


def _chain_length(after: str) -> int | None:
    """'one carrying Orion and the other an integrated lander' -> 2; 'one ..., another ...
    and a third ...' -> 3. None when no such chain, or it ends open ('the others')."""
    start = _CHAIN_START.search(after)
    if start is None or numbers_in(after[: start.start()]):
        return None
    length, position = 1, start.end()
    for member in _CHAIN_NEXT.finditer(after, position):
        between = after[position : member.start()]
        if re.search(r"[.;?!]", between) or len(_WORD.findall(between)) < 2:
            break  # another sentence, or 'one another', 'one after the other'
        if re.match(r"s\b", after[member.end() :]):
            return None  # 'the others': how many is not said
        length, position = length + 1, member.end()
        if member.group("last"):
            break
    return length if length > 1 else None


def _listed_after_noun(after: str, wh: bool) -> int | None:
    """'_____ versions: the 50 quattro and the 55 quattro' -> 2; '_____ countries, France,
    Spain and Italy, signed' -> 3; '_____ suspects, both men' -> 2."""
    opening = _OPENING.search(after)
    if opening is None:
        return None
    noun = after[: opening.start()]
    mark = opening.group().strip()[:1] or ","
    words = _WORD.findall(_PARTITIVE.sub("", noun))
    far = len([w for w in words if w.lower() not in ARTICLES])
    limit = MAX_NOUN_WORDS if mark != "," else MAX_NOUN_WORDS_BEFORE_COMMA
    if mark == ":" and _DESCRIBED_NOUN.match(noun):
        limit = MAX_DESCRIBED_WORDS  # '_____ things that the Ryzen PRO brings ...: A, B, C'
    if far > (MAX_WH_WORDS if wh else limit) or re.search(r"[;?!\"“”]", noun):
        return None  # far from the counted noun
    if numbers_in(_PARTITIVE.sub("", noun)):
        return None  # '_____ people from two countries: ...' lists the other count's things
    # '_____ people were killed: ...' may list what happened ('in May' is no 'may'): only a
    # list of things counts then ('_____ victims have died: a teacher, a police officer ...')
    told = not wh and bool(AUXILIARY_WORDS & {w for w in words if w.islower()})
    if told and mark != ":":
        return None
    rest = after[opening.end() :]
    if _STANDS_FOR_TWO.match(rest) and not _FINAL_CONJUNCTION.search(_first_clause(rest)):
        # '_____ suspects, both men in their 20s'; not 'between Acme and Foo, both ...'
        return None if _FINAL_CONJUNCTION.search(noun) else 2
    if mark == "," and words and not words[-1].islower():
        return None  # 'from Dover, Hull and Leeds': the comma may be inside the list
    closing = _DASH_CLOSING if mark in "-" + _DASHES else _CLOSING[mark]
    end = re.search(closing, rest)
    listed = rest[: end.start()] if end else rest
    listed = _RELATIVE_TAIL.sub("", listed)  # '... and a 75-year-old man, who was not named'
    listed = _SOURCE_TAIL.sub("", listed)  # '...: convert, leave or be killed, Dhar said.'
    if mark == ",":
        listed = _appositive(listed)
    return _items(listed, appositive=mark == "," or told, colon=mark == ":")


# Who told the list, after it: '_____ options: convert to Islam, leave or be killed, L.N.
# Dhar said' (sample Q109, GIVEAWAY).
_SOURCE_TAIL = re.compile(
    r",\s*(?:[\w.'’-]+\s+){1,4}(?:said|says|told|added|wrote)\b[^,]*$|,\s*according to\b.*$"
)
# A clause on the list's last item: not an item of its own.
_RELATIVE_TAIL = re.compile(r",\s*(?:who|whom|whose|which)\b.*$", re.DOTALL)


def _first_clause(text: str) -> str:
    return re.split(rf"[,.;:?!(){_DASHES}]", text, maxsplit=1)[0]


def _appositive(listed: str) -> str:
    """'France, Spain and Italy, signed the treaty' -> 'France, Spain and Italy': the list
    ends at the comma after its last item; with no 'and' or 'or', no list."""
    final = _FINAL_CONJUNCTION.search(listed)
    if final is None:
        return ""
    comma = listed.find(",", final.end())
    return listed if comma < 0 else listed[:comma]


def _items(listed: str, *, appositive: bool, colon: bool = False) -> int | None:
    """How many things a list names: 'the 50 quattro and the 55 quattro' -> 2, 'a pilot and
    two passengers' -> 3. None when it is no complete list of things. An appositive's items
    are short and open like a noun phrase (a comma also joins clauses)."""
    max_words = MAX_APPOSITIVE_ITEM_WORDS if appositive else MAX_ITEM_WORDS
    listed = listed.strip(" ,")
    lowered = listed.lower()
    if not _FINAL_CONJUNCTION.search(listed) or _PARTIAL_OPENING.match(listed):
        return None
    if any(re.search(rf"\b{re.escape(e)}\W*$", lowered) for e in PARTIAL_LIST_ENDINGS):
        return None  # 'A, B and others'
    listed = re.sub(r"^(?:both|either|neither)\s+", "", listed, flags=re.IGNORECASE)
    total = 0
    items = _CONJUNCTION.split(listed)
    for at, item in enumerate(items):
        words = _WORD.findall(item)
        longest = MAX_LAST_ITEM_WORDS if colon and at == len(items) - 1 else max_words
        if not words or len(words) > longest or words[0].lower() in OPEN_LIST_WORDS:
            return None
        if CLAUSE_VERBS & {w for w in words if w.islower()} and words[0] != "be":
            return None  # '..., the mayor and the police chief said': a clause, no thing
            # ('leave or be killed': options, each a verb's bare form)
        if appositive and not _names_a_thing(words[0]):
            return None  # '..., met the leaders and left': a series of verbs, no list
        total += _things_in(words)
    return total


def _names_a_thing(word: str) -> bool:
    """An appositive item opens with a name, an article or possessive, or a number."""
    return word[:1].isupper() or word[:1].isdigit() or word.lower() in LIST_OPENERS


def _things_in(words: list[str]) -> int:
    """'a pilot' -> 1, 'his two sons' -> 2: a number opening an item (after an article or
    a possessive) counts that many things."""
    at = 1 if len(words) > 2 and words[0].lower() in LIST_OPENERS else 0
    value = value_of(words[at]) if len(words) > at + 1 else None
    return int(value) if value and value == int(value) and value < 1000 else 1

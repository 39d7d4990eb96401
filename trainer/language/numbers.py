"""Numbers as articles write them: the pattern that finds one with its hedge and unit,
and its value ("$1.5 billion" -> 1.5e9, "forty" -> 40). Pure text; no spaCy."""

from __future__ import annotations

import re

from trainer.language.currencies import PREFIX, SIGNS, without_currency
from trainer.language.lexicon import COUNT_WORDS, SCALES, wordset
from trainer.language.lexicon import NUMBER_WORDS as ALL_NUMBER_WORDS

# "one" is too often no count ("one of the officers") to ask about.
NUMBER_WORDS = {w: n for w, n in COUNT_WORDS.items() if w != "one"}
WORD_FOR = {v: k for k, v in NUMBER_WORDS.items()}
# Numbers that are names: "911 calls".
NUMBERS_AS_NAMES = {"911", "999", "112"}
# Hedges that bound a number rather than round it: 'how many' would ask something else.
BOUNDS = (
    "more than",
    "less than",
    "fewer than",
    "at least",
    "up to",
    "as many as",
    "as much as",
)
HEDGES = (
    *BOUNDS,
    "an estimated",
    "about",
    "around",
    "nearly",
    "almost",
    "roughly",
    "some",
    "over",
    "only",
    "just",
    "approximately",
    "close to",
)
HEDGE_WORDS = frozenset(" ".join(HEDGES).split())
BOUND_HEDGES = frozenset((*BOUNDS, "over"))
# A lower bound ("more than 60") is also true of every smaller number: wrong answers must
# lie above it; an upper bound ("up to 60") is true of every larger one: they lie below.
LOWER_BOUNDS = frozenset(("more than", "at least", "over"))
# Verbs of change: 'fell 3.38%' is by how much it fell.
CHANGE_VERBS = frozenset(
    (
        *("rise", "fall", "drop", "climb", "gain", "add", "lose", "jump", "slide", "slip"),
        *("grow", "decline", "increase", "decrease", "surge", "plunge", "sink", "tumble"),
        *("soar", "shed", "dip", "advance", "rally", "retreat", "edge", "cut", "reduce"),
        *("raise", "boost", "lower", "shrink", "expand", "slump", "rebound", "ease"),
    )
)
# A toll told in a participle ('..., killing 19 people'), with the form that asks it ('How
# many people were killed when ...?'); 'leaving' tells one only with the state it leaves.
CASUALTY_VERBS = {
    "kill": "killed",
    "injure": "injured",
    "wound": "wounded",
    "hurt": "hurt",
    "leave": "left",
}
# Nouns a figure after them names one of ('level 3 restrictions', 'a Category 4 storm',
# 'Article 50'): the figure counts nothing.
LABEL_NOUNS = wordset(
    """level stage phase tier category grade division round game week article section
    chapter class type title route highway terminal gate flight platform no no. number"""
)
CASUALTY_STATES = {"leave": frozenset(("dead", "injured", "wounded", "homeless", "missing"))}
# Units written into a modifier: "an 11-game streak", "a 10-year sentence".
MODIFIER_UNITS = (
    *("game", "match", "day", "week", "month", "year", "hour", "minute", "mile", "point"),
    *("seat", "member", "page", "story", "round", "hole", "lap", "inning"),
)
# Nouns that name a level a number is given for: 'a new high of 40,816.38', 'the toll'.
LEVEL_NOUNS = frozenset(
    ("high", "low", "record", "total", "level", "toll", "tally", "number", "count", "peak")
)
MEASURE_UNITS = {
    "km",
    "kilometers",
    "kilometres",
    "miles",
    "mile",
    "meters",
    "metres",
    "feet",
    "inches",
    "millimeters",
    "centimeters",
    "mph",
    "tons",
    "tonnes",
    "pounds",
    "kilograms",
    "kg",
    "degrees",
    "acres",
    "gallons",
    "liters",
    "barrels",
    "megawatts",
    "knots",
    "yards",
    "horsepower",
    "hp",
    "gigawatts",
    "kilowatts",
    "gw",
    "mw",
    "kw",
    "twh",
    "gwh",
    "mwh",
    "kwh",
    "square miles",
    "square kilometers",
    "square kilometres",
    "hectares",
}
# Currencies written after the amount: "6.5 billion euros".
CURRENCY_WORDS = {
    "dollars",
    "euros",
    "pounds sterling",
    "yen",
    "yuan",
    "rupees",
    "francs",
    "rubles",
}
CURRENCY_SIGNS = SIGNS
# Scales written as a suffix: "$22.6bn", "€40m".
SUFFIX_SCALES = {"bn": 1e9, "b": 1e9, "m": 1e6, "mn": 1e6, "tn": 1e12, "k": 1e3}
DURATION_UNITS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"}
# Heads that are not units a reader can be asked about.
NOT_UNITS = {"%", "percent", "times", "share", "a.m.", "p.m.", "of", "year", "-", "to"}
_NUM = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
# A whole number in digits or words: "8", "eight".
WORD_OR_DIGITS = rf"\d+|{'|'.join(k for k in NUMBER_WORDS if k != 'hundred')}"

# "4 billion", "400 crore", "1.5 lakh crore" (Indian English: a lakh is 100,000, a crore 10 million)
_WORD_SCALES = "lakh crore|thousand|million|billion|trillion|crore|lakh"
NUMBER_RE = re.compile(
    rf"(?P<hedge>\b(?:{'|'.join(HEDGES)}) )?"
    rf"(?P<core>(?:{PREFIX}){_NUM}k\b|(?:{PREFIX})?{_NUM}(?:(?:bn|mn|tn|m)\b|[ -](?:{_WORD_SCALES})\b)?"
    rf"|(?:{'|'.join(k for k in NUMBER_WORDS if k != 'hundred')})(?: (?:thousand|million|billion))?"
    # 'one million units': 'one' alone is too often no count, with a scale it is one
    r"|one (?:thousand|million|billion|trillion)\b)"
    rf"(?P<unit>%| percentage points?\b| percent| per cent| ?°[CF]\b|(?: (?:{'|'.join(sorted(MEASURE_UNITS | DURATION_UNITS | CURRENCY_WORDS, key=len, reverse=True))}))\b)?",
    re.IGNORECASE,
)


def value_of(text: str) -> float | None:
    # "$100-million" (a modifier) is $100 million
    spaced = re.sub(rf"(?<=\d)-(?=(?:{_WORD_SCALES})\b)", " ", without_currency(text), flags=re.I)
    words = spaced.translate({ord(c): None for c in CURRENCY_SIGNS + ","}).split()
    if not words:
        return None
    first = words[0].lower().removesuffix("%")  # '35%' reads as '35 percent' does
    scale = re.fullmatch(r"([\d.]+)(bn|mn|tn|m|b|k)", first)
    if scale:
        return float(scale.group(1)) * SUFFIX_SCALES[scale.group(2)]
    try:
        value = float(first)
    except ValueError:
        if first == "one" and len(words) > 1 and words[1].lower() in SCALES:
            value = 1.0  # 'one million'
        elif first not in NUMBER_WORDS:
            return None
        else:
            value = float(NUMBER_WORDS[first])
    for w in words[1:]:
        value *= SCALES.get(w.lower(), 1)
    return value


def plain(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


# Every number a text shows, in figures or in words: "22 games", "$5.9 million", "the
# initial dozen", "twenty-two", "three". Not a digit of a name or a time ("787-9",
# "COVID-19", "4:30"), a year ("in 2018") or a reference to a source ("(34)").
_WORDS = "|".join(w for w in ALL_NUMBER_WORDS if w not in SCALES)
_SHOWN = re.compile(
    rf"(?<![\w.,:/-])(?:(?:{PREFIX})?(?P<figure>{_NUM})(?P<suffix>bn|mn|tn|m)?"
    rf"(?![\w:/-]|[.,]\d)|(?P<word>(?:{_WORDS})(?:-(?:{_WORDS}))?)\b)"
    rf"(?: (?P<scale>{'|'.join(SCALES)})\b)?",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_REFERENCE = re.compile(r"\(\d{1,3}\)")


def numbers_in(text: str) -> list[float]:
    """The value of every number the text shows, scales applied ("$1.5 billion" -> 1.5e9)."""
    found: list[float] = []
    for m in _SHOWN.finditer(_REFERENCE.sub(" ", text)):
        figure = m.group("figure")
        if figure and _YEAR.fullmatch(figure) and not m.group("scale"):
            continue
        if figure:
            value = float(figure.replace(",", ""))
        else:  # "twenty-two": the tens and the units
            value = float(sum(ALL_NUMBER_WORDS[w] for w in m.group("word").lower().split("-")))
        if m.group("suffix"):
            value *= SUFFIX_SCALES[m.group("suffix").lower()]
        elif m.group("scale"):
            value *= SCALES[m.group("scale").lower()]
        found.append(value)
    return found


def takes_an(written: str) -> bool:
    """Is a number read with 'an' before it: 'an 18-year-old', 'an $8 million gift', 'an
    eleven-game streak' (eight, eleven, eighteen, eighty-... in figures or words)?"""
    text = without_currency(written.lstrip("~ ")).lower()
    figures = re.match(r"\d[\d,]*", text)
    if figures is None:
        return text[:1] in ("a", "e", "i", "o", "u") and not text.startswith(("one", "uni"))
    digits = figures.group().replace(",", "")
    groups = figures.group().split(",")
    lead = groups[0] if len(groups) > 1 else digits[: len(digits) % 3 or 3]
    # 'eleven thousand', 'eighteen million' read like eleven and eighteen
    return digits[0] == "8" or (len(lead) == 2 and lead in ("11", "18"))

"""Numbers as articles write them: the pattern that finds one with its hedge and unit,
and its value ("$1.5 billion" -> 1.5e9, "forty" -> 40). Pure text; no spaCy."""

from __future__ import annotations

import re

from trainer.language.lexicon import COUNT_WORDS, SCALES

# "one" is too often no count ("one of the officers") to ask about.
NUMBER_WORDS = {w: n for w, n in COUNT_WORDS.items() if w != "one"}
WORD_FOR = {v: k for k, v in NUMBER_WORDS.items()}
# Numbers that are names: "911 calls".
NUMBERS_AS_NAMES = {"911", "999", "112"}
HEDGES = (
    "more than",
    "less than",
    "fewer than",
    "at least",
    "up to",
    "as many as",
    "as much as",
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
}
DURATION_UNITS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"}
# Heads that are not units a reader can be asked about.
NOT_UNITS = {"%", "percent", "times", "share", "a.m.", "p.m.", "of", "year", "-", "to"}
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"

NUMBER_RE = re.compile(
    rf"(?P<hedge>\b(?:{'|'.join(HEDGES)}) )?"
    rf"(?P<core>\$?{_NUM}(?: (?:thousand|million|billion|trillion))?"
    rf"|(?:{'|'.join(k for k in NUMBER_WORDS if k != 'hundred')})(?: (?:thousand|million|billion))?)"
    rf"(?P<unit>%| percent| per cent|(?: (?:{'|'.join(sorted(MEASURE_UNITS | DURATION_UNITS, key=len, reverse=True))}))\b)?",
    re.IGNORECASE,
)


def value_of(text: str) -> float | None:
    words = text.replace("$", "").replace(",", "").split()
    if not words:
        return None
    first = words[0].lower()
    try:
        value = float(first)
    except ValueError:
        if first not in NUMBER_WORDS:
            return None
        value = float(NUMBER_WORDS[first])
    for w in words[1:]:
        value *= SCALES.get(w.lower(), 1)
    return value


def plain(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"

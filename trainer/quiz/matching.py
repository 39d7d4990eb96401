"""Judging a typed reply leniently: is it the card's answer, almost, or wrong?

Ignored everywhere: case, punctuation, accents and the articles a/an/the.
Numbers match by value in any common form ("8000", "8,000", "8k", "eight thousand"),
dates by calendar value ("Oct 20", "October 20", "20 October", "10/20", "2015-10-20"),
people by surname when no other person in play shares it ("Roe" for "Jane Roe").
A small typo gives "almost" (rapidfuzz edit distance), never when the reply is at
least as close to one of the card's wrong choices, and never when digits differ.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from trainer.language import lexicon
from trainer.language.currencies import without_currency
from trainer.language.lexicon import (
    ARTICLES,
    NAME_SUFFIXES,
    NUMBER_WORDS,
    REPLY_TITLES,
    SCALES,
    SURNAME_PARTICLES,
)
from trainer.language.text import fold
from trainer.model import Card
from trainer.study import Verdict

# Words before a name that are not part of it: "President Putin", "Ms. Roe".
HONORIFICS = REPLY_TITLES
# Parts of a surname that a reply may leave out: "Assad" for "Bashar al-Assad".
NAME_PARTICLES = SURNAME_PARTICLES
MONTHS = [month.lower() for month in lexicon.MONTHS]
WEEKDAYS = [day.lower() for day in lexicon.WEEKDAYS]
SUFFIX_SCALES = {"k": 10**3, "m": 10**6, "mn": 10**6, "bn": 10**9, "b": 10**9, **SCALES}

_DIGIT_NUMBER = re.compile(
    r"(?<![\w.])(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+)(\.\d+)?"
    r"(?:\s*(k|mn|m|bn|b|thousand|million|billion|trillion|hundred|dozen|lakh|crore)\b)?"
    r"(\s+crore\b)?",  # "1.5 lakh crore"
    re.IGNORECASE,
)


def _fuzzy_word(word: str, vocabulary: Iterable[str]) -> str | None:
    """The vocabulary word a typo most likely meant (80% similar), if any."""
    from rapidfuzz import fuzz, process  # only typed answers need it: keep start-up quick

    best = process.extractOne(word, vocabulary, scorer=fuzz.ratio, score_cutoff=80)
    return best[0] if best is not None else None


@dataclass(frozen=True)
class Judgement:
    verdict: Verdict
    note: str = ""  # why, in a few words: "surname", "same date", "small typo"


RIGHT = Judgement("right")
WRONG = Judgement("wrong")


# -- text ----------------------------------------------------------------------


def words(text: str) -> list[str]:
    """The words of a reply or answer, with case, accents, punctuation and articles gone."""
    text = fold(text).replace("&", " and ")
    text = re.sub(r"['’`]", "", text)  # O'Brien, Assad's
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)  # 8,000 is 8000
    text = re.sub(r"(?<=\d)\.(?=\d)", " point ", text)  # but 1.5 is not 15
    return [w for w in re.split(r"[^a-z0-9]+", text) if w and w not in ARTICLES]


def normalize(text: str) -> str:
    return " ".join(words(text))


def compact(text: str) -> str:
    """Words run together, so "Tu-160", "Tu 160" and "tu160" compare equal."""
    return "".join(words(text))


def allowed_typos(length: int) -> int:
    if length < 4:
        return 0
    if length <= 7:
        return 1
    if length <= 15:
        return 2
    return 3


def _digits(text: str) -> list[str]:
    return re.findall(r"\d+", text)


def _is_close(reply: str, target: str) -> bool:
    """A small typo away: same digits, and each word within its allowance.

    Words shorter than 6 letters allow one letter added, dropped or swapped, never
    replaced: "Qatr" is Qatar, but "Iran" is not Iraq.
    """
    if not reply or not target or _digits(reply) != _digits(target):
        return False
    reply_words, target_words = reply.split(), target.split()
    if len(reply_words) == len(target_words) > 1:
        if not all(_word_close(r, t) for r, t in zip(reply_words, target_words, strict=True)):
            return False
    elif len(reply_words) == len(target_words) == 1:
        return _word_close(reply, target)
    joined_reply, joined_target = "".join(reply_words), "".join(target_words)
    limit = allowed_typos(len(joined_target))
    return limit > 0 and _distance(joined_reply, joined_target) <= limit


def _word_close(reply: str, target: str) -> bool:
    if reply == target:
        return True
    limit = allowed_typos(len(target))
    if limit == 0:
        return False
    if len(target) < 6:
        swapped = sorted(reply) == sorted(target) and _distance(reply, target) <= 1
        from rapidfuzz.distance import Indel

        return swapped or Indel.distance(reply, target) <= 1
    return _distance(reply, target) <= limit


def _distance(a: str, b: str) -> int:
    from rapidfuzz.distance import DamerauLevenshtein

    return int(DamerauLevenshtein.distance(a, b))


# -- numbers -------------------------------------------------------------------


def parse_number(text: str) -> tuple[float, bool] | None:
    """The one number a reply states, and whether a number word was guessed from a typo.

    None when it states no number or more than one ("224 or 189").
    """
    folded = fold(without_currency(text.strip()))  # "R4 billion", "Rs 400 crore"
    found = list(_DIGIT_NUMBER.finditer(folded))
    if len(found) > 1:
        return None
    if found:
        match = found[0]
        value = float(re.sub(r"[,\u00a0\u202f ]", "", match.group(1)) + (match.group(2) or ""))
        if match.group(3):
            scale = match.group(3).lower()
            value *= {"hundred": 100, "dozen": 12}.get(scale) or SUFFIX_SCALES[scale]
        if match.group(4):
            value *= SCALES["crore"]
        rest = folded[: match.start()] + " " + folded[match.end() :]
        if _number_words(rest) is not None:
            return None  # "2 or three": two numbers
        return value, False
    return _number_words(folded)


def _number_words(text: str) -> tuple[float, bool] | None:
    tokens = [t for t in re.split(r"[^a-z]+", text) if t]
    total, current, seen, guessed = 0, 0, False, False
    run_ended = False
    for token in tokens:
        word = token
        if word not in NUMBER_WORDS and len(word) >= 5 and not run_ended:
            best = _fuzzy_word(word, NUMBER_WORDS.keys())
            if best is not None:
                word, guessed = best, True
        if word in NUMBER_WORDS:
            if run_ended:
                return None  # a second number
            seen = True
            if word in SCALES:
                total += (current or 1) * SCALES[word]
                current = 0
            elif word == "hundred":
                current = (current or 1) * 100
            elif word == "dozen":
                current = (current or 1) * 12
            else:
                current += NUMBER_WORDS[word]
        elif word in ("and", "a") and seen:
            continue
        elif seen:
            run_ended = True
    if not seen:
        return None
    return float(total + current), guessed


def _same_number(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


# -- dates ---------------------------------------------------------------------

# (year, month, day); None where the text does not say.
DateParts = tuple[int | None, int | None, int | None]


def parse_iso(value: str) -> DateParts | None:
    match = re.fullmatch(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*", value)
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    return year, month, day


def _month(token: str) -> tuple[int, bool] | None:
    """Month number of a word and whether it was a typo: 'sept' -> 9, 'octobr' -> (10, True)."""
    for i, name in enumerate(MONTHS, start=1):
        if token == name or (len(token) >= 3 and name.startswith(token)):
            return i, False
    if len(token) >= 4:
        best = _fuzzy_word(token, MONTHS)
        if best is not None:
            return MONTHS.index(best) + 1, True
    return None


def parse_dates(text: str) -> tuple[list[DateParts], bool]:
    """Every reading of a date reply, and whether a month name was guessed from a typo.

    "10/20" and "20/10" both read as 20 October; "11/10" reads as 10 November or 11 October.
    """
    folded = fold(text).strip()
    iso = re.search(r"\b(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\b", folded)
    if iso:
        found = parse_iso(iso.group(0))
        return ([found] if found else []), False
    numeric = re.search(r"\b(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{2}|\d{4}))?\b", folded)
    if numeric:
        a, b = int(numeric.group(1)), int(numeric.group(2))
        year = _year(numeric.group(3))
        readings = [(year, m, d) for m, d in ((a, b), (b, a)) if _valid(m, d)]
        return list(dict.fromkeys(readings)), False
    tokens = re.split(r"[^a-z0-9]+", folded)
    tokens = [re.sub(r"^(\d{1,2})(st|nd|rd|th)$", r"\1", t) for t in tokens if t]
    month, guessed, day, year = None, False, None, None
    for token in tokens:
        if token.isdigit():
            if len(token) == 4:
                year = int(token)
            elif len(token) <= 2 and day is None:
                day = int(token)
            continue
        if month is None and token not in WEEKDAYS and token not in ("of", "on", "in"):
            found = _month(token)
            if found:
                month, guessed = found
    if month is None:
        if year is not None and day is None and len(tokens) == 1:
            return [(year, None, None)], False
        return [], False
    if day is not None and not _valid(month, day):
        return [], False
    return [(year, month, day)], guessed


def _year(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    return year + 2000 if year < 100 else year


def _valid(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31


def _same_date(reply: DateParts, target: DateParts) -> bool:
    r_year, r_month, r_day = reply
    t_year, t_month, t_day = target
    if r_month != t_month or r_day != t_day:
        return False
    if t_month is None:  # a year-only answer
        return r_year == t_year
    return r_year is None or t_year is None or r_year == t_year


# -- people --------------------------------------------------------------------


def name_words(name: str) -> list[str]:
    tokens = words(name)
    while len(tokens) > 1 and tokens[0] in HONORIFICS:
        tokens = tokens[1:]
    return tokens


def surnames(name: str) -> set[str]:
    """The compact forms a surname may take: {'assad', 'alassad'} for 'Bashar al-Assad'."""
    tokens = name_words(name)
    while len(tokens) > 2 and tokens[-1] in NAME_SUFFIXES:  # "Cox" for "J. David Cox Sr."
        tokens = tokens[:-1]
    if len(tokens) < 2:
        return set()
    forms = {tokens[-1]}
    if tokens[-2] in NAME_PARTICLES:
        forms.add(tokens[-2] + tokens[-1])
    return forms


def _judge_person(reply: str, card: Card, names: Iterable[str]) -> Judgement | None:
    answer_words = name_words(card.answer)
    reply_words = name_words(reply)
    if not reply_words or len(answer_words) < 2:
        return None
    if "".join(reply_words) == "".join(answer_words):
        return RIGHT
    own = surnames(card.answer)
    reply_surname = "".join(reply_words[-1:])
    # "J. Roe", "Janie Roe": the surname, and given names that start like the answer's.
    given_ok = all(
        any(a.startswith(r) for a in answer_words[:-1]) for r in reply_words[:-1] if r not in own
    )
    if not given_ok:
        return None
    others = {
        form
        for other in names
        if normalize(other) != normalize(card.answer)
        for form in surnames(other)
    }
    exact = reply_surname in own or "".join(reply_words) in own
    close = not exact and any(_is_close(reply_surname, s) for s in own)
    if not (exact or close):
        return None
    if own & others:
        clash = next(
            o for o in names if surnames(o) & own and normalize(o) != normalize(card.answer)
        )
        if len(reply_words) == 1:
            return Judgement("wrong", f"ambiguous: {clash} too")
    if exact:
        return Judgement("right", "surname" if len(reply_words) == 1 else "")
    return Judgement("almost", "small typo")


def is_person(card: Card) -> bool:
    return card.kind == "who_said" or "person" in card.tags


# -- the verdict ---------------------------------------------------------------


def judge(reply: str, card: Card, names: Sequence[str] = ()) -> Judgement:
    """Right, almost or wrong for a typed reply to `card`.

    `names` are the people in play (the deck's answers and choices for who-said cards), so a
    surname is accepted only when no one else in play shares it.
    """
    if not words(reply):
        return Judgement("wrong", "no answer")
    targets = [card.answer, *card.accept]
    reply_compact = compact(reply)
    if any(reply_compact == compact(t) for t in targets):
        return RIGHT
    wrong_choices = [compact(c) for c in card.choices if compact(c) != compact(card.answer)]
    if reply_compact in wrong_choices:
        return WRONG

    if card.kind == "number":
        found = _judge_number(reply, card)
        if found is not None:
            return found
    if card.kind == "date":
        found = _judge_date(reply, card)
        if found is not None:
            return found
    if is_person(card):
        found = _judge_person(reply, card, names)
        if found is not None:
            return found

    close = [t for t in targets if _is_close(normalize(reply), normalize(t))]
    if close:
        nearest = min(close, key=lambda t: _distance(reply_compact, compact(t)))
        distance = _distance(reply_compact, compact(nearest))
        if all(_distance(reply_compact, c) > distance for c in wrong_choices):
            return Judgement("almost", _difference(reply, nearest))
    return WRONG


def _difference(reply: str, target: str) -> str:
    """What sets a close reply apart: 'extra word', 'missing word' or 'small typo'."""
    said, meant = normalize(reply).split(), normalize(target).split()
    if len(said) == len(meant) + 1 and any(
        said[:i] + said[i + 1 :] == meant for i in range(len(said))
    ):
        return "extra word"
    if len(meant) == len(said) + 1 and any(
        meant[:i] + meant[i + 1 :] == said for i in range(len(meant))
    ):
        return "missing word"
    return "small typo"


def _judge_number(reply: str, card: Card) -> Judgement | None:
    parsed = parse_number(reply)
    if parsed is None:
        return None
    target = None
    if card.answer_value:
        try:
            target = float(card.answer_value)
        except ValueError:
            target = None
    if target is None:
        from_answer = parse_number(card.answer)
        target = from_answer[0] if from_answer else None
    if target is None:
        return None
    value, guessed = parsed
    if not _same_number(value, target):
        return WRONG
    return Judgement("almost", "small typo") if guessed else Judgement("right", "same number")


def _judge_date(reply: str, card: Card) -> Judgement | None:
    target = parse_iso(card.answer_value) if card.answer_value else None
    if target is None:
        readings, _ = parse_dates(card.answer)
        target = readings[0] if readings else None
    if target is None:
        return None
    readings, guessed = parse_dates(reply)
    if not readings:
        return None
    if not any(_same_date(r, target) for r in readings):
        return WRONG
    return Judgement("almost", "small typo") if guessed else Judgement("right", "same date")

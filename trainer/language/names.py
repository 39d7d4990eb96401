"""People's names as written in articles: titles and possessives off, one key per person."""

from __future__ import annotations

import re
from functools import lru_cache

from trainer.language.lexicon import (
    ABBREVIATED_NAME_SUFFIXES,
    EPITHETS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NAME_TITLES,
    wordset,
)
from trainer.language.text import normalise

# A speech verb opening an inverted attribution, which a tagger may read into the name.
SPEECH_OPENERS = frozenset(("said", "says", "added", "adds", "asked", "asks", "wrote", "writes"))


# A word an editor censored: 'F---', 'f***', 's**t'.
CENSORED = re.compile(r"[A-Za-z][-*]{2,}[A-Za-z]?")


# Words of a day, which end no one's name.
DAY_WORDS = frozenset(
    (
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("today", "tonight", "yesterday"),
    )
)


def without_a_day(words: list[str]) -> list[str]:
    """A name's words without a day the tagger ran into it ('President Trump Saturday
    lashed out': 'Trump Saturday', and "because of Trump Saturday's commission" in a
    question, sample Q151, UNGRAM)."""
    while len(words) > 1 and words[-1].strip(" ,.;:").lower() in DAY_WORDS:
        words = words[:-1]
    return words


# A post's initials before a name ('A.G. Jeff Sessions', 'D.A. Cy Vance'): no part of the
# name, and a giveaway of the post (sample Q166: "what was A.G. Jeff Sessions' position?").
POST_INITIALS = frozenset(("a g", "d a", "ag", "da"))


def clean_name(text: str) -> str:
    """'Mr. Trump's' -> 'Trump': the name without honorifics, epithets or a possessive; the period of
    an abbreviated suffix stays ('J. David Cox Sr.')."""
    text = re.sub(r"(?:'s|’s|'|’)$", "", text.strip())
    words = text.split()
    while len(words) > 1 and (
        normalise(words[0]) in NAME_TITLES
        or (normalise(words[0]) in POST_INITIALS and len(words) > 2)  # 'A.G. Jeff Sessions'
        or words[0].lower() in EPITHETS
        or CENSORED.fullmatch(words[0])
    ):
        words.pop(0)  # 'Mr.', a tabloid's 'Devastated Hayley' (sample Q89), a quote's
        # censored 'F--- Adam Schiff' (sample Q99, UNGRAM)
    if len(words) == 2 and words[0].lower() in SPEECH_OPENERS:
        words.pop(0)  # 'Said Romney: "..."', the tagger's name for Romney (sample Q5)
    words = without_a_day(words)
    name = " ".join(words).strip(" ,.;:")
    last = name.split()[-1:]
    if (
        len(words) > 1
        and last
        and normalise(last[0]) in ABBREVIATED_NAME_SUFFIXES
        and text.rstrip(" ,;:").endswith(".")
    ):
        name += "."
    return name


def surname(name: str) -> str:
    """'James P. Kennedy Jr.' -> 'Kennedy': the last word that is not a generational suffix;
    'Moon Jae-in' -> 'Moon' (a Korean name, its family name first)."""
    words = name.split()
    while len(words) > 1 and normalise(words[-1]) in NAME_SUFFIXES:
        words.pop()
    if family_name_first(words):
        return words[0]
    return words[-1] if words else name


# A Korean given name as romanised in the news: two syllables joined by a hyphen, the
# second in lower case ('Jae-in', 'Ki-moon', 'Jong-un').
KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{1,5}")


# Korean family names as romanised in the news (North and South).
KOREAN_FAMILY_NAMES = wordset(
    """kim lee yi ri park pak choi choe jung chung jeong kang cho jo yoon yun jang chang lim
    han oh seo suh shin kwon hwang ahn song yoo yu hong jeon chun ko moon mun yang son bae
    baek paek heo hur nam noh roh rhee ha kwak sung cha joo ju woo ban ryu"""
)


def family_name_first(words: list[str]) -> bool:
    """'Moon Jae-in', 'Ban Ki-moon': a Korean family name, then a Korean given name (not
    'New Add-ons')."""
    return (
        len(words) == 2
        and words[0].lower() in KOREAN_FAMILY_NAMES
        and KOREAN_GIVEN.fullmatch(words[1]) is not None
    )


@lru_cache(maxsize=1 << 14)
def name_key(name: str) -> str:
    """Normalised name without particles: the same person spelled two ways gets one key."""
    return " ".join(w for w in normalise(name).split() if w not in NAME_PARTICLES)


# Last words of a building's, a place's or an event's name, which a tagger may take for a person's
# ('Trump Tower': sample Q91, offered beside three people). Not those that are surnames too
# ('John Hall', 'Jane House', 'Dan Park').
PLACE_NAME_ENDS = frozenset(
    (
        *("tower", "towers", "building", "center", "centre", "square", "avenue", "palace"),
        *("airport", "stadium", "arena", "hotel", "plaza", "mall", "hospital", "university"),
        # an event's or a work's ('Stein Lecture': sample Q94, offered beside three people)
        *("lecture", "lectures", "award", "awards", "prize", "festival", "summit", "conference"),
        *("museum", "library", "institute", "foundation", "memorial", "cathedral"),
    )
)


# Last words of the name of a thing done or agreed, not of anyone who acts: 'the Diversity
# Visa Program ... drew the ire of Trump' (sample Q103: "Who drew the ire ...?", VAGUE).
THING_NAME_ENDS = frozenset(
    (
        *("program", "programme", "act", "law", "plan", "policy", "initiative", "scheme"),
        *("agreement", "accord", "deal", "treaty", "bill", "amendment", "doctrine", "protocol"),
        *("lottery", "visa"),
    )
)


def is_plausible_name(name: str) -> bool:
    """Up to five capitalised words (or particles), no digit, and no building's or place's
    last word ('Trump Tower')."""
    words = name.split()
    if not words or len(words) > 5:
        return False
    if len(words) > 1 and words[-1].lower() in PLACE_NAME_ENDS:
        return False
    return all(w[:1].isupper() or normalise(w) in NAME_PARTICLES for w in words) and not any(
        ch.isdigit() for ch in name
    )


def same_name_form_first(answer: str, names: list[str], nearby: int) -> list[str]:
    """Names written like the answer first (full names beside a full name, a lone surname
    beside a lone surname), so the option's form gives nothing away. The first `nearby`
    names (the answer's own article) stay ahead of the rest: a person from another story
    is a worse option than a lone surname from this one."""
    full = len(answer.split()) > 1
    return sorted(
        names, key=lambda name: (names.index(name) >= nearby, (len(name.split()) > 1) != full)
    )


def surname_of(name: str) -> str:
    """'Bruce Boudreau' -> 'Boudreau', 'Mr. Trump' -> 'Trump', 'Bashar al-Assad' ->
    'al-Assad', 'Ludwig van Beethoven' -> 'van Beethoven', 'J. David Cox Sr.' -> 'Cox'; a
    lone surname stays."""
    words = clean_name(name).split()
    while len(words) > 1 and normalise(words[-1]) in NAME_SUFFIXES:
        words.pop()
    if family_name_first(words):
        return words[0]
    i = len(words) - 1
    while i > 1 and normalise(words[i - 1]) in NAME_PARTICLES:
        i -= 1
    return " ".join(words[max(i, 0) :])


def _name_form(name: str) -> str:
    words = name.split()
    if len(words) > 1 and normalise(words[0]) in NAME_TITLES:
        return "titled"  # "Mr. Trump", "Ms Persson"
    return "full" if len(words) > 1 else "surname"


def one_name_form(answer: str, wrong: list[str]) -> tuple[str, list[str]]:
    """The answer and wrong names written alike. When they mix forms ("Bruce Boudreau"
    beside "Parise", "Mr. Trump" beside "Phil Levy"), the form alone would give the answer
    away, so all are written as surnames; a wrong name whose surname is the answer's or
    another option's is left out (two Bidens)."""
    if len({_name_form(n) for n in (answer, *wrong)}) == 1:
        return answer, wrong
    short = surname_of(answer)
    taken = {normalise(short)}
    kept: list[str] = []
    for name in wrong:
        key = normalise(surname_of(name))
        if key and key not in taken:
            taken.add(key)
            kept.append(surname_of(name))
    return short, kept

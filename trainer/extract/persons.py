"""The people an article names, and who a later mention ("Roe", "he") means.

`PersonIndex` resolves a mention to the full name as first introduced ("Jane Roe"), or
to nothing when two people share the surname; it is built once per doc. `full_names` is
the surname table the clause rewriter uses to write a lone surname out in full.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from typing import TYPE_CHECKING

from trainer.extract.doc import cached, text_of
from trainer.knowledge.places import known_place
from trainer.language.lexicon import COMPANY_WORDS, NAME_TITLES
from trainer.language.names import clean_name, is_plausible_name, name_key, surname
from trainer.language.text import normalise

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


class PersonIndex:
    """Every person an article names, so a later mention ("Roe") finds the full name
    as first introduced ("Jane Roe"). A surname shared by two people resolves to nothing."""

    def __init__(self, doc: Doc):
        self.full_names: list[str] = []  # in order of first mention
        self.mentions: list[tuple[int, str]] = []  # (char offset, resolved full name)
        by_word: dict[str, list[str]] = {}
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            name = clean_name(_without_leading_words(ent))
            if not is_plausible_name(name) or is_company_name(name):
                continue
            if len(name.split()) >= 2 and not any(
                name_key(name) == name_key(n) or _ends_with(n, name) or same_but_initials(n, name)
                for n in self.full_names
            ):
                # "Joel Eriksson Ek" after "Eriksson Ek": the fuller name takes its place
                shorter = [n for n in self.full_names if _ends_with(name, n)]
                self.full_names = [n for n in self.full_names if n not in shorter]
                self.full_names.append(name)
                for word in (surname(name), name.split()[0]):
                    by_word.setdefault(normalise(word), [])
                    if name not in by_word[normalise(word)]:
                        by_word[normalise(word)].append(name)
        for name in _first_names_the_tagger_missed(doc, self.full_names):
            self.full_names.append(name)
            for word in (surname(name), name.split()[0]):
                by_word.setdefault(normalise(word), []).append(name)
        self._by_word = by_word
        # "Joe and Hunter Biden", "the Bidens": a family shares the surname, so the bare
        # surname names no one in particular.
        text = text_of(doc)
        # 'President Obama' beside 'Michelle Obama': someone else's surname (full_names too)
        self.titled_someone_else = _titled_someone_else(text, self.full_names)
        self._shared_surnames = (
            {
                normalise(m.group(1))
                for m in re.finditer(r"\b[A-Z][a-z]+ and [A-Z][a-z]+ ([A-Z][\w'’-]+)", text)
                # "Josh Bailey and Ryan Pulock" are two people, not a family
                if not re.search(r"[A-Z][\w'’-]* $", text[: m.start()])
                and any(normalise(surname(n)) == normalise(m.group(1)) for n in self.full_names)
            }
            | {
                normalise(m.group(1))
                for m in re.finditer(r"\bthe ([A-Z][\w'’-]+)e?s\b", text)
                if any(normalise(surname(n)) == normalise(m.group(1)) for n in self.full_names)
            }
            | self.titled_someone_else
        )
        self._resolved: dict[str, str | None] = {}
        # a surname of one person only: "Ford" names no one when the article has a Mike Ford
        # and a Dale Ford
        owners = Counter(normalise(surname(n)) for n in self.full_names)
        # surnames several people of the article have ('Mike Ford', 'Dale Ford'): no one's
        self.ambiguous_surnames = frozenset(k for k, n in owners.items() if n > 1)
        self._surnames = {
            normalise(surname(n)): n
            for n in self.full_names
            if normalise(surname(n)) not in self._shared_surnames | self.ambiguous_surnames
        }
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                full = self.resolve(ent.text)
                if full:
                    self.mentions.append((ent.start_char, full))
        for token in doc:  # surnames the tagger missed or took for something else
            if token.pos_ == "PROPN" and token.ent_type_ != "PERSON":
                full = self._surnames.get(normalise(token.text))
                if full and token.text[:1].isupper():
                    self.mentions.append((token.idx, full))
        self.mentions.sort()
        self._offsets = [offset for offset, _ in self.mentions]

    def resolve(self, text: str) -> str | None:
        """The full name for a mention, or None when unknown or ambiguous."""
        if text not in self._resolved:  # a long article names the same people again and again
            self._resolved[text] = self._resolve(text)
        return self._resolved[text]

    def _resolve(self, text: str) -> str | None:
        name = clean_name(text)
        if not is_plausible_name(name):
            return None
        key = name_key(name)
        for full in self.full_names:
            if name_key(full) == key:
                return full
        words = name.split()
        if len(words) == 1:
            if key in self._shared_surnames:
                return None  # "Biden" after "Joe and Hunter Biden"
            surname_matches = [n for n in self.full_names if normalise(surname(n)) == key]
            if len(surname_matches) == 1:
                return surname_matches[0]
            if surname_matches:
                return None  # two people share the surname
            return name if not self._by_word.get(key) else None
        for full in self.full_names:  # "Eriksson Ek" for "Joel Eriksson Ek"
            if _ends_with(full, name):
                return full
        # "Mr. Joe Smith" after "Joseph Smith"? Only an exact surname + first-word match counts.
        for full in self.full_names:
            if normalise(surname(full)) == normalise(surname(name)) and normalise(
                full.split()[0]
            ) == normalise(words[0]):
                return full
        return name

    def persons_between(self, start: int, end: int) -> set[str]:
        first = bisect_left(self._offsets, start)
        last = bisect_left(self._offsets, end)
        return {name for _, name in self.mentions[first:last]}


def _first_names_the_tagger_missed(doc: Doc, known: list[str]) -> list[str]:
    """'Zach Parise' for a speaker the tagger knows only as 'Parise': the article writes
    the surname once after a capitalised name word ("Hours before Zach Parise's goal")
    that the tagger left out of any entity. Only a surname no known person has."""
    from trainer.extract.title_words import is_title

    taken = {normalise(surname(n)) for n in known}
    lone = {
        clean_name(e.text)
        for e in person_entities(doc)
        if len(clean_name(e.text).split()) == 1 and normalise(clean_name(e.text)) not in taken
    }
    found: dict[str, set[str]] = {}
    for token in doc:
        if token.text not in lone or token.i == 0:
            continue
        first = doc[token.i - 1]
        if (
            first.pos_ == "PROPN"
            and first.is_alpha
            and first.text[:1].isupper()
            and first.ent_type_ in ("", "PERSON")
            and not is_title(first)
            and normalise(first.text) not in NAME_TITLES
        ):
            found.setdefault(token.text, set()).add(f"{first.text} {token.text}")
    # one first name only: two ("Zach Parise", "Jane Parise") are two people, or a misreading
    return [next(iter(names)) for names in found.values() if len(names) == 1]


def same_but_initials(a: str, b: str) -> bool:
    """'Donald J. Trump' and 'Donald Trump': the same first name and surname, one with middle
    initials the other leaves out."""
    x, y = name_key(a).split(), name_key(b).split()
    if len(x) < 2 or len(y) < 2 or x == y or x[0] != y[0] or x[-1] != y[-1]:
        return False
    return all(len(w.rstrip(".")) == 1 for w in x[1:-1] + y[1:-1])


def _ends_with(full: str, name: str) -> bool:
    """Is `name` (two words or more) the end of the longer `full` ("Eriksson Ek" of
    "Joel Eriksson Ek")?"""
    f, n = name_key(full).split(), name_key(name).split()
    return 2 <= len(n) < len(f) and f[-len(n) :] == n


def is_company_name(name: str) -> bool:
    """'Dick Clark Productions' is a company the tagger took for a person."""
    return normalise(name.split()[-1]) in COMPANY_WORDS if name.split() else False


def _without_leading_words(ent: Span) -> str:
    """'Hosting Cook' -> 'Cook': a verb the tagger took into a name (a participle opening
    the sentence, or any word it tags as a verb or adjective) is no part of it."""
    tokens = list(ent)
    while (
        len(tokens) > 1
        and tokens[0].is_alpha
        and (
            tokens[0].pos_ not in ("PROPN", "NOUN")
            or (tokens[0].is_sent_start and tokens[0].lower_.endswith("ing") and len(tokens[0]) > 5)
        )
    ):
        tokens.pop(0)
    return ent.doc[tokens[0].i : ent.end].text if tokens else ent.text


def person_index(doc: Doc) -> PersonIndex:
    """One PersonIndex per doc, shared by every question kind."""
    return cached(doc, "trainer.persons", PersonIndex)


def full_names(doc: Doc) -> dict[str, str]:
    """'Roe' -> 'Jane Roe': each surname to the full name it was introduced with, and a first
    name only one person of the article has ('Jane' -> 'Jane Roe'). Worked out once a doc."""
    return dict(cached(doc, "trainer.full_names", _full_names))


def _full_names(doc: Doc) -> dict[str, str]:
    names: dict[str, str] = {}
    persons = [e for e in doc.ents if e.label_ == "PERSON"]
    for full in [*(e.text for e in persons), *_conjoined_names(persons)]:
        full = re.sub(r"['’]s$", "", full).strip()
        if " " not in full:
            continue
        last = surname(full)
        if last in names and same_but_initials(names[last], full):
            continue  # 'Donald Trump' after 'Donald J. Trump': the first one written stays
        if last in names and names[last] != full and not names[last].endswith(full):
            names[last] = ""  # two people share the surname: never expand it
        else:
            names.setdefault(last, full)
    # 'Elise wrote': a first name only one person of the article has, and no one's surname
    # (never of a name ending in a place: 'Ascom North America' is a firm the tagger took
    # for a person)
    firsts: dict[str, set[str]] = {}
    for ent in persons:
        full = re.sub(r"['’]s$", "", ent.text).strip()
        words = full.split()
        if len(words) < 2 or not (words[0].isalpha() and words[0][:1].isupper()):
            continue
        if known_place(words[-1]) or known_place(" ".join(words[-2:])):
            continue
        firsts.setdefault(words[0], set()).add(full)
    for first, owners in firsts.items():
        if len(owners) == 1 and first not in names:
            names[first] = next(iter(owners))
    # 'President Obama' where only Michelle Obama is named in full: someone else's surname
    for last in person_index(doc).titled_someone_else:
        for key in [k for k in names if normalise(k) == last]:
            names[key] = ""
    return {k: v for k, v in names.items() if v}


def _conjoined_names(persons: list[Span]) -> list[str]:
    """'Kevin King and (Australian) Timothy Weeks': a first name and surname joined to a
    person's name by 'and', which the tagger left out of any person ('Weeks' read as a
    date)."""
    out = []
    for ent in persons:
        for other in ent.root.children:
            first = other.doc[other.i - 1]
            if (
                other.dep_ != "conj"
                or other.pos_ != "PROPN"
                or other.ent_type_ == "PERSON"
                or [c.i for c in other.lefts if c.ent_type_ != "NORP"] != [first.i]
                or first.dep_ != "compound"
                or first.pos_ != "PROPN"
                or first.ent_type_ not in ("", "PERSON")
                or not (first.is_alpha and first.text[:1].isupper() and other.text[:1].isupper())
                or normalise(first.text) in NAME_TITLES
            ):
                continue
            out.append(f"{first.text} {other.text}")
    return out


def person_entities(doc: Doc) -> list[Span]:
    """The doc's PERSON entities, found once: `doc.ents` builds every span anew each time."""
    return cached(doc, "trainer.person_ents", _person_entities)


def _person_entities(doc: Doc) -> list[Span]:
    return [e for e in doc.ents if e.label_ == "PERSON"]


# Posts written before a surname alone ("President Obama", "Sen. Warren").
POST_TITLE = re.compile(
    r"\b(President|Vice President|Prime Minister|Senator|Sen\.|Governor|Gov\.|Rep\."
    r"|Secretary|Justice|Judge|Mayor|Chancellor|King|Queen|Pope) ([A-Z][\w'’-]+)\b(?! [A-Z])"
)


def _titled_someone_else(text: str, full_names: list[str]) -> set[str]:
    """'Michelle Obama said she believes President Obama's administration ...': one sentence
    naming a person in full and, apart, a post with the same surname speaks of two people,
    so the surname alone names no one the article introduced ('President Obama's term' is
    never 'President Michelle Obama's term'). A full name given with that post ('President
    Barack Obama') keeps its surname."""
    shared = set()
    for sentence in re.split(r"(?<=[.!?])[\"”’]?\s+", text):
        for m in POST_TITLE.finditer(sentence):
            title, last = m.group(1), normalise(re.sub(r"['’]s$", "", m.group(2)))
            owners = [n for n in full_names if normalise(surname(n)) == last]
            if len(owners) == 1 and owners[0] in sentence and f"{title} {owners[0]}" not in text:
                shared.add(last)
    return shared

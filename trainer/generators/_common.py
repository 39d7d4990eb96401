"""Helpers every generator shares: evidence text, person names, normalised keys.

Functions over a spaCy Doc that return plain strings, never tokens, so facts
carry no spaCy objects.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def text_of(doc: Doc) -> str:
    """The document's text. spaCy's `Doc.text` rebuilds the string from every token on each
    access, which made one generator slower than the parse itself; keep it once per doc."""
    text = doc.user_data.get("trainer.text")
    if text is None:
        text = doc.user_data["trainer.text"] = doc.text
    return text


def wordset(text: str) -> frozenset[str]:
    """A set of words written as one string: keeps long word lists readable."""
    return frozenset(text.split())


def normalise(text: str) -> str:
    """Lower-case ASCII words separated by single spaces: the stuff keys are made of."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def evidence(doc: Doc, start_char: int, end_char: int) -> str:
    """The full sentence(s) covering [start_char, end_char), verbatim from the text,
    never reaching past the paragraph(s) of the span (spaCy's sentences may)."""
    text = text_of(doc)
    para_start = text.rfind("\n\n", 0, start_char)
    para_start = 0 if para_start < 0 else para_start + 2
    para_end = text.find("\n\n", max(end_char - 1, start_char))
    para_end = len(text) if para_end < 0 else para_end
    start, end = start_char, end_char
    for sent in doc.sents:
        if sent.end_char <= start_char:
            continue
        if sent.start_char >= end_char:
            break
        start = min(start, sent.start_char)
        end = max(end, sent.end_char)
    found = text[max(start, para_start) : min(end, para_end)].strip()
    if found[-2:] in (' "', " “"):  # the opening mark of the next quote
        found = found[:-2].rstrip()
    return found


def sentence_text(sent: Span) -> str:
    return text_of(sent.doc)[sent.start_char : sent.end_char].strip()


# Words that may stand before a name inside a PERSON entity but are not part of the name.
HONORIFICS = wordset(
    """mr mrs ms miss dr prof sir dame lord lady sen rep gov gen lt col maj capt cmdr adm sgt
    president pres senator governor judge justice rev father sister brother king queen prince
    princess pope mayor secretary minister chancellor ambassador coach superintendent
    commissioner chairman chairwoman director professor detective inspector sheriff deputy
    chief speaker attorney admiral colonel captain sergeant lieutenant major corporal"""
)
# Particles that do not make two spellings of a name different people ("Bashar al Assad").
NAME_PARTICLES = wordset("al el bin ibn de da di del van von der la le du")


def clean_name(text: str) -> str:
    """'Mr. Trump's' -> 'Trump': the name without honorifics or a possessive."""
    text = re.sub(r"(?:'s|’s|'|’)$", "", text.strip())
    words = text.split()
    while len(words) > 1 and normalise(words[0]) in HONORIFICS:
        words.pop(0)
    return " ".join(words).strip(" ,.;:")


def name_key(name: str) -> str:
    """Normalised name without particles: the same person spelled two ways gets one key."""
    return " ".join(w for w in normalise(name).split() if w not in NAME_PARTICLES)


def same_name_form_first(answer: str, names: list[str], nearby: int) -> list[str]:
    """Names written like the answer first (full names beside a full name, a lone surname
    beside a lone surname), so the option's form gives nothing away. The first `nearby`
    names (the answer's own article) stay ahead of the rest: a person from another story
    is a worse option than a lone surname from this one."""
    full = len(answer.split()) > 1
    return sorted(
        names, key=lambda name: (names.index(name) >= nearby, (len(name.split()) > 1) != full)
    )


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
            name = clean_name(ent.text)
            if not is_plausible_name(name):
                continue
            if len(name.split()) >= 2 and not any(
                name_key(name) == name_key(n) for n in self.full_names
            ):
                self.full_names.append(name)
                for word in (name.split()[-1], name.split()[0]):
                    by_word.setdefault(normalise(word), [])
                    if name not in by_word[normalise(word)]:
                        by_word[normalise(word)].append(name)
        self._by_word = by_word
        # "Joe and Hunter Biden", "the Bidens": a family shares the surname, so the bare
        # surname names no one in particular.
        text = text_of(doc)
        self._shared_surnames = {
            normalise(m.group(1))
            for m in re.finditer(r"\b[A-Z][a-z]+ and [A-Z][a-z]+ ([A-Z][\w'’-]+)", text)
            if any(normalise(n.split()[-1]) == normalise(m.group(1)) for n in self.full_names)
        } | {
            normalise(m.group(1))
            for m in re.finditer(r"\bthe ([A-Z][\w'’-]+)e?s\b", text)
            if any(normalise(n.split()[-1]) == normalise(m.group(1)) for n in self.full_names)
        }
        self._surnames = {
            normalise(n.split()[-1]): n
            for n in self.full_names
            if normalise(n.split()[-1]) not in self._shared_surnames
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

    def resolve(self, text: str) -> str | None:
        """The full name for a mention, or None when unknown or ambiguous."""
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
            surname_matches = [n for n in self.full_names if normalise(n.split()[-1]) == key]
            if len(surname_matches) == 1:
                return surname_matches[0]
            if surname_matches:
                return None  # two people share the surname
            return name if not self._by_word.get(key) else None
        # "Mr. Joe Smith" after "Joseph Smith"? Only an exact surname + first-word match counts.
        for full in self.full_names:
            if normalise(full.split()[-1]) == normalise(words[-1]) and normalise(
                full.split()[0]
            ) == normalise(words[0]):
                return full
        return name

    def persons_between(self, start: int, end: int) -> set[str]:
        return {name for offset, name in self.mentions if start <= offset < end}


def is_plausible_name(name: str) -> bool:
    words = name.split()
    if not words or len(words) > 5:
        return False
    return all(w[:1].isupper() or normalise(w) in NAME_PARTICLES for w in words) and not any(
        ch.isdigit() for ch in name
    )


def person_index(doc: Doc) -> PersonIndex:
    """One PersonIndex per doc, shared by every generator."""
    index = doc.user_data.get("trainer.persons")
    if index is None:
        index = doc.user_data["trainer.persons"] = PersonIndex(doc)
    return index


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]*)*", text)]


def word_count(text: str) -> int:
    return len(re.findall(r"[\w'’-]+", text))

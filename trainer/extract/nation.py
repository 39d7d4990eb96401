"""'the nation', 'the country' written out as the country the article is about.

"How many people were killed across the nation by powerful Typhoon No. 21?" (sample Q53)
and "About how many people were injured across the nation, according to the Fire and
Disaster Management Agency?" (sample Q54) were NONSENSE: which nation? The article says,
the card does not. A question that names no place keeps its fact when the article is
about one country: one that its places name at least MIN_MENTIONS times and twice as
often as any other (its cities and states count for it: 'Tokyo' is Japan's). Otherwise
"the nation" stays as written (readers judged such cards worth studying where the sentence
says enough: "the nation's roads" beside an Ontario court). A question that names a place
("Sweden's agency will mail ... to households in the country") keeps its words too: the
place says which.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from trainer.extract.doc import cached
from trainer.knowledge.places import ALIASES, known_place
from trainer.language.quotation import quote_spans

if TYPE_CHECKING:
    from spacy.tokens import Doc

# ('the country music concert' names a kind of music, sample Q65, NONSENSE)
NATION = re.compile(
    r"\b(?:[Tt]he|[Tt]his) (?:nation|country)(?=(['’]s)?\b)"
    r"(?!\s+(?:music|club|singer|singers|star|stars|song|songs|artist|artists|band|festival"
    r"|house|home|estate|road|roads|side|western|fans?)\b)"
)
PLACE_LABELS = frozenset(("GPE", "NORP", "LOC"))
MIN_MENTIONS = 3
# Countries written with 'the' ('the United States', 'the Philippines').
WITH_THE = frozenset(("Philippines", "Netherlands", "Czech Republic", "Gambia", "Bahamas"))


def nation_written_out(question: str, doc: Doc) -> str:
    """The question with a bare 'the nation' written as the article's country, when one
    leads; words inside quotation marks are the speaker's and stay."""
    quoted, _ = quote_spans(question, 0, len(question), keep_open=True)
    found = [
        m
        for m in NATION.finditer(question)
        if not any(a <= m.start() < b for a, b in quoted) and _a_place_in_it(question, m)
    ]
    if not found or _names_a_place(question, doc):
        return question
    country = main_country(doc)
    if country is None:
        return question
    written = f"the {country}" if country.startswith("United ") or country in WITH_THE else country
    out = question
    for m in reversed(found):
        at_start = m.start() == 0
        name = written[:1].upper() + written[1:] if at_start else written
        out = out[: m.start()] + name + out[m.end() :]
    return out


# Words before 'the nation' that make it a place: 'across the nation', 'in the country'.
WHERE_BEFORE = re.compile(
    r"\b(?:in|across|throughout|around|to|from|within|outside|into|all over)\s+$", re.IGNORECASE
)


def _a_place_in_it(question: str, m: re.Match[str]) -> bool:
    """Is 'the nation' where something is or happens ('killed across the nation'), or
    what it owns ('the nation's roads')? Its people ('the eyes of the nation', 'told the
    nation') are another country's as often (sample Q82, WRONG: 'the eyes of Russia' of a
    US hearing on Russia)."""
    return m.group(1) is not None or WHERE_BEFORE.search(question[: m.start()]) is not None


def main_country(doc: Doc) -> str | None:
    """The country the article's places name most, at least MIN_MENTIONS times and twice
    as often as the next; None when no one country leads so."""
    return cached(doc, "trainer.main_country", _main_country)


def _main_country(doc: Doc) -> str | None:
    counts: Counter[str] = Counter()
    for ent in doc.ents:
        if ent.label_ != "GPE":
            continue
        name = re.sub(r"^the ", "", ent.text)
        info = known_place(name)
        if info is None:
            continue
        if info.type == "country":
            counts[ALIASES.get(name, name)] += 1
        elif (
            info.type in ("city", "state")
            and (parent := known_place(info.parent))
            and parent.type == "country"
        ):
            counts[info.parent] += 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return ranked[0][0]


def _names_a_place(question: str, doc: Doc) -> bool:
    """A place the tagger found, or one the knowledge file knows inside another name
    ('Ontario Superior Court Justice': 'the nation's roads' are Canada's, sample Q14)."""
    names = {e.text for e in doc.ents if e.label_ in PLACE_LABELS and len(e.text) > 1}
    if any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", question) for n in names):
        return True
    words = re.findall(r"[A-Z][\w.'’-]*", question)
    return any(
        known_place(" ".join(words[i : i + n])) is not None
        for n in (1, 2, 3)
        for i in range(len(words) - n + 1)
    )

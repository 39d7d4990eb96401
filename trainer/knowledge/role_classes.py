"""Classes of posts (trainer/data/role_classes.yaml): which people may stand as each
other's wrong answers in a deck of many articles ("a spokesman among spokespeople")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from trainer import yamlio
from trainer.knowledge.places import countries_named
from trainer.language.text import normalise

KNOWLEDGE = Path(__file__).resolve().parent.parent / "data" / "role_classes.yaml"


@dataclass(frozen=True)
class RoleClasses:
    classes: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]  # class, its phrases
    local: frozenset[str]
    of_a_country: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]

    def class_of(self, title_words: list[str]) -> str:
        """The class of a title given as its normalised words, "" when none fits. The
        longest phrase found decides ('attorney general' is legal, not the military's
        'general': 'California Attorney General' was offered as a general's post, sample
        Q163); of phrases as long, the class listed first."""
        found, longest = "", 0
        for name, phrases in self.classes:
            for phrase in phrases:
                if len(phrase) > longest and _contains(title_words, phrase):
                    found, longest = name, len(phrase)
        if not found and countries_named(" ".join(title_words)):
            for name, phrases in self.of_a_country:
                if any(_contains(title_words, phrase) for phrase in phrases):
                    found = name
                    break
        if found and self.local & set(title_words):
            return f"{found}:local"
        return found


def _contains(words: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1))


@cache
def role_classes() -> RoleClasses:
    data = yamlio.load(KNOWLEDGE.read_text(encoding="utf-8"))
    classes = tuple(
        (str(name), tuple(tuple(str(p).split()) for p in phrases))
        for name, phrases in data["classes"].items()
    )
    country = tuple(
        (str(name), tuple(tuple(str(p).split()) for p in phrases))
        for name, phrases in data["of_a_country"].items()
    )
    return RoleClasses(classes, frozenset(str(w) for w in data["local"]), country)


@lru_cache(maxsize=65536)
def title_class(title: str) -> str:
    """The class of a post as written ('U.S. Vice President' -> 'head of government')."""
    return role_classes().class_of(normalise(title).split())

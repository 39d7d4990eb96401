"""A fact-check's verdicts: which claim it rated and the rating it gave ("We rate this claim
Mostly False", "Rating: Pants on Fire", "The claim that ... is false").

Precision first: a verdict is one of three sentence shapes, the rating must be one a
fact-checker's scale lists (trainer/data/ratings.yaml), and the claim must be written out,
in the verdict or in an earlier sentence that reports it ("A viral post claims that ...").
A claim that leans on a pronoun ("that he won") or is too long to ask is no verdict.
Works on sentence strings, so the fact-check filter can use it without a parse.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from trainer.knowledge.ratings import ratings
from trainer.language.lexicon import wordset

# A verdict may open with a word that sums up: "So, we rate ...", "Therefore the claim ...".
_OPENER = r"(?:(?:so|therefore|thus|overall|in short|in sum|in conclusion|ultimately),?\s+)?"
_CLAIM_NOUN = r"(?:claims?|statements?|assertions?|posts?|tweets?|videos?|memes?|images?)"
# Verbs that report a claim before it is rated; "said" only in the article's lead.
_REPORTS = (
    r"(?:claim(?:s|ed)?|asserts?|asserted|purports?|purported|alleg(?:es|ed)|suggests?|suggested)"
)
_SAYS = r"(?:says|said|stated|states|wrote|writes|posted|tweeted)"
CLAIM_THAT = re.compile(rf"\b{_REPORTS}\s+that\s+(?P<claim>.+)$", re.IGNORECASE)
# "said at a town hall on Tuesday that ...": a few words (no comma, no quote) may come between.
SAYS_THAT = re.compile(
    rf"\b{_SAYS}(?:\s+[^\s,;\"“”]+){{0,6}}?\s+that\s+(?P<claim>.+)$", re.IGNORECASE
)
OBJECT_CLAIM = re.compile(rf"\b{_CLAIM_NOUN}\s+that\s+(?P<claim>.+)$", re.IGNORECASE)
LEAD_SENTENCES = 2
# "Claim: The state banned gas stoves." (Snopes, Polygraph.info and others label the claim).
CLAIM_LABEL = re.compile(r"^(?:the\s+)?claim\s*:\s*(?P<claim>.+)$", re.IGNORECASE)
# A labelled claim's first word is lower-cased behind "the claim that" when it is one of these.
LOWER_FIRST = wordset("the a an some many most all every no one two three several more")
# Words a claim lifted out of its article cannot carry: whom do they mean? A possessive
# after a noun of the claim refers to it ("the city cut its budget"); first, to someone else.
PRONOUNS = wordset("he she him hers they them it we us i me you this these those")
POSSESSIVES = wordset("his her its their our my your")
MIN_CLAIM_WORDS, MAX_CLAIM_WORDS = 4, 28
# A sentence with this share of a rated claim's content words restates the claim.
RESTATED = 0.75


@dataclass(frozen=True)
class Verdict:
    sentence: int  # index of the verdict's sentence
    rating: str  # as written in the sentence ("false", "Mostly False")
    claim: str  # the claim, as a clause ("the city of Dover banned bicycles on Monday")


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    alternatives = "|".join(re.escape(r) for r in ratings().every_rating)
    rating = rf"(?P<rating>{alternatives})"
    end = r"\s*[.!]*[\"”]?\s*$"
    we_rate = re.compile(
        rf"^{_OPENER}we\s+(?:rate|rated|give|gave)\s+(?P<object>.+?)\s+(?:as\s+|an?\s+)?"
        rf"{rating}{end}",
        re.IGNORECASE,
    )
    label = re.compile(
        rf"^(?:our\s+)?(?:rating|verdict|ruling|conclusion)\s*:\s*{rating}{end}", re.IGNORECASE
    )
    the_claim_is = re.compile(
        rf"^{_OPENER}(?:the|this|that)\s+{_CLAIM_NOUN}(?:\s+that\s+(?P<claim>.+?))?\s+"
        rf"(?:is|was|are|were)\s+{rating}{end}",
        re.IGNORECASE,
    )
    return we_rate, label, the_claim_is


def verdicts(sentences: Sequence[str]) -> list[Verdict]:
    """Every verdict whose claim is written out, one per claim (the first rating given)."""
    out: list[Verdict] = []
    for i, sentence in enumerate(sentences):
        found = _verdict(sentence.strip())
        if found is None:
            continue
        rating, inline = found
        claim = _clause(inline) if inline else _reported_claim(sentences[:i])
        if claim and all(v.claim != claim for v in out):
            out.append(Verdict(i, rating, claim))
    return out


def lead_claims(sentences: Sequence[str]) -> list[str]:
    """What the lead reports someone said or claimed ("Smith said on Tuesday that ..."):
    in a fact-check, the claim under examination, even when no verdict names it."""
    out = []
    for sentence in sentences[:LEAD_SENTENCES]:
        m = CLAIM_THAT.search(sentence) or SAYS_THAT.search(sentence)
        if m is not None:
            out.append(m.group("claim"))
    return out


def is_verdict(sentence: str) -> bool:
    """A sentence of one of the verdict shapes, whether or not its claim is written out."""
    return _verdict(sentence.strip()) is not None


def restates(sentence: str, claim: str) -> bool:
    """Does the sentence carry the claim: most of its content words and every number of it?
    A rebuttal shares the topic's words, not the claim's figures ("spending rose by 3
    percent" against "cut spending by 40 percent")."""
    wanted = _content_words(claim)
    have = _content_words(sentence)
    numbers = {w for w in wanted if w[:1].isdigit()}
    return bool(wanted) and numbers <= have and len(wanted & have) >= RESTATED * len(wanted)


def _content_words(text: str) -> set[str]:
    return {
        w.lower().removesuffix("'s").removesuffix("’s")
        for w in re.findall(r"[\w'’-]+", text)
        if len(w) > 3 or w[:1].isdigit() or w[:1].isupper()
    }


def _verdict(sentence: str) -> tuple[str, str] | None:
    """(rating, the claim written in the verdict itself or "")."""
    for pattern in _patterns():
        m = pattern.match(sentence)
        if m is None:
            continue
        groups = m.groupdict()
        inline = groups.get("claim") or ""
        if groups.get("object"):
            claim = OBJECT_CLAIM.search(groups["object"])
            inline = claim.group("claim") if claim else ""
        return m.group("rating"), inline
    return None


def _reported_claim(before: Sequence[str]) -> str:
    """The first claim reported before the verdict ("A viral post claims that X"); the
    lead's "X said that Y" too. Two different claims reported: which one was rated?"""
    labelled = [m for s in before if (m := CLAIM_LABEL.match(s.strip()))]
    if len(labelled) == 1:
        claim = labelled[0].group("claim").strip()
        first, _, rest = claim.partition(" ")
        return _clause(f"{first.lower()} {rest}" if first.lower() in LOWER_FIRST else claim)
    claims: list[str] = []
    for i, sentence in enumerate(before):
        text = sentence.strip()
        m = CLAIM_THAT.search(text) or (SAYS_THAT.search(text) if i < LEAD_SENTENCES else None)
        if m is not None:
            claim = _clause(m.group("claim"))
            if claim and claim not in claims:
                claims.append(claim)
    return claims[0] if len(claims) == 1 else ""


def _clause(text: str) -> str:
    """The claim as a clause to follow "the claim that", or "" if it cannot stand alone."""
    text = text.strip().rstrip(".!?").strip().strip("\"“”'‘’").strip()
    text = re.split(r",\s+(?:according to|but|though|although|which)\b", text)[0]
    words = re.findall(r"[\w'’-]+", text)
    if not MIN_CLAIM_WORDS <= len(words) <= MAX_CLAIM_WORDS:
        return ""
    if any(w.lower() in PRONOUNS for w in words) or words[0].lower() in POSSESSIVES:
        return ""
    if re.search(r"[\"“”]", text):
        return ""
    return text

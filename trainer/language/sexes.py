"""What a word says of a person's sex: a pronoun ('she'), a courtesy or noble title
('Mrs Thatcher', 'Sir Keith Joseph'), a person noun ('his wife'). One reading for the
speaker code (extract.pronoun_fit) and the question checks (extract.clauses.whose)."""

from __future__ import annotations

from trainer.language.lexicon import wordset

MALE, FEMALE = "male", "female"
PRONOUNS = {
    **dict.fromkeys(("he", "him", "his", "himself"), MALE),
    **dict.fromkeys(("she", "her", "hers", "herself"), FEMALE),
}
MEN_TITLES = wordset("mr sir lord king prince duke earl baron")
WOMEN_TITLES = wordset("mrs ms miss dame lady queen princess duchess countess baroness madam")
FEMALE_NOUNS = wordset(
    """woman girl lady wife mother mum mom daughter sister aunt niece grandmother granddaughter
    widow girlfriend bride fiancee queen princess stepmother stepdaughter actress businesswoman
    chairwoman spokeswoman congresswoman councilwoman policewoman"""
)
MALE_NOUNS = wordset(
    """man boy gentleman husband father dad son brother uncle nephew grandfather grandson
    widower boyfriend groom fiance king prince stepfather stepson businessman chairman spokesman
    congressman councilman policeman fireman"""
)


def of_pronoun(word: str) -> str:
    """MALE, FEMALE, or '' for a word that is no he/she pronoun."""
    return PRONOUNS.get(word.lower(), "")


def of_title(word: str) -> str:
    """The sex a title before a name says ('Mrs.' -> FEMALE), '' for none."""
    low = word.lower().rstrip(".")
    return MALE if low in MEN_TITLES else FEMALE if low in WOMEN_TITLES else ""


def of_noun(word: str) -> str:
    """The sex a person noun says ('wife' -> FEMALE), '' for none ('parent')."""
    low = word.lower()
    return FEMALE if low in FEMALE_NOUNS else MALE if low in MALE_NOUNS else ""

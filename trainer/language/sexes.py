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


# Given names that, in English-language news, nearly always mean one sex. Only what a
# name rules out is used ('Tommy Thomas' is no "she"); unisex names (Jordan, Taylor,
# Alex, Jean, Andrea, Kim) are in neither list.
MALE_FIRST_NAMES = wordset(
    """aaron adam alan albert alexander andrew anthony antonio arthur barack barry ben
    benjamin bernard bill billy bob bobby brad bradley brandon brett brian bruce bryan carl
    carlos charles charlie christopher clint craig dale dan daniel danny darren dave david
    dennis derek dmitry donald doug douglas dylan eddie edward elon eric ernest eugene frank
    fred frederick gary george gerald gordon graham greg gregory harold harry henry howard
    ian ivan jack jacob jake james jason jeff jeffrey jeremy jerry jim jimmy joe joel john
    johnny jonathan jose joseph joshua juan justin keith kenneth kevin larry lawrence
    luis mark martin matthew michael mike mitch mohammed muhammad nathan neil nicholas nick
    nigel oliver oscar patrick paul peter philip phillip ralph raymond richard rick robert
    roger ronald roy russell ryan samuel scott sean sergei sergey stephen steve steven stuart
    ted terry thomas tim timothy todd tom tommy tony travis victor vladimir walter wayne
    william xavier zach"""
)
FEMALE_FIRST_NAMES = wordset(
    """abigail alice alison amanda amy angela angelina ann anna anne barbara betty beverly
    brenda carol caroline catherine cheryl christina christine cindy claire cynthia deborah
    debbie denise diana diane donna dorothy elizabeth ellen emily emma evelyn fiona frances
    gloria grace hannah heather helen hillary irene jane janet janice jennifer jessica joan
    joyce judith judy julia julie karen katherine kathleen kathy katie kelly laura lauren
    linda lisa lori lucy margaret maria marie marilyn martha mary megan melania
    melissa michelle mildred nancy natalie nicole olivia pamela patricia paula rachel
    rebecca rose ruth sandra sarah sharon shirley sophie stephanie susan teresa theresa
    tiffany victoria virginia wendy"""
)


def of_first_name(name: str) -> str:
    """The sex a person's given name says ('Tommy Thomas' -> MALE), '' when it says none."""
    words = name.split()
    first = words[0].lower().rstrip(".") if len(words) >= 2 else ""
    return MALE if first in MALE_FIRST_NAMES else FEMALE if first in FEMALE_FIRST_NAMES else ""


def a_courtesy_of_the_other_sex(courtesy: str, name: str) -> bool:
    """Is the courtesy title ('Mr.', 'Ms', 'Mrs.', 'Miss') of the other sex than the given
    name of `name` says ('Mr.' and 'Barbara Bush')? False when either says none."""
    title = courtesy.lower().rstrip(".")
    sex = of_first_name(name)
    if not sex or title not in ("mr", "ms", "mrs", "miss"):
        return False
    return (sex == MALE) != (title == "mr")


# Given names of either sex: a given name, but no evidence of one's sex.
UNISEX_FIRST_NAMES = wordset(
    """alex chris jordan taylor pat sam jamie kim robin leslie casey morgan jean andrea
    jesse dana drew lee riley avery cameron"""
)


def a_given_name(word: str) -> bool:
    """Is the word a common given name, of either sex ('Chris', 'Tommy', 'Linda')?"""
    low = word.lower().rstrip(".")
    return low in MALE_FIRST_NAMES | FEMALE_FIRST_NAMES | UNISEX_FIRST_NAMES

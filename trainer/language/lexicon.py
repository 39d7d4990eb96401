"""Every word list the generators and the answer matcher share, defined once.

Lists that two stages use with different reach are written as one common core plus the
words only one of them wants, so no word is listed twice and neither stage changes.
"""

from __future__ import annotations


def wordset(text: str) -> frozenset[str]:
    """A set of words written as one string: keeps long word lists readable."""
    return frozenset(text.split())


# -- the calendar -------------------------------------------------------------------

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# AP style: Jan. Feb. Aug. Sept. Oct. Nov. Dec.; March-July are never abbreviated.
AP_MONTHS = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)
SHORT_MONTHS = tuple(month[:3] for month in MONTHS)  # "Jan", "Feb", ... "Dec"
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# -- numbers --------------------------------------------------------------------------

UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = [
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
]  # 20, 30, ... 90
SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
# Every number word and its value: "seven" -> 7, "forty" -> 40, "dozen" -> 12.
NUMBER_WORDS: dict[str, int] = {
    **{word: value for value, word in enumerate(UNITS)},
    **{word: 20 + 10 * i for i, word in enumerate(TENS)},
    "hundred": 100,
    "dozen": 12,
    **SCALES,
}
# The number words the generators read as a count in running text, in the order their
# patterns try them. "thirteen" or "sixty" are read by the answer matcher only.
COUNT_VALUES = (*range(1, 13), 15, 20, 30, 40, 50, 100)
COUNT_WORDS: dict[str, int] = {
    word: value for word, value in NUMBER_WORDS.items() if value in COUNT_VALUES and word != "dozen"
}

# -- people -------------------------------------------------------------------------

# Titles before a name that both the generators and the answer matcher drop.
HONORIFICS = wordset(
    """mr mrs ms miss dr sir dame prof president secretary minister senator sen rep gov governor
    gen lt col colonel adm admiral maj major capt captain sgt chancellor king queen prince pope"""
)
# Words that may stand before a name inside a PERSON entity but are not part of the name.
NAME_TITLES = HONORIFICS | wordset(
    """lord lady pres cmdr judge justice rev father sister brother princess mayor ambassador
    coach superintendent commissioner chairman chairwoman director professor detective
    inspector sheriff deputy chief speaker attorney sergeant lieutenant corporal"""
)
# Words before a name in a typed reply: "President Putin", "Vice President Pence", "Ms. Roe".
REPLY_TITLES = HONORIFICS | wordset(
    "vice representative general spokesman spokeswoman spokesperson prime"
)
# Generational suffixes after a surname: "James P. Kennedy Jr." is Kennedy.
NAME_SUFFIXES = wordset("jr sr ii iii iv")
# Particles that do not make two spellings of a name different people ("Bashar al Assad").
NAME_PARTICLES = wordset("al el bin ibn de da di del van von der la le du")
# ...and the particles a reply may leave out of a surname ("Assad" for "Bashar al-Assad").
SURNAME_PARTICLES = NAME_PARTICLES | wordset("della den")

# -- speech -------------------------------------------------------------------------

# Verbs that attribute a direct quote: "...," Roe said / Roe told reporters: "...".
SPEECH_VERBS = wordset(
    """say tell add ask note write explain state insist argue warn claim announce reply respond
    continue acknowledge admit emphasize emphasise recall declare testify remark observe comment
    conclude predict suggest urge joke quip concede caution stress assert tweet complain lament
    boast plead vow promise reiterate shout answer agree confirm deny counter repeat mutter post"""
)
# Verbs that report speech whose content may be elsewhere ("He said at a Nov. 6 event."):
# the speech verbs a quote's neighbour sentence may hang on, plus "report" and "recount".
REPORTING_VERBS = wordset(
    """say tell add note state report claim write plead warn argue recount insist explain ask
    reply respond continue"""
)
# Verbs that put someone's words in quotation marks without being verbs of saying:
# 'Trump called the hearing "a disgrace to our country"', 'She directed her staff to "...".'
QUOTING_VERBS = wordset("call describe direct order pledge remember recount")
# A later sentence of a quote opening with one of these leans on the sentence before it.
LEANING_WORDS = wordset(
    """and but so or nor yet therefore thus then hence this that these those such it its they
    them their he she his her also however instead still"""
)
# Bodies an article may call by a common noun after naming them: "the ministry said".
GENERAL_BODY_NOUNS = wordset("company firm group agency organisation organization label")
BODY_NOUNS = GENERAL_BODY_NOUNS | wordset(
    """ministry department office commission council committee court bank union party
    government police army military university foundation network"""
)
# Last words of a company's name, never of a person's: "Dick Clark Productions".
COMPANY_WORDS = wordset(
    """productions inc corp corporation co ltd llc plc group holdings records media
    entertainment partners capital bank airlines airways industries technologies systems
    labs laboratories studios pictures foundation institute association agency ministry"""
)
# Courtesy titles kept before a lone surname: "Mr. Lee".
COURTESY_TITLES = wordset("mr mrs ms miss dr")

# -- grammar ----------------------------------------------------------------------

ARTICLES = frozenset({"a", "an", "the"})

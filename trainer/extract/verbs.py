"""A verb's bare form for do-support ('GM hopes to ...' -> 'does GM hope to ...').

spaCy's lemma is wrong for some present-tense verbs: it reads "hopes" as "hop" + "es". In
English "-es" is added only after s, x, z, ch, sh and o (passes, fixes, watches, goes);
after any other letter the "-s" alone is the ending, so "hopes" is "hope". A verb of the
base tense (VBP) is its own bare form.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# The letters after which English writes "-es" for the third person ('passes', 'goes').
ES_AFTER = frozenset("sxzho")


# Past forms that are never a present one, with their bare forms: the tagger may read one as
# a present ('Caracas and dozens of other cities rang with the boom of tear gas': 'rang'
# tagged VBP, asked 'how long do Caracas and dozens of other cities rang', sample Q164).
PAST_ONLY = {
    "rang": "ring",
    "sang": "sing",
    "sank": "sink",
    "swam": "swim",
    "drank": "drink",
    "shrank": "shrink",
    "swore": "swear",
    "tore": "tear",
    "wore": "wear",
    "woke": "wake",
    "froze": "freeze",
    "drew": "draw",
    "grew": "grow",
    "threw": "throw",
    "withdrew": "withdraw",
    "drove": "drive",
    "rode": "ride",
    "rose": "rise",
    "spoke": "speak",
    "stole": "steal",
    "shook": "shake",
    "overtook": "overtake",
    "forgot": "forget",
    "fought": "fight",
    "taught": "teach",
    "sought": "seek",
    "struck": "strike",
}


def tense_tag(verb: Token) -> str:
    """The verb's tag, a past form the tagger read as a present ('rang' as VBP) told as one."""
    if verb.lower_ in PAST_ONLY and verb.tag_ in ("VBP", "VBZ", "VB"):
        return "VBD"
    return str(verb.tag_)


def bare_form(verb: Token) -> str:
    """The verb's bare form, lower-cased: 'hopes' -> 'hope', 'watches' -> 'watch',
    'said' -> 'say'."""
    text = verb.lower_
    if text in PAST_ONLY:
        return PAST_ONLY[text]
    if verb.tag_ == "VBP" and text.isalpha():
        return text
    lemma = verb.lemma_.lower()
    if (
        verb.tag_ == "VBZ"
        and text.endswith("es")
        and not text.endswith("ies")
        and len(text) > 3
        and text[-3] not in ES_AFTER
        and lemma == text[:-2]
    ):
        return text[:-1]  # 'hopes' read as 'hop' + 'es'
    if text == f"{lemma}ed" and SHORT_STEM.fullmatch(lemma):
        return f"{lemma}e"  # 'loped' read as 'lop' + 'ed': 'lop' would be 'lopped'
    if text.endswith("ied") and lemma == text[:-1] and not lemma.endswith(IE_VERBS):
        return f"{text[:-3]}y"  # 'decertified' read as 'decertifie' + 'd' (sample Q109)
    for ending in ("ing", "ed", "es"):
        stem = text.removesuffix(ending)
        if stem != text and lemma == f"{stem}e" and len(stem) >= 5 and stem.endswith(NO_E_AFTER):
            return stem  # 'relaunching' read as 'relaunche' + 'ing' (sample Q41)
        if stem != text and lemma == f"{stem}e" and DOUBLE_VOWEL_STEM.search(stem):
            return stem  # 'retweeted' read as 'retweete' + 'd' (sample Q139)
    return lemma


# A stem of a doubled 'ee' or 'oo' and one consonant takes no 'e' of its own ('tweeted',
# 'booked', 'greeted'); the lemmatizer guesses one onto verbs it does not know ('retweete').
DOUBLE_VOWEL_STEM = re.compile(r"(?:ee|oo)[dklmnprt]$")


# The verbs whose bare form ends in '-ie' ('untied', 'belied', 'vied'): the rest of '-ied'
# is '-y' ('decertified').
IE_VERBS = ("tie", "lie", "die", "vie")
# Endings after which no English verb adds an 'e' before '-ing' or '-ed' ('launching',
# 'fixed'); the lemmatizer guesses one onto verbs it does not know ('relaunche').
NO_E_AFTER = ("ch", "sh", "ss", "x", "zz")
# A stem of one short vowel and one consonant doubles it before '-ed' ('lopped',
# 'hopped'); written with one, the verb ends in 'e' ('loped', 'hoped'). Not w, x or y,
# which are never doubled ('fixed', 'towed').
SHORT_STEM = re.compile(r"[^aeiou]*[aeiou][b-df-hj-np-tvz]")

"""The words of a post: which nouns head one, which words say where it is held, which mark
it as past, and how a title phrase is written ("a high school teacher", "an envoy").

Word-level rules shared by trainer.extract.roles, kept apart from its phrase-finding; also
the words that make a record of a post ("the first ...") rather than a post.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from trainer.extract.doc import cached
from trainer.language.lexicon import wordset
from trainer.language.posts import FIRST_POSTS, OCCUPATIONS, RECORD_WORDS
from trainer.language.quotation import QUOTE_OPENINGS
from trainer.nlp import TITLE_ABBREVIATIONS, dictionary_word, in_dictionary

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Head nouns of a post or an occupation.
TITLE_NOUNS = (
    wordset(
        """spokesman spokeswoman spokesperson secretary president minister ambassador adviser
    advisor director chief chairman chairwoman chair ceo cfo coo cto officer official commander
    general senator governor mayor attorney judge analyst correspondent reporter professor
    editor head leader coach captain founder cofounder co-founder executive manager prosecutor
    lawyer economist researcher scientist psychologist physician expert representative lawmaker
    investigator
    counsel administrator commissioner superintendent sheriff envoy diplomat meteorologist vp
    premier chancellor dean principal strategist consultant fellow owner partner publisher
    producer author historian professor lecturer surgeon pathologist epidemiologist
    pulmonologist specialist negotiator deputy auditor inspector treasurer speaker whip
    administrator aide ombudsman congressman congresswoman councilman councilwoman councillor
    councilor justice magistrate solicitor trustee curator colonel lieutenant sergeant admiral
    corporal brigadier commandant laureate constable""".lower()
    )
    | OCCUPATIONS
)
# Words that build the name of an office, not where it is held: "Prime Minister",
# "Secretary of State", "Energy Secretary" name no country or firm.
OFFICE_WORDS = wordset(
    """prime vice deputy chief general attorney state foreign interior defense defence home
    finance justice press executive senior energy treasury health education transportation
    commerce labor labour agriculture homeland security trade public national"""
)
# Words of a party: they say who a politician sides with, not where the post is held.
PARTY_WORDS = wordset("republican democrat democratic gop conservative liberal labour tory")
# Nouns that point back at something named elsewhere: "company CEO" (which company?).
REFERRING = wordset("company firm group team club agency department")
# Posts held in someone's service, which say nothing without whose: 'a top adviser'.
SERVING = wordset("adviser advisor aide assistant deputy spokesman spokeswoman spokesperson")
# Words that mark a past post: "former CEO", "ex-CEO", "then-Secretary of State".
PAST = wordset("former onetime one-time")
PAST_PREFIXES = wordset("then ex")
# Tokens a title before a name may be made of besides nouns and adjectives.
LINK_WORDS = wordset("of to for and")


def is_title(token: Token) -> bool:
    """A post or an occupation, written out or abbreviated ("Gov.", "co-CEO")."""
    word = TITLE_ABBREVIATIONS.get(token.text, token.text).lower()
    return word in TITLE_NOUNS or word.rsplit("-", 1)[-1] in TITLE_NOUNS


def whose(tokens: list[Token]) -> str | None:
    """Where the post is held: "named" ("Pentagon spokesman", "CEO of Take-Two", "Acme's
    head"), "" when the title does not say ("Prime Minister", "businessman"), None when it
    points at something unnamed ("the company's chief operating officer": whose?)."""
    if (
        tokens[0].text.endswith(("'s", "’s"))
        or (len(tokens) > 1 and tokens[1].text in ("'s", "’s"))
    ) and not tokens[0].text[:1].isupper():
        return None
    named = names_where(tokens)
    if not named and any(t.lower_ in REFERRING for t in tokens):
        return None  # "company CEO Jane Roe": which company?
    if not named and tokens[-1].lower_ in SERVING and all(t.is_lower for t in tokens):
        return None  # "top adviser Ben Rhodes": whose? (sample Q115, VAGUE); not "Police
        # spokesman", "Vatican spokesman"
    return "named" if named else ""


def names_where(tokens: list[Token]) -> bool:
    for t in tokens:
        if t.lower_ in PARTY_WORDS or is_title(t) or t.lower_ in OFFICE_WORDS:
            continue  # "Republican Governor" says which party, not where
        if t.ent_type_ in ("ORG", "GPE", "NORP", "LOC", "FAC"):
            return True
        if t.text[:1].isupper() and (not t.is_sent_start or a_name(t)):
            return True
    return False


def a_name(t: Token) -> bool:
    """A capitalised word at a sentence start is a name when tagged as one or when the
    article capitalises it elsewhere too ("Wikileaks co-founder ...")."""
    return t.pos_ in ("PROPN", "VERB", "X") or t.text in cached(
        t.doc, "trainer.capitals", _capitals
    )


def _capitals(doc: Doc) -> frozenset[str]:
    return frozenset(t.text for t in doc if t.text[:1].isupper() and not t.is_sent_start)


# Words before a post that say it is held no more: 'fired FBI Director James B. Comey'
# ('As of June 2017, what was James B. Comey's position?', sample Q88, WRONG).
ENDED = wordset("fired ousted sacked dismissed deposed toppled retired late resigned")


def past(tokens: list[Token]) -> bool:
    first = tokens[0] if tokens else None
    if first is not None and first.i > 0 and first.doc[first.i - 1].lower_ in ENDED:
        return True
    return any(
        t.lower_ in PAST
        or (t.lower_ in PAST_PREFIXES and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "-")
        or (t.lower_ == "then" and t.i == tokens[0].i)  # "the then Home Secretary"
        for t in tokens
    )


DATELINE_DASHES = frozenset(("—", "–", "--"))


def capitalised_to_open(token: Token) -> bool:
    """'Suicide bombers struck ...': a word of the dictionary the tagger took for a name,
    before a common noun, capitalised only as the sentence's first, never inside one nor in
    an entity ('Gazprom officials', 'Acme employs' keep their capital)."""
    after_dateline = token.i > 0 and token.doc[token.i - 1].text in DATELINE_DASHES
    return bool(
        (token.is_sent_start or after_dateline)
        and not token.ent_type_
        and token.text.istitle()
        and token.dep_ in ("compound", "amod")
        and token.head.pos_ == "NOUN"
        and dictionary_word(token)
        and token.lower_ not in cached(token.doc, "trainer.capitalised_alone", _capitalised_alone)
    )


def common_word(token: Token) -> bool:
    """Capitalised only because it opens the sentence: the article never capitalises it
    inside a sentence on its own ("the Wild's win" names a team; "Richmond High School"
    is part of a longer name and does not count)."""
    if token.pos_ == "PROPN" or token.ent_type_:
        return False
    return token.lower_ not in cached(token.doc, "trainer.capitalised_alone", _capitalised_alone)


def named_elsewhere(token: Token) -> bool:
    """A capitalised word the article writes as a person's name elsewhere and never in lower
    case ('Trump' of 'President Trump'), whatever the tagger read it as here."""
    return token.text.istitle() and token.lower_ in cached(
        token.doc, "trainer.person_words", _person_words
    )


def _person_words(doc: Doc) -> frozenset[str]:
    """Words of the people's names that the article never writes in lower case and
    capitalises inside a sentence or twice ('Trump' of 'President Trump', a 'Sanders' that
    opens three sentences; not a 'Billionaire' the tagger read as a name once, opening one)."""
    lower = {t.text for t in doc if t.text.islower()}
    seen = Counter(t.lower_ for t in doc if t.text.istitle())
    inside = {t.lower_ for t in doc if not t.is_sent_start and t.text.istitle()}
    inside |= {w for w, n in seen.items() if n >= 2}
    return frozenset(
        t.lower_
        for e in doc.ents
        if e.label_ == "PERSON"
        for t in e
        if t.lower_ not in lower and t.lower_ in inside
    )


def a_noun_read_into_a_name(token: Token) -> bool:
    """'Protests have convulsed the nation ...': a common noun of the dictionary opening the
    sentence, which the recogniser alone tagged as a name of one word ('Protests' as NORP,
    sample Q98, UNGRAM as 'have Protests convulsed')."""
    doc = token.doc
    alone = token.ent_iob_ == "B" and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")
    return bool(
        token.is_sent_start
        and token.pos_ == "NOUN"
        and token.tag_ in ("NN", "NNS")
        and alone
        and (dictionary_word(token) or in_dictionary(token.lemma_.lower(), token))  # 'protest'
        # 'Trump earlier this month canceled ...': the article's 'President Trump' (Q157)
        and not named_elsewhere(token)
    )


def a_plural_read_as_a_name(token: Token) -> bool:
    """'Protesters shut down a major highway in Atlanta on Saturday' after the headline: the
    tagger read the opening plural as a name's (NNPS), with no entity ('did Protesters shut
    down', sample Q182, UNGRAM). A word of the dictionary the article never capitalises
    inside a sentence is no name."""
    return bool(
        token.is_sent_start
        and token.tag_ == "NNPS"
        and not token.ent_type_
        and token.text.istitle()
        and token.lower_.endswith("s")
        and in_dictionary(token.lower_[:-1], token)  # 'protester': the index holds lemmas
        and not named_elsewhere(token)
        and token.lower_ not in cached(token.doc, "trainer.capitalised_alone", _capitalised_alone)
    )


def _capitalised_alone(doc: Doc) -> frozenset[str]:
    """Words (lower-cased) the doc capitalises inside a sentence outside a longer name."""
    alone = set()
    for t in doc:
        if t.is_sent_start or not t.text[:1].isupper() or t.text.islower():
            continue
        before = doc[t.i - 1] if t.i > 0 else None
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if before is not None and before.text in OPENERS:
            continue  # 'says: “Laboratory equipment has ...”': a quotation's first word
        if before is not None and before.text in DATELINE_DASHES:
            continue  # 'KABUL, Afghanistan — Suicide bombers ...': the story's first word
        if not any(_in_a_name(n) for n in (before, after)):
            alone.add(t.lower_)
    # a word of a person's name the article never writes in lower case ('Drescher' of 'Aviva
    # Drescher', opening 'Drescher joined ...': sample Q45)
    lower = {t.text for t in doc if t.text.islower()}
    alone.update(
        t.lower_ for e in doc.ents if e.label_ == "PERSON" for t in e if t.lower_ not in lower
    )
    return frozenset(alone)


# What a capital after it owes nothing to: a quotation's opening mark, a colon.
OPENERS = frozenset((*QUOTE_OPENINGS, ":"))


def _in_a_name(token: Token | None) -> bool:
    return token is not None and token.text[:1].isupper() and token.pos_ == "PROPN"


def plain(tokens: list[Token]) -> bool:
    """Lower-case words that say what a person does, not which post: "veteran industry
    analyst", "talent manager" (unlike "President" or "spokesman")."""
    return len(tokens) >= 2 and all(
        not t.text[:1].isupper() or (t.is_sent_start and not t.ent_type_ and not a_name(t))
        for t in tokens
    )


def indefinite_article(title: str) -> str:
    """'an analyst', 'a Ukraine specialist', 'a European envoy', 'an honorary consul'."""
    vowel = re.match(r"[aio]|e(?!u)|u(?!ni|s[aeu]|kr|ti|ro)|h(?:on|our)", title.lower())
    return "an" if vowel else "a"


def a_record(t: Token) -> bool:
    """'first', 'only', 'youngest', 'most senior': a word that makes a record of a post
    (but "First Lady", "first deputy prime minister" are posts)."""
    if t.tag_ in ("JJS", "RBS"):
        return True
    if t.lower_ not in RECORD_WORDS:
        return False
    after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return after is None or after.lower_ not in FIRST_POSTS


def after_a(t: Token) -> bool:
    """'a best-selling author': one of many, no record."""
    return t.i > 0 and t.doc[t.i - 1].lower_ in ("a", "an")


def after_an_abbreviation(first: Token) -> bool:
    """A title opening a sentence right after a short capitalised word and its period
    ("Asst. | Chief"): the sentence break cut an abbreviated title word off."""
    doc = first.doc
    if not first.is_sent_start or first.i < 2 or doc[first.i - 1].text != ".":
        return False
    word = doc[first.i - 2]
    return not word.whitespace_ and word.is_title and word.is_alpha and 2 <= len(word) <= 4


# Words before a post that say when it was held: capitalised only to open a sentence
# ('Then-President Barack Obama in December expelled ...', sample Q139, UNGRAM: 'did
# Then-President Barack Obama expel'; 'Former Gov. Jane Roe').
TIME_OF_A_POST = re.compile(r"^(?:(?:Then|Ex)-|(?:Former|Onetime|One-time|Erstwhile) )")


def opens_on_a_post_s_time(text: str) -> bool:
    """Does `text` open on 'Then-', 'Former ...', lower-case inside a sentence?"""
    return TIME_OF_A_POST.match(text) is not None

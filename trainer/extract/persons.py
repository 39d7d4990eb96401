"""The people an article names, and who a later mention ("Roe", "he") means.

One table of people per doc, `PersonIndex`, built once (`person_index`) and read by every
question kind: the people in order of first mention, which surname or first name is one
person's, and which names no one in particular (a family's surname, the surname of two
Fords, 'President Obama' beside Michelle Obama). Who owns a name (`_sole_owners`: one
person, or several and so no one), who is the same person written twice (`same_person`,
`_written_alike`) and whose surname is someone else's are each decided here once, so a
fix reaches both things the table answers:

- `PersonIndex.resolve`: a mention to the full name as first introduced ("Roe" -> "Jane
  Roe"), or to nothing when the mention could be two people;
- `full_names`: the table of names to write out ('Roe' -> 'Jane Roe', 'Jane' -> 'Jane
  Roe') used by the clause rewriter, numbers, keys and places. It keeps each name as the
  article wrote it (a title too), because the rewriter puts it back into a sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from trainer.extract.doc import cached, text_of
from trainer.knowledge.places import known_place
from trainer.language.lexicon import (
    COMPANY_WORDS,
    EPITHETS,
    NAME_TITLES,
    NAMED_AFTER_WORDS,
    wordset,
)
from trainer.language.names import (
    CENSORED,
    clean_name,
    is_plausible_name,
    name_key,
    surname,
    without_a_day,
)
from trainer.language.quotation import CLOSE_MARKS, QUOTE_OPENINGS
from trainer.language.sexes import (
    a_courtesy_of_the_other_sex,
    a_given_name,
    of_first_name,
    of_pronoun,
)
from trainer.language.text import normalise

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


class PersonIndex:
    """Every person an article names, so a later mention ("Roe") finds the full name
    as first introduced ("Jane Roe"). A surname shared by two people resolves to nothing."""

    def __init__(self, doc: Doc):
        text = text_of(doc)
        people, self._name_words = _people(doc)
        self.full_names: list[str] = people  # in order of first mention
        # each surname to the one person who has it, or None when several people do
        self._surname_owners = _sole_owners(people, _surname_key)
        # 'President Obama' beside 'Michelle Obama': someone else's surname
        self.titled_someone_else = _titled_someone_else(text, self._surname_owners)
        # surnames several people of the article have ('Mike Ford', 'Dale Ford'): no one's
        self.ambiguous_surnames = frozenset(
            k for k, owner in self._surname_owners.items() if owner is None
        )
        # "Joe and Hunter Biden", "the Bidens": a family shares the surname, so the bare
        # surname names no one in particular; nor does someone else's titled surname
        # 'Seddique Mir Mateen', which the tagger did not take for a person, beside 'Omar
        # Mateen': a second bearer of the surname
        namesakes = _untagged_namesakes(doc, people)
        self._shared_surnames = _family_surnames(text, people) | self.titled_someone_else
        self._shared_surnames |= namesakes
        # 'Dar said' where the article names Dar Yasin and Mohammed Yousuf Dar (sample Q29)
        others = _first_words_of_others(people, self._surname_owners)
        # 'Bush shed his sports coat' where the one Bush named in full is Laura Bush (Q42)
        others |= _of_the_other_sex(doc, self._surname_owners)
        self._shared_surnames |= others
        # 'Mr. Trump announced ...' beside 'Ms. Trump': a man and a woman of one surname, two
        # people (sample Q176, WRONG: the father's act given to Ivanka Trump, the one named
        # in full)
        both = _of_both_courtesies(text) | _of_the_other_courtesy(text, self._surname_owners)
        self._shared_surnames |= both
        # a surname of one person only: "Ford" names no one when the article has a Mike Ford
        # and a Dale Ford
        self._surnames = {
            k: owner
            for k, owner in self._surname_owners.items()
            if owner is not None and k not in self._shared_surnames
        }
        self.written_out = _written_out(doc, self.titled_someone_else | namesakes | others | both)
        self._resolved: dict[str, str | None] = {}
        self.mentions: list[tuple[int, str]] = []  # (char offset, resolved full name)
        for ent in person_entities(doc):
            full = self.resolve(ent.text)
            if full:
                self.mentions.append((ent.start_char, full))
        for token in doc:  # surnames the tagger missed or took for something else
            if token.pos_ == "PROPN" and token.ent_type_ != "PERSON":
                full = self._surnames.get(normalise(token.text))
                if full and token.text[:1].isupper():
                    self.mentions.append((token.idx, full))
        for key, full in self._surnames.items():  # 'Hockin-Minopetros is concerned ...'
            if " " not in key:
                continue  # a surname of several tokens the tagger took for a body (sample Q59)
            written = surname(full)
            for m in re.finditer(rf"(?<![\w-]){re.escape(written)}(?![\w-])", text):
                span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is not None and not any(t.ent_type_ == "PERSON" for t in span):
                    self.mentions.append((m.start(), full))
        self.mentions.sort()
        self._offsets = [offset for offset, _ in self.mentions]

    def owners_of(self, word: str) -> set[str]:
        """The people of the article whose surname the word is ('Trump': Donald Trump, and
        Donald Trump Jr. when the article names him too)."""
        key = _surname_key(word)
        if key not in self._surname_owners:
            return set()
        return {full for full in self.full_names if _surname_key(full) == key}

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
            if key in self._surname_owners:
                return self._surname_owners[key]  # None: two people share the surname
            # a word of someone's name that is not a surname (a first name) is no one's alone
            return name if key not in self._name_words else None
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

    def first_name_owner(self, token: Token) -> str | None:
        """'Dale wrote' after 'her brother Dale Ford': the person a lone first name means,
        when one person of the article has it (whatever the tagger took the word for)."""
        full = self.written_out.get(token.text)
        if full is None or token.pos_ != "PROPN" or any(True for _ in token.children):
            return None
        return (self.resolve(full) or full) if full.split()[0] == token.text else None

    def persons_between(self, start: int, end: int) -> set[str]:
        first = bisect_left(self._offsets, start)
        last = bisect_left(self._offsets, end)
        return {name for _, name in self.mentions[first:last]}


def person_index(doc: Doc) -> PersonIndex:
    """One PersonIndex per doc, shared by every question kind."""
    return cached(doc, "trainer.persons", PersonIndex)


def full_names(doc: Doc) -> dict[str, str]:
    """'Roe' -> 'Jane Roe': each surname to the full name it was introduced with, and a first
    name only one person of the article has ('Jane' -> 'Jane Roe'). Read from the doc's
    PersonIndex, worked out once a doc; a copy, so a caller may add to it."""
    return dict(person_index(doc).written_out)


def same_person(known: str, name: str) -> bool:
    """Does `name` name the person already known as `known`? The same name spelled alike,
    the end of the fuller name ('Eriksson Ek' of 'Joel Eriksson Ek'), or the same name with
    or without middle initials ('Donald Trump' of 'Donald J. Trump') or a middle name."""
    return (
        name_key(name) == name_key(known)
        or _ends_with(known, name)
        or same_but_initials(known, name)
        or _with_a_middle_name(known, name)
    )


def _with_a_middle_name(a: str, b: str) -> bool:
    """'Alice Johnson' and 'Alice Marie Johnson': the same first name and surname, one
    with a middle name the other leaves out (sample Q112: 'Johnson' was no one's)."""
    middles = _middles(a, b)
    return middles is not None and sorted(map(len, middles)) == [0, 1]


def _written_alike(known: str, name: str) -> bool:
    """`same_person` for names as written, which may keep a title: the same name, its end
    ('Van Der Beek' of 'James Van Der Beek', particles and all), or the same name with or
    without middle initials."""
    return known.endswith(name) or same_but_initials(known, name)


def same_but_initials(a: str, b: str) -> bool:
    """'Donald J. Trump' and 'Donald Trump': the same first name and surname, one with middle
    initials the other leaves out."""
    middles = _middles(a, b)
    return middles is not None and all(len(w.rstrip(".")) == 1 for w in middles[0] + middles[1])


def _middles(a: str, b: str) -> tuple[list[str], list[str]] | None:
    """The words between the first name and the surname of two names that differ only
    there; None when they share no first name and surname, or do not differ."""
    x, y = name_key(a).split(), name_key(b).split()
    if len(x) < 2 or len(y) < 2 or x == y or x[0] != y[0] or x[-1] != y[-1]:
        return None
    return x[1:-1], y[1:-1]


def _sole_owners(
    names: Iterable[str],
    key_of: Callable[[str], str],
    same: Callable[[str, str], bool] = same_person,
) -> dict[str, str | None]:
    """Each key (a surname, a first name) to the one person whose name has it, as first
    written, or to None when a second person has it too: 'Ford' is no one's when the article
    names a Mike Ford and a Dale Ford. A later name `same` as the first is that person."""
    owners: dict[str, str | None] = {}
    for name in names:
        key = key_of(name)
        if key not in owners:
            owners[key] = name
        else:
            owner = owners[key]
            if owner is not None and not same(owner, name):
                owners[key] = None
    return owners


NOT_PEOPLE = COMPANY_WORDS | NAMED_AFTER_WORDS


def _first_words_of_others(people: list[str], owners: dict[str, str | None]) -> set[str]:
    """Surnames that open the name of someone else of the article: 'Dar' of 'Mohammed Yousuf
    Dar' beside the photographer 'Dar Yasin', who is called Dar too. The word alone names
    neither for sure."""
    people = [n for n in people if normalise(n.split()[-1]) not in NOT_PEOPLE]  # 'Villa Park'
    firsts = {
        normalise(n.split()[0]): n
        for n in people
        if not all(w.isupper() and len(w) <= 4 for w in n.split()[1:])  # 'Ford QC'
    }
    return {
        key
        for key, owner in owners.items()
        if owner in people
        and key in firsts
        and not same_person(owner, firsts[key])
        # 'Ji-Sung Park' and 'Park Ji-Sung': one name written in both orders
        and set(name_key(owner).split()) != set(name_key(firsts[key]).split())
    }


def _surname_key(name: str) -> str:
    return normalise(surname(name))


def _people(doc: Doc) -> tuple[list[str], set[str]]:
    """The people of the article (names of two words or more, titles dropped, in order of
    first mention, one name each), and every first name and surname any of their names had:
    a lone word that is one of those but no surname is no one's ('Joel' of 'Joel Ek')."""
    people: list[str] = []
    words: set[str] = set()
    for ent in person_entities(doc):
        name = clean_name(_without_leading_words(ent))
        if not is_plausible_name(name) or is_company_name(name):
            continue
        if len(name.split()) >= 2 and not any(same_person(n, name) for n in people):
            # "Joel Eriksson Ek" after "Eriksson Ek": the fuller name takes its place
            people = [n for n in people if not _ends_with(name, n)]
            people.append(name)
            words |= {_surname_key(name), normalise(name.split()[0])}
    for name in _first_names_the_tagger_missed(doc, people):
        people.append(name)
        words |= {_surname_key(name), normalise(name.split()[0])}
    return people, words


def _written_out(doc: Doc, titled_someone_else: set[str]) -> dict[str, str]:
    """The names a lone surname or first name is written out to, as the article wrote them
    ('President Barack Obama'), with the names the tagger left out beside an 'and'. A
    surname two people share, someone else's titled surname, and a first name that is
    someone's surname or two people's, are never written out."""
    persons = person_entities(doc)
    # 'Boeing's Max 737' tagged as a person is no one ('737' is no surname)
    written = [
        n
        for n in (_without_possessive(e.text) for e in persons)
        if is_plausible_name(n) and not _a_country_s_movement(n)
    ]
    joined = [_without_possessive(n) for n in _conjoined_names(persons)]
    table = _sole_owners([n for n in [*written, *joined] if " " in n], surname, _written_alike)
    again = _the_one_named_again(written, table, text_of(doc))
    table |= again
    # 'Elise wrote': a first name only one person of the article has, and no one's surname
    # (never of a name ending in a place: 'Ascom North America' is a firm the tagger took
    # for a person)
    text = text_of(doc)
    # 'Microsoft' (a body 23 times) is no first name of 'Microsoft Launcher' (a person once)
    # (the tagger reads 'Dale' of 'Dale Ford' as a firm three times)
    bodies = Counter(e.text for e in doc.ents if e.label_ in BODY_LABELS and len(e) == 1)
    bodies.subtract(e.text.split()[0] for e in persons)
    # 'Virginia' of 'Virginia Tech' (a university the tagger took for a person) where the
    # article also names the state: 'a university in Blacksburg, Virginia Tech' (sample Q57)
    places = {e.text for e in doc.ents if e.label_ == "GPE" and len(e) == 1 and known_place(e.text)}
    firsts = _sole_owners(
        [
            n
            for n in written
            if _starts_with_first_name(n)
            and not _a_word_or_brand(n, text)
            and bodies[n.split()[0]] < BODY_MENTIONS
            and n.split()[0] not in places
            and not _alone_before(n, text)
        ],
        lambda n: n.split()[0],
        str.__eq__,
    )
    table |= {first: owner for first, owner in firsts.items() if first not in table}
    # 'President Obama' where only Michelle Obama is named in full: someone else's surname
    return {
        k: owner
        for k, owner in table.items()
        if owner and (normalise(k) not in titled_someone_else or k in again)
    }


def _the_one_named_again(
    written: list[str], table: dict[str, str | None], text: str
) -> dict[str, str]:
    """'Roberts died Tuesday' where the obituary names Cokie Roberts in full twice and her
    children Lee Roberts and Rebecca Roberts once each (sample Q162, three NONSENSE cards
    asked of 'Roberts'): a surname two people share is the one the article introduced first
    and names in full more than once, when every other bearer is named in full once, as a
    writer names a relative in passing. Not a family's name ("at the Baker's marijuana
    nursery", of Jessica and Chip Baker's)."""
    counts = Counter(n for n in written if " " in n)
    out: dict[str, str] = {}
    for key, owner in table.items():
        if owner is not None or re.search(rf"\b[Tt]he {re.escape(key)}(?:s|['’])", text):
            continue
        bearers = [n for n in counts if surname(n) == key]
        if (
            len(bearers) > 1
            and counts[bearers[0]] >= NAMED_AGAIN
            and all(counts[n] == 1 for n in bearers[1:])
        ):
            out[key] = bearers[0]
    return out


# How often the one bearer of a shared surname is named in full (`_the_one_named_again`).
NAMED_AGAIN = 2


def _alone_before(name: str, text: str) -> bool:
    """'Xiaomi has launched a new series of smart TVs ...' long before 'Xiaomi Powercat
    Wi-Fi' (a product the tagger took for a person): a person is introduced by their full
    name, so a first word used alone before the name's first mention is a name of its own,
    never written out to it ('Xiaomi Powercat Wi-Fi has launched ...', sample Q58)."""
    first, rest = name.split(" ", 1)
    at = text.find(name)
    if at <= 0:
        return False
    return (
        re.search(rf"(?<![\w-]){re.escape(first)}(?![\w-])(?! {re.escape(rest)})", text[:at])
        is not None
    )


def _a_country_s_movement(name: str) -> bool:
    """'Occupy Croatia' (a protest movement the tagger took for a person): a name ending in
    a country, opening on no given name. Its 'Croatia' is the country, never this person
    written out ("Occupy Croatia's exports", sample Q49, WRONG); 'Michael Jordan' is a
    person."""
    words = name.split()
    place = known_place(words[-1]) if len(words) >= 2 else None
    return place is not None and place.type == "country" and not a_given_name(words[0])


# What a word the tagger also reads as a person's first name may be named as instead, and
# how many more times than as a person's it must be read so (the tagger reads 'Dale' of
# 'Dale Ford' as a firm three times in one article).
BODY_LABELS = frozenset(("ORG", "GPE", "NORP", "PRODUCT"))
BODY_MENTIONS = 5


def _a_word_or_brand(name: str, text: str) -> bool:
    """'HackerRank Jobs', 'New Add-ons', 'Business Head': names the tagger took for people
    whose first word is a brand written in camel case, or a word the article also writes
    in lower case. Such a word alone is not that person ('HackerRank helped Practo')."""
    first = name.split()[0]
    return not first.istitle() or re.search(rf"\b{re.escape(first.lower())}\b", text) is not None


def _without_possessive(name: str) -> str:
    """'Roe's' -> 'Roe'; a censored word before a name goes too ('F--- Adam Schiff', Q99),
    and so does an epithet ('Crooked Hillary Clinton' in a quoted tweet, Q124)."""
    words = re.sub(r"['’]s$", "", name).strip().split()
    while len(words) > 1 and (CENSORED.fullmatch(words[0]) or words[0].lower() in EPITHETS):
        words.pop(0)
    return " ".join(without_a_day(words))


def _starts_with_first_name(name: str) -> bool:
    """'Elise Matthesen', not 'Ascom North America' (a place ends it) nor '3M Ltd'."""
    words = name.split()
    return (
        len(words) >= 2
        and words[0].isalpha()
        and words[0][:1].isupper()
        and not (known_place(words[-1]) or known_place(" ".join(words[-2:])))
        and normalise(words[-1]) not in NOT_PEOPLE  # 'the Trump White House' (sample Q41)
    )


def _first_names_the_tagger_missed(doc: Doc, known: list[str]) -> list[str]:
    """'Zach Parise' for a speaker the tagger knows only as 'Parise': the article writes
    the surname once after a capitalised name word ("Hours before Zach Parise's goal")
    that the tagger left out of any entity, or put in one of another type. Only a surname
    no known person has."""
    from trainer.extract.title_words import is_title

    taken = {normalise(surname(n)) for n in known}
    lone = {
        clean_name(e.text)
        for e in person_entities(doc)
        if len(clean_name(e.text).split()) == 1 and normalise(clean_name(e.text)) not in taken
    }
    found: dict[str, set[str]] = {}
    text = text_of(doc)
    for name in lone:
        # the word before the name ('Ronda Vuillemont-Smith': the name may be several tokens)
        for match in re.finditer(rf"(?<![\w-])(\w+) {re.escape(name)}(?![\w-])", text):
            first = doc.char_span(*match.span(1))
            if first is None or len(first) != 1:
                continue
            word = first[0]
            if (
                word.pos_ == "PROPN"
                and word.is_alpha
                and word.text[:1].isupper()
                # untagged, or the tagger put the whole name in an entity of another type
                # ('Mohamed Soltan' as a place, though the article's 'Soltan' is a person)
                and word.ent_type_ in ("", "PERSON", "GPE", "ORG", "NORP", "FAC", "LOC")
                and not is_title(word)
                and normalise(word.text) not in NAME_TITLES
                and clean_name(f"{word.text} {name}") != name  # 'Devastated Hayley' (Q89)
            ):
                found.setdefault(name, set()).add(f"{word.text} {name}")
    # one first name only: two ("Zach Parise", "Jane Parise") are two people, or a misreading
    return [next(iter(names)) for names in found.values() if len(names) == 1]


def _ends_with(full: str, name: str) -> bool:
    """Is `name` (two words or more) the end of the longer `full` ("Eriksson Ek" of
    "Joel Eriksson Ek")?"""
    f, n = name_key(full).split(), name_key(name).split()
    # 'Van Hollen' of 'Chris Van Hollen': a surname with its particle is one word of key
    least = 1 if len(name.split()) > len(n) else 2
    return least <= len(n) < len(f) and f[-len(n) :] == n


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
    found = [
        _with_its_hyphened_end(_after_possessive(e))
        for e in doc.ents
        if e.label_ == "PERSON" and not a_team(e) and not a_title_alone(e) and not _bracketed(e)
    ]
    return _credits_cut_off(found)


def _credits_cut_off(found: list[Span]) -> list[Span]:
    """The names without a picture's credit run into one: 'Francine Kiefer James Dickson is
    CEO of Copper Queen Community Hospital' (a caption, its photographer's name first: sample
    Q172, NONSENSE as 'Kiefer James Dickson'). A paragraph that opens on two capitalised
    words (no title) and then a name the article gives alone, the recogniser taking some
    of the two into the name, opens on a credit."""
    alone = {e.text for e in found if 2 <= len(e) <= 3}
    out = []
    for ent in found:
        doc = ent.doc
        for n in (2, 3):
            credit = doc[ent.end - n - 2 : ent.end - n] if ent.end - n - 2 >= 0 else None
            if (
                credit is not None
                and ent.start <= ent.end - n - 1  # the entity reaches into the credit
                and doc[ent.end - n : ent.end].text in alone
                and _opens_a_paragraph(credit[0])
                and all(_a_credit_word(t) for t in credit)
            ):
                ent = doc[ent.end - n : ent.end]
                break
        out.append(ent)
    return out


def _a_credit_word(token: Token) -> bool:
    """A word of a photographer's name: capitalised, and no title ('Former President')."""
    return token.pos_ == "PROPN" and token.is_title and token.lower_ not in TITLE_NAME_WORDS


def _opens_a_paragraph(token: Token) -> bool:
    return token.i == 0 or "\n" in token.doc[token.i - 1].whitespace_ + token.doc[token.i - 1].text


def _with_its_hyphened_end(ent: Span) -> Span:
    """'Moon Jae-in', whose last syllable the recogniser left out ('Moon Jae': sample Q135,
    UNGRAM)."""
    doc, end = ent.doc, ent.end
    if (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
        and doc[end + 1].is_lower
        and len(doc[end + 1]) <= MAX_NAME_SYLLABLE
    ):
        return doc[ent.start : end + 2]
    return ent


MAX_NAME_SYLLABLE = 4  # 'in', 'un', 'hyun', 'hee'; not '-based', '-backed'


def _bracketed(ent: Span) -> bool:
    """'[FBI Director James B.] Comey's letter': an editor's insertion cut through the name
    ('James B.] Comey', sample Q85, UNGRAM)."""
    return "[" in ent.text or "]" in ent.text


# Words of a title the recogniser may take for a name, with the titles before names.
TITLE_NAME_WORDS = NAME_TITLES | wordset("crown vice prime royal highness")


def a_title_alone(ent: Span) -> bool:
    """'Saudi Deputy Crown Prince and Defense Minister Mohammed bin Salman': 'Crown Prince'
    is a title the recogniser took for a person (sample Q79, NONSENSE)."""
    return all(t.lower_.rstrip(".") in TITLE_NAME_WORDS for t in ent if t.is_alpha)


def a_team(ent: Span) -> bool:
    """'the Grey Cup-champion Saskatchewan Roughriders': a plural name with "the" is a team
    (or a band) the recogniser took for a person."""
    root = ent.root
    return root.tag_ == "NNPS" and any(c.dep_ == "det" and c.lower_ == "the" for c in root.children)


def _after_possessive(ent: Span) -> Span:
    """'Broad's Zhang' (Zhang of the Broad Institute): the recogniser took the owner in
    with the person; the name is what follows the possessive."""
    owners = [t.i for t in ent[:-1] if t.tag_ == "POS"]
    if not owners:
        return ent
    from spacy.tokens import Span

    return Span(ent.doc, owners[-1] + 1, ent.end, label=ent.label)


# Posts written before a surname alone ("President Obama", "Sen. Warren").
POST_TITLE = re.compile(
    r"\b(President|Vice President|Prime Minister|Senator|Sen\.|Governor|Gov\.|Rep\."
    r"|Secretary|Justice|Judge|Mayor|Chancellor|King|Queen|Pope) ([A-Z][\w'’-]+)\b(?! [A-Z])"
)


def _titled_someone_else(text: str, surname_owners: dict[str, str | None]) -> set[str]:
    """'Michelle Obama said she believes President Obama's administration ...': one sentence
    naming a person in full and, apart, a post with the same surname speaks of two people,
    so the surname alone names no one the article introduced ('President Obama's term' is
    never 'President Michelle Obama's term'). A full name given with that post ('President
    Barack Obama') keeps its surname."""
    shared = set()
    titled: Counter[tuple[str, str]] = Counter()
    at = 0
    for sentence in re.split(r"(?<=[.!?])[\"”’]?\s+", text):
        at = max(text.find(sentence, at), at)
        for m in POST_TITLE.finditer(sentence):
            title, last = m.group(1), normalise(re.sub(r"['’]s$", "", m.group(2)))
            owner = surname_owners.get(last)
            if owner is None or f"{title} {owner}" in text:
                continue
            titled[(title, last)] += 1
            if SPOUSE_OF_A_POST.search(text[: text.find(owner)][-30:]):
                # 'first lady Michelle Obama' ... 'President Obama followed up': the post is
                # the spouse's (sample Q141, WRONG: the president's words given to her)
                shared.add(last)
            if owner in sentence or text.find(owner) > at + m.start():
                # 'President Trump on Wednesday signed ...' before 'First lady Melania
                # Trump praised ...' (sample Q75's page once its hover cards were cut): a
                # post written before the only full name is someone else's
                shared.add(last)
    # 'Governor Bentley' six times and 'Dianne Bentley' three, never 'Governor Dianne
    # Bentley': the governor is someone else, whom the article never names in full (sample
    # Q39: 'Dianne Bentley's behavior toward his wife')
    shared |= {last for (_, last), n in titled.items() if n >= TITLED_SOMEONE_ELSE}
    return shared


TITLED_SOMEONE_ELSE = 3
# 'Mr. Trump', 'Ms. Trump', 'Mrs. Trump': a courtesy title and the surname after it.
COURTESY_SURNAME = re.compile(r"\b(Mr|Ms|Mrs|Miss)\.? ([A-Z][\w'’-]+)")


def _of_both_courtesies(text: str) -> set[str]:
    """The surnames the text writes after both 'Mr.' and 'Ms.' (or 'Mrs.', 'Miss')."""
    seen: dict[str, set[bool]] = {}
    for m in COURTESY_SURNAME.finditer(text):
        seen.setdefault(normalise(m.group(2)), set()).add(m.group(1) == "Mr")
    return {name for name, sexes in seen.items() if len(sexes) == 2}


def _of_the_other_courtesy(text: str, surname_owners: dict[str, str | None]) -> set[str]:
    """The surnames the text writes after 'Mr.' whose one bearer named in full has a
    woman's given name, or after 'Ms.' (or 'Mrs.', 'Miss') with a man's: 'Mr. Bush was shot
    down in the Pacific in 1944' in Barbara Bush's obituary is her husband (sample Q181,
    WRONG as Barbara Bush)."""
    shared: set[str] = set()
    for m in COURTESY_SURNAME.finditer(text):
        key = normalise(m.group(2))
        owner = surname_owners.get(key)
        if owner and a_courtesy_of_the_other_sex(m.group(1), owner):
            shared.add(key)
    return shared


# Words before a full name that make it a spouse of the one with the post.
SPOUSE_OF_A_POST = re.compile(
    r"\b(?:[Ff]irst [Ll]ady|[Ff]irst [Gg]entleman|[Ww]ife|[Hh]usband),?\s*$"
)
QUOTE_MARKS = frozenset(QUOTE_OPENINGS + CLOSE_MARKS)


def _of_the_other_sex(doc: Doc, surname_owners: dict[str, str | None]) -> set[str]:
    """Surnames that, alone, are the subject of a verb whose object is 'his' or 'her' own,
    where the one person named in full with it has a woman's given name (or the
    reverse): 'Bush shed his sports coat' beside 'first lady Laura Bush' is the president,
    whom the article never names in full."""
    shared: set[str] = set()
    for token in doc:
        key = normalise(token.text)
        owner = surname_owners.get(key)
        if owner is None or token.dep_ not in ("nsubj", "nsubjpass") or key in shared:
            continue
        sex = of_first_name(owner)
        before = doc[token.i - 1] if token.i > 0 else None
        if not sex or (
            before is not None and before.ent_type_ == "PERSON" and before.dep_ == "compound"
        ):
            continue  # no sex to go by, or a name written whole ('Laura Bush')
        sentence = token.sent
        # up to the next person named or the next quotation (whose 'he' is someone else's)
        later = [
            t
            for t in doc[token.i + 1 : sentence.end]
            if t.ent_type_ == "PERSON" or t.text in QUOTE_MARKS
        ]
        verb = token.head
        pronouns = (
            {  # 'his' of what the subject's own verb takes ('shed his sports coat')
                of_pronoun(t.lower_)
                for t in doc[token.i + 1 : later[0].i if later else sentence.end]
                if t.dep_ == "poss" and verb in (t.head.head, t.head.head.head)
            }
            - {""}
        )
        if pronouns and sex not in pronouns:
            shared.add(key)
    return shared


# What the tagger takes a person's name for, besides a person ('Mir Mateen' as an event);
# never a place or a body ('Morgan Stanley').
# What the tagger may make of a person's name: 'Jimbo Fisher said' read as a firm (sample Q5,
# where his quotes went to the article's correspondent, Eric Fisher).
MISREAD_NAMES = frozenset(("", "PERSON", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW", "ORG"))


def _untagged_namesakes(doc: Doc, people: list[str]) -> set[str]:
    """Surnames of the article's people that a second person has in a name the tagger did
    not take for a person: 'Seddique Mir Mateen maintained ...' beside 'his son, Omar
    Mateen'. Capitalised name words before the surname, none a title ('President Mateen')
    nor part of another kind of name, and none of them the known person's first name."""
    from trainer.extract.title_words import is_title

    firsts: dict[str, set[str]] = {}
    for name in people:
        firsts.setdefault(_surname_key(name), set()).add(normalise(name.split()[0]))
    shared: set[str] = set()
    for token in doc:
        key = normalise(token.text)
        if key not in firsts or token.ent_type_ not in MISREAD_NAMES or key in shared:
            continue
        before = [c for c in token.lefts if c.dep_ == "compound"]
        titles = [i for i, c in enumerate(before) if is_title(c)]
        if titles:  # 'Galveston Mayor Lyda Ann Thomas': the name words after the post (Q41)
            before = before[titles[-1] + 1 :]
        if not before or any(
            c.pos_ != "PROPN"
            or not c.text[:1].isupper()
            or c.ent_type_ not in MISREAD_NAMES
            or normalise(c.text).rstrip(".") in NAME_TITLES
            for c in before
        ):
            continue
        if token.ent_type_ == "PERSON" and before[0].ent_type_ == "PERSON":
            continue  # a name the tagger found: `people` has it
        # 'Macmillan CEO John Sargent': a post before the name is no second first name
        if not firsts[key] & {normalise(c.text) for c in before}:
            shared.add(key)
    return shared


def _family_surnames(text: str, people: list[str]) -> set[str]:
    """'Joe and Hunter Biden', 'the Bidens': the surname of a family, which names no one in
    particular; 'Josh Bailey and Ryan Pulock' are two people, not a family."""
    surnames = {_surname_key(n) for n in people}
    return {
        normalise(m.group(1))
        for m in re.finditer(r"\b[A-Z][a-z]+ and [A-Z][a-z]+ ([A-Z][\w'’-]+)", text)
        if not re.search(r"[A-Z][\w'’-]* $", text[: m.start()])
        and normalise(m.group(1)) in surnames
    } | {
        normalise(m.group(1))
        for m in re.finditer(r"\bthe ([A-Z][\w'’-]+)e?s\b", text)
        if normalise(m.group(1)) in surnames
    }

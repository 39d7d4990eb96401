"""Writing names out in a clause: a lone surname as the full name the article introduced,
a subject pronoun as the previous sentence's named subject, the speaker of a bare quote."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from trainer.extract.clauses.cut import QUOTE_CHARS, Clause
from trainer.extract.clauses.standalone import a_style
from trainer.extract.doc import entities_starting, text_of
from trainer.extract.organisations import organisation_replacements
from trainer.extract.persons import person_index
from trainer.knowledge.places import known_place
from trainer.language.anaphora import ANAPHORIC_PEOPLE
from trainer.language.lexicon import (
    BODY_NOUNS,
    COMPANY_WORDS,
    MONTHS,
    REPORTING_VERBS,
    WEEKDAYS,
    WELL_KNOWN_ACRONYMS,
)
from trainer.language.posts import COURTESY_WORDS
from trainer.language.quotation import CLOSE_MARKS, QUOTE_OPENINGS
from trainer.language.sexes import a_courtesy_of_the_other_sex, of_first_name, of_noun, of_pronoun
from trainer.language.text import normalise

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from trainer.extract.persons import PersonIndex


def _beside_its_namesake(ent: Span) -> bool:
    """'Santa Claus and Mrs. Claus', 'Barack Obama and Mrs. Obama': a surname joined by 'and'
    to the full name it would be written out to is another person of that name."""
    root = ent.root
    partners = [root.head] if root.dep_ == "conj" else []
    partners += [c for c in root.children if c.dep_ == "conj"]
    return any(p.text == root.text and p.i != root.i for p in partners)


# Words of a surname the recogniser may leave out of the name ('Van der Zwaan' as 'Zwaan').
PARTICLES = frozenset(
    ("van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "ter", "ten")
)


def name_replacements(tokens: Sequence[Token], names: dict[str, str]) -> dict[int, str]:
    """Token index -> full name for surnames used alone."""
    out: dict[int, str] = {}
    ids = {t.i for t in tokens}
    doc = tokens[0].doc if tokens else None
    if doc is None:
        return out
    for ent in entities_starting(doc, min(ids), max(ids) + 1, "PERSON"):
        text = re.sub(r"['’]s$", "", ent.text).strip()
        if ent.start in ids and text in names and names[text] != text:
            if len(ent) == 1 and _defined_here(ent[0], names[text]):
                continue  # 'the Screen Actors Guild (SAG)', the acronym taken for a person
            if ent.root.dep_ == "compound" and ent.root.head.pos_ == "NOUN":
                continue  # 'Proserpine airport' is no 'Proserpine Hospital airport' (Q24)
            if _beside_its_namesake(ent):
                continue  # 'played Santa Claus and Mrs. Claus': someone else (sample Q64)
            if _after_a_nickname(doc, ent.start) or _of_the_other_sex(doc, ent.start, names[text]):
                continue
            last = ent.end - 1 if ent[-1].text not in ("'s", "’s") else ent.end - 2
            for t in ent[: last - ent.start]:
                out[t.i] = ""
            out[last] = names[text]
            before = ent.start - 1
            full_words = names[text].lower().split()
            while (
                before in ids
                and doc[before].lower_ in PARTICLES
                and doc[before].lower_ in full_words
            ):
                out[before] = ""  # 'Van der Zwaan' -> 'Alex van der Zwaan' (sample Q157, UNGRAM)
                before -= 1
            if before in ids and normalise(doc[before].text) in COURTESY_WORDS:
                out[before] = ""  # 'Mr Anderson' -> 'Chris Anderson', not 'Mr Chris Anderson'
    for token in tokens:  # a surname the NER missed: 'King and Weeks were abducted'
        if token.text.isupper() and token.text in names and token.i not in out:
            # 'MS Dhoni': initials that open a person's name are no acronym to write out
            initials = names[token.text].startswith(f"{token.text} ")
            full = names[token.text]
            if (
                not initials
                and not _defined_here(token, full)
                and not _written_in_full(token, full)
            ):
                out[token.i] = names[token.text]  # 'people with BED': spelled_out_acronyms
            continue
        if (
            (
                (token.pos_ == "PROPN" and token.ent_type_ in ("", "PERSON", "ORG", "GPE"))
                or _surname_read_as_date(token)
            )
            and (
                token.text in names
                and token.i not in out
                and token.dep_ != "compound"
                and not any(c.dep_ == "compound" for c in token.children)
                and not (token.i > 0 and token.doc[token.i - 1].pos_ == "PROPN")
                # 'the Xbox 360' is no 'Xbox Live 360': a figure after the word goes on its name
                and not (token.i + 1 < len(token.doc) and token.doc[token.i + 1].text[:1].isdigit())
                and not _written_in_full(token, names[token.text])
                and not _rest_follows(token, names[token.text])
                and not _a_town_of(token)
                and not _after_a_nickname(token.doc, token.i)
                and not _of_the_other_sex(token.doc, token.i, names[token.text])
                # 'the Republican takeover of Washington' is no 'George Washington' the
                # article names elsewhere (sample Q123, NONSENSE)
                and not (token.ent_type_ == "GPE" and known_place(token.text) is not None)
            )
        ):
            out[token.i] = names[token.text]
    out.update(organisation_replacements(tokens, names))
    out.update(_storm_named_later(tokens))
    return out


# Storms that get names, which an article's lead may call 'a typhoon' before naming it.
NAMED_STORM_KINDS = frozenset(("typhoon", "hurricane", "cyclone"))


def _storm_named_later(tokens: Sequence[Token]) -> dict[int, str]:
    """'A typhoon roared towards Japan's main island ...' -> 'Typhoon Lan roared ...': a
    lead's storm the article names after it ('Typhoon Lan, classified as ...'), when it names
    one storm of that kind (sample Q57: 'when a typhoon roared', which typhoon?)."""
    out: dict[int, str] = {}
    ids = {t.i for t in tokens}
    for token in tokens:
        det = token.doc[token.i - 1] if token.i else None
        if (
            token.lower_ not in NAMED_STORM_KINDS
            or det is None
            or det.i not in ids
            or det.lower_ not in ("a", "an")
            or det.head.i != token.i
        ):
            continue
        kind = token.lower_.capitalize()
        named = {
            f"{kind} {after.text}"
            for t in token.doc
            if t.text == kind
            and t.i + 1 < len(token.doc)
            and (after := token.doc[t.i + 1]).pos_ == "PROPN"
            and after.is_title
        }
        first = next((t.i for t in token.doc if t.text == kind), -1)
        if len(named) == 1 and first > token.i:
            out[det.i] = ""
            out[token.i] = named.pop()
    return out


def _a_town_of(token: Token) -> bool:
    """'born in Warren, Ohio': a word followed by a comma and a state or country is a town,
    never a first name written out ('born in Warren Vandeveer, Ohio', sample Q60)."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text != ",":
        return False
    after = doc[token.i + 2]
    two = doc[token.i + 2 : token.i + 4].text
    return any(
        (place := known_place(name)) is not None and place.type in ("state", "country")
        for name in (after.text, two)
    )


QUOTES = frozenset((*QUOTE_OPENINGS, *CLOSE_MARKS, "’"))


def _after_a_nickname(doc: Doc, i: int) -> bool:
    """'communion server Anton “Tony” Wallace': a surname after a first name and a nickname
    in quotes is a name in full already. It was written out to the article's other Wallace
    ('Anton “Tony” Tiffany Wallace', sample Q179, UNGRAM)."""
    return (
        i >= 4
        and doc[i - 1].text in QUOTES
        and doc[i - 3].text in QUOTES
        and doc[i - 2].text[:1].isupper()
        and doc[i - 4].text[:1].isupper()
    )


def _of_the_other_sex(doc: Doc, i: int, full: str) -> bool:
    """'Mr. Bush was shot down in the Pacific in 1944' in the obituary of Barbara Bush, the
    Bush it names most: a courtesy title of one sex before the surname of a full name of the
    other is someone else (sample Q181, WRONG as 'was Barbara Bush shot down')."""
    return i > 0 and a_courtesy_of_the_other_sex(doc[i - 1].text, full)


def _rest_follows(token: Token, full: str) -> bool:
    """'After meeting Barack Obama': a first name the parser did not join to the surname
    after it ('Barack' read as a preposition) is followed by the rest of its name."""
    rest = full[len(token.text) :].split() if full.startswith(f"{token.text} ") else []
    doc = token.doc
    following = [t.text for t in doc[token.i + 1 : token.i + 1 + len(rest)]]
    return bool(rest) and following == rest


def _written_in_full(token: Token, full: str) -> bool:
    """'Omicron BA.2' where 'BA.2' is written out to 'Omicron BA.2': the words before it
    already are the rest of the name."""
    rest = full[: -len(token.text)].split() if full.endswith(token.text) else []
    before = token.doc[max(token.i - len(rest), 0) : token.i]
    return bool(rest) and [t.text for t in before] == rest


def _defined_here(acronym: Token, written: str) -> bool:
    """'the People Power Party (PPP)': the acronym in brackets after its written-out form
    (writing it out again would read 'the People Power Party (People Power Party)')."""
    doc = acronym.doc
    if acronym.i == 0 or acronym.i + 1 >= len(doc) or doc[acronym.i - 1].text != "(":
        return False
    before = text_of(doc)[: doc[acronym.i - 1].idx].rstrip()
    return before.lower().endswith(written.lower())


def _surname_read_as_date(token: Token) -> bool:
    """'King and Weeks were abducted': a surname the tagger took for a date, where no
    date can stand (a subject, or joined to a name); never a month or a weekday."""
    return (
        token.ent_type_ == "DATE"
        and (token.pos_ == "PROPN" or (token.pos_ == "NOUN" and not token.is_sent_start))
        and token.text[:1].isupper()
        and token.dep_ in ("nsubj", "nsubjpass", "conj")
        and token.text not in (*MONTHS, *WEEKDAYS)
        and (token.dep_ != "conj" or token.head.ent_type_ != "DATE")
    )


def pronoun_replacements(clause: Clause, names: dict[str, str]) -> dict[int, str]:
    """The clause's subject pronoun (or the 'his'/'her' of its subject) written out, when
    what it stands for is beyond doubt.

    'he'/'she'/'his'/'her': the one person the sentences before name, going back past
    sentences whose subject is itself 'he' or 'she' and that name nobody; never when a
    sentence names two people or has another person ('the judge') for its subject.
    'it': the previous sentence's subject when that names one thing ("Ford's Mustang
    Mach E SUV", "Turkey") and the sentence names no rival; never an 'it' that stands
    for an event or for nothing ('It was the heaviest raid', 'It took three hours').
    """
    for token in clause.tokens:
        if token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        pronoun = token
        possessive = False
        if token.pos_ != "PRON":
            owner = [c for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON"]
            if not owner or owner[0].lower_ not in ("his", "her") or a_style(owner[0]):
                continue
            pronoun, possessive = owner[0], True
        word = pronoun.lower_
        if word in PERSONAL or possessive:
            person = _person_before(clause, pronoun)
            if person is None:
                return {}
            return {pronoun.i: f"{person}'s" if possessive else person}
        if word == "it" and token.head.lemma_ not in EMPTY_IT_VERBS:
            thing = _thing_before(clause, pronoun)
            return {} if thing is None else {pronoun.i: thing}
        return {}
    return {}


PERSONAL = frozenset(("he", "she"))
# 'It was the heaviest raid', 'It took three hours', 'That came seven years after':
# verbs whose 'it' stands for an event or for nothing.
EMPTY_IT_VERBS = frozenset(("be", "seem", "appear", "take", "mean", "happen", "come", "make"))
# Named things an 'it' can stand for (people are 'he' or 'she').
THING_LABELS = frozenset(
    ("ORG", "GPE", "PRODUCT", "FAC", "LOC", "WORK_OF_ART", "EVENT", "LAW", "NORP")
)


def _person_before(clause: Clause, pronoun: Token) -> str | None:
    """The one person a 'he' or 'she' can mean (see pronoun_replacements)."""
    sent = clause.sentence
    index = person_index(sent.doc)
    if index.persons_between(sent.start_char, pronoun.idx):
        return None  # 'Smith met Jones, and he said': whoever is named first in the sentence
    if any(t.ent_type_ == "PERSON" for t in sent if t.i < pronoun.i):
        return None  # 'Before Mrs. Clinton spoke, her finance director ...': a name the index
        # could not resolve (two Clintons) is someone still (sample Q93, WRONG: 'Comey's')
    for _ in range(3):
        if sent.start == 0:
            return None
        sent = sent.doc[sent.start - 1].sent
        people = index.persons_between(sent.start_char, sent.end_char)
        if _unsure_name(sent, index.ambiguous_surnames, people):
            return None  # 'Although Ford had outlined it, he ...' with a Mike and a Dale Ford
        subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
        subject = subjects[0] if len(subjects) == 1 else None
        if (
            subject is not None
            and subject.ent_type_ != "PERSON"
            and (subject.lower_ in ANAPHORIC_PEOPLE or subject.lower_ in ("i", "we", "you", "they"))
        ):
            return None  # 'A judge sentenced Smith. He said ...': which of the two?
        if len(people) == 1 and _another_name(subject, next(iter(people))):
            return None  # 'Montell Figgins [tagged ORG], who represents Thomas, said': Figgins
        if subject is not None and _another_known_person(subject, people, index):
            return None  # 'Trump [tagged NOUN] described Mueller's probe ... On Thursday, he
            # will ... head to Michigan' (sample Q171, WRONG as Mueller)
        if people and subject is not None and subject.lower_ in PERSONAL:
            return None  # 'He was CEO at Pixar [tagged PERSON]': the 'he' is someone before
        if len(people) == 1 and _another_of_that_sex(sent, pronoun):
            return None  # 'Judge Jean Leonard said the boy ... He'll be eligible' (Q54, WRONG)
        if len(people) == 1 and _a_he_beside_the_name(sent, pronoun):
            return None  # 'He fired shots at the women, Cohen said. After he made bail, ...':
            # the named one told of another 'he' (sample Q90, WRONG twice)
        if len(people) == 1:
            person = next(iter(people))
            sex = of_first_name(person)
            # 'Donald Trump ... she changed the name': no "she" of a man's name (sample Q41)
            return None if sex and of_pronoun(pronoun.lower_) not in ("", sex) else person
        if people or subject is None or subject.lower_ not in PERSONAL:
            return None
    return None


def _a_he_beside_the_name(sent: Span, pronoun: Token) -> bool:
    """The sentence before has a subject 'he' (or 'she', as the pronoun asks) of its own
    beside the one person it names: the named one is most often its source ('He stole a
    truck, Johnston said'), and the 'he' someone told of before."""
    sex = of_pronoun(pronoun.lower_)
    return bool(sex) and any(
        t.lower_ in PERSONAL and of_pronoun(t.lower_) == sex and t.dep_ in ("nsubj", "nsubjpass")
        for t in sent
    )


def _another_of_that_sex(sent: Span, pronoun: Token) -> bool:
    """The sentence before names someone else a 'he' may mean, by a noun of its sex ('the
    boy', 'his father'), outside any name: the one person it names is not the only one."""
    sex = of_pronoun(pronoun.lower_)
    return bool(sex) and any(
        of_noun(t.lower_) == sex and not t.ent_type_ and _someone_there(t) for t in sent
    )


def _someone_there(noun: Token) -> bool:
    """A noun that is someone in the sentence ('the boy can serve', 'met his father'), not
    what someone is or was ('became the first woman to ...', 'as a boy', 'The son of a
    Nebraska politician, Warren Buffett ...')."""
    if noun.dep_ == "pobj":
        return noun.head.lower_ != "as"
    if noun.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == noun.dep_ and c.i != noun.i and c.ent_type_ == "PERSON"
        for c in noun.head.children
    ):
        return False  # 'The son of a Nebraska politician, Warren Buffett delivered ...'
    return noun.dep_ in ("nsubj", "nsubjpass", "dobj", "dative")


def _unsure_name(sent: Span, ambiguous: frozenset[str], people: set[str]) -> bool:
    """A surname in the sentence that several people of the article share (so it resolved
    to none of them)."""
    named = {normalise(name.split()[-1]) for name in people}
    return any(t.pos_ == "PROPN" and normalise(t.text) in ambiguous - named for t in sent)


def _another_name(subject: Token | None, person: str) -> bool:
    """Is the sentence's subject a name that is not `person` (a name the tagger took for an
    organisation)? Then a 'he' after it may well be that name's."""
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ == "PERSON":
        return False
    words = [t.lower_ for t in subject.subtree]
    if any(w in BODY_NOUNS or w in COMPANY_WORDS for w in words):
        return False  # "The US Justice Department charged Assange. He ...": a body, not a he
    return subject.text not in person.split()


def _another_known_person(subject: Token, people: set[str], index: PersonIndex) -> bool:
    """Is the sentence's subject a capitalised word the person index resolves to someone
    the sentence was not found to name (a sentence's first word the tagger took for a
    common noun: 'Trump described Mueller's probe')?"""
    if subject.ent_type_ == "PERSON" or not subject.text[:1].isupper():
        return False
    owners = index.owners_of(subject.text)
    return bool(owners) and not owners & people


def _thing_before(clause: Clause, pronoun: Token) -> str | None:
    """The named thing an 'it' means: the previous sentence's subject, when that sentence
    and this one up to the 'it' name nothing else of the sort."""
    sent = clause.sentence
    if sent.start == 0:
        return None
    previous = sent.doc[sent.start - 1].sent
    subjects = [t for t in previous if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
    if len(subjects) != 1 or subjects[0].tag_ not in ("NN", "NNP"):
        return None
    subject = subjects[0]
    phrase = [
        t
        for t in subject.subtree
        if not any(a.dep_ in ("relcl", "acl", "appos", "prep", "conj") for a in _path(t, subject))
    ]
    ids = {t.i for t in phrase}
    if not phrase or any(t.is_punct or t.pos_ == "PRON" for t in phrase) or len(phrase) > 6:
        return None
    if subject.pos_ != "PROPN" and not any(t.pos_ == "PROPN" for t in phrase):
        return None  # 'The German automaker' names no one thing
    rivals = [
        e
        for e in [*previous.ents, *sent.doc[sent.start : pronoun.i].ents]
        if e.label_ in THING_LABELS | {"PERSON"}
        and not ids & {t.i for t in e}
        and e.root.dep_ not in ("compound", "nmod", "amod")  # 'Boeing jets' is no rival
    ]
    if rivals or subject.ent_type_ == "PERSON":
        return None
    text = "".join(t.text_with_ws for t in phrase).strip()
    return text[:1].lower() + text[1:] if phrase[0].pos_ == "DET" else text


def _path(token: Token, top: Token) -> list[Token]:
    """The tokens from `token` up to (not including) `top`."""
    out = []
    while token.i != top.i and token.head.i != token.i:
        out.append(token)
        token = token.head
    return out


def previous_speaker(clause: Clause, names: dict[str, str]) -> str | None:
    """The named speaker of the sentence before, when it is an attributed quote."""
    sent = clause.sentence
    if sent.start == 0:
        return None
    previous = sent.doc[sent.start - 1].sent
    if not any(c in previous.text for c in QUOTE_CHARS):
        return None
    for token in previous:
        if token.lemma_ in REPORTING_VERBS and token.pos_ == "VERB":
            for child in token.children:
                if child.dep_ == "nsubj" and child.ent_type_ == "PERSON":
                    ent = next(e for e in previous.ents if e.start <= child.i < e.end)
                    text = re.sub(r"['’]s$", "", ent.text).strip()
                    return names.get(text, text)
    return None


# "binge eating disorder (BED)": a term in lower case and its initials in brackets
# (its first word may open the sentence: "Binge eating disorder (BED) is ...")
_DEFINED = re.compile(
    r"\b((?:[A-Za-z][a-z-]* )(?:[a-z][a-z-]* ){0,4}[a-z][a-z-]*) \(([A-Z]{2,6})\)"
)


def spelled_out_acronyms(text: str) -> dict[str, str]:
    """'BED' -> 'binge eating disorder' where the article defines a term of common words by
    its initials, and 'NLG' -> 'National Lawyers Guild' for a name it defines so; a reader of
    one card has not seen the definition. An acronym every reader knows ('the National
    Aeronautics and Space Administration (NASA)', lexicon.WELL_KNOWN_ACRONYMS) is kept."""
    found: dict[str, str] = {}
    for m in _DEFINED.finditer(text):
        acronym = m.group(2)
        words = m.group(1).split()[-len(acronym) :]
        initials = "".join(w[0] for w in words).upper()
        if len(words) == len(acronym) and initials == acronym:
            found.setdefault(acronym, " ".join(words).lower())
    for m in _DEFINED_NAME.finditer(text):
        acronym, words = m.group(2), m.group(1).split()
        if acronym in WELL_KNOWN_ACRONYMS or acronym in found:
            continue
        for start in range(len(words)):  # 'The National Lawyers Guild': from 'National'
            name = words[start:]
            if name[0] in NAME_LINK_WORDS:
                continue  # 'Members of the Green Party (GP)': not 'of the Green Party'
            if "".join(w[0] for w in name if w not in NAME_LINK_WORDS) == acronym:
                found[acronym] = " ".join(name)
                break
    return found


# 'the National Lawyers Guild (NLG)': capitalised words, with 'of', 'and', 'for' between
_DEFINED_NAME = re.compile(
    r"\b((?:[A-Z][a-z]+ )(?:(?:[A-Z][a-z]+|of|and|for|the|on|in|to|at) ){1,6}[A-Z][a-z]+) \(([A-Z]{2,6})\)"
)
NAME_LINK_WORDS = frozenset(("of", "and", "for", "the", "on", "in", "to", "at"))


# Modals that, once the report is left out, say something else: 'By what year would ...?'
PAST_MODALS = frozenset(("would", "'d", "’d", "could", "might", "should"))
# What an organisation's name is tagged: a company, a body, a country speaking as one.
SPEAKING_BODIES = frozenset(("ORG", "GPE", "NORP"))
# What a body does with news of its own: 'Acme announced that it has raised $18 million'.
ANNOUNCING_VERBS = frozenset(("announce", "confirm", "disclose", "reveal"))


def organisation_pronoun(clause: Clause, verb: Token, asked: Span) -> tuple[dict[int, str], Clause]:
    """The 'it' of a clause an organisation reports, written out ({index: name}), and the
    clause without the words that tell of the report (_report_words); no name and the
    clause as it was where the 'it' may be anyone's."""
    speaker, of_the_report = _report_words(verb, asked)
    if not speaker:
        return {}, clause
    kept = tuple(t for t in clause.tokens if t.i not in of_the_report)
    return speaker, Clause(kept, clause.sentence)


def _report_words(verb: Token, asked: Span) -> tuple[dict[int, str], set[int]]:
    """'Microsoft said it aims to be carbon negative by 2030': the 'it' (a company's 'they') of a clause an
    organisation reports is the organisation, so a question about the reported clause
    alone reads 'By what year does Microsoft aim to ...?'. Only when the reporting verb's
    subject is the organisation's name and nothing else (no one told, no other body or
    person named between the name and the 'it'), and never for a phrase `asked` before the
    'it': 'Microsoft said on Thursday it aims' tells when Microsoft spoke, whatever the
    parser hung it on. Also the words between the reporting verb and the 'it', which tell
    of the report ('on Thursday'), for the question to leave out."""
    while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # 'it aims to be': the 'it' is the subject of 'aims'
    report = verb.head
    reports = report.lemma_ in REPORTING_VERBS or report.lemma_ in ANNOUNCING_VERBS
    if verb.dep_ != "ccomp" or not reports or report.dep_ != "ROOT":
        return {}, set()
    pronouns = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(pronouns) != 1 or pronouns[0].lower_ not in ("it", "they") or pronouns[0].i < report.i:
        return {}, set()
    if asked.start < pronouns[0].i:
        return {}, set()
    if any(c.dep_ == "aux" and c.lower_ in PAST_MODALS for c in verb.children):
        return {}, set()  # 'said it would halve ...': alone, 'would' reads as a supposition
    if any(
        c.dep_ in ("dobj", "dative") or (c.dep_ == "npadvmod" and c.ent_type_ != "DATE")
        for c in report.children
    ):
        return {}, set()  # 'told Reuters it': whose 'it'? ('today announced' says when)
    subjects = [c for c in report.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].i > report.i:
        return {}, set()
    subject = subjects[0]
    named = [t for t in subject.subtree if not (t.dep_ == "det" and t.i == subject.left_edge.i)]
    if (
        subject.ent_type_ not in SPEAKING_BODIES
        or not all(t.pos_ == "PROPN" and t.ent_type_ == subject.ent_type_ for t in named)
        or subject.tag_ != "NNP"  # 'Americans said it' is not one body
        # a company or a police force may be 'they' ('Miami-Dade Police said they ...');
        # a country or a people is 'it'
        or (pronouns[0].lower_ == "they" and (subject.ent_type_ != "ORG" or _shows_number(verb)))
    ):
        return {}, set()
    doc = verb.doc
    rivals = [
        e
        for e in doc[subject.right_edge.i + 1 : pronouns[0].i].ents
        if e.label_ in SPEAKING_BODIES | {"PERSON"}
    ]
    if rivals:
        return {}, set()
    text = "".join(t.text_with_ws for t in subject.subtree).strip()
    name = text[:1].lower() + text[1:] if subject.left_edge.pos_ == "DET" else text
    return {pronouns[0].i: name}, set(range(report.i + 1, pronouns[0].i))


def _shows_number(verb: Token) -> bool:
    """Does the verb agree with 'they' in a way a name cannot take ('they plan' -> 'do
    Goldman Sachs plan')? A past tense ('arrested') and a modal ('will open') do not."""
    agreeing = ("are", "were", "have", "do", "'re", "’re", "'ve", "’ve")
    return verb.tag_ == "VBP" or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in agreeing for c in verb.children
    )

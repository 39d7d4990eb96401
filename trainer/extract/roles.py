"""Who holds which post: "Pentagon spokesman Jane Roe", "Jane Roe, the Pentagon press
secretary", "Lisa Boesky, a clinical psychologist".

A title before a name, or an apposition after it, whose head is a post or an occupation
and which names where the post is held. Past posts ("former ...") are not roles.
Found once per Doc, then cached. Where a post's words stop around the name is decided by
extract.title_edges.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from trainer.extract.clauses.cut import QUOTE_CHARS, inside_quote
from trainer.extract.doc import cached, text_of
from trainer.extract.held_then import EVERY_POST, bodies_left, earlier_dates, held_then
from trainer.extract.persons import PersonIndex, a_team, a_title_alone, person_index
from trainer.extract.title_edges import (
    a_person,
    cut_inside_a_phrase,
    heads_its_own_phrase,
    hyphen,
    object_before_a_clause,
    whole_body,
    without_where_based,
)
from trainer.extract.title_words import (
    ENDED,
    LINK_WORDS,
    PAST,
    TITLE_NOUNS,
    a_record,
    after_a,
    after_an_abbreviation,
    common_word,
    indefinite_article,
    is_title,
    past,
    plain,
    whose,
)
from trainer.language.anaphora import ANAPHORIC_PEOPLE
from trainer.language.lexicon import DEATH_NOUNS, DEATH_VERBS, FINITE_TAGS, KILLING_VERBS, wordset
from trainer.language.names import clean_name, surname
from trainer.language.posts import (
    AP_STATES,
    COURTESY_WORDS,
    OCCUPATIONS,
    PARTIES,
    RANKS,
    STATES_IN_FULL,
    STYLE_NOUNS,
)
from trainer.language.text import normalise
from trainer.nlp import TITLE_ABBREVIATIONS

if TYPE_CHECKING:
    from datetime import date

    from spacy.tokens import Doc, Span, Token

MAX_TITLE_WORDS = 16
PARTY_TAG = re.compile(r"\s*(?:\(|,\s*)([DRI])-([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)")


@dataclass(frozen=True)
class Role:
    person: str  # full name as first introduced
    title: str  # "Pentagon spokesman", "a clinical psychologist", "former Acme head"
    definite: bool  # names a post rather than describing the person ("a singer")
    start: int
    end: int
    named: bool = False  # says where the post is held: "Who is the <title>?" has one answer
    former: bool = False  # "former Acme head", "then-Secretary of State"
    written: str = ""  # the title as written when it differs ("U.S. Rep.")
    party: str = ""  # "Democrat" from "(D-Ore.)"
    state: str = ""  # "Oregon" from "(D-Ore.)"
    tag: str = ""  # "D-Ore." as written
    whose_pronoun: bool = False  # "his lawyer Jane Roe": someone's, told by a pronoun only


def find_roles(doc: Doc, published: date | None = None, as_of: str = "") -> list[Role]:
    """Every post a person of the doc is said to hold or to have held, found once per doc.
    `as_of` (and `published`) is the article's date: a post told of an earlier time is
    left out."""
    return cached(
        doc, f"trainer.roles.{as_of}.{published}", lambda d: _find_roles(d, published, as_of)
    )


def _find_roles(doc: Doc, published: date | None, as_of: str) -> list[Role]:
    persons = person_index(doc)
    dated = earlier_dates(doc, published, as_of)
    left = bodies_left(doc) if as_of else {}
    roles: list[Role] = []
    dead = _dead(doc) if as_of else set()
    earlier: list[Role] = []  # '... when Vice President Joe Roe took over'
    pictured: list[Role] = []  # 'FILE PHOTO: FBI Director Joe Roe testifies ... 2013'
    for ent in doc.ents:
        if ent.label_ != "PERSON" or a_team(ent) or a_title_alone(ent):
            continue  # 'head coach of the Grey Cup-champion Saskatchewan Roughriders'
        person = _whole_name(ent, persons.resolve(ent.text))
        if not person or " " not in person or (ent.start and doc[ent.start - 1].lower_ == "late"):
            continue  # "the late Jane Roe" holds no post now
        if _dies_here(ent) or surname(person) in dead:
            continue  # "Ambassador Jane Roe was killed in the attack": no post after it
        quoted = _in_a_quote(ent)  # '"... al-Qaeda leader Baitullah Mehsud is behind it,"
        # said ...': a speaker's label for someone is no post the article gives
        if person.split()[0] in _organisations(doc):
            continue  # "President Ascom North America": a firm the tagger took for a person
        found = (
            _title_before(ent, person, persons),
            _title_after(ent, person),
            _title_then_name(ent, person),
        )
        for role in found:
            if role is None or (quoted and not role.former):
                continue  # a past post a speaker names ("former Vice President Biden") is
                # history, not a label to take on trust
            then = held_then(ent, role.title, dated)
            if not role.former and _left(role, left):
                then = "earlier"  # "Acme founder Jane Roe" ... "Ms Roe, who quit Acme"
            if then == "pictured":
                pictured.append(role)
                continue
            # no card for a post it may no longer be held; what someone is ("a singer",
            # "an Oscar-winning actress") stays true after the time the sentence tells of
            if then == "when" or (then and (role.definite or _a_post(role))):
                earlier.append(role)
            else:
                roles.append(role)
    # a photo's post of an earlier day is the one held that day: held now too, unless the
    # article says the person held it before ('Special counsel Robert Mueller, a former
    # director of the FBI' beside a 2013 'FBI Director Robert Mueller testifies ...', sample
    # Q165, WRONG: 'FBI Director' was accepted as his post in October 2017)
    for role in pictured:
        held_before = [r for r in roles + earlier if r.person == role.person and r.former]
        if any(_post_words(r.title) & _post_words(role.title) for r in held_before):
            earlier.append(role)
        else:
            roles.append(role)
    # "former Vice President Joe Roe" ... "Vice President Roe": the same past post
    past = {(r.person, normalise(r.title)) for r in roles + earlier if r.former or r in earlier}
    return [
        r
        for r in roles
        if (
            r.former
            or not any(p == r.person and f" {normalise(r.title)}" in f" {t}" for p, t in past)
        )
        and not _anothers_post_joined(r, roles)
    ]


def _post_words(title: str) -> set[str]:
    """The words of a title that name a post ('director' of 'a former director of the
    FBI')."""
    return {w for w in normalise(title).split() if w in TITLE_NOUNS}


def _anothers_post_joined(role: Role, roles: list[Role]) -> bool:
    """'brokered by the House Freedom Caucus chairman and Tuesday Group co-chairman Tom
    MacArthur': two people, the first named elsewhere ('House Freedom Caucus chairman Rep.
    Mark Meadows'); a part of one word ('President and CEO') is too common to tell."""
    parts = [normalise(p) for p in role.title.split(" and ")]
    others = [f"{normalise(r.title)} " for r in roles if r.person != role.person]
    return len(parts) > 1 and any(
        " " in p and any(o.startswith(f"{p} ") for o in others) for p in parts
    )  # 'House Freedom Caucus chairman Rep.' is the same post


def _dies_here(ent: Span) -> bool:
    """'J. Christopher Stevens, the U.S. Ambassador, was killed in an attack ...': the
    sentence tells of the person's death (or that they were fired), so the post is no post
    'As of' the article's date. Who resigns from something says nothing of the post named
    (trainer.extract.held_then reads that)."""
    root = ent.root
    verb = root.head
    if verb.dep_ in ("xcomp", "pcomp", "acl") or any(c.lower_ == "to" for c in verb.children):
        return False  # 'pleaded guilty to threatening to kill Rep. Jane Roe': no death
    if root.dep_ == "nsubj" and verb.lemma_ in DEATH_VERBS:
        return True
    if any(_a_death_told_of_who(c) for c in root.children if c.dep_ == "relcl"):
        return True  # 'Army Capt. Humayun Khan, who was killed in Iraq in 2004' (sample Q177,
        # WRONG: 'As of August 2016, what was Humayun Khan's position?')
    return root.dep_ in ("nsubjpass", "dobj") and verb.lemma_ in KILLING_VERBS | REMOVING_VERBS


def _a_death_told_of_who(clause: Token) -> bool:
    """A relative clause whose 'who' died or was killed: 'who died in 2004', 'who was
    killed in Iraq'."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ != "who":
        return False
    if subject.dep_ == "nsubj":
        return clause.lemma_ in DEATH_VERBS
    return clause.lemma_ in KILLING_VERBS


# Verbs of putting someone out of a post, as its object ('Penney, which fired Chief
# Executive Ron Johnson': sample Q45, not his post 'As of' the article's month).
REMOVING_VERBS = wordset("fire oust sack dismiss depose unseat topple")


def _in_a_quote(ent: Span) -> bool:
    """A name between a quote's marks in its sentence: a post there is the speaker's label
    ('"... al-Qaeda leader Baitullah Mehsud is behind her assassination," said ...'), not
    the article's. A sentence that opens inside a quote begun before it has a closing mark
    only, and the name after it is outside."""
    sent = ent.sent
    return inside_quote(ent[0], sent.start_char) and any(
        t.text in QUOTE_CHARS for t in ent.doc[ent.end : sent.end]
    )


def _dead(doc: Doc) -> set[str]:
    """The surnames of the people whose death the article tells anywhere: 'the attack
    which killed Bhutto', 'the assassination of Benazir Bhutto', 'Ms Bhutto's murder'. An
    'As of' post of theirs is no post (sample Q17's WRONG card)."""
    dead = set()
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        root = ent.root
        of_a_death = root.dep_ == "pobj" and root.head.lower_ == "of"
        noun = root.head.head if of_a_death else root.head if root.dep_ == "poss" else None
        if _dies_here(ent) or (noun is not None and noun.lemma_.lower() in DEATH_NOUNS):
            dead.add(surname(clean_name(ent.text)))
    return dead


def _left(role: Role, left: dict[str, set[str]]) -> bool:
    """The article says the holder left the body the post is held at."""
    title = f" {normalise(role.title)} "
    bodies = left.get(surname(role.person).lower(), set())
    return EVERY_POST in bodies or any(f" {body} " in title for body in bodies)


def _a_post(role: Role) -> bool:
    """'a Dover police officer' is a post; 'an Oscar-winning actress' is what she is."""
    return role.named and not set(normalise(role.title).split()) & OCCUPATIONS


# Words before a post that say how it is held now, not what it is.
# ('Current Florida Gov. Ron DeSantis', sample Q166: 'Current Florida Governor' as a post)
PASSING_STATE = frozenset(("incumbent", "outgoing", "sitting", "embattled", "current"))


def _organisations(doc: Doc) -> frozenset[str]:
    """The one-word organisations the doc names ("Ascom")."""
    return cached(
        doc,
        "trainer.roles.organisations",
        lambda d: frozenset(e.text for e in d.ents if e.label_ == "ORG" and len(e) == 1),
    )


def _whole_name(ent: Span, person: str | None) -> str | None:
    """The name the tagger cut short ("Moon Jae" + "-in") or ran on ("Jane Roe's Acme")."""
    if person is None:
        return None
    owner = re.search(r"['’]s\b", person)
    if owner:  # "Amazon founder Jeff Bezos's Blue Origin": the founder is Jeff Bezos
        person = person[: owner.start()]
        return person if len(person.split()) >= 2 else None
    rest = re.match(r"-[a-z]+\b", text_of(ent.doc)[ent.end_char : ent.end_char + 12])
    if rest and person.endswith(ent.text):
        return person + rest.group()
    return None if rest else person


# An ordinal in figures that opens a name: '21st Century Fox', '3rd Infantry Division'.
ORDINAL_FIGURE = re.compile(r"\d+(?:st|nd|rd|th)")


# Words of how much, which the parser may tag adjectives before a post: no part of it.
QUANTITY_WORDS = frozenset(("much", "many", "more", "most", "less", "few", "such", "enough"))


def _after_as(doc: Doc, last: int) -> bool:
    """Do the words ending at `last` follow 'as'? 'Jeff Sessions as attorney general and
    Kansas Rep. Mike Pompeo': the post before 'and' is another person's (sample Q109,
    WRONG: Pompeo's 'attorney general and Kansas Representative')."""
    i = last
    while i >= 0 and doc[i].pos_ in ("NOUN", "PROPN", "ADJ"):
        i -= 1
    return i >= 0 and doc[i].lower_ == "as"


def _title_before(ent: Span, person: str, persons: PersonIndex) -> Role | None:
    """'Pentagon spokesman Jane Roe', 'Energy Secretary Rick Perry', 'former Acme head Jane
    Roe', 'Salesforce founder and co-CEO Jane Roe', 'businessman Jane Roe'."""
    doc = ent.doc
    tokens: list[Token] = []
    # An entity may swallow a leading title word ("Superintendent Jennifer McCormick").
    start = ent.start
    while start < ent.end - 2 and is_title(doc[start]):
        start += 1
    if start > ent.start:
        tokens = list(doc[ent.start : start])
    i = ent.start - 1
    while not tokens and i >= 0 and doc[i].lower_ in COURTESY_WORDS:
        i -= 1  # "Deputy Director Mrs. Jane Roe": a courtesy title is no part of the post
    seen_title = any(is_title(t) for t in tokens)
    while i >= 0:
        t = doc[i]
        if (t.ent_type_ == "PERSON" and a_person(t, persons)) or t.is_space:
            owner = t.text in ("'s", "’s") or (tokens and tokens[0].text in ("'s", "’s"))
            if tokens and owner and not t.is_space:
                # "Dianne Bentley's chief of staff Heather Hannah": whose post it is, whole
                # (not "a chief of staff", sample Q58, VAGUE)
                while i >= 0 and doc[i].ent_type_ == "PERSON" and doc[i].ent_iob_ != "O":
                    tokens.insert(0, doc[i])
                    if doc[i].ent_iob_ == "B":
                        break
                    i -= 1
                i -= 1
            break
        if t.ent_type_ in ("DATE", "TIME") and not is_title(t):
            break  # "Last week Acme CEO Jane Roe": the post is "Acme CEO"
        if heads_its_own_phrase(t):
            break
        if t.lower_ in QUANTITY_WORDS:
            break  # 'how much Attorney General William Barr will make public' (sample Q77)
        if t.dep_ == "pobj" and t.head.lower_ == "to" and t.is_lower and not is_title(t):
            break  # 'calls to impeach President Donald Trump': a verb, tagged a noun (Q113)
        if t.pos_ in ("PROPN", "NOUN", "ADJ") or (tokens and (t.text == "&" or hyphen(t))):
            tokens.insert(0, t)
            seen_title = seen_title or is_title(t)
        elif tokens and t.text in ("'s", "’s") and i > 0 and doc[i - 1].text[:1].isupper():
            tokens.insert(0, t)  # "Volvo's head of design"
        elif t.tag_ == "VBG" and t.is_sent_start and not t.ent_type_:
            break  # 'Accompanying President Donald Trump on his trip, ...' (sample Q79, WRONG)
        elif t.tag_ == "VB" and i > 0 and doc[i - 1].text in (":", "—", "–"):
            break  # '...: Choose Massachusetts Sen. Elizabeth Warren' (sample Q119, WRONG)
        elif t.pos_ in ("VERB", "X") and t.text.istitle() and not t.is_stop and tokens:
            tokens.insert(0, t)  # a firm's name the tagger took for a verb: "Acme"
        elif tokens and t.lower_ == "acting":
            tokens.insert(0, t)  # "acting U.S. Attorney": a post held for now (sample Q32)
        elif tokens and t.text == "Under" and tokens[0].lower_ == "secretary":
            tokens.insert(0, t)  # "Under Secretary for Management", tagged a preposition: no
            # "Secretary for Management" (sample Q164, WRONG: a post that does not exist)
        elif tokens and ORDINAL_FIGURE.fullmatch(t.text) and tokens[0].text[:1].isupper():
            tokens.insert(0, t)  # "21st Century Fox executive chairman" (sample Q60, WRONG)
        elif tokens and (hyphen(tokens[0]) or hyphen(doc[i - 1])):
            tokens.insert(0, t)  # "London-based", "editor-in-chief", "then-Secretary"
        elif (
            t.lower_ == "and"
            and tokens
            and i > 0
            and is_title(doc[i - 1])
            and seen_title
            and not _after_as(doc, i - 1)
        ):
            tokens.insert(0, t)  # "Salesforce founder and co-CEO"
        elif (
            t.lower_ == "and"
            and tokens
            and i
            and doc[i - 1].pos_ == "NOUN"
            and doc[i - 1].is_lower
            and not _after_as(doc, i - 1)
        ):
            return None  # "Mr. Trump's former bodyguard and close aide Keith Schiller": half
            # of what the words before 'and' say ('former', whose), sample Q113 (WRONG)
        elif not seen_title and tokens and t.lower_ in ("of", "to", "for"):
            tokens.insert(0, t)  # "Secretary of State", "Ambassador to the European Union"
        elif (
            tokens
            and t.lower_ == "of"
            and i > 0
            and doc[i - 1].pos_ == "PROPN"
            and doc[i - 1].text[:1].isupper()
            and not is_title(doc[i - 1])
            and tokens[0].pos_ == "PROPN"
            and not is_title(tokens[0])
        ):
            tokens.insert(0, t)  # "District of Columbia Attorney General", "Bank of America
            # CEO": a name with 'of' inside ('Columbia Attorney General', sample Q169, WRONG)
        elif not seen_title and t.lower_ == "the" and tokens and doc[i + 1].i == tokens[0].i:
            if i == 0 or doc[i - 1].lower_ not in ("of", "to", "for"):
                break
            tokens.insert(0, t)
        else:
            break
        i -= 1
    # "his lawyer Jane Roe" (whose?), but not the "His" of "His Honour Judge Jane Roe"
    owned = bool(tokens) and i >= 0 and doc[i].tag_ == "PRP$"
    if tokens and i >= 1 and object_before_a_clause(ent, doc[i]):
        # "is not the gracious welcome [that] billionaire Jane Roe has come to expect": the
        # words up to "welcome" are another noun phrase; the post is what follows it
        nouns = [k for k, t in enumerate(tokens) if t.pos_ == "NOUN" and not is_title(t)]
        tokens = tokens[nouns[-1] + 1 :] if nouns else tokens
    owned = owned and doc[i + 1].lower_ not in STYLE_NOUNS
    if tokens and i >= 0:
        tokens = whole_body(tokens, doc[i])
    if tokens and after_an_abbreviation(tokens[0]):
        return None  # "LAPD Asst. | Chief Jane Roe": a title cut by a sentence break
    if tokens and tokens[0].text in AP_STATES and tokens[0].i and doc[tokens[0].i - 1].text == ",":
        return None  # 'Nogales, Ariz. President Donald Trump': a caption's place ends before
        # the post (sample Q105, WRONG: 'Ariz. President')
    while tokens and (tokens[0].text in "-&" or tokens[0].lower_ in PASSING_STATE | COURTESY_WORDS):
        tokens = tokens[1:]  # "incumbent Gov. Jane Roe", "His Honour Judge Jane Roe": Judge
    if "and" in [t.lower_ for t in tokens] and i >= 0 and doc[i].lower_ in ("the", "a", "an"):
        # 'advising the governor and President Donald Trump': two people, the second named
        # (sample Q163, MIXED: 'governor and President' offered as a post)
        tokens = tokens[[t.lower_ for t in tokens].index("and") + 1 :]
    tokens = _without_rank_after_job(tokens)
    tokens = _after_the_one_served(tokens)
    seen_title = seen_title and any(is_title(t) for t in tokens)
    if not tokens or not seen_title or tokens[0].lower_ in LINK_WORDS | {"the"}:
        return None
    if len(tokens) == 1 and tokens[0].lower_ == "chief":
        return None  # 'Chief Kerr Putney of the Charlotte-Mecklenburg police': chief of what
        # is after the name ('Chief' was offered as a post, sample Q163, MIXED)
    if any(t.tag_ == "VBD" for t in tokens):
        return None  # "Louisiana Democrats re-elected Governor Jane Roe": a clause, not a post
    verbs = [
        k
        for k, t in enumerate(tokens)
        if t.pos_ == "VERB" and t.tag_ in ("VB", "VBP", "VBZ") and t.is_lower  # not 'Acme'
    ]
    if verbs:  # "declined to re-nominate former Justice Jane Roe": the post is after the verb
        tokens = tokens[verbs[-1] + 1 :]
        if not tokens or not any(is_title(t) for t in tokens):
            return None
    # the post ends the phrase or is followed by "of"/"to"/"for ..." ("Secretary of State")
    last_title = max(k for k, t in enumerate(tokens) if is_title(t))
    rest = tokens[last_title + 1 :]
    if rest and rest[0].lower_ not in ("of", "to", "for"):
        return None
    if tokens[last_title].tag_ == "JJ" and tokens[last_title].lower_ == "official" and not rest:
        # "North Korea's official Rodong Sinmun": the adjective, no post (sample Q75, WRONG);
        # 'chief' and 'executive', tagged so as well, are posts ("AMC chief Josh Sapan")
        return None
    if whose(tokens) is None:
        return None
    role = _role(person, tokens, tokens[0].idx, ent.end_char)
    if role is None:
        return None
    if owned:
        role = replace(role, whose_pronoun=True)
    if not role.definite:
        return replace(role, title=f"{indefinite_article(role.title)} {role.title}")
    return _with_party(role, doc, ent.end_char)


def _after_the_one_served(tokens: list[Token]) -> list[Token]:
    """'a policy adviser to Republican presidential candidate Mitt Romney': after 'to' or
    'for' comes a person ('candidate', 'president'), whom the name is; the adviser is
    someone else. The post is what describes that person, not the adviser's ('Ambassador
    to the United Nations Jane Roe' names a body there and stays whole)."""
    for k in range(len(tokens) - 1, -1, -1):
        if tokens[k].lower_ in ("to", "for") and any(
            t.lower_ in ANAPHORIC_PEOPLE and t.is_lower for t in tokens[k + 1 :]
        ):
            return tokens[k + 1 :]
    return tokens


def _without_rank_after_job(tokens: list[Token]) -> list[Token]:
    """'police spokesman Sgt.', 'Air Force spokesman Lt. Col.', 'Marine Corps Commandant
    Major General': the post is the job; the rank after it is the person's ('Detective
    Inspector' alone is the post: a rank before a rank)."""
    k = len(tokens)
    while k > 1 and tokens[k - 1].text[0].isupper():
        word = tokens[k - 1].lower_.rstrip(".")
        ranked = k > 2 and tokens[k - 2].lower_.rstrip(".") in RANKS
        if word not in RANKS and not (word in ("general", "admiral") and ranked):
            break
        k -= 1
    job = tokens[k - 1] if 0 < k < len(tokens) else None
    if job is None or job.lower_.rstrip(".") in RANKS | {"chief"}:
        return tokens  # ('Chief Constable', 'Chief Inspector': one post, sample Q125)
    return tokens[:k] if is_title(job) else tokens


def _title_after(ent: Span, person: str) -> Role | None:
    """'Jane Roe, the Pentagon press secretary,' / 'Lisa Boesky, a clinical psychologist' /
    'Jane Roe, Director, Acme Securities.'"""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text != ",":
        return None
    head = ent.root
    appos = [c for c in head.children if c.dep_ == "appos" and c.i > ent.end]
    if not appos or not is_title(appos[0]) or appos[0].pos_ not in ("NOUN", "PROPN"):
        return None
    first = ent.end + 1
    end = first
    # the apposition's own words: "a top aide to Jane Roe" stops before "on Monday's call"
    stop = min(appos[0].i + MAX_TITLE_WORDS + 2, appos[0].right_edge.i + 1)
    for part in appos[0].rights:  # "... aide to Jane Roe on Monday's call": an occasion
        if part.dep_ == "prep" and any(t.ent_type_ in ("DATE", "TIME") for t in part.subtree):
            stop = min(stop, part.i)
    while end < len(doc) and end < stop:
        t = doc[end]
        if (
            t.text in ',;:()—–"“”'
            or t.lower_ in ("who", "whom", "which", "whose", "that", "where", "when")
            or (t.pos_ in ("VERB", "AUX") and t.i > appos[0].i and not hyphen(doc[t.i - 1]))
        ):
            break
        if (t.is_sent_start and t.i > first) or t.is_space or t.text == ".":
            break
        end += 1
    if end < len(doc) and cut_inside_a_phrase(doc[end - 1], end):
        # "co-chair of the Academy's FAST | supervisory committee": the post is the whole
        # phrase or, when that is too long, the post before its "and", or none
        posts = [c.i for c in appos[0].children if c.dep_ == "cc" and first < c.i < end]
        if not posts:
            return None
        end = posts[-1]
    # a name is never cut: "General Manager of Life Care Solutions Europe"
    while end < len(doc) and doc[end - 1].is_title and doc[end].is_title:
        if doc[end].is_sent_start or doc[end].ent_type_ == "PERSON":
            return None
        end += 1
    if end <= appos[0].i:
        return None
    if (
        end + 1 < len(doc)
        and doc[end].text == ","
        and doc[end - 1].dep_ == "pobj"
        and doc[end - 1].head.lower_ == "of"
        and doc[end + 1].pos_ == "NOUN"
        and doc[end + 1].is_lower
    ):
        return None  # 'professor of crime, law and policy ...': a list the comma cut, and
        # 'a professor of crime' was the post (sample Q123, WRONG)
    if _a_place_of_a_noun_after(doc, end):
        return None  # 'executive director of Oakland, California, dispensary Harborside':
        # the place tells where the dispensary is, not what he directs (sample Q163, MIXED)
    end = _with_the_places_listed(doc, end)
    if end < len(doc) and doc[end].tag_ in FINITE_TAGS and doc[end].dep_ != "acl":
        return None  # 'of Mr. Trump, the president of Russia has given him a nod': the
        # phrase after the comma is the next verb's subject, no apposition (sample Q119, WRONG)
    if end == appos[0].i + 1 == first + 1 and doc[end].text == ",":
        return _title_comma_firm(ent, person, doc[first])
    det = doc[first]
    words = without_where_based(list(doc[first:end]))
    if det.lower_ in ("the", "a", "an", "another"):
        words = words[1:]
    elif det.pos_ not in ("PROPN", "NOUN", "ADJ") or det.lower_ in ("his", "her", "their"):
        return None
    if len(words) > 2 and words[-1].pos_ == "DET" and words[-2].lower_ in ("and", "or"):
        words = words[:-2]  # "Acme CEO and a founding member of ...": the post is the first
    if det.lower_ in ("a", "an") and any(
        w.lower_ in ("and", "or") and w.i + 1 < len(doc) and doc[w.i + 1].lower_ in ("a", "an")
        for w in words
    ):
        return None  # 'letters to Mr Obama, a judge and a Mississippi senator': three people
    if not words or words[-1].lower_ in LINK_WORDS or words[-1].pos_ == "DET":
        return None
    if _a_list_of_posts(doc, end):
        return None  # 'Tom MacArthur, the President, and the Vice President': three people
    role = _role(person, words, ent.start_char, words[-1].idx + len(words[-1]))
    if role is None:
        return None
    if det.lower_ in ("a", "an", "another") or not role.definite:
        # "Lisa Boesky, a clinical psychologist", "Alicia Keys, the singer": who she is
        article = det.lower_ if det.lower_ in ("a", "an") else indefinite_article(role.title)
        if words and not role.title.startswith(words[0].text):
            article = indefinite_article(role.title)  # 'a retired Army general' lost 'retired'
            # and is 'an Army ...' (sample Q109, UNGRAM)
        title = f"{article} {role.title}"
        return replace(role, title=title, definite=False, written="")
    formal = all(t.text[:1].isupper() or t.lower_ in LINK_WORDS | {"the"} for t in words)
    if not (role.named or role.former or formal):
        return None  # "the company CEO", "the industry analyst": whose?
    return role


def _a_place_of_a_noun_after(doc: Doc, end: int) -> bool:
    """Does the title end on 'of' a city whose state follows between commas and then a
    common noun ('of Oakland, California, dispensary Harborside')? Then the city and state
    are where that noun's thing is."""
    if not 0 < end < len(doc) or doc[end].text != ",":
        return False
    first = end - 1
    while first > 0 and doc[first].ent_type_ in PLACE_LABELS and doc[first].ent_iob_ == "I":
        first -= 1
    if doc[first].ent_type_ not in PLACE_LABELS or first == 0 or doc[first - 1].lower_ != "of":
        return False
    i = end + 1
    if i >= len(doc) or doc[i].ent_type_ not in PLACE_LABELS:
        return False
    while i < len(doc) and doc[i].ent_type_ in PLACE_LABELS:
        i += 1
    return (
        i + 1 < len(doc)
        and doc[i].text == ","
        and doc[i + 1].pos_ == "NOUN"
        and doc[i + 1].is_lower
        and doc[i + 1].dep_ != "appos"
    )


def _with_the_places_listed(doc: Doc, end: int) -> int:
    """'deputy assistant secretary of defense for Russia(, Ukraine and Eurasia)': the places
    a post is 'for' or 'of', listed after the comma that stopped the title, are its own (sample
    Q139, WRONG: '... for Russia' was the answer). The end after the list, or `end`."""
    last = doc[end - 1] if end else None
    if last is None or last.dep_ != "pobj" or last.head.lower_ not in ("of", "for"):
        return end
    if last.ent_type_ not in PLACE_LABELS:
        return end
    i = end
    while i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].ent_type_ in PLACE_LABELS:
        i += 2
        while i < len(doc) and doc[i].ent_iob_ == "I":
            i += 1
    if i + 1 < len(doc) and doc[i].lower_ == "and" and doc[i + 1].ent_type_ in PLACE_LABELS:
        i += 2
        while i < len(doc) and doc[i].ent_iob_ == "I":
            i += 1
        return i
    return end


PLACE_LABELS = frozenset(("GPE", "LOC"))


def _a_list_of_posts(doc: Doc, end: int) -> bool:
    """', and the Vice President' after a name's apposition: the next of a list of
    people, named by a post alone, so the apposition was one of them too."""
    after = doc[end : end + 6]
    return (
        len(after) > 3
        and after[0].text == ","
        and after[1].lower_ in ("and", "or")
        and after[2].lower_ == "the"
        and any(is_title(t) for t in after[3:5])
        and not any(t.ent_type_ == "PERSON" for t in after[3:])
    )


def _title_then_name(ent: Span, person: str) -> Role | None:
    """'Acme's founder and former CEO, Jane Roe, said': the name in apposition to the post."""
    doc = ent.doc
    head = ent.root.head
    if (
        ent.start < 2
        or doc[ent.start - 1].text != ","
        or ent.root.dep_ != "appos"
        or head.i >= ent.start - 1
        or not is_title(head)
    ):
        return None
    tokens = list(doc[head.left_edge.i : ent.start - 1])
    while tokens and tokens[0].pos_ in ("SCONJ", "ADP", "CCONJ"):
        tokens = tokens[1:]  # "whether Acme's founder, ..."
    if tokens and tokens[0].lower_ == "the" and not (len(tokens) > 1 and tokens[1].ent_type_):
        tokens = tokens[1:]  # but "the Taliban's deputy leader" keeps its article
    if not tokens or any(
        t.pos_ in ("VERB", "AUX", "PRON", "DET") or (t.is_punct and not hyphen(t))
        for t in tokens[tokens[0].lower_ == "the" :]
    ):
        return None
    role = _role(person, tokens, tokens[0].idx, ent.end_char)
    return role if role is not None and role.definite and role.named else None


def _title_comma_firm(ent: Span, person: str, title: Token) -> Role | None:
    """'Jane Roe, Director, Acme Securities.': a post, then the firm, to the clause's end."""
    doc = ent.doc
    firm = [e for e in doc.ents if e.start == title.i + 2 and e.label_ == "ORG"]
    if not firm or not title.text[:1].isupper():
        return None
    after = doc[firm[0].end] if firm[0].end < len(doc) else None
    if after is not None and after.text not in ".,;" and not after.is_space:
        return None
    tokens = list(doc[title.i : firm[0].end])
    role = _role(person, tokens, ent.start_char, firm[0].end_char)
    return None if role is None else replace(role, named=False)  # no "Who is the Director, ..."


def _written(tokens: list[Token]) -> str:
    doc = tokens[0].doc
    return text_of(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]


def _spelt_out(tokens: list[Token]) -> str:
    """The title with its abbreviations written out: "South Dakota Gov." -> "... Governor"."""
    parts: list[str] = []
    for t in tokens:
        parts.append(TITLE_ABBREVIATIONS.get(t.text, t.text) + t.whitespace_)
    return "".join(parts).strip()


def _a_credit_s_end(token: Token) -> bool:
    """'File' of 'Tom Brenner/Reuters/File': the last word of a photo credit, run into the
    caption after it."""
    return token.lower_ == "file" and token.i > 0 and token.doc[token.i - 1].text == "/"


def _role(person: str, tokens: list[Token], start: int, end: int) -> Role | None:
    if any(t.lower_ == "late" for t in tokens) or whose(tokens) is None:
        return None  # "the late Jane Roe"; "the company's chief operating officer"
    at_the_time = [t.lower_ for t in tokens[-3:]] == ["at", "the", "time"]
    if at_the_time:
        tokens = tokens[:-3]  # 'Kitzhaber, the governor at the time': a post held no more
        # (sample Q171, WRONG as 'As of June 2020 ... a governor at the time')
        if not tokens:
            return None
    if len(tokens) > 1 and _a_credit_s_end(tokens[0]):
        tokens = tokens[1:]  # 'Tom Brenner/Reuters/File President Donald Trump ...': the
        # photo credit's 'File' (sample Q182, WRONG: 'File President')
    if len(tokens) > 1 and tokens[0].lower_ in PASSING_STATE:
        tokens = tokens[1:]  # 'the current FBI director', 'a sitting congressman': the post
    while len(tokens) > 1 and tokens[-1].pos_ == "ADP" and tokens[-1].dep_ == "prep":
        tokens = tokens[:-1]  # 'another forest scientist with whom he works': no 'with'
    if len(tokens) > 1 and tokens[0].lower_ in ENDED:
        tokens = tokens[1:]  # "Fired FBI Director James Comey said" at a sentence's start:
        # the post held no more (past() reads the word before)
    if any(
        t.text in TITLE_ABBREVIATIONS and t.i > 0 and t.doc[t.i - 1].lower_ == "and"
        for t in tokens[1:]
    ):
        return None  # "the former president and Sen. Hillary Clinton": two people (sample Q13)
    if any(a_record(t) for t in tokens) and not after_a(tokens[0]):
        return None  # "the first Republican ambassador (since ...)": a record, not a post
    first = tokens[0]
    if _body_cut_off(first):
        return None  # 'Xiaomi India head and Vice-President ...' -> 'head and ...' (Q54)
    written = _written(tokens).strip(" ,")
    title = _spelt_out(tokens).strip(" ,")
    if first.is_sent_start and (
        first.lower_ in PAST | OCCUPATIONS
        or (first.pos_ != "PROPN" and not first.ent_type_ and is_title(first))
    ):
        title = _lowered(title)  # "Former President ..." at a sentence start
        written = _lowered(written)
    title = re.sub(r"^then[- ]", "former ", title, flags=re.IGNORECASE)
    if at_the_time and not past(tokens):
        title, written = f"former {title}", ""

    words = normalise(title).split()
    if not 1 <= len(words) <= MAX_TITLE_WORDS:
        return None
    if set(words) & set(normalise(clean_name(person)).split()):
        return None
    if re.search(r"\d(?!\d*(?:st|nd|rd|th)\b)", title):  # "54th speaker" is a title
        return None
    heads = [t for t in tokens if is_title(t)]
    occupation = bool(heads) and heads[-1].lower_ in OCCUPATIONS
    named = whose(tokens) == "named"
    definite = not occupation and (named or not plain(tokens))
    if not definite and first.is_sent_start and common_word(first):
        title = _lowered(title)  # "High school teacher Jo Roe said": who she is
    return Role(
        person=person,
        title=title,
        definite=definite,
        start=start,
        end=end,
        named=named,
        former=at_the_time or past(tokens),
        written=written if written != title else "",
    )


def _body_cut_off(first: Token) -> bool:
    """'said Xiaomi India head and Vice-President Manu Kumar Jain': a title that opens on a
    lower-case word right after a name (the body the post is of) has lost it; 'head and
    Vice-President' is head of nothing. So has one after a body's first word the tagger
    read as a day ('Tuesday Group co-chairman': 'Group co-chairman')."""
    before = first.doc[first.i - 1] if first.i else None
    if before is None or before.pos_ != "PROPN" or before.dep_ != "compound":
        return False
    if before.ent_type_ in ("DATE", "TIME") and first.is_title and before.head.i >= first.i:
        return True  # 'Tuesday Group co-chairman Tom MacArthur', a day to the tagger
    return first.is_lower and before.head.i == first.i


def _lowered(title: str) -> str:
    """The title's first letter in lower case, as mid-sentence; an acronym keeps its
    capitals ('CEO Adrian Cummins added' is no 'cEO')."""
    first = title.split(" ", 1)[0]
    if len(first) > 1 and first.isupper():
        return title
    return title[:1].lower() + title[1:]


def _with_party(role: Role, doc: Doc, end: int) -> Role:
    """'Sen. Jane Roe (D-Ore.)', 'Rep. John Doe, R-Texas': the party and the state."""
    match = PARTY_TAG.match(text_of(doc), end)
    if not match:
        return role
    state = match.group(2).rstrip(",)")
    if not state.endswith(".") and f"{state}." in AP_STATES:
        state += "."
    full = AP_STATES.get(state, state if state in STATES_IN_FULL else "")
    if not full:
        return role
    return replace(
        role,
        party=PARTIES[match.group(1)],
        state=full,
        tag=f"{match.group(1)}-{state}",
        end=match.end(),
    )

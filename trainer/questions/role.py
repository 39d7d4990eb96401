"""role: person <-> title, from "Pentagon spokesman Jane Roe" and "Jane Roe, the
Pentagon press secretary".

Both directions become cards: 'Who is the Pentagon spokesman?' -> Jane Roe, and
"What is Jane Roe's position?" -> Pentagon spokesman. A title after an indefinite
article ("Lisa Boesky, a clinical psychologist") describes rather than names a post,
so it only gives 'Who is Lisa Boesky?'. Past posts ("former ...") make no card.

A post goes stale: on a dated article every card asks "As of November 2019, who was ...?";
an article with no date gives no date to ask it with, so its posts are passing details
(--all-cards keeps them), except past posts and posts held for good ("founder").
A post the sentence tells of an earlier time than the article's is not asked "As of" the
article's date at all (trainer.extract.held_then).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from trainer.extract.doc import cached, evidence, sentences_of, text_of, verb_over
from trainer.extract.roles import Role, find_roles
from trainer.extract.title_words import OFFICE_WORDS, PARTY_WORDS, TITLE_NOUNS
from trainer.knowledge.places import a_country_s_adjective, countries_named
from trainer.knowledge.role_classes import title_class
from trainer.language.dates import written_out
from trainer.language.lexicon import wordset
from trainer.language.names import name_key, same_name_form_first, surname
from trainer.language.posts import LASTING_POSTS, OCCUPATIONS, SAME_JOBS
from trainer.language.text import normalise
from trainer.model import AnswerType, Article, CardKind, Fact
from trainer.questions import appointments

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Posts many people hold at once: "Who is the VOA Pentagon correspondent?" has no single
# answer unless the title says whose ("chief economist", "attorney for the ... District").
SHARED_POSTS = wordset(
    """executive official officer analyst expert reporter correspondent fellow member
    representative lawmaker researcher scientist psychologist physician lawyer attorney
    consultant strategist partner owner diplomat economist producer author historian lecturer
    surgeon specialist adviser advisor negotiator deputy editor commander aide senator
    congressman congresswoman councilman councilwoman councillor councilor trustee captain
    colonel lieutenant sergeant admiral corporal brigadier manager engineer designer developer
    coordinator planner technician architect professor"""
) | (OCCUPATIONS - {"quarterback"})
SINGLE_MARKERS = wordset("chief top head lead principal general")


# The keys of the two cards of a post: 'role|who|<title>|<person>', 'role|what|<person>'
# (person: its name key). `post_card` reads them back.
WHO_KEY = "role|who|"
WHAT_KEY = "role|what|"


def post_card(fact: Fact) -> tuple[str, str, str] | None:
    """('who' or 'what', the post's title as keyed or "", the person's name key) of a role
    card; None for any other card."""
    if fact.key.startswith(WHO_KEY):
        title, person = fact.key[len(WHO_KEY) :].rsplit("|", 1)
        return "who", title, person
    if fact.key.startswith(WHAT_KEY):
        return "what", "", fact.key[len(WHAT_KEY) :]
    return None


def find(doc: Doc, article: Article) -> list[Fact]:
    roles = find_roles(doc, article.published, article.as_of)
    # A title two people hold in one article cannot be asked as "Who is the ...?"
    holders: dict[str, set[str]] = {}
    for role in roles:
        holders.setdefault(normalise(role.title), set()).add(name_key(role.person))
    # Posts go stale: a question about one carries the article's date when it has one, or
    # the year its text shows it was written.
    as_of = f"As of {written_out(article.as_of)}, " if article.as_of else ""
    facts: list[Fact] = []
    seen: set[str] = set()
    # every post the article gives each person: any of them answers "Who was X?" ("an
    # England goalkeeper" and "the Tottenham goalkeeper": sample Q18's VAGUE card)
    posts: dict[str, list[str]] = {}
    held: dict[str, set[str]] = {}  # the posts each person holds on the article's day
    for role in roles:
        forms = [role.title, *_post_forms(role)] if role.definite else [role.title]
        posts.setdefault(name_key(role.person), []).extend(forms)
        if not role.former:
            held.setdefault(name_key(role.person), set()).update(forms)
    # 'former Trump adviser Sam Nunberg' ... 'Nunberg, the early Trump campaign adviser':
    # the post of one kind the article says a person held before is that post (sample
    # Q183, WRONG as 'As of January 2019, what was Sam Nunberg's position?')
    formerly = {(name_key(r.person), _job(r.title)) for r in roles if r.former and _job(r.title)}
    roles = [
        replace(r, former=True)
        if not r.former and r.definite and (name_key(r.person), _job(r.title)) in formerly
        else r
        for r in roles
    ]
    # "What is X's position?" is asked once, of the fullest post the article gives.
    for role in sorted(roles, key=_fullness, reverse=True):
        if LABELS & set(normalise(role.title).split()):
            continue  # 'Kiev regime leader': a writer's label, no post (sample Q31, WRONG)
        if _a_nation_s_leader(role):
            continue  # 'ailing South African leader Nelson Mandela' (sample Q51, WRONG)
        words = normalise(role.title).split()
        if KIN_AND_RIVALS & set(words[:-1]) and "and" not in words:
            continue  # 'Democratic rival Sen. Bernard Sanders': whose rival he is, then his
            # post; 'rival Senator' is no post (sample Q118, WRONG)
        proof = evidence(doc, role.start, role.end)
        person = name_key(role.person)
        title = normalise(role.title)
        undated = not as_of and not _lasting(role)
        # "his lawyer Jane Roe" -> "lawyer": whose?
        undated = undated or (role.whose_pronoun and not role.named)
        # 'U.S. housing secretary under Obama' (in 2019): a post under someone, held then
        # and maybe no more (sample Q130, WRONG as his position)
        undated = undated or bool(UNDER_SOMEONE.search(role.title))
        if (
            _asks_who(role)
            and len(holders[title]) == 1
            and _single_holder(role.title, _places(doc, role))
        ):
            key = f"{WHO_KEY}{title}|{person}"
            if key not in seen:
                seen.add(key)
                who = f"{as_of}who was" if as_of else "Who is"
                facts.append(
                    Fact(
                        kind=CardKind.ROLE,
                        key=key,
                        question=f"{who} {_with_article(role.title)}?",
                        answer=role.person,
                        evidence=proof,
                        source=article.id,
                        answer_type=AnswerType("person"),
                        accept=(surname(role.person),),
                        tags=("person",),
                        person=role.person,
                        passing=undated,
                    )
                )
        key = f"{WHAT_KEY}{person}"
        if key in seen or _bare_head(role) or (role.former and _takes_a_new_post(doc, role)):
            continue
        seen.add(key)
        # 'Director', 'an interim president': a post whose body the article named elsewhere
        undated = undated or _without_its_body(role.title)
        # "Bolt's countryman and training partner": whose someone is, no position (sample Q7)
        undated = undated or normalise(role.title).rsplit(" ", 1)[-1] in RELATIONAL
        undated = undated or (not role.definite and bool(DESCRIBING & set(title.split())))
        if role.definite and set(normalise(role.title).split()) & STAR_WORDS:
            continue  # 'rising political star Representative Alexandria Ocasio-Cortez' ->
            # 'political star Representative' (sample Q143, WRONG): a writer's word, no post
        if role.definite and not role.former and _becomes_another(doc, role):
            # 'London Breed, president of San Francisco's Board of Supervisors, has become
            # acting mayor': two posts on the article's day (sample Q146, VAGUE)
            undated = True
        if role.definite:
            what = f"{as_of}what was" if as_of else "What is"
            question = f"{what} {_possessive(role.person)} position?"
            answer, answer_type = _post(role), AnswerType("title")
            accept = tuple(dict.fromkeys(a for a in _post_forms(role) if a != answer))
            if role.former and _FORMER.match(answer):
                # a past post is no position 'as of' any day (samples U, V), and "Who is Tom
                # Leung?" -> "former vice president at Marchex" is one answer of several
                # (sample Q4): the question asks for the post held before
                question = _held_before(role.person, article.as_of)
                answer, accept = _FORMER.sub("", answer, count=1), (answer, *accept)
            elif role.former and not re.search(r"\b(?:former|ex-)", answer, re.IGNORECASE):
                # 'fired FBI Director James B. Comey': a post held no more (sample Q88, WRONG)
                question = _held_before(role.person, article.as_of)
            if role.former and question.startswith("What post did"):
                # '... after 36 years as a U.S. senator': a post held before too, right as
                # well, and no wrong option (sample Q124, VAGUE: 'U.S. Senator' offered)
                accept = (*accept, *_also_served_as(doc, role.person))
                # 'former FBI Director Robert Mueller, who now leads the special counsel
                # probe': he held that before the article's day too (sample Q124, VAGUE)
                undated = undated or _now_does_another(doc, role)
                # 'former Vice President Joe Biden', 'former Secretary of State Hillary
                # Clinton': a career politician's past posts are many (samples Q106-Q142,
                # 5 of 8 such cards VAGUE: senator, first lady, governor fit too)
                undated = undated or title_class(answer) in CAREER_CLASSES
            elif role.former:  # 'WeWork's founder and former CEO': who they are, as of
                # the article's day ('Who is Anthony Weiner?' -> 'estranged husband of ...',
                # sample Q85, STALE)
                question = f"{as_of}who was {role.person}?" if as_of else f"Who is {role.person}?"
            # 'the Canadian expert' describes someone as 'a Canadian expert' would: no post
            undated = undated or (answer.lower().startswith("the ") and _too_plain(answer))
        else:
            who = f"{as_of}who was" if as_of else "Who is"
            question = f"{who} {role.person}?"
            answer, answer_type = role.title, AnswerType("description")
            accept = (role.title.split(" ", 1)[1], *_described_elsewhere(text_of(doc), role.person))
            # "a singer", "a business partner" (whose?) fit too many people to be learnt;
            # "a lead researcher" (of what? sample Q104, NONSENSE) names no body
            undated = undated or _too_plain(role.title) or _without_its_body(role.title)
            # "a former mayor of Galway": one past post of someone who holds others now
            # (sample Q31, VAGUE), as "former vice president at Marchex" (sample Q4)
            undated = undated or bool(_FORMER.match(role.title.split(" ", 1)[1]))
            # 'ousted network chair Roger Ailes' -> 'a network chair': held no more (sample
            # Q156, WRONG as 'As of July 2018, who was Roger Ailes?')
            undated = undated or role.former
        accept = tuple(dict.fromkeys(a for a in (*accept, *posts[person]) if a != answer))
        if question.endswith("position?") and not _HELD_BEFORE.match(answer):
            # 'As of May 2018, what was Mike Pompeo's position?' takes no 'Then-CIA
            # Director' (sample Q139, WRONG): a post held before is no answer of the day's
            accept = tuple(a for a in accept if not _HELD_BEFORE.match(a))
            # nor a post the article says they held before: 'Special counsel Robert Mueller,
            # a former director of the FBI' takes no 'FBI Director' (sample Q165, WRONG)
            before = set(posts[person]) - held.get(person, set())
            accept = tuple(a for a in accept if a not in before)
        facts.append(
            Fact(
                kind=CardKind.ROLE,
                key=key,
                question=question,
                answer=answer,
                evidence=proof,
                source=article.id,
                answer_type=answer_type,
                accept=accept,
                tags=("person",),
                person=role.person,
                passing=undated,
            )
        )
    # 'Who was named Acme's new chief executive?' is one card with 'Who was Acme's chief
    # executive?' of the same person and post
    made = {fact.key for fact in facts}
    named = [replace(f, key=f"{WHO_KEY}{f.key}") for f in appointments.find(doc, article)]
    return facts + [f for f in named if f.key not in made]


def _held_before(person: str, as_of: str) -> str:
    """'What post did John Kelly hold before July 2017?': before the article's day, which
    the question names (sample Q104, NONSENSE: 'before?' what?)."""
    return (
        f"What post did {person} hold before {written_out(as_of)}?"
        if as_of
        else (f"What post did {person} hold before?")
    )


def _also_served_as(doc: Doc, person: str) -> list[str]:
    """Posts a sentence naming the person says they served 'as': 'Biden ... after 36 years as
    a U.S. senator from Delaware' -> 'U.S. senator' (never a title before someone else's
    name: 'as President Obama's envoy')."""
    last = surname(person)
    found: list[str] = []
    for sent in cached(doc, "trainer.sentences", sentences_of):  # listed once per doc
        if not any(t.text == last for t in sent):
            continue
        for token in sent:
            if not (
                token.dep_ == "pobj"
                and token.head.lower_ == "as"
                and token.lower_ in TITLE_NOUNS
                and token.ent_type_ != "PERSON"
                and _the_subject_s(token.head, last)
            ):
                continue
            first = token
            while first.i > sent.start and doc[first.i - 1].dep_ in ("compound", "amod"):
                first = doc[first.i - 1]
            found.append(doc[first.i : token.i + 1].text)
    return found


def _the_subject_s(as_: Token, last: str) -> bool:
    """The 'as' phrase is of a verb whose subject is the person ('Biden served ... after 36
    years as a U.S. senator'), not of someone else's clause ('said Honig: "in my time as a
    prosecutor"', sample Q131, WRONG: 'prosecutor' was accepted for Manafort)."""
    verb = verb_over(as_)
    return verb is not None and any(
        c.dep_ in ("nsubj", "nsubjpass") and any(t.text == last for t in c.subtree)
        for c in verb.children
    )


# Classes of posts (trainer/data/role_classes.yaml) whose holders held others before them: a
# head of government or a minister is a career politician.
CAREER_CLASSES = frozenset(("head of government", "minister"))

# Verbs of a post someone holds now: 'who now leads the special counsel probe'.
HOLDING_NOW = frozenset(("lead", "head", "run", "chair", "direct", "oversee", "serve", "manage"))


def _now_does_another(doc: Doc, role: Role) -> bool:
    """The person's name has a clause of what they do now: 'former FBI Director Robert
    Mueller, who now leads the special counsel probe' ('now', or a present verb of a post)."""
    span = doc.char_span(role.start, role.end, alignment_mode="expand")
    last = surname(role.person)
    for token in span if span is not None else ():
        # 'Rudy Giuliani, the former New York City mayor who became Trump's lead lawyer in
        # April' (sample Q139, VAGUE: the lawyer's post was held before June too)
        own = token.text == last or (token.dep_ == "appos" and token.head.text == last)
        if not own:
            continue
        for clause in token.children:
            if clause.dep_ != "relcl":
                continue
            if any(c.lower_ == "now" for c in clause.children) or (
                clause.tag_ == "VBZ" and clause.lemma_ in HOLDING_NOW
            ):
                return True
            if clause.lemma_ == "become" and any(
                c.dep_ == "attr" and c.lower_ in TITLE_NOUNS for c in clause.children
            ):
                return True  # not 'who has become a harsh critic of the president
    return False


def _becomes_another(doc: Doc, role: Role) -> bool:
    """The person named with the post is the subject of 'has become' or 'became' another
    post ('London Breed, president of the Board of Supervisors, has become acting mayor')."""
    span = doc.char_span(role.start, role.end, alignment_mode="expand")
    last = surname(role.person)
    for token in span if span is not None else ():
        if token.text != last or token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        verb = token.head
        if verb.lemma_ == "become" and any(
            c.dep_ == "attr" and c.lower_ in TITLE_NOUNS for c in verb.children
        ):
            return True
    return False


UNDER_SOMEONE = re.compile(r"\bunder (?:President |Presidents? )?[A-Z]")
# Words a writer calls someone by that are no post: 'Kiev regime leader', 'the dictator'.
LABELS = wordset("regime dictator despot tyrant warlord puppet thug")
# Nouns that say whose someone is ("a business partner", "a close friend"): without "of ..."
# or a possessive they describe no one.
RELATIONAL = wordset(
    """partner friend colleague associate spouse wife husband son daughter brother sister
    mother father cousin rival ally neighbour neighbor girlfriend boyfriend fiancee fiance
    countryman compatriot teammate co-author coauthor player"""
)
# ...of them, those that never open a post's name ('Associate Justice', 'Partner Manager' do)
KIN_AND_RIVALS = RELATIONAL - wordset("associate partner player")
# Words that describe someone's past in a post, or judge them, rather than name the post: "a
# longtime industry player", "a retired real estate investor", "an outspoken executive"
# (samples Q64, Q65, X, VAGUE: which?).
DESCRIBING = wordset(
    """longtime long-time veteran retired onetime one-time outspoken controversial prominent
    powerful legendary famed famous notorious troubled celebrated renowned influential
    embattled disgraced unorthodox unconventional flamboyant brash combative eccentric
    maverick polarizing polarising divisive beleaguered
    turned"""
)
# Nouns a writer calls someone by before a post, which are no part of it.
STAR_WORDS = wordset("star superstar darling firebrand icon")
# ('turned': 'an unorthodox real estate magnate turned president', a writer's story of a
# career, sample Q124, VAGUE: 'As of March 2020, who was Donald Trump?')


# Posts that are held at a body ('director of ...', 'president of ...'): alone, with only
# a rank or a kind of body ('an association executive director'), they say nowhere; a bare
# 'minister', 'Senator' or 'Justice' says neither which ministry nor which state or court.
HELD_AT = wordset(
    """director president chairman chairwoman chair head manager secretary member founder
    co-founder cofounder officer spokesman spokeswoman spokesperson administrator
    commissioner minister senator justice owner co-owner proprietor boss partner associate
    researcher scientist official aide adviser advisor analyst editor editor-in-chief
    publisher"""
)
RANKS = wordset("""a an the interim acting deputy vice senior former executive managing lead""")
KINDS_OF_BODY = wordset(
    """association company firm organization organisation group agency department body
    board committee council party union institute foundation hotel restaurant shop store
    business farm school bar cafe club"""
)
# ...and of the undertakings such posts run ('a campaign manager': whose campaign?)
UNDERTAKINGS = wordset("""campaign project program programme team""")


def _without_its_body(post: str) -> bool:
    """'Director', 'an interim president', 'an association executive director', 'a campaign
    manager': the post of a body (or undertaking) the card does not name, which the reader
    cannot place."""
    unnamed = RANKS | KINDS_OF_BODY | UNDERTAKINGS
    words = [w for w in re.findall(r"[a-z-]+", post.lower()) if w not in unnamed]
    return bool(words) and set(words) <= HELD_AT and not re.search(r"[A-Z]{2,}", post)


# Words of a clause, which a description after a comma never holds.
FINITE_WORD = re.compile(
    r"\b(?:ought|will|would|should|can|could|must|may|might|is|are|was|were|has|have|had|"
    r"does|do|did)\b"
)


def _described_elsewhere(text: str, person: str) -> list[str]:
    """What the article calls the person after a comma, by their whole name or surname:
    'Steele, a former MI6 agent, compiled ...' beside 'dossier author Christopher Steele'
    (sample Q85, VAGUE: 'Who was Christopher Steele?' has either answer)."""
    names = "|".join(re.escape(n) for n in dict.fromkeys((person, surname(person))))
    found: list[str] = []
    # a full stop ends the description before a capital ('..., a former MI6 agent. He'),
    # not inside an abbreviation ('an assistant U.S. attorney', sample Q137: 'an assistant U')
    ends = r"(?:[,;]|\.(?=\s+[A-Z“\"]|\s*$))"
    for m in re.finditer(rf"\b(?:{names}), ((?:an?|the) [a-z][^,;:()“”\"]{{2,60}}?){ends}", text):
        if re.search(r"\b(?:said|says|told|tells|added|according)\b", m.group(1)):
            continue  # 'Tillerson, the source said, ...' (sample Q144, VAGUE: 'the source said')
        if FINITE_WORD.search(m.group(1)):
            continue  # 'in Mueller, the president ought to have confidence in Mueller': a
            # clause after the comma, no description (sample Q146, WRONG as an answer)
        found += [m.group(1), m.group(1).split(" ", 1)[1]]
    return found


def _too_plain(description: str) -> bool:
    """'a singer' (one word after the article), 'an American businessman' or 'the Canadian
    expert' (a people and one word: fits millions, samples Q7 and Q11) or 'a business
    partner' (whose?)."""
    words = description.split()[1:]
    if len(words) == 2 and countries_named(words[0]):
        return True
    return len(words) <= 1 or (
        words[-1].lower() in RELATIONAL and not re.search(r"\bof\b|['’]s\b", description)
    )


def _takes_a_new_post(doc: Doc, role: Role) -> bool:
    """'hiring former Facebook executive Grady Burnett to be its chief operating officer',
    'named former senator Jane Roe as its new chair': a past post told as the person takes
    a new one, which is what they are as of the article's date."""
    span = doc.char_span(role.start, role.end, alignment_mode="expand")
    last = surname(role.person)
    for token in span if span is not None else ():
        if token.text != last:
            continue
        verb = token.head
        if token.dep_ == "nsubj" and verb.lemma_ == "be" and verb.dep_ in ("ccomp", "xcomp"):
            return any(c.dep_ == "attr" for c in verb.children)
        if token.dep_ == "dobj" and any(
            c.dep_ == "prep" and c.lower_ == "as" for c in verb.children if c.i > token.i
        ):
            return True
    return False


def _lasting(role: Role) -> bool:
    """A past post, or one held for good: true whenever the card is asked."""
    words = set(normalise(role.title).split()) | set(role.title.lower().split())
    return role.former or bool(words & LASTING_POSTS)


def _bare_head(role: Role) -> bool:
    """'President', 'Prime Minister': a head of state or government placed nowhere is the
    one everybody knows, or one the card cannot place: no "What was X's position?"."""
    return not role.named and normalise(role.title) in HEADS_OF_STATE


def _a_nation_s_leader(role: Role) -> bool:
    """'South African leader Nelson Mandela', 'Syrian leader Bashar Assad': a country's
    adjective and 'leader' is a word for someone who leads or led it, not a post: which
    post, and held now? (Mandela had left his years before). 'Hamas leader', 'Syrian
    opposition leader' are posts."""
    words = role.title.split()
    return (
        len(words) >= 2
        and words[-1] == "leader"
        and all(w[:1].isupper() for w in words[:-1])
        and a_country_s_adjective(" ".join(words[:-1]))
    )


# Posts of a head of state or government, said with no country.
HEADS_OF_STATE = frozenset(
    ("president", "prime minister", "premier", "chancellor", "king", "queen", "emir")
)


def _fullness(role: Role) -> tuple[bool, bool, bool, int, int]:
    """A title of words before a form of address ("Ambassador"), a current post before a
    past one, a post that says where before one that does not, then the longest."""
    words = len(role.title.split())
    return (words > 1, not role.former, role.named, words, -role.start)


def _asks_who(role: Role) -> bool:
    """'Who is the Pentagon spokesman?' only for a current post that says where it is held
    (never 'Who is the Prime Minister?') and is more than a form of address."""
    return role.definite and role.named and not role.former and len(role.title.split()) >= 2


# 'former special envoy to Ukraine', 'ex-CEO of Acme': a post held before, and only that
_FORMER = re.compile(r"^(?:former|ex-)\s*", re.IGNORECASE)
# 'then-CIA Director', 'a former senator', 'onetime aide': a post held before
_HELD_BEFORE = re.compile(
    r"^(?:(?:the|a|an) )?(?:former\b|ex-|then-|onetime\b|one-time\b|erstwhile\b)", re.I
)


def _post(role: Role) -> str:
    """'U.S. Representative (Democrat, Minnesota)' from 'U.S. Rep. Jane Roe, D-Minn.'."""
    return f"{role.title} ({role.party}, {role.state})" if role.party else role.title


def _post_forms(role: Role) -> list[str]:
    forms = [role.title]
    if role.written:
        forms.append(role.written)
    if role.tag:
        forms.append(f"{role.written or role.title} ({role.tag})")
    return forms


def _single_holder(title: str, places: Sequence[str] = ()) -> bool:
    """A post many hold in one body ("Acme project manager", "attorney for the Lawyers
    Guild") has no single holder, unless the title says which one ("chief economist"), or
    where it is held: a place ("attorney for the Southern District of New York") or a
    formal title ("Attorney for ...")."""
    words = normalise(title).split()
    heads = [i for i, w in enumerate(words) if w in TITLE_NOUNS]
    if not heads or words[heads[-1]] not in SHARED_POSTS:
        return True
    rest = words[heads[-1] + 1 :]
    if set(words) & SINGLE_MARKERS:
        return True
    if not rest or rest[0] not in ("of", "for", "to"):
        return False
    head = title.split()[heads[-1]] if len(title.split()) == len(words) else ""
    after = " ".join(rest)
    return head[:1].isupper() or any(normalise(p) in after for p in places)


def _places(doc: Doc, role: Role) -> list[str]:
    """The places named in the words of a role ("New York")."""
    span = doc.char_span(role.start, role.end, alignment_mode="expand")
    return [] if span is None else [e.text for e in span.ents if e.label_ in ("GPE", "LOC")]


def _with_article(title: str) -> str:
    """'the Pentagon spokesman', "Acme's head", "North Korea's leader", "the Taliban's leader"."""
    owned = re.match(r"^(?:the )?(?:[A-Z][\w.&-]* )*[\w.&-]+['’]s\b", title)
    return title if owned or title.startswith("the ") else f"the {title}"


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def distractors(fact: Fact, pool: Sequence[Fact]) -> list[str]:
    if fact.answer_type.sort == "person":
        # the article's people first; from other articles, holders of the same kind of post
        # (a spokesman among spokespeople) before the rest
        kind = _post_nouns(fact.question)
        others = sorted(
            (f for f in pool if f.source != fact.source),
            key=lambda f: not kind & _post_nouns(f.question if f.answer == f.person else f.answer),
        )
        people: list[str] = []
        nearby = 0
        for other in [f for f in pool if f.source == fact.source] + others:
            name = other.answer if other.answer_type.sort == "person" else other.person
            if name and name not in people:
                people.append(name)
                nearby += other.source == fact.source
        return same_name_form_first(fact.answer, people, nearby)
    # titles of about the answer's length first: "Senator" beside "congresswoman", not
    # beside "U.S. Attorney for the Western District of New York"
    size = len(fact.answer.split())
    titles = [
        f.answer
        for f in _by_source(fact, pool)
        if f.answer_type == fact.answer_type
        and not _same_job(f.answer, fact.answer)
        and not _held_with(f.answer, fact.answer)
        and not _any_post_there(f.answer, fact.answer)
        # "Manafort's attorney" is no post Manafort might hold (sample Q131, WRONG)
        and not (fact.person and surname(fact.person) in f.answer)
    ]
    return sorted(titles, key=lambda t: abs(len(t.split()) - size) > max(1, size // 2))


# Posts whose holder holds another post too: the House Speaker is a representative, a
# Senate leader a senator (sample Q44: 'Representative' offered for the House Speaker).
HELD_WITH = {
    "speaker": frozenset(("representative", "congressman", "congresswoman", "lawmaker")),
    "whip": frozenset(("senator", "representative", "congressman", "congresswoman", "lawmaker")),
    "leader": frozenset(("senator", "representative", "congressman", "congresswoman", "lawmaker")),
}


# Words for anyone who works at a body: 'FBI official' is true of its Deputy Director, and
# 'White House aide' of its press secretary (sample Q125, DISTRACTOR).
ANY_POST = frozenset(("official", "officer", "employee", "staffer", "member", "worker", "aide"))


def _any_post_there(option: str, answer: str) -> bool:
    """Is the option a word for anyone at the body the answer names ('FBI official' beside
    'Deputy FBI Director', sample Q81, DISTRACTOR)?"""
    words = normalise(re.sub(r"\s*\(.*", "", option)).split()
    if not words or words[-1] not in ANY_POST:
        return False
    body = set(normalise(answer).split())
    if body & HEADS_OF_A_DEPARTMENT:  # a Secretary of State is a State Department official
        body |= DEPARTMENTS  # (sample Q127, DISTRACTOR)
    return bool(words[:-1]) and set(words[:-1]) <= body


HEADS_OF_A_DEPARTMENT = frozenset(("secretary", "minister"))
DEPARTMENTS = frozenset(("department", "ministry", "dept"))


def _held_with(option: str, answer: str) -> bool:
    """Is the option a post the answer's holder holds as well ('Representative' of 'House
    Speaker', 'Senator' of 'Senate Majority Leader')?"""
    # 'Representative (Democrat, California)': the post, before what it says of it (Q47)
    words = normalise(re.sub(r"\s*\(.*", "", option)).split()
    heads = normalise(answer).split()
    implied = HELD_WITH.get(heads[-1], frozenset()) if heads else frozenset()
    return bool(words) and words[-1] in implied


def _same_job(a: str, b: str) -> bool:
    """'lawyer' and 'Trump attorney': one job, and one of the two says nowhere it is held,
    so each is true of the other's holder (unlike 'Pentagon spokesman' and 'Navy
    spokeswoman', two posts). A head noun of no synonym group ('director', 'minister') is
    one job only at one body: 'Finance minister' and 'Trade minister' are two."""
    job = _job(a)
    if job is None or job != _job(b):
        return False
    owner = _owner(a)
    one_body = (
        # "Trump's personal defense attorney" and "Trump's former attorney": one job of one
        # holder's (sample Q77, DISTRACTOR)
        (owner is not None and owner == _owner(b))
        # 'National Security Council official' and '... aide', 'Trump campaign adviser' and
        # 'senior adviser to Trump': one job at one body (sample Q119, DISTRACTOR); not
        # 'Idaho Democratic Party Chairman' and 'New Hampshire Democratic Party Chairman'
        or _named_words(a) == _named_words(b) != set()
    )
    if not any(job in same for same in SAME_JOBS):
        return one_body
    return one_body or not (_says_where(a) and _says_where(b))


def _named_words(title: str) -> set[str]:
    """The words of a title that name where it is held: 'national security council'."""
    return {
        w.lower().strip(".,’'s")
        for w in title.split()
        if w[:1].isupper() and w.lower().strip(".") not in TITLE_NOUNS | OFFICE_WORDS | PARTY_WORDS
    }


def _owner(title: str) -> str | None:
    """Whose a post is: 'Trump' of "Trump's former attorney"."""
    m = re.match(r"^(.+?)['’]s\s", title)
    return normalise(m.group(1)) if m else None


def _job(title: str) -> str | None:
    """The job a title's head noun names: its synonym group's first word for a head of one
    ('attorney' -> 'lawyer'), else the head itself ('director' of 'director of the political
    group Acme' and of 'director of the political action committee Acme', sample Q182,
    DISTRACTOR)."""
    words = re.split(r"\s(?:of|for|to|at|with)\s", normalise(title))[0].split()
    heads = [w.rsplit("-", 1)[-1] for w in words if w.rsplit("-", 1)[-1] in TITLE_NOUNS]
    if not heads:
        return None
    head = heads[-1]
    return next((min(same) for same in SAME_JOBS if head in same), head)


def _says_where(title: str) -> bool:
    """'Trump attorney', 'attorney for the city', "Acme's lawyer" (not 'a senior lawyer',
    'Senator')."""
    return bool(re.search(r"\s(?:of|for|to|at|with)\s|['’]s\b", title) or _named_words(title))


def _post_nouns(text: str) -> set[str]:
    return set(normalise(text).split()) & TITLE_NOUNS


def _by_source(fact: Fact, pool: Sequence[Fact]) -> list[Fact]:
    return [f for f in pool if f.source == fact.source] + [
        f for f in pool if f.source != fact.source
    ]

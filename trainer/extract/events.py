"""The lead's event: who did what, told in the first sentences of an article ("The Saints
upended the Falcons, 31-27, ..." -> the Saints; "Russian President Vladimir Putin fired
Defense Minister Anatoly Serdyukov on Tuesday" -> Vladimir Putin).

An event is the main clause of a lead sentence whose subject is one named person,
organisation or country and whose verb tells something done: in the past ("fired") or
just done ("has dropped"), not said ("said", "told"), not a state ("is", "has"), not
denied, hoped for or to come. What was done is the verb and what it takes (its object,
its preposition, its particle), up to the first comma or dash; the words that only say
when are dropped when they are the article's own days ("on Tuesday"), so the question
can carry the article's month instead.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from trainer.extract.clauses.cut import QUOTE_CHARS, clause_of
from trainer.extract.clauses.phrase import PLACE_LABELS
from trainer.extract.doc import in_a_day_s_name, takes_nothing
from trainer.extract.subjects import entities, entity_at, is_speech_verb
from trainer.extract.title_words import TITLE_NOUNS
from trainer.language.anaphora import ANAPHORIC_ACTS
from trainer.language.dates import ARTICLE_DAYS
from trainer.language.lexicon import MODALS, REPORTING_VERBS, wordset
from trainer.language.posts import QUITTING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

LEAD_SENTENCES = 2  # the lead's news is told first; later sentences give background
DOER_LABELS = frozenset(("PERSON", "ORG", "GPE"))
# Verbs that tell a state, a seeming or a report, not something done.
NOT_DONE = wordset(
    """be have seem appear remain look feel become get want need know think believe hope
    expect plan try continue begin start say tell announce confirm report reveal clarify
    deny claim note add explain write state describe call serve bear live grow
    love like hate enjoy prefer adore relish dislike fear"""
)
# ('love', 'enjoy', 'fear': a taste, not an act: 'Justice Antonin Scalia loved a good fight.',
# an article's opening line, sample Q119, VAGUE as 'Who loved a good fight?')
# What names a storm, a quake or a disease, which a tagger may take for a person or a body.
NOT_SOMEONE = wordset("""hurricane superstorm storm typhoon cyclone tornado earthquake quake
    tsunami wildfire fire flood virus""")
# Adverbs between the doer and the verb that leave the event as told.
PLAIN_ADVERBS = wordset("""finally officially formally also""")
# What a verb takes: kept in the question. Anything else (a clause after a comma, a
# second verb, a participle) is background.
TAKES = frozenset(("dobj", "dative", "iobj", "prt", "prep", "xcomp", "acomp", "oprd", "attr"))
BREAKS = frozenset((",", ";", ":", "—", "–", "(", ")", "--"))
MAX_WORDS = 14  # what was done, without the doer: a short card


@dataclass(frozen=True)
class Event:
    """Who did it, and the words of what was done ('fired Defense Minister Anatoly
    Serdyukov')."""

    doer: Span
    verb: Token
    done: tuple[Token, ...]
    auxiliaries: tuple[Token, ...] = ()  # 'has', 'was', 'has been': said before the verb
    recent: bool = False  # told of the article's days ('on Tuesday'), dropped from `done`
    post: str = ""  # the post left, for a verb of leaving with nothing after it

    @property
    def perfect(self) -> bool:
        """Told as just done: 'has dropped', 'has been charged'."""
        return [a.lower_ for a in self.auxiliaries[:1]] in (["has"], ["have"])

    @property
    def told_of_one(self) -> str:
        """The auxiliaries as asked of one doer, 'who ...?': 'has' for 'have', 'was' for
        'were', and 'was' for 'had been' of a day of the article's ('had been charged
        Saturday' -> 'was charged')."""
        words = [a.lower_ for a in self.auxiliaries]
        if words == ["had", "been"]:
            return "was"
        return " ".join(ONE_DOER.get(w, w) for w in words)


ONE_DOER = {"have": "has", "were": "was"}


def lead_events(doc: Doc, lead_end: int) -> list[Event]:
    """The event of the first lead sentence that tells one (at most one an article). A
    text with no verb ('(AP)', 'Sponsored by:', a byline) is no sentence of the lead."""
    told = (s for s in doc.sents if any(t.pos_ in ("VERB", "AUX") for t in s))
    for sent in itertools.islice(told, LEAD_SENTENCES):
        if sent.start_char >= lead_end:
            break
        event = _event(_told(sent.root))
        if event is not None:
            return [event]
    return []


# Verbs that close a sentence by saying who told its news ('..., Executive Director Jane
# Roe confirmed today', '..., the Times has learned'): the news is the clause before.
ATTRIBUTING = wordset("""say confirm report learn gather announce tell add note""")


def _told(root: Token) -> Token:
    """The verb whose clause is the sentence's news: the root, or the clause a closing
    attribution reports ('Acme laid off staff, Roe confirmed')."""
    if root.lemma_.lower() not in ATTRIBUTING and not is_speech_verb(root):
        return root
    told = [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i]
    return told[0] if len(told) == 1 else root


def _event(verb: Token) -> Event | None:
    lemma = verb.lemma_.lower()
    if not _made_known(verb) and (
        verb.pos_ != "VERB" or lemma in NOT_DONE | REPORTING_VERBS or is_speech_verb(verb)
    ):
        return None
    clause = clause_of(verb)
    if not clause.tokens:
        return None
    in_clause = {t.i for t in clause.tokens}
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
    told = [a.lower_ for a in auxes]
    times = article_days_of(verb)
    perfect = told in (["has"], ["have"], ["has", "been"], ["have", "been"])
    passive = any(a.dep_ == "auxpass" for a in auxes)
    # 'took no questions in the Rose Garden' (sample Q98): nothing was done
    if takes_nothing(verb) or any(a.dep_ == "neg" or a.lower_ in MODALS for a in auxes):
        return None  # denied or to come
    # 'had been charged Saturday': done on one of the article's days, told as before another
    done_then = bool(times) and told == ["had", "been"]
    if (
        passive
        and not done_then
        and told not in (["was"], ["were"], ["has", "been"], ["have", "been"])
    ):
        return None
    if not (verb.tag_ == "VBD" and not auxes) and not (verb.tag_ == "VBN" and (perfect or passive)):
        return None
    role = "nsubjpass" if passive else "nsubj"
    subjects = [c for c in verb.children if c.dep_ == role and c.i in in_clause]
    if len(subjects) != 1 or subjects[0].i > verb.i:
        return None
    doer = named_doer(subjects[0]) or named_later(subjects[0])
    if doer is None or _one_of_several(subjects[0], verb):
        return None
    before = [t for t in clause.tokens if t.i < verb.i and t.i not in subtree_of(subjects[0])]
    if not only_time_or_aux(before, verb, times):
        return None
    done = _done(verb, in_clause, times)
    post = ""
    if done is None and lemma in QUITTING and not passive:
        # a verb of leaving that says nothing more: asked with the post the doer's name
        # carries ('Who has resigned as Kiwis coach?')
        post = _post_before(doer)  # 'Kiwis coach Gary Kemble has resigned'
        done = (verb,) if post else None
    if done is None:
        return None
    auxiliaries = tuple(a for a in auxes if a.i > subjects[0].i)
    return Event(doer, verb, done, auxiliaries, recent=bool(times), post=post)


# Verbs of making a thing known, an act when their object is a thing ('announced a $5
# billion plan', 'revealed the existence of a secret agreement'), a report when it is what
# was said ('announced that ...').
MAKING_KNOWN = wordset("announce reveal unveil")


def _made_known(verb: Token) -> bool:
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in MAKING_KNOWN
        and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)
        and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
    )


def _post_before(doer: Span) -> str:
    """The post written before a name, nouns only: 'Kiwis coach' of 'Under-siege Kiwis
    coach Gary Kemble'; '' when there is none, or the words are no post of a body."""
    words: list[Token] = []
    for token in reversed(doer.doc[max(doer.start - 4, 0) : doer.start]):
        if token.pos_ not in ("NOUN", "PROPN") or token.dep_ != "compound":
            break
        words.insert(0, token)
    if len(words) < 2 or words[-1].pos_ != "NOUN" or words[0].pos_ != "PROPN":
        return ""
    return " ".join(t.text for t in words)


def named_doer(subject: Token) -> Span | None:
    """The name the subject is: 'Putin' of 'Russian President Vladimir Putin', not a
    pair ('Volker and Morrison') nor a noun a name describes ('the carrier Emirates')."""
    if subject.conjuncts:
        return None
    entity = entity_at(subject)
    if entity is None or entity.label_ not in DOER_LABELS or entity.root != subject:
        return None
    if entity[0].lower_ in NOT_SOMEONE:
        return None  # 'Hurricane Sandy has leveled ...': no one 'who' asks for (sample Q6)
    if any(
        c.dep_ in ("nmod", "compound") and c.i < entity.start and c.ent_type_ in DOER_LABELS
        for c in subject.children
    ):
        return None  # 'The FCC Office of General Counsel': part of a body the name leaves
        # out (sample Q155, WRONG: 'Office of General Counsel' alone)
    return entity


# How many sentences after the lead's a post it names someone by may give their name.
NAMED_WITHIN = 2


def named_later(subject: Token) -> Span | None:
    """The person a lead names first by a post alone, whose name a sentence after gives
    with that post: 'A former Democratic National Committee chair on Thursday revealed ...'
    then 'Donna Brazile, a longtime Clinton ally who stepped in as DNC chair last year, ...'
    (sample Q119: the lead made no card). One person, or None."""
    if subject.lemma_.lower() not in TITLE_NOUNS or subject.tag_ != "NN":
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children):
        return None
    doc = subject.doc
    people: dict[tuple[int, int], Span] = {}
    after = (s for s in doc.sents if s.start >= subject.sent.end)
    for sent in itertools.islice(after, NAMED_WITHIN):
        for token in sent:
            if token.lemma_.lower() != subject.lemma_.lower() or token.i == subject.i:
                continue
            for up in (token, *token.ancestors):
                entity = entity_at(up)
                if entity is not None and entity.label_ == "PERSON" and up.dep_ != "pobj":
                    people[entity.start, entity.end] = entity
                    break
    return next(iter(people.values())) if len(people) == 1 else None


SEVERAL = wordset("both each all")


def _one_of_several(subject: Token, verb: Token) -> bool:
    """'(Nicole Richie and Christina) Aguilera both gave birth': the act of two, whatever
    the parse kept of the subject."""
    return any(t.lower_ in SEVERAL for t in subject.doc[subject.i + 1 : verb.i])


def subtree_of(token: Token) -> set[int]:
    return {t.i for t in token.subtree}


def only_time_or_aux(tokens: list[Token], verb: Token, times: set[int]) -> bool:
    """Between the sentence's start (past a dateline) and the verb: the subject's words
    aside, only the verb's auxiliaries, plain adverbs and the article's days (`times`)."""
    for token in tokens:
        if token.is_punct or token.i in times:
            continue
        if token.head == verb and token.dep_ in ("aux", "auxpass"):
            continue
        if token.head == verb and token.dep_ == "advmod" and plain_adverb(token):
            continue
        return False
    return True


def plain_adverb(adverb: Token) -> bool:
    """'finally', 'publicly', 'unanimously': an adverb that says how the act was done, which
    leaves it as told; not one that doubts it ('reportedly', 'allegedly') or says it was
    nearly done ('almost')."""
    word = adverb.lower_
    if word in PLAIN_ADVERBS:
        return True
    return word.endswith("ly") and len(word) > 4 and word not in NOT_PLAIN_ADVERBS


# Adverbs that leave an act in doubt, or not quite done.
NOT_PLAIN_ADVERBS = wordset(
    """reportedly allegedly apparently possibly probably likely supposedly purportedly
    seemingly nearly only hardly barely scarcely merely early recently previously initially
    originally"""
)


def article_days_of(verb: Token) -> set[int]:
    """The tokens of the verb's own date phrases that are the article's days ('on
    Tuesday'); a phrase of another time ('in 2010') is not among them."""
    out: set[int] = set()
    for child in verb.children:
        if child.dep_ not in ("npadvmod", "prep", "tmod", "advmod"):
            continue
        phrase = sorted(child.subtree, key=lambda t: t.i)
        if not any(t.ent_type_ in ("DATE", "TIME") for t in phrase):
            continue
        if in_a_day_s_name(phrase[0]):
            continue  # 'dominated Super Tuesday': the day's name is what was done (Q162)
        if ARTICLE_DAYS.match(" ".join(t.lower_ for t in phrase)):
            out |= {t.i for t in phrase}
    return out


def _done(verb: Token, in_clause: set[int], times: set[int]) -> tuple[Token, ...] | None:
    """The verb and what it takes, up to the first break ('fired X, replacing him ...'
    -> 'fired X'), without the article's days (`times`); None when what is left ends
    halfway or says nothing."""
    kept = {verb.i}
    for child in verb.children:
        if child.i > verb.i and child.dep_ in TAKES and child.i not in times:
            kept |= set() if _absolute(child) or _with_a_thing(child) else subtree_of(child)
        elif child.i == verb.i + 1 and child.dep_ == "advmod" and child.lower_ in PARTICLES:
            kept.add(child.i)  # 'stepped down', which the parser may not take for a particle
    # 'dominated Super Tuesday': the parser hangs the weekday of a day's name on the verb
    kept |= {c.i for c in verb.children if c.i - 1 in kept and in_a_day_s_name(c)}
    # 'leveled his most direct criticism yet at Vladimir Putin': a lone adverb between what
    # the verb takes stays, or the question ends before 'at whom' (VAGUE)
    kept |= {
        c.i
        for c in verb.children
        if c.dep_ == "advmod" and c.i > verb.i and not any(c.children) and max(kept) > c.i
    }
    tokens = _upto_break(verb, kept, times, in_clause)
    if len(tokens) > MAX_WORDS:  # what describes the object goes: 'cheques (totalling ...)'
        told = {t.i for t in tokens if _describes(t) and t.head.i in kept}
        kept -= {i for t in tokens if t.i in told for i in subtree_of(t)}
        tokens = _upto_break(verb, kept, times, in_clause)
    while len(tokens) > MAX_WORDS:  # then the last phrase of a phrase: 'to pay $368.2 million'
        inner = [
            t
            for t in tokens
            if t.dep_ == "prep" and t.head != verb and t.head.pos_ == "VERB" and t.head.i in kept
        ]
        if not inner:
            break
        kept -= subtree_of(inner[-1])
        tokens = _upto_break(verb, kept, times, in_clause)
    return _whole(tokens, verb)


def _with_a_thing(phrase: Token) -> bool:
    """'stepped down ... with words that were music to his ears': how, not what was done
    ('merged with Acme' names whom with)."""
    return phrase.lower_ == "with" and any(
        c.dep_ == "pobj"
        and c.pos_ == "NOUN"
        and not c.ent_type_
        and not any(d.dep_ in ("det", "poss") for d in c.children)  # 'with their counterpart'
        for c in phrase.children
    )


def _absolute(phrase: Token) -> bool:
    """'with sources saying that he is upset': what went with the act, not part of it."""
    return phrase.lower_ == "with" and any(
        c.dep_ == "pobj" and any(g.dep_ == "acl" and g.tag_ == "VBG" for g in c.children)
        for c in phrase.children
    )


# What says more of a noun than which it is: the first to go from a long question.
DESCRIBING = frozenset(("acl", "relcl", "appos"))


def _describes(token: Token) -> bool:
    """'cheques (totalling £365,000)', 'Roe(, a lawyer)': not 'its decision (to no longer
    consider ...)', which says which decision."""
    if token.dep_ not in DESCRIBING:
        return False
    return not (
        token.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    )


def _upto_break(verb: Token, kept: set[int], times: set[int], in_clause: set[int]) -> list[Token]:
    """The kept words from the verb on, up to the first break; none when the break cuts a
    phrase in two ('to a two-year, $6 million contract')."""
    tokens: list[Token] = []
    for token in verb.doc[verb.i : verb.sent.end]:
        if token.i in times:
            continue
        if token.i not in kept or token.i not in in_clause or is_break(token):
            break
        tokens.append(token)
    if not tokens:
        return tokens
    end = tokens[-1].i
    if any(t.head.i > end for t in tokens[1:]):  # the verb's own head is its clause's business
        return []  # 'a two-year' of 'a two-year, $6 million contract'
    before = {t.i for t in tokens}
    after = verb.doc[end + 1 : verb.sent.end]
    if any(t.i in kept and t.dep_ == "conj" and t.head.i in before for t in after):
        return []  # 'with 13 doubles' of 'with 13 doubles, five homers and 22 RBIs'
    return tokens


def is_break(token: Token) -> bool:
    """A comma, a semicolon, a dash set apart ('co-founder' has none), a bracket: where
    what a verb takes ends."""
    return token.text in BREAKS or (token.text == "-" and bool(token.doc[token.i - 1].whitespace_))


def _whole(tokens: list[Token], verb: Token) -> tuple[Token, ...] | None:
    if len(tokens) < 2 or len(tokens) > MAX_WORDS:
        return None
    if any(ch in t.text for t in tokens for ch in QUOTE_CHARS):
        return None  # a quotation: who said it is another card's question
    last = tokens[-1]
    if (
        last.pos_ in ("ADP", "DET", "CCONJ", "SCONJ", "PART", "ADJ", "AUX", "PRON")
        and last.dep_ != "dobj"
    ):
        return None  # cut halfway: 'accused U.S. forces of'
    if last.dep_ in ("amod", "compound", "poss", "det", "nummod", "quantmod"):
        return None  # a modifier whose noun was cut
    shown = {t.i for t in tokens}
    if last.pos_ == "VERB" and any(
        c.i > last.i and c.dep_ in ("dobj", "prep") and c.i not in shown for c in last.children
    ):
        return None  # 'defended the Saints' help in dealing' (with what? sample Q80's page)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if (
        not passive
        and not _as_a_named_post(verb, shown)
        and not _from_a_named_body(verb, shown)
        and not any(
            t.head == verb and t.dep_ in ("dobj", "dative", "prt", "attr", "oprd") for t in tokens
        )
    ):
        return None  # 'gathered in Tampa', 'testified': done, but not one thing one did
    if any(_says_not_which(t, verb, shown) and not _one_told_by(t, verb, shown) for t in tokens):
        return None  # 'signed the declaration', 'defended his decisions', 'yielded a goal'
    if any(
        t.ent_type_ in ("DATE", "TIME") and ARTICLE_DAYS.match(t.lower_) and not in_a_day_s_name(t)
        for t in tokens
    ):
        return None  # 'cleared to resume workouts Wednesday': a day left unresolved
    return tuple(tokens)


def named_alike(doc: Doc, label: str) -> list[Span]:
    """The article's entities of one label, in order of appearance; not a hashtag ('the
    #MeToo movement', a person to the recogniser: an option among people, sample Q120)."""
    return [
        e
        for e in entities(doc)
        if e.label_ == label and not (e.start > 0 and doc[e.start - 1].text == "#")
    ]


POINTING = wordset("the this that these those")


def _only_praise_and_owner(children: list[Token]) -> bool:
    """'a unique initiative of BSNL', 'an ambitious new plan': an article, adjectives and
    whose it is say nothing of what the act is."""
    return any(c.lower_ in ("a", "an") for c in children) and all(
        c.dep_ == "det"
        or (c.dep_ == "amod" and c.pos_ == "ADJ")
        or (c.dep_ == "prep" and c.lower_ == "of")
        for c in children
    )


def _named_in(token: Token, shown: set[int], places: bool = True) -> bool:
    """The phrase names someone or something: a proper noun (a place's too, unless
    `places` is False), or a clause saying which."""
    return any(
        t.i in shown
        and (
            (t.pos_ == "PROPN" and (places or t.ent_type_ not in PLACE_LABELS))
            or t.dep_ in ("relcl", "acl")
        )
        for t in token.subtree
        if t != token
    )


def _as_a_named_post(verb: Token, shown: set[int]) -> bool:
    """'resigned as head coach of the Saskatchewan Roughriders', 'emerged as the favorite to
    take over from Sam Allardyce': a post or a part one took, which the words name."""
    return any(
        c.dep_ == "prep" and c.lower_ == "as" and c.i in shown and _named_in(c, shown)
        for c in verb.children
    )


# Particles the parser may read as adverbs ('stepped down from', 'pulled out of').
PARTICLES = wordset("down out up off away back")
# What a body, a person, a law or an event is named as (not a place: 'gathered in Tampa').
BODY_OR_ACT = frozenset(("ORG", "PERSON", "LAW", "EVENT", "WORK_OF_ART", "NORP", "PRODUCT"))


def _from_a_named_body(verb: Token, shown: set[int]) -> bool:
    """'stepped down from the House Freedom Caucus', 'withdrew from the Paris Agreement':
    a verb with no object whose phrase names the body or the act it was done to."""
    return any(
        c.dep_ == "prep"
        and c.i in shown
        and c.lower_ in ("from", "of", "with", "against", "to", "into", "over")
        and any(
            o.dep_ == "pobj" and o.ent_type_ in BODY_OR_ACT and o.i in shown for o in c.children
        )
        for c in verb.children
    )


def _one_told_by(noun: Token, verb: Token, shown: set[int]) -> bool:
    """'reached a settlement in a lawsuit that accused her of plagiarizing ...': one thing,
    which the verb's next phrase makes the article's own ('yielded a goal' stays vague)."""
    if noun.dep_ != "dobj" or not any(c.lower_ in ("a", "an") for c in noun.children):
        return False
    return any(  # 'scored a goal in Leeds' is no more one goal than 'scored a goal'
        c.dep_ == "prep"
        and c.lower_ != "of"  # 'a unique initiative of BSNL' says whose, not which
        and c.i > noun.i
        and c.i in shown
        and _named_in(c, shown, places=False)
        for c in (*verb.children, *noun.children)
    )


def _says_not_which(noun: Token, verb: Token, shown: set[int]) -> bool:
    """What was done to 'the declaration', 'his decisions', 'a goal': a common noun with
    nothing but a determiner or a possessive to say which, the verb's object (or of it:
    'some of the technology'). The headline or the sentence before said which; or it is
    one of many, and the question fits whoever did any."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "dative", "pobj"):
        return False
    if noun.dep_ == "pobj" and noun.head.head not in (
        verb,
        *[c for c in verb.children if c.dep_ == "dobj"],
    ):
        return False
    children = [c for c in noun.children if c.i in shown]
    if not children:  # 'has leveled homes': whose? 'signed legislation' (that ... was cut)
        return (noun.tag_ == "NNS" and noun.head == verb) or any(
            c.dep_ in DESCRIBING for c in noun.children
        )
    if noun.lower_ in ANAPHORIC_ACTS and _only_praise_and_owner(children):
        return True  # 'launched a unique initiative of BSNL': which initiative? (sample Q23)
    if len(children) != 1:
        return False
    only = children[0]
    return (only.dep_ == "det" and only.lower_ in POINTING | {"a", "an"}) or (
        only.dep_ == "poss" and only.pos_ == "PRON"
    )

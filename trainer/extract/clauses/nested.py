"""Wh-questions about an answer nested below the sentence's plain `Subject Verb` shape:

- in a clause describing the verb's object: 'X will offer its lander that the company
  unveiled in May' -> 'In what month did X unveil its lander?' (object relative clause);
- in a participle after 'after'/'before'/'since' that shares the main subject: 'X has
  avoided extradition after seeking refuge in London in 2012' -> 'In what year did X seek
  refuge in London?';
- before an event noun with a named owner: "Trump's July 25 call with Zelensky" -> "On what
  date was Trump's call with Zelensky?";
- in the second verb of a named subject: 'Apple admitted the flaw and launched a repair
  program in June 2018' -> 'When did Apple launch a repair program?';
- in a reported clause whose 'he'/'she' is the speaker: 'Volker said he first discussed
  the delay in August' (speaker_pronoun gives wh_question the name).

Each refuses whatever it cannot read for sure: a question that guesses wrong about who did
something is worse than a cloze."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trainer.extract.clauses.asides import relative_aside
from trainer.extract.clauses.cut import QUOTE_CHARS, Clause, trailing_clauses
from trainer.extract.clauses.phrase import (
    AUX_FOR_TAG,
    MIN_WORDS,
    Question,
    an_ordinary_first_word,
    long_enough,
)
from trainer.extract.clauses.render import balanced_quotes, capitalize_first, render, tidy
from trainer.extract.clauses.rewrite import name_replacements, pronoun_replacements
from trainer.extract.clauses.standalone import dangling
from trainer.extract.persons import person_index
from trainer.extract.title_words import opens_on_a_post_s_time
from trainer.extract.verbs import bare_form, tense_tag
from trainer.language.lexicon import GENERAL_BODY_NOUNS, REPORTING_VERBS
from trainer.language.text import mentions

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Prepositions whose participle is an act of the main subject at a time of its own.
TIME_PREPOSITIONS = frozenset(("after", "before", "since", "upon"))
# Named owners of an event ("Trump's call", "Apple's event", "China's decision").
OWNER_LABELS = frozenset(("PERSON", "ORG", "GPE", "NORP"))
# What a relative clause's subject may stand for: a pronoun or a body noun ('the company')
# means the main subject when that is a name of the matching kind.
STANDS_FOR = {"he": "PERSON", "she": "PERSON", "it": "ORG"}
OWN_WORDS = frozenset(("its", "his", "her", "their"))
SHORT_AUX = ("'s", "’s", "'re", "’re", "'ve", "’ve", "'d", "’d", "'ll", "’ll", "to")


def _finish(text: str, used: list[Token], replace: dict[int, str], remove: Span) -> Question | None:
    """The question if it reads alone, is short enough and does not give its answer away."""
    text = tidy(text).rstrip(",;:") + "?"
    if dangling(used, replace) or not long_enough(text, used, MIN_WORDS):
        return None
    if mentions(text, remove.text) or not balanced_quotes(text, used):
        return None
    if any(t.text in QUOTE_CHARS for t in used) and not balanced_quotes(render(used, {})):
        return None
    return Question(capitalize_first(text), tuple(used))


def _subject_text(tokens: list[Token], replace: dict[int, str]) -> str:
    text = render(tokens, replace)
    first = tokens[0]
    if first.i not in replace and (first.pos_ == "DET" or an_ordinary_first_word(first)):
        text = text[:1].lower() + text[1:]
    elif first.i not in replace and opens_on_a_post_s_time(text):
        text = text[:1].lower() + text[1:]  # 'then-President Barack Obama'
    return text


def _named(tokens: list[Token], labels: frozenset[str] = OWNER_LABELS) -> bool:
    return any(t.pos_ == "PROPN" and t.ent_type_ in labels for t in tokens)


def _main_subject(verb: Token, clause: Clause, names: dict[str, str]) -> list[Token] | None:
    """The one named subject of `verb`, without a ', who ...' aside: 'Julian Assange'."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].pos_ != "PROPN":
        return None
    in_clause = {t.i for t in clause.tokens}
    tokens = [t for t in subjects[0].subtree if t.i in in_clause]
    if not tokens or tokens[-1].i - tokens[0].i + 1 != len(tokens):
        return None
    aside = relative_aside(tokens, verb.doc[verb.i : verb.i + 1])
    tokens = [t for t in tokens if t.i not in aside]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if not tokens or any(t.pos_ == "PRON" or t.text in QUOTE_CHARS for t in tokens):
        return None
    if any(t.dep_ in ("relcl", "acl", "appos", "conj") for t in tokens):
        return None  # 'X, the envoy, and Y': keep to one plain name
    if any(t.pos_ == "PROPN" and t.text in names for t in tokens):
        return tokens  # a surname the article introduced in full: 'Assange'
    return tokens if _named(tokens, frozenset(("PERSON", "ORG", "GPE"))) else None


def _past_auxiliary(verb: Token) -> bool:
    """'avoided', 'has avoided', 'had avoided': an act already done."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if not auxes:
        return verb.tag_ == "VBD"
    return verb.tag_ == "VBN" and all(
        a.lemma_ == "have" or (a.lemma_ == "be" and a.tag_ in ("VBD", "VBN")) for a in auxes
    )  # never 'is arrested', 'will be'


def _predicate(verb: Token, remove: Span, clause: Clause) -> list[Token] | None:
    """The words after `verb` in its own clause, less the answer and trailing clauses."""
    in_clause = {t.i for t in clause.tokens}
    cut = trailing_clauses(verb, remove) | {t.i for t in remove}
    rest = [t for t in verb.subtree if t.i > verb.i and t.i in in_clause and t.i not in cut]
    while rest and rest[-1].is_punct and rest[-1].text not in QUOTE_CHARS:
        rest = rest[:-1]
    if any(t.dep_ in ("relcl", "advcl", "ccomp") and t.head.i == verb.i for t in rest):
        return None
    return rest


def wh_after_participle(
    clause: Clause, verb: Token, remove: Span, wh: str, names: dict[str, str]
) -> Question | None:
    """'Julian Assange has avoided extradition after seeking refuge in London in 2012'
    -> 'In what year did Julian Assange seek refuge in London?'."""
    prep = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or prep.lower_ not in TIME_PREPOSITIONS:
        return None
    main = prep.head
    if prep.dep_ != "prep" or main.pos_ not in ("VERB", "AUX") or main.dep_ != "ROOT":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "neg", "aux") for c in verb.children):
        return None  # 'after he left': a subject of its own
    if not _past_auxiliary(main) or verb.left_edge.i != verb.i:
        return None  # 'has avoided ... after', never 'will ... after' or 'after quickly ...'
    subject = _main_subject(main, clause, names)
    rest = _predicate(verb, remove, clause)
    if subject is None or rest is None:
        return None
    replace = name_replacements([*subject, *rest], names)
    text = f"{wh} did {_subject_text(subject, replace)} {bare_form(verb)} {render(rest, replace)}"
    return _finish(text, [*subject, verb, *rest], replace, remove)


def wh_second_verb(
    clause: Clause, verb: Token, remove: Span, wh: str, names: dict[str, str]
) -> Question | None:
    """'Apple admitted the flaw and launched a repair program in June 2018' -> 'When did
    Apple launch a repair program?': the second verb of a named subject, asked alone."""
    first = verb.head
    if verb.dep_ != "conj" or first.dep_ != "ROOT" or first.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "neg", "mark", "expl") for c in verb.children):
        return None  # a clause of its own
    if any(c.dep_ == "neg" for c in first.children):
        return None  # 'did not ... and': the negation may cover both
    joint = [c for c in first.children if c.dep_ == "cc" and c.i < verb.i]
    if (
        not joint
        or joint[-1].lower_ != "and"
        or any(t.dep_ == "conj" and t.head.i == first.i for t in first.doc[joint[-1].i : verb.i])
    ):
        return None  # 'A, B and C': which verbs share what is unsure
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lefts = [t for t in verb.lefts if t.i > joint[-1].i]
    if auxes or any(t.dep_ != "advmod" for t in lefts):
        return None
    if tense_tag(verb) in AUX_FOR_TAG and verb.lemma_ != "be":
        front, word = AUX_FOR_TAG[tense_tag(verb)], bare_form(verb)
    elif verb.tag_ == "VBN":  # 'was arrested in May and charged in June'
        passive = [c for c in first.children if c.dep_ == "auxpass" and c.i < first.i]
        if len(passive) != 1 or len(list(c for c in first.children if c.dep_ == "aux")):
            return None
        front, word = passive[0].lower_, verb.text
    else:
        return None
    subject = _main_subject(first, clause, names)
    rest = _predicate(verb, remove, clause)
    if subject is None or rest is None or not {t.i for t in remove} <= {t.i for t in verb.subtree}:
        return None
    replace = name_replacements([*subject, *lefts, *rest], names)
    text = (
        f"{wh} {front} {_subject_text(subject, replace)} {render(lefts, replace)} {word}"
        f" {render(rest, replace)}"
    )
    return _finish(text, [*subject, *lefts, verb, *rest], replace, remove)


def _relative_subject(
    verb: Token, noun: Token, clause: Clause, names: dict[str, str]
) -> list[Token] | None:
    """Who does the act of an object relative clause: its own named subject ('that Boeing
    unveiled'), or the main subject when the clause says 'the company', 'it', 'he' or 'she'
    and the main subject is a name of that kind."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].i > verb.i:
        return None
    own = subjects[0]
    own_tokens = list(own.subtree)
    if own.pos_ == "PROPN" and _named(own_tokens) and not any(t.pos_ == "PRON" for t in own_tokens):
        return own_tokens
    wanted = STANDS_FOR.get(own.lower_)
    if wanted is None and own.lemma_.lower() in GENERAL_BODY_NOUNS:
        dets = [c.lower_ for c in own.children]
        wanted = "ORG" if dets == ["the"] else None
    if wanted is None or noun.dep_ not in ("dobj", "dative") or noun.head.dep_ != "ROOT":
        return None
    main = _main_subject(noun.head, clause, names)
    kinds = {"PERSON" if t.text in names else t.ent_type_ for t in main or []}
    if main is None or wanted not in kinds:
        return None
    # another name of the kind between the main subject and the pronoun: it may mean that
    doc = verb.doc
    between = doc[main[-1].i + 1 : own.i]
    if wanted == "PERSON" and any(t.ent_type_ == "PERSON" for t in between):
        return None
    # an object of the main verb is no rival when the thing is the subject's own ('its')
    owned = any(c.dep_ == "poss" and c.lower_ in OWN_WORDS for c in noun.children)
    if wanted == "ORG" and any(
        t.ent_type_ == "ORG"
        and t.dep_ not in ("compound", "nmod")
        and not (owned and t.head.i == noun.head.i and t.dep_ in ("dative", "dobj"))
        for t in between
        if t.i not in {n.i for n in noun.subtree}
    ):
        return None
    return main


def wh_object_relative(
    clause: Clause, verb: Token, remove: Span, wh: str, names: dict[str, str]
) -> Question | None:
    """'Blue Origin will offer NASA its Blue Moon lander that the company unveiled in May'
    -> 'In what month did Blue Origin unveil its Blue Moon lander?'."""
    noun = verb.head
    if verb.dep_ not in ("relcl", "acl") or noun.pos_ != "NOUN" or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in ("neg", "nsubjpass", "auxpass") for c in verb.children):
        return None
    markers = [c for c in verb.children if c.dep_ in ("dobj", "mark") and c.i < verb.i]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative", "ccomp") and c.i > verb.i]
    if objects or len(markers) > 1:
        return None  # the noun is not what the clause acts on
    if markers and markers[0].lower_ not in ("that", "which"):
        return None
    who = _relative_subject(verb, noun, clause, names)
    if who is None:
        return None
    auxes = [c for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
    if auxes:
        front, lemma = auxes[0].lower_, verb.text
        if front in SHORT_AUX or len(auxes) > 1:
            return None
    elif tense_tag(verb) in AUX_FOR_TAG:
        front, lemma = AUX_FOR_TAG[tense_tag(verb)], bare_form(verb)
    else:
        return None
    start = min(t.i for t in verb.subtree)
    in_clause = {t.i for t in clause.tokens}
    thing = [t for t in noun.subtree if t.i < start and t.i in in_clause]
    if not thing or thing[-1].i - thing[0].i + 1 != len(thing) or thing[0].i != noun.left_edge.i:
        return None
    if any(t.dep_ in ("relcl", "acl", "appos") or t.text in QUOTE_CHARS for t in thing):
        return None
    if not any(t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME") for t in thing):
        return None  # 'the plan that she proposed': which plan, out of its article?
    if any(t.head.i == verb.i for t in who) and any(t.pos_ == "PRON" for t in thing):
        return None  # 'Ford's ... its cars that GM criticized': 'its' would turn into GM's
    own_subject = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    between = [t for t in verb.subtree if t.i < verb.i and t.i not in own_subject]
    between = [t for t in between if t.i not in {m.i for m in markers} | {a.i for a in auxes}]
    if any(t.dep_ != "advmod" or t.head.i != verb.i for t in between):
        return None  # only 'first', 'later' may stand between the subject and the verb
    rest = _predicate(verb, remove, clause)
    if rest is None or not {t.i for t in remove} <= {t.i for t in verb.subtree}:
        return None
    replace = name_replacements([*who, *thing, *rest], names)
    text = (
        f"{wh} {front} {_subject_text(who, replace)} {render(between, replace)} {lemma}"
        f" {_subject_text(thing, replace)} {render(rest, replace)}"
    )
    return _finish(text, [*who, *between, verb, *thing, *rest], replace, remove)


def wh_event_noun(
    span: Span, clause: Clause, wh: str, names: dict[str, str], past: bool | None
) -> Question | None:
    """ "President Trump's July 25 call with Ukrainian President Volodymyr Zelensky" -> "On what
    date was President Trump's call with Ukrainian President Volodymyr Zelensky?". Only
    for a day, a past event and a named owner (never 'an Oct. 26 letter'). `past` says
    whether the date is before the article's; None when unknown: the verb says."""
    root, doc = span.root, span.doc
    if past is None:
        verb = root.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        past = verb.pos_ in ("VERB", "AUX") and _past_auxiliary(verb)
    if not past:
        return None
    if root.dep_ not in ("nmod", "compound", "amod") or span.end >= len(doc):
        return None
    noun = root.head
    if noun.i != span.end or noun.pos_ != "NOUN" or noun.tag_ not in ("NN", "NNS"):
        return None
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if len(owners) != 1 or any(c.dep_ == "det" for c in noun.children):
        return None
    in_clause = {t.i for t in clause.tokens}
    owner = list(owners[0].subtree)
    if owner[-1].i + 1 != span.start or owner[-1].lower_ not in ("'s", "’s", "'", "’"):
        return None
    if owner[0].lower_ == "the" and owners[0].pos_ == "PROPN":
        owner = owner[1:]  # "the Nittany Lions' loss": the name's own article stays
        the = [owners[0].doc[owner[0].i - 1]]
    else:
        the = []
    if any(t.pos_ in ("PRON", "DET") or t.i not in in_clause for t in owner):
        return None
    if not _named(owner) or not all(t.pos_ == "PROPN" or t.is_punct for t in owner[:-1]):
        return None
    after: list[Token] = []
    for child in noun.rights:
        if child.dep_ not in ("prep", "acl") or child.left_edge.i != (after or [noun])[-1].i + 1:
            break
        sub = [t for t in child.subtree if t.i in in_clause]
        if len(sub) != len(list(child.subtree)):
            return None
        after.extend(sub)
    while after and after[-1].is_punct and after[-1].text not in QUOTE_CHARS:
        after = after[:-1]
    if any(t.text in ("(", ")", ";", ":", "—", "–") for t in after):
        return None
    replace = name_replacements([*owner, noun, *after], names)
    be = "were" if noun.tag_ == "NNS" else "was"
    owned = render(owner, replace)
    text = f"{wh} {be} {'the ' if the else ''}{owned} {render([noun, *after], replace)}"
    return _finish(text, [*the, *owner, noun, *after], replace, span)


def speaker_pronoun(clause: Clause, verb: Token, names: dict[str, str]) -> dict[int, str]:
    """'Kurt Volker said he first discussed the delay ...': the 'he' of a clause reported
    by a named person is that person, when nobody else is named before it in the sentence
    or in the sentence before."""
    report = verb.head
    if verb.dep_ != "ccomp" or report.lemma_ not in REPORTING_VERBS or report.dep_ != "ROOT":
        return {}
    pronouns = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(pronouns) != 1 or pronouns[0].lower_ not in ("he", "she") or pronouns[0].i < report.i:
        return {}
    if any(c.dep_ in ("dobj", "dative", "npadvmod") for c in report.children):
        return {}  # 'told Sondland he ...': which of the two?
    speakers = [c for c in report.children if c.dep_ == "nsubj"]
    if len(speakers) != 1 or speakers[0].i > report.i:
        return {}
    named = list(speakers[0].subtree)
    if not all(t.pos_ == "PROPN" for t in named):
        return {}  # 'The company said he', 'Smith's lawyer said he': whose 'he'?
    speaker = " ".join(t.text for t in named)
    if speaker not in names and not all(t.ent_type_ == "PERSON" for t in named):
        return {}
    speaker = names.get(speaker, speaker)
    doc = verb.doc
    index = person_index(doc)
    sent = verb.sent
    before = index.persons_between(sent.start_char, pronouns[0].idx)
    if sent.start > 0:
        previous = doc[sent.start - 1].sent
        before |= index.persons_between(previous.start_char, previous.end_char)
    if any(p != speaker and not speaker.endswith(p) for p in before):
        return {}
    other = pronoun_replacements(clause, names).get(pronouns[0].i, speaker)
    return {pronouns[0].i: speaker} if other == speaker else {}

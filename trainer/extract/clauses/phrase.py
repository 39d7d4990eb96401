"""Clause -> question: a wh-question where the clause has the plain shape
`Subject [aux] Verb ... ANSWER ...`, else the clause with the answer blanked out.
Both must stand alone, must not contain their answer and must be short enough to read."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from trainer.extract.clauses.asides import (
    dash_aside,
    fronted_clause,
    name_appositive,
    parenthetical,
    relative_aside,
    shared_subject_clause,
    subject_aside,
    subordinate_clause,
    wh_asides,
)
from trainer.extract.clauses.cut import (
    QUOTE_CHARS,
    Clause,
    second_predicate,
    trailing_attribution,
    trailing_clauses,
    trailing_modifiers,
)
from trainer.extract.clauses.front import fronted
from trainer.extract.clauses.main_clause import a_sentence, cut_after_where
from trainer.extract.clauses.misparses import (
    a_noun_read_as_a_present,
    a_sentence_misread,
    glued_headline,
    misread,
    swallowed_speaker,
)
from trainer.extract.clauses.one_of_many import made_by_a_body
from trainer.extract.clauses.own_act import bound_only_by_its_own_act
from trainer.extract.clauses.participle import wh_participle
from trainer.extract.clauses.pointing_back import part_of
from trainer.extract.clauses.quoted import bare_quote, hollow_report, quoted_tokens
from trainer.extract.clauses.render import (
    balanced_quotes,
    capitalize_first,
    linking_asides,
    render,
    strip_connective,
    tidy,
    words,
)
from trainer.extract.clauses.rewrite import (
    name_replacements,
    previous_speaker,
    pronoun_replacements,
)
from trainer.extract.clauses.standalone import dangling, is_name
from trainer.extract.title_words import (
    a_noun_read_into_a_name,
    a_plural_read_as_a_name,
    capitalised_to_open,
    common_word,
    named_elsewhere,
    opens_on_a_post_s_time,
)
from trainer.extract.verbs import bare_form, tense_tag
from trainer.language.lexicon import REPORTING_VERBS, VALUE_PARTICIPLES
from trainer.language.text import mentions
from trainer.model import CLOZE_BLANK

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

MIN_WORDS = 8
# A shorter clause stands alone when it names someone or something: 'Apple employs about
# 450 Dreamers.' (callers that want it pass it as min_words).
MIN_WORDS_NAMED = 5
MAX_WORDS = 40  # issue 10: no question over 40 words
PLACE_LABELS = frozenset(("GPE", "LOC", "FAC"))
SHORT_ENOUGH = 35  # longer, a cloze first loses a trailing ', Jane Roe said Tuesday.'


@dataclass(frozen=True)
class Question:
    text: str
    tokens: tuple[Token, ...]  # the tokens the question was rendered from (for keys)


def long_enough(text: str, tokens: Sequence[Token], min_words: int, named: bool = False) -> bool:
    """MIN_WORDS to MAX_WORDS words; down to `min_words` when the question names someone
    or something (a name says what the clause is about; `named`: a name written in for
    a pronoun)."""
    count = words(text)
    if count > MAX_WORDS or count < min(min_words, MIN_WORDS):
        return False
    return count >= MIN_WORDS or named or any(is_name(t) for t in tokens)


DEMONSTRATIVES = frozenset(("this", "that", "these", "those"))


def _this_one(answer: Span) -> bool:
    """Is the answer a word of a phrase that 'this' or 'that' points with ('this warm
    Sunday afternoon')? Blanked, the phrase says nothing; the day was the article's."""
    noun = answer.root if answer.root.dep_ not in ("compound", "amod", "nmod") else answer.root.head
    return any(
        c.dep_ == "det" and c.lower_ in DEMONSTRATIVES and not answer.start <= c.i < answer.end
        for c in noun.children
    )  # 'in _____' of 'this month' blanks the 'this' too


def cloze(
    clause: Clause, answer: Span, names: dict[str, str], min_words: int = MIN_WORDS
) -> Question | None:
    """The clause with the answer blanked out, or None if it would not stand alone.

    A fronted subordinate clause without the answer ('While protesters chanted, ...') is
    left out when the rest stands alone without it; so is an aside in parentheses or a
    ', which ...' clause when the clause is too long with it."""
    if _this_one(answer):
        return None  # 'On this warm, sticky _____ afternoon': which, the day told (Q42)
    if a_sentence_misread(answer.sent.root):
        return None  # 'During the process deficit hawks who opposed ...' (sample Q148)
    front = fronted_clause(clause.tokens, answer)
    aside = (
        parenthetical(clause.tokens, answer)
        | relative_aside(clause.tokens, answer)
        | subject_aside(clause.tokens, answer)
    )
    # the whole clause unless a fronted clause can go; an aside only when too long with it
    tries: list[set[int]] = [front] if front else []
    tries.append(set())
    if aside:
        tries += [front | aside, aside] if front else [aside]
    for drop in tries:
        shorter = Clause(tuple(t for t in clause.tokens if t.i not in drop), clause.sentence)
        found = _cloze(shorter, answer, names, min_words)
        if found is None and (dashed := dash_aside(shorter.tokens, answer)):
            # what an aside after a dash says may not stand alone ('-- marking yet another
            # escalation ...', sample Q172: the lead's 'USS Boxer' made no card); the clause
            # without it may
            shorter = Clause(tuple(t for t in shorter.tokens if t.i not in dashed), clause.sentence)
            found = _cloze(shorter, answer, names, min_words)
        if found is not None and words(found.text) > SHORT_ENOUGH:
            said = trailing_attribution(shorter.tokens, answer)
            unsaid = Clause(tuple(t for t in shorter.tokens if t.i not in said), clause.sentence)
            found = (_cloze(unsaid, answer, names, min_words) if said else None) or found
        if found is not None and words(found.text) > SHORT_ENOUGH:
            # still long: what an appositive says of a name goes ('LiveU, a provider of
            # ..., has raised another _____ in funding')
            told = name_appositive(shorter.tokens, answer)
            untold = Clause(tuple(t for t in shorter.tokens if t.i not in told), clause.sentence)
            found = (_cloze(untold, answer, names, min_words) if told else None) or found
        if found is not None and words(found.text) > SHORT_ENOUGH:
            # still long: an aside between dashes, or after one to the end, goes ('... in
            # the _____ vote to confirm Mr. Sessions — a startling snub of a man ...',
            # sample Q104: the lead's tally too long to be kept)
            dashed = dash_aside(shorter.tokens, answer)
            undashed = Clause(
                tuple(t for t in shorter.tokens if t.i not in dashed), clause.sentence
            )
            found = (_cloze(undashed, answer, names, min_words) if dashed else None) or found
        if found is not None and words(found.text) > SHORT_ENOUGH:
            found = (
                _without_its_end(shorter, answer, lambda c: _cloze(c, answer, names, min_words))
                or found
            )
        if found is not None:
            return found
    for inner in (subordinate_clause(clause, answer), shared_subject_clause(clause, answer)):
        found = None if inner is None else cloze(inner, answer, names, min_words)
        if found is not None:
            return found
    return None


def _without_its_end(
    clause: Clause, answer: Span, make: Callable[[Clause], Question | None], keep: int = -1
) -> Question | None:
    """A question still too long, made short enough by losing what ends the clause after
    its answer (`cut.trailing_modifiers`), the least that will do; `make` asks the clause,
    and no cut may take the token `keep` (a wh-question's verb)."""
    for cut in trailing_modifiers(clause.tokens, answer):
        if keep in cut:
            continue
        if any(
            t.dep_ in ("nsubj", "nsubjpass") and t.i not in cut and t.head.i in cut
            for t in clause.tokens
        ):
            continue  # 'deficit hawks who opposed adding ... to the existing $20tn in US debt
            # [, and who insisted ..., hemmed and hawed]': the cut took the subject's verb
            # (sample Q148, UNGRAM)
        shorter = Clause(tuple(t for t in clause.tokens if t.i not in cut), clause.sentence)
        found = make(shorter)
        if found is not None and words(found.text) <= SHORT_ENOUGH:
            return found
    return None


def _cloze(
    clause: Clause, answer: Span, names: dict[str, str], min_words: int = MIN_WORDS
) -> Question | None:
    tokens = strip_connective(clause.tokens)
    if not tokens or not (tokens[0].i <= answer.start and answer.end - 1 <= tokens[-1].i):
        return None
    quoted = quoted_tokens(tokens)
    replace = {i: name for i, name in name_replacements(tokens, names).items() if i not in quoted}
    replace.update(pronoun_replacements(clause, names))
    for t in answer:
        replace.pop(t.i, None)
    prefix = ""
    if bare_quote(tokens):
        speaker = previous_speaker(clause, names)
        if speaker is None:
            return None
        prefix = f"{speaker} said: "
        replace[-1] = speaker  # the speaker stands before the quote
    if dangling(tokens, replace) or bound_only_by_its_own_act(tokens, replace):
        return None
    replace.pop(-1, None)
    drop = {t.i for t in answer[:-1]}
    after = answer.doc[answer.end] if answer.end < len(answer.doc) else None
    if after is not None and after.tag_ == "POS" and after.text in ("'", "’"):
        drop.add(after.i)  # "store _____ worth of video", not "_____' worth" (sample Q41)
    root = answer.root
    while root.head.i != root.i and root.head.i in {t.i for t in tokens}:
        root = root.head
    cut = trailing_clauses(root, answer)
    if cut:
        drop |= cut
        tokens = [t for t in tokens if t.i not in cut]
        if tokens and tokens[-1].is_punct and tokens[-1].text not in QUOTE_CHARS:
            tokens = tokens[:-1]
    replace[answer[-1].i] = CLOZE_BLANK
    if hollow_report(tokens) or glued_headline(tokens):
        return None
    text = render(tokens, replace, drop)
    if tokens[0].i != answer.start:  # a sentence may start with the blank
        text = capitalize_first(text)
    text = prefix + text.rstrip(",;:—– ")  # '... on _____,' cut from 'After ... on Monday, ...'
    text = TRAILING_ELLIPSIS.sub(".", text)  # 'later this month in _____....'
    if not text.endswith((".", "?", "!", '"', "”", ".)")):
        text += "."
    used = [t for t in tokens if t.i not in drop]
    if not balanced_quotes(text, used) or not long_enough(text, used, min_words):
        return None
    if cut and dangling(used, replace):
        return None  # 'On _____, the day, he talked ...': the clause cut named whom 'he' means
    if not a_sentence(used):  # 'As X burned to death on _____.', a run-on copied whole
        return None
    if any(a_noun_read_as_a_present(t) for t in used):
        return None  # 'The H1N1 influenza outbreak in _____, which ...' (sample Q181, UNGRAM)
    words_kept = [t for t in used if not t.is_punct]
    if words_kept and words_kept[-1].dep_ == "prep" and words_kept[-1].i not in replace:
        return None  # 'sparked a political fight over.': its object was cut
    if text.count(CLOZE_BLANK) != 1 or mentions(text.replace(CLOZE_BLANK, " "), answer.text):
        return None
    if cut and STRAY_LETTER.search(text):
        return None  # 'theft m embezzled': the 'm' of '£29m' left behind by a cut
    if CUT_AFTER_A_CONJUNCTION.search(text):
        return None  # '... over St Marks Square but, according to protesters.' (sample Q6)
    return Question(text, tuple(t for t in tokens if t.i not in drop))


# A conjunction whose clause a cut took, leaving at most who said it.
CUT_AFTER_A_CONJUNCTION = re.compile(r"\b(?:but|and|or|yet)\b,?(?:\s+according to [^,.;]+)?[.,]?$")
# A lone lower-case letter, no word of English but 'a': what a cut left of a longer token.
STRAY_LETTER = re.compile(r"(?<![\w'’$£€.-])[b-z](?![\w'’.-])")


# An ellipsis closing a sentence the question copies (a quotation's stays).
TRAILING_ELLIPSIS = re.compile(r"(?<![\"”])\s*(?:\.{3,}|…)\.?$")

# Entity types whose first word is an ordinary word mid-sentence: "Two officers" -> "two officers".
LOWER_ENTITY_TYPES = frozenset(
    ("", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY", "DATE", "TIME")
)


def an_ordinary_first_word(token: Token) -> bool:
    """A clause's first word that is an ordinary word once moved inside a question ('Two
    officers' -> 'two officers'): no proper noun, no name's entity, and no name the article
    writes elsewhere ('Trump earlier this month canceled ...' read into a date, sample Q157)."""
    return (
        token.pos_ != "PROPN"
        and token.ent_type_ in LOWER_ENTITY_TYPES
        and not named_elsewhere(token)
    )


AUX_FOR_TAG = {"VBD": "did", "VBZ": "does", "VBP": "do"}
# A subject that denies ('no other company', 'nobody'): its clause says what did not happen.
NEGATIVE_WORDS = frozenset(("no", "none", "nobody", "nothing", "neither", "nor"))


# What a verb may take after it that a question keeps: with none, 'removed and captured
# Maduro' leaves 'removed' with nothing.
COMPLEMENTS = frozenset(
    ("dobj", "ccomp", "xcomp", "attr", "acomp", "prep", "dative", "oprd", "agent", "prt")
)


def _object_left_to_the_next_verb(verb: Token, asked: set[int]) -> bool:
    """'removed and captured strongman Nicolás Maduro': the parser gives the object to the
    second verb only; the first, asked alone (without the words `asked` for), would take
    none."""
    if verb.tag_ == "VBN" or any(c.dep_ in COMPLEMENTS and c.i not in asked for c in verb.children):
        return False
    return any(
        c.dep_ == "conj"
        and c.pos_ == "VERB"
        and any(o.dep_ == "dobj" for o in c.children)
        and not any(o.dep_ in ("nsubj", "nsubjpass") for o in c.children)
        for c in verb.children
    )


def _whose_left_behind(verb: Token, asked: set[int]) -> bool:
    """'described 10 episodes of potential obstruction of justice by Trump': an active verb
    does nothing 'by' a name; the parser hung the object's 'by Trump' on the verb, and the
    object asked in front would leave it behind (sample Q113)."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if not any(c.dep_ == "dobj" and c.i in asked for c in verb.children):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "by"
        and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children)
        for c in verb.children
    )


def _a_noun_read_as_the_last_verb(verb: Token) -> bool:
    """The clause is what a verb after it says ('..., officials said'), but that verb has no
    subject and ends the sentence: a noun the parser took for a verb ('... to quell the
    Rodney King riots.'), which the clause's end still needs."""
    head = verb.head
    return (
        verb.dep_ == "ccomp"
        and head.i > verb.i
        and head.dep_ == "ROOT"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children)
        and all(t.is_punct or t.is_space for t in head.doc[head.i + 1 : head.sent.end])
        and head.i == verb.right_edge.i + 1
    )


def _aside_after_the_subject(subject: Token, verb: Token) -> set[int]:
    """', like their man,' in 'Trump supporters, like their man, blasted ...': a phrase set
    off by commas between the subject and its verb, with its commas ('did Trump supporters
    like their man, blast', sample Q87, UNGRAM), or a clause ('Davis, citing a lack of
    verification, apologized': 'did Lanny Davis citing a lack of independent verification,
    apologize', sample Q139, UNGRAM)."""
    doc = subject.doc
    out: set[int] = set()
    for child in (*subject.children, *verb.children):
        start, end = child.left_edge.i, child.right_edge.i
        aside = child.dep_ == "prep" or (child.dep_ == "advcl" and child.tag_ == "VBG")
        if not aside or start - 1 <= subject.i or end + 1 >= verb.i:
            continue
        if doc[start - 1].text == "," and doc[end + 1].text == ",":
            out.update(range(start - 1, end + 2))
    return out


def wh_question(
    clause: Clause,
    verb: Token,
    remove: Span,
    wh: str,
    names: dict[str, str],
    min_words: int = MIN_WORDS,
    speaker: dict[int, str] | None = None,
) -> Question | None:
    """`_wh_question`, made short enough when it is too long by losing what ends the clause
    after the answer (`cut.trailing_modifiers`), the least that will do: 'On what date did
    deadly clashes erupt between rival factions in the Gaza Strip for the first time in more
    than a month(, despite a conciliatory speech toward Hamas by ...)?'."""
    found = _wh_question(clause, verb, remove, wh, names, min_words, speaker)
    if found is None or words(found.text) <= SHORT_ENOUGH:
        return found

    def ask(shorter: Clause) -> Question | None:
        return _wh_question(shorter, verb, remove, wh, names, min_words, speaker)

    return _without_its_end(clause, remove, ask, keep=verb.i) or found


def _a_perfect_misread(verb: Token) -> bool:
    """'many of Venezuela's elite had tired of Chávez': a past perfect the parser read as
    'had' with an adjective ('tired', acomp) right after it."""
    doc = verb.doc
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return (
        verb.lower_ == "had"
        and after is not None
        and after.head.i == verb.i
        and after.dep_ == "acomp"
        and after.lower_.endswith("ed")
    )


def _wh_question(
    clause: Clause,
    verb: Token,
    remove: Span,
    wh: str,
    names: dict[str, str],
    min_words: int = MIN_WORDS,
    speaker: dict[int, str] | None = None,
) -> Question | None:
    """'WH aux Subject Verb ...?' from a plain declarative clause, or None.
    `speaker` writes out a reported clause's 'he' (nested.speaker_pronoun).

    `remove` is the answer phrase (with its preposition) attached to `verb`.
    Refuses anything but `Subject [aux] Verb ...` with nothing before the subject,
    a named or nominal subject, no negation, and the removed phrase a direct
    dependent of the verb.
    """
    if misread(clause.tokens):
        return None
    if any(t.text == ":" and t.i > verb.i for t in clause.tokens):
        return None  # 'engage its thrusters for one final maneuver: a suicidal plunge'
    before = remove.doc[remove.start - 1] if remove.start else None
    if (
        before is not None
        and remove[0].ent_iob_ == "I"
        and before.ent_type_
        and before.dep_ == "prt"
    ):
        return None  # 'putting over $577m in assets': 'over', the amount's, read as a
        # particle, stays as 'put over' (sample Q113, UNGRAM)
    while verb.dep_ == "xcomp":
        if verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
        elif verb.head.dep_ == "acomp" and verb.head.head.pos_ in ("VERB", "AUX"):
            verb = verb.head.head  # 'was due to be released', 'would be able to start'
        else:
            break
    if verb.dep_ in ("acl", "relcl") and not cut_after_where(verb, {t.i for t in clause.tokens}):
        return _wh_about_noun(clause, verb, remove, wh, names)
    if verb.tag_ == "VBG" and verb.dep_ == "advcl":  # '..., stopping 30 shots'
        made = wh_participle(clause, verb, remove, wh, names)
        if made is None or not long_enough(made[0], made[1], min_words):
            return None
        if mentions(made[0], remove.text) or not balanced_quotes(made[0], made[1]):
            return None
        return Question(*made)
    if _after_a_clause(verb, remove):
        return None
    in_clause = {t.i for t in clause.tokens}
    cut = trailing_clauses(verb, remove) | second_predicate(verb, remove)
    # '(the addition of 10 titles was ...)', ', featuring popular franchises ...'
    cut |= wh_asides(clause.tokens, remove)  # and '— the highest in the country —'
    toks = [t for t in verb.subtree if t.i in in_clause and t.i not in cut]
    # a dateline the parser took for a subject is cut from the clause: not a subject
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i in in_clause]
    if len(subjects) != 1 or any(c.dep_ == "neg" for c in verb.children):
        return None
    subject = subjects[0]
    if subject.lower_ in NEGATIVE_WORDS or any(
        c.lower_ in NEGATIVE_WORDS for c in subject.children
    ):
        return None  # 'No other company has raised $50 million': not 'How much has no ...?'
    if any(t.tag_ == "WP$" and t.head.dep_ == "appos" for t in subject.subtree):
        return (
            None  # 'Hands, whose ... house bought EMI': the parser took the clause's verb for his
        )
    if subject.like_num and not any(
        c.dep_ in ("prep", "amod", "compound") for c in subject.children
    ):
        return None  # '16 had Mr. Obama ahead': sixteen of what, the sentence's start said

    pronouns = {**pronoun_replacements(clause, names), **(speaker or {})}
    if (
        (subject.pos_ == "PRON" and subject.i not in pronouns and not part_of(subject))
        or subject.i > verb.i
        or subject.tag_ in ("WDT", "WP")
    ):
        return None
    if any(t.lower_ in ("a", "an") and t.head.pos_ == "PROPN" for t in subject.subtree):
        return None  # "a rover NASA plans to fly": a relative clause the parser took for a name
    before = subject.doc[subject.left_edge.i - 1] if subject.left_edge.i else subject
    if subject.conjuncts and before.pos_ == "VERB" and before.lemma_ not in REPORTING_VERBS:
        return None  # 'reached 1.64 GW and Seoul plans': an object and a subject read as one
    if any(t.text == ":" for t in subject.subtree):
        return None  # "Bruins 5, Devils 1: David Pastrnak ...": a score line glued to the name
    progressive = any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
    # 'and Arthur Jackson caught two passes': a second clause with its own subject
    joined = verb.dep_ == "conj" and verb.pos_ == "VERB" and verb.head.dep_ in ("ROOT", "ccomp")
    min_words = max(min_words, MIN_WORDS) if joined else min_words  # the first says when
    # '..., as Sony has offered its service since 2014': a clause cut out of its sentence
    # (asides.named_subordinate_clause) is asked alone
    alone = (verb.dep_ == "advcl" and verb.head.i not in in_clause) or cut_after_where(
        verb, in_clause
    )
    if (verb.dep_ not in ("ROOT", "ccomp") and not joined and not alone) or (
        verb.tag_ == "VBG" and not progressive
    ):
        return None
    if _a_noun_read_as_the_last_verb(verb):
        return None  # 'to quell the Rodney King riots.': 'riots' read as the verb over the
        # clause, which then ends on 'the Rodney King' (sample Q138, UNGRAM)
    remove_ids = {t.i for t in remove}
    subject_ids = {t.i for t in subject.subtree}
    first = strip_connective(toks)
    if not first or min(subject_ids) not in in_clause:
        return None  # the subject reaches into a cut dateline ('Indianapolis – Several ...')
    moved = fronted(first, verb, min(subject_ids), remove_ids)
    if moved is None:
        return None  # something (a quote, a clause) comes before the subject
    if any(
        c.dep_ == "conj" and c.pos_ == "VERB" and c.i in {t.i for t in toks} for c in verb.children
    ):
        return None  # 'did X affect and required ...': the second verb cannot follow
    if _object_left_to_the_next_verb(verb, remove_ids):
        return None  # 'did a US Delta Force operation remove?' (sample Q29)
    if _whose_left_behind(verb, remove_ids):
        return None  # 'How many episodes of ... did Mueller's report describe by Trump?'
    auxes = [
        c
        for c in verb.children
        if c.dep_ in ("aux", "auxpass") and c.i < verb.i and c.i > max(subject_ids)
    ]
    replace = name_replacements(toks, names)
    replace.update(pronouns)
    body_drop = set(remove_ids) | {t.i for t in toks if t.i < min(subject_ids)}
    linking = linking_asides(toks)
    body_drop |= linking | swallowed_speaker(verb) | _aside_after_the_subject(subject, verb)
    # trailing punctuation and trailing attribution commas
    while toks and toks[-1].is_punct and toks[-1].i not in remove_ids:
        body_drop.add(toks[-1].i)
        toks = toks[:-1]
    if any(t.text in QUOTE_CHARS for t in toks):
        return None
    if auxes and auxes[0].lemma_ == "get" and auxes[0].tag_ in AUX_FOR_TAG:
        # 'Ailes got married': 'did Ailes get married', never 'got Ailes married' (sample
        # Q60, UNGRAM); a get-passive takes 'do' as a main verb does
        front = AUX_FOR_TAG[auxes[0].tag_]
        replace[auxes[0].i] = bare_form(auxes[0])
    elif auxes:
        front = auxes[0].lower_
        if front in ("to",):
            return None
        if any(
            max(subject_ids) < t.i < auxes[0].i and not t.is_punct and t.i not in body_drop
            for t in toks
        ):
            # 'His blast, fair by less than 10 feet ..., might as well have traveled': the
            # aside before the auxiliary would be left behind it ('might his blast fair by
            # ..., as well have traveled', sample Q78, UNGRAM)
            return None
        if front in ("'s", "’s") and verb.lower_ in VALUE_PARTICIPLES:
            front = "is"  # "It's valued at $150,000": a passive
        body_drop.add(auxes[0].i)
    elif verb.lemma_ == "be" and verb.pos_ == "AUX":
        front = verb.lower_
        body_drop.add(verb.i)
    elif _a_perfect_misread(verb):
        front = verb.lower_  # 'By what year had many of Venezuela's elite tired of Chávez?',
        body_drop.add(verb.i)  # not 'did ... have tired' (sample Q173, UNGRAM)
    elif tense_tag(verb) in AUX_FOR_TAG:
        front = AUX_FOR_TAG[tense_tag(verb)]
        replace[verb.i] = bare_form(verb)
    else:
        return None
    if front in ("'s", "’s", "'re", "’re", "'ve", "’ve", "'d", "’d", "'ll", "’ll"):
        return None
    if front in ("do", "does", "did") and _a_second_past(toks, verb, body_drop):
        return None  # 'did Syrian troops burn documents and dismantled posts' (sample Q55)
    in_subject = remove_ids if remove[0].dep_ == "prep" else set()  # 'X in 2009 enacted'
    subject_text = _without_a_lone_comma(
        render([t for t in toks if t.i in subject_ids], replace, in_subject)
    )
    if _closes_an_appositive(subject_text, subject.doc, max(subject_ids)):
        subject_text += ","  # 'the first American woman in space, Sally Ride(,) die'
    # the subject's first word in the clause (a dateline the parser hung on it is cut)
    first_word = next(  # not a dash the parser hung on it ('- Revolution Ventures ...')
        (t for t in toks if t.i in subject_ids and not t.is_punct), subject.doc[min(subject_ids)]
    )
    if (
        subject_text
        and first_word.i not in replace
        and not any(c.isupper() for c in subject_text.split()[0][1:])  # 'T-Mobile CEO'
        # a party or a nation's people: 'did republicans downplay ...' (sample Q167, UNGRAM)
        and first_word.ent_type_ != "NORP"
        and (
            first_word.pos_ == "DET"
            or capitalised_to_open(first_word)  # 'Suicide bombers struck ...'
            or a_noun_read_into_a_name(first_word)  # 'Protests have convulsed ...'
            or a_plural_read_as_a_name(first_word)  # 'Protesters shut down ...' (NNPS)
            or (first_word.like_num and first_word.is_alpha)  # 'Eleven states held ...' (Q99)
            or (
                an_ordinary_first_word(first_word)
                # 'Wedding authorities' of 'in Wedding' keeps its capital
                and (first_word.ent_type_ != "" or common_word(first_word))
            )
        )
        and first_word.text != "I"
    ):
        subject_text = subject_text[0].lower() + subject_text[1:]
    elif first_word.i not in replace and opens_on_a_post_s_time(subject_text):
        subject_text = subject_text[0].lower() + subject_text[1:]  # 'then-President Obama'
    rest = render([t for t in toks if t.i not in subject_ids], replace, body_drop)
    behind = render([t for t in toks if t.i in moved and t.i not in linking], replace)
    if behind and toks[0].doc[min(moved)].pos_ != "PROPN":
        behind = behind[0].lower() + behind[1:]  # 'Last month' -> 'last month'
    text = tidy(f"{wh} {front} {subject_text} {rest.rstrip(',;:')} {behind}").rstrip(",;:") + "?"
    used = tuple(t for t in toks if t.i not in body_drop or t.i in subject_ids or t.i in moved)
    if dangling(used, replace) or not long_enough(text, used, min_words, bool(speaker)):
        return None
    if mentions(text, remove.text) or not balanced_quotes(text, used):
        return None
    return Question(capitalize_first(text), used)


def _a_second_past(toks: list[Token], verb: Token, dropped: set[int]) -> bool:
    """'burned documents and dismantled military posts': a past verb joined after the
    asked one (the parser may read it as an adjective) keeps its tense where the question's
    'did' puts the first in its base form."""
    doc = verb.doc
    return any(
        t.tag_ in ("VBD", "VBN")
        and t.i > verb.i + 1
        and t.i not in dropped
        and doc[t.i - 1].lower_ == "and"
        for t in toks
    )


def _without_a_lone_comma(subject: str) -> str:
    """The subject without the comma that opened an aside the question dropped
    ('Mauritania(, which has ...,) last year held', sample Q22); an appositive's closing
    comma stays ('Sally Ride, the first American woman in space, died')."""
    if subject.endswith(",") and subject.count(",") == 1:
        return subject[:-1].rstrip()
    return subject


def _closes_an_appositive(subject: str, doc: Doc, last: int) -> bool:
    """The comma after a subject that holds one ('the first American woman in space, Sally
    Ride') closes its appositive: it is the subject's, though the parser hangs it on the verb."""
    after = doc[last + 1] if last + 1 < len(doc) else None
    return "," in subject and not subject.endswith(",") and after is not None and after.text == ","


def _after_a_clause(verb: Token, remove: Span) -> bool:
    """'Finland won 3-0, while Sweden did the same, 2-0, at Romania': a phrase after a
    clause of the verb may be that clause's (the parser hangs it on the verb either way);
    moved to the front as 'Where did Finland win ...?', it would be the verb's."""
    return any(
        c.dep_ == "advcl" and verb.i < c.i and max(t.i for t in c.subtree) < remove.start
        for c in verb.children
    )


RELATIVE_SUBJECTS = frozenset(("which", "that", "who"))
# Names of bodies and things, which no 'who' describes.
BODY_LABELS = frozenset(("ORG", "FAC", "PRODUCT", "NORP", "WORK_OF_ART", "LAW", "EVENT"))


def _in_a_person_s_apposition(noun: Token) -> bool:
    """'Jane Roe, an aide to (noun)': the noun hangs in an apposition to a person."""
    return any(
        a.dep_ == "appos" and a.head.ent_type_ == "PERSON" for a in noun.ancestors if a.i < noun.i
    )


def _after_a_noun_s_phrase(noun: Token, verb: Token) -> bool:
    """', which' or 'that' after 'a noun in (noun)': the clause may tell of either noun
    ('the attacks on a U.S. diplomatic facility in Benghazi that resulted in four deaths',
    sample Q114: 'did a U.S. diplomatic facility result'); a 'who' tells of a person, and
    the noun before the phrase is seldom one."""
    doc = verb.doc
    prep = noun.head
    marker = verb.left_edge
    if prep.i == 0 or doc[prep.i - 1].pos_ != "NOUN":
        return False
    if marker.lower_ == "that":  # the phrase the noun's own: not 'used the missile during an
        # attack ... that killed at least two people'
        return prep.head.i == prep.i - 1
    return marker.lower_ == "which" and marker.i > 0 and doc[marker.i - 1].text == ","


def _after_a_comma(verb: Token, word: str) -> bool:
    """', which ...', ', who ...': the relative clause opens with `word` after a comma."""
    doc = verb.doc
    return any(c.lower_ == word and c.i > 0 and doc[c.i - 1].text == "," for c in verb.children)


# Adverbs that single out a noun among others the sentence has: no part of its name.
FOCUS_ADVERBS = frozenset(("only", "even", "just", "also", "especially", "particularly", "notably"))


def _wh_about_noun(
    clause: Clause, verb: Token, remove: Span, wh: str, names: dict[str, str]
) -> Question | None:
    """The answer in a clause that describes a noun, asked about the noun:
    'an allegation made against X in 2010' -> 'In what year was an allegation made against X?',
    'the merger, which became final Tuesday' -> 'On what day did the merger become final?'."""
    noun = verb.head
    in_clause = {t.i for t in clause.tokens}
    own = {t.i for t in verb.subtree}
    if noun.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "neg" for c in verb.children):
        return None
    if any(c.dep_ == "neg" for c in noun.head.children) and noun.dep_ in ("attr", "dobj"):
        return None  # "Palin's endorsement was not the only one Trump received Tuesday": the
        # 'not' is the noun's verb's, and 'On what date was the only one ...?' says the
        # opposite (sample Q121, NONSENSE)
    if noun.lower_ in ("one", "ones"):
        return None  # 'the first one Trump received': one of what the sentence before told
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        return None  # 'an area of X counties that was burned': which noun it describes is unsure
    if noun.dep_ == "dobj" and noun.head.dep_ == "relcl" and _after_a_comma(verb, "which"):
        return None  # 'another bill that passed the House, which would provide $81 billion'
        # (sample Q147, VAGUE: the bill's, read as the House's)
    if noun.dep_ == "pobj" and _after_a_noun_s_phrase(noun, verb):
        return None  # 'the Republican majority in the Senate, which currently stands at 51
        # seats' (sample Q112, WRONG): the majority's, or the Senate's
    if noun.dep_ == "dep" and verb.dep_ == "acl":
        return (
            None  # 'A powerful earthquake hit Wednesday off ...': a main verb read as 'hit' by it
        )
    if (
        noun.ent_type_ in PLACE_LABELS
        # 'Warren, who ...': a surname the tagger took for a town
        and not any(e.label_ == "PERSON" and e[-1].text == noun.text for e in noun.doc.ents)
        and any(c.lower_ == "who" for c in verb.children)
    ):
        return None  # '..., designer born in Cyprus, who has created ...': who is no place
    if (
        noun.ent_type_ in BODY_LABELS
        and noun.dep_ == "pobj"
        and any(c.lower_ == "who" for c in verb.children)
    ):
        # 'Lauren Brent, a lecturer with the University of Exeter who has conducted research
        # ...' (sample Q54, WRONG): 'who' is a person's, the parser hung it on the body
        return None
    if noun.dep_ == "pobj" and _in_a_person_s_apposition(noun) and _after_a_comma(verb, "who"):
        # 'Christopher Kang, former deputy counsel to Barack Obama, who for more than four
        # years was in charge of ...' (sample Q99, WRONG): the clause may be either one's
        return None
    np = [t for t in noun.subtree if t.i not in own and t.i in in_clause]
    while np and np[-1].is_punct:
        np = np[:-1]
    while np and np[0].dep_ in ("advmod", "preconj") and np[0].lower_ in FOCUS_ADVERBS:
        np = np[1:]  # 'behind only Oregon, which has had ...': not 'has only Oregon had' (Q79)
    if not np or np[-1].i - np[0].i + 1 != len(np) or any(t.text in QUOTE_CHARS for t in np):
        return None  # the noun phrase is not one piece ('X, who ..., and Y')
    if any(t.lower_ in ("a", "an") and t.head.pos_ == "PROPN" for t in np):
        return None  # "a state Trump won by 30 points": a relative clause read as a name
    if any(t.dep_ in ("relcl", "acl", "appos") and t.i not in own for t in np[1:]):
        return None
    # 'who quit Acme in 2001 and now runs TED': the second verb is another fact
    cut = trailing_clauses(verb, remove) | second_predicate(verb, remove)
    remove_ids = {t.i for t in remove}
    body = [t for t in verb.subtree if t.i in in_clause and t.i not in cut]
    while body and body[-1].is_punct:
        body = body[:-1]
    # lifted out of its sentence, the noun must still say which one: a name in it
    # ('the merger of Gannett and GateHouse'), or for 'a ...' in its clause (one_of_many)
    named = [t for t in np if _names_something(t)]
    depth, named_in_body = 0, False
    where = _where_it_was_done(verb)
    for t in body:  # a name in parentheses ('(0100 GMT)') says nothing of the noun
        depth += (t.text == "(") - (t.text == ")")
        named_in_body |= (
            depth == 0
            and t.i not in remove_ids
            and t.i not in where
            and _names_something(t)
            and not _a_place_s_modifier(t)
        )
    named_in_body &= not made_by_a_body(verb, np, body, remove_ids)
    if not named and (np[0].lower_ != "a" or not named_in_body):
        return None
    replace = name_replacements([*np, *body], names)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    plural = noun.tag_ in ("NNS", "NNPS")
    drop = set(remove_ids)
    if verb.dep_ == "acl":
        if verb.tag_ != "VBN" or subjects or body[0].i != verb.i:
            return None
        front = "were" if plural else "was"
    else:
        if len(subjects) != 1 or subjects[0].lower_ not in RELATIVE_SUBJECTS:
            return None
        if body[0].i != subjects[0].i:
            return None
        drop.add(subjects[0].i)
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
        if auxes:
            front = auxes[0].lower_
            drop.add(auxes[0].i)
        elif verb.lemma_ == "be":
            front = verb.lower_
            drop.add(verb.i)
        elif verb.tag_ in AUX_FOR_TAG:
            front = AUX_FOR_TAG[verb.tag_]
            replace[verb.i] = bare_form(verb)
        else:
            return None
        if front in ("to", "'s", "’s", "'ve", "’ve", "'d", "’d", "'ll", "’ll"):
            return None
        plural = plural or any(c.dep_ == "conj" for c in noun.children)
        if front in (("was", "is", "has", "does") if plural else ("were", "are", "have", "do")):
            return None  # the verb does not agree: it describes another noun
    subject = _without_a_lone_comma(render(np, replace))
    if (
        np[0].pos_ == "DET"
        or capitalised_to_open(np[0])
        or a_noun_read_into_a_name(np[0])
        or (np[0].like_num and np[0].is_alpha)
        or an_ordinary_first_word(np[0])
    ):
        subject = subject[:1].lower() + subject[1:]
    elif np[0].i not in replace and opens_on_a_post_s_time(subject):
        subject = subject[:1].lower() + subject[1:]  # 'then-President Obama'
    rest = render(body, replace, drop)
    text = tidy(f"{wh} {front} {subject} {rest}").rstrip(",;:") + "?"
    used = tuple(t for t in [*np, *body] if t.i not in drop)
    if dangling(used, replace) or not MIN_WORDS <= words(text) <= MAX_WORDS:
        return None
    if mentions(text, remove.text) or not balanced_quotes(text, used):
        return None
    return Question(capitalize_first(text), used)


# Prepositions of where something was done.
LOCATIVES = frozenset(("in", "at", "inside", "near", "outside", "across", "throughout"))


def _where_it_was_done(verb: Token) -> set[int]:
    """'a bill introduced last month in the North Dakota legislature': where a thing was
    made or done says nothing of which thing it is (many bills are introduced there), as
    whom it was done to does ('an allegation made against Cosby')."""
    return {
        t.i for c in verb.children if c.dep_ == "prep" and c.lower_ in LOCATIVES for t in c.subtree
    }


def _names_something(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.ent_type_ not in ("DATE", "TIME")


def _a_place_s_modifier(token: Token) -> bool:
    """'a package that would slash the U.S. corporate tax rate to 21 percent': a place
    before another noun says whose rate, not which package (sample Q108, VAGUE: 'To what
    percentage would a package slash ...?'; the earlier proposal's 20 percent fit too)."""
    top = token
    while top.dep_ == "compound" and top.head.ent_type_ == token.ent_type_:
        top = top.head  # 'New' of 'New York'
    return token.ent_type_ in PLACE_LABELS and top.dep_ in ("compound", "amod", "nmod")


def placed_by_its_source(question: Question, answer: Span) -> Question | None:
    """'How many people did a man armed with two handguns kill at an immigration services
    center?' names nothing; the sentence's source does: '..., authorities in Binghamton, New
    York, said'. Officials of a place who report an act the sentence places nowhere else
    report one of their place: the question is asked 'in Binghamton, New York' (sample Q57,
    a toll, the main news, went unasked). None if the source names no place."""
    if CLOZE_BLANK in question.text or not question.text.endswith("?"):
        return None
    verb = answer.root
    while verb.dep_ not in ("ccomp", "ROOT") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.lemma_ not in REPORTING_VERBS:
        return None
    sources = [c for c in verb.head.children if c.dep_ == "nsubj"]
    places = [
        o
        for s in sources
        for p in s.children
        if p.dep_ == "prep" and p.lower_ == "in"
        for o in p.children
        if o.dep_ == "pobj" and o.ent_type_ == "GPE"
    ]
    if len(places) != 1:
        return None
    place = list(places[0].subtree)
    while place and place[-1].is_punct:
        place.pop()
    written = "".join(t.text_with_ws for t in place).strip()
    text = f"{question.text[:-1].rstrip()} in {written}?"
    # right after the act's own scene, when the question shows it ('at an immigration
    # services center in Binghamton, New York'), not after a clause that follows it
    shown = {t.i for t in question.tokens}
    for prep in verb.children:
        scene = list(prep.subtree)
        told = "".join(t.text_with_ws for t in scene).strip()
        if (
            prep.dep_ == "prep"
            and prep.lower_ in ("at", "in", "inside", "outside", "near")
            and all(t.i in shown for t in scene)
            and told in question.text
        ):
            at = question.text.index(told) + len(told)
            rest = question.text[at:]
            # 'in Binghamton, New York, before ...': a state set off on both sides
            comma = "," if "," in written and rest[:1] not in ("?", ",") else ""
            text = f"{question.text[:at]} in {written}{comma}{rest}"
            break
    return replace(question, text=text, tokens=(*question.tokens, *place))

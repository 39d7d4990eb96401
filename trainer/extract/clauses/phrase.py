"""Clause -> question: a wh-question where the clause has the plain shape
`Subject [aux] Verb ... ANSWER ...`, else the clause with the answer blanked out.
Both must stand alone, must not contain their answer and must be short enough to read."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from trainer.extract.clauses.cut import QUOTE_CHARS, Clause, trailing_clauses
from trainer.extract.clauses.render import (
    balanced_quotes,
    capitalize_first,
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
from trainer.extract.clauses.standalone import dangling
from trainer.language.lexicon import REPORTING_VERBS
from trainer.language.text import mentions
from trainer.model import CLOZE_BLANK

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

MIN_WORDS = 8
MAX_WORDS = 42


@dataclass(frozen=True)
class Question:
    text: str
    tokens: tuple[Token, ...]  # the tokens the question was rendered from (for keys)


def _bare_quote(tokens: Sequence[Token]) -> bool:
    """A clause that is nothing but a quotation: '"And we are entering ..."'."""
    if not tokens or tokens[0].text not in QUOTE_CHARS:
        return False
    closing = [i for i, t in enumerate(tokens) if i and t.text in QUOTE_CHARS]
    return len(closing) == 1 and all(t.is_punct for t in tokens[closing[0] + 1 :])


def _hollow_report(tokens: Sequence[Token]) -> bool:
    """'He said at a Nov. 6 event.': a reporting verb whose content is elsewhere."""
    roots = [t for t in tokens if t.dep_ == "ROOT"]
    if not roots or roots[0].lemma_ not in REPORTING_VERBS:
        return False
    if any(c in t.text for t in tokens for c in QUOTE_CHARS):
        return False
    return not any(
        c.dep_ in ("ccomp", "dobj", "xcomp", "parataxis", "nsubjpass") for c in roots[0].children
    )


def cloze(clause: Clause, answer: Span, names: dict[str, str]) -> Question | None:
    """The clause with the answer blanked out, or None if it would not stand alone."""
    tokens = strip_connective(clause.tokens)
    if not tokens or not (tokens[0].i <= answer.start and answer.end - 1 <= tokens[-1].i):
        return None
    replace = name_replacements(tokens, names)
    replace.update(pronoun_replacements(clause, names))
    for t in answer:
        replace.pop(t.i, None)
    prefix = ""
    if _bare_quote(tokens):
        speaker = previous_speaker(clause, names)
        if speaker is None:
            return None
        prefix = f"{speaker} said: "
        replace[-1] = speaker  # the speaker stands before the quote
    if dangling(tokens, replace):
        return None
    replace.pop(-1, None)
    drop = {t.i for t in answer[:-1]}
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
    if _hollow_report(tokens):
        return None
    text = render(tokens, replace, drop)
    if tokens[0].i != answer.start:  # a sentence may start with the blank
        text = capitalize_first(text)
    text = prefix + text
    if not text.endswith((".", "?", "!", '"', "”", ".)")):
        text += "."
    if not balanced_quotes(text) or not MIN_WORDS <= words(text) <= MAX_WORDS:
        return None
    if text.count(CLOZE_BLANK) != 1 or mentions(text.replace(CLOZE_BLANK, " "), answer.text):
        return None
    return Question(text, tuple(t for t in tokens if t.i not in drop))


# Entity types whose first word is an ordinary word mid-sentence: "Two officers" -> "two officers".
LOWER_ENTITY_TYPES = frozenset(
    ("", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY", "DATE", "TIME")
)

AUX_FOR_TAG = {"VBD": "did", "VBZ": "does", "VBP": "do"}


def wh_question(
    clause: Clause, verb: Token, remove: Span, wh: str, names: dict[str, str]
) -> Question | None:
    """'WH aux Subject Verb ...?' from a plain declarative clause, or None.

    `remove` is the answer phrase (with its preposition) attached to `verb`.
    Refuses anything but `Subject [aux] Verb ...` with nothing before the subject,
    a named or nominal subject, no negation, and the removed phrase a direct
    dependent of the verb.
    """
    while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    in_clause = {t.i for t in clause.tokens}
    cut = trailing_clauses(verb, remove)
    toks = [t for t in verb.subtree if t.i in in_clause and t.i not in cut]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or any(c.dep_ == "neg" for c in verb.children):
        return None
    subject = subjects[0]
    if subject.pos_ == "PRON" or subject.i > verb.i or subject.tag_ in ("WDT", "WP"):
        return None
    if any(t.lower_ in ("a", "an") and t.head.pos_ == "PROPN" for t in subject.subtree):
        return None  # "a rover NASA plans to fly": a relative clause the parser took for a name
    if verb.dep_ not in ("ROOT", "ccomp") or verb.tag_ == "VBG":
        return None
    remove_ids = {t.i for t in remove}
    subject_ids = {t.i for t in subject.subtree}
    first = strip_connective(toks)
    lead = [t for t in first if t.i < min(subject_ids)] if first else []
    if not first or any(t.i not in remove_ids and t.text != "," for t in lead):
        return None  # something (an adverbial, a quote) comes before the subject
    if lead and lead[0].i not in remove_ids:
        return None  # ', Russia ...': only the asked phrase itself may open the clause
    if any(
        c.dep_ == "conj" and c.pos_ == "VERB" and c.i in {t.i for t in toks} for c in verb.children
    ):
        return None  # 'did X affect and required ...': the second verb cannot follow
    auxes = [
        c
        for c in verb.children
        if c.dep_ in ("aux", "auxpass") and c.i < verb.i and c.i > max(subject_ids)
    ]
    replace = name_replacements(toks, names)
    body_drop = set(remove_ids) | {t.i for t in toks if t.i < min(subject_ids)}
    # trailing punctuation and trailing attribution commas
    while toks and toks[-1].is_punct and toks[-1].i not in remove_ids:
        body_drop.add(toks[-1].i)
        toks = toks[:-1]
    if any(t.text in QUOTE_CHARS for t in toks):
        return None
    if auxes:
        front = auxes[0].lower_
        if front in ("to",):
            return None
        body_drop.add(auxes[0].i)
    elif verb.lemma_ == "be" and verb.pos_ == "AUX":
        front = verb.lower_
        body_drop.add(verb.i)
    elif verb.tag_ in AUX_FOR_TAG:
        front = AUX_FOR_TAG[verb.tag_]
        replace[verb.i] = verb.lemma_.lower()
    else:
        return None
    if front in ("'s", "’s", "'re", "’re", "'ve", "’ve", "'d", "’d", "'ll", "’ll"):
        return None
    subject_text = render([t for t in toks if t.i in subject_ids], replace)
    # the subject's first word in the clause (a dateline the parser hung on it is cut)
    first_word = next((t for t in toks if t.i in subject_ids), subject.doc[min(subject_ids)])
    if (
        subject_text
        and (
            first_word.pos_ == "DET"
            or (first_word.pos_ != "PROPN" and first_word.ent_type_ in LOWER_ENTITY_TYPES)
        )
        and first_word.text != "I"
    ):
        subject_text = subject_text[0].lower() + subject_text[1:]
    rest = render([t for t in toks if t.i not in subject_ids], replace, body_drop)
    text = tidy(f"{wh} {front} {subject_text} {rest}").rstrip(",;:") + "?"
    used = tuple(t for t in toks if t.i not in body_drop or t.i in subject_ids)
    if dangling(used, replace) or not MIN_WORDS <= words(text) <= MAX_WORDS:
        return None
    if mentions(text, remove.text) or not balanced_quotes(text):
        return None
    return Question(capitalize_first(text), used)

"""Shared helpers of the fact generators (dates, numbers, aircraft, places).

Every fact is asked about one clause of one sentence. A wh-question is built only
where the clause has the plain shape `Subject [aux] Verb ... ANSWER ...`; anything
else becomes a fill-in-the-blank of the clause, which is always grammatical.
Both go through the same checks: the question must stand alone (no pronoun or
"the company" whose referent is not in it), must not contain its answer, and must
be short enough to read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from trainer.generators._common import text_of
from trainer.model import CLOZE_BLANK, Article, Fact

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

MIN_WORDS = 8
MAX_WORDS = 42

# Pronouns whose referent must be in the question itself.
# Numbers written as words, shared by the number and date generators.
NUMBER_WORDS = {
    **{
        w: i
        for i, w in enumerate(
            ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"], 1
        )
    },
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
}

THIRD_PERSON = {"he", "him", "his", "she", "her", "hers", "they", "them", "their", "theirs"}
NEUTER = {"it", "its"}
FIRST_SECOND = {"i", "me", "my", "we", "us", "our", "you", "your"}
DEMONSTRATIVE_SUBJECTS = {"this", "that", "these", "those", "it", "there"}

# "the company said ...": a bare definite noun that points back to an earlier sentence.
ANAPHORIC_THINGS = {
    "acquisition",
    "administration",
    "agency",
    "agreement",
    "airline",
    "announcement",
    "attack",
    "ban",
    "bill",
    "board",
    "campaign",
    "carrier",
    "case",
    "city",
    "club",
    "companies",
    "company",
    "country",
    "county",
    "court",
    "deal",
    "decision",
    "department",
    "district",
    "event",
    "firm",
    "game",
    "government",
    "group",
    "hearing",
    "incident",
    "investigation",
    "law",
    "lawsuit",
    "letter",
    "measure",
    "meeting",
    "merger",
    "ministry",
    "move",
    "network",
    "newspaper",
    "offer",
    "operation",
    "order",
    "organization",
    "paper",
    "plan",
    "platform",
    "policy",
    "president's",
    "probe",
    "product",
    "program",
    "protest",
    "rally",
    "region",
    "report",
    "rule",
    "school",
    "service",
    "state",
    "statement",
    "strike",
    "study",
    "team",
    "teams",
    "union",
}
# Posts one person holds at a time: a nationality or place adjective says whose.
UNIQUE_POSTS = {
    "president",
    "governor",
    "mayor",
    "minister",
    "chancellor",
    "premier",
    "king",
    "queen",
}
NOT_ANTECEDENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
ANAPHORIC_PEOPLE = {
    "duo",
    "trio",
    "official",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "man",
    "woman",
    "boy",
    "girl",
    "president",
    "governor",
    "mayor",
    "suspect",
    "victim",
    "defendant",
    "couple",
    "family",
    "patient",
    "player",
    "coach",
    "judge",
    "prosecutor",
    "lawyer",
    "attorney",
    "minister",
    "leader",
    "person",
    "people",
    "men",
    "women",
    "children",
    "officials",
    "officer",
    "officers",
    "staffer",
    "staffers",
    "worker",
    "workers",
    "executive",
    "executives",
}
ANAPHORIC_NOUNS = ANAPHORIC_THINGS | ANAPHORIC_PEOPLE
TEMPORAL_NOUNS = {
    "year",
    "week",
    "month",
    "season",
    "time",
    "morning",
    "afternoon",
    "evening",
    "weekend",
    "day",
    "summer",
    "fall",
    "spring",
    "winter",
    "quarter",
    "century",
    "decade",
}
LEADING_CONNECTIVES = {"but", "and", "so", "yet", "however", "meanwhile", "still", "also", "or"}
REPORTING_VERBS = {
    "say",
    "tell",
    "add",
    "note",
    "state",
    "report",
    "claim",
    "write",
    "plead",
    "warn",
    "argue",
    "recount",
    "insist",
    "explain",
    "ask",
    "reply",
    "respond",
    "continue",
}
QUOTE_CHARS = '"“”'


@dataclass(frozen=True)
class Clause:
    """The tokens a question is built from: a sentence or one ';'-part of it."""

    tokens: tuple[Token, ...]
    sentence: Span


def clause_of(span_start: Token) -> Clause:
    """The sentence around a token, cut at semicolons so questions stay short."""
    sent = span_start.sent
    parts: list[list[Token]] = [[]]
    for token in sent:
        if token.is_space:
            continue
        if token.text == ";" and not _inside_quote(sent, token):
            parts.append([])
        else:
            parts[-1].append(token)
    for part in parts:
        if part and part[0].i <= span_start.i <= part[-1].i:
            return Clause(tuple(_strip_dateline(part)), sent)
    return Clause(tuple(t for t in sent if not t.is_space), sent)


def _strip_dateline(tokens: list[Token]) -> list[Token]:
    """'WASHINGTON — For ...', 'DUBAI, United Arab Emirates — Dubai's ...', and at the start
    of a paragraph 'Indianapolis – Several thousand ...' -> the text after the dateline."""
    if not tokens:
        return tokens
    first = tokens[0]
    shouting = first.text.isupper() and first.is_alpha and len(first) > 2
    opens_paragraph = (
        first.idx == 0 or text_of(first.doc)[max(0, first.idx - 2) : first.idx] == "\n\n"
    )
    if not (shouting or (opens_paragraph and first.pos_ == "PROPN")):
        return tokens
    for i, token in enumerate(tokens[:9]):
        if token.text in ("—", "–", "--") or (token.text == "-" and token.whitespace_):
            return tokens[i + 1 :] if i > 0 else tokens
        if i and not (token.text.isupper() or token.is_punct or token.pos_ == "PROPN"):
            break
    return tokens


def trailing_clauses(verb: Token, keep: Span) -> set[int]:
    """Token indices of clauses after `keep` that a question can do without:
    ', but most of those bombs were ...', 'as Russia continues ...'."""
    drop: set[int] = set()
    for child in verb.children:
        if child.i <= keep.end - 1 or child.dep_ not in ("conj", "advcl", "parataxis"):
            continue
        sub = list(child.subtree)
        if sub[0].i < keep.end:
            continue
        if child.dep_ == "conj" and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in child.children
        ):
            continue  # 'began X and continued Y' shares the subject: keep it
        drop.update(t.i for t in sub)
        # the comma and conjunction that joined it
        j = sub[0].i - 1
        while (
            j > keep.end - 1
            and (verb.doc[j].is_punct or verb.doc[j].dep_ == "cc")
            and verb.doc[j].text not in QUOTE_CHARS
        ):
            drop.add(j)
            j -= 1
    return drop


def _glued(word: str) -> bool:
    """'baseThe', 'CongressAs', 'WINSTwo': a heading run into the first sentence."""
    if re.search(r"[A-Z]{3,}[A-Z][a-z]+$", word):
        return True
    m = re.search(r"[a-z]([A-Z][a-z]*|[A-Z]{2,})$", word)
    if not m:
        return False
    from spacy.lang.en.stop_words import STOP_WORDS

    return (
        re.match(r"^[a-z]{3,}[A-Z]", word) is not None
        or m.group(1).lower() in STOP_WORDS
        or m.group(1).isupper()
    )


def _bare_quote(tokens: Sequence[Token]) -> bool:
    """A clause that is nothing but a quotation: '"And we are entering ..."'."""
    if not tokens or tokens[0].text not in QUOTE_CHARS:
        return False
    closing = [i for i, t in enumerate(tokens) if i and t.text in QUOTE_CHARS]
    return len(closing) == 1 and all(t.is_punct for t in tokens[closing[0] + 1 :])


def _previous_speaker(clause: Clause, names: dict[str, str]) -> str | None:
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


def _inside_quote(sent: Span, token: Token) -> bool:
    before = text_of(sent.doc)[sent.start_char : token.idx]
    return (before.count('"') % 2 == 1) or before.count("“") > before.count("”")


def evidence_of(sentence: Span, article: Article) -> str | None:
    """The sentence verbatim; None if it is not a substring of the article text."""
    text = sentence.text.strip()
    return text if text and text in article.text else None


# -- names -------------------------------------------------------------------


def full_names(doc: Doc) -> dict[str, str]:
    """'Roe' -> 'Jane Roe': each surname to the full name it was introduced with."""
    names: dict[str, str] = {}
    for ent in doc.ents:
        full = re.sub(r"['’]s$", "", ent.text).strip()
        if ent.label_ != "PERSON" or " " not in full:
            continue
        surname = full.split()[-1]
        if surname in names and names[surname] != full and not names[surname].endswith(full):
            names[surname] = ""  # two people share the surname: never expand it
        else:
            names.setdefault(surname, full)
    return {k: v for k, v in names.items() if v}


def _person_entities(doc: Doc) -> list[Span]:
    """The doc's PERSON entities, found once: `doc.ents` builds every span anew each time."""
    found = doc.user_data.get("trainer.person_ents")
    if found is None:
        found = doc.user_data["trainer.person_ents"] = [e for e in doc.ents if e.label_ == "PERSON"]
    return found


def name_replacements(tokens: Sequence[Token], names: dict[str, str]) -> dict[int, str]:
    """Token index -> full name for surnames used alone."""
    out: dict[int, str] = {}
    ids = {t.i for t in tokens}
    doc = tokens[0].doc if tokens else None
    if doc is None:
        return out
    for ent in _person_entities(doc):
        text = re.sub(r"['’]s$", "", ent.text).strip()
        if ent.start in ids and text in names and names[text] != text:
            last = ent.end - 1 if ent[-1].text not in ("'s", "’s") else ent.end - 2
            for t in ent[: last - ent.start]:
                out[t.i] = ""
            out[last] = names[text]
    for token in tokens:  # a surname the NER missed: 'King and Weeks were abducted'
        if (
            token.pos_ == "PROPN"
            and token.ent_type_ in ("", "PERSON", "ORG", "GPE")
            and token.text in names
            and token.i not in out
            and token.dep_ != "compound"
            and not any(c.dep_ == "compound" for c in token.children)
            and not (token.i > 0 and token.doc[token.i - 1].pos_ == "PROPN")
        ):
            out[token.i] = names[token.text]
    return out


def pronoun_replacements(clause: Clause, names: dict[str, str]) -> dict[int, str]:
    """A clause-subject pronoun standing for the previous sentence's named subject.

    "Turkey has expressed concern. In September, it expressed ..." -> it = Turkey.
    Only when the previous sentence's subject is a named entity of the right sort
    and the previous sentence names no rival of that sort.
    """
    out: dict[int, str] = {}
    sent = clause.sentence
    if sent.start == 0:
        return out
    previous = sent.doc[sent.start - 1].sent
    subjects = [t for t in previous if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
    if len(subjects) != 1:
        return out
    subject = subjects[0]
    for token in clause.tokens:
        if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ != "PRON":
            continue
        word = token.lower_
        if word in ("he", "she") and subject.ent_type_ == "PERSON":
            rivals = {e.text for e in previous.ents if e.label_ == "PERSON"}
            if len({names.get(r.split()[-1], r) for r in rivals}) == 1:
                ent = next(e for e in previous.ents if e.label_ == "PERSON")
                out[token.i] = names.get(ent[-1].text, ent.text)
        elif word == "it" and subject.ent_type_ in ("GPE", "ORG") and subject.tag_ == "NNP":
            ents = [e for e in previous.ents if e.label_ in ("GPE", "ORG")]
            if len(ents) == 1 and subject in ents[0]:
                out[token.i] = ents[0].text
        break
    return out


# -- standing alone ------------------------------------------------------------


def dangling(tokens: Sequence[Token], replaced: dict[int, str]) -> bool:
    """True if the question leans on something said outside it."""
    has_quote = any(c in t.text for t in tokens for c in QUOTE_CHARS)
    speaker = -1 in replaced  # a speaker put before a quote
    seen_person = seen_noun_proper = seen_singular = seen_plural = speaker
    text = "".join(t.text_with_ws for t in tokens)
    if (
        any(_glued(w.strip(".,;:!?()\"“”'’")) for w in text.split())
        or re.search(r"[”][A-Za-z]", text)
        or re.search(r"\b[A-Z]{3,} [A-Z]{3,}\b", text)
    ):
        return True  # a heading glued to the text, or two sentences run together
    if (
        tokens
        and tokens[0].pos_ in ("NOUN", "PROPN")
        and any(
            t.dep_ in ("nsubj", "nsubjpass")
            and t.tag_ == "NN"
            and not any(c.dep_ in ("det", "poss") for c in t.children)
            for t in tokens[:3]
        )
    ):
        return True  # "Awareness campaign has been facing backlash": a headline
    for token in tokens:
        if token.i in replaced:
            seen_person = seen_singular = True
            continue
        low = token.lower_
        if _demonstrative(token):
            return True
        if token.pos_ == "PRON" and _unbound_pronoun(
            token, has_quote, seen_person, seen_singular, seen_plural
        ):
            return True
        if _bare_definite(token, seen_person, seen_noun_proper):
            return True
        antecedent = token.ent_type_ not in NOT_ANTECEDENTS
        if token.ent_type_ == "PERSON":
            seen_person = True
        if token.pos_ == "PROPN" and antecedent:
            seen_noun_proper = True
        if (
            token.tag_ in ("NN", "NNP")
            and token.dep_ != "compound"
            and token.lemma_ not in TEMPORAL_NOUNS
            and antecedent
        ):
            seen_singular = True
        if token.tag_ in ("NNS", "NNPS") or (
            token.dep_ == "conj" and token.pos_ in ("PROPN", "NOUN")
        ):
            seen_plural = True
        del low
    return False


def _demonstrative(token: Token) -> bool:
    """'that deal', 'these companies' point outside the question ('this year' does not)."""
    low = token.lower_
    return (
        token.pos_ == "DET"
        and low in ("this", "that", "these", "those")
        and token.dep_ == "det"
        and token.head.pos_ == "NOUN"
        and (low in ("that", "those") or token.head.lemma_ not in TEMPORAL_NOUNS)
    )


def _unbound_pronoun(
    token: Token, has_quote: bool, person: bool, singular: bool, plural: bool
) -> bool:
    low = token.lower_
    if low in THIRD_PERSON:
        if low.startswith("th"):  # "videos of them": the noun cannot stand for its own pronoun
            own = low == "them" and token.head.dep_ == "prep" and token.head.head.tag_ == "NNS"
            return not plural or own
        return not person
    if low in NEUTER:
        return not singular
    if low in FIRST_SECOND:
        return not has_quote
    return (
        token.dep_ in ("nsubj", "nsubjpass")
        and low in DEMONSTRATIVE_SUBJECTS - {"it", "there"}
        and token.tag_ not in ("WDT", "WP", "EX")
    )


def _bare_definite(token: Token, seen_person: bool, seen_proper: bool) -> bool:
    """'the company', 'the officials': a bare definite whose referent is elsewhere."""
    head = token.head
    if token.lower_ != "the" or token.dep_ != "det" or head.lower_ not in ANAPHORIC_NOUNS:
        return False
    modifiers = ("compound", "poss", "nmod", "prep", "relcl", "acl", "appos")
    if any(c.dep_ in modifiers for c in head.children):
        return False
    # "the French president" names one person; "the French duo", "the veteran official" not
    if any(c.dep_ == "amod" for c in head.children) and (
        head.lower_ in UNIQUE_POSTS or any(c.pos_ == "PROPN" for c in head.children)
    ):
        return False
    person = head.lower_ in ANAPHORIC_PEOPLE
    if head.dep_ not in ("nsubj", "nsubjpass", "poss", "dobj", "pobj"):
        return False
    return not (seen_person if person else seen_proper)


# -- rendering ---------------------------------------------------------------


def render(tokens: Iterable[Token], replace: dict[int, str], drop: set[int] | None = None) -> str:
    """Join tokens with their own spacing; `replace` maps a token index to new text."""
    drop = drop or set()
    out: list[str] = []
    for token in tokens:
        if token.i in drop:
            continue
        text = replace.get(token.i, token.text)
        out.append(text + (token.whitespace_ or ""))
    return tidy("".join(out))


def tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([,.;:?!)])", r"\1", text)
    text = re.sub(r"([(])\s+", r"\1", text)
    text = re.sub(r",\s*(?=[,.;:?!])", "", text)
    text = re.sub(r"\.\)\.$", ".)", text)
    text = re.sub(r"^[\s,;:—–-]+", "", text)
    return text.strip()


def strip_connective(tokens: Sequence[Token]) -> list[Token]:
    """Drop a leading 'But', 'And', 'However,' from a clause."""
    toks = list(tokens)
    while toks and (
        toks[0].lower_ in LEADING_CONNECTIVES
        or (toks[0].is_punct and toks[0].text not in QUOTE_CHARS)
    ):
        toks = toks[1:]
    return toks


def capitalize_first(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def words(text: str) -> int:
    return len(re.findall(r"[\w$%'’-]+", text))


def mentions(haystack: str, needle: str) -> bool:
    """Word-bounded, case-insensitive containment."""
    if not needle.strip():
        return False
    return re.search(rf"(?<!\w){re.escape(needle.lower())}(?!\w)", haystack.lower()) is not None


def balanced_quotes(text: str) -> bool:
    """Quotes and parentheses closed: a clause cut from a longer passage is not."""
    return (
        text.count('"') % 2 == 0
        and text.count("“") == text.count("”")
        and text.count("(") == text.count(")")
    )


# -- questions ---------------------------------------------------------------


@dataclass(frozen=True)
class Question:
    text: str
    tokens: tuple[Token, ...]  # the tokens the question was rendered from (for keys)


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
        speaker = _previous_speaker(clause, names)
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
    if not first or first[0].i != min(subject_ids):
        return None  # something (an adverbial, a quote) comes before the subject
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
    first_word = subject.doc[min(subject_ids)]
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


# -- keys --------------------------------------------------------------------

KEY_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}


def fact_key(kind: str, value: str, anchor: Token, question: Question) -> str:
    """kind|value|core words: the verb the answer hangs on, its subject and object.

    The core is the same however the rest of the sentence is worded, so the same
    fact found in two articles shares a key.
    """
    verb = anchor
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    core: set[str] = set()
    if anchor.pos_ in ("NOUN", "PROPN") and anchor.i != verb.i:
        core.add(anchor.lemma_.lower())
    core.add(verb.lemma_.lower())
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.pos_ != "PRON":
            core.add(child.lemma_.lower())
    return f"{kind}|{value}|{' '.join(sorted(core))}"


def content_key(kind: str, value: str, question: Question) -> str:
    """A fuller key: every content word of the question."""
    lemmas = sorted(
        {t.lemma_.lower() for t in question.tokens if t.pos_ in KEY_POS and not t.is_stop}
    )
    return f"{kind}|{value}|{' '.join(lemmas)}"


def collect(
    doc: Doc,
    article: Article,
    mentions: Iterable[Any],
    make: Callable[[Any, Article, dict[str, str]], tuple[Fact, str] | None],
) -> list[Fact]:
    """The facts `make` builds from each mention, with keys made unique within the article."""
    names = full_names(doc)
    facts: list[Fact] = []
    fuller: dict[int, str] = {}
    for mention in mentions:
        made = make(mention, article, names)
        if made is not None:
            fuller[len(facts)] = made[1]
            facts.append(made[0])
    return unique_keys(facts, fuller)


def unique_keys(facts: list[Fact], fuller: dict[int, str]) -> list[Fact]:
    """Two facts of one article with one key: give each its fuller key; drop exact repeats."""
    from dataclasses import replace

    counts: dict[tuple[str, str], int] = {}
    for f in facts:
        counts[(f.kind, f.key)] = counts.get((f.kind, f.key), 0) + 1
    out: list[Fact] = []
    seen: set[tuple[str, str]] = set()
    asked: list[tuple[str, str]] = []
    for i, f in enumerate(facts):
        if counts[(f.kind, f.key)] > 1:
            f = replace(f, key=fuller[i])
        if (f.kind, f.key) in seen:
            continue
        plain = norm(f.question)
        if any(a == f.answer and (plain in q or q in plain) for a, q in asked):
            continue  # the same sentence twice (a pull quote repeats the text)
        asked.append((f.answer, plain))
        seen.add((f.kind, f.key))
        out.append(f)
    return out


def norm(text: str) -> str:
    return re.sub(r"[^\w]+", " ", text.lower()).strip()


def pick_distractors(
    fact: Fact, candidates: Iterable[str], also_true: Iterable[str] = ()
) -> list[str]:
    """Drop the answer, accepted forms, anything in the evidence, repeats; keep order."""
    banned = {norm(fact.answer), *(norm(a) for a in fact.accept), *(norm(a) for a in also_true)}
    out: list[str] = []
    for c in candidates:
        n = norm(c)
        if not n or n in banned or mentions(fact.evidence, c):
            continue
        banned.add(n)
        out.append(c)
    return out

"""What a question can leave out of its clause: an aside in brackets, a ', which ...'
clause, a closing ', marking ...' participle, a fronted subordinate clause; and the
subordinate clause ('when X did Y') that can be asked on its own."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from trainer.extract.clauses.cut import (
    QUOTE_CHARS,
    Clause,
    a_condition,
    last_items_of_a_list,
    loses_its_time,
    names_the_told,
)
from trainer.language.anaphora import ANAPHORIC_ACTS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def parenthetical(tokens: Sequence[Token], answer: Span) -> set[int]:
    """Indices of '( ... )' asides without the answer: 'Stadia is launching with 22 games
    (the addition of 10 extra titles was announced ...), featuring ...'."""
    out: set[int] = set()
    opened: int | None = None
    for token in tokens:
        if token.text == "(" and opened is None:
            opened = token.i
        elif token.text == ")" and opened is not None:
            if not (opened <= answer.start and answer.end - 1 <= token.i):
                out.update(range(opened, token.i + 1))
            opened = None
    return out


def name_appositive(tokens: Sequence[Token], answer: Span) -> set[int]:
    """Indices of what a name's appositive says of it, between commas, without the answer:
    'LiveU, a provider of video transmission technology that ..., has raised $27 million'."""
    ids = {t.i for t in tokens}
    out: set[int] = set()
    for token in tokens:
        if token.dep_ != "appos" or token.head.pos_ != "PROPN" or token.head.i > token.i:
            continue
        if token.pos_ == "PROPN" and any(
            c.dep_ == "conj" and c.pos_ == "PROPN" for c in token.children
        ):
            continue  # 'Getzlaf of the Ducks, Kopitar of the Kings and Stastny ...': a list
        sub = sorted(t.i for t in token.subtree)
        first, last = sub[0], sub[-1]
        doc = token.doc
        if first == 0 or doc[first - 1].text != "," or last + 1 >= len(doc):
            continue
        if doc[last + 1].text != "," or not {*sub, first - 1, last + 1} <= ids:
            continue  # not set off by two commas, or part of it is already cut
        if last + 2 < len(doc) and doc[last + 2].pos_ == "CCONJ":
            continue  # ', and is used by ...': the description goes on past the comma
        if first <= answer.end - 1 and answer.start <= last:
            continue
        if any(t.text in QUOTE_CHARS for t in doc[first : last + 1]):
            continue
        if _a_subject_read_as_an_appositive(token, last):
            continue  # 'In another development involving Ukraine, the Government
            # Accountability Office, a federal watchdog, said ...' (sample Q90, UNGRAM)
        closing = doc[last + 1]
        verb = next((a for a in token.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None and closing.head in verb.ancestors:
            # 'a center outside Damascus, the capital, Syrian state media reported': the
            # second comma also ends the clause the name is in (sample Q56, UNGRAM)
            out.update(range(first - 1, last + 1))
        else:
            out.update(range(first - 1, last + 2))  # with both commas
    return out


def subject_aside(tokens: Sequence[Token], answer: Span) -> set[int]:
    """Indices of what a phrase between two commas says of a subject noun before its verb,
    without the answer: 'More than 300 boys and men, some as young as five and many in
    chains ..., have been rescued' (sample Q103: the lead made no card, too long with it)."""
    ids = {t.i for t in tokens}
    doc = answer.doc
    for token in tokens:
        head = token.head
        if token.dep_ not in ("amod", "acl", "appos") or head.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if head.pos_ != "NOUN" or head.i > token.i:
            continue
        sub = sorted(t.i for t in token.subtree)
        first, last = sub[0], sub[-1]
        if first == 0 or last + 2 >= len(doc) or sub != list(range(first, last + 1)):
            continue
        if doc[first - 1].text != "," or doc[last + 1].text != ",":
            continue
        verb = doc[last + 2]
        if verb.i != head.head.i and verb.head.i != head.head.i:
            continue  # the verb of the subject comes right after the second comma
        if not {*sub, first - 1, last + 1} <= ids or (
            first <= answer.end - 1 and answer.start <= last
        ):
            continue
        if any(t.text in QUOTE_CHARS for t in doc[first : last + 1]):
            continue
        return set(range(first - 1, last + 2))
    return set()


def _a_subject_read_as_an_appositive(token: Token, last: int) -> bool:
    """The 'appositive' is followed by its comma and a verb that has no subject: it is
    that verb's subject, after a fronted phrase the parser read the name into."""
    doc = token.doc
    if last + 2 >= len(doc):
        return False
    verb = doc[last + 2]
    return (
        verb.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
        and verb.dep_ == "ROOT"
    )


DASHES = frozenset(("—", "–", "--"))


def dash_aside(tokens: Sequence[Token], answer: Span) -> set[int]:
    """Indices of asides set off by dashes, without the answer: '... accounted for 140 cases
    — the highest in the country.' The parser may hang the aside on a word far before it
    (here 'the state'), and a question that moves words ('For how many cases did the state
    alone the highest in the country account?') must drop it whole."""
    dashes = [
        k
        for k, t in enumerate(tokens)
        if t.text in DASHES or (t.text == "-" and t.whitespace_ and k and tokens[k - 1].whitespace_)
    ]
    out: set[int] = set()
    for n in range(0, len(dashes), 2):
        start = dashes[n]
        if n + 1 < len(dashes):
            aside = tokens[start : dashes[n + 1] + 1]
        else:
            end = len(tokens)
            while end > start + 1 and tokens[end - 1].text in ".!?":
                end -= 1
            aside = tokens[start:end]
        if len(aside) > 1 and not any(answer.start <= t.i < answer.end for t in aside):
            out.update(t.i for t in aside)
    return out


def wh_asides(tokens: Sequence[Token], answer: Span) -> set[int]:
    """What a wh-question drops, which moves words around: asides in brackets, between
    dashes, and ', which ...' clauses."""
    return (
        parenthetical(tokens, answer)
        | relative_aside(tokens, answer)
        | dash_aside(tokens, answer)
        | compared_aside(tokens, answer)
    )


def compared_aside(tokens: Sequence[Token], answer: Span) -> set[int]:
    """', up from $925,000 for the 2015 season': the figure a change started from, which a
    wh-question asking another figure or the date cannot carry ('How much did the Raiders
    pay in rent, up from $925,000?')."""
    ids = {t.i for t in tokens}
    out: set[int] = set()
    for token in tokens:
        if token.lower_ not in ("up", "down") or token.dep_ != "advmod" or token.i == 0:
            continue
        doc = token.doc
        sub = sorted(t.i for t in token.subtree)
        start = doc[token.i - 1]
        if start.text != "," or sub[0] != token.i or not set(sub) <= ids:
            continue
        if not any(c.lower_ == "from" and c.dep_ == "prep" for c in token.children):
            continue
        if answer.start <= sub[-1] and sub[0] < answer.end:
            continue  # the answer is the figure compared with
        if not any(doc[i].like_num for i in sub):
            continue
        out.update([start.i, *sub])  # a comma after it stays: ', according to ...'
    return out


def _second_predicate_follows(doc: Doc, last: int) -> bool:
    """', and concludes ...' right after a relative clause: a finite verb with no subject of
    its own goes on with the clause (whatever the parser attached it to)."""
    if last + 3 >= len(doc) or doc[last + 1].text != ",":
        return False
    link, verb = doc[last + 2], doc[last + 3]
    return (
        link.lower_ in ("and", "or", "but")
        and verb.tag_ in ("VBZ", "VBD", "VBP")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def relative_aside(tokens: Sequence[Token], answer: Span) -> set[int]:
    """Indices of a ', which ...' (or ', who ...') clause without the answer, and its
    comma: 'Out of 17 observations by the Keck Observatory, which uses a spectrograph
    ..., the scientists spotted water vapor in one.'"""
    ids = {t.i for t in tokens}
    out: set[int] = set()
    for token in tokens:
        if _trailing_participle(token, answer, ids):  # ', marking an increase.' at the end
            out.update([token.i - 1, *(t.i for t in token.subtree)])
            continue
        if token.dep_ != "relcl" or token.head.pos_ not in ("NOUN", "PROPN"):
            continue
        sub = [t.i for t in token.subtree]
        first, last = min(sub), max(sub)
        doc = token.doc
        if first == 0 or doc[first - 1].text != "," or doc[first].lower_ not in ("which", "who"):
            continue
        if (first <= answer.end - 1 and answer.start <= last) or not set(sub) <= ids:
            continue
        after = doc[last + 1] if last + 1 < len(doc) else None
        if after is not None and not (after.is_punct and after.text not in QUOTE_CHARS):
            continue  # the clause does not end at a comma or the sentence's end
        if _second_predicate_follows(doc, last):
            continue  # '..., which kicks off June 9, and concludes Oct. 10': one clause
        more = _hung_after(token, last, ids)
        if more:
            sub, last = sub + more, max(more)
            after = doc[last + 1] if last + 1 < len(doc) else None
        out.update([first - 1, *sub])
        if (
            after is not None
            and after.text == ","
            and last + 2 < len(doc)
            and doc[last + 2].pos_ in ("VERB", "AUX")
        ):
            out.add(last + 1)  # 'X, which ..., reported' -> 'X reported'
    return out


def _hung_after(clause: Token, last: int, ids: set[int]) -> list[int]:
    """', which provides $1 billion to replace any equipment made by Huawei or ZTE, another
    Chinese company, used by rural telecom carriers': an apposition (and what follows it)
    right after the clause, which the parser hung on the clause's noun, renames the clause's
    last noun: it goes with the clause ('... Act, another Chinese company, used by ...',
    sample Q85, UNGRAM). The indices of those words and their commas."""
    doc = clause.doc
    noun = clause.head
    hung = sorted(
        (c for c in noun.children if c.dep_ in ("appos", "acl") and c.i > last + 1),
        key=lambda c: c.i,
    )
    if not hung or hung[0].dep_ != "appos" or doc[last + 1].text != ",":
        return []
    out: list[int] = []
    end = last
    for c in hung:
        sub = [t.i for t in c.subtree]
        gap = range(end + 1, min(sub))
        if any(not doc[i].is_punct for i in gap) or not set(sub) <= ids:
            break
        out += [*gap, *sub]
        end = max(sub)
    return out


def _trailing_participle(token: Token, answer: Span, ids: set[int]) -> bool:
    """', marking a significant increase from the previous year.' closing the sentence."""
    if token.tag_ != "VBG" or token.dep_ not in ("advcl", "xcomp", "acl", "conj"):
        return False
    if last_items_of_a_list(token):
        return False
    sub = [t.i for t in token.subtree]
    doc = token.doc
    if min(sub) != token.i or token.i == 0 or doc[token.i - 1].text != ",":
        return False
    rest = [i for i in ids if i > max(sub)]
    if any(not doc[i].is_punct or doc[i].text in QUOTE_CHARS for i in rest):
        return False
    return not (min(sub) < answer.end and answer.start <= max(sub)) and set(sub) <= ids


# Prepositions of a phrase that grants something before the news ('Despite not seeking
# the expansion, the governor said he would sign the budget'): it can go like a clause.
CONCESSIVE = frozenset(("despite", "notwithstanding"))


def fronted_clause(tokens: Sequence[Token], answer: Span) -> set[int]:
    """Indices of a subordinate clause (and its comma) before the main clause's subject,
    when the answer is not in it: 'Although X recommends Y, ' in 'Although ..., Z did W';
    'Despite ..., ' the same way."""
    ids = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in ids or t.head.i == t.i]
    if len(roots) != 1:
        return set()
    root = roots[0]
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return set()
    subject_start = min(t.i for t in subjects[0].subtree)
    out: set[int] = set()
    for child in root.children:
        fronted = child.dep_ == "advcl" or (child.dep_ == "prep" and child.lower_ in CONCESSIVE)
        if not fronted or _unmarked_sentence(child) or names_the_told(child, tokens):
            continue
        if a_condition(child):
            continue  # 'If the company fails, it owes the government as much as $2.2 billion'
            # (sample Q168, WRONG as 'Dish owes ...'): what follows holds only if it does
        sub = [t.i for t in child.subtree]
        if max(sub) >= subject_start or (answer.start <= max(sub) and min(sub) < answer.end):
            continue
        out.update(sub)
        after = max(sub) + 1
        while after < subject_start and root.doc[after].is_punct:
            out.add(after)
            after += 1
    if out and not all(
        t.i in out or t.i >= subject_start or t.is_punct or t.dep_ == "cc"
        for t in tokens
        if t.i < subject_start
    ):
        return set()  # something else before the subject depends on the clause
    return out


def _unmarked_sentence(verb: Token) -> bool:
    """'Near the close the Dow traded down 0.2% for the day, the S&P 500 traded up 0.1%':
    a clause with its own subject and a finite verb but no 'while', 'after' or 'when' is
    no subordinate clause, whatever the parser made of it, but the first of sentences
    run together with commas; dropping it would drop what the rest shares ('Near the
    close') and leave 'The S&P 500 traded up _____.'"""
    return (
        verb.tag_ in ("VBD", "VBZ", "VBP", "MD")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and not any(c.dep_ == "mark" or c.tag_ in ("WRB", "WDT") for c in verb.children)
    )


# Subordinate clauses that state a fact of their own ('when X did Y'); not 'if', 'unless'.
FACT_MARKERS = frozenset(
    ("when", "as", "because", "since", "while", "although", "though", "after", "whereas")
)


def subordinate_clause(clause: Clause, answer: Span) -> Clause | None:
    """The '(when) the top 10 face off in Atlanta just 75 days before ...' clause holding
    the answer, without its 'when': a statement of its own when the main clause leans on
    something outside it ('Those issues will play out Wednesday night when ...')."""
    ids = {t.i for t in clause.tokens}
    for token in clause.tokens:
        if token.dep_ != "advcl":
            continue
        sub = [t for t in token.subtree if t.i in ids]
        marker = sub[0] if sub else None
        if marker is None or marker.lower_ not in FACT_MARKERS or marker.head.i != token.i:
            continue
        if loses_its_time(marker):
            continue  # '2006, when demand reached ...': alone, it would not say when
        if marker.dep_ == "prep":
            continue  # 'After nearly 20 years of ..., X plans ...': a phrase, not 'after X did
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            continue
        if not (sub[1].i <= answer.start and answer.end - 1 <= sub[-1].i):
            continue
        return Clause(tuple(sub[1:]), clause.sentence)
    return None


def named_subordinate_clause(clause: Clause, answer: Span) -> Clause | None:
    """The subordinate clause holding the answer, to be asked alone as a wh-question, when
    its subject is a name: '..., as Sony has offered its service since 2014', not 'while
    higher-end models were refreshed in May' (models of what? the main clause said)."""
    inner = subordinate_clause(clause, answer)
    if inner is None:
        return None
    named = any(
        t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "advcl" and t.pos_ == "PROPN"
        for t in inner.tokens
    )
    return inner if named else None


def shared_subject_clause(clause: Clause, answer: Span) -> Clause | None:
    """'Neumann bought properties ..., borrowed against his stake, and had planned to charge
    WeWork almost $6 million ...' -> 'Neumann had planned to charge WeWork almost $6 million
    ...': the subject and the one of its verbs that holds the answer."""
    ids = {t.i for t in clause.tokens}
    verb = answer.root
    while verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX"):
        if verb.head.i == verb.i or verb.head.i not in ids:
            return None
        verb = verb.head
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None  # a clause of its own
    first = verb
    while first.dep_ == "conj" and first.head.i in ids:
        first = first.head
    subjects = [c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")]
    if first.pos_ not in ("VERB", "AUX") or len(subjects) != 1 or subjects[0].i > first.i:
        return None
    if first.dep_ not in ("ROOT", "ccomp"):
        return None  # the chain runs through a relative clause: whose verbs are they?
    if first.tag_ == "VB" and any(c.lower_ == "to" for c in first.children):
        return None  # 'allows Yahoo to terminate the deal and accept an offer': no tense
    subject = [t for t in subjects[0].subtree if t.i in ids]
    while subject and subject[-1].is_punct:
        subject.pop()  # 'Tiger Woods, noted for ..., took': no comma before the verb kept
    predicate = [t for t in verb.subtree if t.i in ids]
    if not subject or not predicate or predicate[0].lower_ in ("and", "or", "but"):
        return None
    end = [t for t in clause.tokens if t.i > predicate[-1].i and t.is_punct][:1]
    return Clause(tuple([*subject, *predicate, *end]), clause.sentence)


# Acts that are documents: what an aside says of one does not tell which it is.
DOCUMENTS = frozenset(("report", "study", "survey", "letter", "statement"))


def aside_of(modifier: Token, head: Token) -> bool:
    """'The brokerage, which had forecast growth of 3.3 per cent, said ...': a relative
    clause set off by a comma tells more of the body or person the article named before; it
    does not say which one it is ('the brokerage that advised Acme' would). Of an act it
    says what the act was ('the plan, which is priced at $12.99 a month,'). Nor does an
    aside after a dash, away from its noun ('the state alone accounted for 140 cases — the
    highest in the country': the parser hung it on 'state')."""
    start = modifier.left_edge.i
    before = modifier.doc[start - 1].text if start > 0 else ""
    if modifier.dep_ == "appos" and before in DASHES and start > head.i + 2:
        return True
    if modifier.dep_ != "relcl" or before != ",":
        return False
    # a document's aside says what it holds, not which one it is: 'The report, which compares
    # data from 200 companies since 2015, ranks ...' (sample Q61, NONSENSE: which report?)
    return head.lower_ not in ANAPHORIC_ACTS or head.lower_ in DOCUMENTS

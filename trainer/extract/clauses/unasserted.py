"""Clauses a sentence does not state as fact: what it doubts, asks, supposes or denies.

'We're not certain when Apple last issued four updates to the MacBook Pro within 18
months' says nothing happened: a card asking 'How many updates did Apple last issue ...?'
would teach what the article says it does not know. So no card is made of an answer
inside a clause

- asked or supposed: 'whether X', 'if X', 'unless X';
- governed by a predicate of doubt or ignorance: 'it is unclear when X', 'no one knows
  when X', 'we are not sure that X', 'it remains to be seen how X', 'analysts wonder ...',
  'it is too early to say whether X';
- denied or unsupported: 'denied that X', 'dismissed reports that X', 'there is no
  evidence that X', 'did not confirm (reports) that X', 'the possibility that X';
- cited: what a study someone cites finds will be ('cited analysis that found X would
  lose 3 million jobs').

A predicate that states its clause ('confirmed that', 'said that', 'knew that') leaves it
a fact; so does a negated 'know' before a 'that' clause ('did not know that X': X holds),
and what describes someone or something the clause names: a relative clause ('denied
meeting Epstein, who died in August'), a phrase after a noun with 'the' or 'his' ('whether
any of his tariffs on $360 billion worth of goods will be removed'; the cloze keeps the
'whether'). The walk goes from the answer up to the sentence's root, so a doubt
two clauses up ('It is unclear whether officials said that X') still counts. Quote cards
quote, and a post named beside a name ('whether Acme chief executive John Smith knew')
holds whatever the clause doubts: the number, date, place, aircraft and weapon kinds ask
this module. Word classes are in trainer.language.lexicon."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.extract.doc import cached, text_of
from trainer.language.lexicon import (
    ASSERTING_VERBS,
    CERTAINTY_WORDS,
    CITING_VERBS,
    DENIAL_VERBS,
    DOUBT_NOUNS,
    DOUBT_VERBS,
    DOUBT_WORDS,
    EVIDENCE_NOUNS,
    FACTIVE_VERBS,
    HARD_WORDS,
    NEGATIVE_SUBJECTS,
    UNASSERTING_MARKS,
    UNDONE_VERBS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# How a clause hangs on the word that governs it: an object or subject clause, an
# adverbial one ('not certain when ...' is parsed so), an infinitive, a noun's content.
CLAUSE_DEPS = frozenset(("ccomp", "csubj", "csubjpass", "advcl", "xcomp", "acl", "pcomp"))
# Question words that open an indirect question: 'when', 'how', 'what', 'who', 'which'.
WH_TAGS = frozenset(("WRB", "WP", "WDT", "WP$"))
COPULAS = frozenset(("be", "remain", "seem", "appear", "become", "look", "stay"))
NOT_DONE = frozenset(("not", "n't", "never", "no"))
DEFINITE = frozenset(("the", "this", "that", "these", "those"))
# Verbs of guessing what will be: their 'will' clause is a forecast, not a fact.
BELIEVING = frozenset(
    ("think", "believe", "expect", "predict", "guess", "speculate", "bet", "suspect", "hope")
)
# Subjects that name no one: 'Some think ...'.
VAGUE_GUESSERS = frozenset(("some", "many", "most", "others", "few", "several", "people"))
PROJECTING = frozenset(("would", "could", "might", "will", "'ll", "’ll"))


def unasserted(token: Token) -> bool:
    """True when `token` stands in a clause its sentence asks, supposes, doubts or denies."""
    if _in_an_opening_condition(token) or _what_a_supposition_leads_to(token):
        return True
    if in_a_signed_post(token):
        return True
    child = token
    while child.head.i != child.i:
        head = child.head
        if _asks_or_supposes(child):
            return True
        if child.dep_ == "relcl" and _cited(head) and _a_projection(token, child):
            return True
        if (
            child.dep_ == "ccomp"
            and head.lemma_.lower() in BELIEVING
            and _no_one_named(head)
            and _a_projection(token, child)
        ):
            return True  # 'Some think the Fed will cut rates again in December' (sample Q105,
            # WRONG as 'In what month will the Fed cut rates again?'): a guess of what will be
        if child.dep_ in ("relcl", "prep") and head.pos_ != "VERB" and _definite(head):
            return False  # what describes someone or something named is the article's
        if child.dep_ in CLAUSE_DEPS and _complement(head, child) and _withholds(head, child):
            return True
        child = head
    return False


# The signature that closes a social-media post a page embeds: '... NAFTA is a bad joke! —
# Donald J. Trump (@realDonaldTrump) January 18, 2018'.
SIGNED_POST = re.compile(
    r"(?:—|–|--?)\s*[^\n—–]{1,80}?\(@\w{1,30}\)\s+[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}\s*$"
)


def in_a_signed_post(token: Token) -> bool:
    """'The $20 billion dollar Wall is "peanuts" compared to what Mexico makes from the U.S.':
    a paragraph that ends on an embedded post's signature is its writer's words, which the
    article shows, not states (sample Q162, two NONSENSE cards told as fact)."""
    return any(
        start <= token.idx < end for start, end in cached(token.doc, "trainer.posts", _posts)
    )


def _posts(doc: Doc) -> tuple[tuple[int, int], ...]:
    """The character spans of the doc's paragraphs that end on a post's signature."""
    text = text_of(doc)
    out = []
    start = 0
    for paragraph in text.split("\n"):
        end = start + len(paragraph)
        if "(@" in paragraph and SIGNED_POST.search(paragraph):
            out.append((start, end))
        start = end + 1
    return tuple(out)


def _in_an_opening_condition(token: Token) -> bool:
    """'If the polls are correct, and Obama wins ... on Tuesday, the pivotal moment ...
    occurred in 2009': a sentence opening on 'If' supposes all it says up to the comma that
    opens its main clause, however the parser hung the 'If' (sample Q5). The main clause is
    the first part after a comma with a subject and its verb of its own, not one joined to
    the condition by 'and' or 'or'."""
    sent = token.sent
    words = [t for t in sent if not t.is_space]
    first = next((t for t in words if not t.is_punct), None)
    if first is None or first.lower_ not in ("if", "unless") or token.i <= first.i:
        return False
    commas = [at for at, t in enumerate(words) if t.text == ","]
    for n, at in enumerate(commas):
        stop = commas[n + 1] if n + 1 < len(commas) else len(words)
        part = words[at + 1 : stop]
        if not part or part[0].lower_ in ("and", "or"):
            continue
        ids = {t.i for t in part}
        if any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i in ids for t in part):
            return token.i < words[at].i
    return False


def _what_a_supposition_leads_to(token: Token) -> bool:
    """'Then Mr. Obama wins with 271 electoral votes': a sentence opening on 'Then' that
    tells in the present what follows from the one before ('If … they vote with their home
    prices'), not a story's next step ('Then came the integration', 'Then, in 2021, Tor will
    publish ...', sample Q8)."""
    sent = token.sent
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    if first is None or first.lower_ != "then" or first.dep_ != "advmod":
        return False
    if first.i + 1 < sent.end and first.doc[first.i + 1].text == ",":
        return False  # 'Then, in 2021, ...': the next step of a plan
    return first.head.tag_ in ("VBZ", "VBP")  # what 'Then' tells of, wherever the root is


def _cited(noun: Token) -> bool:
    """'She cited analysis that found Trump's positions would lose over 3 million jobs'
    (sample Q102, WRONG as a fact), 'pointed to a study that showed ...': what a cited
    source finds is the citer's evidence, not what the article states."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "to":
        verb = verb.head  # 'pointed to a study'
        return verb.lemma_.lower() == "point"
    return noun.dep_ == "dobj" and verb.lemma_.lower() in CITING_VERBS


def _no_one_named(verb: Token) -> bool:
    """'Some think', 'many expect', 'analysts believe': a guess of no one named (a named
    guesser's stays, and a card keeps whose it is: 'Tim Anderson believes that Xeljanz will
    carry a price tag of about _____')."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    if subject.lower_ in VAGUE_GUESSERS:
        return True
    return subject.tag_ == "NNS" and not any(
        c.dep_ in ("det", "poss", "compound", "amod", "prep") or c.pos_ == "PROPN"
        for c in subject.children
    )


def _a_projection(token: Token, clause: Token) -> bool:
    """A verb with 'would', 'could', 'might' or 'will' between the answer and the clause:
    what a source finds will be ('would lose over 3 million jobs'), not what a report
    showed ('touted a jobs report, which showed unemployment at 13.3 percent')."""
    verbs = [token, *(a for a in token.ancestors if a.i != clause.head.i)]
    for verb in verbs:
        if any(c.dep_ == "aux" and c.lower_ in PROJECTING for c in verb.children):
            return True
        if verb.i == clause.i:
            break
    return False


def _definite(noun: Token) -> bool:
    """A name, or a noun with 'the', 'this', 'its' or a possessive before it."""
    return noun.pos_ == "PROPN" or any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in noun.children
    )


def _asks_or_supposes(clause: Token) -> bool:
    """'whether X', 'if X', 'unless X', 'as though X' (the clause's own marker: "It's not as
    though anyone expected Boxer to sit home", sample Q48)."""
    return any(
        c.dep_ == "mark"
        and (
            c.lower_ in UNASSERTING_MARKS
            or (c.lower_ == "though" and c.i > 0 and c.doc[c.i - 1].lower_ == "as")
        )
        for c in clause.children
    )


def _complement(head: Token, clause: Token) -> bool:
    """Is `clause` what `head` is about? An adverbial clause is only when it asks ('not
    certain when ...', 'no one knows how ...') and the head has no object of its own ('did
    not say anything when the storm hit', 'asked for help when ...' is a time)."""
    if clause.dep_ != "advcl":
        return True
    objects = ("dobj", "dative", "ccomp", "xcomp", "prep")
    if any(c.dep_ in objects and c.i != clause.i for c in head.children):
        return False
    return _indirect_question(clause)


def _withholds(head: Token, clause: Token) -> bool:
    """Does `head` leave `clause` unstated: doubt it, deny it, or fail to state it?"""
    lemma = head.lemma_.lower()
    if head.pos_ in ("NOUN", "PROPN"):
        return clause.dep_ in ("acl", "ccomp") and _doubted_noun(head, clause)
    if clause.dep_ == "xcomp":
        # 'hopes to sell 1 million cars', 'is unlikely to agree to ... at a meeting in
        # December': the question keeps the verb that hopes or doubts
        return lemma in DENIAL_VERBS
    if lemma in DOUBT_VERBS:
        return True
    if lemma == "see" and head.head.lemma_.lower() == "remain":
        return True  # 'it remains to be seen how ...'
    word = _predicate_word(head)
    if word is not None and word.lower_ in DOUBT_WORDS:
        return True
    if word is not None and word.lower_ in CERTAINTY_WORDS and _negated(head, word):
        return True
    if lemma in ASSERTING_VERBS and _negated(head, head):
        return lemma not in FACTIVE_VERBS or _indirect_question(clause)
    if word is not None and clause.dep_ == "advcl":  # 'it is too early to say when ...',
        return any(  # the question parsed as hanging on 'is'
            c.dep_ == "xcomp" and c.lemma_.lower() in ASSERTING_VERBS and _negated(c, c)
            for c in word.children
        )
    return False


def _predicate_word(head: Token) -> Token | None:
    """The word that says how sure the sentence is: 'unclear' in 'it is unclear', 'known'
    in 'it is not known', 'certain' in 'we are not certain'."""
    if head.pos_ == "ADJ" or head.tag_ == "VBN":
        return head
    if head.lemma_.lower() in COPULAS:
        complements = [c for c in head.children if c.dep_ in ("acomp", "attr", "oprd")]
        return complements[0] if complements else None
    return None


def _negated(verb: Token, word: Token) -> bool:
    """'not', 'never' on the verb or its predicate word; 'no one', 'nobody' as its subject;
    or an infinitive not done: 'declined to confirm', 'has yet to say'."""
    if any(c.dep_ == "neg" for t in (verb, word) for c in t.children):
        return True
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.lower_ in NEGATIVE_SUBJECTS or any(
            c.dep_ == "det" and c.lower_ == "no" for c in subject.children
        ):
            return True
    if verb.dep_ == "xcomp":
        above = verb.head
        if above.lemma_.lower() in UNDONE_VERBS:
            return True
        if above.lemma_.lower() == "have" and any(c.lower_ == "yet" for c in above.children):
            return True
        hard = above if above.pos_ == "ADJ" else _predicate_word(above)
        return hard is not None and hard.lower_ in HARD_WORDS
    return False


def _doubted_noun(noun: Token, clause: Token) -> bool:
    """'speculation that', 'the possibility that'; 'no evidence that', 'did not find any
    evidence that'; 'denied reports that'. Not an infinitive ('rejected his attempt to
    delay the hearing, which is scheduled for February': the hearing is)."""
    lemma = noun.lemma_.lower()
    if not _content_clause(clause):
        return lemma in EVIDENCE_NOUNS and _no(noun)  # 'no evidence to suggest that'
    if lemma in DOUBT_NOUNS:
        return True
    governor = noun.head
    if noun.dep_ == "dobj" and governor.lemma_.lower() in DENIAL_VERBS:
        return True  # 'denied reports that'
    if noun.dep_ == "dobj" and governor.lemma_.lower() in ASSERTING_VERBS - FACTIVE_VERBS:
        return _negated(governor, governor)  # 'could not confirm reports that'
    return lemma in EVIDENCE_NOUNS and _no(noun)


def _content_clause(clause: Token) -> bool:
    """'(that) Russian jets struck ...': a clause with a subject of its own, not an
    infinitive ('his attempt to delay ...')."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in clause.children
    )


def _no(noun: Token) -> bool:
    """'no evidence', 'there is no proof', 'did not find any evidence'."""
    if any(c.dep_ == "det" and c.lower_ in NOT_DONE for c in noun.children):
        return True
    return noun.dep_ in ("dobj", "attr", "nsubj") and _negated(noun.head, noun.head)


def _indirect_question(clause: Token) -> bool:
    """'when Apple last issued ...', 'how many ...': a clause opened by a question word."""
    return clause.left_edge.tag_ in WH_TAGS

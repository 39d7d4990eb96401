"""Phrases the parser hangs on the wrong verb in a lead, put back where they belong for a
question: a deadline at the end of a 'than' clause ('remove more carbon than it emits by
2030' is a deadline of 'remove'), and a second reported clause hung inside the first ('said
it aims to X by 2030 and that by 2050 it hopes to Y'). Used by the date questions. And a
clause the parser could not read at all, of which no question is built in other words."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from trainer.extract.clauses.cut import (
    SUBJECT_DEPS,
    Clause,
    a_bare_plural_read_as_a_verb,
    a_present_without_its_subject,
    subject_of_misread,
)
from trainer.language.lexicon import EMPHATIC_AUXES, REPORTING_VERBS, wordset
from trainer.nlp import only_a_noun

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def out_of_comparative(verb: Token, prep: Token) -> Token:
    """'aims to remove more carbon than it emits by 2030': a deadline ('by' a date) at
    the end of a 'than' clause whose verb is a plain present ('emits', what is done
    habitually, has no deadline) is the deadline of the verb the comparison is part of."""
    head = verb.head
    while head.pos_ not in ("VERB", "AUX") and head.dep_ in ("dobj", "pobj", "prep", "attr"):
        head = head.head  # 'use more power than it consumes': the comparison's noun's verb
    if (
        prep.lower_ == "by"
        and prep.head.i == verb.i
        and verb.dep_ == "advcl"
        and verb.tag_ in ("VBZ", "VBP")
        and not any(c.dep_ == "aux" for c in verb.children)
        and any(c.dep_ == "mark" and c.lower_ == "than" for c in verb.children)
        # nothing of the 'than' clause after the date but a clause joined to it
        and all(c.dep_ in ("cc", "conj", "punct") for c in verb.children if c.i > prep.i)
        and head.pos_ in ("VERB", "AUX")
    ):
        return head
    return verb


def without_second_report(clause: Clause, remove: Span) -> Clause:
    """'said it aims to X by 2030 and that by 2050 it hopes to Y': a clause joined with its
    own 'that' after the asked phrase is a second thing reported, whatever verb the parser
    hung it on; a question about the first does without it (and its 'and')."""
    drop: set[int] = set()
    for token in clause.tokens:
        if token.dep_ != "conj" or token.i < remove.end or token.i in drop:
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
            continue
        sub = list(token.subtree)
        if sub[0].i < remove.end:
            continue
        drop |= {t.i for t in sub}
        j = sub[0].i - 1
        doc = token.doc
        while j >= remove.end and (doc[j].dep_ == "cc" or doc[j].text == ","):
            drop.add(j)
            j -= 1
    if not drop:
        return clause
    return Clause(tuple(t for t in clause.tokens if t.i not in drop), clause.sentence)


# Words that open a clause as well as a phrase ('after the vote', 'after a spokeswoman said').
CLAUSE_OPENERS = frozenset(("after", "before", "since", "until", "as"))


def misread(tokens: Sequence[Token]) -> bool:
    """A verb the parser could not place (dependency 'dep'): 'The SUVs Uber is debuting in
    San Francisco today are a different story' reads 'are' so; or one it took for its
    subject's participle (`subject_of_misread`). A question that moves the clause's words
    around would move them wrongly; a cloze keeps them as written."""
    if tokens and a_sentence_misread(tokens[0].sent.root):
        return True  # a clause of the sentence cut out of it keeps the misread too
    return any(
        (t.dep_ == "dep" and t.pos_ in ("VERB", "AUX"))
        or _report_cut_short(t)
        or subject_of_misread(t) is not None
        or _a_contact_clause(t)
        or _an_adjective_with_an_object(t)
        or _a_contact_clause_as_participle(t)
        or _a_past_verb_read_as_a_participle(t)
        or _a_preposition_read_as_a_bound(t)
        or a_present_without_its_subject(t)
        or a_noun_read_as_a_present(t)
        or _an_appositive_far_from_its_noun(t)
        or _a_bound_read_as_a_preposition(t)
        or an_auxiliary_as_subject(t)
        or (t.dep_ == "relcl" and t.pos_ == "NOUN")  # 'who candidate Trump listed as ...'
        or a_noun_read_as_a_bare_verb(t)
        for t in tokens
    )


def a_noun_read_as_a_bare_verb(token: Token) -> bool:
    """'killed in the US airstrikes, according to ...': a question that leaves out the
    plural the parser took for a verb of its own ends on 'in the US' ('How many people were
    killed in the US?', sample Q147, NONSENSE)."""
    return token.dep_ in BARE_VERB_DEPS and a_bare_plural_read_as_a_verb(token)


BARE_VERB_DEPS = frozenset(("advcl", "conj", "ccomp", "xcomp"))


def a_sentence_misread(root: Token) -> bool:
    """A sentence the parser could not read at all, of which neither a wh-question nor a
    blank is built: its root a preposition ('During the process deficit hawks who opposed
    ... hemmed and hawed', sample Q148, UNGRAM), or a main verb whose subject the clause
    before swallowed."""
    return root.pos_ == "ADP" or _a_subject_swallowed_by_the_clause_before(root)


def _a_subject_swallowed_by_the_clause_before(verb: Token) -> bool:
    """'After Carrie Lam announced ... a bill that has ignited the city's largest-ever protest
    movement, protesters and pro-democracy activists alike said ...': the parser joined the
    main clause's subject to the last noun of the clause before it, and the main verb has
    none ('On what date did Carrie Lam announce ..., protesters and pro-democracy activists
    alike?', sample Q149, UNGRAM)."""
    return (
        verb.dep_ == "ROOT"
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        and any(c.dep_ == "advcl" and c.i < verb.i for c in verb.children)
    )


def an_auxiliary_as_subject(token: Token) -> bool:
    """'Trump did, however, put to rest ...': the parser made 'did' the subject ('On what
    date did Trump did speak ...?', sample Q126, UNGRAM)."""
    return token.dep_ in ("nsubj", "nsubjpass") and token.lower_ in EMPHATIC_AUXES


def _a_bound_read_as_a_preposition(token: Token) -> bool:
    """'And over half of Trump's counties have lost population since 2010': the parser made
    'over' a preposition of the verb with no object, and the question carried it to the end
    ('... according to Brookings' calculations over?', sample Q87, UNGRAM)."""
    doc = token.doc
    return (
        token.dep_ == "prep"
        and not any(True for _ in token.children)
        and token.i + 1 < len(doc)
        and doc[token.i + 1].dep_ in ("nsubj", "nsubjpass")
    )


def _a_contact_clause_as_participle(verb: Token) -> bool:
    """'districts like the one the Trump campaign visited on Tuesday': a relative clause with
    no 'that', which the parser took for a participle of its subject ('the campaign, visited
    on Tuesday': 'On what date was the Trump campaign visited?', sample Q85, NONSENSE). A
    noun phrase right after another noun starts such a clause."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.i > verb.i:
        return False
    start = verb.head.left_edge.i
    if start == 0 or verb.doc[start].lower_ not in ("the", "a", "an", "his", "her", "their", "its"):
        return False
    before = verb.doc[start - 1]
    return before.pos_ in ("NOUN", "PRON") and before.i not in {t.i for t in verb.head.subtree}


# Verbs whose passive participle keeps an object: 'a soldier awarded the Medal of Honor'.
OBJECT_KEEPING = wordset(
    """give award offer hand send pay show tell ask grant deny promise charge lend teach allow
    name call elect appoint crown dub label brand consider deem make find leave cost"""
)


def _a_past_verb_read_as_a_participle(verb: Token) -> bool:
    """'U.S. air strikes on Sunday on Iranian-backed militia bases killed at least 25
    fighters': the parser made 'killed' a participle of 'bases' ('bases killed') with an
    object, and the sentence a noun phrase ('How many fighters were Iranian-backed militia
    bases killed?', sample Q178, UNGRAM). A participle of a noun takes no object, but for
    verbs of giving and naming ('a soldier awarded the medal')."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.lemma_.lower() not in OBJECT_KEEPING
        and any(c.dep_ in ("dobj", "obj") for c in verb.children)
    )


def a_noun_read_as_a_present(token: Token) -> bool:
    """'after the H1N1 influenza outbreak in 2009, which triggered ...': the tagger read
    'outbreak' as a verb with 'influenza' its subject, and the cloze kept the phrase as if a
    sentence ('The H1N1 influenza outbreak in _____, which triggered ...', sample Q181,
    UNGRAM). A word the dictionary knows only as a noun is no verb."""
    return (
        token.tag_ in ("VBP", "VBZ", "VB")
        and token.dep_ in CLAUSE_HEADS
        and any(c.dep_ in SUBJECT_DEPS for c in token.children)
        and only_a_noun(token)
    )


# Dependencies of a word that heads a clause ('co' of 'co-president', tagged a verb, heads
# none).
CLAUSE_HEADS = frozenset(("ROOT", "advcl", "conj", "ccomp", "relcl", "xcomp", "parataxis"))


def _a_preposition_read_as_a_bound(token: Token) -> bool:
    """'the losses are the most since 800,000 jobs were shed in March 2009': the parser made
    'since' a bound of the number ('since 800,000') and 'the most' part of the clause's
    subject ('When were the most since 800,000 jobs shed ...?', sample Q178, UNGRAM)."""
    return token.dep_ == "quantmod" and token.lower_ in ("since", "until", "before", "after")


def _an_appositive_far_from_its_noun(token: Token) -> bool:
    """'More serious clashes broke out in 2014 in Ferguson, a suburb of St. Louis': the
    parser hung the appositive on the subject, past the verb and its phrases ('did more
    serious clashes a suburb of St. Louis break out in Ferguson?', sample Q177, UNGRAM). An
    appositive after a comma follows its noun's own words, never its verb."""
    if token.dep_ != "appos" or token.head.i > token.i or token.left_edge.i == 0:
        return False
    if token.doc[token.left_edge.i - 1].text != ",":
        return False  # '— a centuries-old law ... —', ': one on ...': an aside a question drops
    own = {t.i for t in token.head.subtree}
    between = token.doc[token.head.i + 1 : token.left_edge.i]
    return any(t.i not in own and t.pos_ in ("VERB", "AUX") for t in between)


def _an_adjective_with_an_object(token: Token) -> bool:
    """'... to bring the championship gap between himself and rival Nico Rosberg to just 12
    points': the parser made 'rival' an adjective joined to the main verb, with 'Rosberg' its
    object, and hung 'to just 12 points' on the main verb ('To how many points did Lewis
    Hamilton emerge victorious ...?', sample Q78, UNGRAM). An adjective takes no object."""
    return (
        token.dep_ == "conj"
        and token.tag_ == "JJ"
        and any(c.dep_ in ("dobj", "obj") for c in token.children)
    )


def _a_contact_clause(verb: Token) -> bool:
    """'This is the same sequencer NASA astronaut Kate Rubin used in 2016 to ...': a
    relative clause with no 'that', which the parser took for what 'is' says; the noun
    before it is the verb's object ('In what year did Kate Rubin use to ...?', sample Q79)."""
    if verb.dep_ != "ccomp" or verb.pos_ != "VERB" or verb.head.lemma_ != "be":
        return False
    kids = list(verb.children)
    if any(c.dep_ in ("mark", "dobj", "obj") for c in kids):
        return False
    subjects = [c for c in kids if c.dep_ == "nsubj" and c.i < verb.i]
    if not subjects:
        return False
    before = verb.doc[subjects[0].left_edge.i - 1] if subjects[0].left_edge.i else None
    return before is not None and before.head.i == verb.head.i and before.dep_ in ("attr", "dobj")


def swallowed_speaker(verb: Token) -> set[int]:
    """'MIPS sold 498 patents to a consortium that includes ARM, Jane Roe said': the parser
    joined the speaker to the last name of the reported clause ('ARM, Jane Roe') and left
    the verb of saying with no subject. The speaker's words (and the comma before them),
    which a question about the reported clause leaves out with the verb of saying."""
    report = verb.head
    if verb.dep_ != "ccomp" or report.i < verb.i or report.lemma_ not in REPORTING_VERBS:
        return set()
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in report.children):
        return set()
    last = verb.doc[report.i - 1]
    if last.dep_ != "conj" or last.pos_ != "PROPN" or last.head.i < verb.i:
        return set()
    speaker = {t.i for t in last.subtree}
    before = min(speaker) - 1
    return speaker | ({before} if verb.doc[before].is_punct else set())


def _report_cut_short(verb: Token) -> bool:
    """'Border agents found Sunday 475 pounds of cocaine ..., the agency announced': the
    parser made '475 pounds' the subject of 'announced', so the reported clause ends at
    'Sunday' and a question from it loses its object ('On what date did ... find?'). A
    clause reported before its verb of saying ends at a punctuation mark or at that verb."""
    if verb.dep_ != "ccomp" or verb.pos_ not in ("VERB", "AUX") or verb.head.i < verb.i:
        return False
    last = verb.right_edge
    after = last.i + 1
    if after == verb.head.i and not last.is_punct:
        # '... appeared to soften after a spokeswoman for Mrs Merkel said that ...': 'after'
        # opened a clause the parser read as a phrase, and the verb of saying lost its subject
        return not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.head.children) and any(
            t.dep_ == "prep" and t.lower_ in CLAUSE_OPENERS and t.right_edge.i == last.i
            for t in verb.subtree
        )
    return after < verb.head.i and not last.is_punct and not verb.doc[after].is_punct


# Small words a sentence writes in lower case; capitalised inside one, they belong to a
# headline the page ran into it ('- The Affordable Care Act $500 Billion Cut From Medicare
# Normally, if you tell ...').
SMALL_WORDS = frozenset(("from", "with", "for", "of", "to", "in", "on", "at", "by", "and"))


def glued_headline(tokens: Sequence[Token]) -> bool:
    """A small word in capitals, mid-sentence and outside any name: a headline glued on."""
    return any(
        t.lower_ in SMALL_WORDS
        and t.text[:1].isupper()
        and not t.is_sent_start
        and t.ent_iob_ == "O"
        and not t.nbor(-1).is_punct
        for t in tokens[1:]
    )

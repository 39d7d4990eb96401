"""Does a question stand alone? Pronouns, "the company" or "that deal" whose referent is
outside the question, headings glued to the text, and headlines make it lean on
something the reader cannot see."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from trainer.extract.clauses.cut import QUOTE_CHARS
from trainer.extract.clauses.definites import (
    CHAMBER_PAPERS,
    NAMED_LABELS,
    PAPERS,
    a_former_holder,
    act_word,
    bare_definite,
    introduced_before,
    post_word,
)
from trainer.extract.clauses.main_clause import SUBJECTS
from trainer.extract.clauses.pointing_back import (
    a_run_told_before,
    according_to,
    another_alone,
    another_of_them,
    behind_whom,
    body_told,
    counted_back,
    lone_subject,
    not_the_one_described,
    others_of_what,
    that_alone,
    that_misread,
    the_injured,
    victims_of_what,
)
from trainer.extract.clauses.run_together import (
    a_bare_verb_without_its_modal,
    a_relative_read_as_a_clause,
    a_telling_without_what,
    a_verb_cut_before_its_object,
    an_asking_without_what,
    comparison_cut,
    glued,
    goes_nowhere,
    modifier_left_alone,
    object_cut,
    stranded_preposition,
    two_words_run_together,
)
from trainer.extract.clauses.whose import COUNTS_AND_TIMES, no_one_fits, not_its_own, titled
from trainer.extract.doc import text_of
from trainer.extract.persons import person_index
from trainer.language.anaphora import (
    AFTER_THE_TOLD,
    ANAPHORIC_ACTS,
    ANAPHORIC_NOUNS,
    ANAPHORIC_PEOPLE,
    HELD_POSTS,
    KIN,
    ORGANISATION_NOUNS,
    TEMPORAL_NOUNS,
    WELL_KNOWN,
)
from trainer.language.lexicon import (
    HOLDINGS,
    MONTHS,
    ORDINAL_WORDS,
    REPORTING_VERBS,
    SUBORDINATORS,
    WEEKDAYS,
    wordset,
)
from trainer.language.posts import COURTESY_WORDS, STYLE_NOUNS
from trainer.language.sexes import of_first_name, of_title
from trainer.language.text import normalise

if TYPE_CHECKING:
    from spacy.tokens import Token

CALENDAR_WORDS = frozenset((*MONTHS, *WEEKDAYS))  # capitalised, but no names
CALENDAR_LOWER = frozenset(w.lower() for w in CALENDAR_WORDS)
PLACES = ("GPE", "LOC", "FAC")  # no 'company' or 'service' a 'the service' stands for

# Pronouns whose referent must be in the question itself.
THIRD_PERSON = {"he", "him", "his", "she", "her", "hers", "they", "them", "their", "theirs"}
NEUTER = {"it", "its"}
FIRST_SECOND = {"i", "me", "my", "we", "us", "our", "you", "your"}
DEMONSTRATIVE_SUBJECTS = {"this", "that", "these", "those", "it", "there"}

# names that can be what an act word stands for ('the Paris Agreement ... the deal')
ACT_NAMES = frozenset(("EVENT", "LAW", "WORK_OF_ART"))
# The words a storm's name opens on ('Hurricane Maria', 'Typhoon Lan'), which the tagger may
# not call an event.
STORM_KINDS = frozenset(("hurricane", "typhoon", "cyclone", "storm"))


def _a_storm_s_name(token: Token) -> bool:
    """'Hurricane' of 'As Hurricane Maria barreled across the Caribbean': a named storm,
    which 'the storm' after it stands for."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        token.lower_ in STORM_KINDS
        and token.text[:1].isupper()
        and after is not None
        and after.pos_ == "PROPN"
    )


# A photo caption run into the story's dateline: '... outside her NAIROBI, Kenya – Imagine
# paying just $20 ...'.
DATELINE_INSIDE = re.compile(r"\w \b[A-Z]{4,}(?:,\s+[A-Z][a-z.]+)?\s+[–—-]{1,2}\s+[A-Z]")


# A sentence that opens on how much of what the sentence before told: 'So much so, that
# ...', 'So much so that ...'.
# A time told from another event of the article: 'earlier in the day', 'later that week'.
TIME_OF_ANOTHER = re.compile(
    r"\b(?:earlier|later) (?:in the (?:day|week|month|evening|morning)|that (?:day|week|month))\b",
    re.IGNORECASE,
)
SO_MUCH_SO = re.compile(r"\s*so much so\b", re.IGNORECASE)
# An opening after another event of the article: 'Shortly afterward, the National Weather
# Service reported wind gusts to _____' (sample Q167, NONSENSE: after what?).
AFTER_ANOTHER = re.compile(
    r"\s*(?:(?:shortly|soon|immediately|not long|moments|minutes|hours|days) )?afterwards?\b",
    re.IGNORECASE,
)


def dangling(tokens: Sequence[Token], replaced: dict[int, str]) -> bool:
    """True if the question leans on something said outside it."""
    has_quote = any(c in t.text for t in tokens for c in QUOTE_CHARS)
    speaker = -1 in replaced  # a speaker put before a quote
    # a speaker put before a quote is its 'I', never its 'he' or 'their' ('Geoff Morrell
    # said: "Although their troops have been bravely fighting alongside ours ..."', sample
    # Q40): those are told in the quote itself
    seen_singular = speaker
    seen_person = seen_plural = False
    # tokens that were not neighbours in the sentence ('this year' + 'GateHouse' once the
    # comma between them is dropped) are not glued words
    text = "".join(
        t.text_with_ws + (" " if i + 1 < len(tokens) and tokens[i + 1].i != t.i + 1 else "")
        for i, t in enumerate(tokens)
    )
    whole = text_of(tokens[0].doc) if tokens else ""
    if (
        any(glued(w.strip(".,;:!?()\"“”'’"), whole) for w in text.split())
        or any(two_words_run_together(t) for t in tokens)
        or re.search(r"[”][A-Za-z]", text)
        # '... collapsed by more than 22%.The S&P 500 plummeted _____' (sample Q166, UNGRAM)
        or re.search(r"(?<=[a-z%\d])\.(?=(?:The|A|An|In|On|It|He|She|They|But|And)\b)", text)
        or re.search(r"\b[A-Z]{3,} [A-Z]{3,}\b", text)
        or DATELINE_INSIDE.search(text)
    ):
        return True  # a heading glued to the text, or two sentences run together
    if (
        _a_word_torn_off(tokens)
        or _a_word_cut(tokens)
        or _said_what(tokens)
        or _days_of_what(tokens)
    ):
        return True  # 'In what year did Harris graduate from Westmount D.C.?' (sample Q62)
    if TIME_OF_ANOTHER.search(text):
        return True  # '..., which passed on the House floor earlier in the day' (sample Q65)
    if SO_MUCH_SO.match(text) or AFTER_ANOTHER.match(text):
        return True  # 'So much so, that one bitcoin is trading at ...': so much what? (Q52)
    if (
        stranded_preposition(tokens)
        or modifier_left_alone(tokens)
        or object_cut(tokens)
        or a_relative_read_as_a_clause(tokens)
        or comparison_cut(tokens)
        or a_bare_verb_without_its_modal(tokens)
        or a_verb_cut_before_its_object(tokens)
        or a_telling_without_what(tokens)
        or an_asking_without_what(tokens)
        or goes_nowhere(tokens)
        or _a_clause_cut_after_its_subject(tokens)
    ):
        return True
    if (
        tokens
        and tokens[0].pos_ in ("NOUN", "PROPN")
        and not _full_stop(tokens[0])  # 'U.S. crude fell 3.38% to $55.12.' is a sentence
        and any(
            t.dep_ in ("nsubj", "nsubjpass")
            and (t.tag_ == "NN" or _a_bare_post(t, tokens[0]))
            and not any(c.dep_ in ("det", "poss") for c in t.children)
            for t in tokens[:3]
        )
    ):
        return True  # "Awareness campaign has been facing backlash": a headline; so is
        # 'President called for end to ... recount' (a standfirst, sample Q118, NONSENSE)
    # a person named inside a quotation is not who "he" outside it stands for ("... go with
    # Mr. Doug Cooke,” he concluded": the speaker is someone else)
    quoted = False
    seen_person_outside = speaker
    seen_act_name = introduced = seen_body = seen_no_place = False
    seen_singular_outside = speaker
    seen_nouns: set[str] = set()
    seen_words: set[str] = set()  # every word before, written-in names too ('Mayor Roe')
    seen_place = False
    for token in tokens:
        seen_place = seen_place or token.ent_type_ in PLACES
        seen_words.update(replaced.get(token.i, token.text).lower().split())
        if token.i in replaced and _organisation(token):
            seen_singular = True  # 'the company' written out as 'WeWork': an 'it', no 'he'
            seen_singular_outside = seen_singular_outside or not quoted
            continue
        if token.i in replaced and token.ent_type_ in COUNTS_AND_TIMES:
            continue  # a blank of a date or a number ('On _____, he talked') is no one
        if token.i in replaced:
            if token.pos_ not in ("VERB", "AUX"):  # 'voted' -> 'vote' names no one
                seen_person = True
                seen_person_outside = seen_person_outside or not quoted
                # a person written in is no 'it' ('Stefanko said that it had reached')
                person_named = (
                    token.ent_type_ == "PERSON"
                    or token.lower_ in THIRD_PERSON
                    or _an_untagged_person(token)
                )
                seen_singular = seen_singular or not person_named
            continue
        if token.text in QUOTE_CHARS:
            quoted = token.text == "“" or (token.text == '"' and not quoted)
            continue
        if _demonstrative(token) or another_alone(token) or (not quoted and that_alone(token)):
            return True
        if not quoted and (another_of_them(token, tokens) or the_injured(token)):
            return True
        if not quoted and _there(token) and not seen_place:
            return True  # 'has not led in a poll there': where? (not 'in China ... there')
        if not quoted and _below(token):
            return True  # 'the concert taking place below': below what? (sample Q65)
        if not quoted and (victims_of_what(token) or others_of_what(token)):
            return True  # 'victims were taken to hospitals', 'Two other children weren't home'
        if not quoted and a_run_told_before(token):
            return True  # 'The slate of departures is ...' (sample Q104, NONSENSE)
        if not quoted and (
            that_misread(token) or behind_whom(token) or _bare_subject(token) or _own_act(token)
        ):
            return True  # 'that victory over ...', 'was three shots behind'
        if not quoted and not_the_one_described(token, tokens):
            return True  # 'Levan Gachechiladze, his nearest competitor, ...'
        if not quoted and _the_end_of_a_longer_name(token):
            return True  # 'the Morning News' of 'The Dallas Morning News' (sample Q112)
        if not quoted and _places_told_before(token, tokens):
            return True  # 'in the US side of the twin cities' (sample Q118, NONSENSE)
        if not quoted and _the_one_told_before(token):
            return True  # 'the last one in captivity died at the Hobart zoo' (sample Q46)
        if not quoted and _a_stake_in_what(token):
            return True  # 'did Warren Buffett purchase a controlling stake?' (sample Q45)
        if not quoted and _a_time_told_before(token):
            return True  # 'At the time, the nation ... had just _____ of paved roads'
        if not quoted and _it_told_by_many(token, tokens):
            return True  # 'Members of the delegation say it could cost $100 billion' (Q51)
        if not quoted and _it_of_nothing_but_its_subject(token, tokens):
            return True  # 'In what year did Texas first make it a state holiday?' (Q140)
        if not quoted and _a_shared_surname(token):
            return True  # 'Mr. Harris' where the article names Mark and John Harris (Q137)
        if not quoted and _someone_told_only_by_the_act(token, tokens):
            return True  # 'In what year did a woman audition for Ailes?' (sample Q60, VAGUE)

        if not quoted and (counted_back(token, tokens) or lone_subject(token, tokens)):
            return True  # 'all three major cities', 'The plane flew to the US'
        person = seen_person if quoted else seen_person_outside
        # 'a father and his two sons': someone the question brings in is whom 'his' means
        person = person or (introduced and token.lower_ in SINGULAR_PERSONAL)
        if token.pos_ == "PRON" and a_style(token):
            continue  # 'His Honour Judge Neil Ford': part of a judge's style, no one told before
        # '"... compared to, for example, 2009," it said': the nouns of the quotation are
        # not who spoke it
        said_it = not quoted and token.lower_ == "it" and token.head.lemma_ in REPORTING_VERBS
        singular = seen_singular_outside if said_it else seen_singular
        if token.pos_ == "PRON" and (
            _unbound_pronoun(token, has_quote, person, singular, seen_plural)
            or not_its_own(token, tokens)
            or no_one_fits(token, tokens, replaced)  # 'Mrs Thatcher marked his note'
        ):
            return True
        if not has_quote and _bound_only_in_a_fronted_phrase(token, tokens):
            return True
        act = act_word(token)
        told = seen_act_name or token.head.lemma_ in seen_nouns  # 'the case' after 'a case'
        # 'the bill' after 'a measure that became ...'
        told = told or (token.head.lower_ in CHAMBER_PAPERS and bool(seen_nouns & PAPERS))
        # 'the mayor' is bound by a mayor the question names, not by anyone it names;
        # 'the company' by a name of a body, not of a person ('..., said Mr Ng')
        holder = token.head.lower_ in seen_words if post_word(token) else seen_person
        written = [replaced[t.i] for t in tokens if t.i < token.i and t.i in replaced]
        body = body_told(token, tokens, seen_body, seen_no_place, written)
        if bare_definite(token, holder, told if act else body, seen_place):
            return True
        if not quoted and a_former_holder(token, tokens, replaced):
            return True  # 'When was the former deputy FBI director demoted?' (sample Q164)
        if not quoted and introduced_before(token, told):
            return True  # 'the bar was shut down' after 'a bar called ...' (sample Q72)
        if not quoted and _a_day_s_act(token) and not told:
            return True  # "Thursday's decision overturned ...": whose? (sample Q26)
        if not quoted and _a_place_s_act(token, tokens) and not told:
            return True  # 'the death toll in the Kabul attack had risen to 56' (sample Q37)
        if not has_quote and _named_before(token, tokens):
            return True
        antecedent = token.ent_type_ not in COUNTS_AND_TIMES
        # 'the Obama administration' names a body, not someone a 'he' can stand for
        a_title = titled(token)  # 'Mr Ng', whom the recogniser may not tag
        a_title = a_title or _an_untagged_person(token)  # 'Fedchin says that ... its students'
        if a_title or (
            token.ent_type_ == "PERSON"
            and not (token.dep_ == "compound" and token.head.ent_type_ != "PERSON")
            and not BRAND.match(token.text)  # 'SpaceX ... his own electric car' (Q83)
        ):
            seen_person = True
            seen_person_outside = seen_person_outside or not quoted
        introduced = introduced or _someone_introduced(token)
        if token.pos_ == "PROPN" and antecedent and not according_to(token):
            seen_body = seen_body or token.ent_type_ != "PERSON"
            seen_no_place = seen_no_place or token.ent_type_ not in ("PERSON", *PLACES)
        seen_act_name = seen_act_name or token.ent_type_ in ACT_NAMES or _a_storm_s_name(token)
        if token.pos_ == "NOUN":
            seen_nouns.add(token.lemma_)
        if (
            token.tag_ in ("NN", "NNP")
            and token.dep_ != "compound"
            and token.lemma_ not in TEMPORAL_NOUNS
            and antecedent
            and token.ent_type_ != "PERSON"  # 'Mayor Bill de Blasio was hesitant to call it'
            and not a_title
        ):
            seen_singular = True
            seen_singular_outside = seen_singular_outside or not quoted
        if (
            token.tag_ in ("NNS", "NNPS")
            or (token.dep_ == "conj" and token.pos_ in ("PROPN", "NOUN"))
        ) and token.lemma_ not in TEMPORAL_NOUNS:  # '100 years of their standards' (Q41)
            seen_plural = True
    return False


# A firm's name in one word with a capital inside ('SpaceX', 'YouTube'), which the tagger
# may take for a person; not a surname's ('McConnell', 'DeSantis', 'LeBron').
BRAND = re.compile(r"^(?!(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|O)[A-Z])[A-Z][a-z]+[A-Z]\w*$")


def _the_end_of_a_longer_name(token: Token) -> bool:
    """'the Morning News' where the article named 'the Dallas Morning News': the end of a
    longer name, which the reader of the card cannot tell (sample Q112, NONSENSE). The
    tagger reads such names as bodies, events or works, or as nothing. Only a newspaper's:
    'the Blue Jackets' of 'the Columbus Blue Jackets' is one team, 'the Justice Department'
    of 'the U.S. Justice Department' one body."""
    doc = token.doc
    if token.pos_ != "PROPN" or not token.i or doc[token.i - 1].lower_ != "the":
        return False
    run = [token]
    while run[-1].i + 1 < len(doc) and _a_name_word(doc[run[-1].i + 1]):
        run.append(doc[run[-1].i + 1])
    if len(run) < 2 or run[-1].lower_ not in NEWSPAPER_WORDS:
        return False  # 'the Blue Jackets' of 'the Columbus Blue Jackets' is the team still
    words = [t.text for t in run]
    first = next(
        t
        for t in doc
        if t.text == words[0] and [u.text for u in doc[t.i : t.i + len(run)]] == words
    )  # the name as the article first gives it: 'the Failing New York Times' after 'the New
    # York Times' is the short name again
    return first.i > 0 and _a_name_word(doc[first.i - 1])


def _a_name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper()


# Last words of a newspaper's name, which many papers share ('the Morning News').
NEWSPAPER_WORDS = wordset(
    """news times post journal tribune herald chronicle gazette globe star telegraph inquirer
    observer examiner register courier dispatch sun bulletin"""
)


# Kinds of place a plural 'the' counts out: 'the twin cities', 'the two countries'.
PLACE_KINDS = frozenset(("cities", "towns", "countries", "nations", "states", "villages"))


def _places_told_before(token: Token, tokens: Sequence[Token]) -> bool:
    """'the twin cities', 'the two countries': places the article named before, unless the
    question names two ('talks between Russia and Ukraine, the two countries') or the
    phrase says which ('the cities of El Paso and Juarez', 'the states that voted')."""
    head = token.head
    if token.lower_ != "the" or token.dep_ != "det" or head.lower_ not in PLACE_KINDS:
        return False
    if head.tag_ != "NNS" or any(c.dep_ not in ("det", "amod", "nummod") for c in head.children):
        return False
    if any(c.dep_ == "amod" and c.ent_type_ for c in head.children):
        return False  # 'the Baltic states', 'the Nordic countries' say which
    named = {t.text for t in tokens if t.ent_type_ in ("GPE", "LOC") and t.pos_ == "PROPN"}
    return len(named) < 2


def _a_bare_post(token: Token, first: Token) -> bool:
    """'President' opening a sentence with no 'the' and no name: headline style."""
    return token.i == first.i and token.lower_ in HELD_POSTS and not any(token.children)


# Words that set 'one' in a run of things of a kind: 'the only one', 'the first one'.
ONE_OF_A_RUN = frozenset(("only", "first", "last", "second", "third", "latest", "other", "same"))


def _the_one_told_before(token: Token) -> bool:
    """'the last one', 'the new one': 'one' standing for a noun of an earlier sentence, with
    nothing after it to say one of what ('the last one of its kind', 'the one who ...')."""
    if token.lower_ != "one":
        return False
    doc = token.doc
    if (
        token.i >= 2
        and doc[token.i - 2].lower_ in ("the", "this", "that")
        and doc[token.i - 1].lower_ in ONE_OF_A_RUN
    ):
        # 'the only one Trump received': one of the endorsements told before, whatever the
        # clause after it says (sample Q121, NONSENSE); read by the words, as the parser may
        # take 'one' for a number of the name after it ('the only one Smith received')
        return not (token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of")
    if token.dep_ in ("nummod", "compound"):
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
        return False
    return not any(
        (c.dep_ == "prep" and c.lower_ == "of") or c.dep_ in ("relcl", "acl")
        for c in token.children
    )


def _a_stake_in_what(token: Token) -> bool:
    """'purchased a controlling stake': a stake with no 'in' (nor 'of', nor whose, nor a
    name before it: 'the Penney stake') to say in what."""
    if token.lemma_ not in HOLDINGS or token.pos_ != "NOUN":
        return False
    if token.dep_ == "pobj" and token.head.lower_ == "at":
        return False  # 'More than $12 billion is at stake for ...' (sample Q104: no card)
    return not any(
        (c.dep_ == "prep" and c.lower_ in ("in", "of"))
        or c.dep_ == "poss"  # 'its stake': the holder's, in the company the question names
        or c.pos_ == "PROPN"
        or c.ent_type_
        for c in token.children
    )


def _a_time_told_before(token: Token) -> bool:
    """'At the time', 'at that point', 'by then', 'back then': a time the article told of
    before, which the question does not show (sample Q29: 'At the time, the nation known as
    the Sultanate of Muscat and Oman had just _____ of paved roads')."""
    head = token.head
    if token.lower_ == "then":
        back = token.i > 0 and token.doc[token.i - 1].lower_ == "back"
        return back or head.lower_ in ("by", "until", "since")
    if token.lower_ not in ("time", "point") or head.lower_ not in ("at", "by"):
        return False
    children = list(token.children)
    return len(children) == 1 and children[0].lower_ in ("the", "that")


def _it_told_by_many(token: Token, tokens: Sequence[Token]) -> bool:
    """'Members of the Louisiana congressional delegation say it could cost $100 billion':
    the 'it' many say something of is a thing the article told of before (the recovery),
    not a noun inside who says it ('the delegation'); 'The company said it would ...' has
    its 'it' in the speaker."""
    verb = token.head
    if token.lower_ != "it" or token.dep_ != "nsubj" or verb.dep_ != "ccomp":
        return False
    told = verb.head
    speakers = [c for c in told.children if c.dep_ == "nsubj" and c.i < told.i]
    if told.lemma_ not in REPORTING_VERBS or len(speakers) != 1:
        return False
    speaker = speakers[0]
    if speaker.tag_ not in ("NNS", "NNPS"):
        return False
    inside = {t.i for t in speaker.subtree}
    return not any(t.tag_ in ("NN", "NNP") and t.i < token.i and t.i not in inside for t in tokens)


def _a_word_torn_off(tokens: Sequence[Token]) -> bool:
    """'... at Howard University, the historically Black university in Washington, D.C.':
    a word the parser took for punctuation of the sentence's verb ('D.C.') goes with the
    verb, away from the words it ends."""
    ids = {t.i for t in tokens}
    doc = tokens[0].doc if tokens else None
    return doc is not None and any(
        t.dep_ == "punct"
        and any(c.isalpha() for c in t.text)
        and t.i - 1 not in ids
        # 'in Aurora, Colo.': the comma before it may be left to the rendering
        and not (doc[t.i - 1].is_punct and t.i - 2 in ids)
        for t in tokens
    )


def _a_word_cut(tokens: Sequence[Token]) -> bool:
    """'... Casamigos Tequila, which the Hollywood star co.': a word the tokenizer split at
    its hyphen ('co-founded'), whose pieces the parser hung apart, cut after its first
    piece (sample Q64, UNGRAM)."""
    ids = {t.i for t in tokens}
    doc = tokens[0].doc if tokens else None
    return doc is not None and any(
        not t.whitespace_
        and t.i + 1 < len(doc)
        and t.i + 1 not in ids
        and (doc[t.i + 1].text in ("-", "–") or (t.is_alpha and doc[t.i + 1].is_alpha))
        for t in tokens
    )


def _last_word(tokens: Sequence[Token]) -> Token | None:
    """The question's last word, punctuation aside."""
    return next((t for t in reversed(tokens) if not t.is_punct), None)


def _said_what(tokens: Sequence[Token]) -> bool:
    """'... other rigid measures that health experts have said.': a relative clause that ends
    on its speech verb, what was said cut (the parser hung it elsewhere; sample Q64, UNGRAM)."""
    last = _last_word(tokens)
    ids = {t.i for t in tokens}
    return (
        last is not None
        and last.dep_ == "relcl"
        and last.lemma_ in REPORTING_VERBS
        and not any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i in ids for c in last.children)
    )


def _days_of_what(tokens: Sequence[Token]) -> bool:
    """'... led a brief boycott of several pro sports in the days.': the days after what?
    A question that ends on 'the days' ('the weeks', 'the hours') and cuts the words after
    it that say of what (sample Q67, UNGRAM)."""
    last = _last_word(tokens)
    ids = {t.i for t in tokens}
    return (
        last is not None
        and last.tag_ == "NNS"
        and last.lemma_ in TEMPORAL_NOUNS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in last.children)
        and last.i + 1 < len(last.doc)
        and last.i + 1 not in ids
        # 'in the days after Blake was shot', whatever the parser hung 'after' on
        and last.doc[last.i + 1].lower_ in ("after", "before", "since", "following", "leading")
    )


def _below(token: Token) -> bool:
    """'opened fire on the concert taking place below': a place told from where an earlier
    sentence stood ('from his hotel suite'), an adverb of its own ('below 50%' is none)."""
    return (
        token.lower_ in ("below", "above", "downstairs", "upstairs", "nearby")
        and token.dep_ == "advmod"
        and token.head.pos_ in ("VERB", "AUX")
    )


def _someone_told_only_by_the_act(token: Token, tokens: Sequence[Token]) -> bool:
    """'... says a woman who auditioned for Ailes in 1968': an unnamed 'a woman' whom only
    the relative clause the question asks tells apart, without the clause she is in. The
    question asks what 'a woman' did, and nothing says which one."""
    return (
        told_only_by_its_act(token)
        and token.head.i != token.i
        and any(t.dep_ == "relcl" and t.head.i == token.i for t in tokens)
        and not any(t.i == token.head.i for t in tokens)
    )


def told_only_by_its_act(noun: Token) -> bool:
    """'a woman who auditioned for Ailes in 1968': a noun no name, place or phrase tells
    apart but its one relative clause, which names no place ('a gunman who killed 13 people
    in Binghamton' is told apart)."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    kids = list(noun.children)
    acts = [c for c in kids if c.dep_ == "relcl"]
    return (
        any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in kids)
        and len(acts) == 1
        and all(c.dep_ in ("det", "amod", "relcl", "punct") for c in kids)
        and not any(t.ent_type_ in PLACES for t in acts[0].subtree)
    )


def _a_clause_cut_after_its_subject(tokens: Sequence[Token]) -> bool:
    """'... issued urgent warnings to residents as severe summer weather' of '... as severe
    summer weather continues to intensify': the parser read 'as' as a preposition and its
    clause's subject as the object; the verb right after it is cut (sample Q29, UNGRAM)."""
    kept = {t.i for t in tokens}
    for token in tokens:
        # a word that opens a clause, read by the parser as a preposition
        if token.lower_ not in SUBORDINATORS or token.dep_ != "prep":
            continue
        objects = [c for c in token.children if c.dep_ == "pobj"]
        if not objects:
            continue
        end = objects[0].right_edge.i + 1
        doc = token.doc
        if end >= len(doc) or end in kept or doc[end].tag_ not in ("VBZ", "VBD", "VBP"):
            continue
        # the verb has no subject of its own: the parser took it for the object
        if not any(c.dep_ in SUBJECTS for c in doc[end].children):
            return True
    return False


def _an_untagged_person(token: Token) -> bool:
    """A surname the recogniser left untagged here but the article gives a person's full
    name for ('Fedchin says' after 'Philip Fedchin'): a 'he' or 'she', not an 'it' (sample
    Q29: 'Fedchin says that about _____ of its students ...'), or tagged as a body ('Trump
    ultimately refused to support it', sample Q124, NONSENSE: 'it' was taken for Trump)."""
    if token.pos_ != "PROPN" or token.ent_type_ not in ("", "ORG") or not token.text[:1].isupper():
        return False
    index = person_index(token.doc)
    full = index.resolve(token.text)
    return full is not None and " " in full and full in index.full_names


def _a_separate_one_said(noun: Token) -> bool:
    """'two separate collisions', 'separate talks with King Salman', 'a separate case for two
    conspiracy charges': separate from each other, or told what it is; 'a separate stay by
    the 7th Circuit' is separate from one the article told of (sample Q142, NONSENSE)."""
    return noun.tag_ == "NNS" or any(
        c.dep_ in ("acl", "relcl", "appos") or (c.dep_ == "prep" and c.lower_ not in ("by", "from"))
        for c in noun.children
    )


def _it_of_nothing_but_its_subject(token: Token, tokens: Sequence[Token]) -> bool:
    """'Texas first made it a state holiday': an 'it' object whose own verb's subject is
    the only thing before it (which would be 'itself'): it stands for what an earlier
    sentence told (Juneteenth, sample Q140, NONSENSE)."""
    if token.lower_ != "it":
        return False
    verb = token.head
    if token.dep_ == "nsubj" and verb.pos_ in ("NOUN", "ADJ") and verb.dep_ in ("ccomp", "xcomp"):
        verb = verb.head  # 'made it a state holiday': the parser's small clause
    elif token.dep_ == "pobj" and verb.dep_ == "prep":
        # 'voiced support for it' (sample Q145, NONSENSE): the verb over the phrase
        verb = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), verb)
    elif token.dep_ != "dobj":
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    own = {t.i for s in subjects for t in s.subtree} | {a.i for a in token.ancestors}
    return not any(
        t.i < token.i
        and t.i not in own
        and t.pos_ in ("NOUN", "PROPN")
        and t.ent_type_ not in ("PERSON", *COUNTS_AND_TIMES)
        for t in tokens
    )


def _a_shared_surname(token: Token) -> bool:
    """'On what date did Mr. Harris spend three hours on the stand?' where the article
    names Mark Harris and his son John Harris (sample Q137, NONSENSE): a surname alone
    that two people of the article have names neither of them for the reader."""
    if token.pos_ != "PROPN" or token.ent_type_ != "PERSON" or token.i == 0:
        return False
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I":
        return False  # a name of more than one word says which
    # only after a courtesy title: a surname alone is mostly the well-known one ('Clinton'
    # beside Bill and Hillary Clinton), and 'Mr. Sanders' beside Bernie and Sarah Sanders is
    # the man
    title = doc[token.i - 1]
    sex = of_title(title.lower_.rstrip("."))
    if normalise(title.text) not in COURTESY_WORDS or not sex:
        return False
    index = person_index(doc)
    key = normalise(token.text)
    if key not in index.ambiguous_surnames:
        return False
    firsts: list[str] = []
    for name in index.full_names:
        if normalise(name.split()[-1]) != key or of_first_name(name) not in ("", sex):
            continue
        first = normalise(name.split()[0])
        if not any(_one_given_name(first, other) for other in firsts):
            firsts.append(first)  # 'Bernard Sanders' and 'Bernie Sanders' are one man
    return len(firsts) >= 2


def _one_given_name(a: str, b: str) -> bool:
    """'bernard' and 'bernie', 'rob' and 'robert': a given name and its short form."""
    return a.startswith(b) or b.startswith(a) or a[:4] == b[:4]


def _organisation(token: Token) -> bool:
    """'the company' (its noun or its 'the'), which the rewriter writes out as a name."""
    noun = token.head if token.dep_ == "det" else token
    return noun.lower_ in ORGANISATION_NOUNS and noun.pos_ == "NOUN"


SINGULAR_PERSONAL = {"he", "him", "his", "she", "her", "hers"}


def a_style(pronoun: Token) -> bool:
    """'His Honour Judge Jane Roe', 'Her Majesty': a style of address, not the 'his' of a
    person told of before."""
    doc = pronoun.doc
    return (
        pronoun.lower_ in ("his", "her", "their", "your")
        and pronoun.i + 1 < len(doc)
        and doc[pronoun.i + 1].lower_ in STYLE_NOUNS
    )


def _someone_introduced(token: Token) -> bool:
    """'a father': a person the question itself brings in, whom a later 'his' can stand
    for (a bare definite, 'the patient', still points outside the question)."""
    return (token.lemma_ in ANAPHORIC_PEOPLE or token.lemma_ in KIN) and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children
    )


DAY_WORDS = frozenset(d.lower() for d in WEEKDAYS) | {"yesterday", "today", "tonight"}


def _a_day_s_act(token: Token) -> bool:
    """ "Thursday's decision", "yesterday's ruling": an act the article told of, named by
    its day alone."""
    return (
        token.dep_ == "poss"
        and token.lower_ in DAY_WORDS
        and token.head.lower_ in ANAPHORIC_ACTS
        and not any(c.pos_ == "PROPN" and c != token for c in token.head.children)
    )


def _a_place_s_act(token: Token, tokens: Sequence[Token]) -> bool:
    """'the Kabul attack', 'the Texas shooting': an act the article told of, named by its
    place alone, in a question that gives no time (which attack in Kabul, when?)."""
    head = token.head
    if token.lower_ != "the" or token.dep_ != "det" or head.lower_ not in ANAPHORIC_ACTS:
        return False
    places = [c for c in head.children if c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC")]
    others = [
        c
        for c in head.children
        if c.i != token.i and c not in places and not (c.dep_ == "amod" and c.pos_ == "ADJ")
    ]
    return (
        bool(places)
        and not others
        and not any(t.ent_type_ in ("DATE", "TIME", "EVENT") for t in tokens)
    )


def _bound_only_in_a_fronted_phrase(token: Token, tokens: Sequence[Token]) -> bool:
    """'Under the hood, it's the same V8 ...', 'In Connecticut, lawmakers voted to raise
    it': the only thing before 'it' is in a phrase put before the clause, which is never
    what 'it' stands for (nor are 'lawmakers', which are many); nor is a person there who a
    'he' or 'she' is."""
    if token.lower_ in ("he", "she") and token.dep_ in ("nsubj", "nsubjpass"):
        # 'From a colleague named Barry Saltzman, he borrowed just three equations': the
        # one person before 'he' is in the phrase put in front, and not who 'he' is
        people = [t for t in tokens if t.i < token.i and t.ent_type_ == "PERSON"]
        put_in_front = {
            t.i
            for c in token.head.children
            if c.dep_ == "prep" and c.i < token.i
            for t in c.subtree
        }
        return bool(people) and all(t.i in put_in_front for t in people)
    if token.lower_ != "it" or token.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    verb = token.head
    while token.dep_ == "dobj" and verb.dep_ in ("xcomp", "ccomp") and verb.head != verb:
        verb = verb.head  # 'voted to raise it': the phrase is put before 'voted'
    plural = ("NNS", "NNPS")
    before = [
        t
        for t in tokens
        if t.i < token.i
        and t.pos_ in ("NOUN", "PROPN")
        and not (token.dep_ == "dobj" and t.tag_ in plural)
    ]
    fronted = {t.i for c in verb.children if c.dep_ == "prep" and c.i < token.i for t in c.subtree}
    if token.dep_ == "dobj":  # the fronted phrase comes before the subject
        subject = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        fronted = {i for i in fronted if subject and i < subject[0]}
    return bool(before) and all(t.i in fronted for t in before)


def _full_stop(token: Token) -> bool:
    """The sentence ends with a full stop (a headline does not) and has a verb in the simple
    past, which headlines avoid ('Campaign faces backlash')."""
    sent = token.sent
    last = [t for t in sent if not t.is_space and t.text not in QUOTE_CHARS]
    return bool(last) and last[-1].text == "." and any(t.tag_ == "VBD" for t in sent)


def _there(token: Token) -> bool:
    """'in a poll there': a place told before; not 'the respect is there' (present)."""
    return token.lower_ == "there" and token.dep_ == "advmod" and token.head.lemma_ != "be"


# Acts whose noun says nothing of what was done: 'his decision', 'her move'.
OPEN_ACTS = frozenset(("decision", "move", "choice"))
# Papers a body drafts and passes, owned as its acts are: 'the House passed its bill'
# (sample Q87, NONSENSE: which bill?).
OWN_PAPERS = frozenset(("bill", "budget", "draft"))


def _own_act(token: Token) -> bool:
    """'Iran halted its program in 2003': a body's possessive on an act noun with nothing
    else to say which ('its nuclear program', 'its plan to cut jobs' say it) is the act the
    sentence before told of (sample Q11)."""
    noun = token.head
    # 'his ban' is the named player's, told of; 'his decision' says nothing of what he
    # decided (sample Q20: "On what date did Kemble tell officials his decision?")
    owner = token.lower_ in ("its", "their") or (
        token.lower_ in ("his", "her") and noun.lower_ in OPEN_ACTS
    )
    return (
        token.dep_ == "poss"
        and owner
        and (noun.lower_ in ANAPHORIC_ACTS or noun.lower_ in OWN_PAPERS)
        and not any(
            c.i != token.i and c.dep_ not in ("det", "punct") and not _a_day_phrase(c)
            for c in noun.children
        )
    )


def _a_day_phrase(token: Token) -> bool:
    """'on Saturday', hung by the parser on the noun before it: when, not which."""
    return token.dep_ == "prep" and any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree)


def _bare_subject(token: Token) -> bool:
    """'That represents a problem for Romney': a demonstrative standing alone as the
    subject is what the sentence before told (not the relative 'that' of 'polls that
    show', though a sentence's first word, which the tagger may call one, is none). So is
    an ordinal with no noun: 'The second hit the historic seat of the Coptic Pope' (sample
    Q39: the second bombing)."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if token.lower_ in (*ORDINAL_WORDS, "first", "latter", "former"):
        return [c.lower_ for c in token.children] == ["the"]
    return (
        token.lower_ in ("this", "that", "these", "those")
        and (token.tag_ == "DT" or (token.tag_ == "WDT" and token.i == token.sent.start))
        and not any(True for _ in token.children)
    )


def _determined(noun: Token) -> bool:
    """'exceeded the previous record', 'any previous involvement': a determiner other than
    'a' says which; 'a previous attack' is one before the one the article told of."""
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children)


def _demonstrative(token: Token) -> bool:
    """'that deal', 'these companies', 'such a configuration', "today's offer", 'the
    opposite' point outside the question ('this year' does not)."""
    low = token.lower_
    if low in ("today", "yesterday", "tomorrow") and token.dep_ == "poss":
        return True  # "today's offer": the article's day, and the thing it is about
    if (
        low == "question"
        and token.dep_ == "pobj"
        and token.head.lower_ == "in"
        and token.head.head.pos_ in ("NOUN", "PROPN")
        and not any(True for _ in token.children)
    ):
        return True  # 'The tweets in question directly threatened ...' (sample Q86, NONSENSE)
    if low in ("opposite", "reverse") and any(c.lower_ == "the" for c in token.children):
        return True  # 'the opposite happened': of what the sentence before told
    if low == "same" and _a_year_before(token.head):
        return False  # 'climbed 5.9 per cent in October compared to the same month last year'

    # 'vowed the same' of what the sentence before told ('Finland won, while Sweden did
    # the same' tells it)
    def told_here() -> bool:  # a verb before it in the sentence, other than its own
        own = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), token.head)
        return any(
            t.pos_ in ("VERB", "AUX") and t.i != own.i
            for t in token.doc[token.sent.start : token.i]
        )

    if (
        low == "same"
        and token.dep_ in ("dobj", "pobj", "attr")
        and any(c.lower_ == "the" for c in token.children)
        and not any(c.lower_ == "as" for c in token.children)
        and not told_here()
    ):
        return True
    if (
        low == "same"
        and token.dep_ == "amod"
        and token.head.lower_ in CALENDAR_LOWER
        and not told_here()
    ):
        return True  # 'Her counterparts in Mexico vowed the same Sunday' (sample Q141,
        # NONSENSE): read as 'the same Sunday', it is the same as another day or act
    if low in ("similar", "same") and token.dep_ == "amod" and token.head.pos_ == "NOUN":
        # 'a similar discovery', 'the same disconnect force': as what the article told before
        said = ("to",) if low == "similar" else ("as",)
        return not any(t.lower_ in said for t in (*token.children, *token.head.subtree))
    if (
        low in AFTER_THE_TOLD
        and not (low == "separate" and _a_separate_one_said(token.head))
        and token.dep_ == "amod"
        and token.head.pos_ == "NOUN"
        and token.head.lemma_ not in (*TEMPORAL_NOUNS, "period")  # "the previous year"
        and not (low == "previous" and _determined(token.head))
    ):
        return True  # 'three subsequent resolutions', 'a previous attack': after the one
        # the article told of
    if low == "such" and token.dep_ in ("predet", "amod") and token.head.pos_ == "NOUN":
        before = token.doc[token.i - 1].lower_ if token.i else ""
        return before not in ("no", "any")  # 'no such thing' points nowhere
    if low in ("that", "those") and token.dep_ == "det" and token.head.lemma_ in TEMPORAL_NOUNS:
        return True  # 'carried Nevada by 12 points that year': which year, the sentence before said
    if low == "then" and token.head.lower_ in ("since", "until", "till", "by"):
        return True  # 'have risen to 86 percent since then'
    # 'rode that message to the White House' ('that' tagged SCONJ, sample Q140, NONSENSE),
    # unless a clause before it in the sentence may be what it stands for ('say the rich will
    # pay more, while only 22 percent believe that proposition')
    misread = token.pos_ == "SCONJ" and low == "that" and not told_here()
    return (
        (token.pos_ == "DET" or misread)
        and low in ("this", "that", "these", "those")
        and token.dep_ == "det"
        and (noun := _noun_of(token.head)).pos_ in ("NOUN", "PROPN")
        and (low in ("that", "those") or noun.lemma_ not in TEMPORAL_NOUNS)
        and noun.ent_type_ != "DATE"  # 'this Tuesday', 'that March'
    )


# What dates 'the same month' a year before the one the sentence names: 'the same month
# last year', 'the same period a year earlier', 'the same quarter of 2016'.
A_YEAR_BEFORE = re.compile(
    r"^(?:last year|a year (?:earlier|ago|before)|the (?:previous|prior) year|of (?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _a_year_before(noun: Token) -> bool:
    """'the same month last year': a period of the year before, which the sentence's own
    month or quarter names."""
    if noun.lemma_ not in (*TEMPORAL_NOUNS, "period"):
        return False
    return bool(A_YEAR_BEFORE.match(noun.doc[noun.i + 1 : noun.i + 5].text))


def _noun_of(word: Token) -> Token:
    """The noun a determiner's phrase is of, past names that describe it: 'this Warsaw,
    Poland based company' -> company (the parser hangs 'this' on 'Warsaw')."""
    while word.pos_ == "PROPN" and word.dep_ in ("nmod", "compound") and word.head.i > word.i:
        word = word.head
    return word


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
    if low == "that" and token.dep_ == "pobj" and token.head.lower_ in ("to", "after", "before"):
        return True  # 'Prior to that, ...', 'After that, ...'
    if (
        (low in ("this", "these") or not any(True for _ in token.children))
        and low in ("this", "these", "that", "those")
        and token.dep_ in ("dobj", "pobj")
        and token.tag_ == "DT"
        and not has_quote  # 'anything like this' in a quotation is what the speaker sees
    ):
        return True  # 'Apple would one day do this', 'pointed blame at much of that' (Q85):
        # what the sentence before told
    return (
        token.dep_ in ("nsubj", "nsubjpass")
        and low in DEMONSTRATIVE_SUBJECTS - {"it", "there"}
        and (token.tag_ not in ("WDT", "WP", "EX") or _that_after_its_verb(token))
    )


def _that_after_its_verb(token: Token) -> bool:
    """'Acme estimates that could be 300 miles': the parser reads 'that' as a relative
    pronoun, but its clause hangs on the verb just before it, not on a noun: 'that' is
    the thing the sentence before named."""
    verb = token.head
    return (
        token.lower_ == "that"
        and verb.dep_ == "ccomp"
        and token.i > 0
        and token.doc[token.i - 1] == verb.head
        and verb.head.pos_ in ("VERB", "AUX")
    )


IDENTIFYING = ("compound", "poss", "nmod", "prep", "relcl", "acl", "appos", "nummod")


def _named_before(token: Token, tokens: Sequence[Token]) -> bool:
    """'The historic show began ...' after 'the Pennsylvania National Horse Show' two
    sentences before: a definite whose noun the article used before the question (or its
    verb: 'the full release' after 'releasing the 12 floors'), and which says nothing more
    of itself, points back to what the reader cannot see."""
    head = token.head
    if token.lower_ != "the" or token.dep_ != "det" or not head.is_lower:
        return False
    # 'The arrests came after ...' once 'police arrested two men': a plural subject that
    # names again what the sentence before told (the noun or its verb)
    plural = head.tag_ == "NNS" and head.dep_ in ("nsubj", "nsubjpass")
    # a lower-case word the tagger took for a name ('The algorithm was tested') is a noun
    if head.tag_ not in ("NN", "NNP") and not plural:
        return False
    if (
        head.lemma_ in TEMPORAL_NOUNS | WELL_KNOWN | ANAPHORIC_NOUNS
    ):  # the last: definites.bare_definite
        return False
    if head.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "poss"):
        return False
    if any(
        (c.dep_ in IDENTIFYING and not _aside(c) and not _a_kind_told_before(c, head))
        or c.pos_ == "PROPN"
        or (c.ent_type_ and c.ent_type_ != "ORDINAL")  # 'the second stage': after others
        or not c.is_lower
        for c in head.children
        if c.i != token.i and c.dep_ != "punct" and not c.is_punct  # 'non - binding'
    ):
        return False  # 'the South Korean government', 'the Trump-imposed tariffs
    start = min(t.i for t in tokens)
    lemma = head.lemma_.lower()
    if any(t.lemma_.lower() == lemma and t.i < head.i for t in tokens):
        return False  # its antecedent is in the question
    doc = head.doc
    told = ("NOUN", "PROPN", "VERB")
    return any(
        doc[i].lemma_.lower() == lemma and doc[i].pos_ in told for i in range(start - 1, -1, -1)
    )


def _a_kind_told_before(modifier: Token, head: Token) -> bool:
    """'the background check' after 'the FBI background check', 'the intelligence
    assessment' after 'the Russian intelligence assessment' (samples Q134, Q136, NONSENSE):
    a common noun before the head says which only the first time the article uses the two
    together; after that, the pair points back to what was told with it."""
    if modifier.dep_ != "compound" or modifier.pos_ != "NOUN" or not modifier.is_lower:
        return False
    if any(True for _ in modifier.children):
        return False
    lemma, kind = head.lemma_.lower(), modifier.lower_
    return any(
        t.lemma_.lower() == lemma
        and any(c.dep_ == "compound" and c.lower_ == kind for c in t.children)
        for t in head.doc[: head.sent.start]
    )


def _aside(token: Token) -> bool:
    """', which saw 100,000 march,': a clause set off by commas tells more of a thing
    already named; it does not say which thing."""
    return (
        token.dep_ == "relcl"
        and token.head.tag_ == "NNS"
        and token.doc[token.left_edge.i - 1].text == ","
    )


def is_name(token: Token) -> bool:
    """A proper noun that names someone or something (not a date's 'Tuesday')."""
    return token.pos_ == "PROPN" and token.ent_type_ in NAMED_LABELS | {""}


def names_something(text: str, tokens: Sequence[Token]) -> bool:
    """Does a question (its text, the tokens it was rendered from) name someone or something
    besides its answer? 'The conspiracy charge is punishable by up to _____', 'How many miles
    will the wagon go on a charge?' lean on the article for what they are about."""
    return (
        any(
            is_name(t) or (t.ent_type_ in NAMED_LABELS and t.pos_ in ("ADJ", "NOUN"))
            for t in tokens
            if t.text in text
        )
        or any(  # a name written in for a pronoun or a lone surname ('Martin Taylor's health')
            w[:1].isupper() and w.strip(".,;:'’s") not in CALENDAR_WORDS for w in text.split()[1:]
        )
        or _opens_on_a_name_written_in(text, tokens)
    )


def _opens_on_a_name_written_in(text: str, tokens: Sequence[Token]) -> bool:
    """'Microsoft's net income fell to _____' of 'The firm's net income ...': the name
    written in for the question's first words is none of the words it was rendered from
    (a question's own opening, 'As of', 'How many', is no name either)."""
    from spacy.lang.en.stop_words import STOP_WORDS  # a plain word list

    first = text.split(maxsplit=1)[0] if text.strip() else ""
    word = re.split(r"[-–—/]", re.sub(r"(?:['’]s)?[.,;:]*$", "", first))[0]
    # the question's first word may be capitalised where the sentence's was not
    return (
        word[:1].isupper()
        and word.lower() not in STOP_WORDS
        and word not in CALENDAR_WORDS
        and all(t.lower_ != word.lower() for t in tokens)
    )


# Verbs that keep someone from doing something, told by 'from' ('prevented Thurman from
# gaining access').
BARRING_VERBS = frozenset(("prevent", "bar"))
KEPT_PEOPLE = frozenset(("he", "she", "they", "i", "we"))


def barred_from_nothing(tokens: Sequence[Token]) -> bool:
    """'Uma Thurman was prevented for _____ by Harvey Weinstein.': from what, the question
    does not say (sample Q80, NONSENSE; the sentence had it in its first half, 'had long
    fought to gain access to the footage but was prevented ...'). A person kept in the
    passive ('was prevented', 'was barred'; cases 'prevented' were averted), and no 'from'
    the question keeps."""
    kept = {t.i for t in tokens}
    for t in tokens:
        if t.lemma_ not in BARRING_VERBS or t.pos_ != "VERB":
            continue
        barred = [c for c in t.children if c.dep_ == "nsubjpass"]
        if not barred and t.dep_ == "conj" and any(c.dep_ == "auxpass" for c in t.children):
            # 'Thurman had long fought ... but was prevented': the first verb's subject
            barred = [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not barred or not (barred[0].ent_type_ == "PERSON" or barred[0].lower_ in KEPT_PEOPLE):
            continue
        if not any(c.lower_ == "from" and c.i in kept for c in t.children):
            return True
    return False

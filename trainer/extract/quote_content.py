"""Does a quote, as a card shows it, tie itself to its story? 'We want to try to help' and
'we saw the need to accelerate that' name nothing: no name, no figure, no noun of their own,
only pronouns, generic nouns (thing, way, time, need) and stock phrases ('at the end of the
day'). Anyone in any article could have said them, so "Who said ...?" asks a guess, not a
fact: who_said keeps such a card as a passing detail. Used by questions.who_said."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from trainer.extract.doc import cached, text_of
from trainer.language.anaphora import ANAPHORIC_ACTS, ANAPHORIC_THINGS
from trainer.language.lexicon import GENERIC_NOUNS, REPORTING_VERBS, STOCK_PHRASES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from trainer.extract.quotes import Quote

# Entity types that name nothing by themselves: 'the first', 'that day', 'tonight'.
NAMELESS_ENTITIES = frozenset(("ORDINAL", "DATE", "TIME"))
_STOCK_RE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(p) for p in sorted(STOCK_PHRASES, key=len, reverse=True))
    + r")(?!\w)",
    re.IGNORECASE,
)


def names_nothing(doc: Doc, quote: Quote) -> bool:
    """Do the words a card shows (the quote as displayed, and its lead-in words) hold no
    name, number or noun of their own? A short remark about 'it' or 'this' ('It's more of
    a happy coincidence') says nothing without the sentence before either."""
    if not quote.lead and _ABOUT_IT.match(quote.display) and len(quote.display.split()) <= 8:
        return not re.search(r"\d|\s[A-Z]", quote.display)
    return not any(_names_something(token) for token in _shown_words(doc, quote))


# A remark whose subject is what was said before: 'It's ...', 'That was ...', 'This is ...'.
_ABOUT_IT = re.compile(r"(?:it|this|that)(?:'s|’s| is| was)\s", re.IGNORECASE)
# A quote that opens on someone told of before: 'She is really great helping us ...',
# 'Now [with the new technology] they can do so with Virtustream as well' (an editor's
# words in brackets name no one).
_ABOUT_SOMEONE = re.compile(
    r"(?:…\s*|\.\.\.\s*)?(?:(?:now|but|and|so|then|still),?\s+)?(?:\[[^\]]*\]\s*)?"
    r"(?:he|she|they)(?:'s|’s|'re|’re|'ll|’ll)?\s",
    re.IGNORECASE,
)


def about_someone_unnamed(doc: Doc, quote: Quote) -> bool:
    """Does the quote, shown without lead-in words, open on 'he', 'she' or 'they' and name
    no person it may stand for? Readers judged such cards nonsense: who 'she' is, the
    sentences around it say, whatever else the quote names. So is a quote that speaks of
    'him' or 'this guy' anywhere and names no person, body or people ('I knew him on that
    level of real human stuff'; a 'they' or 'he' inside a quote is often told by the quote
    itself, and readers judged such quotes good). A lead-in of 'that' alone names no one
    ('telling a crowd that “the people of New Jersey want to throw him out of office”',
    sample Q157, NONSENSE)."""
    lead = quote.lead.strip().lower()
    if lead not in ("", "that"):
        return False
    shown = _shown_words(doc, quote)
    if not lead and _ABOUT_SOMEONE.match(quote.display):
        return not any(t.ent_type_ == "PERSON" for t in shown)
    if not _SOMEONE_INSIDE.search(quote.display):
        return False
    return not any(t.ent_type_ in ("PERSON", "ORG", "NORP") for t in shown)


# Someone the quote speaks of without a name, anywhere in it ('him', not 'them problems').
_SOMEONE_INSIDE = re.compile(r"\b(?:him|this guy|that guy|the guy)\b", re.IGNORECASE)


# A remark of the speaker's own feelings: 'We're truly excited about our tour', 'Absolutely
# thrilled that ...', 'I greatly appreciate ...'.
_COURTESY = re.compile(
    r"(?:(?:we|i)(?:'re|’re|'m|’m| are| am)?\s+(?:(?:very|truly|so|really|extremely|"
    r"absolutely|incredibly|deeply)\s+)?(?:excited|pleased|delighted|thrilled|proud|honou?red|"
    r"grateful|happy)\b|(?:absolutely\s+|truly\s+)?(?:thrilled|delighted|excited|honou?red)\b"
    r"|i\s+(?:greatly\s+|really\s+|truly\s+)?appreciate\b)",
    re.IGNORECASE,
)


# Openers that go on from what was said before: 'If not, ...', 'Otherwise ...'.
ELLIPTICAL = frozenset(("if not", "if so", "otherwise", "even so", "instead"))
# Words a quote that goes on from the speaker's words before opens on; a short one is a
# fragment of them (longer ones were judged good: 'So many people are against Trump, but
# the flip to Hillary is an emotional hurdle').
GOING_ON = frozenset(("and", "but", "so", "or"))
SHORT_GOING_ON = 6


def leans_on_the_story(doc: Doc, quote: Quote) -> bool:
    """Does a pronoun of the quote, shown without lead-in words, stand for someone or
    something only the sentences around it name? 'His track record speaks for itself',
    'Where they target first is poor areas', 'Everything else that causes pain actually
    hurts them', 'a systems approach to doing this', 'The guy wants ...': readers of unseen samples judged such
    quotes nonsense alone (8 of 13 not acceptable, none good). A name before the pronoun
    may be what it stands for ('The Obama campaign hounded him' is not one: the name is
    Obama's, 'him' someone else's, and the card is left as it is); so may a plural noun
    before 'they' ('staff are unwilling to confront patients who smoke where they
    shouldn't'); 'I have said this before' points at the speaker's own words. So with
    'that' ('Your hoping that doesn't happen')."""
    if quote.lead:
        return False
    if _A_REPLY.match(quote.display):
        return True  # 'No, not really. Because all we can do ...': to what question? (Q26)
    words = _shown_words(doc, quote)  # no lead-in: the quote's own words
    opening = " ".join(t.lower_ for t in words[:2] if not t.is_punct)
    if opening in ELLIPTICAL or opening.split(" ")[0] in ELLIPTICAL:
        return True  # 'If not we will carry on with the players we have': if not what?
    said = [t for t in words if not t.is_punct]
    if said and said[0].lower_ in GOING_ON and len(said) <= SHORT_GOING_ON:
        return True  # 'And Donald Trump knows it' (sample Q173, NONSENSE): a few words that
        # go on from what the speaker said before, which the card does not show
    someone = any(t.ent_type_ == "PERSON" for t in words)  # 'On the way to his election
    # victory, Netanyahu broke ...': the name may come after
    plural = noun = False
    for token in words:
        if token.ent_type_ in NAME_ENTITIES or token.pos_ == "PROPN":
            return False
        if token.lower_ == "there" and token.dep_ in ("advmod", "pobj"):
            # '(For) people who were down there, ...', 'conditions out there' (sample Q37):
            # where, the story says. Readers judged none of 12 such quotes worth studying
            return True
        if token.lower_ in _GUY and any(
            c.lower_ in ("the", "this", "that") for c in token.children
        ):
            return True  # 'The guy wants what is best for the Springboks'
        if token.pos_ == "NOUN":
            # 'the company, saying they would like ...': a body is a 'they' too
            plural = plural or token.tag_ == "NNS" or token.lower_ in ANAPHORIC_THINGS
            noun = True
        if token.pos_ != "PRON" or token.dep_ == "expl":
            continue
        word = token.lower_
        if word in _HIS_OR_HERS and not someone:
            return True
        if word in _THEIRS and not plural:
            return True
        if word in ("this", "these", "that", "those") and token.tag_ == "DT":
            if token.head.lemma_.lower() in REPORTING_VERBS:
                continue  # 'I have said this before'
            if token.dep_ in ("dobj", "pobj") or (token.dep_ in _SUBJECTS and not noun):
                return True  # 'doing this'; 'This is a motivation' ('a recession, and
                # this increases the chances': what the quote told before)
    return False


def about_a_he_or_she(doc: Doc, quote: Quote) -> bool:
    """A quote about 'he' or 'she' that names no one ('Normally, she would be taken by road
    ambulance to Proserpine', sample Q24): who, the sentences around it say. Unlike
    `leans_on_the_story`, a 'they' ('As they say') or a 'this' is let be, and so is a
    quote with lead-in words."""
    if quote.lead:
        return False
    words = _shown_words(doc, quote)
    if any(t.ent_type_ == "PERSON" for t in words):
        return False
    return any(t.pos_ == "PRON" and t.lower_ in _HIS_OR_HERS for t in words)


# A quote that opens by answering yes or no: the question it answers is the reporter's.
_A_REPLY = re.compile(
    r"(?:…\s*|\.\.\.\s*)?(?:no|yes|yeah|yep|nope|not really|absolutely|definitely|sure)\b[,.!]",
    re.IGNORECASE,
)
_SUBJECTS = frozenset(("nsubj", "nsubjpass"))
_GUY = frozenset(("guy", "fellow", "fella", "bloke"))
_HIS_OR_HERS = frozenset(("he", "him", "his", "she", "her", "hers"))
_THEIRS = frozenset(("they", "them", "their", "theirs"))
NAME_ENTITIES = frozenset(("PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "PRODUCT", "EVENT"))


def courtesy(quote: Quote) -> bool:
    """A one-sentence quote of the speaker's own feelings ('We're excited to have Ivan join
    our team ...'): a courtesy a press release would give, with nothing to learn in it. A
    quote that goes on to say something ('We're pleased. It allows us to ...') is kept."""
    text = quote.display.strip()
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if s]
    return not quote.lead and len(sentences) == 1 and bool(_COURTESY.match(text))


# A quote opening on a thing the sentences before named: 'It can actually slow you down',
# "That's not our first or second".
_ABOUT_SOMETHING = re.compile(
    r"(?:…\s*|\.\.\.\s*)?(?:(?:now|but|and|so|then|still|basically|actually|really|well"
    r"|obviously|honestly),?\s+)?(?:it|that|this)(?:'s|’s|'ll|’ll)?\s",
    re.IGNORECASE,
)
# A quote that points at something told before it: '... for that', 'a device like that'
# (sample Q6: readers judged such quotes empty alone, whatever else they name).
_POINTS_BACK = re.compile(
    r"\b(?:for|about|like|with|of|to|after|before) (?:that|this|those|these)\b(?! \w)"
    r"|\b(?:a|an|the) [a-z]+ like that\b",
    re.IGNORECASE,
)
# A quote opening on 'doing it', an act the words before it told: "I've done it a lot for
# Barack Obama, I'll do it a lot less for Donald Trump" (sample Q154, NONSENSE: be a check
# on a president), whatever names it goes on to.
_DOING_IT = re.compile(
    r"(?:…\s*|\.\.\.\s*)?(?:(?:and|but|so),?\s+)?(?:I|we|you|he|she|they)"
    r"(?:['’](?:ve|ll|d)|\s+(?:have|had|will|would|can|could|did|do|does))?"
    r"(?:\s+(?:not|never|always|already|also))?\s+(?:done|do|does|did|doing)\s+(?:it|that|this|so)\b",
    re.IGNORECASE,
)
# 'this one will provide some positive results': which one, the words before the quote said
# (sample Q22, 'Speaking of the meeting in Bali, ...'), whatever words lead into it.
_THIS_ONE = re.compile(r"\b(?:this|that) one\b(?! (?:time|day|thing|way|more|of|another)\b)", re.I)
# Entities that name no one and nothing the quote could be about ('on a Monday').
NO_SUBJECT_ENTITIES = frozenset(("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT"))


def about_something_unnamed(doc: Doc, quote: Quote) -> bool:
    """Does the quote, shown without lead-in words, open on 'it', 'that' or 'this' and name
    nothing (no name of a person, body, place or thing) it may stand for? What 'it' is, the
    sentences around it say."""
    if _THIS_ONE.search(quote.display):
        return True
    if quote.lead:
        return False
    if _POINTS_BACK.search(quote.display) or _DOING_IT.match(quote.display):
        return True
    if not _ABOUT_SOMETHING.match(quote.display) and not _an_act_told_before(quote.display):
        return False
    shown = _shown_words(doc, quote)
    start, end = quote.parts[0] if quote.parts else (0, 0)
    part = doc.char_span(start, end, alignment_mode="contract")
    opening = next((t for t in part or () if t.is_alpha), None)
    if opening is not None and opening.lower_ == "it" and _extraposed(opening):
        return False  # 'It never occurred to me that ...', "It's difficult to change ..."
    subject_it = opening is not None and opening.lower_ == "it" and opening.dep_ in _SUBJECTS
    verb = opening.head if subject_it and opening is not None else None
    return not any(
        (
            (t.ent_type_ and t.ent_type_ not in NO_SUBJECT_ENTITIES)
            or (t.pos_ == "PROPN" and not t.ent_type_)
        )
        and not (verb is not None and _in_a_phrase_of(t, verb))
        for t in shown
    )


def _in_a_phrase_of(token: Token, verb: Token) -> bool:
    """'It will be done without calling into question the independence of France': a name
    inside a phrase of the verb says how 'it' was done, not what 'it' is (sample Q40)."""
    child = token
    for ancestor in token.ancestors:
        if ancestor == verb:
            return child.dep_ in ("prep", "agent", "advcl")
        child = ancestor
    return False


_THE_ACT = re.compile(
    r"(?:…\s*|\.\.\.\s*)?(?:[Tt]he|[Tt]his|[Tt]hat)\s+((?:[a-z-]+\s+){0,2}[a-z]+)\b"
)


def _an_act_told_before(display: str) -> bool:
    """A quote opening on 'The rescue mission', 'This deal', 'The move': an act the
    sentences before told of (which mission, which deal, the quote does not say)."""
    found = _THE_ACT.match(display)  # lower-case words only: "The Paris Agreement" is a name
    return found is not None and any(w in ANAPHORIC_ACTS for w in found.group(1).split())


def _extraposed(it: Token) -> bool:
    """An 'it' that stands for the clause its verb goes on to ('It never occurred to me
    that he ...', "It's difficult to change ..."), not for a thing told before."""
    verb = it.head
    heads = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "attr"))]
    if any(c.dep_ in ("ccomp", "xcomp", "csubj") for h in heads for c in h.children):
        return True
    if any(  # 'It is a big risk for Bloomberg to debate', the infinitive hung on 'risk'
        t.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        for t in [
            *(c for c in verb.children if c.dep_ == "advcl"),
            *(t for h in heads[1:] for t in h.subtree),
        ]
    ):
        return True
    return any(t.lower_ == "that" and t.dep_ == "mark" for t in verb.subtree)


def _names_something(token: Token) -> bool:
    if token.ent_type_ and token.ent_type_ not in NAMELESS_ENTITIES:
        return True
    if any(c.isdigit() for c in token.text) or token.pos_ == "PROPN":
        return True
    if token.like_num and token.lower_ != "one":
        return True
    return token.pos_ == "NOUN" and token.lemma_.lower() not in GENERIC_NOUNS


def a_name_quoted(doc: Doc, quote: Quote) -> bool:
    """'The other party to settle was "Mikael Marczak, doing business as Virtual PC
    Solutions," the FTC said' (sample Q53, NONSENSE): a quotation that opens on a name and
    says nothing of it with a verb of its own is a caption, not anyone's words."""
    if quote.lead or not quote.parts:
        return False
    span = doc.char_span(quote.parts[0][0], quote.parts[-1][1], alignment_mode="expand")
    if span is None or not len(span):
        return False
    return span[0].ent_type_ in ("PERSON", "ORG") and not any(
        t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in span
    )


def _shown_words(doc: Doc, quote: Quote) -> list[Token]:
    """The tokens of the quote the card shows (a shortened quote loses words) and of its
    lead-in, outside stock phrases."""
    text = text_of(doc)
    spans = list(quote.parts)
    lead = quote.lead.removeprefix("that ").strip()
    if lead and spans:
        at = text.rfind(lead, 0, spans[0][0])
        if at >= 0:
            spans.append((at, at + len(lead)))
    shown = set(re.findall(r"[\w'’]+", f"{quote.lead} {quote.display}".lower()))
    stock = cached(doc, "trainer.stock_phrases", _stock_phrases)
    tokens: list[Token] = []
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="contract")
        for token in span or ():
            if token.lower_ not in shown:
                continue
            if any(s <= token.idx < e for s, e in stock):
                continue
            tokens.append(token)
    return tokens


def _stock_phrases(doc: Doc) -> list[tuple[int, int]]:
    """Where the text says 'at the end of the day' and the like (character spans)."""
    return [m.span() for m in _STOCK_RE.finditer(text_of(doc).replace("’", "'"))]


def without_its_subject(doc: Doc, quote: Quote) -> bool:
    """A quotation that opens on its verb, its subject left outside the quotation marks
    ('We ARE excited about these new heroes' quoted from 'ARE': sample Q45); not a question
    ('Are you kidding?'), which holds its subject."""
    if quote.lead:
        return False  # 'Who said the "..."': the words before the quotation carry it
    span = doc.char_span(*quote.parts[0], alignment_mode="contract") if quote.parts else None
    words = [t for t in span if not t.is_punct] if span is not None else []
    if not words or words[0].tag_ not in ("VBP", "VBZ", "VBD", "MD"):
        return False
    inside = {t.i for t in words}
    verb = words[0] if words[0].dep_ not in ("aux", "auxpass") else words[0].head
    return not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i in inside for c in verb.children
    )


def cut_short(doc: Doc, quote: Quote) -> bool:
    """A quote that stops before the object of its last verb or preposition ('... and join
    us in fixing', sample Q38: what, the words after the quotation say)."""
    if quote.display.rstrip().endswith(("…", "...")):
        return False  # shortened by us: what it lost is marked
    parts = [doc.char_span(a, b, alignment_mode="contract") for a, b in quote.parts]
    words = [t for span in parts if span is not None for t in span if not t.is_punct]
    if not words:
        return False
    if (
        not quote.lead
        and not quote.display.lstrip().startswith(("…", "..."))
        and not any(t.pos_ in ("VERB", "AUX") for t in words)
    ):
        return True  # 'For the past six months, our average of calls': a phrase, its verb in
        # the writer's words after it (sample Q157, NONSENSE); '"…the worst environmental sin
        # yet"' is a name the speaker gave something, which readers judged good
    last = words[-1]
    if last.pos_ in ("DET", "CCONJ", "SCONJ") or (last.pos_ == "ADP" and last.dep_ == "prep"):
        return True  # 'join us in', not 'will go on'
    # its object after the quotation marks, however the parser hung it, or the phrase its
    # last noun goes on with ('"... would have been an automatic part" of any American
    # leader's trip to India', sample Q129, NONSENSE)
    after = next((t for t in doc[last.i + 1 :] if not t.is_punct), None)
    return any(
        (c.dep_ in ("dobj", "pobj", "pcomp", "ccomp", "xcomp") and c.i > last.i)
        or (c.dep_ == "prep" and after is not None and c.i == after.i and c.lower_ == "of")
        for c in last.children
    )

"""Quotation marks and quoted text: where the quoted words are, how parts of one quote
join, and how a long quote is shortened for a card. Pure text; no spaCy."""

from __future__ import annotations

import re

from trainer.language.lexicon import LEANING_WORDS, wordset
from trainer.language.text import normalise, word_count

MAX_WORDS = 24  # longer quotes are shortened at a clause boundary; with "Who said:" or
# "Jane Roe said:" before it, a card stays within 35 words (issue 10: longer is a weak card)
LONGEST_WHOLE = 33  # ...or, with no clean cut that short, within this many words
MIN_KEPT_WORDS = 8  # ...keeping at least this much
MAX_MORE_PARTS = 2  # a long quote's later sentences make at most this many more cards

# Between two sentences of a quote: 'here?’ It’s because ...' splits after the inner mark.
# Not after a title's or an initial's stop: 'But for Mr. Crowley to have a chance ...' is one
# sentence (sample Q86, UNGRAM: 'Who said: "Crowley to have a chance ..."').
_NOT_AN_END = "".join(
    rf"(?<!\b{abbreviation}\.)"
    for abbreviation in (
        *("Mr", "Mrs", "Ms", "Dr", "St", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt"),
        *("Capt", "Jr", "Sr", "Prof", "Rev", "Mt", "No", "[A-Z]"),
    )
)
SENTENCE_BREAK = rf"(?:(?<=[.!?]){_NOT_AN_END}|(?<=[.!?][’'”\"]))\s+(?=[“\"'‘A-Z])"

# A quotation in a question, curly or straight: what the speaker said, left as said.
QUOTATION = re.compile(r"“[^”]*”|\"[^\"]*\"")

OPEN_MARKS = "“"
CLOSE_MARKS = "”"
BOTH_MARKS = '"'
# What a text opening on a quotation starts with (single marks too: 'Who ...?' he asked).
QUOTE_OPENINGS = "\"“‘'"


def quote_spans(
    text: str, start: int, end: int, keep_open: bool = False
) -> tuple[list[tuple[int, int]], bool]:
    """Spans of the quoted words in text[start:end]; and whether a quote stays open at the end.
    With keep_open, a quote left open at the end of the paragraph (news style: a quote that
    goes on in the next paragraph has no closing mark) is a span up to the paragraph's end."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in re.finditer(r"[\"“”]", text[start:end]):
        i = start + m.start()
        mark = m.group()
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if mark in OPEN_MARKS:
            opens = True
        elif mark in CLOSE_MARKS:
            opens = False
        elif before.isspace() or before in "([{—–-/":
            # '," he told Cook. " You guys ...': a mark between spaces opens when none is open
            opens = not after.isspace() or (before.isspace() and open_at is None)
        elif after.isspace() or after in ".,;:!?)]}—–-":
            opens = False
        else:
            opens = open_at is None
        if opens:
            open_at = i + 1  # an unclosed earlier quote is abandoned
        elif open_at is not None:
            if i > open_at:
                spans.append((open_at, i))
            open_at = None
    if keep_open and open_at is not None and text[open_at:end].strip():
        spans.append((open_at, len(text[:end].rstrip())))
    return spans, open_at is not None


def join_parts(parts: list[str], gaps: list[str] | None = None) -> str:
    """The parts of a quote split by its attribution as one text. `gaps`, the text between
    each part and the next: '"Along the way," she said, "I felt …"' goes on in one sentence
    (the attribution ends with a comma), '"…," she recalled in an email. "I …"' does not."""
    joined = parts[0]
    for i, part in enumerate(parts[1:]):
        joined = joined.rstrip()
        goes_on = gaps is not None and joined.endswith(",") and gaps[i].rstrip().endswith(",")
        if part[:1].islower() and gaps is not None and not gaps[i].rstrip().endswith((",", ":")):
            joined = joined.rstrip(",.") + " … " + part  # '"no such thing as ...," he said,
            # and insinuating otherwise is "not in keeping ..."': the writer's words between
        elif part[:1].islower() or (goes_on and re.match(r"I\b", part)):
            joined = joined.rstrip(",") + ", " + part
        else:
            if joined.endswith(","):
                joined = joined[:-1] + "."
            elif re.search(r",[’']$", joined):  # "… saved my life,’" then a new sentence:
                joined += " …"  # the writer's words between (a full stop would split it)
            joined = joined + " " + part
    return joined.strip()


def names_speaker(quote: str, speaker: str, named: bool) -> bool:
    if not named:
        return False
    words = {normalise(w) for w in speaker.split() if len(w) > 2}
    return bool(words & set(normalise(quote).split()))


# Where a long sentence may be cut: before a new clause, not inside a list.
CLAUSE_BOUNDARY = re.compile(
    r"\s*(?:;|\s[—–]\s|,\s(?=(?:but|because|which|while|although|though|yet|so)\s)"
    r"|,\s(?=(?:thus|whereas|unless|if|when|since)\s)|\s(?=(?:because|given|despite)\s)"
    r"|,\s(?=(?:and|or)\s(?:i|we|you|he|she|it|they|there)\s))",
    re.IGNORECASE,
)


# A sentence that opens on a subordinate clause: its main clause comes after a comma.
SUBORDINATE_OPENING = re.compile(
    r"^[\"“‘']?(?:if|unless|when|whenever|although|though|because|while|since|whether|once)\b",
    re.IGNORECASE,
)


def shorten(quote: str) -> str | None:
    """The quote as a card shows it: whole if short; else whole sentences, or the first
    sentence cut before a new clause, with an ellipsis, within MAX_WORDS words if it can be
    and LONGEST_WHOLE if not. None when no clean cut exists."""
    quote = re.sub(r",(?=[’']$)", "", quote.strip()).rstrip(",")  # "..., not all of it,’"
    if quote.endswith(".") and not quote.endswith(".."):
        quote = quote[:-1]
    short, longer = _cut(quote, MAX_WORDS), _cut(quote, LONGEST_WHOLE)
    if short is not None and longer is not None and short != longer:
        rest = quote[len(short.removesuffix(" …").rstrip(".")) :].lstrip(" .")
        if rest and normalise(rest.split()[0]) in ("and", "but"):
            return longer  # "... shut off. And we are entering ...": one thought, kept whole
    return short or longer


def _cut(quote: str, limit: int) -> str | None:
    if word_count(quote) <= limit:
        return quote
    sentences = re.split(SENTENCE_BREAK, quote)
    kept = ""
    for sentence in sentences:
        candidate = f"{kept} {sentence}".strip()
        if word_count(candidate) > limit:
            break
        kept = candidate
    if kept and word_count(kept) >= MIN_KEPT_WORDS:
        return kept.rstrip(".") + " …"
    subordinate = SUBORDINATE_OPENING.match(sentences[0]) is not None
    for m in CLAUSE_BOUNDARY.finditer(sentences[0]):  # the first clause that is long enough
        head = sentences[0][: m.start()].rstrip()
        if subordinate and not re.search(r",\s", head):
            continue  # 'If Iran were to break out into massive demonstrations …' (sample
            # Q172): a supposition, its main clause cut off, says nothing
        if MIN_KEPT_WORDS <= word_count(head) <= limit:
            return head.rstrip(",;:—– ") + " …"
    return None


def later_parts(quote: str) -> list[str]:
    """The sentences of a long quote that `shorten` leaves out, in groups of up to MAX_WORDS
    words (whole sentences only; a sentence alone up to LONGEST_WHOLE), at most
    MAX_MORE_PARTS of them: each is a card of its own."""
    quote = quote.strip()
    if word_count(quote) <= MAX_WORDS:
        return []
    sentences = re.split(SENTENCE_BREAK, quote)
    first = 0  # sentences the card of the first part shows
    while first < len(sentences) and word_count(" ".join(sentences[: first + 1])) <= MAX_WORDS:
        first += 1
    rest = sentences[max(first, 1) :]
    parts: list[str] = []
    kept = ""
    for sentence in rest:
        if not kept and normalise(sentence.split()[0]) in LEANING_WORDS:
            continue  # 'And we are one of those.': a part never opens on what went before
        if word_count(f"{kept} {sentence}") <= MAX_WORDS:
            kept = f"{kept} {sentence}".strip()
            continue
        if kept:
            parts.append(kept)
        kept = sentence if word_count(sentence) <= LONGEST_WHOLE else ""
    if kept:
        parts.append(kept)
    parts = [
        p.rstrip(",").removesuffix(".")
        for p in parts
        if word_count(p) >= MIN_KEPT_WORDS and normalise(p.split()[0]) not in LEANING_WORDS
    ]
    return parts[:MAX_MORE_PARTS]


def is_title(words: str) -> bool:
    """'on CNBC's "Trading Nation"': a short title in quotation marks is nobody's words; nor
    is a long one written in title case, its small words aside ('his conclusions in "The
    Impact of Legally Inappropriate Factors on Death Sentencing for California Homicides,
    1990-1999"', sample Q46)."""
    plain = words.strip(" ,.").split()
    if 0 < len(plain) <= 4:
        # 'on CBS’ “Face the Nation”' (sample Q97): a small word inside, first and last capitalised
        inner = all(w[:1].isupper() or w.lower() in TITLE_SMALL_WORDS for w in plain[1:-1])
        return plain[0][:1].isupper() and plain[-1][:1].isupper() and inner
    capitalised = [w for w in plain if w[:1].isupper()]
    return len(capitalised) >= TITLE_WORDS and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in TITLE_SMALL_WORDS for w in plain
    )


# The small words a title leaves in lower case, and how many capitalised words a longer
# title has at least.
TITLE_SMALL_WORDS = wordset("a an the of on in for and or to at by with from as vs. vs via")
TITLE_WORDS = 4


def only_quotation(text: str, para: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Is the paragraph nothing but quoted words (and the marks and punctuation around them)?"""
    outside = text[para[0] : para[1]]
    for s, e in sorted(spans, reverse=True):
        outside = outside[: s - para[0]] + outside[e - para[0] :]
    return not re.search(r"\w", outside)

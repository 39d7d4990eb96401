"""How a news article's paragraphs open in print, undone before the text is parsed.

A wire story opens on its dateline ("WASHINGTON (Reuters) - ", "Feb. 23, 2015 -- "): left
in, the place or date glues onto the first sentence and becomes a blank of its own. Some
papers set the first word or two of a paragraph in capitals ("AS Opposition Leader Bill
Shorten said", "A HIGH-powered team"): left so, "AS" is read as part of a title. Both are
typography, not words of the story: the dateline is cut (its date kept as the article's
when it gives one) and a drop-cap opener is written in normal case. A capitalised word is
taken for typography only when the article itself writes it in normal case elsewhere (or it
is a common English word), and never when it is an acronym ("US", "NASA", "FBI").
"""

from __future__ import annotations

import re
from datetime import date

from trainer.language.lexicon import AUXILIARY_WORDS, MONTHS
from trainer.language.posts import AP_STATES

# Acronyms that are also English words: "US officials said", "WHO experts", "IT staff".
ACRONYM_WORDS = frozenset(
    ("US", "UK", "UN", "EU", "WHO", "IS", "IT", "AP", "AM", "PM", "ICE", "ACT", "AIDS", "OR", "ME")
)
# ... of which these are pronouns before a verb: "IT was said that ..." (not "IT staff").
PRONOUN_ACRONYMS = frozenset(("IT",))
# At most this many capitalised words open a paragraph in a drop-cap style.
MAX_OPENER_WORDS = 3

_MONTH = r"(?:" + "|".join(m[:3] for m in MONTHS) + r")[a-z]*\.?"
_DASH = r"(?:\s+(?:--?|—|–)\s*|\s*(?:—|–|--)\s*)"
_PLACE = r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}"
_REGION = r"(?:[A-Z][a-z.]+|(?:[A-Z]\.){2,3})(?:\s+[A-Z][a-z.]+){0,2}"  # 'Lebanon', 'N.Y.'
_AGENCY = r"\((?:[A-Z][\w.&/-]*)(?:\s+[A-Z][\w.&/-]*){0,2}\)"
_TEXT_DATE = rf"{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?"
# "WASHINGTON (Reuters) - ", "NEW YORK, Dec. 3 (AP) —", "BEIRUT, Lebanon — ",
# "Feb. 23, 2015 -- ", "(CNN) — ", "New York (CNN) -- ": what a story's first paragraph
# opens on before its first sentence (which starts with a capital or a quotation mark).
DATELINE = re.compile(
    rf"""^(?:
        {_PLACE}(?:,\s+{_REGION})?(?:,\s+(?P<date1>{_TEXT_DATE}))?(?:\s+{_AGENCY})?
      | (?P<date2>{_TEXT_DATE})(?:\s+{_AGENCY})?
      | {_AGENCY}(?:\s+{_PLACE}(?:,\s+{_REGION})?)?
      | {_REGION}(?:,\s+{_REGION})?\s+{_AGENCY}
    ){_DASH}(?=[A-Z“"‘'])""",
    re.VERBOSE,
)
# A photo caption's credit, closing the line before a story's dateline: '... (AP)'.
CAPTION = re.compile(
    r"\((?:AP|Reuters|AFP|Getty Images|[A-Z]{2,}(?:/[A-Z]{2,})*)(?: Photo(?:/[^)]*)?)?\)\s*$"
)
# A press release's dateline: "Berkeley, CA – November 13th, 2012 – earthmine Inc. announced"
# (a place in normal case, its state, the date between two dashes; the story may open on a
# name in lower case).
PRESS_DATELINE = re.compile(
    rf"^[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}},\s+[A-Za-z.]{{2,}}(?:\s+[A-Za-z.]+)?{_DASH}"
    rf"(?P<date>{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}){_DASH}(?=\w)"
)
# A newswire release's dateline: "TAMPA, Fla., April 29, 2015 /PRNewswire/ -- Acme Investors
# announced today" (the wire's name between slashes; the place in capitals or not).
WIRE_DATELINE = re.compile(
    rf"^[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){{0,2}},(?:\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?,)?\s+"
    rf"(?P<date>{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}),?\s+/[A-Z][\w -]*/{_DASH}(?=\w)"
)
# A dateline a page's text export ran into the sentence: "WASHINGTON The U.S. Federal
# Reserve raised ..." (taken for one only when a common word opens the sentence), "LONDON,
# Jan. 10 British actor ..." (its day says it is one).
RUN_IN_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE})(?:,\s+{_REGION})?(?:,\s+(?P<date>{_TEXT_DATE}))?"
    rf"\s+(?=(?P<next>[A-Z][a-z]*)\s)"
)
# An outlet's credit in brackets opening the story with no dash: "(CBS News) Sally Ride, ...",
# "(CNN) The ...", and after a place in normal case: "Washington (CNN) Coronavirus task
# force member Dr. Anthony Fauci ..." (sample Q100: 'Washington' ran into the question), and
# after a place and its state: "Colorado Springs, Colorado (CNN) Ted Cruz ..." (sample Q119).
CREDIT = re.compile(
    r"^(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?:,\s+[A-Z][a-z.]+(?:\s+[A-Z][a-z.]+)?)?,?\s+)?"
    r"\((?:[A-Z]{2,}(?:/[A-Z]{2,})*|Reuters|AFP|[A-Z][\w.&-]*\s+News)\)\s+(?=[A-Z“\"‘'])"
)
# A time stamp a page's export ran into a paragraph, set off by a bar: "01:06 PM ET 11.12 | On
# Sunday, ..." (a live blog's or a sports site's update time, not a word of the story).
TIME_STAMP = re.compile(
    r"^\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?(?:\s+\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)?"
    r"\s*\|\s*(?=[A-Z“\"‘'])"
)
_WORD = re.compile(r"\S+")
_CAPS = re.compile(r"^([\"“‘']?)([A-Z][A-Z'’]*[A-Z]|[A-Z])(?=$|[-'’,;:.!?])(.*)$")


def dateline_day(paragraph: str) -> tuple[int, int] | None:
    """(month, day) of a dateline that gives its day without a year: "Dec. 3 (Bloomberg) --
    The top U.S. nuclear negotiator ...", "NEW YORK, Dec. 3 (AP) —"."""
    from trainer.language.dates import figures_and_months

    match = DATELINE.match(paragraph)
    written = match and (match.group("date1") or match.group("date2"))
    if not written:
        return None
    numbers, months = figures_and_months(written)
    if len(numbers) != 1 or len(months) != 1 or not 1 <= numbers[0] <= 31:
        return None
    return months[0], numbers[0]


def strip_dateline(paragraphs: list[str]) -> tuple[list[str], date | None]:
    """The paragraphs without the first one's dateline (and without time stamps), and the
    date the dateline gives (None when it gives no day with a year)."""
    paragraphs = [TIME_STAMP.sub("", p) for p in paragraphs]
    if not paragraphs:
        return paragraphs, None
    if len(paragraphs) > 1 and CAPTION.search(paragraphs[0]) and DATELINE.match(paragraphs[1]):
        paragraphs = paragraphs[1:]  # a photo's caption ('..., June 13, 2012. (AP)') first
    if (
        len(paragraphs) > 1
        and is_headline_line(paragraphs[0])
        and not _opens_on_dateline(paragraphs[0])
        and _opens_on_dateline(paragraphs[1])
    ):  # 'House Majority Leader Confirms ...' then 'WASHINGTON House Majority Leader ...'
        below, dated = strip_dateline(paragraphs[1:])
        return [paragraphs[0], *below], dated
    match = DATELINE.match(paragraphs[0])
    press = (
        (PRESS_DATELINE.match(paragraphs[0]) or WIRE_DATELINE.match(paragraphs[0]))
        if not match
        else None
    )
    if press is not None:
        rest = paragraphs[0][press.end() :]
        day = _dateline_date(re.sub(r"(\d)(?:st|nd|rd|th)", r"\1", press.group("date")))
        return [rest, *paragraphs[1:]], day
    credit = CREDIT.match(paragraphs[0]) if not match else None
    if credit is not None and len(paragraphs[0][credit.end() :].split()) >= 4:
        return [paragraphs[0][credit.end() :], *paragraphs[1:]], None
    if not match:
        return _without_run_in_dateline(paragraphs), None
    rest = paragraphs[0][match.end() :]
    if len(rest.split()) < 4:  # "LONDON — Reuters" is a byline line, not a story's start
        return paragraphs, None
    return [rest, *paragraphs[1:]], _dateline_date(match.group("date1") or match.group("date2"))


# Headlines run to a line of at most this many words.
HEADLINE_WORDS = 25
_LONG_WORD = re.compile(r"[A-Za-z][\w'’-]{3,}")


def is_headline_line(paragraph: str) -> bool:
    """'House Majority Leader Confirms Democrats Gave Up on Troop Withdrawal Timetable in
    Iraq Funding Bill': a line in title case with no full stop, the page's headline kept as
    the text's first paragraph (not a sentence of the story)."""
    text = paragraph.strip()
    long_words = _LONG_WORD.findall(text)
    return (
        3 <= len(text.split()) <= HEADLINE_WORDS
        and not text.endswith((".", "!", ":", ";", ","))
        and len(long_words) >= 3
        and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)
    )


def _without_run_in_dateline(paragraphs: list[str]) -> list[str]:
    placed = _run_in_place_and_region(paragraphs[0])
    if placed is not None:
        return [placed, *paragraphs[1:]]
    match = RUN_IN_DATELINE.match(paragraphs[0])
    if not match or match.group("place") in ACRONYM_WORDS or len(match.group("place")) < 4:
        return paragraphs
    if (
        not match.group("date")
        and not _is_common_word(match.group("next").lower())
        and not _a_city(match.group("place"))  # 'WASHINGTON House Majority Leader ...'
    ):
        return paragraphs  # "MALCOLM Fraser said": a name in capitals, not a place
    rest = paragraphs[0][match.end() :]
    return [rest, *paragraphs[1:]] if len(rest.split()) >= 4 else paragraphs


# "AUSTIN, Texas Texas Gov. Rick Perry said ...": a city in capitals and its state or country
# run into the first sentence, whatever word opens it.
RUN_IN_PLACE = re.compile(
    rf"^(?P<place>{_PLACE}),\s+(?P<region>[A-Z][a-z.]+(?:\s+[A-Z][a-z.]+)?)\s+"
)


def _run_in_place_and_region(paragraph: str) -> str | None:
    """The paragraph without such a dateline, or None when it opens on none: the region
    must be a place the knowledge file knows ('Texas', 'Lebanon'), one word or two, or a
    state as AP abbreviates it ('FORT LAUDERDALE, Fla. Hurricane Katrina churned ...')."""
    from trainer.knowledge.places import known_place

    match = RUN_IN_PLACE.match(paragraph)
    if match is None or len(match.group("place")) < 4 or match.group("place") in ACRONYM_WORDS:
        return None
    words = match.group("region").split()
    for size in (1, 2):
        region = " ".join(words[:size])
        if len(words) >= size and (known_place(region.rstrip(".")) or region in AP_STATES):
            start = match.start("region") + len(region)
            rest = paragraph[start:].lstrip()
            return rest if len(rest.split()) >= 4 and rest[:1].isupper() else None
    return None


def _dateline_date(text: str | None) -> date | None:
    """'Feb. 23, 2015', '23 February 2015': a day with its year, else None."""
    from trainer.language.dates import figures_and_months, safe_date

    numbers, months = figures_and_months(text or "")
    if len(numbers) != 2 or not months or numbers[1] < 1900:
        return None
    return safe_date(numbers[1], months[0], numbers[0])


def normal_case_openers(paragraphs: list[str]) -> list[str]:
    """Each paragraph with a drop-cap opener ("AS Opposition Leader ...", "A HIGH-powered
    team ...") written in normal case; acronyms and names in capitals are left alone."""
    text = "\n".join(paragraphs)
    return [
        p if i == 0 and _opens_on_dateline(p) else _normal_case_opener(p, text)
        for i, p in enumerate(paragraphs)
    ]


def _opens_on_dateline(paragraph: str) -> bool:
    """A dateline a text file keeps ("WASHINGTON — ") stays in its capitals; a newswire's
    ("Tampa, Fla., April 29, 2015 /PRNewswire/ -- ") is in normal case."""
    return (
        DATELINE.match(paragraph) is not None
        or WIRE_DATELINE.match(paragraph) is not None
        or _without_run_in_dateline([paragraph]) != [paragraph]
    )


def _normal_case_opener(paragraph: str, text: str) -> str:
    words = _WORD.findall(paragraph)
    opener: list[tuple[str, str, str]] = []  # (quote mark, capitals, rest of the word)
    for word in words[:MAX_OPENER_WORDS]:
        match = _CAPS.match(word)
        if not match or (opener and match.group(1)):
            break
        opener.append((match.group(1), match.group(2), match.group(3)))
    if not opener or len(opener) == len(words):
        return paragraph
    following = words[len(opener)]
    if following.isupper() or not any(len(caps) > 1 for _, caps, _ in opener):
        return paragraph  # a shouted paragraph, or "A Boeing ...": nothing to undo
    if _shouted(words):
        return paragraph
    written: list[str] = []
    for i, (mark, caps, rest) in enumerate(opener):
        if len(caps) == 1 and not rest[:1].isalpha():
            written.append(mark + caps + rest)  # "A", "I": normal already
            continue
        normal = _normal_form(caps, text, first=i == 0)
        if caps in PRONOUN_ACRONYMS and i == 0 and not rest and following in AUXILIARY_WORDS:
            normal = caps.capitalize()
        if normal is None and i == 1 and len(opener[0][1]) == 1 and _lower_compound(rest):
            # "A HIGH-powered team": the capitals stop inside the word
            normal = caps.lower() if _may_lower(caps, text) else None
        if normal is None:
            return paragraph
        written.append(mark + normal + rest)
    return " ".join([*written, *words[len(opener) :]]) if written else paragraph


def _normal_form(caps: str, text: str, first: bool) -> str | None:
    """How the article writes this capitalised word elsewhere: 'as' (or 'As' opening the
    paragraph), 'Malcolm'; None for an acronym or a word it writes nowhere else."""
    if caps in ACRONYM_WORDS or len(caps) < 2:
        return None
    if not _written_once(caps, text):  # in capitals again: an acronym or a name
        return None
    lower, title = caps.lower(), caps.capitalize()
    if _is_common_word(lower) or re.search(rf"(?<![\w-]){re.escape(lower)}(?![\w])", text):
        return title if first else lower
    if re.search(rf"(?<![\w-]){re.escape(title)}(?![\w])", text):
        return title
    return None


def _lower_compound(rest: str) -> bool:
    return re.match(r"^-[a-z]", rest) is not None


def _may_lower(caps: str, text: str) -> bool:
    return caps not in ACRONYM_WORDS and _written_once(caps, text)


def _written_once(caps: str, text: str) -> bool:
    return len(re.findall(rf"(?<![\w-]){re.escape(caps)}(?![\w])", text)) <= 1


def _a_city(written: str) -> bool:
    """'WASHINGTON', 'NEW YORK': a city the knowledge file knows (a dateline's place; a
    country or a state, 'JORDAN', 'GEORGIA', may as well be a name in capitals)."""
    from trainer.knowledge.places import known_place

    found = known_place(written.title())
    return found is not None and found.type == "city"


def _is_common_word(word: str) -> bool:
    from spacy.lang.en.stop_words import STOP_WORDS  # plain word list; spaCy is loaded anyway

    return word in STOP_WORDS


def _shouted(words: list[str]) -> bool:
    """A paragraph mostly in capitals (a heading, a shouted quote) is not a drop-cap."""
    lettered = [w for w in words if any(c.isalpha() for c in w)]
    capitals = sum(1 for w in lettered if w.isupper() and len(w) > 1)
    return capitals * 3 > len(lettered)

"""Clean article text: page furniture, headings, bylines and author biographies out;
lines that a link or a hard line break cut mid-sentence joined again.

General patterns news pages share, so none of it ever becomes quiz material. Used for every
kind of input (files, pages, archives, URLs).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from trainer.language.dates import MONTH_RE
from trainer.language.lexicon import MONTHS, TITLE_CASE_SMALL_WORDS
from trainer.language.posts import COURTESY_WORDS
from trainer.nlp import TITLE_ABBREVIATIONS

# Navigation and sharing lines of news pages: a line that is only one of these.
FURNITURE_LINE = re.compile(
    r"""^\s*(?:
        in\ other\ news | load\ more | more\ (?:in|from|on|about)\b.{0,40} | read\ more\b.{0,60}
      | more:\ ?[A-Z].{1,200}
      | related(?:\ (?:articles?|stories|coverage|content))?:? | recommended(?:\ for\ you)?
      | advertisement | sponsored(?:\ content)? | share\ this(?:\ article|\ story)?:?
      | (?:sign[\ -]up|subscribe)\b.{0,80} | click\ here\b.{0,80} | trending(?:\ now)?
      | loading\b.{0,40}(?:\.\.\.|…)
      | (?:e-?mail|twitter|facebook|instagram|linkedin|follow(?:\ \w+){0,4}\ on\ \w+)\s*:.{0,80}
      | (?:™\s*&\s*)?©.{0,100} | copyright\b.{0,100} | all\ rights\ reserved\.?
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)

# "Jane Doe is the executive editor for X.", "John Roe was deputy editor and senior
# Pentagon correspondent ...", "Jane Doe covers the Pentagon for X."
_NAME = r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|van|von|al|bin|la|le)){1,3}"
_BIO_ROLE = (
    r"editor|reporter|correspondent|writer|journalist|columnist|contributor|"
    r"producer|bureau chief|staff|freelance|author|analyst|fellow|intern"
)
BIO_PARAGRAPH = re.compile(
    rf"^(?:{_NAME})\s+(?:is|was|has been|had been|covers|covered|writes|reports)\b"
    rf"(?=.{{0,200}}\b(?:{_BIO_ROLE}))",
    re.DOTALL,
)
# Subheadings, captions and bylines: a short paragraph that does not end a sentence.
# Not quiz material, and left in the text they glue onto the next sentence when parsed.
HEADING_MAX_WORDS = 14
SENTENCE_END = re.compile(r"[.!?…:;\"”’)\]]$")
# A line inside a paragraph that is not prose: a heading pasted above its text, or a page's
# metadata ("date 2024-01-08", "Updated: 3:41 PM"). Joined to the next line it would become
# the start of a sentence ("Seek And Destroy Putin said ...").
HEADING_LINE_MAX_WORDS = 8
METADATA_LINE = re.compile(
    r"^(?:date|dated|published|updated|posted|last updated|modified)\b\s*:?\s*(?=.*\d).{1,40}$",
    re.IGNORECASE,
)
# A fact-check's labelled claim and verdict ("Claim: ...", "Rating: False") are its news,
# not headings: kept as sentences (trainer.extract.ratings reads them).
LABELLED_VERDICT = re.compile(
    r"^(?:the\s+|our\s+)?(?:claim|rating|verdict|ruling)\s*:\s*\w", re.IGNORECASE
)
BYLINE_PARAGRAPH = re.compile(r"^(?:by|story by|written by)\s+" + _NAME + r"\s*$", re.IGNORECASE)
# Who else worked on the story: "Heba Habib contributed to this report.", "Stella Kim
# reported from Seoul, and Jennifer Jett from Hong Kong.", "Additional reporting by ...".
_NAMES = rf"{_NAME}(?:,\s+{_NAME})*(?:,?\s+and\s+{_NAME})?"
CREDIT_PARAGRAPH = re.compile(
    rf"""^[(\[]?(?:
        (?:{_NAMES})\s+(?:contributed|also\ contributed)\b.{{0,60}}
      | (?:{_NAMES})\s+reported\s+from\s+[A-Z].{{0,100}}
      | (?i:(?:additional\s+)?(?:reporting|writing|research)\s+by)\s+{_NAME}.{{0,120}}
      # 'Contributing: Joel Shannon, ...; Jonathan Ellis, Sioux Falls Argus Leader; ...'
      # (USA Today; sample Q126, MIXED: a paper offered among posts)
      | (?i:contributing|contributors):\s+{_NAME}.*
    )[.)\]]?$""",
    re.VERBOSE,
)
# A degree after a name: "Ph.D.", "MD", "MA", "RDN".
CREDENTIAL = (
    r"(?:Ph\.?\s?D|M\.?\s?D|M\.?P\.?H|M\.?B\.?A|M\.?S\.?c?|M\.?A|B\.?A|B\.?Sc?|R\.?N|J\.?D"
    r"|D\.?O|D\.?D\.?S|F\.?R\.?C\.?P|RDN?|LDN?|CDE|APRN|DNP|LCSW|MSW|Esq)\.?"
)
# A name with its degrees alone on a line: a pull quote's attribution ("Michael Shadlen,
# Ph.D."), never a sentence.
CREDENTIAL_LINE = re.compile(rf"^[-—–]?\s*{_NAME}(?:,\s*{CREDENTIAL})+$")
# A promotion set apart in brackets: "[What you need to know to start the day: Get New
# York Today in your inbox.]", "(Want this by email? Sign up here.)".
BRACKETED_PROMO = re.compile(
    r"^[\[(].*\b(?:inbox|newsletters?|sign[- ]?up)\b.*[\])]$",
    re.IGNORECASE,
)
# A labelled promotion closing on its link: "Tech Enabled: CNET chronicles ... Check it
# out here.", "Technically Literate: Original works of short fiction ... Here."
LABELLED_PROMO = re.compile(
    r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}:\s.*(?:^|[.!?]\s+)"
    r"(?:(?:check|read|find|see|watch|listen|learn|get)\b[^.!?]{0,30}\s)?here\.$",
    re.IGNORECASE | re.DOTALL,
)

# Notes of the page about the story, not the story: where it first ran ("This article
# originally appeared on VICE US."), a picture's credit ("(Credit: Jane Roe / Grist)"), a
# caption ("Header Image: ...", "... (Picture by Jane Roe)"), a journal's citation
# ("Nature 574, 16-17 (2019)"), a call to send in pictures or follow the site, a label
# left without its value ("Release Date:"), a correction note ("Corrections & Clarifications:
# An earlier version of the article said ...", sample Q114: a card asked about 'the article').
PAGE_NOTE = re.compile(
    r"""^(?:
        (?:this|the)\ (?:article|story|piece|post)\ (?:was\ )?(?:originally|first)
            \ (?:appeared|published|ran)\b.{0,100}
      | [(\[]?(?:(?:photo|image|chart|graphic|map|video|illustration)\ )?credits?\s*:.{1,100}
      | (?:header|featured|top|lead|main)\ (?:image|photo|picture)\s*:.*
      | .{0,250}\((?:file\ )?(?:photos?|pictures?|images?)\s*(?:by\b|:|credit\b)[^()]{1,60}\)\.?
      | [A-Z][\w.&'’ ]{0,60}\ \d{1,4},\ ?[A-Za-z]?\d+(?:[-–][A-Za-z]?\d+)?\ \((?:19|20)\d{2}\)\.?
      | (?:.{0,200}\?\s+)?(?:please\ )?(?:share|send)\ (?:us\ )?your\ (?:own\ )?
            (?:videos?|photos?|pictures?|stories|tips|images)\b.{0,100}
      | follow\ (?:us|\S+(?:\ \S+){0,3})\ on\ (?:twitter|facebook|instagram|linkedin|youtube|tiktok)
            \b.{0,300}
      | (?:for\ (?:the\ )?(?:latest|more|breaking)\b.{0,80}?\ )?download\ (?:the|our)\ .{0,40}\bapps?\b.{0,60}
      | (?:follow|read|click|see|get|check\ out)\ (?:our|the|this)\b.{0,80}\ here[.!]?
      | .{0,150}(?:register|subscribe|sign\ up)\ now!?
      | (?:corrections?(?:\ (?:&|and)\ clarifications?)?\s*:\s*)?
            an\ earlier\ version\ of\ (?:this|the)\ (?:article|story|report|post)\b.{0,400}
      | corrections?(?:\ (?:&|and)\ clarifications?)?\s*:.{0,400}
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
# A picture's caption: labelled ("FILE PHOTO: French President ...") or closing on a
# news agency's picture credit ("... January 16, 2020. Julien De Rosa/Pool via REUTERS",
# "... on Monday. (AP Photo/Evan Vucci)"). Case matters: a sentence may end "told Reuters."
_PICTURE_AGENCIES = "AP|AFP|EPA|PA|Getty|Reuters|Rex|Alamy|Shutterstock|Splash|Barcroft"
# A photographer's name and an agency in a picture's credit: 'Elaine Thompson/Associated Press'.
PHOTOGRAPHER_AND_AGENCY = r"(?:[A-Z][\w.'’-]+\ ){1,3}[A-Z][\w.'’-]+\s?/\s?[A-Z][^()/]{1,40}"
PHOTO_CAPTION = re.compile(
    r"^(?:(?:FILE\ )?PHOTO:|(?:File\ )?Photo:\s|(?i:(?:file\ )?(?:photo|picture)\ of\ ).{0,150}$).*"
    # a picture agency's credit run into its caption: 'AP:Associated Press Japanese Prime
    # Minister Shinzo Abe branded the launch ...' (sample Q75)
    # 'Getty - Contributor Russia shares ...', 'Handout - Getty Four F-15K fighter jets ...'
    rf"|^(?:{_PICTURE_AGENCIES})[\w ]{{0,20}}:(?=[A-Z]).*"
    rf"|^(?:[A-Z]\w+\s-\s(?:{_PICTURE_AGENCIES})|(?:{_PICTURE_AGENCIES})\s-\s[A-Z]\w+)\s.*"
    # 'KCNA KCNA / Reuters North Korean leader Kim Jong-Un looks on ...' (sample Q76)
    rf"|^[A-Z][^.!?]{{0,60}}?\s?/\s?(?:{_PICTURE_AGENCIES})(?:\sImages)?\s+[A-Z].*"
    r"|^.{0,400}(?:\b(?:via\ )?REUTERS(?:/[^/\s][^/]{0,60})?|\((?:[A-Z]{2,5}\ )?Photo/[^()]{1,60}\))\.?$"
    # '... abducted by Boko Haram in 2014. (AFP/Getty Images)', '... (Photo: Evan Vucci, AP)'
    # (sample Q85)
    rf"|^.{{0,400}}\((?:(?:{_PICTURE_AGENCIES})/[^()]{{1,40}}|Photo:\ [^()]{{1,60}})\)\.?$"
    # '... in Seattle. (Elaine Thompson/Associated Press)': a photographer and an agency
    rf"|^.{{0,400}}\({PHOTOGRAPHER_AND_AGENCY}\)\.?$"
    # '... rose by 900% last year. Photograph: George Frey/Getty Images' (The Guardian; Q88)
    r"|^.{0,400}\bPhotograph:(?:\ [^.]{1,80})?$",
    re.DOTALL,
)
# A teaser of another story, cut short: "Mumbai [India], Jan 13 (ANI): Equity benchmark
# indices hit fresh lifetime highs as investors awaited for ...". A story's own paragraph
# ends its sentence.
TRUNCATED_TEASER = re.compile(r"[\w,]\s?(?:\.\.\.|…)$")
# A page's label left without its value: "Release Date:", "Tags:", "Filed Under:".
BARE_LABEL = re.compile(
    r"^(?:[A-Z][\w'’]*\s+){0,2}(?:Date|Time|Tags|Topics|Categories|Category|Source|Sources"
    r"|Under|Updated|Published|Posted):$"
)
# A link to another page set as an item of a list, in a headline's capitals: "- Is Using
# the Snooze Button Bad for You?", "- A SIMPLE GUIDE: How do I protect myself?".
LIST_ITEM = re.compile(r"^[-•*]\s+(?P<item>.+)$")
CAPITALS_LABEL = re.compile(r"^[A-Z][A-Z'’ ]{3,}:\s")
MIN_LINK_ITEM_WORDS = 4


# Words a sentence or a headline does not end on: a line ending on one was cut mid-sentence.
DANGLING_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "with",
        "by",
        "and",
        "or",
        "but",
        "nor",
        "as",
        "than",
        "that",
        "which",
        "who",
        "whose",
        "whom",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "my",
        "this",
        "these",
        "those",
        "into",
        "onto",
        "upon",
        "about",
        "after",
        "before",
        "over",
        "under",
        "between",
        "among",
        "during",
        "including",
    }
)


def split_paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if p.strip()]


WRAP_WIDTH = 100  # a line longer than this was not wrapped by hand


def text_paragraphs(text: str) -> list[str]:
    """A text file's paragraphs: its blocks between blank lines, each one paragraph (lines
    wrapped by hand), unless a line of the block is longer than WRAP_WIDTH or every line
    ends a sentence: then the block is a paragraph a line, as a copied web page or a dataset writes them (a line that stops
    mid-sentence goes on in the next: `join_broken_lines`). Read as one paragraph, such a
    story had the whole of it for its lead (sample Q75)."""
    paragraphs: list[str] = []
    for block in split_paragraphs(text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        long = any(len(line) > WRAP_WIDTH for line in lines)
        ended = all(SENTENCE_END.search(line) for line in lines[:-1])
        if len(lines) > 1 and (long or ended):
            paragraphs += join_broken_lines(lines)
        else:
            paragraphs.append(block)
    return paragraphs


# "Boeing 's jets": a possessive some pages' text export split off its word.
DETACHED_POSSESSIVE = re.compile(r"(?<=\w) (['’]s)(?=\s|[,.;:!?]|$)")


# "... by an average of 441 calories (34).": a health page's numbered references. A number
# a reader should learn is never written so; left in, it reads as a figure of the sentence.
CITATION = re.compile(r"(?<=[A-Za-z%]) \(\d{1,3}(?:, ?\d{1,3})*\)(?=[.,;:!?](?:\s|$))")


# "shares outside Japan .MIAPJ0000PUS closed", "Brent LCOc1 was", "the euro EUR= rose": a
# wire story's market codes (an index, a future, a currency) after a name. Left in, ".MIAPJ"
# reads as a new sentence and the code as a word of the question.
MARKET_CODE = re.compile(
    r" (?:\.(?!NET\b)[A-Z][A-Z0-9]{2,}|[A-Z]{1,4}c\d|[A-Z]{3,6}=[A-Z]*)(?=[\s,.;:)]|$)"
)


# "... on August 11-21. — AFP": a news agency's sign-off after the story's last sentence.
# Left in, it ends that sentence's question ("... on August 11-21. — AFP?").
AGENCY_SIGNOFF = re.compile(
    r"(?<=[.!?”\"’])\s*[-—–]+\s*(?:AFP|AAP|AP|ANI|Bernama|CNA|dpa|DPA|IANS|Kyodo|PTI|Reuters"
    r"|REUTERS|TASS|UPI|Xinhua|Yonhap)\.?$"
)


# Links to other pages inside the text: a label closing on its arrow ('... trickles down."
# Watch Obama tout his tax plan »'), and a bracketed pointer to another story ('(See "Did
# J.C. Penney Pick The Exact Wrong Time To Fire Ron Johnson?")'). Left in, 'Watch Obama'
# and 'Fire Ron Johnson' read as people (sample Q45).
LINK_LABEL = re.compile(r"(?:(?<=[.!?\"”’])\s+|^)[A-Z][^.!?»›\n]{0,100}?\s*[»›]$")
# A player's note to the browser, run into the text ('Please turn on JavaScript. Media
# requires JavaScript to play.', sample Q48): its first sentence had become the lead's.
SCRIPT_NOTE = re.compile(
    r"(?:Please (?:turn on|enable) JavaScript\.?|(?:Media|This video|This content|Video) "
    r"requires JavaScript(?: to (?:play|view))?\.?|You need to enable JavaScript[^.]{0,60}\.)\s*",
    re.IGNORECASE,
)
# A link marker after a linked word: 'President Vicente Fox (search) announced', 'across
# the Yucatan Peninsula (search)' (sample Q52), '(video)', '(photos)'.
LINK_MARKER = re.compile(
    r"\s*\((?:search|video|photos?|map|graphic|audio|interactive)\)(?=[\s,.;:!?]|$)"
)
# A page's share buttons run into the text: 'could have read all 650,000 emails Click to
# share on WhatsApp (Opens in new window)' (sample Q85, UNGRAM).
SHARE_BUTTON = re.compile(
    r"\s*\b(?:Click|Tap) to (?:share|email|print|tweet|pin)\b(?: this)?(?: (?:on|to|via|with)"
    r"(?: an?)? [A-Z]?\w+)?(?: (?:a )?friend)?(?:\s*\(Opens in new window\))?|\s*\(Opens in new window\)"
)
# A video's or a newsletter's header run into the first sentence: 'POLITICO Dispatch: May 12
# President Trump had a ...' (sample Q127, WRONG: the header's day became the blank).
DATED_HEADER = re.compile(
    rf"^(?:[A-Z][\w&'’.-]*\s){{1,3}}?[A-Z][\w'’-]*:\s+{MONTH_RE}\s+\d{{1,2}}\s+(?=[A-Z])"
)
# A photographer's credit run into the text: '... make the details public. | Drew
# Angerer/Getty Images Congress waits ...' (sample Q85: the photographer became a wrong
# answer beside the Speaker). The name is the credit's, not the story's.
PICTURE_CREDIT = re.compile(
    r"\s*\|?\s*(?:(?:Photo|Image|Picture)(?: by|:)\s*)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}\s?/\s?"
    r"(?:AP|AFP|EPA|Reuters|REUTERS|Getty Images|Bloomberg|Pool|Shutterstock|Xinhua|Sipa)"
    r"(?:\s+via\s+Getty\s+Images)?(?![\w/])"
)


# A byline run into the text, with its writer's post: '... to seek revenge. Analysis Image
# copyright AP By Anthony Zurcher, BBC North America reporter Donald Trump launched himself
# ...' (sample Q94: the post became Donald Trump's, WRONG).
RUN_IN_BYLINE = re.compile(
    r"\s*\bBy [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}, [A-Z][\w&' -]{0,40}?"
    r"(?:reporter|correspondent|editor|writer|columnist)(?= [A-Z])"
)


def _a_break(match: re.Match[str]) -> str:
    """What stands where share buttons were: a sentence's end between a sentence that has
    none and the next one ('... named as Robert Huxley Click to share ... THE three
    remaining victims ...', sample Q82's page), else nothing."""
    text = match.string
    before, after = text[: match.start()], text[match.end() :]
    if re.search(r"\w$", before) and re.match(r"\s+[A-Z]", after):
        return "."
    return ""


# A photo gallery's captions run into the text, each opening on the gallery's size after its
# picture's credit: '... found 600,000 emails from Clinton Getty Images 6 Victorious Trump
# met President Obama ...' (The Sun; sample Q86, UNGRAM). A count said three times or more
# that way is the gallery's; each stands for a sentence's end.
GALLERY_COUNT = re.compile(
    r"(?:\s+(?:Getty Images|Getty|PA:Press Association|Press Association|AFP|AP|EPA|Reuters"
    r"|REUTERS|Rex Features|Rex|Alamy|Shutterstock|Not known|[A-Z]{2,5}:[A-Z][\w ]{2,30}?))?"
    r"\s+(?P<count>\d{1,2})\s+(?=[A-Z])"
)
GALLERY_SIZE_SAID = 3
_MONTH_WORDS = "|".join(month[:3] + r"\w*" for month in MONTHS)
_NOT_A_COUNT_BEFORE = re.compile(rf"\b(?:{_MONTH_WORDS}|No|Number|the|of|at)\.?$")


def _without_gallery_counts(text: str) -> str:
    """The text with a photo gallery's counts (and the credits before them) read as the ends
    of its captions; as it was when no count is said GALLERY_SIZE_SAID times."""
    counts = Counter(
        m.group("count")
        for m in GALLERY_COUNT.finditer(text)
        if not _NOT_A_COUNT_BEFORE.search(text[: m.start()])
    )
    size = next((n for n, k in counts.most_common(1) if k >= GALLERY_SIZE_SAID), None)
    if size is None:
        return text

    def cut(m: re.Match[str]) -> str:
        if m.group("count") != size or _NOT_A_COUNT_BEFORE.search(text[: m.start()]):
            return m.group(0)
        return " " if re.search(r"[.!?\"”]$", text[: m.start()]) else ". "

    return GALLERY_COUNT.sub(cut, text)


# A video player's close button before its blurb: 'CLOSE A potential mega-merger between
# chipmaker Broadcom and ...' (USA Today, sample Q85: UNGRAM). A paragraph it opens is the
# video box's, no part of the story (sample Q97: '..., (May 10) AP, AP' in two questions);
# within a line, the button goes.
CLOSE_BUTTON = re.compile(r"^CLOSE (?=[A-Z][a-z]|[AI] [a-z])")
# A box that opens and shuts ('Quick guide A quick guide to Charles Manson Show Hide Who was
# Charles Manson? ...', 'Q&A What is bitcoin ...? Show Hide ...': the Guardian's) is
# background the page keeps beside the story, its subheadings run into its sentences
# ('Murder from afar Despite spending ...', sample Q100, UNGRAM).
COLLAPSIBLE_BOX = re.compile(r"^\S.{0,120}? Show Hide (?=[A-Z])")
# An agency's caption of a file photo: 'FILE - In this June 27, 2020, file photo, Saltillo High
# School seniors make their way ... in Saltillo, Miss. The number of high school seniors ...'
# (AP; sample Q106: the caption ran into its summary as one sentence, a caption's, and the
# page's lead made no card). The caption's sentence goes; the summary after it stays (a page
# whose story opens on a feature lead tells its news there: 'Palmer is retiring after 15 NFL
# seasons').
FILE_PHOTO = re.compile(r"^FILE\s*[-–—]+\s*(?:In this|This)\b")
# The caption's sentence ends at a full stop after a small letter ('in Philadelphia.', 'in
# Saltillo, Miss.'), not after a title ('Mr.', 'Gen.', 'St. Louis') nor 'U.S.'.
FULL_STOP = re.compile(r"(?<=[a-z])\.\s+(?=[A-Z“\"])")
NO_FULL_STOP = frozenset(
    (*(t.lower() for t in TITLE_ABBREVIATIONS), *COURTESY_WORDS, "st.", "jr.", "sr.")
)


def _without_file_photo(paragraph: str) -> str:
    """The paragraph without an agency's file-photo caption sentence opening it."""
    if not FILE_PHOTO.match(paragraph):
        return paragraph
    for stop in FULL_STOP.finditer(paragraph):
        word = paragraph[: stop.start()].rsplit(None, 1)[-1].lower()
        if f"{word}." not in NO_FULL_STOP:
            return paragraph[stop.end() :]
    return paragraph  # no end to its sentence: left as it was


# A name's hover card run into the text: 'President Trump Donald John TrumpTrump
# administration calls for ... report MORE on Wednesday signed', 'Senate Majority Leader
# Mitch McConnell Addison (Mitch) Mitchell McConnellGOP senators balk at ... MORE (R-Ky.)'
# (The Hill: the full name, its surname glued to headlines of other stories, 'MORE'; samples
# Q75, Q78), or after a space ('Speaker Paul Ryan Paul Davis Ryan Retirees should say ...
# MORE'). The card's surname is one the article wrote just before, the words between are
# the card's names ('Addison (Mitch) Mitchell').
HOVER_WORD = re.compile(r"\b[A-Z][\w'’-]*[a-z]")
HOVER_MORE = re.compile(r"\s+MORE\b")
HOVER_CARD_CHARS = 800  # how far before its 'MORE' a card's surname may come
HOVER_NAME_CHARS = 60  # how far before the card's surname the name the article wrote may be
HOVER_NAME_WORDS = r"(?:\s+(?:[A-Z][\w'’.-]*|\([A-Z][\w'’.-]*\))){0,6}\s+$"


def _without_hover_cards(text: str) -> str:
    """The text without hover cards: each runs from the full name after the name the
    article wrote ('Trump', 'Mitch McConnell') to its 'MORE'. A surname glued to a headline
    is the card's; with none, the last name repeated ('Paul Ryan Paul Davis Ryan')."""
    if "MORE" not in text:
        return text
    out, done = [], 0
    for more in HOVER_MORE.finditer(text):
        if more.start() < done:
            continue
        names = _card_names(text, done, more.start())
        glued = [n for n in names if text[n[1]].isupper()]
        if glued or names:
            out.append(text[done : (glued[0] if glued else names[-1])[0]])
            done = more.end()
    return "".join(out) + text[done:] if out else text


def _card_names(text: str, done: int, end: int) -> list[tuple[int, int]]:
    """(where the article's name ends, where the card's surname ends) of each word before
    the 'MORE' at `end` (within HOVER_CARD_CHARS, after `done`) that is, or opens with, a
    surname the article wrote just before it with only name words between ('McConnellGOP'
    after 'Mitch McConnell Addison (Mitch) Mitchell'). A word glued to the next is tried at
    each capital inside it."""
    found = []
    for m in HOVER_WORD.finditer(text, max(done, end - HOVER_CARD_CHARS), end):
        word, near = m.group(), max(done, m.start() - HOVER_NAME_CHARS)
        cuts = [i for i in range(2, len(word)) if word[i - 1].islower() and word[i].isupper()]
        for cut in [*cuts, len(word)]:
            pattern = rf"\b{re.escape(word[:cut])}{HOVER_NAME_WORDS}"
            written = re.search(pattern, text[near : m.start()])
            if written is not None:
                found.append((near + written.start() + cut, m.start() + cut))
                break
    return found


# A caption's marker left in a page's text with its caption, run into the story's next
# sentence when the caption ends on no stop: 'Image copyright PA Image caption More than 50
# people were taken to hospital', 'Media caption Anti-Trump protests continue in New York Mr
# Trump seems to be rowing back ...' (BBC; samples Q75, Q78). The caption goes up to the
# next sentence's end, or to a quotation it closes on: the sentence it swallowed goes with
# it, which nothing tells apart from the caption.
_QUOTED = r"(?:\"[^\"“”]{0,300}[\"”]|“[^“”]{0,300}”)"  # a quotation ends a caption
CAPTION_MARKER = re.compile(
    r"(?:Media playback is (?:unsupported|not supported) on your device\s*)?"
    r"(?:Image copyright\s+.{0,60}?\s+)?(?:Image|Media)\s+caption\s+"
    rf"(?:{_QUOTED}(?!\s+[A-Z])|[^.!?\"“]|[.!?](?![\"”’)]?(?:\s+[\"“‘(]?[A-Z]|\s*$)))*"
    rf"(?:{_QUOTED}|[.!?]?[\"”’)]?)\s*"
    r"|Media playback is (?:unsupported|not supported) on your device\s*"
)
# A newsletter's sign-up box written into the text: 'Get politics updates directly to your
# inbox + Subscribe Thank you for subscribing! Could not subscribe, try again later Invalid
# Email Bitter rivals President Barack Obama and ...' (sample Q78).
SIGNUP_BOX = re.compile(
    r"(?:(?:Get|Sign up for)\b[^.!?]{0,60}?\b(?:inbox|newsletters?)\s*\+?\s*(?:Subscribe\s*)?)?"
    r"(?:Thank you for subscribing[.!]?\s*)?"
    r"(?:Sorry, )?(?:Could not subscribe|An error has occurred|Something went wrong)[,.!]?\s*"
    r"(?:please\s+)?try again later[.!]?\s*(?:Invalid e-?mail(?: address)?[.!]?\s*)?"
    r"(?:View all [^.!?]{0,40}newsletters\.?\s*)?",
    re.IGNORECASE,
)


SEE_ALSO = re.compile(
    r"\s*\((?:See|Read|Related|Also read|Watch|Listen|Click)\b[^()]{0,200}\)(?=\s|$)"
)


# "by the end of the year.According to the county": a page that drops the space between
# sentences. A word of two small letters or more, its stop (and closing quote), then a
# capitalised word: not "U.S.A", "3.5", "e.g.", or a site's name ("Amazon.com").
GLUED_SENTENCES = re.compile(r"(?<=[a-z]{2}[.!?])([”’]?)(?=[A-Z][a-z])")


# A closing double quote typed as two apostrophes (... it's funny.''), or TeX's ``...''.
TWO_APOSTROPHES = re.compile(r"''")
# TeX's opening quote: 'Steyer said on CBS’ ``Face the Nation” on Sunday' opens a curly
# quotation (sample Q97: the show's name ran into the quote before it); with its TeX
# closing, the pair.
BACKTICKS = re.compile(r"``")
TEX_QUOTE = re.compile(r"``([^`'\n]{0,300})''")


# UTF-8 read as Windows-1252 by the page's own software ("Â£790million", "itâ€™s"): a
# lead byte's character followed by continuation bytes' characters.
MOJIBAKE = re.compile(
    "[\u00c2-\u00f4]"  # a lead byte: Â to ô
    "[\u0080-\u00bf"  # continuation bytes as Latin-1 ...
    "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"  # ... and as Windows-1252
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]+"
)


def _unmangled(match: re.Match[str]) -> str:
    text = match.group(0)
    try:  # the bytes Windows-1252 leaves undefined (0x81, 0x8d, 0x8f, 0x90, 0x9d) pass as is
        raw = b"".join(
            bytes([ord(c)]) if "\x80" <= c <= "\x9f" else c.encode("cp1252") for c in text
        )
        return raw.decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text  # 'Ã' and '©' that are what they say


def _table_cells(paragraph: str) -> str:
    """A row of a page laid out as a table, read with its cells' bars: "| A driver from
    Pennsylvania is under arrest ... |" is the story's paragraph, and so is the long cell of
    "| | Derby Confirm Savage Interest | | | | Derby County manager Paul Jewell has ...";
    a row of short cells ("Jan 15, 2008 | On NY1 Now | Weather: Late Day Snow Showers |")
    is the page's furniture, and goes ("" is dropped by the caller)."""
    if not (paragraph.startswith("|") or paragraph.endswith("|")):
        return paragraph
    cells = [c.strip() for c in paragraph.strip("| ").split("|") if c.strip()]
    if len(cells) == 1:
        return cells[0]
    return " ".join(c for c in cells if len(c.split()) >= TABLE_CELL_WORDS)


TABLE_CELL_WORDS = 8  # a cell shorter is a page's menu, date line or headline


# A pair of dashes a page lost, each leaving two spaces: 'to high schools  eliminating
# vocational education and a program to help low-income students  was rejected' (sample
# Q50). Two such gaps in one sentence set off an aside, as the dashes did.
LOST_DASHES = re.compile(r"(?<=[a-z,])  +([a-z][^.!?\n]*?[a-z])  +(?=[a-z])")
_GAP = re.compile(r"\S  +\S")


def _with_lost_dashes(text: str) -> str:
    """Each sentence with exactly two such gaps, the aside between them of three words or
    more, has them written as dashes; a table's or a list's many gaps ('Gerald Wallace
    added 21 points  and 11 rebounds  ...') are spacing, left alone."""
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", text)
    out = []
    for sentence in sentences:
        match = LOST_DASHES.search(sentence)
        if match and len(_GAP.findall(sentence)) == 2 and len(match.group(1).split()) >= 3:
            sentence = LOST_DASHES.sub(r" — \1 — ", sentence, count=1)
        out.append(sentence)
    return " ".join(out)


# An Irish or Italian name split at its apostrophe: "Beto O' Rourke" (the answer became
# 'Rourke', sample Q82, WRONG).
SPLIT_NAME = re.compile(r"\b([ODL])['’] ([A-Z][a-z]+)")


# Marks that set a run of text's direction, which a page copies from a tweet and no reader
# sees ('".\u2066\u202a@RepCummings\u2069 is a champion ...', sample Q154, UNGRAM); and the
# full stop a tweet puts before a handle that opens it ('".@RepCummings'), so that all its
# followers see it.
DIRECTION_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
DOT_BEFORE_A_HANDLE = re.compile(r"(?<=[\"“])\.(?=@\w)")


def clean_line(text: str) -> str:
    text = DOT_BEFORE_A_HANDLE.sub("", DIRECTION_MARKS.sub("", text))
    text = _with_lost_dashes(text) if "  " in text else text
    text = SPLIT_NAME.sub(r"\1'\2", text)
    text = MOJIBAKE.sub(_unmangled, text)
    text = TEX_QUOTE.sub(r"“\1”", text)  # ``Face the Nation'' (TeX's pair)
    text = TWO_APOSTROPHES.sub('"', BACKTICKS.sub("“", GLUED_SENTENCES.sub(r"\1 ", text)))
    text = DETACHED_POSSESSIVE.sub(r"\1", re.sub(r"\s+", " ", text).strip())
    text = SEE_ALSO.sub("", LINK_LABEL.sub("", SCRIPT_NOTE.sub("", text))).strip()
    text = LINK_MARKER.sub("", _without_hover_cards(text))
    if "Opens in new window" in text or "to share" in text or "to email" in text:
        text = SHARE_BUTTON.sub(_a_break, text).strip()
    text = CLOSE_BUTTON.sub("", text)
    text = DATED_HEADER.sub("", text)
    text = _without_gallery_counts(text)
    if "/" in text and not (text.endswith(")") and PHOTO_CAPTION.match(text)):
        # a caption closing on its bracketed credit goes whole ('... on June 18, 2020.(Prakash
        # Singh/AFP via Getty Images)': sample Q124, UNGRAM, the brackets were left behind)
        text = PICTURE_CREDIT.sub("", text).strip()
    if "By " in text:
        text = RUN_IN_BYLINE.sub(_a_break, text).strip()
    if "caption" in text or "playback" in text or "try again later" in text.lower():
        text = SIGNUP_BOX.sub("", CAPTION_MARKER.sub("", text)).strip()
    return AGENCY_SIGNOFF.sub("", MARKET_CODE.sub("", CITATION.sub("", text)))


def clean_paragraphs(paragraphs: list[str]) -> list[str]:
    """Drop furniture lines anywhere and trailing biographies; join each paragraph's lines."""
    kept: list[str] = []
    for paragraph in paragraphs:
        if CLOSE_BUTTON.match(paragraph.lstrip()):
            continue  # a video box's blurb: 'CLOSE A trade expert ... says ... (May 10) AP, AP'
        if COLLAPSIBLE_BOX.match(paragraph.lstrip()):
            continue
        paragraph = _without_file_photo(paragraph.lstrip())  # its summary stays
        lines = [clean_line(line) for line in paragraph.splitlines()]
        lines = [line for line in lines if line and not FURNITURE_LINE.match(line)]
        if len(lines) > 1:
            widest = max(map(len, lines))
            lines = [
                line
                for i, line in enumerate(lines)
                if not _is_heading_line(line, lines[i + 1] if i + 1 < len(lines) else None, widest)
            ]
        if lines:
            kept.append(_table_cells(" ".join(lines)))
    kept = [p for p in kept if p]
    while kept and _is_bio(kept[-1]):  # several bios (co-authors) may close a page
        kept.pop()
    kept = [f"{p}." if LABELLED_VERDICT.match(p) and _is_heading(p) else p for p in kept]
    kept = _without_doubled_captions(kept)
    # a paragraph the page shows twice (a lead repeated below a picture) is read once
    kept = list(dict.fromkeys(p for p in kept if p and not _is_furniture(p) and not _is_heading(p)))
    return _without_a_gallery(kept)


def _without_doubled_captions(paragraphs: list[str]) -> list[str]:
    """The paragraphs without a photo gallery whose every caption the page shows twice, one
    copy after the other ('Children stand next to a burnt vehicle ... in Mosul on Tuesday, June
    10.' twice, then the next picture's twice: sample Q171, 11 of a page's 14 cards from such
    captions). One doubled paragraph is a lead repeated below a picture; a run of
    GALLERY_RUN or more over the page is a gallery, its captions not the story."""
    doubled = {a for a, b in pairwise(paragraphs) if a == b}
    if len(doubled) < GALLERY_RUN:
        return paragraphs
    doubled.discard(paragraphs[0])  # a lead shown twice is read once
    at = [i for i, p in enumerate(paragraphs) if p in doubled]
    first, last = at[0], at[-1]
    if len(at) * 3 < (last - first + 1) * 2:
        return [p for p in paragraphs if p not in doubled]
    # the gallery's other captions, shown once (a longer caption cut off at another length):
    # between the doubled ones, and the dated scenes right before and after them ('Yemenis
    # check the scene of a car bomb attack Sunday, December 6, in Aden, Yemen. ...')
    while first > 0 and _a_dated_scene(paragraphs[first - 1]):
        first -= 1
    while last + 1 < len(paragraphs) and _a_dated_scene(paragraphs[last + 1]):
        last += 1
    return paragraphs[:first] + paragraphs[last + 1 :]


# A day of a month in a caption's first sentence: 'on Sunday, December 6', 'on March 22, 2016'.
CAPTION_DAY = re.compile(rf"^[^.!?]*\b{MONTH_RE} \d{{1,2}}\b")


def _a_dated_scene(paragraph: str) -> bool:
    """A caption's shape: a scene told in the present whose first sentence gives its day."""
    return (
        CAPTION_DAY.match(paragraph) is not None
        and FRONTED_PHRASE.match(paragraph) is None  # 'On March 22, the minister met ...'
        and (not _told_in_the_past(paragraph) or PRESENT_PASSIVE.match(paragraph) is not None)
    )


# A sentence that opens on a time or a place, as prose does; a caption opens on its scene.
FRONTED_PHRASE = re.compile(
    r"^(?:On|In|At|By|During|After|Before|Since|Last|This|Earlier|Later|Until)\b"
)


# 'Wounded people are helped outside the Bataclan concert hall': a present passive.
PRESENT_PASSIVE = re.compile(r"^(?:\S+\s+){0,5}?(?:is|are)\s+[a-z]+ed\b")


# A photo gallery's caption: a scene whose first sentence ends on the picture's date ('Obama
# hugs Ebola survivor Nina Pham in the Oval Office on October 24, 2014.').
GALLERY_CAPTION = re.compile(
    rf"^[A-Z“\"][^!?]{{10,300}}?\b(?:on|in) (?:{MONTH_RE} \d{{1,2}}, )?(?:19|20)\d\d\.(?:\s|$)"
)
# ... set in a run: one such paragraph is prose, a run of them is a gallery.
GALLERY_RUN = 4
# A past tense among a sentence's first words: 'The council approved ...'.
PAST_NEAR_THE_START = re.compile(r"^(?:\S+\s+){0,5}?[a-z]+ed\b")


def _told_in_the_past(paragraph: str) -> bool:
    return PAST_NEAR_THE_START.match(paragraph) is not None


def _without_a_gallery(paragraphs: list[str]) -> list[str]:
    """The paragraphs without a run of a photo gallery's captions ('Obama hugs ... on October
    24, 2014. ...', 'The Obamas read a book to children ... on March 28, 2016. ...': sample
    Q132, 11 of one page's 13 cards from such captions, 10 of them weak or not acceptable).
    A caption tells its scene in the present: a past tense near the subject ('The council
    approved the plan on December 12, 2016.') is prose."""
    marked = [GALLERY_CAPTION.match(p) is not None and not _told_in_the_past(p) for p in paragraphs]
    drop: set[int] = set()
    start = 0
    for i in range(len(paragraphs) + 1):
        if i < len(paragraphs) and marked[i]:
            continue
        if i - start >= GALLERY_RUN:
            drop.update(range(start, i))
        start = i + 1
    return [p for i, p in enumerate(paragraphs) if i not in drop]


# A picture's credit opening its caption, run into it: 'Reuters 84 people have died and 18
# are critically injured after a horror attack in Nice', 'GETTY The unmanned space
# laboratory will crash into Earth ...' (The Sun, the Express).
CREDIT_OPENING = re.compile(
    r"^(?:AP|AFP|EPA|PA(?: Wire)?|Getty(?: Images)?|GETTY(?: IMAGES)?|Reuters|REUTERS"
    r"|Rex(?: Features)?|REX|Alamy|Shutterstock|Splash(?: News)?|Barcroft(?: Media)?|EFE|SWNS"
    r"|Twitter|Facebook|Instagram|YouTube|Handout)\s+(?=[A-Z0-9])"
)


def without_run_in_captions(paragraphs: list[str]) -> list[str]:
    """A text file's paragraphs without pictures' captions that open on their credit and end
    no sentence ('Reuters 84 people have died and 18 are critically injured after a horror
    attack in Nice', sample Q89, UNGRAM). A paragraph that ends no sentence is not always a
    caption: some pages lose the stop of their prose's paragraphs, and the Daily Mail's
    summary points have none."""
    return [p for p in paragraphs if not (CREDIT_OPENING.match(p) and not SENTENCE_END.search(p))]


# A page's photo gallery or video box written into the text: 'Photos: Iconic photos of the
# Vietnam War 1960s photojournalists showed ... Hide Caption 1 of 16 Photos: ...', 'JUST
# WATCHED The Fall of Saigon: 40 years later Replay More Videos ...' (CNN; sample Q81: six
# UNGRAM cards of one page). Its captions tell of its pictures, their titles run into them.
# So is an audio player's box: 'Politics Former FBI Director Robert Mueller Appointed To Lead
# Russia Inquiry ... Listen · 3:47 3:47' (NPR; sample Q110, WRONG: Mueller's post read from it).
GALLERY = re.compile(
    r"^Photos:\s|\bHide Caption \d+ of \d+\b|^JUST WATCHED\b|\bReplay More Videos\b"
    r"|\bListen\s*·\s*\d{1,2}:\d\d\b"
)
# A live blog's entry, its time and a headline with no stop run into its text: '2.05pm -
# UPDATE -Bitcoin fights back BTC is back in the green at $7,230.' (sample Q80, UNGRAM).
# Where its headline ends, nothing tells.
LIVE_UPDATE = re.compile(
    r"^\d{1,2}[.:]\d{2}\s?(?:am|pm|a\.m\.|p\.m\.)?\s*(?:[A-Z]{2,4}\s*)?[-–—|:]\s*"
    r"(?:UPDATE|UPDATED|BREAKING|LATEST)\b",
    re.IGNORECASE,
)
# A newsletter's sign-up form: "Newsletter Sign Up Continue reading the main story Please
# verify you're not a robot by clicking the box. Invalid email address. ..."
SIGNUP_FORM = re.compile(
    r"Please verify you(?:'|’)re not a robot|You must select a newsletter|"
    r"Invalid e-?mail address\. Please re-enter|"
    # 'Sign up here for POLITICO Huddle ... Email Sign Up By signing up you agree to receive
    # email newsletters or alerts from POLITICO.' (sample Q90: 'Email Sign' became a person)
    r"By signing up,? you agree to receive (?:e-?mail )?newsletters"
)
# A page's copyright notice, which an old page's layout may put before the story.
COPYRIGHT_NOTICE = re.compile(
    r"(?:copyright|\(c\)|©)\s*(?:©\s*)?\d{4}.*all rights reserved|reproduction in whole or in part",
    re.IGNORECASE,
)


def _is_furniture(paragraph: str) -> bool:
    """Bylines, credits, attributions and promotions: the page's, not the story's; and
    lines with no word at all (a code listing's "]" and "...", a "* * *" break)."""
    if not re.search(r"[^\W_]", paragraph):
        return True
    patterns = (BYLINE_PARAGRAPH, CREDIT_PARAGRAPH, CREDENTIAL_LINE, BRACKETED_PROMO)
    return (
        any(p.match(paragraph) for p in patterns)
        or (len(paragraph) < 300 and LABELLED_PROMO.match(paragraph) is not None)
        or (len(paragraph) < 300 and COPYRIGHT_NOTICE.search(paragraph) is not None)
        or (len(paragraph) < 1000 and SIGNUP_FORM.search(paragraph) is not None)
        or LIVE_UPDATE.match(paragraph) is not None
        or GALLERY.search(paragraph) is not None
        or _is_page_note(paragraph)
        or _is_link_item(paragraph)
    )


def _is_page_note(paragraph: str) -> bool:
    return any(p.match(paragraph) is not None for p in (PAGE_NOTE, BARE_LABEL, PHOTO_CAPTION)) or (
        TRUNCATED_TEASER.search(paragraph) is not None and _is_teaser(paragraph)
    )


def _is_teaser(paragraph: str) -> bool:
    """A paragraph cut off mid-sentence ('... for teams in the...'), not a quotation trailing
    off ('"And then ..." he said' ends its sentence; '"We will see..."' is inside quotes)."""
    return paragraph.count('"') % 2 == 0 and paragraph.count("“") <= paragraph.count("”")


def _is_link_item(paragraph: str) -> bool:
    """'- Is Using the Snooze Button Bad for You?': a list item in a headline's capitals."""
    match = LIST_ITEM.match(paragraph)
    if match is None:
        return False
    item = match.group("item")
    if CAPITALS_LABEL.match(item):
        return True
    words = [w for w in item.split() if w[:1].isalpha()]
    return len(words) >= MIN_LINK_ITEM_WORDS and all(
        w[:1].isupper() or w.lower().strip(",.?!:") in TITLE_CASE_SMALL_WORDS for w in words
    )


def _is_heading(paragraph: str) -> bool:
    return (
        len(paragraph.split()) <= HEADING_MAX_WORDS and not SENTENCE_END.search(paragraph)
    ) or _question_heading(paragraph)


def _question_heading(paragraph: str) -> bool:
    """'What Does Stadia Offer?': a subheading in title case, asking what the next paragraphs
    tell (a question in prose keeps its words in lower case: 'Why does it matter?')."""
    words = paragraph.rstrip("?").split()
    if not paragraph.endswith("?") or not 2 <= len(words) <= HEADING_LINE_MAX_WORDS:
        return False
    return all(
        w[:1].isupper() or w.lower() in TITLE_CASE_SMALL_WORDS for w in words if w[:1].isalpha()
    )


def _is_heading_line(line: str, following: str | None, widest: int) -> bool:
    """A short line of capitalised words or metadata, not ending a sentence, before a line
    that starts one. A hard-wrapped sentence goes on in lower case, or its lines are all
    about as wide as the paragraph's widest."""
    if METADATA_LINE.match(line):
        return True
    words = line.split()
    if len(words) > HEADING_LINE_MAX_WORDS or SENTENCE_END.search(line):
        return False
    if len(line) >= 0.6 * widest:
        return False
    if following is not None and not following[:1].isupper():
        return False
    capitalised = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return capitalised >= max(1, round(0.6 * len(words)))


def _is_bio(paragraph: str) -> bool:
    return bool(BIO_PARAGRAPH.match(paragraph)) and len(paragraph) < 1200


def join_broken_lines(lines: list[str]) -> list[str]:
    """Paragraphs from trafilatura's lines. A line that stops mid-sentence goes on in the
    next (a link or a hard line break cut it), so they are one paragraph: a line before one
    that starts in lower case, or a line that ends on a word no sentence or headline ends on
    ("the", "of", "and"). Headlines and headings stay lines of their own."""
    paragraphs: list[str] = []
    joined = ""
    for line in (raw.strip() for raw in lines):
        if not line:
            continue
        if joined and _goes_on(joined, line):
            joined = f"{joined} {line}"
            continue
        if joined:
            paragraphs.append(joined)
        joined = line
    if joined:
        paragraphs.append(joined)
    return paragraphs


# A line ending on a comma (inside a quotation or not) stopped mid-sentence: "... the
# American Academy of Allergy," then "Asthma and Immunology"; "“... really,”" then "says ...".
ENDS_ON_COMMA = re.compile(r",[\"”’']?$")


def _goes_on(before: str, line: str) -> bool:
    if ENDS_ON_COMMA.search(before):
        return True
    if SENTENCE_END.search(before):
        return False
    if line[:1].islower() or line[:1] in ",;)":
        return True
    return before.split()[-1] in DANGLING_WORDS

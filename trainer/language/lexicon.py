"""Every word list the generators and the answer matcher share, defined once.

Lists that two stages use with different reach are written as one common core plus the
words only one of them wants, so no word is listed twice and neither stage changes.
"""

from __future__ import annotations


def wordset(text: str) -> frozenset[str]:
    """A set of words written as one string: keeps long word lists readable."""
    return frozenset(text.split())


# -- the calendar -------------------------------------------------------------------

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# AP style: Jan. Feb. Aug. Sept. Oct. Nov. Dec.; March-July are never abbreviated.
AP_MONTHS = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)
SHORT_MONTHS = tuple(month[:3] for month in MONTHS)  # "Jan", "Feb", ... "Dec"
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# 'at the end of August': the part of a month or year a date phrase names.
PERIOD_PARTS = frozenset(("end", "beginning", "start", "middle"))
# Participles used as prepositions ('accused ... following a conference'): no act of anyone.
PREPOSITION_PARTICIPLES = frozenset(
    ("following", "including", "regarding", "concerning", "excluding", "considering", "pending")
)

# -- numbers --------------------------------------------------------------------------

UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = [
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
]  # 20, 30, ... 90
# Indian English counts in lakhs (100,000) and crores (10 million): "Rs 400 crore".
SCALES = {
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "lakh": 10**5,
    "crore": 10**7,
}
# Every number word and its value: "seven" -> 7, "forty" -> 40, "dozen" -> 12.
NUMBER_WORDS: dict[str, int] = {
    **{word: value for value, word in enumerate(UNITS)},
    **{word: 20 + 10 * i for i, word in enumerate(TENS)},
    "hundred": 100,
    "dozen": 12,
    **SCALES,
}
# The number words the generators read as a count in running text, in the order their
# patterns try them (one to twenty, and round tens). "sixty" is read by the answer matcher only.
COUNT_VALUES = (*range(1, 20), 20, 30, 40, 50, 100)
COUNT_WORDS: dict[str, int] = {
    word: value for word, value in NUMBER_WORDS.items() if value in COUNT_VALUES and word != "dozen"
}

# -- people -------------------------------------------------------------------------

# Auxiliaries the parser may take into a subject: 'Trump did, however, put ...'.
EMPHATIC_AUXES = frozenset(("did", "does", "do"))

# Titles before a name that both the generators and the answer matcher drop.
HONORIFICS = wordset(
    """mr mrs ms miss dr sir dame prof president secretary minister senator sen rep gov governor
    gen lt col colonel adm admiral maj major capt captain sgt chancellor king queen prince pope
    honourable honorable hon representative congressman congresswoman"""
)
# Words that may stand before a name inside a PERSON entity but are not part of the name.
# What a tabloid puts before a first name, capitalised, as if part of it: 'Devastated
# Hayley added: ...', 'Tragic Victoria died instantly' (The Sun; sample Q89: "Devastated
# Hayley" was offered beside full names), and a campaign's nickname in a quoted tweet ('Bad
# performance by Crooked Hillary Clinton!': sample Q124, WRONG, the insult given as her name).
EPITHETS = wordset(
    """devastated tragic heartbroken brave tearful grieving distraught furious proud
    stricken doomed jailed evil heroic fallen murdered missing tortured shamed
    disgraced troubled tormented crazed bereaved terrified shocked stunned horrified
    smiling beaming loving doting
    crooked lyin lyin' lying sleepy crazy shifty phony cryin crying"""
)
NAME_TITLES = HONORIFICS | wordset(
    """lord lady pres cmdr judge justice rev father sister brother princess mayor ambassador
    coach superintendent commissioner chairman chairwoman director professor detective
    inspector sheriff deputy chief speaker attorney sergeant lieutenant corporal constable"""
)
# Words before a name in a typed reply: "President Putin", "Vice President Pence", "Ms. Roe".
REPLY_TITLES = HONORIFICS | wordset(
    "vice representative general spokesman spokeswoman spokesperson prime"
)
# Generational suffixes after a surname: "James P. Kennedy Jr." is Kennedy.
NAME_SUFFIXES = wordset("jr sr ii iii iv")
# ...of them, those written as abbreviations: the period of "Sr." is part of the name.
ABBREVIATED_NAME_SUFFIXES = wordset("jr sr")
# Particles that do not make two spellings of a name different people ("Bashar al Assad").
NAME_PARTICLES = wordset("al el bin ibn de da di del van von der la le du")
# ...and the particles a reply may leave out of a surname ("Assad" for "Bashar al-Assad").
SURNAME_PARTICLES = NAME_PARTICLES | wordset("della den")

# Verbs that move something from one time to another: "postponed from Tuesday to Thursday"
# is a new date, not a period with two ends.
RESCHEDULING_VERBS = wordset(
    "move postpone delay push shift reschedule bring advance change extend"
)

# Words that make a weekday part of a day's name: "Black Friday", "Cyber Monday", "Super
# Tuesday", "Good Friday", "Giving Tuesday", "Small Business Saturday".
DAY_NAME_WORDS = wordset(
    """black cyber super good ash holy easter palm giving shrove maundy bloody bowl business
    pancake"""
)


# What one holds in a company, which a question must name ('a stake in Acme').
HOLDINGS = wordset("stake holding")


# -- speech -------------------------------------------------------------------------

# Verbs that attribute a direct quote: "...," Roe said / Roe told reporters: "...".
SPEECH_VERBS = wordset(
    """say tell add ask note write explain state insist argue warn claim announce reply respond
    continue acknowledge admit emphasize emphasise recall declare testify remark observe comment
    conclude predict suggest urge joke quip concede caution stress assert tweet complain lament
    boast plead vow promise reiterate shout answer agree confirm deny counter repeat mutter post"""
)
# Verbs that report speech whose content may be elsewhere ("He said at a Nov. 6 event."):
# the speech verbs a quote's neighbour sentence may hang on, plus "report" and "recount".
REPORTING_VERBS = wordset(
    """say tell add note state report claim write plead warn argue recount insist explain ask
    reply respond continue"""
)
# Verbs of someone's death, as its subject ('died'), and of killing, as its object ('was
# killed'): an age at death (trainer.extract.numbers), a post no longer held (extract.roles).
DEATH_VERBS = wordset("die perish")
KILLING_VERBS = wordset("kill murder slay assassinate execute behead")
# A person's death told as a noun: 'the assassination of Benazir Bhutto', 'Ms Bhutto's murder'.
DEATH_NOUNS = wordset("assassination murder killing death funeral burial")
# Verbs of a remark: the day one was made is a passing detail (not 'announce', 'vote').
REMARK_VERBS = wordset(
    """say tell add note write recount assert explain insist argue remark comment tweet post
    reply respond continue acknowledge repeat refer"""
)
# Verbs that put someone's words in quotation marks without being verbs of saying:
# 'Trump called the hearing "a disgrace to our country"', 'She directed her staff to "...".'
QUOTING_VERBS = wordset("call describe direct order pledge remember recount")
# Words that join a clause to the one before it ("But ...", "And ..."): dropped from the
# front of a question; a quote's later part opening with one goes on from the first.
CONNECTIVES = wordset(
    "but and so yet however meanwhile still also or therefore thus hence consequently"
)
# A later sentence of a quote opening with one of these leans on the sentence before it.
LEANING_WORDS = wordset(
    """and but so or nor yet therefore thus then hence this that these those such it its they
    them their he she his her also however instead still"""
)
# Bodies an article may call by a common noun after naming them: "the ministry said".
GENERAL_BODY_NOUNS = wordset("company firm group agency organisation organization label")
BODY_NOUNS = GENERAL_BODY_NOUNS | wordset(
    """ministry department office commission council committee court bank union party
    government police army military university foundation network"""
)
# Last words of a company's name, never of a person's: "Dick Clark Productions".
COMPANY_WORDS = wordset(
    """productions inc corp corporation co ltd llc plc group holdings records media
    entertainment partners capital bank airlines airways industries technologies systems
    labs laboratories studios pictures foundation institute association agency ministry"""
)
# Last words of a place or a thing named after someone, which the tagger may take for a
# person ('Villa Park', 'the Lorenz Center'): no second person of that first name.
NAMED_AFTER_WORDS = wordset(
    """park center centre stadium arena hall square street road avenue bridge airport
    station hospital university college school house tower building field court museum
    library church cathedral mosque temple palace castle prize award cup trophy medal
    dinner gala lecture memorial foundation institute fund scholarship fellowship"""
)
# -- tense, for text read without a parse (trainer.language.written) --------------------

# Words of a sentence about what is still to come: "The plant will reopen in 2017."
FUTURE_MARKERS = wordset(
    "will 'll shall upcoming scheduled slated expects plans planning intends aims"
)
# Words that make a sentence neither a plain past nor a plain future: "could close in 2020".
HEDGE_MARKERS = FUTURE_MARKERS | wordset(
    """next due starting beginning would could might should can may must if unless until hope
    hopes hoped forecast forecasts projected estimated target targets goal deadline"""
)
# Past tense forms that do not end in -ed.
IRREGULAR_PAST = wordset(
    """was were had did said told went came took gave made won lost began became left met
    held led saw found knew thought brought bought sold sent spent built fell rose paid ran
    wrote got struck fought broke chose drew drove forgot froze grew hung kept laid meant
    overtook quit rode rang sang sank sat shot shook slept spoke stood stole swore swept
    taught threw understood woke wore withdrew"""
)

# Words that say a clause describes how things stand at the time of writing: "right now",
# "currently", a running total "so far" or "to date" (trainer.extract.clauses.present).
NOW_WORDS = wordset("now currently presently")
# Modals that speak of the present or what is still to come ("will be removed", "can
# vote"), not of a past reported ("would", "could").
MODALS = wordset("""will would could may might should can must shall""")
# Tags of a verb with a tense of its own: 'said', 'says', 'say', 'will'.
FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD"))
PRESENT_MODALS = wordset("will can may must shall 'll")
# Words that open a condition or a time to come, where a present tense states nothing that
# holds now: "if Google gets to 100 games", "when the candidates meet 75 days before ...".
CONDITION_WORDS = wordset("if unless when whenever before after until till once")

# Courtesy titles kept before a lone surname: "Mr. Lee".
COURTESY_TITLES = wordset("mr mrs ms miss dr")

# -- grammar ----------------------------------------------------------------------

ARTICLES = frozenset({"a", "an", "the"})
# Small words a title in title case leaves in lower case ("What Is in the Box?").
TITLE_CASE_SMALL_WORDS = ARTICLES | wordset("of in on at to for and or but by with from as vs")
# Auxiliaries and modals: a verb between a blank and a colon ('_____ people were killed:').
AUXILIARY_WORDS = wordset(
    """is are was were be been being am has have had having do does did will would shall
    should can could may might must 'll ’ll"""
)
# Words a noun phrase opens with besides a name or a number: "a doctor and a lawyer".
LIST_OPENERS = ARTICLES | wordset(
    "his her its their our my your this that these those each every both either neither"
)
# The ordinals after "second": "one ..., another ... and a third ...".
ORDINAL_WORDS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
# A list that only samples what a number counts ("including A and B", "A, B and others").
PARTIAL_LIST_MARKERS = (
    "including",
    "among them",
    "among others",
    "among",
    "notably",
    "especially",
    "in particular",
    "mostly",
    "mainly",
    "chiefly",
    "largely",
    "most of them",
    "many of them",
    "some of them",
    "several of them",
    "at least",
    "led by",
    "from",
    "such as",
    "for example",
    "for instance",
    "e.g.",
    "like",
)
PARTIAL_LIST_ENDINGS = ("others", "etc", "and more", "and so on", "and so forth", "among others")
# The first word of a last item that leaves the list open: "France, Spain and other countries".
OPEN_LIST_WORDS = wordset("other others more many several some")
# Prepositions whose object is a place ("in _____", "near _____"), and those that take a
# place only after a verb of going ("goes to _____", "came back from _____").
PLACE_PREPOSITIONS = wordset("in at near into inside outside across around through toward towards")
DIRECTION_PREPOSITIONS = wordset("to from")
MOTION_VERBS = wordset(
    "go come travel move fly drive return head walk run ride sail march arrive leave flee"
)


# -- what a sentence does not state as fact (trainer.extract.clauses.unasserted) ----------

# Words opening a clause that asks or supposes: "whether X", "if X", "unless X".
UNASSERTING_MARKS = wordset("whether if unless")
# Predicates whose clause is in doubt: "it is unclear when", "it is possible that".
DOUBT_WORDS = wordset(
    """unclear uncertain unknown unsure unconfirmed unverified unproven undetermined undecided
    unresolved doubtful debatable questionable possible conceivable unlikely improbable
    hypothetical false untrue"""
)
# Predicates that state a clause as fact, but not when negated: "not certain when".
CERTAINTY_WORDS = wordset("certain sure clear known confirmed verified true obvious evident")
# Verbs whose clause is doubted, denied, supposed or asked: "wonder whether", "denied that".
DOUBT_VERBS = wordset(
    """wonder doubt question speculate guess deny dispute refute rebut disprove debunk contest
    reject dismiss imagine suppose pretend wish hope fear ask inquire"""
)
# Of DOUBT_VERBS, those whose object's content clause is denied too: "denied reports that".
DENIAL_VERBS = wordset("deny dispute refute rebut disprove debunk contest reject dismiss")
# Verbs that state or establish a clause, but not when negated: "did not confirm that".
ASSERTING_VERBS = wordset(
    """know say confirm verify prove show establish mean believe think claim state announce
    report disclose reveal specify determine decide indicate suggest tell realize learn"""
)
# Of ASSERTING_VERBS, those that still take their 'that' clause as true when negated
# ("did not know that X": X holds); only their questions are unknown ("not know when").
FACTIVE_VERBS = wordset("know realize learn reveal")
# Nouns whose content clause is in doubt: "speculation that", "the possibility that".
DOUBT_NOUNS = wordset(
    """speculation rumor rumour doubt question possibility chance prospect likelihood
    hypothesis theory fear hope guess uncertainty"""
)
# Verbs of citing a source as evidence: what it found is the citer's claim ('cited analysis
# that found X', trainer.extract.clauses.unasserted).
CITING_VERBS = wordset("cite quote invoke reference tout")
# Nouns that would establish a clause, but not after 'no': "no evidence that".
EVIDENCE_NOUNS = wordset("evidence proof sign indication confirmation suggestion record")
# Words that make a subject deny its verb: "no one knows", "nobody is sure".
NEGATIVE_SUBJECTS = wordset("nobody nothing none neither no")
# Verbs whose infinitive is not done: "declined to confirm that", "has yet to say".
UNDONE_VERBS = wordset("decline refuse fail")
# Predicates whose infinitive cannot be done: "it is hard to know when", "too early to say".
HARD_WORDS = wordset("hard difficult impossible early premature")

# -- what a quote is about --------------------------------------------------------

# Nouns that name nothing in particular: a quote made of these and pronouns ('we saw the
# need to accelerate that') could be anyone's, so it cannot be told from its speaker.
GENERIC_NOUNS = wordset(
    """thing stuff way day time while moment lot bit end need kind sort part point fact
    situation people guy place question issue problem matter idea side reason case sense
    deal help opportunity chance one"""
)
# Stock phrases of spoken English: the words of one tie a quote to no story.
STOCK_PHRASES = (
    "at the end of the day",
    "the proof is in the pudding",
    "the proof's in the pudding",
    "time will tell",
    "only time will tell",
    "it is what it is",
    "it's what it is",
    "one day at a time",
    "one game at a time",
    "back to the drawing board",
    "on the same page",
    "a step in the right direction",
    "the bottom line",
    "move the needle",
    "at this point in time",
    "a level playing field",
    "a game changer",
    "all hands on deck",
    "easier said than done",
    "better late than never",
    "the ball is in their court",
    "the ball is in your court",
    "light at the end of the tunnel",
    "not rocket science",
    "the elephant in the room",
    "the tip of the iceberg",
    "when all is said and done",
    "make no mistake",
    "in the grand scheme of things",
    "going forward",
    "moving forward",
    "a win-win",
    "the name of the game",
    "first and foremost",
    "last but not least",
)
# A plural scale word makes an amount vague ("billions of dollars", "dozens"): no figure to learn.
VAGUE_MAGNITUDES = frozenset(f"{word}s" for word in (*SCALES, "hundred", "dozen")) | {
    "tens",
    "scores",
}
# Words that introduce an example: 'rather than returning to, say, Palmyra'.
EXAMPLE_MARKERS = ("such as", "for example", "for instance", "e.g.", "like", "say")
# Acronyms of names every news reader knows: a card may write them as the article does
# ("the FBI"); an article's own acronym of a lesser-known body is written out.
WELL_KNOWN_ACRONYMS = frozenset(
    """NASA FBI CIA NSA NATO UN EU WHO IMF WTO OPEC UNESCO UNICEF NFL NBA MLB NHL NCAA FIFA
    UEFA IOC BBC CNN NBC CBS ABC NPR PBS AP AFP EPA FDA FAA FCC SEC IRS DOJ DOD DHS ICE TSA
    CDC NIH USDA ATF DEA GOP DNC RNC ACLU NAACP AARP IBM AMD HP GM BMW ESA ISS MIT UCLA USC
    NYU LAPD NYPD KGB FSB MI5 MI6 NHS BP IRA PLO ANC OECD ASEAN G7 G20 SWAT ISIS ISIL
    NRA""".split()  # noqa: SIM905 - a word list reads better as text
)
# Bodies of a national government, which sit in its capital ("the Senate Judiciary
# Committee" -> Washington: no fact of the article).
NATIONAL_BODY_WORDS = wordset("senate congress parliament ministry cabinet house pentagon kremlin")
# Place names that end in a common noun take 'the' ("the Gaza Strip", "the United Kingdom",
# "the Golan Heights"): a wrong option beside "the Netherlands" is written with it too.
PLACE_HEADS_WITH_THE = wordset(
    """republic kingdom states emirates islands isles heights strip bank gulf coast sea ocean
    union territories peninsula"""
)
# Participles that say how someone is after "he's" ("he's expected to", "she's married to"):
# 'is', where other participles make a perfect ("he's worked": 'has').
# "It's valued at $150,000": participles of a value, passive after "'s" ('is', never 'has').
VALUE_PARTICIPLES = wordset("valued estimated priced appraised pegged insured")
STATE_PARTICIPLES = (
    wordset(
        """expected known set scheduled slated supposed based considered named believed accused
    charged married located involved worried concerned committed interested thought said
    required allowed due"""
    )
    | VALUE_PARTICIPLES
)


# Conjunctions that make a clause subordinate: a clause opened by one is no sentence alone.
SUBORDINATORS = wordset(
    """as when while because since although though if unless whereas after before until
    till once whether whenever wherever"""
)


# Verbs that tell someone to do something: the doing is what they say ('ordered 60
# diplomats to leave', 'will instruct the acting HHS director to declare ...').
TELLING_TO = frozenset(
    (
        *("order", "instruct", "direct", "urge", "ask", "tell", "force", "allow", "permit"),
        *("encourage", "require", "persuade", "invite", "command", "compel", "authorize"),
        *("authorise", "pressure", "push", "press", "implore", "beg", "advise"),
    )
)

"""Words that point back to what an article told before: "the company", "the move", "the
mayor". A question holding one leans on a sentence the reader cannot see, unless the
question itself says which (trainer.extract.clauses.standalone decides)."""

from __future__ import annotations

from trainer.language.lexicon import wordset

# "the company said ...": a bare definite noun that points back to an earlier sentence.
ANAPHORIC_THINGS = wordset(
    """administration agency airline automaker bill board brokerage carmaker carrier charity
    city club community companies company conglomerate country county court department district
    drugmaker event firm government group insurer institution law lender manufacturer ministry
    network newspaper operator organization paper platform president's product regulator
    region retailer school service startup state team teams toll town union university village
    waterway watchdog facility giant party territory authority commission product panel
    matter issue topic
    committee museum hospital gallery stadium zoo prison trust device gadget feature series
    show film movie album novel specimen species animal creature
    website outlet publication argument funding period carriers"""
)
# "the move", "the answer": what someone did or said, told in an earlier sentence. A name
# in the question is never what they stand for ('the NFL is to review the play').
# Acts a common noun before says the kind of, not which ('the policy change', 'the price
# increase'): trainer.extract.clauses.definites.
KINDED_ACTS = wordset("change increase hike shift overhaul reform")
ANAPHORIC_ACTS = KINDED_ACTS | wordset(
    """accord acquisition agreement alliance announcement answer attack ban bid blast campaign
    case crash deal decision effort explosion game hearing incident initiative investigation
    lawsuit legislation letter measure meeting merger move offer operation order pact
    partnership plan play policy probe program project proposal protest rally report rule
    statement strike study transaction request development mission episode situation
    scheme affair controversy scandal dispute allegation allegations accusation accusations
    ceremony discovery findings verdict ruling approval expansion complaint brief issue
    choice relationship feat achievement milestone initiative venture crime punishment
    suspension reprimand resignation nomination bailout wreck storm comments remarks comment
    remark idea notion concept visit trip tour speech interview appearance proclamation
    conversation resolution memo filing"""
)
# Posts one person holds at a time: a nationality or place adjective says whose ('the
# French president'; 'the former president' does not).
UNIQUE_POSTS = wordset("""president governor mayor minister chancellor premier king queen""")
# Posts: 'the former mayor' is the one the question names as mayor (or in apposition), not
# whoever else it names ('Trump pointed to the former mayor's contributions').
HELD_POSTS = wordset(
    """president governor mayor minister official spokesman spokeswoman spokesperson coach
    judge prosecutor lawyer attorney leader officer executive"""
)
# Bodies a country has one of: "the South Korean government" says which.
NATIONAL_BODIES = {"government", "administration", "military", "army", "navy", "parliament"}
ANAPHORIC_PEOPLE = wordset(
    """duo trio official spokesman spokeswoman spokesperson man woman boy girl president
    governor mayor suspect victim defendant couple family patient player coach judge
    prosecutor lawyer attorney minister leader person people men women children officials
    officer officers staffer staffers worker workers executive executives lawmakers
    legislators neighbours neighbors allies nominee candidate actress actor singer star
    peer victims suspects defendants comedian rapper musician band rockers striker forward crew
    defender midfielder veteran rookie pair billionaire tycoon mogul magnate senator
    congressman congresswoman lawmaker businessman businesswoman freshman champion champ
    winner titleholder finalist incumbent challenger"""
)
# Kin a person the question brings in may be ('a father and his two sons').
KIN = wordset("""father mother son daughter brother sister wife husband""")
# Words of kin one may be known by alone ('his wife Ann'): trainer.pipeline's given names.
RELATIVES = KIN | wordset(
    """partner fiancee fiancé fiancée girlfriend boyfriend widow widower sons daughters
    brothers sisters child children grandson granddaughter grandmother grandfather aunt
    uncle nephew niece cousin"""
)
ANAPHORIC_NOUNS = ANAPHORIC_THINGS | ANAPHORIC_ACTS | ANAPHORIC_PEOPLE
# Adjectives that set a thing after others of its kind ("the new patient", "the second
# case"): the others are in the article, not the question.
AFTER_OTHERS = {"new", "newest", "latest", "other", "same", "second", "third"}
# Adjectives that place a thing by one the article told of before, which the question
# does not show ('three subsequent resolutions', 'the aforementioned study').
AFTER_THE_TOLD = {
    *("subsequent", "aforementioned", "latter", "abovementioned", "previous"),
    "separate",  # 'end a separate stay by the 7th Circuit' (sample Q142, NONSENSE)
}
TEMPORAL_NOUNS = wordset(
    """year week month season time morning afternoon evening weekend day summer fall spring
    winter quarter century decade writing night hour"""
)

# Definites a reader knows without the article: "the police", "the Moon".
WELL_KNOWN = wordset(
    """police public media press moon sun earth world internet economy weather military army
    navy border web news audience authority"""  # 'authority': 'the authorities'
)

# -- the organisation an article is about (trainer.extract.organisations) -----------------
# "the airline", "the lender": a bare definite naming a kind of organisation, which stands
# for the one of that kind the article is about. Each noun -> the kind it names.
ORGANISATION_NOUNS = {
    **dict.fromkeys(("company", "firm", "corporation"), "company"),
    "conglomerate": "conglomerate",  # not every company is one: the article must say so
    "startup": "startup",
    **dict.fromkeys(("airline", "carrier"), "airline"),
    **dict.fromkeys(("lender", "bank"), "bank"),
    **dict.fromkeys(("automaker", "carmaker"), "automaker"),
    "retailer": "retailer",
    "insurer": "insurer",
    "brokerage": "brokerage",
    "agency": "agency",
}
# Kinds that are companies: "the company" may stand for an airline as well.
COMPANY_KINDS = frozenset(
    (
        "company",
        "airline",
        "bank",
        "automaker",
        "retailer",
        "insurer",
        "brokerage",
        "conglomerate",
        "startup",
    )
)
# Last words of a name that say its kind: 'Emirates Airline', 'Walt Disney Co.'.
KIND_NAME_WORDS = {
    **dict.fromkeys(("airline", "airlines", "airways"), "airline"),
    **dict.fromkeys(("bank", "bancorp"), "bank"),
    **dict.fromkeys(("motors", "motor"), "automaker"),
    "agency": "agency",
    **dict.fromkeys(
        wordset("inc corp corporation co company ltd llc plc group holdings ag sa"),
        "company",
    ),
}
# What only a company has: "WeWork's shares", "Apple CEO Tim Cook", "shares of Coty".
COMPANY_THINGS = wordset(
    """shares stock shareholders stockholders investors ipo valuation ceo earnings revenue
    revenues profit profits founder co-founder cofounder customers subscribers products"""
)

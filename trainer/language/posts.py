"""Words of posts and occupations (trainer.extract.roles, title_words and held_then, and the
role questions): which words describe what a person is rather than name a post, which make
a record of a post, which say a post is taken or left, the words that say the same in a
title, and the party and state tags after a U.S. politician's name."""

from __future__ import annotations

from trainer.language.lexicon import wordset

# Occupations: the person is described ("businessman Andrew Yang", "Jane Roe, a singer"),
# unless a team or a firm makes it a post ("Penn State quarterback Sean Clifford").
OCCUPATIONS = wordset(
    """businessman businesswoman entrepreneur investor billionaire philanthropist banker
    trader singer songwriter rapper musician actor actress comedian artist painter writer
    novelist poet playwright filmmaker photographer model designer architect engineer
    journalist columnist blogger activist campaigner astronaut pilot soldier firefighter
    nurse doctor teacher farmer chef quarterback defenseman winger striker midfielder
    goalkeeper goalie pitcher linebacker cornerback rusher receiver forward player"""
)
# What an office looks after, the last word of a title before a name ('Director of Latino
# Outreach Jane Roe', 'Deputy Secretary for Public Affairs'): never a given name.
OFFICE_FIELDS = wordset(
    """outreach affairs policy communications operations relations engagement strategy
    programs programming planning development partnerships"""
)
# Words of address and honours, never part of a post: "Deputy Director Mrs. Jane Roe",
# "His Honour Judge Jane Roe", "His Excellency", "the Hon.", "Sir", "Jane Roe QC".
COURTESY_WORDS = wordset(
    """mr mr. mrs mrs. ms ms. miss dr dr. sir dame hon hon. honourable honorable rt rt.
    honour honor excellency majesty highness holiness worship lordship ladyship qc kc dear
    comrade"""
)
# ...of them, the nouns of a style with "His", "Her" or "Your": "His Honour", "Her Majesty"
# (the "His" is no pronoun standing for a person named before).
STYLE_NOUNS = wordset(
    "honour honor excellency majesty highness holiness worship lordship ladyship grace eminence"
)
# A police or military rank: after a job ("police spokesman Sgt. Jane Roe") it is the
# person's rank, no part of the post. "General" and "Admiral" are ranks after another
# ("Major General", "Rear Admiral"); alone they end a post ("Attorney General").
RANKS = wordset(
    """sergeant sgt inspector detective det constable corporal cpl lieutenant lt captain capt
    major maj colonel col trooper officer private pvt gen brigadier brig adm commander cmdr
    rear vice"""
)
# Words for one job: "lawyer" is as true of a "Trump attorney" as "attorney" is.
SAME_JOBS = (
    wordset("lawyer attorney counsel counselor counsellor solicitor barrister advocate prosecutor"),
    wordset("spokesman spokeswoman spokesperson spokespeople"),
    wordset("doctor physician"),
    wordset("adviser advisor"),
    wordset("chairman chairwoman chairperson chair"),
    wordset("lawmaker legislator congressman congresswoman representative"),
    wordset("reporter correspondent journalist"),
    wordset("official aide staffer"),
)
# Posts that do not go stale: whoever founded or invented a thing always did, so a card
# about one needs no date ("Who is the co-founder of Acme?").
LASTING_POSTS = wordset("founder co-founder cofounder creator inventor")
# Words that make a descriptor a record, not a post: "the first woman to ...", "the only
# Republican ...", "the youngest ...": true only with every limit the sentence gives it
# ("since the end of the Cold War"). Superlatives ("youngest") are found by their tag.
RECORD_WORDS = wordset("first only last sole lone final latest next")
# Posts named with "first" ("First Lady", "First Deputy Prime Minister"): not records.
FIRST_POSTS = wordset("lady gentleman minister deputy vice secretary officer mate baseman sea")
# Words that say a post is being left: in a past-tense clause about its holder
# ("was on the verge of retirement", "resigned"), the post was no longer held later.
LEAVING_WORDS = wordset("retire retirement resign resignation successor quit ouster")
# Verbs of leaving a post that need no object: 'Kiwis coach Gary Kemble has resigned'.
QUITTING = wordset("resign quit retire")
# Verbs whose object leaves the post: "was fired", "was ousted" (not "Jane Roe fired him").
PUSHING_OUT_VERBS = wordset("oust fire dismiss sack depose")
# Verbs that start a post: "Acme CEO Jane Roe, who was appointed in 2012, said ..." holds
# it since, not only in 2012.
STARTING_VERBS = wordset("appoint elect name hire join become promote nominate succeed found")
# Words for a post itself: "resigned from her post" leaves the post the title names.
POST_WORDS = wordset("post position job role office seat helm")
# Party tags after a U.S. politician's name: "Sen. Jane Roe (D-Ore.)", "Rep. John Doe, R-Texas".
PARTIES = {"D": "Democrat", "R": "Republican", "I": "independent"}
# Words that say the same in a title: "Kentucky GOP Governor" is a "Republican Governor".
SAME_MEANING = {
    "gop": "republican",
    "democrat": "democratic",
    "dem": "democratic",
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "secy": "secretary",
    "spokesperson": "spokesman",
    "spokeswoman": "spokesman",
    "chief executive": "ceo",
}
# AP style state abbreviations (states AP writes in full are matched by name).
AP_STATES = {
    **{"Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California"},
    **{"Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida"},
    **{"Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas"},
    **{"Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts"},
    **{"Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri"},
    **{"Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire"},
    **{"N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York"},
    **{"N.C.": "North Carolina", "N.D.": "North Dakota", "Okla.": "Oklahoma"},
    **{"Ore.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island"},
    **{"S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee"},
    **{"Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia"},
    **{"Wis.": "Wisconsin", "Wyo.": "Wyoming", "D.C.": "District of Columbia"},
}
# ...and the states AP writes in full ("R-Texas").
STATES_IN_FULL = wordset("Alaska Hawaii Idaho Iowa Maine Ohio Texas Utah")

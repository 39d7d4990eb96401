"""Words of military hardware (trainer.extract.aircraft, trainer.extract.equipment and the
questions built on them): the prefixes navies put before a ship's name, the words that make a
name a ship or a weapon of a class, and which countries' arms are offered together."""

from __future__ import annotations

# Military hardware (trainer.extract.aircraft, trainer.extract.equipment).
# The prefixes navies put before a ship's name ("USS Cole", "HMS Diamond").
NAVY_PREFIXES = frozenset(
    [
        "USS",
        "HMS",
        "HMAS",
        "HMCS",
        "HMNZS",
        "INS",
        "JS",
        "ROKS",
        "TCG",
        "FS",
        "ITS",
        "ESPS",
        "HNLMS",
        "KRI",
        "PNS",
        "BNS",
        "RFS",
    ]
)
# A ship word -> the class a ship so called is a distractor within ("guided-missile destroyer").
SHIP_WORDS: dict[str, str] = {
    "aircraft carrier": "aircraft carrier",
    "helicopter carrier": "amphibious assault ship",
    "amphibious assault ship": "amphibious assault ship",
    "landing ship": "landing ship",
    "destroyer": "destroyer",
    "frigate": "frigate",
    "cruiser": "cruiser",
    "missile cruiser": "cruiser",
    "battlecruiser": "cruiser",
    "submarine": "submarine",
    "corvette": "corvette",
    "warship": "warship",
}
# Words after a name that make it a weapon of a class ("T-72 tanks", "Patriot missiles").
WEAPON_CLASS_WORDS: dict[str, str] = {
    "missile": "missile",
    "missiles": "missile",
    "interceptor": "missile",
    "interceptors": "missile",
    "tank": "tank",
    "tanks": "tank",
    "howitzer": "howitzer",
    "howitzers": "howitzer",
    "rocket": "rocket",
    "rockets": "rocket",
    "launcher": "rocket launcher",
    "launchers": "rocket launcher",
    "system": "system",
    "systems": "system",
    "vehicle": "vehicle",
    "vehicles": "vehicle",
    "munition": "munition",
    "munitions": "munition",
    "drone": "drone",
    "drones": "drone",
    "carrier": "ship",
    "carriers": "ship",
    "ship": "ship",
    "ships": "ship",
    **{word: "ship" for phrase in SHIP_WORDS for word in (phrase.split()[-1],)},
}
# Countries whose arms are offered together before others' (a Russian missile's wrong
# answers are Russian, then Chinese or Iranian ones, before American ones).
ARMS_BLOCS: dict[str, str] = {
    **dict.fromkeys(("Russia", "China", "Iran", "North Korea", "Belarus"), "east"),
}


def arms_bloc(country: str) -> str:
    return ARMS_BLOCS.get(country, "west" if country else "")

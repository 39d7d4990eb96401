"""Currencies as news pages write them before an amount: the one table every money rule
reads. Signs ("$", "₦", "₹"), a country's dollar ("A$", "US$", "HK$"), abbreviations
("Rs", "KSh") and ISO codes ("USD 40 million"). A bare capital letter ("R4bn" rand,
"N5bn" naira, "K2bn" kwacha) is money only before a scaled amount: "the R4 road",
"N95 masks" and "the A4" are names. Pure text; no spaCy."""

from __future__ import annotations

import re

SIGNS = "$€£¥₹₦₩₱₽₺₪₫฿₴₵₡₲₭₮₸₼₾"
# Letters before a dollar sign: whose dollar it is (Brazil's "R$" is its real).
DOLLAR_COUNTRIES = ("US", "A", "AU", "C", "CA", "NZ", "HK", "S", "SG", "NT", "Z", "J", "R")
ABBREVIATIONS = (
    *("Rs.", "Rs", "KSh", "Ksh", "USh", "TSh", "Sh", "Rp", "RM", "Tk", "GH₵", "GH¢"),
    *("Dh", "Dhs", "SR", "QR"),  # the Gulf's dirham, riyals (sample Q48: '(Dh36,700)')
)
ISO_CODES = (
    *("USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "ZAR", "KES", "NGN", "AUD", "CAD"),
    *("NZD", "HKD", "SGD", "CHF", "SEK", "NOK", "DKK", "PKR", "BDT", "LKR", "NPR", "EGP"),
    *("GHS", "UGX", "TZS", "ETB", "ZMW", "MWK", "BWP", "AED", "SAR", "QAR", "KWD", "BRL"),
    *("MXN", "ARS", "COP", "IDR", "MYR", "THB", "VND", "KRW", "TWD", "RUB", "UAH", "PLN"),
)
# Single letters that write a currency (rand, naira, kwacha, pula or peso), and only so
# before a scaled amount.
LETTERS = ("R", "N", "K", "P")

_SCALED = (
    r"\d[\d,]*(?:\.\d+)?"
    r"(?:(?:bn|mn|tn|m)\b| (?:thousand|million|billion|trillion|crore|lakh)s?\b)"
)
# Words that write a currency alone ("US$", "Rs", "KSh", "USD"); a bare letter does not.
_WRITTEN_ALONE = frozenset((*(f"{c}$" for c in DOLLAR_COUNTRIES), *ABBREVIATIONS, *ISO_CODES))


def _alternatives(words: tuple[str, ...] | frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_GLUED = _alternatives(_WRITTEN_ALONE - set(ISO_CODES))
# An amount an ISO code is written onto with no space: scaled, or with its thousands or its
# cents ('USD1,500', 'EUR2.5m'). 'COP30' and 'CHF1' are names (a climate conference).
_GLUED_TO_A_CODE = rf"{_SCALED}|\d{{1,3}}(?:,\d{{3}})+|\d+\.\d+"
# The currency an amount starts with, case as written, to put before its number in a pattern.
PREFIX = (
    rf"(?-i:(?<![\w$])(?:[{SIGNS}]|(?:{_GLUED}) ?(?=\d)"
    rf"|(?:{_alternatives(ISO_CODES)})(?: (?=\d)|(?={_GLUED_TO_A_CODE}))"
    rf"|(?:{'|'.join(LETTERS)}) ?(?={_SCALED})))"
)
_AT_START = re.compile(PREFIX)


def currency_of(amount: str) -> str:
    """The currency an amount is written in: "R4bn" -> "R", "Rs 400 crore" -> "Rs",
    "US$40m" -> "US$", "₦5bn" -> "₦"; "" for "40 people" or "the R4"."""
    m = _AT_START.match(amount)
    return m.group().strip(" .") if m else ""


def is_currency(word: str) -> bool:
    """Whether a word alone writes a currency before an amount: "$", "US$", "Rs", "KSh" (a
    bare letter, "R", is one only with its amount: currency_of)."""
    return word in _WRITTEN_ALONE or (len(word) == 1 and word in SIGNS)


def without_currency(amount: str) -> str:
    """The amount without its currency: "Rs 400 crore" -> "400 crore"."""
    m = _AT_START.match(amount)
    return amount[m.end() :] if m else amount

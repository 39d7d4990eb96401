"""Wrong dates made up near the answer, written in its form: a week either side of a day,
the months around a month, the years around a year. The date generator uses them when the
deck has too few dates of the answer's kind (trainer.questions.date.distractors)."""

from __future__ import annotations

import re
from datetime import timedelta

from trainer.language.dates import (
    NUMBER_WORDS,
    WORDS_FOR,
    month_index,
    month_name,
    month_style,
    safe_date,
    written_out,
)
from trainer.language.lexicon import WEEKDAYS


def synthesize(answer: str, form: str) -> list[str]:
    """Dates near the answer, written in its form ("month-day", "weekday", "ago", ...)."""
    parts = answer.replace(",", "").split()
    out: list[str] = []
    if form == "full-date":
        return _near_days(answer)
    if form in ("month-day", "month-day-year"):
        month = month_index(parts[0])
        if month is None:
            return []
        year = int(parts[2]) if form == "month-day-year" else 2000
        base = safe_date(year, month, int(re.sub(r"\D", "", parts[1])))
        if base is None:
            return []
        style = month_style(parts[0])
        for shift in (-7, 7, -14, 14, -3, 3, -21, 21):
            d = base + timedelta(days=shift)
            text = f"{month_name(d.month, style)} {d.day}"
            out.append(f"{text}, {d.year}" if form == "month-day-year" else text)
    elif form == "day-month-year":
        base = safe_date(int(parts[2]), month_index(parts[1]) or 1, int(parts[0]))
        if base:
            style = month_style(parts[1])
            for shift in (-7, 7, -14, 14):
                d = base + timedelta(days=shift)
                out.append(f"{d.day} {month_name(d.month, style)} {d.year}")
    elif form in ("month", "month-year") and month_index(parts[0]) is not None:
        month = month_index(parts[0]) or 1
        if month is None:
            return []
        style = "full"  # a month without a day is spelled out
        year = int(parts[-1]) if form == "month-year" else 0
        for shift in (-1, 1, -2, 2, -3, 3):
            m = year * 12 + month - 1 + shift
            name = month_name(m % 12 + 1, style)
            out.append(f"{name} {m // 12}" if form == "month-year" else name)
    elif form == "weekday":
        i = WEEKDAYS.index(parts[-1])
        prefix = "last " if parts[0].lower() == "last" else ""
        for shift in (-1, 1, -2, 2, 3):
            name = WEEKDAYS[(i + shift) % 7]
            out.append(f"{prefix}{name}" if prefix else name)
        if answer[:1].islower() and prefix:
            out = [o[:1].lower() + o[1:] for o in out]
        elif prefix:
            out = [o[:1].upper() + o[1:] for o in out]
    elif form == "year":
        y = int(answer)
        out = [str(y + s) for s in (-1, 1, -2, 2, -3, 3, -4, 4)]
    elif form == "ago":
        word = parts[0]
        n = int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower(), 1)
        unit = parts[1].rstrip("s")
        for m in (n - 2, n + 2, n + 4, n - 4, n + 1):
            if m >= 2 and m != n:
                num = str(m) if word.isdigit() else WORDS_FOR.get(m, str(m))
                out.append(f"{num} {unit}s ago")
    elif form == "last":
        for unit in ("week", "month", "year"):
            out.append(f"{parts[0]} {unit}")
    return out


def _near_days(answer: str) -> list[str]:
    """Days near a written-out date, written out too: the same month first."""
    parts = answer.replace(",", "").split()
    month = month_index(parts[1])
    base = safe_date(int(parts[3]), month, int(parts[2])) if month else None
    if base is None:
        return []
    days = [base + timedelta(days=s) for s in (-7, 7, -1, 1, -2, 2, -14, 14, -3, 3, -21, 21)]
    days.sort(key=lambda d: d.month != base.month)  # stable: nearest of the same month first
    return [written_out(d.isoformat()) for d in days]

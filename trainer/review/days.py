"""Study days: where "today" begins and ends.

Times are stored in UTC, but a day of study is a day on the user's clock. `tz` None
means the system's local time zone (with its daylight-saving rules for each date);
tests pass a fixed zone.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from trainer.review.scheduler import as_utc


def local_date(moment: datetime, tz: tzinfo | None = None) -> date:
    return as_utc(moment).astimezone(tz).date()


def day_start(day: date, tz: tzinfo | None = None) -> datetime:
    """The first instant of `day` on the user's clock, as UTC."""
    if tz is None:
        return as_utc(datetime.combine(day, time()).astimezone())
    return as_utc(datetime.combine(day, time(), tzinfo=tz))


def today_start(now: datetime, tz: tzinfo | None = None) -> datetime:
    return day_start(local_date(now, tz), tz)


def days_later_start(now: datetime, days: int, tz: tzinfo | None = None) -> datetime:
    """The start of the day `days` after today (1: tomorrow at midnight)."""
    return day_start(local_date(now, tz) + timedelta(days=days), tz)

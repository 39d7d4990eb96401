"""The study settings: a small YAML file beside the review history.

    # <data dir>/settings.yaml
    desired_retention: 0.9    # FSRS: the chance of remembering a card when it comes due
    new_cards_per_day: 20     # new cards `trainer review` introduces per deck per day
    reviews_per_day: 200      # cards already learned `trainer review` asks per deck per day

A missing file or missing key means the default. A file that cannot be used is an
error naming the file; it is never rewritten by trainer.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trainer.review.scheduler import FsrsScheduler

SETTINGS_FILE = "settings.yaml"


class SettingsError(Exception):
    """The settings file cannot be used; the message names it."""


@dataclass(frozen=True)
class Settings:
    desired_retention: float = 0.9
    new_cards_per_day: int = 20
    reviews_per_day: int = 200  # as Anki's default "maximum reviews/day"
    fuzz: bool = True  # spread long intervals by a day or two (see scheduler.FsrsScheduler)

    def scheduler(self) -> FsrsScheduler:
        """The FSRS scheduler these settings ask for (imports fsrs)."""
        from trainer.review.scheduler import FsrsScheduler

        return FsrsScheduler(desired_retention=self.desired_retention, fuzz=self.fuzz)


def settings_path(data_dir: Path) -> Path:
    return data_dir / SETTINGS_FILE


def load_settings(data_dir: Path) -> Settings:
    path = settings_path(data_dir)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(f"{path}: cannot read settings ({exc})") from None
    from trainer import yamlio  # only for a file that exists: yaml takes a while to import

    try:
        data = yamlio.load(text)
    except yamlio.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        raise SettingsError(f"{where}: not valid YAML") from None
    if data is None:
        return Settings()
    if not isinstance(data, dict):
        raise SettingsError(f"{path}: settings must be a mapping of name: value")
    known = {f.name for f in fields(Settings)}
    for key in data:
        if key not in known:
            raise SettingsError(
                f"{path}: unknown setting {key!r} (known: {', '.join(sorted(known))})"
            )
    settings = Settings(**data)
    _check(settings, path)
    return settings


def _check(settings: Settings, path: Path) -> None:
    retention = settings.desired_retention
    if isinstance(retention, bool) or not isinstance(retention, int | float):
        raise SettingsError(f"{path}: desired_retention must be a number, e.g. 0.9")
    if not 0.7 <= retention <= 0.99:
        raise SettingsError(f"{path}: desired_retention {retention} is outside 0.7-0.99")
    per_day = settings.new_cards_per_day
    if isinstance(per_day, bool) or not isinstance(per_day, int) or per_day < 0:
        raise SettingsError(f"{path}: new_cards_per_day must be a whole number 0 or more")
    reviews = settings.reviews_per_day
    if isinstance(reviews, bool) or not isinstance(reviews, int) or reviews < 0:
        raise SettingsError(f"{path}: reviews_per_day must be a whole number 0 or more")
    if not isinstance(settings.fuzz, bool):
        raise SettingsError(f"{path}: fuzz must be true or false")

"""Fixes found on sample G (unseen news pages): library warnings, name suffixes in answers,
quote clozes on a bare given name, and the page metadata shown on the quiz's source line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.test_cli import run_cli
from trainer.decks import load_deck

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
{head}
</head>
<body>
<article>
<h1>Harbor reopens after the storm</h1>
{byline}
<p>Harbor master Anna Lind said the port of Kessel would reopen to ships on Monday after a
week of repairs to the main quay.</p>
<p>"We lost two cranes and most of the fencing, but the quay itself held," Lind said during a
briefing at the port office that afternoon.</p>
<p>"The ferries come back first and the container ships follow a day later," Lind added,
pointing to the new timetable posted at the gate.</p>
<p>The storm struck the coast on October 20 and closed the port for nine days.</p>
</article>
</body>
</html>
"""


def page(title: str = "Harbor reopens after the storm", head: str = "", byline: str = "") -> str:
    return PAGE.format(title=title, head=head, byline=byline)


# -- 1. a page's date with a US time zone abbreviation -------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("2016-12-13T15:45:00CST", date(2016, 12, 13)),
        ("2016-12-16T23:05:00PST", date(2016, 12, 16)),  # the local day, not the UTC one
    ],
)
def test_a_date_with_a_zone_abbreviation_is_read_without_a_library_warning(
    tmp_path: Path, stamp: str, day: date
):
    article = tmp_path / "harbor.html"
    byline = f'<div><time itemprop="datePublished" datetime="{stamp}"></time></div>'
    article.write_text(page(byline=byline), encoding="utf-8")
    out = tmp_path / "harbor.deck.yaml"
    result = run_cli("generate", str(article), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "Warning" not in result.stderr and "warn" not in result.stderr.lower()
    assert load_deck(out).sources[0].published == day

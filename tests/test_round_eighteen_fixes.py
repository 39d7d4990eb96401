"""Faults of the eighteenth round (issue 10), from samples Q11 to Q14: a page dated by an
advert's script, definites and pronouns that lean on sentences the card does not show. Each
test fails without its rule."""

from __future__ import annotations

from datetime import date

import pytest

from trainer.articles import article_from_html

pytestmark = pytest.mark.slow

SUNS = (
    "<html><head><title>Suns beat Lakers</title></head><body><article><h1>Suns beat Lakers</h1>"
    "<p>Leandro Barbosa scored 22 points on Thursday to lead a balanced Phoenix attack as the "
    "Suns beat the Lakers 106-98 at the Staples Center.</p><p>Amare Stoudemire added 20 points "
    "and 11 rebounds for the Suns, who won for the fifth time in six games.</p><p>Kobe Bryant "
    "scored 30 points for the Lakers, who had won three straight games at home.</p></article>"
    "<footer>{footer}</footer></body></html>"
)
AD = '<script>\ngoogle_ad_type = "text_image";\n//2006-11-24: Banner\ngoogle_ad_channel = "39";\n</script>'


@pytest.mark.parametrize(
    ("footer", "published"),
    [
        # the day an advert's banner was set up, in its script's comment (samples Q11, Q14)
        (AD, None),
        # the same day shown to the reader, or kept in a script's data, is the page's
        (AD + "<p>Posted 2006-11-24</p>", date(2006, 11, 24)),
        ("<script>\nvar published = '2006-11-24';\n</script>", date(2006, 11, 24)),
    ],
)
def test_a_date_in_a_script_s_comment_is_not_the_page_s(footer: str, published) -> None:
    assert article_from_html(SUNS.format(footer=footer), "t.html").published == published

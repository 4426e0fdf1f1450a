"""The year of a wire dateline that gives only a month and a day ("LAGOS, July 4 (Reuters) -")."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.stages.article_date import publication_date


@pytest.mark.parametrize(
    "text",
    [
        "LAGOS, July 4 (Reuters) - Police dispersed a march.\n\nThe state has seen unrest since 2009.",
        "DHAKA, June 9 (AFP) - Workers blocked a highway, the first protest since the 2013 factory collapse.",
        "QUITO, May 2 (AP) - Farmers marched on Monday. Their union was founded on 14 September 1998.",
        # two full dates near the day that disagree on the year: no guess
        "SUVA, Oct 3 (Reuters) - Talks resumed. Earlier rounds ended on Sept. 20, 2011 and Sept. 25, 2012.",
    ],
)
def test_a_year_of_the_background_does_not_date_a_yearless_dateline(text: str) -> None:
    assert publication_date(text) == (None, "none")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LAGOS, July 4 (Reuters) - The vote set for July 20, 2019 was postponed again.", date(2019, 7, 4)),
        ("DHAKA, June 9 (AFP) - Strikes have spread since the May 30, 2016 wage deal.", date(2016, 6, 9)),
        ("QUITO, Jan 3 (AP) - Fuel prices have risen since Dec. 28, 2015.", date(2016, 1, 3)),
        ("SUVA, Oct 3 (Reuters) - Talks resumed.\n\nCopyright 2012 The Wire", date(2012, 10, 3)),
    ],
)
def test_a_full_date_near_the_dateline_day_gives_its_year(text: str, expected: date) -> None:
    assert publication_date(text) == (expected, "dateline")

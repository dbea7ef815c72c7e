import datetime

import pytest
from django.utils import translation

from tests.builders import local
from wagtail_ledelsesugen.dates import (
    day_bounds,
    format_span,
    iso_week_has,
    working_days,
)


@pytest.mark.parametrize(
    ("year", "first", "last"),
    [
        (2021, datetime.date(2021, 11, 1), datetime.date(2021, 11, 5)),
        (2022, datetime.date(2022, 10, 31), datetime.date(2022, 11, 4)),
        (2025, datetime.date(2025, 10, 27), datetime.date(2025, 10, 31)),
        (2026, datetime.date(2026, 10, 26), datetime.date(2026, 10, 30)),
        (2027, datetime.date(2027, 11, 1), datetime.date(2027, 11, 5)),
    ],
)
def test_week_44_working_days(year, first, last):
    days = working_days(year, 44)
    assert days[0] == first
    assert days[-1] == last
    assert len(days) == 5
    assert [day.isoweekday() for day in days] == [1, 2, 3, 4, 5]


def test_week_53_exists_only_in_long_years():
    assert iso_week_has(2026, 53)
    assert not iso_week_has(2027, 53)
    assert not iso_week_has(2027, 0)


def test_day_bounds_are_local_midnights():
    start, end = day_bounds(datetime.date(2026, 10, 25))
    # The night Denmark leaves summer time: that day has 25 hours.
    assert end.astimezone(datetime.UTC) - start.astimezone(
        datetime.UTC
    ) == datetime.timedelta(hours=25)
    assert start.utcoffset() == datetime.timedelta(hours=2)


def test_format_span_in_english():
    with translation.override("en"):
        text = format_span(local(2026, 10, 27, 9, 0), local(2026, 10, 27, 11, 30))
    assert text == "Tuesday 27 October 2026, 09:00–11:30"


def test_format_span_in_danish():
    with translation.override("da"):
        text = format_span(local(2026, 10, 27, 9, 0), local(2026, 10, 27, 11, 30))
    assert text == "tirsdag den 27. oktober 2026 kl. 9.00-11.30"


def test_format_span_converts_to_copenhagen_time():
    utc = datetime.UTC
    start = datetime.datetime(2026, 10, 27, 8, 0, tzinfo=utc)
    with translation.override("en"):
        text = format_span(start, start + datetime.timedelta(hours=1))
    assert text == "Tuesday 27 October 2026, 09:00–10:00"


def test_format_span_over_several_days():
    with translation.override("en"):
        text = format_span(local(2026, 10, 27, 9, 0), local(2026, 10, 28, 16, 0))
    assert text == "Tuesday 27 October 2026, 09:00 to Wednesday 28 October 2026, 16:00"


def test_format_moment_is_local():
    from wagtail_ledelsesugen.dates import format_moment

    late_evening_utc = datetime.datetime(2026, 10, 22, 23, 30, tzinfo=datetime.UTC)
    with translation.override("en"):
        assert format_moment(late_evening_utc) == "Friday 23 October 2026, 01:30"
    with translation.override("da"):
        assert format_moment(late_evening_utc) == (
            "fredag den 23. oktober 2026 kl. 1.30"
        )

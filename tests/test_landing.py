import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.models import Site

from tests.builders import make_event, make_programme, make_week, root_page
from wagtail_ledelsesugen.models import FeaturedItem, LeadershipWeekSettings
from wagtail_ledelsesugen.models.landing import WeekPhase, default_year


@pytest.fixture
def week(db):
    return make_week(title="Ledelsesugen 2027", year=2027)


def test_days_are_computed_from_the_iso_week(week):
    assert week.first_day == datetime.date(2027, 11, 1)
    assert week.last_day == datetime.date(2027, 11, 5)
    assert len(week.days) == 5


@pytest.mark.parametrize(
    ("today", "phase", "days_until"),
    [
        (datetime.date(2027, 9, 1), WeekPhase.BEFORE, 61),
        (datetime.date(2027, 10, 31), WeekPhase.BEFORE, 1),
        (datetime.date(2027, 11, 1), WeekPhase.DURING, 0),
        (datetime.date(2027, 11, 5), WeekPhase.DURING, -4),
        (datetime.date(2027, 11, 6), WeekPhase.AFTER, -5),
    ],
)
def test_phase_before_during_after(week, today, phase, days_until):
    assert week.phase(today) == phase
    assert week.days_until(today) == days_until


def test_week_that_the_year_does_not_have_is_refused(db):
    page = make_week(title="Uge 53", slug="uge-53", year=2026, week=53)
    page.full_clean()
    page.year = 2027
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert error.value.message_dict["week"] == ["2027 has no ISO week 53."]


def test_default_year_is_the_next_week_44_not_yet_over(monkeypatch):
    from wagtail_ledelsesugen.models import landing

    monkeypatch.setattr(landing, "local_today", lambda: datetime.date(2026, 10, 30))
    assert default_year() == 2026
    monkeypatch.setattr(landing, "local_today", lambda: datetime.date(2026, 10, 31))
    assert default_year() == 2027


def test_landing_page_before_the_week(client, monkeypatch, db):
    week = make_week(title="Ledelsesugen 2099", slug="lu-2099", year=2099)
    response = client.get(week.url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    status = soup.select_one(".lu-phase").get_text(strip=True)
    assert status == f"Leadership Week starts in {week.days_until()} days."
    kicker = soup.select_one(".lu-kicker").get_text(" ", strip=True)
    assert kicker.startswith("Week 44")
    assert "Monday 26 October 2099" in kicker


def test_landing_page_after_the_week(client, db):
    week = make_week(title="Ledelsesugen 2019", slug="lu-2019", year=2019)
    response = client.get(week.url)
    assert b"Leadership Week is over. See what happened." in response.content


def test_landing_page_links_its_programme_and_featured_pages(
    client, week, django_assert_max_num_queries
):
    programme = make_programme(parent=week)
    events = [make_event(programme, title=f"Udvalgt {n}") for n in range(3)]
    week.featured_items = [
        FeaturedItem(featured_page=event, heading="Se her" if n == 0 else "")
        for n, event in enumerate(events)
    ]
    week.save_revision().publish()
    client.get(week.url)
    with django_assert_max_num_queries(15):
        response = client.get(week.url)
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one(".lu-hero .lu-button")["href"] == programme.url
    cards = [a.get_text() for a in soup.select(".lu-card__title a")]
    assert cards == ["Se her", "Udvalgt 1", "Udvalgt 2"]


def test_unpublished_featured_pages_are_left_out(client, week):
    programme = make_programme(parent=week)
    draft = make_event(programme, title="Kladde", publish=False)
    week.featured_items = [FeaturedItem(featured_page=draft)]
    week.save_revision().publish()
    assert b"Kladde" not in client.get(week.url).content


def test_default_programme_from_site_settings(client, week):
    elsewhere = make_programme(parent=root_page(), title="Det nationale program")
    settings = LeadershipWeekSettings.for_site(Site.objects.get(is_default_site=True))
    settings.default_programme_page = elsewhere
    settings.contact_email = "ledelsesugen@example.dk"
    settings.save()
    soup = BeautifulSoup(client.get(week.url).content, "html.parser")
    assert soup.select_one(".lu-hero .lu-button")["href"] == elsewhere.url
    assert soup.select_one('a[href="mailto:ledelsesugen@example.dk"]')

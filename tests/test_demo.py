"""The ``ledelsesugen_demo`` management command."""

import datetime
import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page

from wagtail_ledelsesugen.choices import Audience, EventFormat, EventMode, Region
from wagtail_ledelsesugen.demo import events as demo_content
from wagtail_ledelsesugen.models import (
    EventIndexPage,
    EventOrganiser,
    EventPage,
    EventSignupQuestion,
    EventSpeaker,
    FeaturedItem,
    LeadershipWeekPage,
    LeadershipWeekSettings,
    Organisation,
    Person,
    Signup,
    Theme,
)
from wagtail_ledelsesugen.models.landing import default_year

pytestmark = pytest.mark.django_db


def run_demo(*args):
    """Run the command and return what it printed."""
    out = io.StringIO()
    call_command("ledelsesugen_demo", *args, stdout=out)
    return out.getvalue()


def object_counts():
    models = [
        Page,
        Theme,
        Organisation,
        Person,
        EventSpeaker,
        EventOrganiser,
        FeaturedItem,
        LeadershipWeekSettings,
        Signup,
        EventSignupQuestion,
    ]
    return {model.__name__: model.objects.count() for model in models}


@pytest.fixture
def week():
    run_demo()
    return LeadershipWeekPage.objects.get(year=default_year())


@pytest.fixture
def events(week):
    return list(EventPage.objects.live().descendant_of(week))


def test_builds_the_coming_week_with_a_programme(week, events):
    programme = EventIndexPage.objects.child_of(week).get()

    assert week.year == default_year()
    assert week.week == 44
    assert week.live and week.show_in_menus
    assert programme.live and programme.title == "Program"
    assert len(events) >= 25
    assert all(event.get_parent().pk == programme.pk for event in events)
    assert [page for _item, page in week.get_featured()]


def test_the_week_after_week_44_gives_next_years_dates(monkeypatch):
    monkeypatch.setattr(
        "wagtail_ledelsesugen.models.landing.local_today",
        lambda: datetime.date(2026, 11, 27),
    )
    run_demo()

    week = LeadershipWeekPage.objects.get(year=2027)
    days = {event.local_start.date() for event in EventPage.objects.descendant_of(week)}
    assert (week.year, week.slug) == (2027, "ledelsesugen-2027")
    assert min(days) == datetime.date(2027, 11, 1)
    assert max(days) == datetime.date(2027, 11, 5)


def test_events_cover_every_format_mode_region_audience_and_theme(events):
    audience = {value for event in events for value in event.audience}
    themes_used = {theme.pk for event in events for theme in event.themes.all()}

    assert {event.format for event in events} == set(EventFormat.values)
    assert {event.mode for event in events} == set(EventMode.values)
    assert {event.region for event in events} - {""} == set(Region.values)
    assert audience == set(Audience.values)
    assert themes_used == set(Theme.objects.values_list("pk", flat=True))
    assert Theme.objects.count() >= 8


def test_events_fall_on_all_five_working_days(week, events):
    assert {event.local_start.date() for event in events} == set(week.days)
    assert any(event.is_multi_day for event in events)
    assert all(
        week.first_day <= event.local_end.date() <= week.last_day for event in events
    )


def test_events_vary_in_price_signup_organisers_and_content(events):
    organiser_counts = {len(event.organisers) for event in events}
    block_types = {block.block_type for event in events for block in event.body}

    assert {event.capacity is None for event in events} == {True, False}
    assert any(event.signup_deadline for event in events)
    assert any(event.external_signup_url for event in events)
    assert sum(event.price == "Gratis" for event in events) > len(events) / 2
    assert any(event.price.startswith("1.200 kr.") for event in events)
    assert organiser_counts == {1, 2}
    assert any(link.role for event in events for link in event.speaker_links)
    assert any(event.subtitle for event in events)
    assert any(event.title.endswith("?") for event in events)
    assert all(event.intro for event in events)
    assert {"paragraph", "agenda"} <= block_types


def test_agenda_speakers_are_people(events):
    agendas = [
        block.value
        for event in events
        for block in event.body
        if block.block_type == "agenda"
    ]
    speakers = [
        person
        for agenda in agendas
        for row in agenda["items"]
        for person in row["speakers"]
    ]

    assert speakers
    assert all(isinstance(person, Person) for person in speakers)


def test_every_event_passes_full_clean(events):
    for event in events:
        event.full_clean()


def test_times_are_local_and_sensible(events):
    for event in events:
        assert event.local_start.tzinfo is not None
        assert 8 <= event.local_start.hour <= 16
        assert event.local_end > event.local_start


def test_fills_in_the_site_settings(week):
    programme = EventIndexPage.objects.child_of(week).get()
    settings = LeadershipWeekSettings.objects.get()

    assert settings.contact_email == "ledelsesugen@example.dk"
    assert settings.linkedin_url.startswith("https://www.linkedin.com/")
    assert settings.default_programme_page_id == programme.pk


def test_snippets_are_realistic(week):
    assert Organisation.objects.count() >= 12
    assert Person.objects.count() >= 15
    assert {org.sector for org in Organisation.objects.all()} >= {
        "municipality",
        "region",
        "state",
        "other",
    }
    assert all(person.job_title and person.bio for person in Person.objects.all())


def test_running_twice_creates_nothing_new():
    run_demo()
    counts = object_counts()

    output = run_demo()

    assert object_counts() == counts
    assert set(re.findall(r"(\d+) created", output)) == {"0"}
    assert "site settings: already filled in" in output


def test_keeps_an_editors_changes(week):
    event = EventPage.objects.descendant_of(week).first()
    event.title = "Ændret af en redaktør"
    event.save_revision().publish()

    run_demo()

    event.refresh_from_db()
    assert event.title == "Ændret af en redaktør"


def test_prints_the_addresses_of_the_landing_page_and_programme():
    output = run_demo()

    year = default_year()
    assert f"http://127.0.0.1:8000/ledelsesugen-{year}/\n" in output
    assert f"http://127.0.0.1:8000/ledelsesugen-{year}/program/\n" in output


def test_without_with_admin_creates_no_user():
    output = run_demo()

    assert not get_user_model().objects.exists()
    assert "admin/" not in output


def test_with_admin_creates_the_superuser_once_and_prints_the_login():
    first = run_demo("--with-admin")
    second = run_demo("--with-admin")

    user = get_user_model().objects.get()
    assert user.username == "admin" and user.is_superuser
    assert user.check_password("ledelsesugen")
    assert "http://127.0.0.1:8000/admin/" in first
    assert "'admin'" in first and "'ledelsesugen'" in first
    assert "already exists" in second


def test_with_admin_leaves_an_existing_admin_alone(django_user_model):
    django_user_model.objects.create_user("admin", password="hemmeligt")

    output = run_demo("--with-admin")

    user = django_user_model.objects.get()
    assert user.check_password("hemmeligt") and not user.is_superuser
    assert "password" not in output


def test_events_with_seats_take_signups_and_one_is_fully_booked(events):
    on_page = [event for event in events if event.signup_form_enabled]
    assert on_page
    for event in on_page:
        assert event.capacity and not event.external_signup_url
        assert event.signup_questions.count() == len(demo_content.SIGNUP_QUESTIONS)
    full = next(event for event in events if event.slug == demo_content.FULL_EVENT)
    assert full.signup_state() == "waitlist"
    assert full.signup_counts() == {"confirmed": full.capacity, "waitlisted": 2}


def test_the_sections_are_in_the_home_pages_menu(week):
    menu = [page.title for page in week.get_parent().get_children().in_menu()]
    assert menu == [
        week.title,
        "Startkits",
        "Debat og artikler",
        "Video og lyd",
    ]

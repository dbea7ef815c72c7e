"""Builders for test data: each takes overrides for any field."""

import datetime
import itertools
from zoneinfo import ZoneInfo

from wagtail.models import Locale, Page

from wagtail_ledelsesugen.models import (
    EventIndexPage,
    EventOrganiser,
    EventPage,
    EventSpeaker,
    LeadershipWeekPage,
    Organisation,
    Person,
    Theme,
)

CPH = ZoneInfo("Europe/Copenhagen")
_counter = itertools.count(1)


def local(*args):
    """An aware datetime in Copenhagen time: local(2026, 10, 27, 9, 0)."""
    return datetime.datetime(*args, tzinfo=CPH)


def days_ahead(days, hour=9, minute=0):
    """An aware datetime ``days`` from today at ``hour:minute`` Copenhagen time."""
    day = datetime.datetime.now(CPH).date() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=CPH)


def root_page():
    return Page.get_first_root_node().get_children().first()


def make_theme(name="Ledertrivsel", slug=None, **kwargs):
    return Theme.objects.create(name=name, slug=slug or _slug(name), **kwargs)


def make_organisation(name="Aarhus Kommune", slug=None, **kwargs):
    kwargs.setdefault("sector", "municipality")
    return Organisation.objects.create(name=name, slug=slug or _slug(name), **kwargs)


def make_person(name="Mette Hansen", slug=None, **kwargs):
    kwargs.setdefault("job_title", "Direktør")
    return Person.objects.create(name=name, slug=slug or _slug(name), **kwargs)


def make_week(parent=None, **kwargs):
    parent = parent or root_page()
    kwargs.setdefault("title", "Ledelsesugen 2026")
    kwargs.setdefault("year", 2026)
    page = LeadershipWeekPage(**kwargs)
    parent.add_child(instance=page)
    return page


def make_programme(parent=None, **kwargs):
    parent = parent or root_page()
    kwargs.setdefault("title", "Program")
    kwargs.setdefault("slug", f"program-{next(_counter)}")
    page = EventIndexPage(**kwargs)
    parent.add_child(instance=page)
    return page


def make_event(
    programme, themes=(), organisers=None, speakers=(), publish=True, **kwargs
):
    """An event under ``programme``; it gets a main organiser unless given some."""
    number = next(_counter)
    kwargs.setdefault("title", f"Arrangement {number}")
    kwargs.setdefault("slug", f"arrangement-{number}")
    kwargs.setdefault("start", days_ahead(30))
    kwargs.setdefault("end", kwargs["start"] + datetime.timedelta(hours=2))
    kwargs.setdefault("format", "talk")
    kwargs.setdefault("mode", "physical")
    kwargs.setdefault("venue_name", "Dokk1")
    kwargs.setdefault("city", "Aarhus")
    kwargs.setdefault("region", "midtjylland")
    if organisers is None:
        organisers = [make_organisation(f"Organisation {number}")]
    event = EventPage(themes=list(themes), **kwargs)
    event.organiser_links = [EventOrganiser(organisation=org) for org in organisers]
    event.speakers = [EventSpeaker(person=person) for person in speakers]
    event.live = publish
    programme.add_child(instance=event)
    return event


def default_locale():
    return Locale.get_default()


def _slug(name):
    from django.utils.text import slugify

    return slugify(name, allow_unicode=True)


def make_signup_event(programme, questions=(), **kwargs):
    """An event taking signups on its page; ``questions``: (label, type, extra)."""
    from wagtail_ledelsesugen.models import EventSignupQuestion

    kwargs.setdefault("signup_form_enabled", True)
    kwargs.setdefault("start", days_ahead(10))
    event = make_event(programme, publish=False, **kwargs)
    event.signup_questions = [
        EventSignupQuestion(label=label, field_type=field_type, **extra)
        for label, field_type, extra in questions
    ]
    event.save_revision().publish()
    event.refresh_from_db()
    return event


def signup_data(**overrides):
    """A valid POST for a signup form, with a start time that passes the check."""
    import time

    from django.core import signing

    from wagtail_ledelsesugen.signup.forms import TIMESTAMP_SALT

    data = {
        "name": "Mette Hansen",
        "email": "mette@example.org",
        "organisation": "Aarhus Kommune",
        "job_title": "Direktør",
        "consent": "on",
        "started": signing.dumps(time.time() - 60, salt=TIMESTAMP_SALT),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}

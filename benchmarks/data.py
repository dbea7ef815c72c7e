"""The benchmark's programme, built in bulk: snippets, event pages and signups.

Saving and publishing one page at a time takes minutes for 5,000 events, so
the rows are inserted directly: the treebeard paths are computed here, the
``wagtailcore_page`` rows go in with ``bulk_create`` and the ``EventPage``
rows after them with the same primary keys (Django will not bulk-create a
model with a concrete parent).
"""

import datetime
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from wagtail_ledelsesugen.choices import Audience, EventFormat, EventMode, Region
from wagtail_ledelsesugen.models import (
    EventIndexPage,
    EventOrganiser,
    EventPage,
    EventSignupQuestion,
    EventSpeaker,
    Organisation,
    Person,
    Signup,
    SignupList,
    SignupStatus,
    Theme,
)

THEMES = 12
ORGANISATIONS = 100
PEOPLE = 300
BATCH = 500

# Signup state by event number modulo 4: open with seats, full with a waiting
# list, open without a seat limit, and signup on the organiser's own site.
OPEN, FULL, UNLIMITED, EXTERNAL = range(4)

BASELINE_C_TABLE = "bench_baseline_signup"
QUESTION = "hvilken_sektor_kommer_du_fra"


@dataclass
class Programme:
    """What the timed rows need to know about the built programme."""

    index: EventIndexPage
    open_event_id: int
    open_event_slug: str
    theme_slug: str


def ensure_site():
    """What Wagtail's data migrations make, for a schema made from the models:
    the default locale, a root page, a home page under it and the default site."""
    if Site.objects.exists():
        return
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root")
    home = root.get_first_child()
    if home is None:
        home = root.add_child(instance=Page(title="Ledelsesugen", slug="home"))
    Site.objects.create(
        hostname="localhost", root_page=home, is_default_site=True, site_name="Bench"
    )


def build_programme(size, slug="program"):
    """A programme page of ``size`` events with snippets and signup state."""
    ensure_site()
    with transaction.atomic():
        themes, organisations, people = build_snippets()
        index = add_index(slug, "Program")
        events = bulk_add_events(
            index, [event_fields(number) for number in range(size)]
        )
        link_events(events, themes, organisations, people)
        add_signups(events)
        create_baseline_c_table()
    analyze()
    open_event = next(
        event
        for event in events
        if event.signup_form_enabled and event.capacity and event.end > timezone.now()
    )
    return Programme(index, open_event.pk, open_event.slug, themes[0].slug)


def build_signup_events(count, capacity, slug):
    """``count`` events taking signups with ``capacity`` seats and a waiting list,
    under a programme of their own, so the timed programme stays as it is."""
    with transaction.atomic():
        index = add_index(slug, "Tilmeldingsdag")
        organisation = Organisation.objects.first()
        events = bulk_add_events(
            index,
            [
                {
                    **event_fields(number),
                    "signup_form_enabled": True,
                    "capacity": capacity,
                    "waitlist_enabled": True,
                    "external_signup_url": "",
                    "start": timezone.now() + datetime.timedelta(days=30),
                    "end": timezone.now() + datetime.timedelta(days=30, hours=2),
                }
                for number in range(count)
            ],
        )
        EventOrganiser.objects.bulk_create(
            EventOrganiser(page=event, organisation=organisation, sort_order=0)
            for event in events
        )
        SignupList.objects.bulk_create(
            SignupList(translation_key=event.translation_key) for event in events
        )
        add_questions(events)
    return events


def build_snippets():
    """Themes, organisations and people, the same whatever the programme's size."""
    locale = Locale.get_default()
    themes = Theme.objects.bulk_create(
        Theme(locale=locale, name=f"Tema {n}", slug=f"tema-{n}") for n in range(THEMES)
    )
    organisations = Organisation.objects.bulk_create(
        Organisation(
            locale=locale,
            name=f"Organisation {n}",
            slug=f"organisation-{n}",
            sector="municipality",
            website=f"https://org{n}.example.dk/",
        )
        for n in range(ORGANISATIONS)
    )
    people = Person.objects.bulk_create(
        Person(
            locale=locale,
            name=f"Person {n}",
            slug=f"person-{n}",
            job_title="Direktør",
            organisation=organisations[n % ORGANISATIONS],
        )
        for n in range(PEOPLE)
    )
    return themes, organisations, people


def add_index(slug, title):
    """A programme page under the default site's home page, saved the usual way."""
    home = Site.objects.get(is_default_site=True).root_page
    index = EventIndexPage(title=title, slug=slug, intro="Hele programmet.")
    home.add_child(instance=index)
    return index


FORMATS = list(EventFormat.values)
MODES = list(EventMode.values)
REGIONS = list(Region.values)
AUDIENCES = list(Audience.values)


def event_fields(number):
    """The fields of event ``number``: spread over 90 days, about one in six past."""
    today = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
    start = today + datetime.timedelta(
        days=(number * 37) % 90 - 15, hours=8 + number % 9
    )
    mode = MODES[number % len(MODES)]
    physical = mode != EventMode.ONLINE
    state = number % 4
    return {
        "title": f"Arrangement {number}: ledelse i praksis",
        "slug": f"arrangement-{number}",
        "subtitle": "Om at lede ledere",
        "start": start,
        "end": start + datetime.timedelta(hours=2),
        "format": FORMATS[number % len(FORMATS)],
        "mode": mode,
        "venue_name": "Rådhuset" if physical else "",
        "street_address": "Rådhuspladsen 1" if physical else "",
        "postcode": "8000" if physical else "",
        "city": "Aarhus" if physical else "",
        "region": REGIONS[number % len(REGIONS)],
        "online_url": "" if mode == EventMode.PHYSICAL else "https://meet.example.dk/",
        "audience": [AUDIENCES[number % 3], AUDIENCES[3 + number % 4]],
        "price": "Gratis",
        "intro": "En formiddag om offentlig ledelse, trivsel og samarbejde.",
        "body": [
            ("heading", "Program"),
            ("paragraph", "<p>Vi mødes og taler om <b>ledelse</b>.</p>" * 3),
        ],
        "signup_form_enabled": state in (OPEN, FULL, UNLIMITED),
        "capacity": {OPEN: 40, FULL: 10}.get(state),
        "waitlist_enabled": True,
        "external_signup_url": (
            "https://tilmelding.example.dk/" if state == EXTERNAL else ""
        ),
    }


def bulk_add_events(index, rows):
    """Insert event pages under ``index`` from dicts of their own fields."""
    now = timezone.now()
    locale = Locale.get_default()
    content_type = ContentType.objects.get_for_model(EventPage)
    start_step = index.numchild + 1
    events = []
    for step, fields in enumerate(rows, start=start_step):
        event = EventPage(
            **fields,
            path=index.path + EventPage._int2str(step).rjust(EventPage.steplen, "0"),
            depth=index.depth + 1,
            numchild=0,
            url_path=f"{index.url_path}{fields['slug']}/",
            draft_title=fields["title"],
            content_type=content_type,
            locale=locale,
            translation_key=uuid.uuid4(),
            live=True,
            has_unpublished_changes=False,
            first_published_at=now,
            last_published_at=now,
        )
        events.append(event)
    page_fields = [
        field for field in Page._meta.concrete_fields if not field.primary_key
    ]
    for start in range(0, len(events), BATCH):
        batch = events[start : start + BATCH]
        base_rows = Page.objects.bulk_create(
            Page(
                **{
                    field.attname: getattr(event, field.attname)
                    for field in page_fields
                }
            )
            for event in batch
        )
        for event, base in zip(batch, base_rows, strict=True):
            event.pk = event.page_ptr_id = base.pk
        EventPage._base_manager._insert(
            batch, fields=EventPage._meta.local_concrete_fields
        )
    Page.objects.filter(pk=index.pk).update(numchild=index.numchild + len(events))
    index.numchild += len(events)
    return events


def link_events(events, themes, organisations, people):
    """Two themes, one or two organisers and two speakers per event; and one
    optional question on each event that takes signups on its page."""
    locale = Locale.get_default()
    Through = EventPage.themes.through
    Through.objects.bulk_create(
        (
            Through(eventpage_id=event.pk, theme_id=theme.pk)
            for number, event in enumerate(events)
            for theme in (themes[number % THEMES], themes[(number + 5) % THEMES])
        ),
        batch_size=BATCH,
    )
    EventOrganiser.objects.bulk_create(
        (
            EventOrganiser(
                page_id=event.pk,
                organisation=organisations[(number + offset) % ORGANISATIONS],
                sort_order=offset,
            )
            for number, event in enumerate(events)
            for offset in range(1 + (number % 3 == 0))
        ),
        batch_size=BATCH,
    )
    EventSpeaker.objects.bulk_create(
        (
            EventSpeaker(
                page_id=event.pk,
                person=people[(2 * number + offset) % PEOPLE],
                role="Oplægsholder",
                sort_order=offset,
                locale=locale,
                translation_key=uuid.uuid4(),
            )
            for number, event in enumerate(events)
            for offset in range(2)
        ),
        batch_size=BATCH,
    )
    add_questions(event for event in events if event.signup_form_enabled)


def add_questions(events):
    """One optional drop-down question on each of ``events``."""
    locale = Locale.get_default()
    EventSignupQuestion.objects.bulk_create(
        (
            EventSignupQuestion(
                page_id=event.pk,
                label="Hvilken sektor kommer du fra?",
                clean_name=QUESTION,
                field_type="dropdown",
                required=False,
                choices="Kommune\nRegion\nStat",
                sort_order=0,
                locale=locale,
                translation_key=uuid.uuid4(),
            )
            for event in events
        ),
        batch_size=BATCH,
    )


def add_signups(events):
    """Signups by each event's state: open events have a few, full events all
    their seats taken and two on the waiting list."""
    lists = SignupList.objects.bulk_create(
        (
            SignupList(translation_key=event.translation_key)
            for event in events
            if event.signup_form_enabled
        ),
        batch_size=BATCH,
    )
    list_by_key = {signup_list.translation_key: signup_list for signup_list in lists}
    locale = Locale.get_default()
    signups = []
    for event in events:
        if not event.signup_form_enabled:
            continue
        confirmed = event.capacity if event.capacity == 10 else 3
        waiting = 2 if event.capacity == 10 else 0
        for n in range(confirmed + waiting):
            signups.append(
                Signup(
                    signup_list=list_by_key[event.translation_key],
                    page_id=event.pk,
                    locale=locale,
                    status=(
                        SignupStatus.CONFIRMED
                        if n < confirmed
                        else SignupStatus.WAITLISTED
                    ),
                    waitlist_position=n - confirmed + 1 if n >= confirmed else None,
                    name=f"Deltager {n}",
                    email=f"deltager{n}.{event.pk}@example.dk",
                    consent_text="Ja tak.",
                )
            )
    Signup.objects.bulk_create(signups, batch_size=BATCH)


def analyze():
    """Refresh the planner's statistics, as autovacuum would after a while:
    without them the database plans for the empty tables it was cloned with."""
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def create_baseline_c_table():
    """The plain table Baseline C inserts into, made without a migration."""
    key = (
        "integer PRIMARY KEY AUTOINCREMENT"
        if connection.vendor == "sqlite"
        else "bigserial PRIMARY KEY"
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"CREATE TABLE IF NOT EXISTS {BASELINE_C_TABLE} ("
            f"id {key}, event_id integer NOT NULL, name varchar(255) NOT NULL, "
            "email varchar(254) NOT NULL, created_at timestamp NOT NULL)"
        )

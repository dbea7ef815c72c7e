"""The demo builder: what ``manage.py ledelsesugen_demo`` creates, and how.

``DemoBuilder`` creates the coming year's Leadership Week page with a
programme of events, the themes, organisations and people they refer to, and
the site settings, in Danish; each other section of the site comes from the
``build(builder)`` of its module in this package. ``add_english`` then makes
English versions of the home page, the snippets and the pages with
wagtail-localize, as an editor would (``translation``). Running it again
creates only what is missing and leaves the rest alone. Nothing the app runs
imports this package: only the command and the tests do.
"""

import datetime
from collections import Counter
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.utils.html import format_html
from django.utils.text import slugify

from ..choices import EventMode
from ..models import (
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
from ..models.landing import default_year
from . import articles as demo_articles
from . import english
from . import events as demo
from . import media as demo_media
from . import startkits as demo_startkits
from .translation import DemoTranslator, list_items

COPENHAGEN = ZoneInfo("Europe/Copenhagen")
ADMIN_USERNAME = "admin"
ADMIN_PASSWORD = "ledelsesugen"
ADMIN_EMAIL = "admin@example.dk"
SIGNUP_DEADLINE_TIME = datetime.time(12, 0)
# Set by add_child, so a page not yet in the tree cannot be validated on them.
TREE_FIELDS = ["path", "depth"]


class Tally:
    """Per kind of object, how many were created and how many were already there."""

    def __init__(self):
        self.counts = {}

    def record(self, kind, created, count=1):
        key = "created" if created else "present"
        self.counts.setdefault(kind, Counter())[key] += count

    def lines(self):
        for kind, counts in self.counts.items():
            yield (
                f"  {kind}: {counts['created']} created, "
                f"{counts['present']} already present"
            )


class DemoBuilder:
    """Creates the demo content missing from ``site`` and counts what it finds."""

    def __init__(self, site, tally):
        self.site = site
        self.locale = site.root_page.locale
        self.tally = tally
        self.themes = {}
        self.organisations = {}
        self.people = {}
        self.filled_settings = []
        # (object, kind, its English texts), parents before children.
        self.translatable = []

    def build(self):
        """Build everything; return the Leadership Week page and its programme."""
        self.add_snippets()
        week = self.week_page()
        week = self.add_page(
            self.site.root_page, week, "landing pages", english.week(week)
        )
        programme = self.programme_page()
        programme = self.add_page(
            week, programme, "programmes", english.programme(programme)
        )
        events = {
            event.slug: self.add_page(
                programme,
                self.event_page(event, week.days),
                "events",
                english.event(event),
            )
            for event in demo.EVENTS
        }
        self.feature_events(week, events)
        self.fill_event(events[demo.FULL_EVENT])
        self.fill_in_settings(programme)
        for section in (demo_startkits, demo_articles, demo_media):
            section.build(self)
        return week, programme

    def add_snippets(self):
        """Themes, organisations and people, each looked up by slug."""
        for theme in demo.THEMES:
            self.themes[theme.slug] = self.get_or_create_snippet(
                Theme,
                "themes",
                theme.slug,
                english.theme(theme),
                name=theme.name,
                description=theme.description,
            )
        for org in demo.ORGANISATIONS:
            self.organisations[org.slug] = self.get_or_create_snippet(
                Organisation,
                "organisations",
                org.slug,
                english.organisation(org),
                name=org.name,
                sector=org.sector,
                website=org.website,
            )
        for person in demo.PEOPLE:
            self.people[person.slug] = self.get_or_create_snippet(
                Person,
                "people",
                person.slug,
                english.person(person),
                name=person.name,
                job_title=person.job_title,
                organisation=self.organisations.get(person.organisation),
                bio=person.bio,
            )

    def get_or_create_snippet(self, model, kind, slug, english_texts, **fields):
        """The snippet with ``slug`` in the site's locale, created from ``fields``.

        ``english_texts`` maps its Danish wording to English, for its translation.
        """
        snippet, created = model.objects.get_or_create(
            locale=self.locale, slug=slug, defaults=fields
        )
        self.tally.record(kind, created)
        self.translatable.append((snippet, kind, english_texts))
        return snippet

    def add_page(self, parent, page, kind, english_texts):
        """The child of ``parent`` with the slug of ``page``, which is added if new.

        ``english_texts`` maps the page's Danish wording to English.
        """
        existing = parent.get_children().filter(slug=page.slug).first()
        self.tally.record(kind, created=existing is None)
        if existing is None:
            page.full_clean(exclude=TREE_FIELDS)
            parent.add_child(instance=page)
            page.save_revision().publish()
        else:
            page = existing.specific
        self.translatable.append((page, kind, english_texts))
        return page

    def add_english(self):
        """English versions of the home page and all that was built, if missing."""
        home = self.site.root_page.specific
        items = [(home, "home pages", english.home(home)), *self.translatable]
        DemoTranslator(self.tally, english.PHRASES).translate_all(items)

    def add_admin(self):
        """Create the demo superuser unless the username is taken; say if created."""
        user_model = get_user_model()
        created = not user_model.objects.filter(username=ADMIN_USERNAME).exists()
        if created:
            user_model.objects.create_superuser(
                ADMIN_USERNAME, ADMIN_EMAIL, ADMIN_PASSWORD
            )
        self.tally.record("admin users", created)
        return created

    def week_page(self):
        year = default_year()
        return LeadershipWeekPage(
            title=f"Ledelsesugen {year}",
            slug=f"ledelsesugen-{year}",
            year=year,
            show_in_menus=True,
            intro=demo.WEEK_INTRO,
        )

    def programme_page(self):
        return EventIndexPage(
            title="Program", slug="program", intro=demo.PROGRAMME_INTRO
        )

    def event_page(self, event, days):
        """An unsaved page for ``event``, dated in the week of ``days``."""
        end_day = event.day if event.end_day is None else event.end_day
        start = local_datetime(days[event.day], event.start)
        page = EventPage(
            title=event.title,
            slug=event.slug,
            subtitle=event.subtitle,
            start=start,
            end=local_datetime(days[end_day], event.end),
            format=event.format,
            mode=event.mode,
            **venue_fields(event.venue),
            online_url=online_url(event),
            themes=[self.themes[slug] for slug in event.themes],
            audience=list(event.audience),
            price=event.price,
            capacity=event.capacity,
            signup_deadline=signup_deadline(start, event.signup_days_before),
            external_signup_url=(
                demo.EXTERNAL_SIGNUP_URL.format(slug=event.slug)
                if event.external_signup
                else ""
            ),
            # Events with seats and no signup elsewhere take signups on the page.
            signup_form_enabled=bool(event.capacity and not event.external_signup),
            intro=event.intro,
            body=self.event_body(event),
        )
        page.organiser_links = [
            EventOrganiser(organisation=self.organisations[slug])
            for slug in event.organisers
        ]
        page.speakers = [
            EventSpeaker(person=self.people[slug], role=role)
            for slug, role in event.speakers
        ]
        if page.signup_form_enabled:
            page.signup_questions = [
                EventSignupQuestion(
                    label=label,
                    field_type=field_type,
                    choices=choices,
                    required=field_type != "multiline",
                )
                for label, field_type, choices in demo.SIGNUP_QUESTIONS
            ]
        return page

    def event_body(self, event):
        """The event's paragraphs, then its agendas, as raw StreamField data."""
        paragraphs = [
            {"type": "paragraph", "value": format_html("<p>{}</p>", text)}
            for text in event.body
        ]
        agendas = [
            {
                "type": "agenda",
                "value": {
                    "heading": agenda.heading,
                    "items": list_items(
                        {
                            "time": row.time,
                            "item": row.item,
                            "speakers": list_items(
                                self.people[slug].pk for slug in row.speakers
                            ),
                        }
                        for row in agenda.rows
                    ),
                },
            }
            for agenda in event.agendas
        ]
        return paragraphs + agendas

    def fill_event(self, event):
        """Take every seat of ``event`` and put the rest on its waiting list."""
        signup_list = event.get_signup_list()
        if signup_list.signups.exists():
            self.tally.record(
                "signups", created=False, count=signup_list.signups.count()
            )
            return
        for number, (name, organisation) in enumerate(demo.FULL_EVENT_PARTICIPANTS):
            waiting = number - event.capacity + 1
            Signup.objects.create(
                signup_list=signup_list,
                page=event,
                locale=event.locale,
                status="waitlisted" if waiting > 0 else "confirmed",
                waitlist_position=waiting if waiting > 0 else None,
                name=name,
                email=f"{slugify(name)}@example.dk",
                organisation=organisation,
                consent_text=event.get_consent_text(),
            )
        self.tally.record(
            "signups", created=True, count=len(demo.FULL_EVENT_PARTICIPANTS)
        )

    def feature_events(self, week, events):
        """Put a few events forward on ``week``, unless it features something."""
        featured_count = week.featured_items.count()
        if featured_count:
            self.tally.record("featured items", created=False, count=featured_count)
            return
        week.featured_items = [
            FeaturedItem(
                featured_page=events[feature.event],
                heading=feature.heading,
                text=feature.text,
            )
            for feature in demo.FEATURED
        ]
        week.save_revision().publish()
        self.tally.record("featured items", created=True, count=len(demo.FEATURED))

    def fill_in_settings(self, programme):
        """Fill in the site's Leadership Week settings that are still blank."""
        settings = LeadershipWeekSettings.for_site(self.site)
        wanted = {
            "contact_email": demo.CONTACT_EMAIL,
            "linkedin_url": demo.LINKEDIN_URL,
            "default_programme_page": programme,
        }
        for name, value in wanted.items():
            if not getattr(settings, name):
                setattr(settings, name, value)
                self.filled_settings.append(name)
        if self.filled_settings:
            settings.save()


def local_datetime(day, clock):
    """``day`` at ``clock`` ("HH:MM") in Copenhagen time."""
    return datetime.datetime.combine(
        day, datetime.time.fromisoformat(clock), tzinfo=COPENHAGEN
    )


def signup_deadline(start, days_before):
    """Noon ``days_before`` days before ``start``; None when signup has no deadline."""
    if days_before is None:
        return None
    day = start.date() - datetime.timedelta(days=days_before)
    return datetime.datetime.combine(day, SIGNUP_DEADLINE_TIME, tzinfo=COPENHAGEN)


def venue_fields(venue):
    """The address fields of an event held at ``venue`` (blank when online)."""
    if venue is None:
        return {}
    return {
        "venue_name": venue.name,
        "street_address": venue.street_address,
        "postcode": venue.postcode,
        "city": venue.city,
        "region": venue.region,
    }


def online_url(event):
    """The meeting link of an online or hybrid event; blank for one in person."""
    if event.mode == EventMode.PHYSICAL:
        return ""
    return demo.ONLINE_URL.format(slug=event.slug)

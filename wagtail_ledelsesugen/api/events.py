"""Events in the API: the list of every programme's events with its filters,
one event with its body and signup form, and signup for it."""

import datetime
from typing import Literal

from django.db.models import F
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import override
from ninja import Field, Query, Router, Schema, Status
from ninja.decorators import decorate_view

from ..choices import Audience, EventFormat, EventMode, Region
from ..dates import day_bounds, to_local
from ..models.events import EventIndexPage, EventOrganiser, EventPage, EventSpeaker
from ..models.taxonomy import Theme
from ..programme import FIRST_FILTER_DAY, LAST_FILTER_DAY, filter_events
from . import signups
from .caching import cacheable, mark_modified
from .errors import Problem
from .pages import PageBatch
from .schemas import (
    Choice,
    ItemId,
    ListParams,
    OrganisationRef,
    PageItem,
    PersonRef,
    Text,
    ThemeRef,
    choice,
    organisation_ref,
    person_ref,
    theme_ref,
)
from .scope import in_locale, list_answer, public_pages, under_index
from .streamfield import stream_json

router = Router(tags=["events"])


class Venue(Schema):
    name: str
    address: str
    postcode: str
    city: str
    region: Choice | None


class Online(Schema):
    url: str | None = Field(
        description="Where to join; null when sent to participants."
    )


class Speaker(PersonRef):
    role: str


class EventSummary(PageItem):
    subtitle: str
    start: datetime.datetime
    end: datetime.datetime
    format: Choice
    mode: Choice
    venue: Venue | None
    online: Online | None
    organisers: list[OrganisationRef]
    speakers: list[Speaker]
    themes: list[ThemeRef]
    audience: list[Choice]
    price: str
    intro: str
    ics_url: str
    signup: signups.SignupInfo


class EventDetail(EventSummary):
    body: list[dict] = Field(
        description="The body's blocks as {type, id, value}; rich text is HTML "
        "with absolute links."
    )


class EventList(Schema):
    count: int
    limit: int
    offset: int
    items: list[EventSummary]


EventOrder = Literal["start", "-start", "title", "-title"]


class EventFilters(ListParams):
    index: ItemId | None = Field(
        None, description="Only events of this programme page."
    )
    theme: Text | None = Field(None, description="A theme's slug, in any language.")
    format: EventFormat | None = None
    mode: EventMode | None = Field(
        None, description="Hybrid events match both physical and online."
    )
    audience: Audience | None = None
    region: Region | None = None
    organiser: Text | None = Field(None, description="An organisation's slug.")
    date_from: datetime.date | None = Field(
        None,
        ge=FIRST_FILTER_DAY,
        le=LAST_FILTER_DAY,
        description="Events still running on or after this day (local time).",
    )
    date_to: datetime.date | None = Field(
        None,
        ge=FIRST_FILTER_DAY,
        le=LAST_FILTER_DAY,
        description="Events starting on or before this day (local time).",
    )
    year: int | None = Field(None, ge=1900, le=9000)
    has_seats: bool | None = Field(
        None, description="true: signup on the site is open with seats left."
    )
    search: Text | None = Field(None, max_length=200)
    order: EventOrder = "start"


def with_relations(events):
    """Events with their locale; :class:`EventSerializer` loads the rest."""
    return events.select_related("locale")


def load_relations(events):
    """``(themes, organisers, speaker links)``, each ``{event pk: [rows]}`` in
    editor (or name) order, in three queries.

    Plain lists rather than prefetch_related: a prefetch builds a related
    manager and a queryset per event, which on a page model costs more than
    the rows it holds.
    """
    ids = [event.pk for event in events]
    themes, organisers, speakers = {}, {}, {}
    if not ids:
        return themes, organisers, speakers
    to_events = EventPage._meta.get_field("themes").related_query_name()
    for theme in Theme.objects.filter(**{f"{to_events}__in": ids}).annotate(
        event_id=F(to_events)
    ):
        themes.setdefault(theme.event_id, []).append(theme)
    for link in EventOrganiser.objects.filter(page_id__in=ids).select_related(
        "organisation"
    ):
        organisers.setdefault(link.page_id, []).append(link.organisation)
    for link in EventSpeaker.objects.filter(page_id__in=ids).select_related(
        "person__organisation"
    ):
        speakers.setdefault(link.page_id, []).append(link)
    return themes, organisers, speakers


def with_free_seats(events, wanted=True):
    """Events whose ``signup_state()`` is "open" now (or, unless ``wanted``,
    the others), by their model's ``signup_open_condition``."""
    signup_open = events.model.signup_open_condition(timezone.now())
    return events.filter(signup_open) if wanted else events.exclude(signup_open)


def local_year_bounds(year):
    return day_bounds(datetime.date(year, 1, 1))[0], day_bounds(
        datetime.date(year, 12, 31)
    )[1]


def filtered_events(request, filters):
    """The public events the filters ask for, in the order asked for."""
    events = public_pages(request, EventPage)
    events = in_locale(events, filters.locale)
    events = under_index(events, request, EventIndexPage, filters.index)
    events = filter_events(
        events,
        {
            "format": filters.format,
            "mode": filters.mode,
            "audience": filters.audience,
            "region": filters.region,
            "theme": filters.theme,
            "organiser": filters.organiser,
            "q": filters.search,
        },
    )
    if filters.date_from:
        events = events.filter(end__gt=day_bounds(filters.date_from)[0])
    if filters.date_to:
        events = events.filter(start__lt=day_bounds(filters.date_to)[1])
    if filters.year:
        year_start, year_end = local_year_bounds(filters.year)
        events = events.filter(start__gte=year_start, start__lt=year_end)
    if filters.has_seats is not None:
        events = with_free_seats(events, wanted=filters.has_seats)
    field = filters.order.lstrip("-")
    return events.order_by(filters.order, "pk" if field == filters.order else "-pk")


class EventSerializer:
    """Turns a batch of events into API dicts with a fixed number of queries."""

    def __init__(self, request, events):
        self.request = request
        self.batch = PageBatch(request, events)
        self.counts = signups.signup_counts(events)
        mark_modified(request, [row["changed_at"] for row in self.counts.values()])
        self.themes, self.organisers, self.speakers = load_relations(events)
        self.ical_routes = {}
        for event in events:
            locale_id = event.locale_id
            self.batch.localizer.want(self.themes.get(event.pk, []), locale_id)
            self.batch.localizer.want(self.organisers.get(event.pk, []), locale_id)
            self.batch.localizer.want(
                [link.person for link in self.speakers.get(event.pk, [])], locale_id
            )
        self.batch.localizer.fetch()

    def summary(self, event):
        """The :class:`EventSummary` fields of one event, in its language."""
        with override(event.locale.language_code):
            return self._summary(event)

    def _summary(self, event):
        localized = self.batch.localized
        speakers = self.speakers.get(event.pk, [])
        people = localized([link.person for link in speakers], event)
        item = self.batch.item(event)
        return {
            **item,
            "subtitle": event.subtitle,
            "start": to_local(event.start),
            "end": to_local(event.end),
            "format": choice(EventFormat, event.format),
            "mode": choice(EventMode, event.mode),
            "venue": venue(event) if event.is_physical else None,
            "online": {"url": event.online_url or None} if event.is_online else None,
            "organisers": [
                organisation_ref(org)
                for org in localized(self.organisers.get(event.pk, []), event)
            ],
            "speakers": [
                {**person_ref(person), "role": link.role}
                for link, person in zip(speakers, people, strict=True)
            ],
            "themes": [
                theme_ref(t) for t in localized(self.themes.get(event.pk, []), event)
            ],
            "audience": [choice(Audience, value) for value in event.audience],
            "price": event.price,
            "intro": event.intro,
            "ics_url": item["url"] + self.ical_route(event),
            "signup": signups.signup_info(
                event, self.counts.get(event.translation_key)
            ),
        }

    def ical_route(self, event):
        """The calendar's path below ``event``'s URL, reversed once per page model."""
        model = type(event)
        if model not in self.ical_routes:
            self.ical_routes[model] = event.reverse_subpage("ical")
        return self.ical_routes[model]

    def detail(self, event):
        """The :class:`EventDetail` fields: the summary, the body and the form."""
        with override(event.locale.language_code):
            data = self._summary(event)
            data["body"] = stream_json(event.body, self.request)
            data["signup"] = signups.signup_info(
                event,
                self.counts.get(event.translation_key),
                self.request,
                with_form=True,
            )
        return data


def venue(event):
    return {
        "name": event.venue_name,
        "address": event.street_address,
        "postcode": event.postcode,
        "city": event.city,
        "region": choice(Region, event.region),
    }


@router.get(
    "events/",
    response={200: EventList, 400: Problem},
    summary="List events",
)
@decorate_view(cacheable)
def list_events(request, filters: Query[EventFilters]):
    """Events of the site's programmes, past and upcoming, filtered.

    Items leave out ``body`` and the signup form's fields; read one event for them.
    """
    return list_answer(
        request,
        with_relations(filtered_events(request, filters)),
        filters,
        EventSerializer,
    )


def get_event(request, event_id):
    events = with_relations(public_pages(request, EventPage))
    return get_object_or_404(events.prefetch_related("signup_questions"), pk=event_id)


@router.get(
    "events/{event_id}/",
    response={200: EventDetail, 400: Problem, 404: Problem},
    summary="Read one event",
)
@decorate_view(cacheable)
def read_event(request, event_id: ItemId):
    """One event with its body and, when it takes signups, its form's fields."""
    event = get_event(request, event_id)
    return EventSerializer(request, [event]).detail(event)


@router.post(
    "events/{event_id}/signups/",
    response={202: signups.SignupReceived, **signups.POST_REFUSALS},
    summary="Sign up for an event",
)
def sign_up(request, event_id: ItemId, payload: signups.SignupIn):
    """Confirmed while seats last, then on the waiting list; 409 when refused.

    The answer is 202 whether the address is new or already signed up: the
    outcome and the cancellation link are sent to the address only.
    """
    event = get_object_or_404(public_pages(request, EventPage), pk=event_id)
    return Status(202, signups.register(request, event, payload))

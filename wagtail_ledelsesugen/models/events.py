"""The programme: event pages, their speakers and organisers, and the index."""

from urllib.parse import urlencode

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Prefetch, Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from .. import feeds
from ..blocks import EventBodyBlock
from ..choices import Audience, EventFormat, EventMode, Region
from ..dates import to_local
from ..fields import ChoiceListField
from ..localization import children_in_locale, listed_pages
from ..programme import Programme, filter_events
from ..signup.panels import SignupSummaryPanel
from ..structured_data import events as event_data
from ..wagtail_api import (
    InPageLocale,
    OrganisationSerializer,
    SpeakerSerializer,
    TaxonomySerializer,
)
from .base import ORDERED_ROWS, LedelsesugenPageMixin
from .signup import SignupStatus
from .signup_pages import SignupPageMixin


def default_price():
    """The price a new event gets: "Free" in the editor's language."""
    return gettext("Free")


class EventSpeaker(TranslatableMixin, Orderable):
    """A person speaking at an event, in the order editors give."""

    page = ParentalKey(
        "wagtail_ledelsesugen.EventPage",
        on_delete=models.CASCADE,
        related_name="speakers",
    )
    person = models.ForeignKey(
        "wagtail_ledelsesugen.Person",
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    role = models.CharField(
        _("role"),
        max_length=255,
        blank=True,
        help_text=_("Optional, e.g. 'Moderator' or 'Keynote'."),
    )

    panels = ["person", "role"]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        ordering = ORDERED_ROWS
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")


class EventOrganiser(Orderable):
    """An organisation behind an event; the first one is the main organiser."""

    page = ParentalKey(
        "wagtail_ledelsesugen.EventPage",
        on_delete=models.CASCADE,
        related_name="organiser_links",
    )
    organisation = models.ForeignKey(
        "wagtail_ledelsesugen.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = ["organisation"]

    class Meta(Orderable.Meta):
        ordering = ORDERED_ROWS
        verbose_name = _("organiser")
        verbose_name_plural = _("organisers")


class AbstractEventPage(
    SignupPageMixin, LedelsesugenPageMixin, RoutablePageMixin, Page
):
    """One event of the programme: when, where, for whom, and how to sign up.

    Subclass it to add fields; the concrete :class:`EventPage` adds nothing.
    """

    subtitle = models.CharField(_("subtitle"), max_length=255, blank=True)
    # Indexed: the programme, the API and the calendar list events in start order.
    start = models.DateTimeField(_("start time"), db_index=True)
    end = models.DateTimeField(_("end time"))
    format = models.CharField(_("format"), max_length=32, choices=EventFormat.choices)
    mode = models.CharField(
        _("attendance"),
        max_length=16,
        choices=EventMode.choices,
        default=EventMode.PHYSICAL,
    )
    venue_name = models.CharField(_("venue"), max_length=255, blank=True)
    street_address = models.CharField(_("street address"), max_length=255, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    city = models.CharField(_("city"), max_length=255, blank=True)
    region = models.CharField(
        _("region"), max_length=32, choices=Region.choices, blank=True
    )
    online_url = models.URLField(
        _("public online link"),
        blank=True,
        help_text=_(
            "A public link anyone may use to watch or join, e.g. a livestream. "
            "Shown on the page, in the API and in calendar feeds."
        ),
    )
    private_join_url = models.URLField(
        _("private join link"),
        blank=True,
        help_text=_(
            "Where confirmed participants join, e.g. a Teams or Zoom meeting. "
            "Sent only in their e-mails and calendar file; never shown on the "
            "page, in the API or in feeds."
        ),
    )
    themes = ParentalManyToManyField(
        "wagtail_ledelsesugen.Theme",
        verbose_name=_("themes"),
        blank=True,
        related_name="%(app_label)s_%(class)s_set",
    )
    audience = ChoiceListField(
        _("audience"),
        choice_options=Audience.choices,
        help_text=_("Sectors and leader levels the event is for."),
    )
    price = models.CharField(
        _("price"),
        max_length=255,
        blank=True,
        default=default_price,
        help_text=_("Free text, e.g. 'Free' or 'DKK 1,200 per person'."),
    )
    capacity = models.PositiveIntegerField(
        _("capacity"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Number of seats. Leave blank for no limit."),
    )
    signup_form_enabled = models.BooleanField(
        _("take signups on this page"),
        default=False,
        help_text=_("Show a signup form built from the questions below."),
    )
    waitlist_enabled = models.BooleanField(
        _("waiting list"),
        default=True,
        help_text=_("When the seats are gone, further signups join a waiting list."),
    )
    signup_opens = models.DateTimeField(
        _("signup opens"),
        null=True,
        blank=True,
        help_text=_("Leave blank to open signup as soon as the page is published."),
    )
    signup_deadline = models.DateTimeField(
        _("signup deadline"),
        null=True,
        blank=True,
        help_text=_("Leave blank to close signup when the event starts."),
    )
    external_signup_url = models.URLField(
        _("external signup link"),
        blank=True,
        help_text=_("Use when signup happens on the organiser's own site."),
    )
    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences shown in the programme and on the page."),
    )
    body = StreamField(EventBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        "subtitle",
        MultiFieldPanel(
            [FieldRowPanel(["start", "end"]), "format", "mode"],
            heading=_("When and how"),
        ),
        MultiFieldPanel(
            [
                "venue_name",
                "street_address",
                FieldRowPanel(["postcode", "city"]),
                "region",
                "online_url",
                "private_join_url",
            ],
            heading=_("Where"),
        ),
        InlinePanel("organiser_links", label=_("Organisers"), min_num=1),
        InlinePanel("speakers", label=_("Speakers")),
        MultiFieldPanel(
            [FieldPanel("themes", widget=forms.CheckboxSelectMultiple), "audience"],
            heading=_("Themes and audience"),
        ),
        "price",
        "intro",
        "body",
    ]

    signup_panels = [
        SignupSummaryPanel(heading=_("Signups so far")),
        MultiFieldPanel(
            [
                "signup_form_enabled",
                "capacity",
                "waitlist_enabled",
                FieldRowPanel(["signup_opens", "signup_deadline"]),
                "require_login",
            ],
            heading=_("Signup on this page"),
        ),
        InlinePanel("signup_questions", label=_("Questions")),
        MultiFieldPanel(
            ["consent_text", "notify_emails"], heading=_("Consent and notifications")
        ),
        FieldPanel(
            "external_signup_url",
            heading=_("Or: signup on another site"),
        ),
    ]

    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(signup_panels, heading=_("Signup")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    # The address is the same in every language; a city may have an exonym.
    override_translatable_fields = SignupPageMixin.override_translatable_fields + [
        SynchronizedField("street_address"),
        SynchronizedField("postcode", overridable=False),
        SynchronizedField("city"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("subtitle"),
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("city"),
        index.SearchField("venue_name"),
        index.FilterField("start"),
        index.FilterField("end"),
        index.FilterField("format"),
        index.FilterField("mode"),
        index.FilterField("region"),
    ]

    # Public facts only: never the signups, the consent given or notify_emails.
    api_fields = [
        APIField("subtitle"),
        APIField("start"),
        APIField("end"),
        APIField("format"),
        APIField("mode"),
        APIField("venue_name"),
        APIField("street_address"),
        APIField("postcode"),
        APIField("city"),
        APIField("region"),
        APIField("online_url"),
        APIField("themes", serializer=InPageLocale("themes", TaxonomySerializer())),
        APIField("audience"),
        APIField("price"),
        APIField("capacity"),
        APIField("intro"),
        APIField("body"),
        APIField(
            "organisers",
            serializer=InPageLocale("organisers", OrganisationSerializer()),
        ),
        APIField(
            "speakers", serializer=SpeakerSerializer(many=True, source="speaker_links")
        ),
        APIField("signup_form_enabled"),
        APIField("waitlist_enabled"),
        APIField("signup_opens"),
        APIField("signup_deadline"),
        APIField("require_login"),
        APIField("external_signup_url"),
    ]

    parent_page_types = ["wagtail_ledelsesugen.EventIndexPage"]
    subpage_types = []

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The event must end after it starts.")
        if self.is_physical:
            if not self.venue_name:
                errors["venue_name"] = _(
                    "Events held in person or hybrid need a venue."
                )
            if not self.city:
                errors["city"] = _("Events held in person or hybrid need a city.")
        if self.is_online and not (self.online_url or self.private_join_url):
            errors["online_url"] = _(
                "Online and hybrid events need a public link or a private join link."
            )
        if self.capacity is not None and self.capacity < 1:
            errors["capacity"] = _(
                "Capacity must be a positive number; leave it blank for no limit."
            )
        if self.signup_deadline and self.end and self.signup_deadline > self.end:
            errors["signup_deadline"] = _(
                "The signup deadline must not be after the event has ended."
            )
        closes = self.signup_deadline or self.start
        if self.signup_opens and closes and self.signup_opens >= closes:
            errors["signup_opens"] = _(
                "Signup must open before its deadline, or before the event "
                "starts when there is no deadline."
            )
        if self.signup_form_enabled and self.external_signup_url:
            errors["external_signup_url"] = _(
                "Take signups on this page or link to another site, not both."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def local_start(self):
        return to_local(self.start)

    @property
    def local_end(self):
        return to_local(self.end)

    @property
    def is_multi_day(self):
        return self.local_start.date() != self.local_end.date()

    @property
    def is_past(self):
        return self.end < timezone.now()

    @property
    def is_physical(self):
        return self.mode in (EventMode.PHYSICAL, EventMode.HYBRID)

    @property
    def is_online(self):
        return self.mode in (EventMode.ONLINE, EventMode.HYBRID)

    @cached_property
    def organisers(self):
        """The organising organisations in editor order; the first is the main one."""
        links = self.organiser_links.all()
        if "organiser_links" not in getattr(self, "_prefetched_objects_cache", {}):
            links = links.select_related("organisation")
        return [link.organisation for link in links]

    @cached_property
    def speaker_links(self):
        """The speaker rows in editor order, each with its person loaded."""
        return list(self.speakers.all().select_related("person__organisation"))

    @property
    def audience_labels(self):
        return self._meta.get_field("audience").labels(self.audience)

    @property
    def address_lines(self):
        """Venue, street and "postcode city", leaving out what is blank."""
        town = " ".join(part for part in (self.postcode, self.city) if part)
        return [line for line in (self.venue_name, self.street_address, town) if line]

    @property
    def signup_enabled(self):
        return self.signup_form_enabled

    @property
    def signup_capacity(self):
        return self.capacity

    @property
    def waitlist_allowed(self):
        return self.waitlist_enabled

    @property
    def signup_opens_at(self):
        return self.signup_opens

    @property
    def signup_closes_at(self):
        """The deadline, or else the start of the event."""
        return self.signup_deadline or self.start

    @property
    def signup_has_ended(self):
        return self.is_past

    def signup_state(self, counts=None, now=None):
        if self.external_signup_url and not self.signup_form_enabled:
            return self.external_signup_state(now)
        return super().signup_state(counts, now)

    def external_signup_state(self, now=None):
        """ "external" while the organiser's own signup is open, else "closed"."""
        if self.signup_closes_at <= (now or timezone.now()):
            return "closed"
        return "external"

    @classmethod
    def signup_open_condition(cls, now):
        """A ``Q`` for the events whose ``signup_state(now=now)`` is "open".

        The SQL twin of the override points: a subclass that overrides
        ``signup_enabled``, ``signup_capacity``, ``signup_opens_at`` or
        ``signup_closes_at`` overrides this too.
        """
        return (
            Q(signup_form_enabled=True)
            & (Q(signup_opens__isnull=True) | Q(signup_opens__lte=now))
            & (
                Q(signup_deadline__gt=now)
                | Q(signup_deadline__isnull=True, start__gt=now)
            )
            & (
                Q(capacity__isnull=True)
                | Q(capacity__gt=cls.signups_count(SignupStatus.CONFIRMED))
            )
        )

    def get_recordings(self):
        """The recordings of this event its page may show (see ``listed_pages``)."""
        return listed_pages(self.recordings.all(), shown_on=self)

    def get_ical_url(self, request=None):
        """The address of this event's calendar file."""
        return self.get_url(request) + self.reverse_subpage("ical")

    def get_structured_data(self, request=None):
        """The schema.org ``Event`` of this page, as a dict ready for JSON-LD."""
        return event_data.event(self, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["structured_data"] = self.get_structured_data(request)
        return context

    @path("ical/", name="ical")
    def ical(self, request):
        """The event as an iCalendar file, downloaded as ``<slug>.ics``."""
        return feeds.calendar_response([self], request, filename=self.slug)


class EventPage(AbstractEventPage):
    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")


class AbstractEventIndexPage(LedelsesugenPageMixin, RoutablePageMixin, Page):
    """The programme: upcoming events grouped by day, filters, and an archive."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + ["intro"]

    search_fields = Page.search_fields + [index.SearchField("intro")]

    api_fields = [APIField("intro")]

    subpage_types = ["wagtail_ledelsesugen.EventPage"]

    class Meta:
        abstract = True

    event_model = EventPage

    def get_events(self):
        """Live events under this programme, with what a listing shows prefetched."""
        return (
            children_in_locale(self, self.event_model)
            .select_related("locale")
            .prefetch_related(
                "themes",
                Prefetch(
                    "organiser_links",
                    queryset=EventOrganiser.objects.select_related("organisation"),
                ),
            )
        )

    @path("", name="upcoming")
    def upcoming(self, request):
        return self.render(
            request, context_overrides=Programme(self, request, archive=False).context()
        )

    @path("archive/", name="archive")
    def archive(self, request):
        return self.render(
            request, context_overrides=Programme(self, request, archive=True).context()
        )

    def get_calendar_url(self, request=None, filters=None):
        """The full address of the calendar feed, narrowed by programme ``filters``."""
        url = self.get_full_url(request) + self.reverse_subpage("ical")
        query = urlencode(filters or {})
        return f"{url}?{query}" if query else url

    def get_calendar_subscription_url(self, request=None, filters=None):
        """The feed's address as ``webcal://``, which calendar apps subscribe to."""
        return "webcal://" + self.get_calendar_url(request, filters).partition("://")[2]

    @path("ical/", name="ical")
    def ical(self, request):
        """Upcoming events as one subscribable calendar, narrowed by the filters."""
        form = Programme(self, request).get_filter_form()
        if not form.is_valid():
            return feeds.filter_error_response(form)
        # The calendar shows neither themes nor organisers.
        events = (
            self.get_events().prefetch_related(None).filter(end__gte=timezone.now())
        )
        events = filter_events(events, form.active_filters).order_by("start", "pk")
        return feeds.calendar_response(
            events, request, filename=self.slug, name=self.title
        )


class EventIndexPage(AbstractEventIndexPage):
    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

"""The programme listing: its filter form, filtering, pagination and grouping by day."""

import datetime
from itertools import groupby

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .choices import Audience, EventFormat, EventMode, Region
from .dates import day_bounds, to_local
from .fields import contains_choice
from .listing import FilterForm, Listing, linked_to_slug, search_within, with_blank
from .localization import children_in_locale, snippets_in_locale

# Hybrid events can be attended both ways, so they match either filter.
MODES_MATCHED = {
    EventMode.PHYSICAL: [EventMode.PHYSICAL, EventMode.HYBRID],
    EventMode.ONLINE: [EventMode.ONLINE, EventMode.HYBRID],
    EventMode.HYBRID: [EventMode.HYBRID],
}

# Outside these bounds local midnights cannot be computed.
FIRST_FILTER_DAY = datetime.date(1900, 1, 1)
LAST_FILTER_DAY = datetime.date(9000, 12, 31)


INVALID_CHOICE_MESSAGES = {
    "theme": _(
        "There is no theme “%(value)s” in this programme; that filter was ignored."
    ),
    "format": _("“%(value)s” is not an event format; that filter was ignored."),
    "mode": _("“%(value)s” is not a form of attendance; that filter was ignored."),
    "audience": _("“%(value)s” is not an audience; that filter was ignored."),
    "region": _("“%(value)s” is not a Danish region; that filter was ignored."),
    "organiser": _(
        "There is no organiser “%(value)s” in this programme; that filter was ignored."
    ),
}


class ProgrammeFilterForm(FilterForm):
    """The programme's filters, read from GET parameters that combine."""

    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    day = forms.DateField(
        label=_("Day"),
        required=False,
        input_formats=["%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={
            "invalid": _(
                "Write the day as YYYY-MM-DD, e.g. 2026-10-27. "
                "The day filter was ignored."
            )
        },
    )
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    format = forms.ChoiceField(
        label=_("Format"),
        required=False,
        choices=with_blank(_("All formats"), EventFormat.choices),
    )
    mode = forms.ChoiceField(
        label=_("Attendance"),
        required=False,
        choices=with_blank(_("In person and online"), EventMode.choices),
    )
    audience = forms.ChoiceField(
        label=_("Audience"),
        required=False,
        choices=with_blank(_("Everyone"), Audience.choices),
    )
    region = forms.ChoiceField(
        label=_("Region"),
        required=False,
        choices=with_blank(_("All regions"), Region.choices),
    )
    organiser = forms.ChoiceField(
        label=pgettext_lazy("programme filter", "Organiser"), required=False
    )

    def clean_day(self):
        day = self.cleaned_data["day"]
        if day and not FIRST_FILTER_DAY <= day <= LAST_FILTER_DAY:
            raise forms.ValidationError(
                self.fields["day"].error_messages["invalid"], code="invalid"
            )
        return day

    def __init__(self, *args, themes=(), organisers=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].choices = with_blank(
            _("All themes"), [(theme.slug, theme.name) for theme in themes]
        )
        self.fields["organiser"].choices = with_blank(
            _("All organisers"), [(org.slug, org.name) for org in organisers]
        )
        for name, message in INVALID_CHOICE_MESSAGES.items():
            self.fields[name].error_messages["invalid_choice"] = message


def filter_events(events, filters):
    """Narrow an EventPage queryset by the cleaned values of ProgrammeFilterForm."""
    from .models.taxonomy import Organisation, Theme

    if day := filters.get("day"):
        day_start, day_end = day_bounds(day)
        events = events.filter(start__lt=day_end, end__gt=day_start)
    for field in ("format", "region"):
        if value := filters.get(field):
            events = events.filter(**{field: value})
    if mode := filters.get("mode"):
        events = events.filter(mode__in=MODES_MATCHED[mode])
    if audience := filters.get("audience"):
        events = events.filter(contains_choice("audience", audience))
    events = linked_to_slug(events, "themes", Theme, filters.get("theme"))
    events = linked_to_slug(
        events, "organiser_links__organisation", Organisation, filters.get("organiser")
    )
    if query := filters.get("q"):
        events = search_within(events, query)
    return events


def group_by_day(events):
    """``[(date, [events])]`` in the order given, by each event's local start date."""
    return [
        (day, list(day_events))
        for day, day_events in groupby(events, key=lambda e: to_local(e.start).date())
    ]


class Programme(Listing):
    """Builds the template context of one programme view (upcoming or archive)."""

    localized_attributes = ("themes", "organisers")

    page_size_setting = "PROGRAMME_PAGE_SIZE"

    def __init__(self, index_page, request, archive=False):
        super().__init__(index_page, request)
        self.archive = archive

    def get_filter_form(self):
        """The filter form, offering only themes and organisers that have events."""
        from .models.taxonomy import Organisation, Theme

        events = children_in_locale(self.index_page, self.index_page.event_model)
        locale_id = self.index_page.locale_id
        return ProgrammeFilterForm(
            self.request.GET,
            themes=snippets_in_locale(
                Theme.objects.filter(pk__in=events.values("themes")), locale_id
            ),
            organisers=snippets_in_locale(
                Organisation.objects.filter(
                    pk__in=events.values("organiser_links__organisation")
                ),
                locale_id,
            ),
        )

    def get_items(self):
        now = timezone.now()
        events = self.index_page.get_events()
        if self.archive:
            return events.filter(end__lt=now).order_by("-start", "pk")
        return events.filter(end__gte=now).order_by("start", "pk")

    def filter_items(self, items, filters):
        return filter_events(items, filters)

    def context(self):
        context = super().context()
        context["days"] = group_by_day(context.pop("items"))
        context["is_archive"] = self.archive
        filters = context["active_filters"]
        context["calendar_url"] = self.index_page.get_calendar_url(
            self.request, filters
        )
        context["calendar_subscription_url"] = (
            self.index_page.get_calendar_subscription_url(self.request, filters)
        )
        return context

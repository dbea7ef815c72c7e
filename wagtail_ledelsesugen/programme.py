"""The programme listing: its filter form, filtering, pagination and grouping by day."""

import datetime
from itertools import groupby

from django import forms
from django.core.paginator import Paginator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy

from .choices import Audience, EventFormat, EventMode, Region
from .conf import get_setting
from .dates import day_bounds, to_local
from .fields import contains_choice

# Hybrid events can be attended both ways, so they match either filter.
MODES_MATCHED = {
    EventMode.PHYSICAL: [EventMode.PHYSICAL, EventMode.HYBRID],
    EventMode.ONLINE: [EventMode.ONLINE, EventMode.HYBRID],
    EventMode.HYBRID: [EventMode.HYBRID],
}

# Outside these bounds local midnights cannot be computed.
FIRST_FILTER_DAY = datetime.date(1900, 1, 1)
LAST_FILTER_DAY = datetime.date(9000, 12, 31)


def _with_blank(label, choices):
    return [("", label), *choices]


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


class ProgrammeFilterForm(forms.Form):
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
        choices=_with_blank(_("All formats"), EventFormat.choices),
    )
    mode = forms.ChoiceField(
        label=_("Attendance"),
        required=False,
        choices=_with_blank(_("In person and online"), EventMode.choices),
    )
    audience = forms.ChoiceField(
        label=_("Audience"),
        required=False,
        choices=_with_blank(_("Everyone"), Audience.choices),
    )
    region = forms.ChoiceField(
        label=_("Region"),
        required=False,
        choices=_with_blank(_("All regions"), Region.choices),
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
        self.fields["theme"].choices = _with_blank(
            _("All themes"), [(theme.slug, theme.name) for theme in themes]
        )
        self.fields["organiser"].choices = _with_blank(
            _("All organisers"), [(org.slug, org.name) for org in organisers]
        )
        for name, message in INVALID_CHOICE_MESSAGES.items():
            self.fields[name].error_messages["invalid_choice"] = message

    @property
    def active_filters(self):
        """The valid, non-empty filters as a dict of field name to value."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}


def filter_events(events, filters):
    """Narrow an EventPage queryset by the cleaned values of ProgrammeFilterForm."""
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
    if theme := filters.get("theme"):
        events = events.filter(themes__slug=theme)
    if organiser := filters.get("organiser"):
        events = events.filter(organiser_links__organisation__slug=organiser)
    if query := filters.get("q"):
        matching = events.model.objects.filter(pk__in=events.values("pk")).search(
            query, operator="and"
        )
        events = events.filter(pk__in=[page.pk for page in matching])
    return events.distinct()


def group_by_day(events):
    """``[(date, [events])]`` in the order given, by each event's local start date."""
    return [
        (day, list(day_events))
        for day, day_events in groupby(events, key=lambda e: to_local(e.start).date())
    ]


class Programme:
    """Builds the template context of one programme view (upcoming or archive)."""

    def __init__(self, index_page, request, archive=False):
        self.index_page = index_page
        self.request = request
        self.archive = archive

    def get_filter_form(self):
        """The filter form, offering only themes and organisers that have events."""
        from .models.taxonomy import Organisation, Theme

        events = self.index_page.event_model.objects.child_of(self.index_page).live()
        return ProgrammeFilterForm(
            self.request.GET,
            themes=Theme.objects.filter(pk__in=events.values("themes")),
            organisers=Organisation.objects.filter(
                pk__in=events.values("organiser_links__organisation")
            ),
        )

    def get_events(self):
        now = timezone.now()
        events = self.index_page.get_events()
        if self.archive:
            return events.filter(end__lt=now).order_by("-start", "pk")
        return events.filter(end__gte=now).order_by("start", "pk")

    def paginate(self, events):
        """Return ``(page, message)``; ``page`` is None when the number is bad."""
        paginator = Paginator(events, get_setting("PROGRAMME_PAGE_SIZE"))
        raw_number = self.request.GET.get("page", "1")
        try:
            number = int(raw_number)
        except ValueError:
            number = 0
        if 1 <= number <= paginator.num_pages:
            return paginator.page(number), None
        message = ngettext(
            "There is no page “%(page)s” in this list. It has %(count)s page.",
            "There is no page “%(page)s” in this list. It has %(count)s pages.",
            paginator.num_pages,
        )
        return None, message % {"page": raw_number, "count": paginator.num_pages}

    def querystring(self, **changes):
        """The current GET parameters with ``changes`` applied (None removes)."""
        params = self.request.GET.copy()
        for key, value in changes.items():
            params.pop(key, None)
            if value is not None:
                params[key] = value
        encoded = params.urlencode()
        return f"?{encoded}" if encoded else ""

    def context(self):
        form = self.get_filter_form()
        filters = form.active_filters
        page, page_message = self.paginate(filter_events(self.get_events(), filters))
        events = list(page.object_list) if page else []
        return {
            "filter_form": form,
            "active_filters": filters,
            "filter_errors": [
                (form[name].id_for_label, message)
                for name, messages in form.errors.items()
                for message in messages
            ],
            "page_obj": page,
            "page_message": page_message,
            "days": group_by_day(events),
            "is_archive": self.archive,
            "previous_querystring": page
            and page.has_previous()
            and self.querystring(page=page.previous_page_number()),
            "next_querystring": page
            and page.has_next()
            and self.querystring(page=page.next_page_number()),
            "first_page_querystring": self.querystring(page=None),
        }

"""The startkit index: its filter form, filtering and pagination."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .choices import StartkitActivity, StartkitLength
from .listing import FilterForm, Listing, linked_to_slug, search_within, with_blank
from .localization import children_in_locale, snippets_in_locale

INVALID_CHOICE_MESSAGES = {
    "activity": _("“%(value)s” is not a kind of activity; that filter was ignored."),
    "theme": _(
        "There is no theme “%(value)s” among these startkits; that filter was ignored."
    ),
    "length": _("“%(value)s” is not a length; that filter was ignored."),
}


class StartkitFilterForm(FilterForm):
    """The startkit index's filters, read from GET parameters that combine."""

    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=200,
        error_messages={
            "max_length": _(
                "Search for at most %(limit_value)d characters; the search was ignored."
            )
        },
    )
    activity = forms.ChoiceField(
        label=_("Activity"),
        required=False,
        choices=with_blank(_("All activities"), StartkitActivity.choices),
    )
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    length = forms.ChoiceField(
        label=_("Length"),
        required=False,
        choices=with_blank(_("Any length"), StartkitLength.choices),
    )

    def __init__(self, *args, themes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].choices = with_blank(
            _("All themes"), [(theme.slug, theme.name) for theme in themes]
        )
        for name, message in INVALID_CHOICE_MESSAGES.items():
            self.fields[name].error_messages["invalid_choice"] = message


def length_condition(length):
    """A Q object matching startkits whose duration falls in the ``length`` bucket."""
    from .models.startkits import LENGTH_LIMITS

    shortest, longest = LENGTH_LIMITS[length]
    condition = Q()
    if shortest is not None:
        condition &= Q(duration_minutes__gte=shortest)
    if longest is not None:
        condition &= Q(duration_minutes__lte=longest)
    return condition


def filter_startkits(startkits, filters):
    """Narrow a StartkitPage queryset by the cleaned values of StartkitFilterForm."""
    if activity := filters.get("activity"):
        startkits = startkits.filter(activity=activity)
    from .models import Theme

    startkits = linked_to_slug(startkits, "themes", Theme, filters.get("theme"))
    if length := filters.get("length"):
        startkits = startkits.filter(length_condition(length))
    if query := filters.get("q"):
        startkits = search_within(startkits, query)
    return startkits.distinct()


class StartkitListing(Listing):
    """Builds the template context of a startkit index page."""

    def live_startkits(self):
        """The live startkits under the index, unordered and without prefetching."""
        from .models import StartkitPage

        return children_in_locale(self.index_page, StartkitPage)

    def get_filter_form(self):
        """The filter form, offering only the themes the startkits use."""
        from .models import Theme

        return StartkitFilterForm(
            self.request.GET,
            themes=snippets_in_locale(
                Theme.objects.filter(pk__in=self.live_startkits().values("themes")),
                self.index_page.locale_id,
            ),
        )

    def get_items(self):
        return self.index_page.get_startkits()

    def filter_items(self, items, filters):
        return filter_startkits(items, filters)

    def context(self):
        context = super().context()
        context["startkits"] = context.pop("items")
        return context

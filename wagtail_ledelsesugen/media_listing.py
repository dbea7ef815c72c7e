"""The video and audio listing: its filter form, filtering and pagination."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .choices import MediaKind
from .listing import FilterForm, Listing, linked_to_slug, search_within, with_blank
from .localization import children_in_locale, snippets_in_locale

INVALID_CHOICE_MESSAGES = {
    "kind": _("“%(value)s” is not a kind of recording; that filter was ignored."),
    "theme": _(
        "There is no theme “%(value)s” among the recordings; that filter was ignored."
    ),
    "year": _("There are no recordings from “%(value)s”; that filter was ignored."),
    "speaker": _(
        "There is no speaker “%(value)s” among the recordings; that filter was ignored."
    ),
}


class MediaFilterForm(FilterForm):
    """The filters of a video and audio index, read from GET parameters."""

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
    kind = forms.ChoiceField(
        label=_("Video or audio"),
        required=False,
        choices=with_blank(_("Video and audio"), MediaKind.choices),
    )
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    year = forms.TypedChoiceField(
        label=_("Year"), required=False, coerce=int, empty_value=None
    )
    speaker = forms.ChoiceField(
        label=pgettext_lazy("media filter", "Speaker"), required=False
    )

    def __init__(self, *args, themes=(), years=(), speakers=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].choices = with_blank(
            _("All themes"), [(theme.slug, theme.name) for theme in themes]
        )
        self.fields["year"].choices = with_blank(
            _("All years"), [(str(year), str(year)) for year in years]
        )
        self.fields["speaker"].choices = with_blank(
            _("All speakers"), [(person.slug, person.name) for person in speakers]
        )
        for name, message in INVALID_CHOICE_MESSAGES.items():
            self.fields[name].error_messages["invalid_choice"] = message


def filter_recordings(recordings, filters):
    """Narrow a VideoPage queryset by the cleaned values of MediaFilterForm."""
    if kind := filters.get("kind"):
        recordings = recordings.filter(media_kind=kind)
    from .models.taxonomy import Person, Theme

    recordings = linked_to_slug(recordings, "themes", Theme, filters.get("theme"))
    if year := filters.get("year"):
        recordings = recordings.filter(year=year)
    recordings = linked_to_slug(
        recordings, "speakers__person", Person, filters.get("speaker")
    )
    if query := filters.get("q"):
        recordings = search_within(recordings, query)
    return recordings.distinct()


class MediaListing(Listing):
    """Builds the template context of a video and audio index page."""

    def get_live_recordings(self):
        """Every live recording under the index, unordered, for the filter choices."""
        from .models.media import VideoPage

        return children_in_locale(self.index_page, VideoPage)

    def get_filter_form(self):
        """The filter form, offering only themes, years and speakers in use."""
        from .models.taxonomy import Person, Theme

        recordings = self.get_live_recordings()
        years = (
            recordings.exclude(year=None)
            .order_by("-year")
            .values_list("year", flat=True)
            .distinct()
        )
        return MediaFilterForm(
            self.request.GET,
            themes=snippets_in_locale(
                Theme.objects.filter(pk__in=recordings.values("themes")),
                self.index_page.locale_id,
            ),
            years=years,
            speakers=snippets_in_locale(
                Person.objects.filter(pk__in=recordings.values("speakers__person")),
                self.index_page.locale_id,
            ),
        )

    def get_items(self):
        return self.index_page.get_recordings()

    def filter_items(self, items, filters):
        return filter_recordings(items, filters)

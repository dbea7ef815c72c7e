"""The article index: its filters, one author's articles, and the views serving them."""

from django import forms
from django.db.models import Prefetch
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model

from .choices import ArticleKind
from .listing import FilterForm, Listing, linked_to_slug, search_within, with_blank
from .localization import children_in_locale, snippets_in_locale

# The size of the optional thumbnail on article cards.
CARD_IMAGE_FILTER = "fill-480x270"

INVALID_CHOICE_MESSAGES = {
    "kind": _("“%(value)s” is not a kind of article; that filter was ignored."),
    "theme": _(
        "There is no theme “%(value)s” among these articles; that filter was ignored."
    ),
    "author": _(
        "There is no author “%(value)s” among these articles; that filter was ignored."
    ),
    "year": _("There are no articles from “%(value)s”; that filter was ignored."),
}


class ArticleFilterForm(FilterForm):
    """The article index's filters, read from GET parameters that combine."""

    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    kind = forms.ChoiceField(
        label=_("Kind"),
        required=False,
        choices=with_blank(_("All kinds"), ArticleKind.choices),
    )
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    author = forms.ChoiceField(label=_("Author"), required=False)
    year = forms.TypedChoiceField(
        label=_("Year"), required=False, coerce=int, empty_value=None
    )

    def __init__(self, *args, themes=(), authors=(), years=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].choices = with_blank(
            _("All themes"), [(theme.slug, theme.name) for theme in themes]
        )
        self.fields["author"].choices = with_blank(
            _("All authors"), [(person.slug, person.name) for person in authors]
        )
        self.fields["year"].choices = with_blank(
            _("All years"), [(str(year), str(year)) for year in years]
        )
        for name, message in INVALID_CHOICE_MESSAGES.items():
            self.fields[name].error_messages["invalid_choice"] = message


def filter_articles(articles, filters):
    """Narrow an ArticlePage queryset by the cleaned values of ArticleFilterForm."""
    if kind := filters.get("kind"):
        articles = articles.filter(kind=kind)
    from .models import Person, Theme

    articles = linked_to_slug(articles, "themes", Theme, filters.get("theme"))
    articles = linked_to_slug(
        articles, "authors__person", Person, filters.get("author")
    )
    if year := filters.get("year"):
        articles = articles.filter(publication_date__year=year)
    if query := filters.get("q"):
        articles = search_within(articles, query)
    return articles.distinct()


def card_images():
    """A prefetch of the card thumbnails, so a page of cards costs one query."""
    renditions = get_image_model().get_rendition_model().objects
    return Prefetch(
        "hero_image__renditions",
        queryset=renditions.filter(filter_spec=CARD_IMAGE_FILTER),
    )


class ArticleListing(Listing):
    """Builds the template context of the article index."""

    def live_articles(self):
        """The live articles under the index, unordered and without prefetching."""
        from .models import ArticlePage

        return children_in_locale(self.index_page, ArticlePage)

    def get_filter_form(self):
        """The filter form, offering only the themes, authors and years in use."""
        from .models import Theme

        articles = self.live_articles()
        years = articles.dates("publication_date", "year", order="DESC")
        return ArticleFilterForm(
            self.request.GET,
            themes=snippets_in_locale(
                Theme.objects.filter(pk__in=articles.values("themes")),
                self.index_page.locale_id,
            ),
            authors=snippets_in_locale(
                self.index_page.get_article_authors(), self.index_page.locale_id
            ),
            years=[day.year for day in years],
        )

    def get_items(self):
        return self.index_page.get_articles().prefetch_related(card_images())

    def filter_items(self, items, filters):
        return filter_articles(items, filters)

    def context(self):
        context = super().context()
        context["articles"] = context.pop("items")
        context["feed_url"] = self.index_page.get_feed_url(self.request)
        context["atom_feed_url"] = self.index_page.get_atom_feed_url(self.request)
        return context


class AuthorListing(ArticleListing):
    """One author's articles under the index, newest first; no filters."""

    def __init__(self, index_page, request, person):
        super().__init__(index_page, request)
        self.person = person

    def get_filter_form(self):
        return FilterForm()

    def get_items(self):
        return super().get_items().filter(authors__person=self.person).distinct()

    def context(self):
        context = super().context()
        context["person"] = self.person
        return context


def author_view(index_page, request, slug):
    """The page of one person in the index's bylines; 404 for anyone else."""
    person = index_page.get_author(slug)
    if person is None:
        raise Http404("No author with this slug has articles here.")
    return index_page.render(
        request,
        template="wagtail_ledelsesugen/article_author.html",
        context_overrides=AuthorListing(index_page, request, person).context(),
    )

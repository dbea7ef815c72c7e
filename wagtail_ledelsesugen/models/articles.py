"""Articles: news, debate posts, columns, portraits and interviews by public leaders."""

import datetime
import math
from urllib.parse import urlencode, urljoin

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Prefetch, prefetch_related_objects
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from ..blocks import ArticleBodyBlock
from ..choices import ArticleKind
from ..dates import local_today, local_zone
from ..localization import children_in_locale, listed_pages, localized
from ..structured_data import articles as article_data
from ..wagtail_api import InPageLocale, PersonSerializer, TaxonomySerializer
from .base import ORDERED_ROWS, LedelsesugenPageMixin

WORDS_PER_MINUTE = 200
LINKEDIN_SHARE_URL = "https://www.linkedin.com/sharing/share-offsite/"
# Open Graph's recommended size; the image is cropped around its focal point.
SOCIAL_IMAGE_FILTER = "fill-1200x630"


class ArticlePersonLink(TranslatableMixin, Orderable):
    """A person linked to an article, in editor order."""

    person = models.ForeignKey(
        "wagtail_ledelsesugen.Person",
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = ["person"]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        ordering = ORDERED_ROWS
        abstract = True


class ArticleAuthor(ArticlePersonLink):
    """A person in the byline (not the Wagtail user who published the page)."""

    page = ParentalKey(
        "wagtail_ledelsesugen.ArticlePage",
        on_delete=models.CASCADE,
        related_name="authors",
    )

    class Meta(ArticlePersonLink.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")


class ArticlePortrayed(ArticlePersonLink):
    """A person an interview or portrait is about."""

    page = ParentalKey(
        "wagtail_ledelsesugen.ArticlePage",
        on_delete=models.CASCADE,
        related_name="portrayed",
    )

    class Meta(ArticlePersonLink.Meta):
        verbose_name = _("person portrayed")
        verbose_name_plural = _("people portrayed")


def person_links(related_name):
    """A prefetch of an article's person links, each with its person loaded."""
    model = ArticlePage._meta.get_field(related_name).related_model
    return Prefetch(
        related_name, queryset=model.objects.select_related("person__organisation")
    )


class ArticlePage(LedelsesugenPageMixin, Page):
    """One article, debate post, column, portrait, interview or news item."""

    kind = models.CharField(
        _("kind"), max_length=16, choices=ArticleKind.choices, default="article"
    )
    publication_date = models.DateField(
        _("publication date"),
        null=True,
        blank=True,
        help_text=_("Leave blank to use the day the article is first published."),
    )
    lead = models.TextField(_("lead paragraph"))
    hero_image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_alt_text = models.CharField(
        _("alternative text"),
        max_length=255,
        blank=True,
        help_text=_("Describe the image for people who cannot see it."),
    )
    themes = ParentalManyToManyField(
        "wagtail_ledelsesugen.Theme",
        verbose_name=_("themes"),
        blank=True,
        related_name="articles",
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"))

    content_panels = Page.content_panels + [
        "kind",
        InlinePanel("authors", label=_("Byline")),
        InlinePanel(
            "portrayed",
            label=_("People portrayed"),
            help_text=_("For interviews and portraits."),
        ),
        "publication_date",
        "lead",
        MultiFieldPanel(["hero_image", "hero_alt_text"], heading=_("Image")),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        "body",
    ]

    search_fields = Page.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.RelatedFields(
            "authors", [index.RelatedFields("person", [index.SearchField("name")])]
        ),
        index.FilterField("kind"),
        index.FilterField("publication_date"),
    ]

    api_fields = [
        APIField("kind"),
        APIField(
            "authors", serializer=PersonSerializer(many=True, source="author_people")
        ),
        APIField(
            "portrayed",
            serializer=PersonSerializer(many=True, source="portrayed_people"),
        ),
        APIField("publication_date"),
        APIField("lead"),
        APIField("hero_image"),
        APIField("hero_alt_text"),
        APIField("themes", serializer=InPageLocale("themes", TaxonomySerializer())),
        APIField("body"),
    ]

    parent_page_types = ["wagtail_ledelsesugen.ArticleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def clean(self):
        super().clean()
        if self.hero_image_id and not self.hero_alt_text:
            raise ValidationError(
                {"hero_alt_text": _("An image needs an alternative text.")}
            )

    def save(self, *args, **kwargs):
        if self.live and self.publication_date is None:
            self.publication_date = local_today()
        super().save(*args, **kwargs)

    @property
    def date(self):
        """The publication date, or the first publication, or today for drafts."""
        if self.publication_date:
            return self.publication_date
        if self.first_published_at:
            return timezone.localdate(self.first_published_at)
        return local_today()

    @property
    def reading_minutes(self):
        """Minutes to read the lead and body at 200 words a minute (at least 1)."""
        words = len(self.lead.split())
        for block in self.body:
            words += len(strip_tags(str(block.render_as_block())).split())
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    def linked_people(self, related_name):
        """The people of ``authors`` or ``portrayed`` in editor order, in one query."""
        links = getattr(self, related_name).all()
        if related_name not in getattr(self, "_prefetched_objects_cache", {}):
            links = links.select_related("person__organisation", "person__photo")
        return [link.person for link in links]

    @cached_property
    def author_people(self):
        """The people in the byline, in editor order."""
        return self.linked_people("authors")

    @cached_property
    def portrayed_people(self):
        """The people an interview or portrait is about, in editor order."""
        return self.linked_people("portrayed")

    @property
    def author_names(self):
        """The byline's names only, e.g. for feeds."""
        return [person.name for person in self.author_people]

    @property
    def published_at(self):
        """The first publication if on the publication date, else that midnight."""
        if self.first_published_at:
            first = timezone.localtime(self.first_published_at, local_zone())
            if first.date() == self.date:
                return first
        return datetime.datetime.combine(
            self.date, datetime.time.min, tzinfo=local_zone()
        )

    @cached_property
    def index_page(self):
        """The article index this article is in; None before it has a place."""
        if not self.depth or self.depth < 2:
            return None
        # Its locale too: the feed addresses in the head need it.
        return ArticleIndexPage.objects.parent_of(self).select_related("locale").first()

    def get_share_url(self, request=None):
        """The LinkedIn address that shares this page (a plain link, no script)."""
        return f"{LINKEDIN_SHARE_URL}?{urlencode({'url': self.get_full_url(request)})}"

    @cached_property
    def social_image(self):
        """The rendition shown when the page is shared, or None without an image."""
        if not self.hero_image:
            return None
        return self.hero_image.get_rendition(SOCIAL_IMAGE_FILTER)

    def get_social_image_url(self, request=None):
        """The full address of the shared image on this page's site, or ""."""
        rendition = self.social_image
        if rendition is None:
            return ""
        url_parts = self.get_url_parts(request)
        if url_parts is None:
            return rendition.full_url
        return urljoin(url_parts[1] + "/", rendition.url)

    def get_structured_data(self, request=None):
        """The schema.org ``Article`` (``NewsArticle`` for news), ready for JSON-LD."""
        return article_data.article(self, request)

    def get_context(self, request, *args, **kwargs):
        if self.pk:
            # Themes are read by the page, its related articles and its JSON-LD.
            prefetch_related_objects([self], "themes")
        context = super().get_context(request, *args, **kwargs)
        context["index_page"] = self.index_page
        if self.index_page:
            context["feed_url"] = self.index_page.get_feed_url(request)
            context["atom_feed_url"] = self.index_page.get_atom_feed_url(request)
        context["themes"] = localized(self, "themes")
        context["full_url"] = self.get_full_url(request)
        context["share_url"] = self.get_share_url(request)
        context["social_image"] = self.social_image
        context["social_image_url"] = self.get_social_image_url(request)
        context["related_articles"] = self.related_articles()
        context["structured_data"] = self.get_structured_data(request)
        return context

    def related_articles(self, limit=3):
        """Other articles this page may show (see ``listed_pages``) sharing
        the most themes with this one, newest first."""
        theme_ids = [theme.pk for theme in self.themes.all()]
        if not theme_ids:
            return []
        articles = ArticlePage.objects.filter(
            locale_id=self.locale_id, themes__in=theme_ids
        )
        return list(
            listed_pages(articles, shown_on=self)
            .exclude(translation_key=self.translation_key)
            .annotate(shared_themes=Count("themes"))
            .order_by(
                "-shared_themes",
                models.F("publication_date").desc(nulls_last=True),
                "-pk",
            )
            .prefetch_related(person_links("authors"))[:limit]
        )


class ArticleIndexPage(LedelsesugenPageMixin, RoutablePageMixin, Page):
    """Articles filtered by kind, theme, author and year; an author's page; feeds."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + ["intro"]

    api_fields = [APIField("intro")]

    subpage_types = ["wagtail_ledelsesugen.ArticlePage"]

    class Meta:
        verbose_name = _("article index")
        verbose_name_plural = _("article indexes")

    def get_articles(self):
        """Live articles under this page, newest first, with their bylines."""
        return (
            children_in_locale(self, ArticlePage)
            .select_related("hero_image", "locale")
            .prefetch_related("themes", person_links("authors"))
            .order_by(models.F("publication_date").desc(nulls_last=True), "-pk")
        )

    def get_article_authors(self):
        """The people in the bylines of this index's live articles, by name."""
        from .taxonomy import Person

        links = ArticleAuthor.objects.filter(
            page__in=children_in_locale(self, ArticlePage)
        )
        return Person.objects.filter(pk__in=links.values("person"))

    def get_author(self, slug):
        """The person with ``slug`` in this index's bylines, or None."""
        authors = (
            self.get_article_authors()
            .filter(slug=slug)
            .select_related("organisation", "photo")
        )
        return authors.filter(locale_id=self.locale_id).first() or authors.first()

    def get_feed_url(self, request=None):
        """The address of this index's RSS feed."""
        return self.get_url(request) + self.reverse_subpage("rss")

    def get_atom_feed_url(self, request=None):
        """The address of this index's Atom feed."""
        return self.get_url(request) + self.reverse_subpage("atom")

    @path("", name="index")
    def index_route(self, request):
        from ..article_listing import ArticleListing

        return self.render(
            request, context_overrides=ArticleListing(self, request).context()
        )

    @path("author/<str:slug>/", name="author")
    def author_route(self, request, slug):
        from ..article_listing import author_view

        return author_view(self, request, slug)

    @path("rss/", name="rss")
    def rss_route(self, request):
        from ..feeds import ArticleFeed

        return ArticleFeed(self)(request)

    @path("atom/", name="atom")
    def atom_route(self, request):
        from ..feeds import ArticleAtomFeed

        return ArticleAtomFeed(self)(request)

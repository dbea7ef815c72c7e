"""Articles in the API: the article index's list with its filters, and one article
with its body."""

import datetime
from typing import Literal

from django.db.models import F
from django.shortcuts import get_object_or_404
from django.utils.translation import override
from ninja import Field, Query, Router, Schema
from ninja.decorators import decorate_view

from ..article_listing import CARD_IMAGE_FILTER
from ..choices import ArticleKind
from ..listing import linked_to_slug, search_within
from ..models.articles import ArticleIndexPage, ArticlePage, person_links
from ..models.taxonomy import Person, Theme
from .caching import cacheable
from .errors import Problem
from .images import ImageRef, Renditions, rendition_prefetch
from .pages import PageBatch
from .schemas import (
    Choice,
    ItemId,
    ListParams,
    PageItem,
    PersonRef,
    Text,
    ThemeRef,
    choice,
    person_ref,
    theme_ref,
)
from .scope import in_locale, list_answer, public_pages, under_index
from .streamfield import stream_json

router = Router(tags=["articles"])


class ArticleSummary(PageItem):
    kind: Choice
    date: datetime.date = Field(
        description="The publication date, else the day first published."
    )
    lead: str
    authors: list[PersonRef] = Field(description="The byline, in editor order.")
    portrayed: list[PersonRef] = Field(
        description="The people an interview or portrait is about."
    )
    themes: list[ThemeRef]
    image: ImageRef | None = Field(
        description="The article's image as a 480×270 crop, as on the index's cards."
    )


class ArticleDetail(ArticleSummary):
    reading_minutes: int = Field(
        description="Minutes to read the lead and body at 200 words a minute."
    )
    body: list[dict] = Field(
        description="The body's blocks as {type, id, value}; rich text is HTML "
        "with absolute links."
    )


class ArticleList(Schema):
    count: int
    limit: int
    offset: int
    items: list[ArticleSummary]


ArticleOrder = Literal["-date", "date", "title", "-title"]

ORDERINGS = {
    "-date": [F("publication_date").desc(nulls_last=True), "-pk"],
    "date": [F("publication_date").asc(nulls_last=True), "pk"],
    "title": ["title", "pk"],
    "-title": ["-title", "-pk"],
}


class ArticleFilters(ListParams):
    index: ItemId | None = Field(None, description="Only articles of this index page.")
    kind: ArticleKind | None = None
    theme: Text | None = Field(None, description="A theme's slug, in any language.")
    author: Text | None = Field(
        None, description="The slug of a person in the byline, in any language."
    )
    year: int | None = Field(None, ge=1900, le=9000)
    search: Text | None = Field(None, max_length=200)
    order: ArticleOrder = Field("-date", description="-date is newest first.")


def with_relations(articles):
    """Articles with what the API shows of them, in a constant number of queries."""
    return articles.select_related("locale", "hero_image").prefetch_related(
        "themes",
        person_links("authors"),
        person_links("portrayed"),
        rendition_prefetch("hero_image", CARD_IMAGE_FILTER),
    )


def filtered_articles(request, filters):
    """The public articles the filters ask for, in the order asked for."""
    articles = public_pages(request, ArticlePage)
    articles = in_locale(articles, filters.locale)
    articles = under_index(articles, request, ArticleIndexPage, filters.index)
    if filters.kind:
        articles = articles.filter(kind=filters.kind)
    articles = linked_to_slug(articles, "themes", Theme, filters.theme)
    articles = linked_to_slug(articles, "authors__person", Person, filters.author)
    if filters.year:
        articles = articles.filter(publication_date__year=filters.year)
    if filters.search:
        articles = search_within(articles, filters.search)
    return articles.distinct().order_by(*ORDERINGS[filters.order])


class ArticleSerializer:
    """Turns a batch of articles into API dicts with a fixed number of queries."""

    def __init__(self, request, articles):
        self.request = request
        self.batch = PageBatch(request, articles)
        self.images = Renditions(CARD_IMAGE_FILTER, request)
        for article in articles:
            locale_id = article.locale_id
            self.batch.localizer.want(article.themes.all(), locale_id)
            self.batch.localizer.want(article.author_people, locale_id)
            self.batch.localizer.want(article.portrayed_people, locale_id)
        self.batch.localizer.fetch()

    def summary(self, article):
        """The :class:`ArticleSummary` fields of one article, in its language."""
        with override(article.locale.language_code):
            return self._summary(article)

    def _summary(self, article):
        localized = self.batch.localized
        return {
            **self.batch.item(article),
            "kind": choice(ArticleKind, article.kind),
            "date": article.date,
            "lead": article.lead,
            "authors": [
                person_ref(p) for p in localized(article.author_people, article)
            ],
            "portrayed": [
                person_ref(p) for p in localized(article.portrayed_people, article)
            ],
            "themes": [theme_ref(t) for t in localized(article.themes.all(), article)],
            "image": self.images.ref(article.hero_image, article.hero_alt_text),
        }

    def detail(self, article):
        """The :class:`ArticleDetail` fields: the summary, reading time and body."""
        with override(article.locale.language_code):
            data = self._summary(article)
            data["reading_minutes"] = article.reading_minutes
            data["body"] = stream_json(article.body, self.request)
        return data


@router.get(
    "articles/",
    response={200: ArticleList, 400: Problem},
    summary="List articles",
)
@decorate_view(cacheable)
def list_articles(request, filters: Query[ArticleFilters]):
    """Articles of the site's article indexes, filtered like the index page.

    Items leave out ``body`` and ``reading_minutes`` (counting words renders
    the body); read one article for them.
    """
    return list_answer(
        request,
        with_relations(filtered_articles(request, filters)),
        filters,
        ArticleSerializer,
    )


@router.get(
    "articles/{article_id}/",
    response={200: ArticleDetail, 400: Problem, 404: Problem},
    summary="Read one article",
)
@decorate_view(cacheable)
def read_article(request, article_id: ItemId):
    """One article with its reading time and body."""
    article = get_object_or_404(
        with_relations(public_pages(request, ArticlePage)), pk=article_id
    )
    return ArticleSerializer(request, [article]).detail(article)

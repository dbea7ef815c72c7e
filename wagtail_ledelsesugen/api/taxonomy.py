"""Themes, organisations and people in the API: lists by name, and one of each.

Snippets are not pages: every one of them is public, whatever the site.
"""

from django.shortcuts import get_object_or_404
from django.utils.translation import override
from ninja import Field, Query, Router, Schema
from ninja.decorators import decorate_view

from ..choices import Sector
from ..localization import SnippetLocalizer
from ..models.taxonomy import Organisation, Person, Theme
from .caching import cacheable
from .errors import Problem
from .images import ImageRef, Renditions, rendition_prefetch
from .schemas import (
    Choice,
    ItemId,
    ListParams,
    OrganisationRef,
    Text,
    ThemeRef,
    Translation,
    choice,
    organisation_ref,
    theme_ref,
)
from .scope import in_locale, list_answer

router = Router(tags=["taxonomy"])

PHOTO_FILTER = "fill-240x240"


class SnippetItem(Schema):
    """What every theme, organisation and person has besides its own fields."""

    locale: str
    translations: list[Translation]


class ThemeItem(ThemeRef, SnippetItem):
    description: str


class OrganisationItem(OrganisationRef, SnippetItem):
    sector: Choice


class PersonItem(SnippetItem):
    id: int
    slug: str
    name: str
    job_title: str
    organisation: OrganisationRef | None = Field(
        description="In the person's language where translated."
    )
    bio: str
    photo: ImageRef | None = Field(
        description="A 240×240 crop of the photo; its alternative text is the name."
    )


class SnippetFilters(ListParams):
    search: Text | None = Field(
        None, max_length=200, description="Part of the name, in any case."
    )


class ThemeList(Schema):
    count: int
    limit: int
    offset: int
    items: list[ThemeItem]


class OrganisationList(Schema):
    count: int
    limit: int
    offset: int
    items: list[OrganisationItem]


class PersonList(Schema):
    count: int
    limit: int
    offset: int
    items: list[PersonItem]


def filtered(snippets, filters):
    """``snippets`` narrowed by the filters, by name."""
    snippets = in_locale(snippets.select_related("locale"), filters.locale)
    if filters.search:
        snippets = snippets.filter(name__icontains=filters.search)
    return snippets.order_by("name", "pk")


def translations_of(snippets):
    """``{translation_key: [(language code, id)]}`` of ``snippets``, in one query."""
    if not snippets:
        return {}
    model = type(snippets[0])
    rows = (
        model.objects.filter(translation_key__in={s.translation_key for s in snippets})
        .order_by("locale__language_code")
        .values_list("translation_key", "pk", "locale__language_code")
    )
    found = {}
    for key, pk, language_code in rows:
        found.setdefault(key, []).append((language_code, pk))
    return found


class SnippetSerializer:
    """Turns a batch of snippets into API dicts with a fixed number of queries."""

    def __init__(self, request, snippets):
        self.request = request
        self.translations = translations_of(snippets)

    def summary(self, snippet):
        """The :class:`SnippetItem` fields, with the snippet's own (override)."""
        return {
            "locale": snippet.locale.language_code,
            "translations": [
                {"locale": language_code, "id": pk}
                for language_code, pk in self.translations.get(
                    snippet.translation_key, []
                )
                if pk != snippet.pk
            ],
        }


class ThemeSerializer(SnippetSerializer):
    def summary(self, theme):
        return {
            **super().summary(theme),
            **theme_ref(theme),
            "description": theme.description,
        }


class OrganisationSerializer(SnippetSerializer):
    def summary(self, organisation):
        with override(organisation.locale.language_code):
            return {
                **super().summary(organisation),
                **organisation_ref(organisation),
                "sector": choice(Sector, organisation.sector),
            }


class PersonSerializer(SnippetSerializer):
    def __init__(self, request, people):
        super().__init__(request, people)
        self.photos = Renditions(PHOTO_FILTER, request)
        self.localizer = SnippetLocalizer()
        for person in people:
            self.localizer.want([person.organisation], person.locale_id)
        self.localizer.fetch()

    def summary(self, person):
        organisation = self.localizer.get(person.organisation, person.locale_id)
        return {
            **super().summary(person),
            "id": person.pk,
            "slug": person.slug,
            "name": person.name,
            "job_title": person.job_title,
            "organisation": organisation_ref(organisation) if organisation else None,
            "bio": person.bio,
            "photo": self.photos.ref(person.photo, person.name),
        }


def people():
    """People with their organisation and photo, in a constant number of queries."""
    return Person.objects.select_related("organisation", "photo").prefetch_related(
        rendition_prefetch("photo", PHOTO_FILTER)
    )


def snippet_list(request, snippets, filters, serializer_class):
    """The list answer of ``snippets`` narrowed by ``filters``."""
    return list_answer(request, filtered(snippets, filters), filters, serializer_class)


def snippet_detail(request, snippets, snippet_id, serializer_class):
    """The answer for one of ``snippets``, or 404."""
    snippet = get_object_or_404(snippets.select_related("locale"), pk=snippet_id)
    return serializer_class(request, [snippet]).summary(snippet)


@router.get(
    "themes/",
    response={200: ThemeList, 400: Problem},
    summary="List themes",
)
@decorate_view(cacheable)
def list_themes(request, filters: Query[SnippetFilters]):
    """Themes events, articles, startkits and recordings are about, by name."""
    return snippet_list(request, Theme.objects.all(), filters, ThemeSerializer)


@router.get(
    "themes/{theme_id}/",
    response={200: ThemeItem, 400: Problem, 404: Problem},
    summary="Read one theme",
)
@decorate_view(cacheable)
def read_theme(request, theme_id: ItemId):
    """One theme with its description."""
    return snippet_detail(request, Theme.objects.all(), theme_id, ThemeSerializer)


@router.get(
    "organisations/",
    response={200: OrganisationList, 400: Problem},
    summary="List organisations",
)
@decorate_view(cacheable)
def list_organisations(request, filters: Query[SnippetFilters]):
    """Organisers, employers and partners, by name."""
    return snippet_list(
        request, Organisation.objects.all(), filters, OrganisationSerializer
    )


@router.get(
    "organisations/{organisation_id}/",
    response={200: OrganisationItem, 400: Problem, 404: Problem},
    summary="Read one organisation",
)
@decorate_view(cacheable)
def read_organisation(request, organisation_id: ItemId):
    """One organisation with its sector and website."""
    return snippet_detail(
        request, Organisation.objects.all(), organisation_id, OrganisationSerializer
    )


@router.get(
    "people/",
    response={200: PersonList, 400: Problem},
    summary="List people",
)
@decorate_view(cacheable)
def list_people(request, filters: Query[SnippetFilters]):
    """Speakers, authors and people portrayed, by name."""
    return snippet_list(request, people(), filters, PersonSerializer)


@router.get(
    "people/{person_id}/",
    response={200: PersonItem, 400: Problem, 404: Problem},
    summary="Read one person",
)
@decorate_view(cacheable)
def read_person(request, person_id: ItemId):
    """One person with their organisation, bio and photo."""
    return snippet_detail(request, people(), person_id, PersonSerializer)

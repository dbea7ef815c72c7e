"""Startkits in the API: the startkit index's list with its filters, and one
startkit with its steps and dialogue cards."""

from typing import Literal

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.utils.translation import override
from ninja import Field, Query, Router, Schema
from ninja.decorators import decorate_view

from ..choices import Audience, StartkitActivity, StartkitLength
from ..fields import contains_choice
from ..listing import linked_to_slug, search_within
from ..models.startkits import (
    LENGTH_LIMITS,
    Download,
    StartkitExample,
    StartkitIndexPage,
    StartkitMaterial,
    StartkitPage,
)
from ..models.taxonomy import Theme
from ..startkit_listing import length_condition
from .caching import cacheable
from .errors import Problem
from .pages import PageBatch
from .schemas import (
    Choice,
    ItemId,
    ListParams,
    OrganisationRef,
    PageItem,
    Text,
    ThemeRef,
    choice,
    organisation_ref,
    theme_ref,
)
from .scope import in_locale, list_answer, public_pages, under_index
from .streamfield import absolute_url, rich_text_html, stream_json

router = Router(tags=["startkits"])


class DownloadItem(Schema):
    title: str
    url: str = Field(description="Absolute URL of the file.")
    extension: str = Field(description="The file type, e.g. PDF.")
    size: int | None = Field(description="In bytes; null when the file is missing.")


class Example(Schema):
    """An organisation that ran the activity."""

    organisation: OrganisationRef
    description: str
    url: str


class Step(Schema):
    number: int
    title: str
    minutes: int | None = Field(description="Suggested minutes for the step.")
    text: str = Field(description="HTML with absolute links.")
    materials: list[DownloadItem]


class StartkitSummary(PageItem):
    activity: Choice
    duration_minutes: int = Field(description="How long the activity itself lasts.")
    length: Choice = Field(description="The duration's bucket, as the length filter.")
    preparation_minutes: int | None
    group_size_min: int | None
    group_size_max: int | None
    audience: list[Choice]
    themes: list[ThemeRef]
    intro: str = Field(description="Why: the purpose of the activity.")
    developed_by: OrganisationRef | None
    materials: list[DownloadItem]
    examples: list[Example]


class StartkitDetail(StartkitSummary):
    description: str = Field(description="What: the activity, as HTML.")
    steps: list[Step] = Field(description="How: the plan, numbered from 1.")
    dialogue_cards: list[dict] = Field(
        description="Decks of question cards as {type, id, value} blocks."
    )


class StartkitList(Schema):
    count: int
    limit: int
    offset: int
    items: list[StartkitSummary]


StartkitOrder = Literal["title", "-title", "duration", "-duration"]

ORDERINGS = {
    "title": ["title", "pk"],
    "-title": ["-title", "-pk"],
    "duration": ["duration_minutes", "title", "pk"],
    "-duration": ["-duration_minutes", "title", "pk"],
}


class StartkitFilters(ListParams):
    index: ItemId | None = Field(None, description="Only startkits of this index page.")
    activity: StartkitActivity | None = None
    theme: Text | None = Field(None, description="A theme's slug, in any language.")
    length: StartkitLength | None = Field(
        None, description="short: up to 60 minutes; medium: 61 to 180; long: more."
    )
    audience: Audience | None = None
    search: Text | None = Field(None, max_length=200)
    order: StartkitOrder = "title"


def with_relations(startkits):
    """Startkits with what the API shows of them, in a constant number of queries."""
    return startkits.select_related("locale", "developed_by").prefetch_related(
        "themes",
        Prefetch(
            "materials", queryset=StartkitMaterial.objects.select_related("document")
        ),
        Prefetch(
            "examples", queryset=StartkitExample.objects.select_related("organisation")
        ),
    )


def filtered_startkits(request, filters):
    """The public startkits the filters ask for, in the order asked for."""
    startkits = public_pages(request, StartkitPage)
    startkits = in_locale(startkits, filters.locale)
    startkits = under_index(startkits, request, StartkitIndexPage, filters.index)
    if filters.activity:
        startkits = startkits.filter(activity=filters.activity)
    startkits = linked_to_slug(startkits, "themes", Theme, filters.theme)
    if filters.length:
        startkits = startkits.filter(length_condition(filters.length))
    if filters.audience:
        startkits = startkits.filter(contains_choice("audience", filters.audience))
    if filters.search:
        startkits = search_within(startkits, filters.search)
    return startkits.distinct().order_by(*ORDERINGS[filters.order])


def length_of(minutes):
    """The :class:`StartkitLength` bucket ``minutes`` falls in."""
    for length, (shortest, longest) in LENGTH_LIMITS.items():
        if (shortest is None or minutes >= shortest) and (
            longest is None or minutes <= longest
        ):
            return length
    return StartkitLength.LONG


class StartkitSerializer:
    """Turns a batch of startkits into API dicts with a fixed number of queries."""

    def __init__(self, request, startkits):
        self.request = request
        self.batch = PageBatch(request, startkits)
        for startkit in startkits:
            locale_id = startkit.locale_id
            self.batch.localizer.want(startkit.themes.all(), locale_id)
            self.batch.localizer.want([startkit.developed_by], locale_id)
            self.batch.localizer.want(
                [example.organisation for example in startkit.examples.all()],
                locale_id,
            )
        self.batch.localizer.fetch()

    def summary(self, startkit):
        """The :class:`StartkitSummary` fields of one startkit, in its language."""
        with override(startkit.locale.language_code):
            return self._summary(startkit)

    def _summary(self, startkit):
        localized = self.batch.localized
        [developer] = localized([startkit.developed_by], startkit)
        return {
            **self.batch.item(startkit),
            "activity": choice(StartkitActivity, startkit.activity),
            "duration_minutes": startkit.duration_minutes,
            "length": choice(StartkitLength, length_of(startkit.duration_minutes)),
            "preparation_minutes": startkit.preparation_minutes,
            "group_size_min": startkit.group_size_min,
            "group_size_max": startkit.group_size_max,
            "audience": [choice(Audience, value) for value in startkit.audience],
            "themes": [
                theme_ref(t) for t in localized(startkit.themes.all(), startkit)
            ],
            "intro": startkit.intro,
            "developed_by": organisation_ref(developer) if developer else None,
            "materials": [
                self.download(Download.of(material.document, material.title))
                for material in startkit.materials.all()
            ],
            "examples": self.examples(startkit),
        }

    def examples(self, startkit):
        examples = startkit.examples.all()
        organisations = self.batch.localized(
            [example.organisation for example in examples], startkit
        )
        return [
            {
                "organisation": organisation_ref(organisation),
                "description": example.description,
                "url": example.url,
            }
            for example, organisation in zip(examples, organisations, strict=True)
        ]

    def download(self, download):
        """A :class:`~wagtail_ledelsesugen.models.startkits.Download` as JSON."""
        return {
            "title": download.title,
            "url": absolute_url(download.url, self.request),
            "extension": download.extension,
            "size": download.size,
        }

    def detail(self, startkit):
        """The :class:`StartkitDetail` fields: the summary, description, steps
        and dialogue cards."""
        with override(startkit.locale.language_code):
            data = self._summary(startkit)
            data["description"] = rich_text_html(startkit.description, self.request)
            data["steps"] = [self.step(step) for step in startkit.get_step_plan()]
            data["dialogue_cards"] = stream_json(startkit.dialogue_cards, self.request)
        return data

    def step(self, step):
        return {
            "number": step.number,
            "title": step.title,
            "minutes": step.minutes,
            "text": rich_text_html(step.text.source, self.request),
            "materials": [self.download(download) for download in step.downloads],
        }


@router.get(
    "startkits/",
    response={200: StartkitList, 400: Problem},
    summary="List startkits",
)
@decorate_view(cacheable)
def list_startkits(request, filters: Query[StartkitFilters]):
    """Startkits of the site's startkit indexes, filtered like the index page.

    Items leave out ``description``, ``steps`` and ``dialogue_cards``; read
    one startkit for them.
    """
    return list_answer(
        request,
        with_relations(filtered_startkits(request, filters)),
        filters,
        StartkitSerializer,
    )


@router.get(
    "startkits/{startkit_id}/",
    response={200: StartkitDetail, 400: Problem, 404: Problem},
    summary="Read one startkit",
)
@decorate_view(cacheable)
def read_startkit(request, startkit_id: ItemId):
    """One startkit with its description, steps and dialogue cards."""
    startkit = get_object_or_404(
        with_relations(public_pages(request, StartkitPage)), pk=startkit_id
    )
    return StartkitSerializer(request, [startkit]).detail(startkit)

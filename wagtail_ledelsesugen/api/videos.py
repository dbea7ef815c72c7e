"""Video and audio in the API: the index's list with its filters, and one
recording with its player and transcript."""

from typing import Literal

from django.db.models import F, Prefetch
from django.shortcuts import get_object_or_404
from django.utils.translation import override
from ninja import Field, Query, Router, Schema
from ninja.decorators import decorate_view

from ..choices import MediaKind
from ..listing import linked_to_slug, search_within
from ..models.events import EventPage
from ..models.media import MediaSpeaker, VideoIndexPage, VideoPage
from ..models.taxonomy import Person, Theme
from .caching import cacheable
from .errors import Problem
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
from .streamfield import absolute_url

router = Router(tags=["videos"])


class RecordedEvent(Schema):
    """The event a recording was made at."""

    id: int
    title: str
    url: str


class Chapter(Schema):
    start: str = Field(description="As the editor wrote it, e.g. 12:30 or 1:02:15.")
    seconds: int = Field(description="The start in seconds from the beginning.")
    title: str


class Player(Schema):
    """The provider's player of an embedded recording."""

    provider: str = Field(description="Who shows the recording, e.g. YouTube.")
    url: str | None = Field(
        description="The player's address, on the provider's cookieless host or "
        "told not to track; null when the provider is unknown. Load it only "
        "once the visitor has agreed, as the site's page does."
    )


class VideoSummary(PageItem):
    kind: Choice = Field(description="video or audio.")
    intro: str
    year: int | None
    duration_minutes: int | None = Field(description="Whole minutes.")
    duration: str | None = Field(
        description="The same duration as ISO 8601, e.g. PT1H30M."
    )
    speakers: list[PersonRef]
    themes: list[ThemeRef]
    event: RecordedEvent | None = Field(
        description="The public event the recording was made at, in the "
        "recording's language where translated."
    )
    embed_url: str | None = Field(
        description="The recording's address on YouTube, Vimeo and the like; "
        "null for an uploaded file."
    )
    media_url: str | None = Field(
        description="Absolute URL of the uploaded file (MP4, WebM, MP3 or M4A); "
        "null for an embed."
    )
    captions_url: str | None = Field(
        description="Absolute URL of the WebVTT captions of an uploaded video."
    )
    chapters: list[Chapter]


class VideoDetail(VideoSummary):
    player: Player | None = Field(description="Only for an embedded recording.")
    transcript: str = Field(description="Plain text; blank lines part paragraphs.")


class VideoList(Schema):
    count: int
    limit: int
    offset: int
    items: list[VideoSummary]


VideoOrder = Literal["-year", "year", "title", "-title"]

ORDERINGS = {
    "-year": [F("year").desc(nulls_last=True), "title", "pk"],
    "year": [F("year").asc(nulls_last=True), "title", "pk"],
    "title": ["title", "pk"],
    "-title": ["-title", "-pk"],
}


class VideoFilters(ListParams):
    index: ItemId | None = Field(
        None, description="Only recordings of this index page."
    )
    kind: MediaKind | None = None
    theme: Text | None = Field(None, description="A theme's slug, in any language.")
    speaker: Text | None = Field(
        None, description="The slug of a speaker, in any language."
    )
    year: int | None = Field(None, ge=1900, le=9000)
    search: Text | None = Field(None, max_length=200)
    order: VideoOrder = Field("-year", description="-year is newest first.")


def with_relations(recordings):
    """Recordings with what the API shows of them, in a constant number of queries."""
    return recordings.select_related(
        "locale", "media_file", "captions"
    ).prefetch_related(
        "themes",
        Prefetch(
            "speakers",
            queryset=MediaSpeaker.objects.select_related("person__organisation"),
        ),
    )


def filtered_recordings(request, filters):
    """The public recordings the filters ask for, in the order asked for."""
    recordings = public_pages(request, VideoPage)
    recordings = in_locale(recordings, filters.locale)
    recordings = under_index(recordings, request, VideoIndexPage, filters.index)
    if filters.kind:
        recordings = recordings.filter(media_kind=filters.kind)
    recordings = linked_to_slug(recordings, "themes", Theme, filters.theme)
    recordings = linked_to_slug(recordings, "speakers__person", Person, filters.speaker)
    if filters.year:
        recordings = recordings.filter(year=filters.year)
    if filters.search:
        recordings = search_within(recordings, filters.search)
    return recordings.distinct().order_by(*ORDERINGS[filters.order])


def recorded_events(request, recordings):
    """``{recording id: event}``: the public events the recordings were made at,
    in each recording's locale where translated, in one query."""
    linked_ids = {recording.event_id for recording in recordings} - {None}
    if not linked_ids:
        return {}
    linked_keys = EventPage.objects.filter(pk__in=linked_ids).values("translation_key")
    events = public_pages(request, EventPage).filter(translation_key__in=linked_keys)
    by_pk = {event.pk: event for event in events}
    by_key = {
        (event.translation_key, event.locale_id): event for event in by_pk.values()
    }
    found = {}
    for recording in recordings:
        if linked := by_pk.get(recording.event_id):
            key = (linked.translation_key, recording.locale_id)
            found[recording.pk] = by_key.get(key, linked)
    return found


class VideoSerializer:
    """Turns a batch of recordings into API dicts with a fixed number of queries."""

    def __init__(self, request, recordings):
        self.request = request
        self.batch = PageBatch(request, recordings)
        self.events = recorded_events(request, recordings)
        for recording in recordings:
            locale_id = recording.locale_id
            self.batch.localizer.want(recording.themes.all(), locale_id)
            self.batch.localizer.want(
                [link.person for link in recording.speaker_links], locale_id
            )
        self.batch.localizer.fetch()

    def summary(self, recording):
        """The :class:`VideoSummary` fields of one recording, in its language."""
        with override(recording.locale.language_code):
            return self._summary(recording)

    def _summary(self, recording):
        localized = self.batch.localized
        people = [link.person for link in recording.speaker_links]
        return {
            **self.batch.item(recording),
            "kind": choice(MediaKind, recording.media_kind),
            "intro": recording.intro,
            "year": recording.year,
            "duration_minutes": recording.duration_minutes,
            "duration": recording.duration_iso,
            "speakers": [person_ref(p) for p in localized(people, recording)],
            "themes": [
                theme_ref(t) for t in localized(recording.themes.all(), recording)
            ],
            "event": self.event(recording),
            "embed_url": recording.embed_url or None,
            "media_url": self.file_url(recording.media_file),
            "captions_url": self.file_url(recording.captions),
            "chapters": [
                {"start": c.start, "seconds": c.seconds, "title": c.title}
                for c in recording.chapter_list
            ],
        }

    def event(self, recording):
        event = self.events.get(recording.pk)
        if event is None:
            return None
        return {
            "id": event.pk,
            "title": event.title,
            "url": event.get_full_url(self.request),
        }

    def file_url(self, document):
        if document is None:
            return None
        return absolute_url(document.url, self.request)

    def detail(self, recording):
        """The :class:`VideoDetail` fields: the summary, the player and transcript."""
        with override(recording.locale.language_code):
            data = self._summary(recording)
            data["player"] = self.player(recording)
            data["transcript"] = recording.transcript
        return data

    def player(self, recording):
        """The provider and player address (the embed is looked up, and the
        provider asked on first use, only here)."""
        if not recording.embed_url:
            return None
        return {
            "provider": recording.provider_name,
            "url": recording.get_player_src() or None,
        }


@router.get(
    "videos/",
    response={200: VideoList, 400: Problem},
    summary="List video and audio",
)
@decorate_view(cacheable)
def list_videos(request, filters: Query[VideoFilters]):
    """Recordings of the site's video and audio indexes, filtered like the index
    page, newest year first.

    Items leave out ``player`` and ``transcript``; read one recording for them.
    """
    return list_answer(
        request,
        with_relations(filtered_recordings(request, filters)),
        filters,
        VideoSerializer,
    )


@router.get(
    "videos/{video_id}/",
    response={200: VideoDetail, 400: Problem, 404: Problem},
    summary="Read one recording",
)
@decorate_view(cacheable)
def read_video(request, video_id: ItemId):
    """One recording with its player and transcript."""
    recording = get_object_or_404(
        with_relations(public_pages(request, VideoPage)), pk=video_id
    )
    return VideoSerializer(request, [recording]).detail(recording)

"""Video and audio: researchers' talks, webinars, podcasts and recorded events."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import hooks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents import get_document_model_string
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from .. import embeds
from ..blocks import ChapterBlock
from ..choices import MediaKind
from ..localization import children_in_locale, listed_pages, localized
from ..structured_data import media as media_data
from ..wagtail_api import (
    InPageLocale,
    PageLinkSerializer,
    PersonLinkSerializer,
    TaxonomySerializer,
)
from .base import ORDERED_ROWS, LedelsesugenPageMixin


class MediaSpeaker(TranslatableMixin, Orderable):
    """A person speaking in a recording, in editor order."""

    page = ParentalKey(
        "wagtail_ledelsesugen.VideoPage",
        on_delete=models.CASCADE,
        related_name="speakers",
    )
    person = models.ForeignKey(
        "wagtail_ledelsesugen.Person",
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = ["person"]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        ordering = ORDERED_ROWS
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")


class VideoPage(LedelsesugenPageMixin, Page):
    """A video or audio recording, embedded with consent or uploaded."""

    media_kind = models.CharField(
        _("kind"), max_length=8, choices=MediaKind.choices, default=MediaKind.VIDEO
    )
    intro = models.TextField(_("introduction"), blank=True)
    embed_url = models.URLField(
        _("embed address"),
        blank=True,
        help_text=_(
            "The address of the video or audio on YouTube, Vimeo and the like."
        ),
    )
    media_file = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("uploaded file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Instead of an embed address: an MP4, WebM, MP3 or M4A file."),
    )
    captions = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("captions (WebVTT)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A .vtt file with captions for an uploaded video."),
    )
    duration_minutes = models.PositiveIntegerField(
        _("duration in minutes"), null=True, blank=True
    )
    year = models.PositiveSmallIntegerField(
        _("year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
    )
    themes = ParentalManyToManyField(
        "wagtail_ledelsesugen.Theme",
        verbose_name=_("themes"),
        blank=True,
        related_name="recordings",
    )
    event = models.ForeignKey(
        "wagtail_ledelsesugen.EventPage",
        verbose_name=_("recording of the event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="recordings",
    )
    transcript = models.TextField(
        _("transcript"),
        blank=True,
        help_text=_("Everything said, as text: needed by people who cannot hear it."),
    )
    chapters = StreamField(
        [("chapter", ChapterBlock())], verbose_name=_("chapters"), blank=True
    )

    content_panels = Page.content_panels + [
        FieldRowPanel(["media_kind", "year", "duration_minutes"]),
        "intro",
        MultiFieldPanel(
            ["embed_url", "media_file", "captions"], heading=_("The recording")
        ),
        InlinePanel("speakers", label=_("Speakers")),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        PageChooserPanel("event", "wagtail_ledelsesugen.EventPage"),
        "chapters",
        "transcript",
    ]

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("transcript"),
        index.RelatedFields(
            "speakers", [index.RelatedFields("person", [index.SearchField("name")])]
        ),
        index.FilterField("media_kind"),
        index.FilterField("year"),
    ]

    api_fields = [
        APIField("media_kind"),
        APIField("year"),
        APIField("duration_minutes"),
        APIField("intro"),
        APIField("embed_url"),
        APIField("media_file"),
        APIField("captions"),
        APIField(
            "speakers",
            serializer=PersonLinkSerializer(many=True, source="speaker_links"),
        ),
        APIField("themes", serializer=InPageLocale("themes", TaxonomySerializer())),
        APIField("event", serializer=PageLinkSerializer(source="recorded_event")),
        APIField("chapters"),
        APIField("transcript"),
    ]

    parent_page_types = ["wagtail_ledelsesugen.VideoIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("video or audio")
        verbose_name_plural = _("videos and audio")

    def clean(self):
        super().clean()
        if bool(self.embed_url) == bool(self.media_file_id):
            raise ValidationError(
                {
                    "embed_url": _(
                        "Give either an embed address or an uploaded file, not both."
                    )
                    if self.embed_url
                    else _("Give an embed address or upload a file.")
                }
            )
        if self.captions_id and not self.media_file_id:
            raise ValidationError(
                {"captions": _("Captions go with an uploaded video file.")}
            )

    @property
    def is_audio(self):
        return self.media_kind == MediaKind.AUDIO

    @property
    def duration_iso(self):
        """The duration as ISO 8601, e.g. ``PT45M``, for ``<time datetime>``."""
        return media_data.iso_duration(self.duration_minutes)

    @cached_property
    def speaker_links(self):
        """The speaker rows in editor order, each with its person loaded."""
        links = self.speakers.all()
        if "speakers" not in getattr(self, "_prefetched_objects_cache", {}):
            links = links.select_related("person__organisation")
        return list(links)

    @cached_property
    def theme_list(self):
        """The themes in the page's language, read once per page view."""
        return localized(self, "themes")

    @cached_property
    def chapter_list(self):
        """The chapters as :class:`~.structured_data.media.Chapter`, in order."""
        return [
            media_data.Chapter(
                start=block.value["start"],
                seconds=media_data.seconds_of(block.value["start"]),
                title=block.value["title"],
            )
            for block in self.chapters
        ]

    @cached_property
    def recorded_event(self):
        """The event this is a recording of, if this page may show it (see
        ``listed_pages``), or None."""
        if not self.event_id:
            return None
        events = self._meta.get_field("event").related_model.objects
        return listed_pages(events.filter(pk=self.event_id), shown_on=self).first()

    @cached_property
    def embed(self):
        """The ``Embed`` of ``embed_url`` from Wagtail's finders, or None."""
        return embeds.find_embed(self.embed_url) if self.embed_url else None

    @property
    def provider_name(self):
        """Who shows an embedded recording, e.g. "YouTube"."""
        return embeds.provider_label(self.embed, self.embed_url)

    def get_player_html(self):
        """The provider's player, privacy-friendly and titled (override to change)."""
        if self.embed is None or not self.embed.html:
            return ""
        return embeds.privacy_friendly_html(self.embed.html, self.title)

    def get_player_src(self):
        """The privacy-friendly address of the provider's player, or ""."""
        return embeds.player_src(self.embed.html) if self.embed else ""

    def get_content_url(self, request=None):
        """The full address of the uploaded file, or "" for an embed."""
        if not self.media_file_id:
            return ""
        url = self.media_file.url
        return request.build_absolute_uri(url) if request is not None else url

    def shows_player(self, request):
        """Whether to show the provider's player: only once the visitor has asked.

        True after the click (``?show=1``), or when a function registered for
        the ``ledelsesugen_show_embed`` hook returns true for ``(page, request)``,
        e.g. because the site remembers the visitor's consent.
        """
        if request.GET.get(embeds.SHOW_PARAMETER) == "1":
            return True
        if getattr(request, "preview_mode", None) == embeds.PLAYER_PREVIEW_MODE:
            return True
        return any(
            hook(self, request) for hook in hooks.get_hooks(embeds.SHOW_EMBED_HOOK)
        )

    @property
    def preview_modes(self):
        """Editors preview the page as visitors first see it, or after the click."""
        return [
            ("", _("As visitors first see it")),
            (embeds.PLAYER_PREVIEW_MODE, _("With the player shown")),
        ]

    def get_structured_data(self, request=None):
        """The schema.org ``VideoObject`` or ``AudioObject`` of this page."""
        return media_data.recording(self, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["show_player"] = bool(self.embed_url) and self.shows_player(request)
        context["show_parameter"] = embeds.SHOW_PARAMETER
        context["structured_data"] = self.get_structured_data(request)
        return context


class VideoIndexPage(LedelsesugenPageMixin, RoutablePageMixin, Page):
    """Video and audio, filtered by kind, theme, year and speaker."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + ["intro"]

    api_fields = [APIField("intro")]

    subpage_types = ["wagtail_ledelsesugen.VideoPage"]

    class Meta:
        verbose_name = _("video and audio index")
        verbose_name_plural = _("video and audio indexes")

    def get_recordings(self):
        """Live recordings under this page, newest year first, with speakers."""
        return (
            children_in_locale(self, VideoPage)
            .select_related("locale")
            .prefetch_related(
                "themes",
                models.Prefetch(
                    "speakers",
                    queryset=MediaSpeaker.objects.select_related("person"),
                ),
            )
            .order_by(models.F("year").desc(nulls_last=True), "title")
        )

    @path("", name="index")
    def index_route(self, request):
        from ..media_listing import MediaListing

        return self.render(
            request, context_overrides=MediaListing(self, request).context()
        )

"""Video and audio: researchers' talks, webinars, podcasts and recorded events."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents import get_document_model_string
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from ..blocks import ChapterBlock
from ..choices import MediaKind
from .base import LedelsesugenPageMixin


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


class VideoIndexPage(LedelsesugenPageMixin, RoutablePageMixin, Page):
    """Video and audio, filtered by kind, theme, year and speaker."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + ["intro"]

    subpage_types = ["wagtail_ledelsesugen.VideoPage"]

    class Meta:
        verbose_name = _("video and audio index")
        verbose_name_plural = _("video and audio indexes")

    def get_recordings(self):
        """Live recordings under this page, newest year first, with speakers."""
        return (
            VideoPage.objects.live()
            .child_of(self)
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

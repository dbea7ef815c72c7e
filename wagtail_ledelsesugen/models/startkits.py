"""Startkits: ready recipes for leadership activities an organisation runs itself."""

from dataclasses import dataclass

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from ..blocks import RICH_TEXT_FEATURES, DialogueDeckBlock, StepBlock
from ..choices import Audience, StartkitActivity, StartkitLength
from ..dates import format_minutes
from ..fields import ChoiceListField
from ..localization import children_in_locale
from ..structured_data import startkits as startkit_data
from ..wagtail_api import (
    DownloadSerializer,
    InPageLocale,
    OrganisationSerializer,
    StartkitExampleSerializer,
    TaxonomySerializer,
)
from .base import ORDERED_ROWS, LedelsesugenPageMixin

LENGTH_LIMITS = {
    StartkitLength.SHORT: (None, 60),
    StartkitLength.MEDIUM: (61, 180),
    StartkitLength.LONG: (181, None),
}


def stored_file_size(document):
    """A document's size in bytes: as stored on upload, else the storage's answer.

    None when the file is missing. Never saves, so a GET request writes nothing.
    """
    if document.file_size is not None:
        return document.file_size
    try:
        return document.file.size
    except Exception:  # noqa: BLE001 - each storage backend fails in its own way
        return None


@dataclass(frozen=True)
class Download:
    """A document as a download link shows it: title, address, file type and size."""

    title: str
    url: str
    extension: str
    size: int | None

    @classmethod
    def of(cls, document, title=""):
        """The download of ``document``, titled ``title`` or the document's title."""
        return cls(
            title=title or document.title,
            url=document.url,
            extension=document.file_extension.upper(),
            size=stored_file_size(document),
        )


@dataclass(frozen=True)
class PlannedStep:
    """One step of a startkit's plan, ready for the template."""

    number: int
    title: str
    minutes: int | None
    minutes_text: str
    text: object
    downloads: list


class StartkitMaterial(TranslatableMixin, Orderable):
    """A downloadable file of a startkit: a template, an invitation, slides."""

    page = ParentalKey(
        "wagtail_ledelsesugen.StartkitPage",
        on_delete=models.CASCADE,
        related_name="materials",
    )
    document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    title = models.CharField(
        _("title"),
        max_length=255,
        blank=True,
        help_text=_("Leave blank to use the document's title."),
    )

    panels = ["document", "title"]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        ordering = ORDERED_ROWS
        verbose_name = _("material")
        verbose_name_plural = _("materials")

    @property
    def display_title(self):
        return self.title or self.document.title


class StartkitExample(TranslatableMixin, Orderable):
    """An organisation that ran the activity, with a link to what it did."""

    page = ParentalKey(
        "wagtail_ledelsesugen.StartkitPage",
        on_delete=models.CASCADE,
        related_name="examples",
    )
    organisation = models.ForeignKey(
        "wagtail_ledelsesugen.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    description = models.CharField(_("what they did"), max_length=255, blank=True)
    url = models.URLField(_("link"), blank=True)

    panels = ["organisation", "description", "url"]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        ordering = ORDERED_ROWS
        verbose_name = _("example")
        verbose_name_plural = _("examples")


class StartkitPage(LedelsesugenPageMixin, Page):
    """A startkit: why (the intro), what (the activity) and how (the steps)."""

    activity = models.CharField(
        _("activity"), max_length=32, choices=StartkitActivity.choices
    )
    duration_minutes = models.PositiveIntegerField(
        _("duration in minutes"),
        validators=[MinValueValidator(1)],
        help_text=_("How long the activity itself lasts."),
    )
    group_size_min = models.PositiveSmallIntegerField(
        _("smallest group"), null=True, blank=True, validators=[MinValueValidator(1)]
    )
    group_size_max = models.PositiveSmallIntegerField(
        _("largest group"), null=True, blank=True, validators=[MinValueValidator(1)]
    )
    preparation_minutes = models.PositiveIntegerField(
        _("preparation in minutes"), null=True, blank=True
    )
    audience = ChoiceListField(_("audience"), choice_options=Audience.choices)
    themes = ParentalManyToManyField(
        "wagtail_ledelsesugen.Theme",
        verbose_name=_("themes"),
        blank=True,
        related_name="startkits",
    )
    intro = models.TextField(
        _("why"),
        help_text=_("The purpose: why an organisation should do this."),
    )
    description = RichTextField(
        _("what"),
        features=RICH_TEXT_FEATURES,
        help_text=_("The activity: what happens, for whom and how big."),
    )
    steps = StreamField(
        [("step", StepBlock())],
        verbose_name=_("how: the steps"),
        blank=True,
    )
    dialogue_cards = StreamField(
        [("deck", DialogueDeckBlock())],
        verbose_name=_("dialogue cards"),
        blank=True,
    )
    developed_by = models.ForeignKey(
        "wagtail_ledelsesugen.Organisation",
        verbose_name=_("developed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                "activity",
                FieldRowPanel(["duration_minutes", "preparation_minutes"]),
                FieldRowPanel(["group_size_min", "group_size_max"]),
            ],
            heading=_("The activity in brief"),
        ),
        MultiFieldPanel(
            [FieldPanel("themes", widget=forms.CheckboxSelectMultiple), "audience"],
            heading=_("Themes and audience"),
        ),
        "intro",
        "description",
        "steps",
        InlinePanel("materials", label=_("Materials")),
        "dialogue_cards",
        "developed_by",
        InlinePanel("examples", label=_("Organisations that did it")),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("description"),
        index.SearchField("steps"),
        index.SearchField("dialogue_cards"),
        index.FilterField("activity"),
        index.FilterField("duration_minutes"),
    ]

    api_fields = [
        APIField("activity"),
        APIField("duration_minutes"),
        APIField("preparation_minutes"),
        APIField("group_size_min"),
        APIField("group_size_max"),
        APIField("themes", serializer=InPageLocale("themes", TaxonomySerializer())),
        APIField("audience"),
        APIField("intro"),
        APIField("description"),
        APIField("steps"),
        APIField(
            "materials",
            serializer=DownloadSerializer(many=True, source="get_downloads"),
        ),
        APIField("dialogue_cards"),
        APIField("developed_by", serializer=OrganisationSerializer()),
        APIField(
            "examples",
            serializer=StartkitExampleSerializer(many=True, source="get_examples"),
        ),
    ]

    parent_page_types = ["wagtail_ledelsesugen.StartkitIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("startkit")
        verbose_name_plural = _("startkits")

    def clean(self):
        super().clean()
        if (
            self.group_size_min
            and self.group_size_max
            and self.group_size_min > self.group_size_max
        ):
            raise ValidationError(
                {
                    "group_size_max": _(
                        "The largest group cannot be smaller than the smallest."
                    )
                }
            )

    @property
    def total_step_minutes(self):
        """The suggested minutes of all steps added up."""
        return sum(step.value["minutes"] or 0 for step in self.steps)

    @property
    def audience_labels(self):
        return self._meta.get_field("audience").labels(self.audience)

    @property
    def duration_text(self):
        """The duration in words, e.g. "1 hour and 30 minutes"."""
        return format_minutes(self.duration_minutes)

    @property
    def preparation_text(self):
        """The preparation time in words; blank when not given."""
        return format_minutes(self.preparation_minutes)

    @property
    def total_step_text(self):
        """The steps' minutes added up, in words; blank when no step has minutes."""
        return format_minutes(self.total_step_minutes)

    @property
    def group_size_text(self):
        """The group size in words, e.g. "5–7 people"; blank when not given."""
        low, high = self.group_size_min, self.group_size_max
        if low and high and low != high:
            return gettext("%(min)s–%(max)s people") % {"min": low, "max": high}
        if low and high:
            return ngettext("%(count)s person", "%(count)s people", low) % {
                "count": low
            }
        if low:
            return ngettext(
                "At least %(count)s person", "At least %(count)s people", low
            ) % {"count": low}
        if high:
            return ngettext(
                "Up to %(count)s person", "Up to %(count)s people", high
            ) % {"count": high}
        return ""

    def get_materials(self):
        """The materials with their documents; override to prefetch more."""
        return self.materials.select_related("document")

    def get_downloads(self):
        """The materials as :class:`Download` values, in editor order."""
        return [
            Download.of(material.document, material.title)
            for material in self.get_materials()
        ]

    def get_examples(self):
        """The examples with their organisations; override to prefetch more."""
        return self.examples.select_related("organisation")

    def get_step_plan(self):
        """The steps as numbered :class:`PlannedStep` values with their downloads."""
        return [
            PlannedStep(
                number=number,
                title=step.value["title"],
                minutes=step.value["minutes"],
                minutes_text=format_minutes(step.value["minutes"]),
                text=step.value["text"],
                downloads=[Download.of(doc) for doc in step.value["materials"] if doc],
            )
            for number, step in enumerate(self.steps, start=1)
        ]

    def get_structured_data(self, request=None):
        """The schema.org ``HowTo`` as a dict; override to add e.g. ``image``."""
        return startkit_data.how_to(self, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["downloads"] = self.get_downloads()
        context["step_plan"] = self.get_step_plan()
        context["examples"] = list(self.get_examples())
        context["structured_data"] = self.get_structured_data(request)
        return context


class StartkitIndexPage(LedelsesugenPageMixin, RoutablePageMixin, Page):
    """The startkits, filtered by activity, theme and length."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + ["intro"]

    api_fields = [APIField("intro")]

    subpage_types = ["wagtail_ledelsesugen.StartkitPage"]

    class Meta:
        verbose_name = _("startkit index")
        verbose_name_plural = _("startkit indexes")

    def get_startkits(self):
        """Live startkits under this page, with what a listing shows prefetched."""
        return (
            children_in_locale(self, StartkitPage)
            .select_related("developed_by", "locale")
            .prefetch_related("themes")
            .order_by("title")
        )

    @path("", name="index")
    def index_route(self, request):
        from ..startkit_listing import StartkitListing

        return self.render(
            request, context_overrides=StartkitListing(self, request).context()
        )

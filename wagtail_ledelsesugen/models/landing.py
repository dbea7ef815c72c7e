"""The landing page of one year's Leadership Week."""

import swapper
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldRowPanel, InlinePanel
from wagtail.api import APIField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from ..conf import get_setting
from ..dates import iso_week_has, local_today, working_days
from ..localization import listed_pages
from ..wagtail_api import FeaturedItemsField
from .base import ORDERED_ROWS, LedelsesugenPageMixin


def default_year():
    """The year of the next Leadership Week that has not ended yet."""
    today = local_today()
    week = get_setting("DEFAULT_WEEK")
    if iso_week_has(today.year, week) and working_days(today.year, week)[-1] < today:
        return today.year + 1
    return today.year


def default_week():
    return get_setting("DEFAULT_WEEK")


class WeekPhase(models.TextChoices):
    BEFORE = "before", _("Before the week")
    DURING = "during", _("During the week")
    AFTER = "after", _("After the week")


class FeaturedItem(TranslatableMixin, Orderable):
    """A page editors put forward on the landing page, with optional own wording."""

    page = ParentalKey(
        "wagtail_ledelsesugen.LeadershipWeekPage",
        on_delete=models.CASCADE,
        related_name="featured_items",
    )
    featured_page = models.ForeignKey(
        swapper.get_model_name("wagtailcore", "Page"),
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    heading = models.CharField(
        _("heading"),
        max_length=255,
        blank=True,
        help_text=_("Leave blank to use the page's title."),
    )
    text = models.TextField(_("text"), blank=True, max_length=500)

    panels = ["featured_page", "heading", "text"]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        ordering = ORDERED_ROWS
        verbose_name = _("featured item")
        verbose_name_plural = _("featured items")


class AbstractLeadershipWeekPage(LedelsesugenPageMixin, Page):
    """One year's Leadership Week: its dates, its state, and featured content.

    Only ``year`` and ``week`` are stored; the days are computed from the ISO
    calendar (week 44 of 2026 is 26-30 October, of 2027 1-5 November).
    """

    year = models.PositiveSmallIntegerField(
        _("year"),
        default=default_year,
        validators=[MinValueValidator(2019), MaxValueValidator(2100)],
    )
    week = models.PositiveSmallIntegerField(
        _("ISO week"),
        default=default_week,
        validators=[MinValueValidator(1), MaxValueValidator(53)],
        help_text=_("Leadership Week is held in week 44."),
    )
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [
        FieldRowPanel(["year", "week"]),
        "intro",
        InlinePanel("featured_items", label=_("Featured content")),
    ]

    search_fields = Page.search_fields + [index.SearchField("intro")]

    api_fields = [
        APIField("year"),
        APIField("week"),
        APIField("first_day"),
        APIField("last_day"),
        APIField("intro"),
        APIField("featured_items", serializer=FeaturedItemsField()),
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.year and self.week and not iso_week_has(self.year, self.week):
            raise ValidationError(
                {
                    "week": _("%(year)s has no ISO week %(week)s.")
                    % {"year": self.year, "week": self.week}
                }
            )

    @cached_property
    def days(self):
        """The working days of the week, Monday to Friday."""
        return working_days(self.year, self.week)

    @property
    def first_day(self):
        return self.days[0]

    @property
    def last_day(self):
        return self.days[-1]

    def phase(self, today=None):
        """Whether ``today`` is before, during or after the week."""
        today = today or local_today()
        if today < self.first_day:
            return WeekPhase.BEFORE
        if today > self.last_day:
            return WeekPhase.AFTER
        return WeekPhase.DURING

    def days_until(self, today=None):
        """Days from ``today`` until the week starts (0 or less once it has)."""
        return (self.first_day - (today or local_today())).days

    def get_programme_page(self, request=None):
        """The programme under this page, else the site's default programme;
        either only if this page may link to it (see ``listed_pages``)."""
        from .events import EventIndexPage
        from .settings import LeadershipWeekSettings

        programmes = EventIndexPage.objects.child_of(self)
        programme = listed_pages(programmes, shown_on=self).first()
        if programme is None and request is not None:
            settings = LeadershipWeekSettings.for_request(request)
            default = EventIndexPage.objects.filter(
                pk=settings.default_programme_page_id
            )
            programme = listed_pages(default, shown_on=self).first()
        return programme

    def get_featured(self):
        """Featured items whose page this page may show (see ``listed_pages``),
        each with its page as its specific type, in few queries."""
        items = list(self.featured_items.all().select_related("featured_page"))
        base_page_model = swapper.load_model("wagtailcore", "Page")
        pages = listed_pages(
            base_page_model.objects.filter(
                pk__in=[item.featured_page_id for item in items]
            ),
            shown_on=self,
        ).specific()
        pages_by_id = {page.pk: page for page in pages}
        return [
            (item, pages_by_id[item.featured_page_id])
            for item in items
            if item.featured_page_id in pages_by_id
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            phase=self.phase(),
            days_until=self.days_until(),
            featured=self.get_featured(),
            programme_page=self.get_programme_page(request),
        )
        return context


class LeadershipWeekPage(AbstractLeadershipWeekPage):
    class Meta:
        verbose_name = _("Leadership Week")
        verbose_name_plural = _("Leadership Weeks")

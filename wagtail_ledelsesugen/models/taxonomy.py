"""Snippets shared by every content type: themes, organisations and people."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model_string
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from ..choices import Sector


class TaxonomyBase(TranslatableMixin, index.Indexed, models.Model):
    """Shared shape of the taxonomy snippets: a name and a slug unique per locale."""

    name = models.CharField(_("name"), max_length=255)
    slug = models.SlugField(
        _("slug"),
        max_length=255,
        allow_unicode=True,
        help_text=_("Used in filter links, e.g. ?theme=ledertrivsel."),
    )

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]

    # The language code of a snippet shown untranslated on a page in another
    # language (set by SnippetLocalizer), else "". Templates test it on every
    # snippet, and a failed attribute lookup in a template is slow.
    lang = ""

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def localized_for(self, locale):
        """This object in ``locale`` when a translation exists, else itself."""
        if self.locale_id == locale.pk:
            return self
        return self.get_translation_or_none(locale) or self


class Theme(TaxonomyBase):
    """A subject events and articles are about, e.g. "Ledertrivsel"."""

    description = models.TextField(_("description"), blank=True)

    panels = ["name", "slug", "description"]

    class Meta(TaxonomyBase.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="wagtail_ledelsesugen_theme_slug"
            )
        ]


class Organisation(TaxonomyBase):
    """A public organisation or partner that organises events or employs people."""

    sector = models.CharField(
        _("sector"), max_length=20, choices=Sector.choices, default=Sector.OTHER
    )
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = ["name", "slug", "sector", "website", "logo"]

    class Meta(TaxonomyBase.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"],
                name="wagtail_ledelsesugen_organisation_slug",
            )
        ]


class Person(TaxonomyBase):
    """A speaker, author or interviewee, with the job title shown in bylines."""

    job_title = models.CharField(_("job title"), max_length=255, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    photo = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    bio = models.TextField(_("short bio"), blank=True, max_length=1000)

    panels = ["name", "slug", "job_title", "organisation", "photo", "bio"]

    # A person's name is the same in every language; titles and bios are not.
    override_translatable_fields = [
        SynchronizedField("name"),
        SynchronizedField("slug", overridable=False),
    ]

    search_fields = TaxonomyBase.search_fields + [index.SearchField("job_title")]

    class Meta(TaxonomyBase.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="wagtail_ledelsesugen_person_slug"
            )
        ]

    @property
    def affiliation(self):
        """Job title and organisation as one line, e.g. "Direktør, Aarhus Kommune"."""
        parts = [self.job_title, self.organisation.name if self.organisation else ""]
        return ", ".join(part for part in parts if part)

"""Signups: the editor-built questions, the list shared by translations, the signups."""

import secrets

import swapper
from anyascii import anyascii
from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.contrib.forms.models import AbstractFormField
from wagtail.contrib.forms.utils import get_field_clean_name
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from .base import ORDERED_ROWS


class SignupQuestion(TranslatableMixin, AbstractFormField):
    """A question editors add to a signup form, built by Wagtail's form builder.

    Labels, help texts and choices are translated; ``clean_name``, the key the
    answers are stored under, stays the same in every language.
    """

    override_translatable_fields = [
        SynchronizedField("clean_name", overridable=False),
        SynchronizedField("field_type", overridable=False),
        SynchronizedField("required", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        ordering = ORDERED_ROWS
        abstract = True

    def get_field_clean_name(self):
        """The answer key from the label, with Danish letters spelled out in ASCII."""
        return get_field_clean_name(anyascii(self.label))


class EventSignupQuestion(SignupQuestion):
    page = ParentalKey(
        "wagtail_ledelsesugen.EventPage",
        on_delete=models.CASCADE,
        related_name="signup_questions",
    )

    class Meta(SignupQuestion.Meta):
        verbose_name = _("signup question")
        verbose_name_plural = _("signup questions")


class SignupFormQuestion(SignupQuestion):
    page = ParentalKey(
        "wagtail_ledelsesugen.SignupFormPage",
        on_delete=models.CASCADE,
        related_name="signup_questions",
    )

    class Meta(SignupQuestion.Meta):
        verbose_name = _("signup question")
        verbose_name_plural = _("signup questions")


class SignupList(models.Model):
    """The one list of seats and signups of a page and all its translations.

    Keyed by the pages' shared ``translation_key``. Seat allocation locks this
    row, so signups for one event are serialised across application servers.
    """

    translation_key = models.UUIDField(_("translation key"), unique=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    changed_at = models.DateTimeField(
        _("changed at"),
        auto_now=True,
        help_text=_("When a signup on the list last changed; the API's Last-Modified."),
    )

    class Meta:
        verbose_name = _("signup list")
        verbose_name_plural = _("signup lists")

    def __str__(self):
        return str(self.translation_key)


class SignupStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


ACTIVE_STATUSES = [SignupStatus.CONFIRMED, SignupStatus.WAITLISTED]


def new_token():
    return secrets.token_urlsafe(32)


class SignupQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status__in=ACTIVE_STATUSES)

    def waiting_in_order(self):
        return self.filter(status=SignupStatus.WAITLISTED).order_by(
            "waitlist_position", "pk"
        )


class Signup(models.Model):
    """One person's signup: their answers, status and secret cancellation token."""

    signup_list = models.ForeignKey(
        SignupList,
        verbose_name=_("signup list"),
        on_delete=models.CASCADE,
        related_name="signups",
    )
    page = models.ForeignKey(
        swapper.get_model_name("wagtailcore", "Page"),
        verbose_name=_("signed up on"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        verbose_name=_("language"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=16, choices=SignupStatus.choices, db_index=True
    )
    waitlist_position = models.PositiveIntegerField(
        _("waiting list number"), null=True, blank=True
    )
    name = models.CharField(_("name"), max_length=255)
    email = models.EmailField(_("e-mail"), max_length=254)
    organisation = models.CharField(_("organisation"), max_length=255, blank=True)
    job_title = models.CharField(_("job title"), max_length=255, blank=True)
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    consent_text = models.TextField(_("consent given"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    token = models.CharField(
        _("cancellation token"), max_length=64, unique=True, default=new_token
    )
    created_at = models.DateTimeField(_("signed up at"), auto_now_add=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    erased_at = models.DateTimeField(_("personal data erased"), null=True, blank=True)

    objects = SignupQuerySet.as_manager()

    class Meta:
        verbose_name = _("signup")
        verbose_name_plural = _("signups")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                "signup_list",
                condition=models.Q(status__in=ACTIVE_STATUSES, erased_at__isnull=True),
                name="wagtail_ledelsesugen_one_active_signup_per_email",
            ),
            models.UniqueConstraint(
                fields=["signup_list", "waitlist_position"],
                name="wagtail_ledelsesugen_unique_waitlist_position",
            ),
        ]

    def __str__(self):
        return f"{self.name} <{self.email}>"

    @property
    def is_active(self):
        return self.status in ACTIVE_STATUSES


class DeliveryState(models.TextChoices):
    QUEUED = "queued", _("Queued")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")


UNDELIVERED_STATES = [DeliveryState.QUEUED, DeliveryState.FAILED]


class SignupEmailQuerySet(models.QuerySet):
    def undelivered(self):
        return self.filter(state__in=UNDELIVERED_STATES)


class SignupEmail(models.Model):
    """One e-mail about a signup, to the person or to the page's editors, and
    whether it has gone out: queued, sent, or failed with the reason.

    The row is written in the same transaction as the change it tells about,
    so an e-mail that could not be queued or sent is kept and retried.
    """

    signup = models.ForeignKey(
        Signup,
        verbose_name=_("signup"),
        on_delete=models.CASCADE,
        related_name="emails",
    )
    kind = models.CharField(_("kind"), max_length=32)
    to_editors = models.BooleanField(_("to the editors"), default=False)
    state = models.CharField(
        _("delivery"),
        max_length=16,
        choices=DeliveryState.choices,
        default=DeliveryState.QUEUED,
        db_index=True,
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    next_attempt_at = models.DateTimeField(
        _("next attempt"), null=True, blank=True, db_index=True
    )

    objects = SignupEmailQuerySet.as_manager()

    class Meta:
        verbose_name = _("signup e-mail")
        verbose_name_plural = _("signup e-mails")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.kind} ({self.state})"

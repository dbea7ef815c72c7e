"""Signup on pages: what events and signup forms share, and the signup form page."""

import swapper
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import models
from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.forms.forms import WagtailAdminFormPageForm
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from ..signup import views
from ..signup.forms import RESERVED_NAMES, build_signup_form_class
from .base import LedelsesugenPageMixin
from .signup import Signup, SignupList, SignupStatus


class SignupPageForm(WagtailAdminFormPageForm):
    """The admin form of pages with signup questions: names must not clash."""

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("signup_questions")
        for form in formset.forms if formset else []:
            if form.cleaned_data.get("DELETE"):
                continue
            question = form.instance
            if (question.clean_name or question.get_field_clean_name()) in (
                RESERVED_NAMES
            ):
                form.add_error(
                    "label",
                    _(
                        "The form already asks for this; choose another label "
                        "for your question."
                    ),
                )
        return cleaned_data


def split_addresses(value):
    return [address.strip() for address in value.split(",") if address.strip()]


def validate_address_list(value):
    """Every comma-separated part of ``value`` must be an e-mail address."""
    for address in split_addresses(value):
        try:
            validate_email(address)
        except ValidationError:
            raise ValidationError(
                _("“%(address)s” is not a valid e-mail address."),
                code="invalid",
                params={"address": address},
            ) from None


def page_for_signup_list(signup_list):
    """A live page of the translation group that owns ``signup_list``."""
    base_page_model = swapper.load_model("wagtailcore", "Page")
    pages = base_page_model.objects.filter(translation_key=signup_list.translation_key)
    page = pages.live().first() or pages.first()
    return page.specific if page else None


class SignupPageMixin(models.Model):
    """Signup behaviour for a page: its form, its window, its list and its routes.

    Pages that mix it in need a ``signup_questions`` inline of a
    :class:`~wagtail_ledelsesugen.models.signup.SignupQuestion` subclass.
    """

    require_login = models.BooleanField(
        _("only signed-in users may sign up"),
        default=False,
        help_text=_(
            "For intranets: name and e-mail are taken from the user's account."
        ),
    )
    consent_text = models.TextField(
        _("consent text"),
        blank=True,
        help_text=_(
            "What people agree to when they sign up. Leave blank to use the "
            "text from the site's Leadership Week settings."
        ),
    )
    notify_emails = models.CharField(
        _("notify these addresses"),
        max_length=1000,
        blank=True,
        validators=[validate_address_list],
        help_text=_(
            "E-mail addresses, separated by commas, told about each signup and "
            "cancellation (counts only, unless the site turns on names)."
        ),
    )

    base_form_class = SignupPageForm

    # Addresses are not text to translate.
    override_translatable_fields = [
        SynchronizedField("notify_emails", overridable=False)
    ]

    class Meta:
        abstract = True

    # Override points: events have seats, a waiting list and a signup window.

    @property
    def signup_enabled(self):
        """Whether this page takes signups through its own form."""
        return True

    @property
    def signup_capacity(self):
        """Number of confirmed seats, or None for no limit."""
        return None

    @property
    def waitlist_allowed(self):
        """Whether signups beyond the capacity go on a waiting list."""
        return False

    @property
    def signup_opens_at(self):
        return None

    @property
    def signup_has_ended(self):
        """Whether what people signed up for is over (no more cancellations)."""
        return False

    @property
    def signup_closes_at(self):
        return None

    def signup_window_state(self, now=None):
        """ "none", "not_yet_open", "closed" or "open", from the settings and time."""
        now = now or timezone.now()
        if not self.signup_enabled:
            return "none"
        if self.signup_opens_at and now < self.signup_opens_at:
            return "not_yet_open"
        if self.signup_closes_at and now >= self.signup_closes_at:
            return "closed"
        return "open"

    def signup_state(self, counts=None, now=None):
        """The window state, or for an open window "open", "waitlist" or "full"."""
        state = self.signup_window_state(now)
        if state != "open" or self.signup_capacity is None:
            return state
        counts = counts or self.signup_counts()
        if counts["confirmed"] < self.signup_capacity:
            return "open"
        return "waitlist" if self.waitlist_allowed else "full"

    def signup_counts(self):
        """Confirmed and waitlisted signups of the whole translation group."""
        return Signup.objects.filter(
            signup_list__translation_key=self.translation_key
        ).aggregate(
            confirmed=Count("pk", filter=Q(status=SignupStatus.CONFIRMED)),
            waitlisted=Count("pk", filter=Q(status=SignupStatus.WAITLISTED)),
        )

    @staticmethod
    def signups_count(status):
        """The outer query's page's signups with ``status`` (its whole
        translation group, as ``signup_counts()`` counts them), in SQL."""
        signups = (
            Signup.objects.filter(
                signup_list__translation_key=OuterRef("translation_key"),
                status=status,
            )
            .order_by()
            .values("signup_list")
            .annotate(total=Count("pk"))
            .values("total")
        )
        return Coalesce(Subquery(signups, output_field=IntegerField()), 0)

    def seats_left(self, counts=None):
        if self.signup_capacity is None:
            return None
        counts = counts or self.signup_counts()
        return max(self.signup_capacity - counts["confirmed"], 0)

    def get_signup_list(self):
        """The SignupList shared by this page and its translations."""
        signup_list, _created = SignupList.objects.get_or_create(
            translation_key=self.translation_key
        )
        return signup_list

    @property
    def notification_addresses(self):
        return split_addresses(self.notify_emails)

    def get_consent_text(self, request=None):
        """The consent text shown, and stored with each signup."""
        from .settings import LeadershipWeekSettings

        if self.consent_text:
            return self.consent_text
        if request is not None:
            site_text = LeadershipWeekSettings.for_request(request).signup_consent_text
            if site_text:
                return site_text
        return gettext(
            "I agree that my answers are stored and used to handle my signup."
        )

    def get_signup_form_class(self):
        """The form class built from the standard fields and this page's questions."""
        return build_signup_form_class(self.signup_questions.all())

    def get_signup_form(self, request, data=None):
        return self.get_signup_form_class()(
            data,
            page=self,
            user=request.user if self.require_login else None,
            consent_text=self.get_consent_text(request),
        )

    def get_signup_cancel_url(self, token):
        return self.get_full_url() + self.reverse_subpage("signup_cancel", args=[token])

    def get_signup_context(self, request):
        """State, counts and an empty form for the page's template."""
        if not self.signup_enabled:
            return {"signup_state": self.signup_state(), "seats_left": None}
        counts = self.signup_counts()
        state = self.signup_state(counts)
        context = {
            "signup_state": state,
            "signup_counts": counts,
            "seats_left": self.seats_left(counts),
        }
        if state in ("open", "waitlist"):
            context["signup_form"] = self.get_signup_form(request)
        return context

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        for key, value in self.get_signup_context(request).items():
            context.setdefault(key, value)
        return context

    @path("signup/", name="signup")
    def signup_route(self, request):
        return views.signup(self, request)

    @path("signup/thanks/", name="signup_thanks")
    def signup_thanks_route(self, request):
        return views.thanks(self, request)

    @path("cancel/<str:token>/", name="signup_cancel")
    def signup_cancel_route(self, request, token):
        return views.cancel(self, request, token)


class SignupFormPage(SignupPageMixin, LedelsesugenPageMixin, RoutablePageMixin, Page):
    """A signup that is not for an event: a newsletter, an order, an interest list."""

    intro = RichTextField(_("introduction"), blank=True)
    thank_you_text = RichTextField(
        _("thank-you text"),
        blank=True,
        help_text=_("Shown after someone has signed up."),
    )
    confirmation_text = models.TextField(
        _("confirmation e-mail text"),
        blank=True,
        help_text=_("Added to the e-mail that confirms the signup."),
    )

    content_panels = Page.content_panels + [
        "intro",
        InlinePanel("signup_questions", label=_("Questions")),
        "thank_you_text",
        MultiFieldPanel(
            [
                "confirmation_text",
                "consent_text",
                "require_login",
                FieldPanel("notify_emails"),
            ],
            heading=_("Signup"),
        ),
    ]

    search_fields = Page.search_fields + [index.SearchField("intro")]

    # The questions are left out: front ends sign up through the app's own API.
    api_fields = [
        APIField("intro"),
        APIField("thank_you_text"),
        APIField("require_login"),
    ]

    subpage_types = []

    class Meta:
        verbose_name = _("signup form")
        verbose_name_plural = _("signup forms")

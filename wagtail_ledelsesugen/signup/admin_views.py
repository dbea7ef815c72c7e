"""The editors' side of signups: a page's signup list, its export and row actions.

The seat counts in the page explorer are in :mod:`.explorer`.
"""

import django_filters
import swapper
from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import Count, OuterRef, Subquery
from django.http import Http404
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BaseColumn, Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import BaseOperationView

from ..dates import local_zone, to_local
from ..models import DeliveryState, Signup, SignupPageMixin, SignupStatus
from . import services, tasks
from .admin_delivery import (
    EmailDeliveryColumn,
    with_email_delivery,
    with_undelivered_email,
)
from .answers import format_answer
from .export import csv_safe
from .permissions import can_manage_signups

ERASED = _("(erased)")
RESEND_SENT = _("The e-mail was sent to %(email)s.")
RESEND_QUEUED = _("The e-mail to %(email)s is queued and will be sent shortly.")
RESEND_FAILED = _(
    "The e-mail to %(email)s could not be sent: %(error)s. It will be tried again."
)
URL_NAMESPACE = "wagtail_ledelsesugen_signups"


def signups_of(page):
    """The signups of ``page``'s translation group, without creating its list."""
    return Signup.objects.filter(signup_list__translation_key=page.translation_key)


def with_waitlist_rank(signups):
    """Annotate ``waitlist_rank``: 1 for the next in line, None off the list."""
    waiting_up_to_here = (
        Signup.objects.filter(
            signup_list=OuterRef("signup_list"),
            status=SignupStatus.WAITLISTED,
            waitlist_position__lte=OuterRef("waitlist_position"),
        )
        .order_by()
        .values("signup_list")
        .annotate(rank=Count("pk"))
        .values("rank")
    )
    return signups.annotate(waitlist_rank=Subquery(waiting_up_to_here))


def display_name(signup):
    """The person's name, or "(erased)" once their personal data is erased."""
    return ERASED if signup.erased_at else signup.name


def personal(field_name):
    """An accessor for ``field_name`` that gives nothing once the data is erased."""

    def value(signup):
        return "" if signup.erased_at else getattr(signup, field_name)

    return value


def signed_up_at(signup):
    """When the person signed up, in local time and the language's format."""
    return formats.date_format(to_local(signup.created_at), "SHORT_DATETIME_FORMAT")


def answer_key(question):
    """The export column of the answers to ``question``."""
    return f"answer:{question.clean_name}"


def answer_text(signup, question):
    """The answer to ``question`` as text; blank if unanswered or erased."""
    if signup.erased_at:
        return ""
    return format_answer(signup.answers.get(question.clean_name))


class EditableSignupPageMixin:
    """Loads the page of the URL: 404 unless it takes signups, 403 unless the
    user manages its signup list (see :mod:`.permissions`)."""

    def setup(self, request, *args, **kwargs):
        self.page = self.get_page(request.user, kwargs["page_id"])
        super().setup(request, *args, **kwargs)

    def get_page(self, user, page_id):
        page_model = swapper.load_model("wagtailcore", "Page")
        page = get_object_or_404(page_model, pk=page_id).specific
        if not isinstance(page, SignupPageMixin):
            raise Http404
        if not can_manage_signups(user, page):
            raise PermissionDenied
        return page


class SignupActionView(EditableSignupPageMixin, BaseOperationView):
    """A POST-only action on one signup of the page, reported as a message."""

    model = Signup
    pk_url_kwarg = "signup_id"
    action_name = None
    label = None

    @staticmethod
    def applies_to(signup):
        """Whether the signup list offers this action for ``signup``."""
        return True

    def get_base_object_queryset(self):
        return signups_of(self.page).filter(erased_at__isnull=True)

    def get_success_url(self):
        return self.next_url or reverse(f"{URL_NAMESPACE}:index", args=[self.page.pk])

    def post(self, request, *args, **kwargs):
        try:
            return super().post(request, *args, **kwargs)
        except services.SignupRefused as refusal:
            messages.error(request, refusal.message)
            return redirect(self.get_success_url())


class PromoteSignupView(SignupActionView):
    """Give a person on the waiting list a seat, even beyond the capacity."""

    action_name = "promote"
    label = _("Give a seat")

    @staticmethod
    def applies_to(signup):
        return signup.status == SignupStatus.WAITLISTED

    def perform_operation(self):
        services.promote(self.page, self.object.pk)

    def get_success_message(self):
        return _("“%(name)s” has a seat now.") % {"name": self.object.name}


class ResendSignupEmailView(SignupActionView):
    """Send the e-mail of the signup's current status once more, and say
    truthfully whether it went out."""

    action_name = "resend"
    label = _("Resend e-mail")

    def perform_operation(self):
        self.email = tasks.resend(self.object)

    def add_success_message(self):
        values = {"email": self.object.email, "error": self.email.last_error}
        if self.email.state == DeliveryState.SENT:
            messages.success(self.request, RESEND_SENT % values)
        elif self.email.state == DeliveryState.FAILED:
            messages.error(self.request, RESEND_FAILED % values)
        else:
            messages.success(self.request, RESEND_QUEUED % values)


class CancelSignupView(SignupActionView):
    """Cancel a signup; the first on the waiting list gets the free seat."""

    action_name = "cancel"
    label = _("Cancel signup")

    @staticmethod
    def applies_to(signup):
        return signup.is_active

    def perform_operation(self):
        _cancelled, self.promoted = services.cancel_by_editor(self.page, self.object.pk)

    def get_success_message(self):
        if self.promoted is None:
            return _("The signup of “%(name)s” is cancelled.") % {
                "name": self.object.name
            }
        return _(
            "The signup of “%(name)s” is cancelled, and “%(promoted)s” got the "
            "seat from the waiting list."
        ) % {"name": self.object.name, "promoted": self.promoted.name}


SIGNUP_ACTION_VIEWS = [PromoteSignupView, ResendSignupEmailView, CancelSignupView]


class SignupActionsColumn(BaseColumn):
    """Buttons posting the actions that apply to a signup."""

    cell_template_name = "wagtail_ledelsesugen/admin/signups/actions_cell.html"

    def __init__(self, page_id):
        super().__init__("actions", label=_("Actions"))
        self.page_id = page_id

    def get_actions(self, signup):
        """``(label, URL)`` of each action that applies to ``signup``."""
        if signup.erased_at:
            return []
        return [
            (
                view.label,
                reverse(
                    f"{URL_NAMESPACE}:{view.action_name}",
                    args=[self.page_id, signup.pk],
                ),
            )
            for view in SIGNUP_ACTION_VIEWS
            if view.applies_to(signup)
        ]

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["actions"] = self.get_actions(instance)
        context["csrf_token"] = get_token(parent_context["request"])
        return context


class SignupFilterSet(WagtailFilterSet):
    """Filters the signup list by status and by e-mail delivery."""

    email_delivery = django_filters.ChoiceFilter(
        label=_("E-mail delivery"),
        method="filter_email_delivery",
        choices=[("undelivered", _("E-mail not delivered"))],
        empty_label=_("All"),
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Signup
        fields = ["status"]

    def filter_email_delivery(self, queryset, name, value):
        return with_undelivered_email(queryset)


def local_datetime_text(value):
    """A datetime for CSV cells: local time, to the minute."""
    return to_local(value).strftime("%Y-%m-%d %H:%M")


def local_naive_datetime(value):
    """A datetime for XLSX cells, which have no time zone: local time."""
    return timezone.make_naive(value, local_zone())


class SignupIndexView(EditableSignupPageMixin, IndexView):
    """The signups of a page and its translations: search, filter and export."""

    model = Signup
    template_name = "wagtail_ledelsesugen/admin/signups/index.html"
    index_url_name = f"{URL_NAMESPACE}:index"
    index_results_url_name = f"{URL_NAMESPACE}:index_results"
    page_title = _("Signups")
    header_icon = "group"
    paginate_by = 50
    default_ordering = "created_at"
    filterset_class = SignupFilterSet
    search_fields = ["name", "email", "organisation"]
    # Access follows the signup list rule of .permissions, not model permissions.
    any_permission_required = None
    permission_policy = None
    show_export_buttons = True
    custom_field_preprocess = {
        "created_at": {"csv": local_datetime_text, "xlsx": local_naive_datetime}
    }

    @cached_property
    def data_columns(self):
        """The columns of signup data, listed and exported alike."""
        return [
            Column("name", label=_("Name"), accessor=display_name, sort_key="name"),
            Column("email", label=_("E-mail"), accessor=personal("email")),
            Column(
                "organisation",
                label=_("Organisation"),
                accessor=personal("organisation"),
                sort_key="organisation",
            ),
            Column("job_title", label=_("Job title"), accessor=personal("job_title")),
            Column(
                "status",
                label=_("Status"),
                accessor="get_status_display",
                sort_key="status",
            ),
            Column(
                "waitlist_rank",
                label=_("Waiting list number"),
                sort_key="waitlist_position",
            ),
            Column(
                "created_at",
                label=_("Signed up"),
                accessor=signed_up_at,
                sort_key="created_at",
            ),
            EmailDeliveryColumn(),
        ]

    @cached_property
    def columns(self):
        return [*self.data_columns, SignupActionsColumn(self.page.pk)]

    @cached_property
    def questions(self):
        """The page's own questions, whose answers become export columns."""
        return list(self.page.signup_questions.all())

    @cached_property
    def list_export(self):
        answers = [answer_key(question) for question in self.questions]
        return [
            *(column.name for column in self.data_columns),
            *answers,
            "consent_text",
        ]

    @cached_property
    def export_headings(self):
        headings = {column.name: column.label for column in self.data_columns}
        for question in self.questions:
            headings[answer_key(question)] = question.label
        return headings

    def to_row_dict(self, item):
        """The spreadsheet row of a signup, with no personal data once erased."""
        row = {column.name: column.get_value(item) for column in self.data_columns}
        # A datetime rather than the listing's text, for spreadsheet date cells.
        row["created_at"] = item.created_at
        for question in self.questions:
            row[answer_key(question)] = answer_text(item, question)
        row["consent_text"] = item.consent_text
        return row

    def get_heading(self, queryset, field):
        # Question labels head columns; in XLSX, Wagtail leaves headings untyped.
        return csv_safe(super().get_heading(queryset, field))

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        # XLSX cells are typed: Wagtail already stores text that looks like a
        # formula as a string.
        return csv_safe(value) if export_format == self.FORMAT_CSV else value

    def get_filename(self):
        return f"{self.page.slug}-signups"

    def get_base_queryset(self):
        return with_email_delivery(with_waitlist_rank(signups_of(self.page)))

    def get_index_url(self):
        return reverse(self.index_url_name, args=[self.page.pk])

    def get_index_results_url(self):
        return reverse(self.index_results_url_name, args=[self.page.pk])

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        page_item = {
            "url": reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
            "label": self.page.get_admin_display_title(),
        }
        return [*self.breadcrumbs_items, page_item, {"url": "", "label": _("Signups")}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["page"] = self.page
        if not self.results_only:
            context["counts"] = self.page.signup_counts()
            context["capacity"] = self.page.signup_capacity
        return context


urlpatterns = [
    path("", SignupIndexView.as_view(), name="index"),
    path(
        "results/",
        SignupIndexView.as_view(results_only=True),
        name="index_results",
    ),
    *(
        path(
            f"<int:signup_id>/{view.action_name}/",
            view.as_view(),
            name=view.action_name,
        )
        for view in SIGNUP_ACTION_VIEWS
    ),
]

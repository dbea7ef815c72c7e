"""The e-mail delivery of each signup, as the admin signup list shows, filters
and exports it: the state of the latest e-mail to the person."""

from django.db.models import Exists, OuterRef, Subquery
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.ui.tables import Column

from ..models import DeliveryState, SignupEmail


def participant_emails():
    """The e-mails to the person of the outer query's signup, newest first."""
    return SignupEmail.objects.filter(signup=OuterRef("pk"), to_editors=False).order_by(
        "-created_at", "-pk"
    )


def with_email_delivery(signups):
    """Annotate the state, attempts and error of each signup's latest e-mail."""
    latest = participant_emails()
    return signups.annotate(
        email_state=Subquery(latest.values("state")[:1]),
        email_attempts=Subquery(latest.values("attempts")[:1]),
        email_error=Subquery(latest.values("last_error")[:1]),
    )


def with_undelivered_email(signups):
    """The signups that have an e-mail to the person still queued or failed."""
    return signups.filter(Exists(participant_emails().undelivered()))


def delivery_state_label(signup):
    """ "Sent", "Queued" or "Failed"; blank if no e-mail is recorded."""
    if signup.email_state is None:
        return ""
    return DeliveryState(signup.email_state).label


def delivery_text(signup):
    """The delivery as one line of text, for the export."""
    state = delivery_state_label(signup)
    if not signup.email_error:
        return str(state)
    values = {
        "state": state,
        "attempts": signup.email_attempts,
        "error": signup.email_error,
    }
    return (
        ngettext(
            "%(state)s after %(attempts)s attempt: %(error)s",
            "%(state)s after %(attempts)s attempts: %(error)s",
            signup.email_attempts,
        )
        % values
    )


class EmailDeliveryColumn(Column):
    """The delivery state as a status tag, with the attempts and the error."""

    cell_template_name = "wagtail_ledelsesugen/admin/signups/email_delivery_cell.html"

    def __init__(self):
        super().__init__(
            "email_delivery", label=_("E-mail delivery"), accessor=delivery_text
        )

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["state"] = instance.email_state
        context["state_label"] = delivery_state_label(instance)
        context["attempts"] = instance.email_attempts
        context["error"] = instance.email_error
        return context

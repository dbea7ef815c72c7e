"""The e-mails of the signup life cycle, rendered in the signup's language."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation

from .. import feeds
from ..conf import get_setting
from ..models.signup import SignupStatus
from .answers import labelled_answers

SIGNUP_EMAIL_KINDS = (
    "confirmed",
    "waitlisted",
    "promoted",
    "cancelled",
    "already_signed_up",
)
# The e-mails that tell a confirmed participant about their seat: only these
# carry the calendar file and the event's private join link.
SEAT_KINDS = ("confirmed", "promoted", "already_signed_up")
TEMPLATE_DIR = "wagtail_ledelsesugen/emails"


def signup_page(signup):
    """The page signed up on, or another language version of it if that is gone."""
    from ..models.signup_pages import page_for_signup_list

    if signup.page_id:
        return signup.page.specific
    return page_for_signup_list(signup.signup_list)


def render_email(name, context, to, language):
    """An e-mail from ``<name>_subject.txt``, ``<name>.txt`` and ``<name>.html``."""
    with translation.override(language):
        subject = render_to_string(f"{TEMPLATE_DIR}/{name}_subject.txt", context)
        text = render_to_string(f"{TEMPLATE_DIR}/{name}.txt", context)
        html = render_to_string(f"{TEMPLATE_DIR}/{name}.html", context)
    message = EmailMultiAlternatives(
        " ".join(subject.split()),
        text,
        get_setting("FROM_EMAIL") or settings.DEFAULT_FROM_EMAIL,
        to,
    )
    message.attach_alternative(html, "text/html")
    return message


def signup_language(signup):
    return signup.locale.language_code if signup.locale else settings.LANGUAGE_CODE


def has_seat(signup, kind):
    """Whether the e-mail of ``kind`` goes to a participant with a confirmed seat."""
    return kind in SEAT_KINDS and signup.status == SignupStatus.CONFIRMED


def build_signup_email(signup, kind):
    """The e-mail of ``kind`` to the person who signed up, in their language.

    Only a participant with a seat gets the calendar file and, in it and in the
    text, the page's private join link (``join_url``).
    """
    from .services import waitlist_rank

    page = signup_page(signup)
    join_url = getattr(page, "private_join_url", "") if has_seat(signup, kind) else ""
    context = {
        "signup": signup,
        "page": page,
        "kind": kind,
        "page_url": page.get_full_url(),
        "cancel_url": page.get_signup_cancel_url(signup.token),
        "waitlist_rank": waitlist_rank(signup),
        "join_url": join_url,
    }
    message = render_email(
        f"signup_{kind}", context, [signup.email], signup_language(signup)
    )
    if has_seat(signup, kind) and getattr(page, "start", None):
        calendar = feeds.build_calendar([page], join_url=join_url)
        message.attach(f"{page.slug}.ics", calendar.to_ical(), "text/calendar")
    return message


def build_editor_notification(signup, kind):
    """The notice to the page's editors: counts, and names only if allowed."""
    page = signup_page(signup)
    context = {
        "page": page,
        "kind": kind,
        "counts": page.signup_counts(),
        "capacity": page.signup_capacity,
        "signup": None,
        "answers": [],
    }
    if get_setting("NOTIFY_WITH_PERSONAL_DATA"):
        context["signup"] = signup
        context["answers"] = labelled_answers(
            page.signup_questions.all(), signup.answers
        )
    return render_email(
        "editor_notification",
        context,
        page.notification_addresses,
        settings.LANGUAGE_CODE,
    )


def build_message(signup_email):
    """The message a :class:`~wagtail_ledelsesugen.models.SignupEmail` stands for."""
    if signup_email.to_editors:
        return build_editor_notification(signup_email.signup, signup_email.kind)
    return build_signup_email(signup_email.signup, signup_email.kind)

"""The e-mails of the signup life cycle, rendered in the signup's language."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation

from .. import feeds
from ..conf import get_setting
from ..models.signup import Signup
from .answers import labelled_answers

SIGNUP_EMAIL_KINDS = ("confirmed", "waitlisted", "promoted", "cancelled")
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


def build_signup_email(signup, kind):
    """The e-mail of ``kind`` to the person who signed up, in their language."""
    from .services import waitlist_rank

    page = signup_page(signup)
    context = {
        "signup": signup,
        "page": page,
        "kind": kind,
        "page_url": page.get_full_url(),
        "cancel_url": page.get_signup_cancel_url(signup.token),
        "waitlist_rank": waitlist_rank(signup),
    }
    message = render_email(
        f"signup_{kind}", context, [signup.email], signup_language(signup)
    )
    if kind in ("confirmed", "promoted") and getattr(page, "start", None):
        calendar = feeds.build_calendar([page])
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


def load_signup(signup_id):
    return Signup.objects.select_related("signup_list", "locale", "page").get(
        pk=signup_id
    )


def send_signup_email(signup_id, kind):
    build_signup_email(load_signup(signup_id), kind).send()


def send_editor_notification(signup_id, kind):
    signup = load_signup(signup_id)
    if signup_page(signup).notification_addresses:
        build_editor_notification(signup, kind).send()

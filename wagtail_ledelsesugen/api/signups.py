"""Signup from another front end: the event's signup state, its form, and the
POSTs that sign up and cancel, through the same form and services as the site."""

import datetime
from typing import Annotated, Any, Literal

from django.db.models import Count, Q
from django.http import QueryDict
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema
from pydantic import AfterValidator
from pydantic_core import PydanticCustomError

from ..dates import to_local
from ..models.signup import Signup, SignupList, SignupStatus
from ..models.signup_pages import page_for_signup_list
from ..signup import ratelimit, services
from ..signup.forms import SignupFormBuilder
from .errors import ApiError, Problem
from .schemas import Text

router = Router(tags=["signup"])

SignupStatusValue = Literal[
    "open", "waitlist", "full", "closed", "not_yet_open", "external", "none"
]


class SignupFieldChoice(Schema):
    value: str
    label: str


class SignupField(Schema):
    """One field of the signup form, enough for a front end to draw it."""

    name: str
    label: str
    type: str = Field(
        description="text, email, checkbox, or one of Wagtail's form field types "
        "(singleline, multiline, number, url, checkboxes, dropdown, multiselect, "
        "radio, date, datetime, hidden)."
    )
    required: bool
    choices: list[SignupFieldChoice]
    help_text: str


class SignupInfo(Schema):
    """Whether and how people can sign up for an event now."""

    status: SignupStatusValue
    capacity: int | None
    seats_left: int | None
    waitlisted: int
    opens: datetime.datetime | None
    closes: datetime.datetime | None
    external_url: str | None
    requires_login: bool
    consent_text: str | None = None
    fields: list[SignupField] | None = Field(
        None, description="The form's fields; only on an event's detail."
    )


# Caps on what "answers" may hold, far above any real form, so that an
# oversized payload is refused before the form sees it.
MAX_ANSWERS = 100
MAX_CHOICES_SENT = 100


def check_answer_lists(answers):
    """Refuse an answer that is a list longer than ``MAX_CHOICES_SENT``."""
    for value in answers.values():
        if isinstance(value, list) and len(value) > MAX_CHOICES_SENT:
            raise PydanticCustomError(
                "too_long",
                "List should have at most {max_length} items",
                {"max_length": MAX_CHOICES_SENT},
            )
    return answers


Answers = Annotated[
    dict[str, Any],
    Field(
        max_length=MAX_ANSWERS,
        description="Answers keyed by field name: text, a number, true or false, "
        f"or a list of at most {MAX_CHOICES_SENT} choices.",
    ),
    AfterValidator(check_answer_lists),
]


class SignupIn(Schema):
    """A signup sent by a front end. ``answers`` are keyed by field name."""

    name: str = Field("", max_length=1000)
    email: str = Field("", max_length=1000)
    organisation: str = Field("", max_length=1000)
    job_title: str = Field("", max_length=1000)
    answers: Answers = {}
    consent: bool = False


class SignupReceived(Schema):
    """The same answer for a new signup and for an address already signed up.

    Whether the person has a seat or a place on the waiting list, and the
    link to cancel, go only to the e-mail address, so the answer cannot tell
    a caller who attends.
    """

    status: Literal["received"]
    detail: str


# The refusals of the JSON POSTs: the answers' own, and those of the request
# guards (403 origin, 413 size, 415 content type) that apply to every POST.
POST_REFUSALS = dict.fromkeys((400, 403, 404, 409, 413, 415, 429), Problem)


class CancelIn(Schema):
    token: Text = Field(max_length=200)


class Cancelled(Schema):
    status: Literal["cancelled"]


def signup_counts(pages):
    """``{translation_key: counts}`` of the pages' signup lists, in one query.

    The counts hold ``confirmed``, ``waitlisted`` and ``changed_at``.
    """
    rows = (
        SignupList.objects.filter(
            translation_key__in={page.translation_key for page in pages}
        )
        .annotate(
            confirmed=Count(
                "signups", filter=Q(signups__status=SignupStatus.CONFIRMED)
            ),
            waitlisted=Count(
                "signups", filter=Q(signups__status=SignupStatus.WAITLISTED)
            ),
        )
        .values("translation_key", "confirmed", "waitlisted", "changed_at")
    )
    return {row["translation_key"]: row for row in rows}


NO_SIGNUPS = {"confirmed": 0, "waitlisted": 0, "changed_at": None}


def local_or_none(value):
    return to_local(value) if value else None


def signup_info(page, counts, request=None, with_form=False):
    """The event's :class:`SignupInfo` as a dict, from its batch-fetched counts."""
    counts = counts or NO_SIGNUPS
    state = page.signup_state(counts)
    info = {
        "status": state,
        "capacity": page.signup_capacity if page.signup_enabled else None,
        "seats_left": page.seats_left(counts) if page.signup_enabled else None,
        "waitlisted": counts["waitlisted"],
        "opens": local_or_none(page.signup_opens_at),
        "closes": local_or_none(page.signup_closes_at),
        "external_url": page.external_signup_url or None,
        "requires_login": page.require_login,
    }
    if with_form and page.signup_enabled:
        info["consent_text"] = page.get_consent_text(request)
        info["fields"] = signup_fields(page, info["consent_text"])
    return info


STANDARD_FIELD_TYPES = {
    "name": "text",
    "email": "email",
    "organisation": "text",
    "job_title": "text",
}


def signup_fields(page, consent_text):
    """The form's fields as a front end draws them: standard, questions, consent."""
    form = page.get_signup_form_class()(page=page, for_api=True)
    fields = [
        {
            "name": name,
            "label": str(form.fields[name].label),
            "type": field_type,
            "required": form.fields[name].required,
            "choices": [],
            "help_text": "",
        }
        for name, field_type in STANDARD_FIELD_TYPES.items()
    ]
    questions = list(page.signup_questions.all())
    builder = SignupFormBuilder(questions)
    for question in questions:
        choices = (
            builder.get_formatted_field_choices(question) if question.choices else []
        )
        fields.append(
            {
                "name": question.clean_name,
                "label": question.label,
                "type": question.field_type,
                "required": question.required,
                "choices": [
                    {"value": value, "label": label} for value, label in choices
                ],
                "help_text": question.help_text,
            }
        )
    fields.append(
        {
            "name": "consent",
            "label": consent_text,
            "type": "checkbox",
            "required": True,
            "choices": [],
            "help_text": "",
        }
    )
    return fields


def form_data(payload):
    """The JSON payload as the form data the HTML signup form would POST."""
    data = QueryDict(mutable=True)
    for name in STANDARD_FIELD_TYPES:
        data[name] = getattr(payload, name)
    if payload.consent:
        data["consent"] = "on"
    for name, value in payload.answers.items():
        if isinstance(value, list):
            data.setlist(name, [str(item) for item in value])
        elif value is True:
            data[name] = "on"
        elif value not in (None, False):
            data[name] = str(value)
    return data


def form_errors(form, payload):
    """Field name to messages, including answers to questions the form lacks."""
    errors = {
        ("non_field_errors" if name == "__all__" else name): [str(m) for m in messages]
        for name, messages in form.errors.items()
    }
    for name in payload.answers:
        if name not in form.question_names:
            errors.setdefault(name, []).append(
                _("There is no question “%(name)s” on this form.") % {"name": name}
            )
    return errors


def check_rate(request):
    """Raise a 429 :class:`ApiError` when this client has sent too many signups."""
    if retry_after := ratelimit.register_attempt(request):
        raise ApiError(
            429,
            "rate_limited",
            _("Too many signups from your address. Try again in a few minutes."),
            headers={"Retry-After": str(retry_after)},
        )


def check_email_rate(page, email):
    """Raise a 429 :class:`ApiError` when this address has been signed up for
    the event too often."""
    if retry_after := ratelimit.register_email_attempt(page, email):
        raise ApiError(
            429,
            "rate_limited",
            _("Too many signups with this e-mail address. Try again later."),
            headers={"Retry-After": str(retry_after)},
        )


def register(request, page, payload):
    """Sign up through the signup form and services the HTML page uses."""
    check_rate(request)
    if page.require_login:
        raise ApiError(
            403,
            "login_required",
            _("This event takes signups only from signed-in users on its own site."),
        )
    form = page.get_signup_form_class()(
        form_data(payload),
        page=page,
        consent_text=page.get_consent_text(request),
        for_api=True,
    )
    valid = form.is_valid()
    errors = form_errors(form, payload)
    if not valid or errors:
        raise ApiError(
            400, "invalid", _("Some answers need to be corrected; see errors."), errors
        )
    check_email_rate(page, form.get_person()["email"])
    try:
        services.register(
            page,
            **form.get_person(),
            organisation=form.cleaned_data["organisation"],
            job_title=form.cleaned_data["job_title"],
            answers=form.get_answers(),
            consent_text=form.consent_text,
        )
    except services.SignupRefused as refusal:
        raise ApiError(409, refusal.reason, refusal.message) from None
    return {
        "status": "received",
        "detail": _(
            "Check your e-mail: we are sending a message to the address given, "
            "with the seat or waiting-list place and a link to cancel."
        ),
    }


@router.post(
    "signups/cancel/",
    response={200: Cancelled, **POST_REFUSALS},
    summary="Cancel a signup with its token",
)
def cancel_signup(request, payload: CancelIn):
    """Cancel the signup the token belongs to; the next on the waiting list moves up."""
    check_rate(request)
    signup = (
        Signup.objects.filter(token=payload.token, erased_at__isnull=True)
        .select_related("signup_list")
        .first()
    )
    page = page_for_signup_list(signup.signup_list) if signup else None
    if page is None:
        raise ApiError(404, "unknown", _("This cancellation link is not valid."))
    try:
        services.cancel(page, payload.token)
    except services.SignupRefused as refusal:
        status = 404 if refusal.reason == "unknown" else 409
        raise ApiError(status, refusal.reason, refusal.message) from None
    return {"status": "cancelled"}

"""The public signup views, served as routes of the page that takes the signup."""

import math

from django.core import signing
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from ..conf import get_setting
from . import ratelimit, services

THANKS_SALT = "wagtail_ledelsesugen.signup.thanks"
THANKS_MAX_AGE = 24 * 60 * 60


def render_page(page, request, status, **context):
    response = page.render(request, context_overrides=context)
    response.status_code = status
    return response


def render_template(page, request, template, status=200, **context):
    context.update(
        page=page,
        base_template=get_setting("BASE_TEMPLATE"),
        include_ledelsesugen_css=get_setting("INCLUDE_CSS"),
    )
    return TemplateResponse(
        request, f"wagtail_ledelsesugen/{template}", context, status=status
    )


def rate_limited(page, request, retry_after):
    response = render_template(
        page,
        request,
        "signup_rate_limited.html",
        status=429,
        minutes=math.ceil(retry_after / 60),
    )
    response["Retry-After"] = str(retry_after)
    return response


def signup(page, request):
    """Take a signup POST: the form again with errors, a refusal, or the thanks."""
    if request.method != "POST":
        return HttpResponseRedirect(page.url)
    if retry_after := ratelimit.register_attempt(request):
        return rate_limited(page, request, retry_after)
    if page.require_login and not request.user.is_authenticated:
        return render_page(
            page,
            request,
            403,
            signup_refusal=_("Log in to sign up for this event."),
        )
    if page.require_login and not request.user.email:
        return render_page(
            page,
            request,
            400,
            signup_refusal=_(
                "Your user account has no e-mail address, which the signup needs. "
                "Ask your administrator to add one."
            ),
        )
    form = page.get_signup_form(request, request.POST)
    if not form.is_valid():
        return render_page(page, request, 400, signup_form=form)
    try:
        new_signup = services.register(
            page,
            **form.get_person(),
            organisation=form.cleaned_data["organisation"],
            job_title=form.cleaned_data["job_title"],
            answers=form.get_answers(),
            consent_text=form.consent_text,
            user=request.user if page.require_login else None,
        )
    except services.SignupRefused as refusal:
        return render_page(
            page, request, 409, signup_form=form, signup_refusal=refusal.message
        )
    token = signing.dumps(new_signup.pk, salt=THANKS_SALT)
    return HttpResponseRedirect(
        page.url + page.reverse_subpage("signup_thanks") + f"?s={token}"
    )


def thanks(page, request):
    """What happened to the signup just made: a seat, or a place in the queue."""
    try:
        signup_id = signing.loads(
            request.GET.get("s", ""), salt=THANKS_SALT, max_age=THANKS_MAX_AGE
        )
    except signing.BadSignature:
        return HttpResponseRedirect(page.url)
    signup = page.get_signup_list().signups.filter(pk=signup_id).first()
    if signup is None:
        return HttpResponseRedirect(page.url)
    return render_template(
        page,
        request,
        "signup_thanks.html",
        signup=signup,
        waitlist_rank=services.waitlist_rank(signup),
    )


def cancel(page, request, token):
    """Ask to confirm the cancellation (GET), then cancel (POST)."""
    signup = page.get_signup_list().signups.filter(token=token).first()
    if signup is None:
        return render_template(
            page, request, "signup_cancel.html", status=404, problem="unknown"
        )
    if request.method != "POST":
        problem = None if signup.is_active else "cancelled"
        return render_template(
            page, request, "signup_cancel.html", signup=signup, problem=problem
        )
    try:
        cancelled, _promoted = services.cancel(page, token)
    except services.SignupRefused as refusal:
        status = 404 if refusal.reason == "unknown" else 409
        return render_template(
            page,
            request,
            "signup_cancel.html",
            status=status,
            signup=signup,
            problem=refusal.reason,
        )
    return render_template(
        page, request, "signup_cancel.html", signup=cancelled, done=True
    )

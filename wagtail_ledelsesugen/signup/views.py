"""The public signup views, served as routes of the page that takes the signup."""

import math

from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from ..conf import get_setting
from . import ratelimit, services


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


def rate_limited(page, request, retry_after, per_email=False):
    """The 429 page; ``per_email`` when the limit was the e-mail address's."""
    response = render_template(
        page,
        request,
        "signup_rate_limited.html",
        status=429,
        minutes=math.ceil(retry_after / 60),
        per_email=per_email,
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
    email = form.get_person()["email"]
    if retry_after := ratelimit.register_email_attempt(page, email):
        return rate_limited(page, request, retry_after, per_email=True)
    try:
        services.register(
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
    # The same answer whether or not the address was already signed up.
    return HttpResponseRedirect(page.url + page.reverse_subpage("signup_thanks"))


def thanks(page, request):
    """Where to look next: the e-mail tells the person their seat or place."""
    return render_template(page, request, "signup_thanks.html")


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

"""Refusals before an operation reads its body: a POST from a web page on an
origin the site does not allow, or one whose body is not JSON.

A browser sends a JSON POST to another origin only after a CORS preflight,
which django-cors-headers answers for the allowed origins alone; a plain
text or form POST needs none, so those are refused here.
"""

import re
from functools import wraps

from django.apps import apps
from django.conf import settings
from django.utils.translation import gettext as _

from .errors import ApiError

SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


def cors_allows(origin):
    """Whether django-cors-headers, when installed, lets ``origin`` use the API."""
    if not apps.is_installed("corsheaders"):
        return False
    return (
        getattr(settings, "CORS_ALLOW_ALL_ORIGINS", False)
        or origin in getattr(settings, "CORS_ALLOWED_ORIGINS", ())
        or any(
            re.match(pattern, origin)
            for pattern in getattr(settings, "CORS_ALLOWED_ORIGIN_REGEXES", ())
        )
    )


def check_origin(request):
    """Refuse a request sent by a page on another origin than the site's own
    or those django-cors-headers allows; one without Origin is not a browser's."""
    origin = request.headers.get("Origin")
    if origin is None or origin == f"{request.scheme}://{request.get_host()}":
        return
    if not cors_allows(origin):
        raise ApiError(
            403,
            "origin_not_allowed",
            _("This API does not take requests from web pages on that address."),
        )


def has_body(request):
    """Whether the request says it has a body (read nothing to find out)."""
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0) > 0
    except ValueError:
        return True


def check_json(request):
    """Refuse a body that is not sent as ``application/json``; a page on any
    origin may send one without a content type, or as text or a form."""
    if has_body(request) and request.content_type != "application/json":
        raise ApiError(
            415,
            "unsupported_media_type",
            _("Send the body as JSON, with the content type application/json."),
        )


def register_request_guards(api):
    """Check the origin and content type of every unsafe request to ``api``
    before Ninja reads its body, and answer a refusal as a Problem."""

    def guard(run):
        @wraps(run)
        def guarded(request, *args, **kwargs):
            if request.method not in SAFE_METHODS:
                try:
                    check_origin(request)
                    check_json(request)
                except ApiError as refusal:
                    return api.on_exception(request, refusal)
            return run(request, *args, **kwargs)

        return guarded

    api.add_decorator(guard, mode="view")

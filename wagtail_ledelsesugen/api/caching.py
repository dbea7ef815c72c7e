"""Conditional GETs: an ETag from the answer's content, Last-Modified from the data."""

import hashlib
from functools import wraps

from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date

from ..conf import get_setting

LAST_MODIFIED_ATTRIBUTE = "ledelsesugen_last_modified"


def mark_modified(request, moments):
    """Note the newest of ``moments`` (datetimes or None) as the answer's age."""
    newest = max((moment for moment in moments if moment), default=None)
    current = getattr(request, LAST_MODIFIED_ATTRIBUTE, None)
    if newest and (current is None or newest > current):
        setattr(request, LAST_MODIFIED_ATTRIBUTE, newest)


def cacheable(view):
    """Give a GET answer ETag, Last-Modified and Cache-Control; answer 304 when fresh.

    The ETag hashes the body, so it changes with anything shown, seat counts
    included; Last-Modified is the newest publication or signup change noted
    with :func:`mark_modified`.
    """

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if request.method not in ("GET", "HEAD") or response.status_code != 200:
            return response
        etag = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
        response["ETag"] = etag
        last_modified = getattr(request, LAST_MODIFIED_ATTRIBUTE, None)
        timestamp = int(last_modified.timestamp()) if last_modified else None
        if timestamp:
            response["Last-Modified"] = http_date(timestamp)
        if cache_control := get_setting("API_CACHE_CONTROL"):
            patch_cache_control(response, **parse_cache_control(cache_control))
        return get_conditional_response(
            request, etag=etag, last_modified=timestamp, response=response
        )

    return wrapper


def parse_cache_control(value):
    """ "public, max-age=60" as ``{"public": True, "max_age": "60"}``."""
    directives = {}
    for part in value.split(","):
        name, _sep, argument = part.strip().partition("=")
        if name:
            directives[name.replace("-", "_")] = argument or True
    return directives

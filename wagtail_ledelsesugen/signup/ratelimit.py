"""Limits on signups, counted in Django's cache (shared by servers): per client
address, and per event and e-mail address."""

import math
import time

from django.core.cache import cache
from django.utils.crypto import salted_hmac

from ..conf import get_setting

KEY_SALT = "wagtail_ledelsesugen.signup.ratelimit"


def client_ip(request):
    """The client's address from the configured ``request.META`` key.

    In a list such as X-Forwarded-For, each proxy appends the address it saw,
    so only the entry ``TRUSTED_PROXY_COUNT`` places from the right is one a
    client cannot forge; REMOTE_ADDR when the list is shorter than that.
    """
    value = request.META.get(get_setting("CLIENT_IP_HEADER"), "")
    addresses = [address.strip() for address in value.split(",") if address.strip()]
    position = max(get_setting("TRUSTED_PROXY_COUNT"), 1)
    if len(addresses) < position:
        return request.META.get("REMOTE_ADDR", "")
    return addresses[-position]


def register_attempt(request):
    """Count one signup POST from the client; the seconds to wait if over the
    limit, else None."""
    return count_attempt("ip", client_ip(request), get_setting("SIGNUP_RATE_LIMIT"))


def register_email_attempt(page, email):
    """Count one signup of ``email`` for the page's event (in any of its
    languages); the seconds to wait if over the limit, else None."""
    return count_attempt(
        f"email:{page.translation_key}",
        email.strip().lower(),
        get_setting("SIGNUP_EMAIL_RATE_LIMIT"),
    )


def count_attempt(kind, identity, limit):
    """Count one attempt of ``identity`` in the current window; the seconds
    to wait if that makes more than ``limit``, else None."""
    window = get_setting("SIGNUP_RATE_WINDOW")
    now = time.time()
    bucket = int(now // window)
    # Keyed hash: no address in the cache, and a key any backend accepts.
    digest = salted_hmac(KEY_SALT, identity, algorithm="sha256").hexdigest()
    key = f"wagtail_ledelsesugen:signup:{kind}:{digest}:{bucket}"
    cache.add(key, 0, timeout=window)
    try:
        attempts = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        attempts = 1
    if attempts > limit:
        return math.ceil((bucket + 1) * window - now)
    return None

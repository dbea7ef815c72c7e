"""A per-IP limit on signup POSTs, counted in Django's cache (shared by servers)."""

import math
import time

from django.core.cache import cache

from ..conf import get_setting


def client_ip(request):
    """The client's address from the configured ``request.META`` key."""
    value = request.META.get(get_setting("CLIENT_IP_HEADER"), "")
    return value.split(",")[0].strip() or request.META.get("REMOTE_ADDR", "")


def register_attempt(request):
    """Count one attempt; return the seconds to wait if over the limit, else None."""
    window = get_setting("SIGNUP_RATE_WINDOW")
    now = time.time()
    bucket = int(now // window)
    key = f"wagtail_ledelsesugen:signup:{client_ip(request)}:{bucket}"
    cache.add(key, 0, timeout=window)
    try:
        attempts = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        attempts = 1
    if attempts > get_setting("SIGNUP_RATE_LIMIT"):
        return math.ceil((bucket + 1) * window - now)
    return None

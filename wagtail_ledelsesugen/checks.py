"""System checks: what the signup's rate limit needs from the site's settings."""

from django.conf import settings
from django.core import checks
from django.core.cache import caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache

from .conf import get_setting

# Request headers that list one address per proxy, the client's first.
ADDRESS_LIST_HEADERS = {"HTTP_X_FORWARDED_FOR"}


def unshared_cache_effect(cache):
    """What the rate limit does with ``cache``, if the servers cannot share it."""
    if isinstance(cache, DummyCache):
        return "nothing is counted, so there is no limit"
    if isinstance(cache, LocMemCache):
        return "each server process counts on its own"
    return None


def check_rate_limit_cache(app_configs, **kwargs):
    """Warn when the default cache is local memory or a dummy in production."""
    effect = unshared_cache_effect(caches["default"])
    if settings.DEBUG or effect is None:
        return []
    return [
        checks.Warning(
            "The signup rate limit counts in the default cache, which is "
            f"{type(caches['default']).__name__}: {effect}.",
            hint="Set CACHES['default'] to a cache all processes share, e.g. "
            "django.core.cache.backends.redis.RedisCache.",
            id="wagtail_ledelsesugen.W001",
        )
    ]


def check_client_ip_header(app_configs, **kwargs):
    """Warn when the client's address comes from X-Forwarded-For without a
    count of the proxies that append to it."""
    header = get_setting("CLIENT_IP_HEADER")
    if header not in ADDRESS_LIST_HEADERS or get_setting("TRUSTED_PROXY_COUNT"):
        return []
    return [
        checks.Warning(
            f"CLIENT_IP_HEADER is {header}, but TRUSTED_PROXY_COUNT is not set: "
            "the right-most address is taken, which behind more than one proxy "
            "is a proxy's, so all visitors share one rate limit.",
            hint="Set WAGTAIL_LEDELSESUGEN['TRUSTED_PROXY_COUNT'] to the number of "
            "proxies in front of the site, or let the proxy set a header of its "
            "own (e.g. HTTP_X_REAL_IP).",
            id="wagtail_ledelsesugen.W002",
        )
    ]


def register_checks():
    """Register the app's system checks (called from ``AppConfig.ready``)."""
    checks.register(check_rate_limit_cache, checks.Tags.caches)
    checks.register(check_client_ip_header, checks.Tags.security)

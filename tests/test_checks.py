"""System checks warn about settings that make the signup rate limit useless."""

import pytest
from django.core import checks

LOCMEM = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
DUMMY = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
REDIS = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379",
    }
}


def warning_ids(settings, **overrides):
    for name, value in overrides.items():
        setattr(settings, name, value)
    return {
        message.id
        for message in checks.run_checks()
        if message.id.startswith("wagtail_ledelsesugen.")
    }


@pytest.mark.parametrize(
    ("caches", "debug", "warned"),
    [
        (LOCMEM, False, True),
        (DUMMY, False, True),
        (LOCMEM, True, False),
        (REDIS, False, False),
    ],
)
def test_a_cache_the_servers_do_not_share(settings, caches, debug, warned):
    ids = warning_ids(settings, CACHES=caches, DEBUG=debug)
    assert ("wagtail_ledelsesugen.W001" in ids) is warned


@pytest.mark.parametrize(
    ("options", "warned"),
    [
        ({"CLIENT_IP_HEADER": "HTTP_X_FORWARDED_FOR"}, True),
        ({"CLIENT_IP_HEADER": "HTTP_X_FORWARDED_FOR", "TRUSTED_PROXY_COUNT": 1}, False),
        ({"CLIENT_IP_HEADER": "HTTP_X_REAL_IP"}, False),
        ({}, False),
    ],
)
def test_x_forwarded_for_without_a_proxy_count(settings, options, warned):
    ids = warning_ids(settings, CACHES=REDIS, WAGTAIL_LEDELSESUGEN=options)
    assert ("wagtail_ledelsesugen.W002" in ids) is warned


def test_each_warning_says_what_to_do(settings):
    settings.WAGTAIL_LEDELSESUGEN = {"CLIENT_IP_HEADER": "HTTP_X_FORWARDED_FOR"}
    settings.CACHES, settings.DEBUG = DUMMY, False
    warnings = [
        message
        for message in checks.run_checks()
        if message.id.startswith("wagtail_ledelsesugen.")
    ]
    assert len(warnings) == 2
    assert all(message.level == checks.WARNING and message.hint for message in warnings)

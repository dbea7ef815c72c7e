"""The ``WAGTAIL_LEDELSESUGEN`` settings dict: defaults and accessor.

Values are read at call time, so ``override_settings`` works in tests.
"""

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

SETTINGS_NAME = "WAGTAIL_LEDELSESUGEN"

DEFAULTS = {
    # Template every page template of the app extends.
    "BASE_TEMPLATE": "base.html",
    # Time zone events are shown in, whatever the site's TIME_ZONE.
    "TIME_ZONE": "Europe/Copenhagen",
    # Events per page in the programme.
    "PROGRAMME_PAGE_SIZE": 20,
    # Items per page in the startkit, article and video indexes.
    "LISTING_PAGE_SIZE": 12,
    # ISO week number a new LeadershipWeekPage gets.
    "DEFAULT_WEEK": 44,
    # PRODID written into calendar files.
    "ICAL_PRODID": "-//wagtail-ledelsesugen//Leadership Week//EN",
    # Whether pages link the app's stylesheet (turn off to ship your own).
    "INCLUDE_CSS": True,
    # Days after an event ends before ledelsesugen_purge_signups erases signups.
    "SIGNUP_RETENTION_DAYS": 90,
    # Signup POSTs allowed per client IP address in each window of seconds.
    "SIGNUP_RATE_LIMIT": 10,
    "SIGNUP_RATE_WINDOW": 600,
    # Signups allowed per e-mail address and event in each window (counted
    # under a keyed hash of the address, never the address itself).
    "SIGNUP_EMAIL_RATE_LIMIT": 3,
    # A form sent back faster than this many seconds is taken for a robot.
    "SIGNUP_MIN_FILL_SECONDS": 3,
    # Seconds a signup form stays valid after it was shown.
    "SIGNUP_FORM_MAX_AGE": 24 * 60 * 60,
    # The request.META key holding the client's IP address (behind a proxy,
    # e.g. "HTTP_X_REAL_IP", set by the proxy itself).
    "CLIENT_IP_HEADER": "REMOTE_ADDR",
    # Proxies in front of the site that append to CLIENT_IP_HEADER when it is a
    # list such as "HTTP_X_FORWARDED_FOR": the client's address is the entry
    # this many places from the right (0 counts as 1: the right-most entry).
    "TRUSTED_PROXY_COUNT": 0,
    # Whether notifications to editors name the person who signed up.
    "NOTIFY_WITH_PERSONAL_DATA": False,
    # Sender of signup e-mails; None uses DEFAULT_FROM_EMAIL.
    "FROM_EMAIL": None,
    # Whether an index in another language also lists the default language's
    # items that have no translation yet (shown with their own lang).
    "FALLBACK_TO_DEFAULT_LOCALE": True,
    # Cache-Control of the API's GET answers; None sends none.
    "API_CACHE_CONTROL": "public, max-age=60",
}


def check_settings():
    """Raise ImproperlyConfigured for unknown keys (a typo should not pass silently)."""
    configured = getattr(settings, SETTINGS_NAME, {})
    unknown = sorted(set(configured) - set(DEFAULTS))
    if unknown:
        raise ImproperlyConfigured(
            f"Unknown key(s) in {SETTINGS_NAME}: {', '.join(unknown)}. "
            f"Known keys: {', '.join(sorted(DEFAULTS))}."
        )


def get_setting(name):
    """Return one setting: the project's value if set, else the default."""
    if name not in DEFAULTS:
        raise KeyError(name)
    return getattr(settings, SETTINGS_NAME, {}).get(name, DEFAULTS[name])

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
    # ISO week number a new LeadershipWeekPage gets.
    "DEFAULT_WEEK": 44,
    # PRODID written into calendar files.
    "ICAL_PRODID": "-//wagtail-ledelsesugen//Leadership Week//EN",
    # Whether pages link the app's stylesheet (turn off to ship your own).
    "INCLUDE_CSS": True,
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

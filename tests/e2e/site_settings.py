"""The example site as the browser tests serve it.

The e-mails go to files the tests read. The signup form's minimum fill time
is off, as a browser driven by a test fills a form in milliseconds, and the
rate limit is raised, as every visitor in the suite comes from 127.0.0.1.
"""

import os

from example_site.settings import *  # noqa: F403
from example_site.settings import WAGTAIL_LEDELSESUGEN

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ["E2E_DATABASE"],
        "OPTIONS": {"transaction_mode": "IMMEDIATE"},
    }
}
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = os.environ["E2E_MAIL_DIR"]
WAGTAILADMIN_BASE_URL = os.environ["E2E_BASE_URL"]
WAGTAIL_LEDELSESUGEN = {
    **WAGTAIL_LEDELSESUGEN,
    "SIGNUP_MIN_FILL_SECONDS": 0,
    "SIGNUP_RATE_LIMIT": 1000,
}

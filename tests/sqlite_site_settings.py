"""The test project as tests/test_sqlite_concurrency.py serves it, from the
SQLite file DATABASE_URL names.

The rate limit is raised, as every request of that test comes from
127.0.0.1, and e-mails are kept in memory.
"""

from tests.settings import *  # noqa: F403

EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAIL_LEDELSESUGEN = {"SIGNUP_RATE_LIMIT": 1000}

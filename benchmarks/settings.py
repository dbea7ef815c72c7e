"""Django settings of the benchmark: the example site as it runs in production.

The database comes from ``BENCH_DATABASE_URL``, which ``python -m benchmarks``
sets for itself and for the gunicorn workers it starts.
"""

import os
import sys
from pathlib import Path

import dj_database_url

EXAMPLE_SITE = Path(__file__).resolve().parent.parent / "example_site"
sys.path.insert(0, str(EXAMPLE_SITE))

from example_site.settings import *  # noqa: E402, F403

DEBUG = False
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
ROOT_URLCONF = "benchmarks.urls"

DATABASES = {"default": dj_database_url.parse(os.environ["BENCH_DATABASE_URL"])}
# Persistent connections, as a production site keeps them.
DATABASES["default"]["CONN_MAX_AGE"] = 60

# Wagtail's v2 API answers at most 20 items unless told otherwise.
WAGTAILAPI_LIMIT_MAX = 100

WAGTAIL_LEDELSESUGEN = {
    "PROGRAMME_PAGE_SIZE": 20,
    # Every benchmark client signs up from 127.0.0.1, so the per-address limit
    # (10 in 10 minutes by default) would answer 429 after the tenth signup.
    "SIGNUP_RATE_LIMIT": 10**9,
}

# The signup e-mails are rendered in the request (django-tasks' immediate
# backend), as on a site without a task worker, but never sent.
EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"

# With BENCH_TASK_QUEUE set, the e-mails are queued in the database instead,
# as on a site with a task worker (none runs during the benchmark).
INSTALLED_APPS = [*INSTALLED_APPS, "django_tasks_db"]  # noqa: F405
if os.environ.get("BENCH_TASK_QUEUE"):
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"django.request": {"handlers": ["console"], "level": "ERROR"}},
}


class WithoutMigrations(dict):
    """Every app's migrations turned off: ``migrate --run-syncdb`` then makes
    the tables from the models."""

    def __contains__(self, app_label):
        return True

    def __getitem__(self, app_label):
        return None


if os.environ.get("BENCH_WITHOUT_MIGRATIONS"):
    MIGRATION_MODULES = WithoutMigrations()

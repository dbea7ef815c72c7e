"""Settings of the example site: a municipality's Wagtail site with the app installed.

Made like ``wagtail start`` makes a project, plus what the app needs
(marked "Leadership Week" below).
"""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ.get("SECRET_KEY", "example-site-only-not-secret")
DEBUG = os.environ.get("DEBUG", "1") == "1"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]

INSTALLED_APPS = [
    "home",
    # Leadership Week: the app, and wagtail-localize for Danish and English content.
    "wagtail_ledelsesugen",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    # Leadership Week's API: "ninja" serves its docs page's scripts locally;
    # corsheaders lets the front ends named in CORS_ALLOWED_ORIGINS use it.
    "ninja",
    "corsheaders",
    # Wagtail's own pages API, which reads the app's api_fields.
    "wagtail.api.v2",
    "rest_framework",
    # What `wagtail start` installs.
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "example_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ]
        },
    }
]

WSGI_APPLICATION = "example_site.wsgi.application"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ.get("EXAMPLE_SITE_DB", BASE_DIR / "db.sqlite3"),
        # Leadership Week: a signup reads the seats left, then writes. SQLite
        # must take the write lock when the transaction begins, or two signups
        # at once fail with "database is locked" instead of waiting in turn.
        "OPTIONS": {"transaction_mode": "IMMEDIATE"},
    }
}

LANGUAGE_CODE = "da"
LANGUAGES = [("da", "Dansk"), ("en", "English")]
TIME_ZONE = "Europe/Copenhagen"
USE_I18N = True
USE_TZ = True
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "media"

WAGTAIL_SITE_NAME = "Ledelsesugen"
WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Leadership Week: every key is optional; these are the documented defaults.
WAGTAIL_LEDELSESUGEN = {
    "BASE_TEMPLATE": "base.html",
    "TIME_ZONE": "Europe/Copenhagen",
    "PROGRAMME_PAGE_SIZE": 20,
}
STATICFILES_DIRS = [BASE_DIR / "static"]

# The demo prints e-mails (signup confirmations and so on) to the console.
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = "Ledelsesugen <ledelsesugen@example.dk>"

# Leadership Week: browser front ends on these origins (comma-separated in
# LEDELSESUGEN_CORS_ORIGINS) may read the API and sign people up. Only the
# API is opened, and never with cookies.
CORS_URLS_REGEX = r"^/api/ledelsesugen/"
CORS_ALLOWED_ORIGINS = [
    origin
    for origin in os.environ.get("LEDELSESUGEN_CORS_ORIGINS", "").split(",")
    if origin
]

"""Wagtail's v3 pages API beside the site, for tests/test_wagtail_api_fields.py."""

from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.api.v3.urls import api

urlpatterns = [
    path("api/v3/", api.urls),
    path("", include(wagtail_urls)),
]

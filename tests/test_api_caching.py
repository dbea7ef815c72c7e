"""Conditional GETs and Cache-Control on the API's read endpoints."""

import pytest
from django.utils.http import http_date, parse_http_date

from tests.builders import make_event, make_signup_event
from wagtail_ledelsesugen.api.caching import parse_cache_control

pytestmark = pytest.mark.django_db

EVENTS = "/api/ledelsesugen/events/"


def test_list_has_etag_last_modified_and_cache_control(client, programme):
    event = make_signup_event(programme, capacity=3)
    response = client.get(EVENTS)
    assert response.status_code == 200
    assert response["ETag"].startswith('"')
    assert parse_http_date(response["Last-Modified"]) == int(
        event.last_published_at.timestamp()
    )
    assert response["Cache-Control"] == "public, max-age=60"


def test_matching_etag_gives_304_without_body(client, programme):
    make_event(programme)
    etag = client.get(EVENTS)["ETag"]
    response = client.get(EVENTS, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag


def test_etag_changes_when_a_seat_is_taken(client, programme):
    event = make_signup_event(programme, capacity=3)
    etag = client.get(f"{EVENTS}{event.pk}/")["ETag"]
    signed_up = client.post(
        f"{EVENTS}{event.pk}/signups/",
        {"name": "A", "email": "a@example.org", "consent": True},
        content_type="application/json",
    )
    assert signed_up.status_code == 202
    response = client.get(f"{EVENTS}{event.pk}/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert response.json()["signup"]["seats_left"] == 2
    assert response["ETag"] != etag


def test_last_modified_follows_signup_changes(client, programme):
    event = make_signup_event(programme, capacity=3)
    published = int(event.last_published_at.timestamp())
    client.post(
        f"{EVENTS}{event.pk}/signups/",
        {"name": "A", "email": "a@example.org", "consent": True},
        content_type="application/json",
    )
    changed = parse_http_date(client.get(f"{EVENTS}{event.pk}/")["Last-Modified"])
    assert changed >= published
    assert changed == int(event.get_signup_list().changed_at.timestamp())


def test_if_modified_since_gives_304_when_nothing_changed(client, programme):
    make_signup_event(programme)
    last_modified = client.get(EVENTS)["Last-Modified"]
    response = client.get(EVENTS, HTTP_IF_MODIFIED_SINCE=last_modified)
    assert response.status_code == 304
    older = http_date(parse_http_date(last_modified) - 3600)
    assert client.get(EVENTS, HTTP_IF_MODIFIED_SINCE=older).status_code == 200


def test_cache_control_is_a_setting(client, programme, settings):
    settings.WAGTAIL_LEDELSESUGEN = {"API_CACHE_CONTROL": "private, no-cache"}
    make_event(programme)
    response = client.get(EVENTS)
    assert set(response["Cache-Control"].split(", ")) == {"private", "no-cache"}
    settings.WAGTAIL_LEDELSESUGEN = {"API_CACHE_CONTROL": None}
    assert not client.get(EVENTS).has_header("Cache-Control")


def test_errors_and_posts_are_not_cached(client, programme):
    assert not client.get(f"{EVENTS}999999/").has_header("ETag")
    assert not client.get(f"{EVENTS}?limit=0").has_header("ETag")
    event = make_signup_event(programme)
    response = client.post(
        f"{EVENTS}{event.pk}/signups/",
        {"name": "A", "email": "a@example.org", "consent": True},
        content_type="application/json",
    )
    assert not response.has_header("ETag")


def test_parse_cache_control():
    assert parse_cache_control("public, max-age=60, stale-while-revalidate=30") == {
        "public": True,
        "max_age": "60",
        "stale_while_revalidate": "30",
    }

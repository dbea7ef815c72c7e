"""CORS for the API, as the test project sets it up for one front end
(tests/settings.py): that origin may read the API and sign people up, nobody
else is let in, and nothing outside the API answers cross-origin."""

import json

import pytest
from django.test import Client

from tests.api_helpers import API
from tests.builders import make_signup_event, signup_data
from wagtail_ledelsesugen.models import Signup

pytestmark = pytest.mark.django_db

FRONT_END = "https://intranet.example.dk"
STRANGER = "https://evil.example.com"
CORS_HEADERS = {
    "Access-Control-Allow-Origin",
    "Access-Control-Allow-Credentials",
    "Access-Control-Allow-Methods",
    "Access-Control-Allow-Headers",
    "Access-Control-Max-Age",
}


def cors_headers(response):
    return {name for name in CORS_HEADERS if response.has_header(name)}


def preflight(client, path, origin):
    """The OPTIONS request a browser sends before a JSON POST."""
    return client.options(
        path,
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )


def test_the_front_end_may_read_the_api(client, programme):
    response = client.get(f"{API}/events/", headers={"Origin": FRONT_END})
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == FRONT_END
    assert "origin" in response["Vary"].lower()
    assert not response.has_header("Access-Control-Allow-Credentials")


def test_the_front_end_may_post_a_signup_after_a_preflight(client, programme):
    event = make_signup_event(programme)
    response = preflight(client, f"{API}/events/{event.pk}/signups/", FRONT_END)
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == FRONT_END
    assert "POST" in response["Access-Control-Allow-Methods"]
    assert "content-type" in response["Access-Control-Allow-Headers"].lower()
    assert not response.has_header("Access-Control-Allow-Credentials")


@pytest.mark.parametrize("method", ["get", "preflight"])
def test_another_origin_is_not_let_in(client, programme, method):
    event = make_signup_event(programme)
    if method == "get":
        response = client.get(f"{API}/events/", headers={"Origin": STRANGER})
    else:
        response = preflight(client, f"{API}/events/{event.pk}/signups/", STRANGER)
    assert cors_headers(response) == set()


@pytest.mark.parametrize("path", ["/", "/api/v2/pages/", "/admin/login/"])
def test_nothing_outside_the_api_answers_cross_origin(client, programme, path):
    response = client.get(path, headers={"Origin": FRONT_END})
    assert response.status_code == 200
    assert cors_headers(response) == set()


def test_the_cross_origin_signup_needs_no_csrf_token(programme):
    """The API reads no cookie, so there is nothing for a forged request to
    borrow; a front end on another origin cannot get a CSRF token anyway."""
    event = make_signup_event(programme)
    browser = Client(enforce_csrf_checks=True)
    response = browser.post(
        f"{API}/events/{event.pk}/signups/",
        json.dumps(
            {
                "name": "Mette Hansen",
                "email": "mette@example.org",
                "organisation": "Aarhus Kommune",
                "job_title": "Direktør",
                "consent": True,
            }
        ),
        content_type="application/json",
        headers={"Origin": FRONT_END},
    )
    assert response.status_code == 202, response.content
    assert response["Access-Control-Allow-Origin"] == FRONT_END
    assert Signup.objects.filter(email="mette@example.org").exists()


def test_the_site_s_own_signup_form_still_needs_its_csrf_token(programme):
    event = make_signup_event(programme)
    browser = Client(enforce_csrf_checks=True)
    assert browser.post(event.url + "signup/", signup_data(event)).status_code == 403
    assert not Signup.objects.exists()
    browser.get(event.url)  # sets the csrftoken cookie, as a visit does
    token = browser.cookies["csrftoken"].value
    browser.post(event.url + "signup/", signup_data(event, csrfmiddlewaretoken=token))
    assert Signup.objects.filter(email="mette@example.org").exists()

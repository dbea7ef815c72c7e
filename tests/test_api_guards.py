"""The API's POSTs take JSON only, from the site's own pages, the front ends
CORS allows or no browser at all, and within a size; every refusal is a
Problem."""

import json
from types import SimpleNamespace

import pytest

from tests.api_helpers import API, assert_problem
from tests.builders import make_signup_event
from tests.test_api_signup import person
from wagtail_ledelsesugen.api import guards
from wagtail_ledelsesugen.models import Signup, SignupStatus
from wagtail_ledelsesugen.signup import services

pytestmark = pytest.mark.django_db

FRONT_END = "https://intranet.example.dk"  # in tests/settings.py's CORS_ALLOWED_ORIGINS
FOREIGN = "https://evil.example"


@pytest.fixture
def event(programme):
    return make_signup_event(programme)


def signup_url(event):
    return f"{API}/events/{event.pk}/signups/"


def post_json(client, url, body, content_type="application/json", **headers):
    return client.post(
        url, json.dumps(body), content_type=content_type, headers=headers
    )


def active_signup(event):
    return services.register(
        event, name="A", email="a@example.org", consent_text="ok", locale=event.locale
    )[0]


class TestOrigin:
    def test_a_page_on_a_foreign_origin_cannot_sign_up(self, client, event):
        response = post_json(client, signup_url(event), person(), Origin=FOREIGN)
        assert_problem(response, 403, "origin_not_allowed")
        assert not Signup.objects.exists()

    def test_nor_cancel(self, client, event):
        signup = active_signup(event)
        response = post_json(
            client, f"{API}/signups/cancel/", {"token": signup.token}, Origin=FOREIGN
        )
        assert_problem(response, 403, "origin_not_allowed")
        signup.refresh_from_db()
        assert signup.status == SignupStatus.CONFIRMED

    @pytest.mark.parametrize("origin", [FRONT_END, "http://testserver", None])
    def test_the_site_its_cors_origins_and_servers_may(self, client, event, origin):
        headers = {"Origin": origin} if origin else {}
        response = post_json(client, signup_url(event), person(), **headers)
        assert 200 <= response.status_code < 300, response.content
        assert Signup.objects.count() == 1

    def test_cors_origin_patterns_and_all_origins_count(self, client, event, settings):
        settings.CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://\w+\.kommune\.dk$"]
        response = post_json(
            client, signup_url(event), person(), Origin="https://aarhus.kommune.dk"
        )
        assert 200 <= response.status_code < 300
        settings.CORS_ALLOW_ALL_ORIGINS = True
        response = post_json(
            client, signup_url(event), person(email="b@example.org"), Origin=FOREIGN
        )
        assert 200 <= response.status_code < 300

    def test_cors_settings_count_only_with_django_cors_headers(
        self, client, event, monkeypatch
    ):
        monkeypatch.setattr(
            guards, "apps", SimpleNamespace(is_installed=lambda name: False)
        )
        response = post_json(client, signup_url(event), person(), Origin=FRONT_END)
        assert_problem(response, 403, "origin_not_allowed")

    def test_reading_from_any_origin_is_untouched(self, client, event):
        response = client.get(f"{API}/events/{event.pk}/", headers={"Origin": FOREIGN})
        assert response.status_code == 200


class TestContentType:
    @pytest.mark.parametrize(
        "content_type",
        ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data"],
    )
    def test_signup_takes_json_only(self, client, event, content_type):
        response = post_json(client, signup_url(event), person(), content_type)
        assert_problem(response, 415, "unsupported_media_type")
        assert not Signup.objects.exists()

    def test_a_form_post_is_refused_before_it_is_read(self, client, event):
        response = client.post(signup_url(event), person())  # multipart, as a <form>
        assert_problem(response, 415, "unsupported_media_type")

    def test_cancel_takes_json_only(self, client, event):
        signup = active_signup(event)
        response = post_json(
            client, f"{API}/signups/cancel/", {"token": signup.token}, "text/plain"
        )
        assert_problem(response, 415, "unsupported_media_type")
        signup.refresh_from_db()
        assert signup.status == SignupStatus.CONFIRMED

    def test_json_with_a_charset_is_json(self, client, event):
        response = post_json(
            client, signup_url(event), person(), "application/json; charset=utf-8"
        )
        assert 200 <= response.status_code < 300


class TestSize:
    @pytest.mark.parametrize("path", ["events/{pk}/signups/", "signups/cancel/"])
    def test_a_body_over_django_s_limit_is_a_413_problem(
        self, client, event, settings, path
    ):
        settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
        url = f"{API}/" + path.format(pk=event.pk)
        response = post_json(client, url, {**person(), "token": "x" * 2000})
        assert_problem(response, 413, "too_large")
        assert not Signup.objects.exists()

    def test_the_default_limit_applies(self, client, event):
        response = post_json(client, signup_url(event), person(name="x" * 3_000_000))
        assert_problem(response, 413, "too_large")

    def test_at_most_100_answers(self, client, event):
        answers = {f"q{n}": "x" for n in range(101)}
        response = post_json(client, signup_url(event), person(answers=answers))
        problem = assert_problem(response, 400, "invalid", "answers")
        assert problem["errors"]["answers"] == ["Send at most 100 items."]

    def test_at_most_100_choices_in_an_answer(self, client, event):
        answers = {"kost": ["Vegetar"] * 101}
        response = post_json(client, signup_url(event), person(answers=answers))
        problem = assert_problem(response, 400, "invalid", "answers")
        assert problem["errors"]["answers"] == ["Send at most 100 items."]


def test_the_openapi_document_lists_the_refusals(client):
    paths = client.get(f"{API}/openapi.json").json()["paths"]
    for path in ("/events/{event_id}/signups/", "/signups/cancel/"):
        responses = paths[f"{API}{path}"]["post"]["responses"]
        assert {"403", "413", "415", "429"} <= set(responses), path


def test_a_body_without_a_content_type_is_refused(client, event):
    """What fetch() sends for a Blob: no content type, so no preflight."""
    response = client.generic(
        "POST", signup_url(event), json.dumps(person()), content_type=""
    )
    assert_problem(response, 415, "unsupported_media_type")
    assert not Signup.objects.exists()


def test_an_empty_post_is_just_invalid(client, event):
    response = client.generic("POST", signup_url(event), "", content_type="")
    assert_problem(response, 400, "invalid")

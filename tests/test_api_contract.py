"""The API's contract: the OpenAPI document, its docs page, and real answers,
good and bad, validated against the schemas the document gives for them."""

import datetime
import json
import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings as django_settings
from django.contrib.staticfiles import finders
from django.urls import resolve
from jsonschema import Draft202012Validator, FormatChecker

from tests import builders
from tests.api_catalogue import (
    OFFLINE_EMBEDS,
    QUESTIONS,
    catalogue_in_transaction,
    sign_up,
)
from tests.api_helpers import API
from wagtail_ledelsesugen.api.app import api
from wagtail_ledelsesugen.models import Signup, SignupStatus

pytestmark = pytest.mark.django_db


def openapi_document():
    """The OpenAPI document as Ninja builds it for the test project's URLs."""
    return json.loads(json.dumps(api.get_openapi_schema()))


DOCUMENT = openapi_document()
READ_PATHS = [path for path, methods in DOCUMENT["paths"].items() if "get" in methods]
LIST_PATHS = [path for path in READ_PATHS if "{" not in path]
DETAIL_PATHS = [path for path in READ_PATHS if "{" in path]
SIGNUP = f"{API}/events/{{event_id}}/signups/"
CANCEL = f"{API}/signups/cancel/"


def short(path):
    return path.removeprefix(API)


def with_id(path, pk):
    """``path`` with ``pk`` for its path parameter."""
    return re.sub(r"\{[^}]+\}", str(pk), path)


# Checking the document's schemas


def closed(schema):
    """``schema`` with no room for properties it does not name, so that a field
    the API sends but does not document fails too."""
    if isinstance(schema, list):
        return [closed(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    schema = {key: closed(value) for key, value in schema.items()}
    if "properties" in schema:
        schema.setdefault("additionalProperties", False)
    return schema


CLOSED_COMPONENTS = closed(DOCUMENT["components"])

# jsonschema checks "date-time" only with rfc3339-validator, which we do not need.
FORMATS = FormatChecker()


@FORMATS.checks("date-time", raises=ValueError)
def is_aware_datetime(value):
    return not isinstance(value, str) or bool(
        datetime.datetime.fromisoformat(value).tzinfo
    )


def assert_documented(response, method, path):
    """``response`` has a status, content type and body the document gives for
    the operation; returns the body."""
    responses = DOCUMENT["paths"][path][method]["responses"]
    status = str(response.status_code)
    assert status in responses, (
        f"{method.upper()} {short(path)} answered {status}, "
        f"but the document lists only {sorted(responses)}: {response.content[:300]}"
    )
    media_type = response["Content-Type"].split(";")[0]
    content = responses[status].get("content", {})
    assert media_type in content, (status, media_type, sorted(content))
    schema = {**closed(content[media_type]["schema"]), "components": CLOSED_COMPONENTS}
    body = response.json()
    errors = Draft202012Validator(schema, format_checker=FORMATS).iter_errors(body)
    messages = [f"{list(error.absolute_path)}: {error.message}" for error in errors]
    assert not messages, "\n".join(messages)
    return body


@pytest.fixture(scope="module")
def catalogue_data(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), catalogue_in_transaction():
        yield


@pytest.fixture
def catalogue(catalogue_data, settings):
    settings.WAGTAILEMBEDS_FINDERS = OFFLINE_EMBEDS


# The document and the docs page


def test_the_document_is_served_and_is_openapi_3(client):
    response = client.get(f"{API}/openapi.json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response.json() == DOCUMENT
    assert re.fullmatch(r"3\.\d+\.\d+", DOCUMENT["openapi"])
    assert DOCUMENT["info"]["title"] and DOCUMENT["info"]["version"]


def test_every_path_in_the_document_is_one_of_ours():
    assert DOCUMENT["paths"]
    for path in DOCUMENT["paths"]:
        assert path.startswith(f"{API}/"), path
        assert resolve(with_id(path, 1)).namespace == api.urls_namespace, path
    operation_ids = [
        operation["operationId"]
        for methods in DOCUMENT["paths"].values()
        for operation in methods.values()
    ]
    assert len(set(operation_ids)) == len(operation_ids)


def test_the_document_s_schemas_are_json_schema_2020_12():
    for schema in DOCUMENT["components"]["schemas"].values():
        Draft202012Validator.check_schema(schema)


ASSET = re.compile(r'<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"')


def test_without_ninja_installed_the_docs_page_loads_swagger_ui_from_a_cdn(
    client, monkeypatch
):
    """The page works, but the browser fetches Swagger UI from jsDelivr.

    Ninja only reads the setting; changing the installed apps for real would
    run Wagtail's AppConfig.ready() methods twice, which they do not allow.
    """
    without_ninja = [app for app in django_settings.INSTALLED_APPS if app != "ninja"]
    monkeypatch.setattr(django_settings, "INSTALLED_APPS", without_ninja)
    response = client.get(f"{API}/docs/")
    assert response.status_code == 200
    hosts = {urlsplit(url).netloc for url in ASSET.findall(response.text)}
    assert "cdn.jsdelivr.net" in hosts


def test_with_ninja_installed_the_docs_page_loads_only_its_own_static_files(client):
    assert "ninja" in django_settings.INSTALLED_APPS, "as a site must have it"
    response = client.get(f"{API}/docs/")
    assert response.status_code == 200
    assets = ASSET.findall(response.text)
    assert any(url.endswith("/swagger-ui-bundle.js") for url in assets), assets
    static_url = django_settings.STATIC_URL
    for url in assets:
        parts = urlsplit(url)
        assert not parts.netloc and parts.path.startswith(static_url), url
        assert finders.find(parts.path.removeprefix(static_url)), url
    assert f'"{API}/openapi.json"' in response.text


# Real answers to reads


@pytest.mark.parametrize("path", LIST_PATHS, ids=short)
def test_lists_match_the_document(client, catalogue, path):
    body = assert_documented(client.get(path), "get", path)
    assert body["items"], f"no items: give {short(path)} data in tests/api_catalogue.py"
    for query in ("?locale=en", "?limit=1&offset=1", f"?offset={body['count']}"):
        assert_documented(client.get(path + query), "get", path)


@pytest.mark.parametrize("path", DETAIL_PATHS, ids=short)
def test_every_item_s_detail_matches_the_document(client, catalogue, path):
    list_path = path[: path.index("{")]
    assert list_path in LIST_PATHS
    items = client.get(f"{list_path}?limit=100").json()["items"]
    assert items, f"no items: give {short(list_path)} data in tests/api_catalogue.py"
    for item in items:
        assert_documented(client.get(with_id(path, item["id"])), "get", path)


@pytest.mark.parametrize("path", DETAIL_PATHS, ids=short)
def test_an_unknown_id_is_a_documented_404(client, path):
    body = assert_documented(client.get(with_id(path, 987654321)), "get", path)
    assert (body["status"], body["code"]) == (404, "not_found")


@pytest.mark.parametrize("path", LIST_PATHS, ids=short)
@pytest.mark.parametrize(
    "query", ["?limit=0", "?limit=101", "?offset=-1", "?limit=many", "?locale=xx"]
)
def test_a_bad_filter_is_a_documented_400(client, path, query):
    body = assert_documented(client.get(path + query), "get", path)
    assert (body["status"], body["code"]) == (400, "invalid")
    assert body["errors"]


# Real answers to signups and cancellations


def post(client, path, data):
    body = data if isinstance(data, str) else json.dumps(data)
    return client.post(path, body, content_type="application/json")


def person(**overrides):
    return {
        "name": "Mette Hansen",
        "email": "mette@example.org",
        "organisation": "Aarhus Kommune",
        "job_title": "Direktør",
        "consent": True,
        **overrides,
    }


def signup_answer(client, event, **overrides):
    """The documented answer to a signup for ``event`` (an id or a page)."""
    event_id = getattr(event, "pk", event)
    response = post(client, with_id(SIGNUP, event_id), person(**overrides))
    return assert_documented(response, "post", SIGNUP), response.status_code


ANSWERS = {"kost": "Alt", "emner": ["Trivsel"], "middag": True, "antal": 2}


class TestSignupAnswers:
    def test_confirmed_is_a_documented_202(self, client, programme):
        event = builders.make_signup_event(programme, questions=QUESTIONS)
        body, status = signup_answer(client, event, answers=ANSWERS)
        assert (status, body["status"]) == (202, "received")

    def test_waitlisted_and_already_signed_up_are_the_same_202(self, client, programme):
        event = builders.make_signup_event(programme, capacity=1)
        sign_up(event, "first@example.org")
        waitlisted = signup_answer(client, event)
        again = signup_answer(client, event)
        assert waitlisted == again
        assert waitlisted[1] == 202

    @pytest.mark.parametrize(
        "overrides",
        [{"consent": False}, {"email": "nej"}, {"answers": {"ukendt": 1}}],
    )
    def test_invalid_answers_are_a_documented_400(self, client, programme, overrides):
        event = builders.make_signup_event(programme)
        body, status = signup_answer(client, event, **overrides)
        assert (status, body["code"]) == (400, "invalid")

    def test_unreadable_json_is_a_documented_400(self, client, programme):
        event = builders.make_signup_event(programme)
        response = post(client, with_id(SIGNUP, event.pk), "{not json")
        assert assert_documented(response, "post", SIGNUP)["status"] == 400

    def test_login_required_is_a_documented_403(self, client, programme):
        event = builders.make_signup_event(programme, require_login=True)
        body, status = signup_answer(client, event)
        assert (status, body["code"]) == (403, "login_required")

    def test_an_unknown_event_is_a_documented_404(self, client):
        body, status = signup_answer(client, 987654321)
        assert (status, body["code"]) == (404, "not_found")

    @pytest.mark.parametrize(
        "kwargs, code",
        [
            ({"capacity": 1, "waitlist_enabled": False}, "full"),
            ({"signup_deadline": builders.days_ahead(-1)}, "closed"),
            ({"signup_opens": builders.days_ahead(5)}, "not_yet_open"),
        ],
    )
    def test_a_refusal_is_a_documented_409(self, client, programme, kwargs, code):
        event = builders.make_signup_event(programme, **kwargs)
        if code == "full":
            sign_up(event, "first@example.org")
        body, status = signup_answer(client, event)
        assert (status, body["code"]) == (409, code)

    def test_too_many_signups_are_a_documented_429(self, client, programme, settings):
        settings.WAGTAIL_LEDELSESUGEN = {"SIGNUP_RATE_LIMIT": 0}
        body, status = signup_answer(client, builders.make_signup_event(programme))
        assert (status, body["code"]) == (429, "rate_limited")


def cancel_answer(client, data):
    response = post(client, CANCEL, data)
    return assert_documented(response, "post", CANCEL), response.status_code


class TestCancelAnswers:
    @pytest.fixture
    def signup(self, programme):
        return sign_up(builders.make_signup_event(programme), "mette@example.org")

    def test_cancelled_is_a_documented_200(self, client, signup):
        body, status = cancel_answer(client, {"token": signup.token})
        assert (status, body) == (200, {"status": "cancelled"})
        signup.refresh_from_db()
        assert signup.status == SignupStatus.CANCELLED

    @pytest.mark.parametrize("data", [{}, {"token": 5}, "{not json"])
    def test_a_bad_request_is_a_documented_400(self, client, data):
        body, status = cancel_answer(client, data)
        assert (status, body["code"]) == (400, "invalid")

    def test_an_unknown_token_is_a_documented_404(self, client, signup):
        body, status = cancel_answer(client, {"token": "ukendt"})
        assert (status, body["code"]) == (404, "unknown")

    def test_cancelling_twice_is_a_documented_409(self, client, signup):
        cancel_answer(client, {"token": signup.token})
        body, status = cancel_answer(client, {"token": signup.token})
        assert (status, body["code"]) == (409, "cancelled")
        assert Signup.objects.get(pk=signup.pk).status == SignupStatus.CANCELLED

    def test_too_many_cancellations_are_a_documented_429(
        self, client, signup, settings
    ):
        settings.WAGTAIL_LEDELSESUGEN = {"SIGNUP_RATE_LIMIT": 0}
        body, status = cancel_answer(client, {"token": signup.token})
        assert (status, body["code"]) == (429, "rate_limited")

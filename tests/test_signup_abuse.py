"""What the one signup form refuses or cleans, on the page and through the API:
control characters, web addresses in names, answers of any length, and old
or borrowed start-time tokens."""

import time

import pytest

from tests.builders import make_signup_event, signup_data
from tests.test_api_signup import sign_up
from tests.test_signup import soup_of, summary
from wagtail_ledelsesugen.models import Signup
from wagtail_ledelsesugen.signup.forms import started_token

QUESTIONS = [
    ("Afdeling", "singleline", {"required": False}),
    ("Bemærkninger", "multiline", {"required": False}),
    ("Kilde", "hidden", {"required": False}),
    ("Hjemmeside", "url", {"required": False}),
    ("Antal", "number", {"required": False}),
    ("Kost", "checkboxes", {"choices": "Vegetar\nGlutenfri", "required": False}),
    ("Emner", "multiselect", {"choices": "Trivsel\nStrategi", "required": False}),
]

# Line breaks, a bell, a NUL, a zero-width space, a right-to-left override
# and a line separator: each could change what an e-mail shows.
DIRTY = {
    "name": "Mette\r\nHansen\u202e",
    "organisation": "Aarhus\x00 Kommune\x07",
    "job_title": "Direktør\u2028Bcc: x@example.org",
    "afdeling": "Økonomi\n\tog\u200b IT",
    "bemaerkninger": "Linje 1\r\nLinje 2\x1b[31m\u202e",
}
CLEAN = {
    "name": "Mette Hansen",
    "organisation": "Aarhus Kommune",
    "job_title": "Direktør Bcc: x@example.org",
    "answers": {"afdeling": "Økonomi og IT", "bemaerkninger": "Linje 1\r\nLinje 2[31m"},
}


@pytest.fixture(autouse=True)
def no_fill_time(settings):
    settings.WAGTAIL_LEDELSESUGEN = {"SIGNUP_MIN_FILL_SECONDS": 0}


@pytest.fixture
def event(programme):
    return make_signup_event(programme, questions=QUESTIONS)


def post(client, event, **overrides):
    return client.post(event.url + "signup/", signup_data(event, **overrides))


def stored(signup):
    answers = {key: signup.answers[key] for key in ("afdeling", "bemaerkninger")}
    return {
        "name": signup.name,
        "organisation": signup.organisation,
        "job_title": signup.job_title,
        "answers": answers,
    }


class TestControlCharacters:
    def test_page_keeps_single_lines_single_and_line_breaks_where_allowed(
        self, client, event
    ):
        assert post(client, event, **DIRTY).status_code == 302
        assert stored(Signup.objects.get()) == CLEAN

    def test_api_does_the_same(self, client, event):
        answers = {key: DIRTY[key] for key in ("afdeling", "bemaerkninger")}
        standard = {key: DIRTY[key] for key in ("name", "organisation", "job_title")}
        response = sign_up(client, event, **standard, answers=answers)
        assert 200 <= response.status_code < 300, response.content
        assert stored(Signup.objects.get()) == CLEAN

    def test_a_name_of_only_control_characters_is_missing(self, client, event):
        response = post(client, event, name="\r\n\u200b")
        assert response.status_code == 400
        assert soup_of(response).select_one("#id_name_error").get_text() == (
            "This field is required."
        )


@pytest.mark.parametrize(
    "name",
    ["Mette https://spam.example", "HTTP://spam.example", "Mette www.spam.example"],
)
class TestWebAddressInName:
    def test_page_refuses_it(self, client, event, name):
        response = post(client, event, name=name)
        assert response.status_code == 400
        assert soup_of(response).select_one("#id_name_error").get_text() == (
            "Write your name without a web address."
        )
        assert not Signup.objects.exists()

    def test_api_refuses_it(self, client, event, name):
        response = sign_up(client, event, name=name)
        assert response.status_code == 400
        assert response.json()["errors"]["name"] == [
            "Write your name without a web address."
        ]
        assert not Signup.objects.exists()


OVER_255 = "Ensure this value has at most 255 characters (it has 256)."
TOO_LONG = [
    ("afdeling", "x" * 256, OVER_255),
    ("kilde", "x" * 256, OVER_255),
    (
        "hjemmeside",
        "https://example.org/" + "x" * 2029,
        "Ensure this value has at most 2048 characters (it has 2049).",
    ),
    ("antal", "1" * 21, "Ensure that there are no more than 20 digits in total."),
    ("kost", ["Vegetar", "Vegetar"], "Choose each option only once."),
    ("emner", ["Trivsel", "Trivsel"], "Choose each option only once."),
]


class TestAnswerLimits:
    @pytest.mark.parametrize(("name", "value", "message"), TOO_LONG)
    def test_page_refuses_an_answer_over_its_limit(
        self, client, event, name, value, message
    ):
        response = post(client, event, **{name: value})
        assert response.status_code == 400
        assert any(item.endswith(message) for item in summary(response))
        assert not Signup.objects.exists()

    @pytest.mark.parametrize(("name", "value", "message"), TOO_LONG)
    def test_api_refuses_an_answer_over_its_limit(
        self, client, event, name, value, message
    ):
        response = sign_up(client, event, answers={name: value})
        assert response.status_code == 400
        assert message in response.json()["errors"][name]
        assert not Signup.objects.exists()

    def test_answers_at_their_limits_are_taken(self, client, event):
        response = post(
            client,
            event,
            afdeling="x" * 255,
            kilde="x" * 255,
            antal="1" * 20,
            kost=["Vegetar", "Glutenfri"],
        )
        assert response.status_code == 302
        assert Signup.objects.get().answers["kost"] == ["Vegetar", "Glutenfri"]


class TestStartToken:
    def test_a_form_older_than_a_day_has_expired(self, client, event):
        old = started_token(event, time.time() - 25 * 60 * 60)
        response = post(client, event, started=old)
        assert response.status_code == 400
        assert summary(response) == [
            "The form has expired. Please check it and send it again."
        ]
        assert not Signup.objects.exists()

    def test_the_maximum_age_is_a_setting(self, client, event, settings):
        settings.WAGTAIL_LEDELSESUGEN = {
            "SIGNUP_MIN_FILL_SECONDS": 0,
            "SIGNUP_FORM_MAX_AGE": 60,
        }
        response = post(client, event, started=started_token(event, time.time() - 120))
        assert response.status_code == 400

    def test_a_token_from_another_event_s_form_is_refused(
        self, client, event, programme
    ):
        other = make_signup_event(programme)
        response = post(client, event, started=started_token(other, time.time() - 60))
        assert response.status_code == 400
        assert summary(response) == [
            "The form has expired. Please check it and send it again."
        ]
        assert not Signup.objects.exists()

    def test_too_fast_is_told_apart(self, client, event, settings):
        settings.WAGTAIL_LEDELSESUGEN = {"SIGNUP_MIN_FILL_SECONDS": 120}
        response = post(client, event)
        assert summary(response) == [
            "The form was sent too quickly. Please check it and send it again."
        ]

    def test_the_form_sent_back_carries_a_new_token_that_works(self, client, event):
        old = started_token(event, time.time() - 25 * 60 * 60)
        response = post(client, event, started=old)
        fresh = soup_of(response).select_one('input[name="started"]')["value"]
        assert fresh != old
        assert post(client, event, started=fresh).status_code == 302

"""Signup and cancellation through the API: the HTML form's rules, in JSON."""

import pytest
from django.core import mail
from wagtail.models import Locale

from tests.builders import days_ahead, make_event, make_signup_event
from tests.test_api_events import translate
from wagtail_ledelsesugen.models import Signup

pytestmark = pytest.mark.django_db

API = "/api/ledelsesugen"


def person(**overrides):
    data = {
        "name": "Mette Hansen",
        "email": "mette@example.org",
        "organisation": "Aarhus Kommune",
        "job_title": "Direktør",
        "consent": True,
    }
    data.update(overrides)
    return data


def sign_up(client, event, **overrides):
    return client.post(
        f"{API}/events/{event.pk}/signups/",
        person(**overrides),
        content_type="application/json",
    )


def cancel(client, token):
    return client.post(
        f"{API}/signups/cancel/", {"token": token}, content_type="application/json"
    )


def test_signup_is_confirmed_and_stored_with_answers(
    client, programme, django_capture_on_commit_callbacks
):
    event = make_signup_event(
        programme,
        capacity=5,
        questions=[
            ("Kost", "dropdown", {"choices": "Vegetar\nAlt", "required": True}),
            ("Emner", "checkboxes", {"choices": "Trivsel\nStrategi"}),
            ("Deltager i middag", "checkbox", {"required": False}),
            ("Antal", "number", {"required": False}),
        ],
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = sign_up(
            client,
            event,
            answers={
                "kost": "Vegetar",
                "emner": ["Trivsel", "Strategi"],
                "deltager_i_middag": True,
                "antal": 2,
            },
        )
    assert response.status_code == 202, response.content
    assert response.json()["status"] == "received"
    signup = Signup.objects.get()
    assert signup.status == "confirmed"
    assert signup.token not in response.content.decode()
    assert (signup.name, signup.email, signup.job_title) == (
        "Mette Hansen",
        "mette@example.org",
        "Direktør",
    )
    assert signup.answers == {
        "kost": "Vegetar",
        "emner": ["Trivsel", "Strategi"],
        "deltager_i_middag": True,
        "antal": "2",  # number answers are stored as decimals, as from the page
    }
    assert signup.consent_text == event.get_consent_text()
    assert signup.locale == event.locale
    # The confirmation e-mail goes out as for the HTML form.
    assert [m.to for m in mail.outbox][0] == ["mette@example.org"]


def test_signup_makes_few_queries(client, programme, django_assert_max_num_queries):
    event = make_signup_event(
        programme,
        capacity=5,
        questions=[("Kost", "dropdown", {"choices": "Vegetar\nAlt"})],
    )
    sign_up(client, event, email="first@example.org", answers={"kost": "Alt"})
    # Site, its root's translations, view restrictions, page, questions and
    # settings; the lock, changed_at, one count, the insert and the row of its
    # e-mail; the savepoint and its release that the test's transaction adds.
    # The e-mails are sent after the commit, which the test's transaction never
    # makes.
    with django_assert_max_num_queries(13):
        response = sign_up(client, event, answers={"kost": "Alt"})
    assert response.status_code == 202


def test_full_event_puts_people_on_the_waiting_list_with_position(client, programme):
    event = make_signup_event(programme, capacity=1)
    for email in ("a@example.org", "b@example.org", "c@example.org"):
        assert sign_up(client, event, email=email).json()["status"] == "received"
    places = Signup.objects.values_list("email", "status", "waitlist_position")
    assert set(places) == {
        ("a@example.org", "confirmed", None),
        ("b@example.org", "waitlisted", 1),
        ("c@example.org", "waitlisted", 2),
    }


def test_errors_are_per_field_and_nothing_is_saved(client, programme):
    event = make_signup_event(
        programme, questions=[("Kost", "dropdown", {"choices": "Vegetar\nAlt"})]
    )
    response = sign_up(
        client,
        event,
        name="",
        email="ikke-en-adresse",
        consent=False,
        answers={"kost": "Fisk", "ukendt": "x"},
    )
    assert response.status_code == 400
    problem = response.json()
    assert problem["code"] == "invalid"
    assert set(problem["errors"]) == {"name", "email", "consent", "kost", "ukendt"}
    assert all(problem["errors"].values())
    assert not Signup.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize(
    "body",
    [
        "not json",
        '{"name": 5, "email": [], "answers": "x", "consent": "maybe"}',
        '["a list"]',
    ],
)
def test_malformed_bodies_are_400(client, programme, body):
    event = make_signup_event(programme)
    response = client.post(
        f"{API}/events/{event.pk}/signups/", body, content_type="application/json"
    )
    assert response.status_code == 400
    assert response.json()["code"] == "invalid"
    assert not Signup.objects.exists()


def test_full_event_without_waiting_list_is_409(client, programme):
    event = make_signup_event(programme, capacity=1, waitlist_enabled=False)
    sign_up(client, event, email="a@example.org")
    response = sign_up(client, event, email="b@example.org")
    assert response.status_code == 409
    assert response.json()["code"] == "full"


@pytest.mark.parametrize(
    ("settings_", "code"),
    [
        ({"signup_deadline": days_ahead(-1)}, "closed"),
        ({"signup_opens": days_ahead(2)}, "not_yet_open"),
    ],
)
def test_signup_outside_its_window_is_409(client, programme, settings_, code):
    event = make_signup_event(programme, **settings_)
    response = sign_up(client, event)
    assert response.status_code == 409
    assert response.json()["code"] == code


def test_event_without_signup_is_409(client, programme):
    event = make_event(programme, external_signup_url="https://kl.dk/tilmeld")
    response = sign_up(client, event)
    assert response.status_code == 409
    assert response.json()["code"] == "none"


def test_unknown_event_is_404(client, programme):
    response = client.post(
        f"{API}/events/999999/signups/", person(), content_type="application/json"
    )
    assert response.status_code == 404


def test_login_only_events_refuse_api_signups_even_with_a_session(
    client, programme, django_user_model
):
    """The API never reads the visitor's session, so it cannot sign them in."""
    event = make_signup_event(programme, require_login=True)
    user = django_user_model.objects.create_user(
        "leder", email="leder@kommune.dk", password="x"
    )
    client.force_login(user)
    response = sign_up(client, event)
    assert response.status_code == 403
    assert response.json()["code"] == "login_required"
    assert not Signup.objects.exists()


def test_rate_limit_is_429_with_retry_after(client, programme, settings):
    settings.WAGTAIL_LEDELSESUGEN = {"SIGNUP_RATE_LIMIT": 2}
    event = make_signup_event(programme)
    for n in range(2):
        assert sign_up(client, event, email=f"p{n}@example.org").status_code == 202
    response = sign_up(client, event, email="p9@example.org")
    assert response.status_code == 429
    assert response.json()["code"] == "rate_limited"
    assert int(response["Retry-After"]) > 0
    assert Signup.objects.count() == 2


def test_api_and_html_signups_share_the_rate_limit(client, programme, settings):
    from tests.builders import signup_data

    settings.WAGTAIL_LEDELSESUGEN = {"SIGNUP_RATE_LIMIT": 1}
    event = make_signup_event(programme)
    page_response = client.post(
        event.url + "signup/", signup_data(event, email="html@example.org")
    )
    assert page_response.status_code == 302
    assert sign_up(client, event).status_code == 429


def test_no_csrf_token_is_needed(programme):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True, HTTP_ACCEPT_LANGUAGE="en")
    event = make_signup_event(programme)
    assert sign_up(strict, event).status_code == 202


def test_translations_share_one_list_of_seats(client, programme):
    """5 seats: 3 signups on the Danish event and 2 on the English make both full."""
    event = make_signup_event(programme, capacity=5, waitlist_enabled=False)
    english_event = translate(event, Locale.objects.create(language_code="en"))
    for n in range(3):
        assert sign_up(client, event, email=f"da{n}@example.org").status_code == 202
    for n in range(2):
        response = sign_up(client, english_event, email=f"en{n}@example.org")
        assert response.status_code == 202
    for page in (event, english_event):
        assert sign_up(client, page, email="late@example.org").status_code == 409
        signup = client.get(f"{API}/events/{page.pk}/").json()["signup"]
        assert (signup["status"], signup["seats_left"]) == ("full", 0)
    assert {s.locale.language_code for s in Signup.objects.all()} == {"da", "en"}


class TestCancel:
    def test_cancel_frees_the_seat_for_the_first_in_line(
        self, client, programme, django_capture_on_commit_callbacks
    ):
        event = make_signup_event(programme, capacity=1)
        sign_up(client, event, email="a@example.org")
        token = Signup.objects.get(email="a@example.org").token
        sign_up(client, event, email="b@example.org")
        with django_capture_on_commit_callbacks(execute=True):
            response = cancel(client, token)
        assert response.status_code == 200
        assert response.json() == {"status": "cancelled"}
        statuses = dict(Signup.objects.values_list("email", "status"))
        assert statuses == {"a@example.org": "cancelled", "b@example.org": "confirmed"}
        # The promoted person hears from us; their data is not in the answer.
        assert "b@example.org" not in response.content.decode()
        assert ["b@example.org"] in [m.to for m in mail.outbox]

    def test_unknown_token_is_404(self, client, programme):
        make_signup_event(programme)
        assert cancel(client, "no-such-token").status_code == 404

    def test_cancelling_twice_is_409(self, client, programme):
        event = make_signup_event(programme)
        sign_up(client, event)
        token = Signup.objects.get().token
        assert cancel(client, token).status_code == 200
        response = cancel(client, token)
        assert response.status_code == 409
        assert response.json()["code"] == "cancelled"

    def test_missing_token_is_400(self, client, programme):
        response = client.post(
            f"{API}/signups/cancel/", {}, content_type="application/json"
        )
        assert response.status_code == 400
        assert "token" in response.json()["errors"]


def test_get_on_signup_endpoint_is_405(client, programme):
    event = make_signup_event(programme)
    assert client.get(f"{API}/events/{event.pk}/signups/").status_code == 405

"""Nobody learns who attends from a signup's answer, and the private join link
reaches only confirmed participants."""

import datetime
import json

import pytest
from django.core import mail

from tests.builders import make_signup_event, signup_data
from wagtail_ledelsesugen.models import Signup, SignupEmail
from wagtail_ledelsesugen.signup import services

pytestmark = pytest.mark.django_db

API = "/api/ledelsesugen"
JOIN_URL = "https://teams.example.dk/meet/hemmelig-42"


@pytest.fixture(autouse=True)
def no_fill_time(settings):
    settings.WAGTAIL_LEDELSESUGEN = {"SIGNUP_MIN_FILL_SECONDS": 0}


def api_sign_up(client, event, email):
    body = {"name": "Ny Person", "email": email, "consent": True}
    return client.post(
        f"{API}/events/{event.pk}/signups/", body, content_type="application/json"
    )


def html_sign_up(client, event, email):
    return client.post(event.url + "signup/", signup_data(event, email=email))


def register(event, email):
    signup, _created = services.register(
        event, name="Kendt Person", email=email, consent_text="ok"
    )
    return signup


def answer(response):
    """What a caller sees: the status and the body, or where it is sent."""
    if response.status_code == 302:
        return 302, response["Location"]
    return response.status_code, response.content.decode()


class TestTheAnswerDoesNotDependOnTheAddress:
    @pytest.mark.parametrize("send", [api_sign_up, html_sign_up])
    def test_open_event(self, client, programme, send):
        event = make_signup_event(programme, capacity=5)
        register(event, "kendt@example.org")
        known = answer(send(client, event, "KENDT@example.org"))
        other = answer(send(client, event, "ukendt@example.org"))
        assert known == other
        assert known[0] in (202, 302)
        assert Signup.objects.filter(email__iexact="kendt@example.org").count() == 1

    @pytest.mark.parametrize("send", [api_sign_up, html_sign_up])
    def test_full_event_without_waiting_list(self, client, programme, send):
        event = make_signup_event(programme, capacity=1, waitlist_enabled=False)
        register(event, "kendt@example.org")
        known = answer(send(client, event, "kendt@example.org"))
        other = answer(send(client, event, "ukendt@example.org"))
        assert known[0] == 409
        assert known == other

    def test_waiting_list_and_already_on_it(self, client, programme):
        event = make_signup_event(programme, capacity=1)
        register(event, "forste@example.org")
        register(event, "venter@example.org")
        known = answer(api_sign_up(client, event, "venter@example.org"))
        other = answer(api_sign_up(client, event, "ny@example.org"))
        assert known == other
        assert known[0] == 202

    def test_thanks_page_is_the_same_for_everyone(self, client, programme):
        event = make_signup_event(programme, capacity=5)
        register(event, "kendt@example.org")
        known = html_sign_up(client, event, "kendt@example.org")
        thanks = client.get(known["Location"])
        assert thanks.status_code == 200
        assert "kendt@example.org" not in thanks.content.decode()
        assert "Check your e-mail" in thanks.content.decode()


class TestTheOwnerIsReminded:
    def test_reminder_instead_of_a_second_signup(
        self, client, programme, django_capture_on_commit_callbacks
    ):
        event = make_signup_event(programme, capacity=5)
        existing = register(event, "kendt@example.org")
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            api_sign_up(client, event, "kendt@example.org")
        assert [message.to for message in mail.outbox] == [["kendt@example.org"]]
        reminder = mail.outbox[0]
        # In the signup's language, Danish here.
        assert reminder.subject == f"Du er allerede tilmeldt “{event.title}”"
        # The reminder speaks of the stored signup, never the requester's input.
        assert "Kendt Person" in reminder.body
        assert "Ny Person" not in reminder.body
        assert existing.token in reminder.body

    def test_at_most_one_reminder_a_day(
        self, client, programme, django_capture_on_commit_callbacks, settings
    ):
        settings.WAGTAIL_LEDELSESUGEN = {
            "SIGNUP_MIN_FILL_SECONDS": 0,
            "SIGNUP_EMAIL_RATE_LIMIT": 10,
        }
        event = make_signup_event(programme, capacity=5)
        register(event, "kendt@example.org")
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            for _ in range(3):
                api_sign_up(client, event, "kendt@example.org")
        assert len(mail.outbox) == 1
        reminder = SignupEmail.objects.get(kind="already_signed_up")
        reminder.created_at -= datetime.timedelta(hours=25)
        reminder.save(update_fields=["created_at"])
        with django_capture_on_commit_callbacks(execute=True):
            api_sign_up(client, event, "kendt@example.org")
        assert len(mail.outbox) == 2


@pytest.fixture
def online_event(programme):
    return make_signup_event(
        programme,
        mode="online",
        venue_name="",
        city="",
        online_url="",
        private_join_url=JOIN_URL,
        intro="Et online møde.",
    )


class TestPrivateJoinLink:
    def test_not_on_the_page(self, client, online_event):
        html = client.get(online_event.url).content.decode()
        assert JOIN_URL not in html
        assert "The link will be sent to participants." in html

    def test_not_in_json_ld(self, client, online_event):
        assert JOIN_URL not in json.dumps(online_event.get_structured_data())

    def test_not_in_the_api(self, client, online_event):
        for path in (f"{API}/events/", f"{API}/events/{online_event.pk}/"):
            assert JOIN_URL not in client.get(path).content.decode()
        v2 = client.get(f"/api/v2/pages/{online_event.pk}/")
        assert v2.status_code == 200
        assert JOIN_URL not in v2.content.decode()

    def test_not_in_calendar_feeds(self, client, online_event, programme):
        for path in (online_event.url + "ical/", programme.url + "ical/"):
            response = client.get(path)
            assert response.status_code == 200
            assert online_event.title in response.content.decode()
            assert JOIN_URL not in response.content.decode()

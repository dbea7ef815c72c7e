"""Nothing is lost when the task queue or the mail server is down.

These tests commit for real (``transaction=True``), so the e-mails are queued
and, with the immediate backend, sent inside the request, as on a live site.
"""

import asyncio
import email
import io
import socket
from collections import Counter
from email import policy

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from tests.builders import make_programme, make_signup_event, signup_data
from tests.task_backends import RAISING_TASKS
from wagtail_ledelsesugen.models import Signup, SignupEmail, SignupStatus
from wagtail_ledelsesugen.signup import emails, services, tasks

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

API = "/api/ledelsesugen"
IMMEDIATE_TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}
}
NOT_QUEUED = "Could not be queued: QueueDownError: The task queue is down."


@pytest.fixture
def event():
    return make_signup_event(
        make_programme(),
        title="Ledelse i praksis",
        capacity=1,
        waitlist_enabled=True,
        notify_emails="editor@example.org",
    )


def register(page, email):
    signup, _created = services.register(
        page, name=email.split("@")[0].title(), email=email, consent_text="Ja tak"
    )
    return signup


def api_sign_up(client, page, email):
    return client.post(
        f"{API}/events/{page.pk}/signups/",
        {"name": "Bo Berg", "email": email, "consent": True},
        content_type="application/json",
    )


def retry(*args):
    out = io.StringIO()
    call_command("ledelsesugen_retry_emails", *args, stdout=out)
    return out.getvalue().strip()


class TestTaskQueueDown:
    """A queue that refuses the task: the visitor gets the normal answer and
    the e-mail stays recorded as not delivered, for the retry to send."""

    @pytest.fixture
    def queue_down(self, settings):
        settings.TASKS = RAISING_TASKS

    def assert_left_to_the_retry(self, signup, *kinds):
        emails_of = signup.emails.filter(kind__in=kinds)
        assert emails_of.exists()
        for row in emails_of:
            assert (row.state, row.attempts) == ("queued", 0)
            assert row.last_error == NOT_QUEUED
            assert row.next_attempt_at <= timezone.now()

    def test_html_signup(self, client, event, queue_down, mailoutbox, settings):
        response = client.post(event.url + "signup/", signup_data(event))
        assert response.status_code == 302
        assert response["Location"].endswith("/signup/thanks/")
        signup = Signup.objects.get(email="mette@example.org")
        assert signup.status == SignupStatus.CONFIRMED
        self.assert_left_to_the_retry(signup, "confirmed")
        assert signup.emails.filter(to_editors=True).exists()

        settings.TASKS = IMMEDIATE_TASKS  # the queue is back
        assert retry() == "2 e-mails sent, 0 still failing."
        assert sorted(m.to[0] for m in mailoutbox) == [
            "editor@example.org",
            "mette@example.org",
        ]

    def test_api_signup(self, client, event, queue_down):
        response = api_sign_up(client, event, "bo@example.org")
        assert response.status_code == 202, response.content
        assert response.json()["status"] == "received"
        signup = Signup.objects.get(email="bo@example.org")
        self.assert_left_to_the_retry(signup, "confirmed")

    def test_html_cancel(self, client, event, settings):
        seated = register(event, "anna@example.org")
        waiting = register(event, "bo@example.org")
        settings.TASKS = RAISING_TASKS
        response = client.post(event.url + f"cancel/{seated.token}/")
        assert response.status_code == 200
        seated.refresh_from_db()
        assert seated.status == SignupStatus.CANCELLED
        self.assert_left_to_the_retry(seated, "cancelled")
        self.assert_left_to_the_retry(waiting, "promoted")

    def test_api_cancel(self, client, event, settings):
        seated = register(event, "anna@example.org")
        settings.TASKS = RAISING_TASKS
        response = client.post(
            f"{API}/signups/cancel/",
            {"token": seated.token},
            content_type="application/json",
        )
        assert response.status_code == 200
        assert response.json() == {"status": "cancelled"}
        self.assert_left_to_the_retry(seated, "cancelled")

    def test_editor_gives_a_seat(self, admin_client, event, settings):
        register(event, "anna@example.org")
        waiting = register(event, "bo@example.org")
        settings.TASKS = RAISING_TASKS
        url = reverse(
            "wagtail_ledelsesugen_signups:promote", args=[event.pk, waiting.pk]
        )
        response = admin_client.post(url)
        assert response.status_code == 302
        waiting.refresh_from_db()
        assert waiting.status == SignupStatus.CONFIRMED
        self.assert_left_to_the_retry(waiting, "promoted")


class Inbox:
    """An aiosmtpd handler that keeps every message it is given."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=policy.default)
        subject = " ".join(str(message["Subject"]).split())  # unfolded
        self.messages.append((tuple(envelope.rcpt_tos), subject))
        return "250 OK"


class MailServer:
    """A real SMTP server on loopback that can go down and come back."""

    def __init__(self):
        self.inbox = Inbox()
        self.port = free_port()
        self.controller = None

    def start(self):
        # A stopped controller's event loop is closed: each start needs a new one.
        self.controller = Controller(
            self.inbox,
            hostname="127.0.0.1",
            port=self.port,
            loop=asyncio.new_event_loop(),
        )
        self.controller.start()

    def stop(self):
        self.controller.stop()
        self.controller = None


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def mail_server(settings):
    server = MailServer()
    server.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_TIMEOUT = 5
    yield server
    if server.controller:
        server.stop()


def expected_messages():
    """(recipients, subject) of every recorded e-mail, as the server should get them."""
    return Counter(
        (tuple(message.to), message.subject)
        for message in map(emails.build_message, SignupEmail.objects.all())
    )


def test_every_email_arrives_exactly_once_after_an_outage(client, event, mail_server):
    mail_server.stop()

    response = client.post(event.url + "signup/", signup_data(event), follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0].endswith("/signup/thanks/")
    assert api_sign_up(client, event, "bo@example.org").status_code == 202
    seated = Signup.objects.get(email="mette@example.org")
    assert client.post(event.url + f"cancel/{seated.token}/").status_code == 200
    assert Signup.objects.get(email="bo@example.org").status == SignupStatus.CONFIRMED

    kinds = Counter(
        (row.kind, row.to_editors, row.state, row.attempts)
        for row in SignupEmail.objects.all()
    )
    assert kinds == {
        ("confirmed", False, "failed", 1): 1,
        ("waitlisted", False, "failed", 1): 1,
        ("cancelled", False, "failed", 1): 1,
        ("promoted", False, "failed", 1): 1,
        ("confirmed", True, "failed", 1): 1,
        ("waitlisted", True, "failed", 1): 1,
        ("cancelled", True, "failed", 1): 1,
    }
    assert all(
        row.last_error.startswith("ConnectionRefusedError")
        for row in SignupEmail.objects.all()
    )
    assert mail_server.inbox.messages == []

    mail_server.start()
    SignupEmail.objects.update(next_attempt_at=timezone.now())  # the wait is over
    assert retry() == "7 e-mails sent, 0 still failing."

    expected = expected_messages()
    assert Counter(mail_server.inbox.messages) == expected
    assert set(expected.values()) == {1}
    assert retry("--all") == "0 e-mails sent, 0 still failing."
    assert len(mail_server.inbox.messages) == 7
    assert set(SignupEmail.objects.values_list("state", flat=True)) == {"sent"}


def test_resend_says_what_became_of_the_email(event, mail_server):
    signup = register(event, "anna@example.org")
    assert tasks.resend(signup).state == "sent"
    mail_server.stop()
    failed = tasks.resend(signup)
    assert failed.state == "failed"
    assert failed.last_error.startswith("ConnectionRefusedError")

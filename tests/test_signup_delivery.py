"""Each signup e-mail is recorded, sent at most once, and retried until it goes."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from tests.builders import make_signup_event
from wagtail_ledelsesugen.models import SignupEmail
from wagtail_ledelsesugen.signup import delivery, services, tasks

FAILING_BACKEND = "tests.test_signup_emails.FailingEmailBackend"


@pytest.fixture
def event(programme):
    return make_signup_event(
        programme,
        title="Ledelse i praksis",
        capacity=1,
        waitlist_enabled=True,
        notify_emails="editor@example.org",
    )


def register(page, email="anna@example.org"):
    signup, _created = services.register(
        page, name="Anna Berg", email=email, consent_text="Ja tak"
    )
    return signup


@pytest.fixture
def sign_up(django_capture_on_commit_callbacks):
    """Register and run what is queued for after the commit."""

    def sign_up(page, email="anna@example.org"):
        with django_capture_on_commit_callbacks(execute=True):
            return register(page, email)

    return sign_up


@pytest.fixture
def mail_down(settings):
    settings.EMAIL_BACKEND = FAILING_BACKEND


def rows():
    return list(
        SignupEmail.objects.order_by("pk").values_list("kind", "to_editors", "state")
    )


def retry(*args):
    out = io.StringIO()
    call_command("ledelsesugen_retry_emails", *args, stdout=out)
    return out.getvalue().strip()


def make_due(**filters):
    past = timezone.now() - datetime.timedelta(seconds=1)
    SignupEmail.objects.filter(**filters).update(next_attempt_at=past)


class TestRecord:
    def test_rows_are_written_with_the_change_before_the_commit(
        self, event, mailoutbox, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks() as callbacks:
            signup = register(event)
        assert rows() == [("confirmed", False, "queued"), ("confirmed", True, "queued")]
        assert len(callbacks) == 2
        assert mailoutbox == []
        assert {email.signup for email in SignupEmail.objects.all()} == {signup}

    def test_after_commit_returns_the_persons_row(self, event):
        signup = register(event)
        row = tasks.after_commit(signup, "confirmed", notify_editors=True)
        assert (row.kind, row.to_editors, row.signup) == ("confirmed", False, signup)

    def test_no_editors_row_without_notification_addresses(self, programme):
        event = make_signup_event(programme, notify_emails="")
        signup = register(event)
        services.cancel(event, signup.token)
        assert rows() == [
            ("confirmed", False, "queued"),
            ("cancelled", False, "queued"),
        ]

    def test_queued_rows_fall_to_the_retry_should_their_task_never_run(self, event):
        register(event)
        assert retry() == "0 e-mails sent, 0 still failing."
        make_due()
        assert retry() == "2 e-mails sent, 0 still failing."


class TestDeliver:
    def test_sent_is_recorded(self, event, sign_up, mailoutbox):
        signup = sign_up(event)
        email = signup.emails.get(to_editors=False)
        assert (email.state, email.attempts, email.last_error) == ("sent", 1, "")
        assert email.sent_at is not None
        assert email.next_attempt_at is None
        assert [m.to for m in mailoutbox] == [
            ["anna@example.org"],
            ["editor@example.org"],
        ]

    def test_failure_is_recorded_with_the_reason_not_the_message(
        self, event, sign_up, mail_down, mailoutbox
    ):
        before = timezone.now()
        signup = sign_up(event)
        for email in signup.emails.all():
            assert (email.state, email.attempts) == ("failed", 1)
            assert email.last_error == (
                "ConnectionRefusedError: The mail server is down."
            )
            wait = email.next_attempt_at - before
            assert datetime.timedelta(minutes=1) <= wait < datetime.timedelta(minutes=2)
        assert mailoutbox == []

    def test_waits_grow_after_each_failure_then_stop(self, event, mail_down):
        email = tasks.after_commit(register(event), "confirmed")
        waits = []
        for _attempt in range(delivery.MAX_ATTEMPTS):
            started = timezone.now()
            email = delivery.deliver(email.pk)
            waits.append(
                email.next_attempt_at
                and round((email.next_attempt_at - started).total_seconds() / 60)
            )
        assert waits == [1, 5, 15, 60, 240, 720, 1440, None]
        assert (email.state, email.attempts) == ("failed", 8)

    def test_a_second_task_for_a_sent_email_sends_nothing(
        self, event, sign_up, mailoutbox
    ):
        signup = sign_up(event)
        email = signup.emails.get(to_editors=False)
        tasks.send_email.enqueue(email.pk)
        delivery.deliver(email.pk)
        assert len(mailoutbox) == 2
        email.refresh_from_db()
        assert email.attempts == 1

    def test_erased_signups_are_never_emailed(self, event, mailoutbox):
        signup = register(event)
        signup.erased_at = timezone.now()
        signup.save()
        make_due()
        assert retry("--all") == "0 e-mails sent, 0 still failing."
        email = delivery.deliver(signup.emails.first().pk)
        assert (email.state, email.last_error) == ("failed", delivery.ERASED_REASON)
        assert email.attempts == 0
        assert mailoutbox == []


class TestRetry:
    @pytest.fixture
    def failed(self, event, sign_up, mail_down, settings):
        """Anna's e-mails failed; the mail server is back."""
        sign_up(event)
        settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

    def test_sends_only_what_is_due(self, failed, mailoutbox):
        assert retry() == "0 e-mails sent, 0 still failing."
        make_due(to_editors=False)
        assert retry() == "1 e-mail sent, 0 still failing."
        assert [m.to for m in mailoutbox] == [["anna@example.org"]]
        assert retry("--all") == "1 e-mail sent, 0 still failing."
        assert retry("--all") == "0 e-mails sent, 0 still failing."
        assert len(mailoutbox) == 2
        assert rows() == [("confirmed", False, "sent"), ("confirmed", True, "sent")]

    def test_counts_what_still_fails(self, failed, settings, mailoutbox):
        settings.EMAIL_BACKEND = FAILING_BACKEND
        make_due()
        assert retry() == "0 e-mails sent, 2 still failing."
        assert {email.attempts for email in SignupEmail.objects.all()} == {2}
        assert mailoutbox == []

    def test_all_includes_emails_out_of_attempts(self, failed, mailoutbox):
        SignupEmail.objects.update(attempts=delivery.MAX_ATTEMPTS, next_attempt_at=None)
        assert retry() == "0 e-mails sent, 0 still failing."
        assert retry("--all") == "2 e-mails sent, 0 still failing."

    def test_retry_task(self, failed, mailoutbox):
        make_due()
        result = tasks.retry_emails.enqueue()
        assert result.return_value == {"sent": 2, "failing": 0}
        assert len(mailoutbox) == 2


class TestResend:
    def test_records_a_new_email_of_the_current_status(
        self, event, sign_up, mailoutbox, django_capture_on_commit_callbacks
    ):
        signup = sign_up(event)
        with django_capture_on_commit_callbacks(execute=True):
            email = tasks.resend(signup)
        assert (email.kind, email.to_editors) == ("confirmed", False)
        email.refresh_from_db()
        assert email.state == "sent"
        assert [m.to for m in mailoutbox][-1] == ["anna@example.org"]
        assert signup.emails.count() == 3

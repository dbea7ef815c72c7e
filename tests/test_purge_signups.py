"""``ledelsesugen_purge_signups``: old signups lose personal data, not their count."""

import datetime
import io
import itertools

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale

from tests.builders import days_ahead, make_event, root_page
from wagtail_ledelsesugen.models import (
    Signup,
    SignupEmail,
    SignupFormPage,
    SignupStatus,
)
from wagtail_ledelsesugen.signup import delivery

COMMAND = "ledelsesugen_purge_signups"
PERSONAL = ["name", "email", "organisation", "job_title", "answers", "user_id"]
KEPT = [
    "status",
    "waitlist_position",
    "created_at",
    "cancelled_at",
    "locale_id",
    "page_id",
    "consent_text",
    "signup_list_id",
]
_numbers = itertools.count(1)


def purge(*args):
    out = io.StringIO()
    call_command(COMMAND, *args, stdout=out)
    return out.getvalue().strip()


def ended_event(programme, days_ago, **kwargs):
    end = days_ahead(-days_ago, 11)
    return make_event(
        programme, start=end - datetime.timedelta(hours=2), end=end, **kwargs
    )


def add_signup(page, status=SignupStatus.CONFIRMED, user=None, **kwargs):
    number = next(_numbers)
    signup_list = page.get_signup_list()
    if status == SignupStatus.WAITLISTED:
        kwargs.setdefault("waitlist_position", number)
    if status == SignupStatus.CANCELLED:
        kwargs.setdefault("cancelled_at", timezone.now())
    return Signup.objects.create(
        signup_list=signup_list,
        page=page,
        locale=page.locale,
        status=status,
        name=f"Person {number}",
        email=f"person{number}@example.org",
        organisation="Aarhus Kommune",
        job_title="Direktør",
        answers={"kost": ["Vegetar"]},
        consent_text="Ja tak",
        user=user,
        **kwargs,
    )


def add_signups(page):
    """A confirmed, a waitlisted and a cancelled signup."""
    return [
        add_signup(page),
        add_signup(page, SignupStatus.WAITLISTED),
        add_signup(page, SignupStatus.CANCELLED),
    ]


def values(signups, fields):
    return {
        signup.pk: {field: getattr(signup, field) for field in fields}
        for signup in Signup.objects.filter(pk__in=[s.pk for s in signups])
    }


def assert_erased(signup):
    old_token = signup.token
    signup.refresh_from_db()
    assert signup.erased_at is not None
    assert signup.name == ""
    assert signup.email == ""
    assert signup.organisation == ""
    assert signup.job_title == ""
    assert signup.answers == {}
    assert signup.user is None
    assert signup.token and signup.token != old_token


def assert_untouched(signups, before):
    assert values(signups, [*PERSONAL, "token", "erased_at"]) == before


@pytest.fixture
def user(django_user_model):
    return django_user_model.objects.create_user("mette", "mette@example.org", "x")


@pytest.fixture
def old_event(programme):
    return ended_event(programme, days_ago=100)


@pytest.fixture
def recent_event(programme):
    return ended_event(programme, days_ago=10)


class TestErase:
    def test_old_events_signups_lose_their_personal_data(
        self, old_event, recent_event, user
    ):
        old = [*add_signups(old_event), add_signup(old_event, user=user)]
        recent = add_signups(recent_event)
        kept = values(old, KEPT)
        counts = old_event.signup_counts()
        recent_before = values(recent, [*PERSONAL, "token", "erased_at"])

        assert purge() == "Erased the personal data of 4 signups in 1 signup list."

        for signup in old:
            assert_erased(signup)
        assert values(old, KEPT) == kept
        assert old_event.signup_counts() == counts == {"confirmed": 2, "waitlisted": 1}
        assert_untouched(recent, recent_before)

    def test_coming_event_is_left_alone(self, programme):
        coming = make_event(programme, start=days_ahead(10))
        signups = add_signups(coming)
        before = values(signups, [*PERSONAL, "token", "erased_at"])
        assert purge() == "Erased the personal data of 0 signups in 0 signup lists."
        assert_untouched(signups, before)

    def test_old_cancellation_link_stops_working(self, client, old_event):
        signup = add_signup(old_event)
        cancel_url = old_event.url + f"cancel/{signup.token}/"
        assert client.get(cancel_url).status_code == 200
        purge()
        assert client.get(cancel_url).status_code == 404

    def test_erased_tokens_are_unique_and_unguessable(self, old_event):
        signups = add_signups(old_event)
        purge()
        tokens = {
            signup.pk: Signup.objects.get(pk=signup.pk).token for signup in signups
        }
        assert len(set(tokens.values())) == len(signups)
        for pk, token in tokens.items():
            assert token.endswith(f".{pk}")
            assert len(token) >= 40

    def test_erased_people_can_sign_up_again_elsewhere(self, old_event):
        """Blank e-mails do not clash in the one-active-signup-per-address rule."""
        add_signup(old_event)
        add_signup(old_event)
        purge()
        assert Signup.objects.filter(email="", status="confirmed").count() == 2


class TestEmails:
    """An e-mail's error can hold the address: purged with the signup, and an
    e-mail not yet delivered is never sent to an erased signup."""

    def add_email(self, signup, state, **kwargs):
        return SignupEmail.objects.create(
            signup=signup,
            kind="confirmed",
            state=state,
            last_error=f"SMTPRecipientsRefused: {{'{signup.email}': (550, b'No')}}",
            next_attempt_at=timezone.now(),
            **kwargs,
        )

    def test_errors_are_cleared_and_undelivered_emails_stopped(
        self, old_event, recent_event
    ):
        old = add_signup(old_event)
        failed = self.add_email(old, "failed", attempts=3)
        queued = self.add_email(old, "queued", to_editors=True)
        sent = self.add_email(old, "sent", sent_at=timezone.now())
        kept = self.add_email(add_signup(recent_event), "failed")
        kept_values = SignupEmail.objects.filter(pk=kept.pk).values().get()

        purge()

        for email in (failed, queued):
            email.refresh_from_db()
            assert email.state == "failed"
            assert email.last_error == delivery.ERASED_REASON
            assert email.next_attempt_at is None
        sent.refresh_from_db()
        assert (sent.state, sent.last_error, sent.next_attempt_at) == ("sent", "", None)
        assert not SignupEmail.objects.filter(last_error__contains=old.email)
        assert SignupEmail.objects.filter(pk=kept.pk).values().get() == kept_values

    def test_dry_run_keeps_them(self, old_event):
        email = self.add_email(add_signup(old_event), "failed")
        before = SignupEmail.objects.filter(pk=email.pk).values().get()
        purge("--dry-run")
        assert SignupEmail.objects.filter(pk=email.pk).values().get() == before


class TestDryRunAndRepeat:
    def test_dry_run_changes_nothing(self, old_event):
        signups = add_signups(old_event)
        before = values(signups, [*PERSONAL, *KEPT, "token", "erased_at"])
        assert purge("--dry-run") == (
            "Would erase the personal data of 3 signups in 1 signup list "
            "(dry run: nothing was changed)."
        )
        assert values(signups, [*PERSONAL, *KEPT, "token", "erased_at"]) == before

    def test_second_run_erases_nothing_new(self, old_event):
        signups = add_signups(old_event)
        purge()
        first = values(signups, [*PERSONAL, *KEPT, "token", "erased_at"])
        assert purge() == "Erased the personal data of 0 signups in 0 signup lists."
        assert purge("--dry-run").startswith(
            "Would erase the personal data of 0 signups in 0 signup lists"
        )
        assert values(signups, [*PERSONAL, *KEPT, "token", "erased_at"]) == first


class TestRetention:
    def test_zero_days_erases_every_ended_event(
        self, settings, old_event, recent_event, programme
    ):
        settings.WAGTAIL_LEDELSESUGEN = {"SIGNUP_RETENTION_DAYS": 0}
        add_signup(old_event)
        add_signup(recent_event)
        coming = add_signup(make_event(programme, start=days_ahead(10)))
        assert purge() == "Erased the personal data of 2 signups in 2 signup lists."
        coming.refresh_from_db()
        assert coming.erased_at is None

    def test_a_year_keeps_them(self, settings, old_event):
        settings.WAGTAIL_LEDELSESUGEN = {"SIGNUP_RETENTION_DAYS": 365}
        add_signup(old_event)
        assert purge() == "Erased the personal data of 0 signups in 0 signup lists."

    def test_retention_counts_from_the_end_not_the_start(self, settings, programme):
        settings.WAGTAIL_LEDELSESUGEN = {"SIGNUP_RETENTION_DAYS": 30}
        long_event = make_event(programme, start=days_ahead(-40), end=days_ahead(-20))
        add_signup(long_event)
        assert purge() == "Erased the personal data of 0 signups in 0 signup lists."


class TestSignupFormPage:
    @pytest.fixture
    def form_page(self, db):
        page = SignupFormPage(title="Nyhedsbrev", slug="nyhedsbrev")
        root_page().add_child(instance=page)
        return page

    def test_erased_by_when_the_signup_was_made(self, form_page):
        old = add_signup(form_page)
        Signup.objects.filter(pk=old.pk).update(
            created_at=timezone.now() - datetime.timedelta(days=91)
        )
        new = add_signup(form_page)
        Signup.objects.filter(pk=new.pk).update(
            created_at=timezone.now() - datetime.timedelta(days=89)
        )
        assert purge() == "Erased the personal data of 1 signup in 1 signup list."
        assert_erased(old)
        new.refresh_from_db()
        assert new.erased_at is None
        assert new.name

    def test_event_signups_are_not_judged_by_their_age(self, programme):
        """Signing up early for an event far ahead does not start the clock."""
        event = make_event(programme, start=days_ahead(200))
        signup = add_signup(event)
        Signup.objects.filter(pk=signup.pk).update(
            created_at=timezone.now() - datetime.timedelta(days=120)
        )
        assert purge() == "Erased the personal data of 0 signups in 0 signup lists."


class TestTranslatedEvent:
    @pytest.fixture
    def translation(self, old_event):
        english = Locale.objects.get_or_create(language_code="en")[0]
        page = old_event.copy_for_translation(english, copy_parents=True)
        page.save_revision().publish()
        return page

    def test_both_languages_share_one_list(self, old_event, translation):
        assert translation.translation_key == old_event.translation_key
        add_signup(old_event)
        add_signup(translation)
        assert purge() == "Erased the personal data of 2 signups in 1 signup list."

    def test_a_translation_with_a_later_end_keeps_the_list(
        self, old_event, translation
    ):
        translation.end = days_ahead(5, 12)
        translation.start = days_ahead(5, 10)
        translation.save_revision().publish()
        signup = add_signup(old_event)
        assert purge() == "Erased the personal data of 0 signups in 0 signup lists."
        signup.refresh_from_db()
        assert signup.erased_at is None


class TestQueries:
    @pytest.fixture
    def lists(self, programme):
        events = [ended_event(programme, days_ago=100 + n) for n in range(3)]
        form_page = SignupFormPage(title="Nyhedsbrev", slug="nyhedsbrev")
        root_page().add_child(instance=form_page)
        return [*events, form_page]

    def make_signups(self, pages, number):
        signups = [add_signup(pages[n % len(pages)]) for n in range(number)]
        Signup.objects.filter(page=pages[-1]).update(
            created_at=timezone.now() - datetime.timedelta(days=200)
        )
        return signups

    def queries_for(self, pages, number, *args):
        self.make_signups(pages, number)
        with CaptureQueriesContext(connection) as queries:
            output = purge(*args)
        assert f"of {number} signups in 4 signup lists" in output
        Signup.objects.all().delete()
        return len(queries)

    @pytest.mark.parametrize("args", [(), ("--dry-run",)])
    def test_bounded_whatever_the_number_of_signups(self, lists, args):
        few = self.queries_for(lists, 5, *args)
        many = self.queries_for(lists, 50, *args)
        assert few == many
        assert many <= 5

    def test_at_most_a_few_queries(self, lists, django_assert_max_num_queries):
        self.make_signups(lists, 50)
        with django_assert_max_num_queries(5):
            purge()
        assert not Signup.objects.filter(erased_at__isnull=True).exists()

"""Seats hold under simultaneous signups and cancellations (PostgreSQL only).

Each thread has its own database connection, as separate application servers
would; the row lock on the event's SignupList is all that keeps them in line.
"""

import threading
from collections import Counter

import pytest
from django.db import connection, connections

from tests.builders import make_programme, make_signup_event
from wagtail_ledelsesugen.models import Signup, SignupStatus
from wagtail_ledelsesugen.signup import services

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="row locks need PostgreSQL; set DATABASE_URL to run these",
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def run_at_once(jobs):
    """Run each callable in its own thread, all released together; collect results."""
    barrier = threading.Barrier(len(jobs))
    results = [None] * len(jobs)

    def run(index, job):
        try:
            barrier.wait()
            results[index] = ("ok", job())
        except Exception as error:  # noqa: BLE001 - the test reports every error
            results[index] = ("error", error)
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=run, args=(index, job))
        for index, job in enumerate(jobs)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


@pytest.fixture
def event():
    return make_signup_event(make_programme(), capacity=10, waitlist_enabled=True)


def sign_up(event, n):
    return lambda: services.register(
        event,
        name=f"Deltager {n}",
        email=f"deltager{n}@example.org",
        consent_text="ok",
        locale=event.locale,
    )


def test_fifty_simultaneous_signups_for_ten_seats(event):
    results = run_at_once([sign_up(event, n) for n in range(50)])
    assert [(outcome, value[1]) for outcome, value in results] == [("ok", True)] * 50
    statuses = Counter(Signup.objects.values_list("status", flat=True))
    assert statuses == {SignupStatus.CONFIRMED: 10, SignupStatus.WAITLISTED: 40}
    positions = list(
        Signup.objects.filter(status=SignupStatus.WAITLISTED).values_list(
            "waitlist_position", flat=True
        )
    )
    assert sorted(positions) == list(range(1, 41))
    assert Signup.objects.values("email").distinct().count() == 50


def test_the_same_person_twice_at_once_gets_one_signup(event):
    twice = [sign_up(event, 1) for _ in range(20)]
    results = run_at_once(twice)
    outcomes = Counter(
        value.reason if outcome == "error" else ("ok", value[1])
        for outcome, value in results
    )
    # Nineteen are answered as if signed up; the owner is reminded once.
    assert outcomes == {("ok", True): 1, ("ok", False): 19}
    assert Signup.objects.count() == 1
    assert Signup.objects.get().emails.filter(kind="already_signed_up").count() == 1


def test_simultaneous_cancellations_promote_each_person_once(event):
    run_at_once([sign_up(event, n) for n in range(25)])
    confirmed = list(Signup.objects.filter(status=SignupStatus.CONFIRMED))
    first_in_line = list(
        Signup.objects.waiting_in_order().values_list("pk", flat=True)[:10]
    )
    results = run_at_once(
        [
            (lambda token=signup.token: services.cancel(event, token)[1].pk)
            for signup in confirmed
        ]
    )
    assert [outcome for outcome, _value in results] == ["ok"] * 10
    promoted = [value for _outcome, value in results]
    assert sorted(promoted) == sorted(first_in_line)
    statuses = Counter(Signup.objects.values_list("status", flat=True))
    assert statuses == {
        SignupStatus.CONFIRMED: 10,
        SignupStatus.WAITLISTED: 5,
        SignupStatus.CANCELLED: 10,
    }


def test_one_link_clicked_many_times_at_once_cancels_once(event):
    run_at_once([sign_up(event, n) for n in range(12)])
    token = Signup.objects.filter(status=SignupStatus.CONFIRMED).first().token
    results = run_at_once([lambda: services.cancel(event, token)[1].pk] * 10)
    outcomes = Counter(
        value.reason if outcome == "error" else outcome for outcome, value in results
    )
    assert outcomes == {"ok": 1, "cancelled": 9}
    assert Signup.objects.filter(status=SignupStatus.CONFIRMED).count() == 10
    assert Signup.objects.filter(status=SignupStatus.WAITLISTED).count() == 1

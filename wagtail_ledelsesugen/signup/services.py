"""Seat allocation, cancellation and promotion: the one code path for every front end.

Each change locks the event's SignupList row first (``SELECT ... FOR UPDATE``
on PostgreSQL), so concurrent signups for one event are serialised in the
database, whichever application server receives them.
"""

import datetime

from django.db import IntegrityError, transaction
from django.db.models import Count, Max, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..models.signup import ACTIVE_STATUSES, Signup, SignupList, SignupStatus
from . import tasks

# The person already signed up is told at most this often that someone used
# their address again, so the form cannot be used to flood them with e-mail.
ALREADY_SIGNED_UP_NOTICE_INTERVAL = datetime.timedelta(hours=24)


class SignupRefused(Exception):
    """A signup or cancellation that the rules do not allow, with the reason."""

    def __init__(self, reason, message):
        super().__init__(message)
        self.reason = reason
        self.message = message


def lock_list(page):
    """The page's SignupList, locked until the end of the current transaction.

    Its ``changed_at`` is touched too; a refused change rolls that back.
    """
    lists = SignupList.objects.select_for_update()
    try:
        locked = lists.get(translation_key=page.translation_key)
    except SignupList.DoesNotExist:
        locked = lists.get(pk=page.get_signup_list().pk)
    locked.save(update_fields=["changed_at"])
    return locked


def check_open(page, now):
    """Raise SignupRefused unless ``page`` takes signups at ``now``."""
    state = page.signup_window_state(now)
    if state == "not_yet_open":
        raise SignupRefused("not_yet_open", _("Signup has not opened yet."))
    if state == "closed":
        raise SignupRefused("closed", _("Signup has closed."))
    if state == "none":
        raise SignupRefused("none", _("This page does not take signups."))


def list_state(signup_list, email):
    """What a new signup on a locked list depends on, in one query: active
    signups with ``email``, confirmed seats and the last waiting list number."""
    return signup_list.signups.aggregate(
        same_email=Count(
            "pk", filter=Q(status__in=ACTIVE_STATUSES, email__iexact=email)
        ),
        confirmed=Count("pk", filter=Q(status=SignupStatus.CONFIRMED)),
        last_position=Max("waitlist_position"),
    )


def allocate_status(state, page):
    """``(status, waitlist position)`` for a new signup, from :func:`list_state`."""
    capacity = page.signup_capacity
    if capacity is None or state["confirmed"] < capacity:
        return SignupStatus.CONFIRMED, None
    if page.waitlist_allowed:
        return SignupStatus.WAITLISTED, (state["last_position"] or 0) + 1
    raise SignupRefused("full", _("The event is fully booked."))


def register(
    page,
    *,
    name,
    email,
    consent_text,
    locale=None,
    answers=None,
    organisation="",
    job_title="",
    user=None,
    now=None,
):
    """Sign a person up for ``page``; return ``(signup, created)``.

    ``created`` is False when ``email`` already holds an active signup: that
    signup is returned unchanged and its owner is sent a reminder instead.
    Callers must answer both cases alike, so a form cannot tell who attends.
    ``locale`` is the signup's language, by default the page's. Raises
    SignupRefused when signup is closed or the event is full without a
    waiting list, whether or not the address is signed up.
    """
    now = now or timezone.now()
    try:
        with transaction.atomic():
            signup_list = lock_list(page)
            check_open(page, now)
            state = list_state(signup_list, email)
            status, position = allocate_status(state, page)
            if state["same_email"]:
                return remind_existing(signup_list, email, now), False
            signup = Signup.objects.create(
                signup_list=signup_list,
                page=page,
                locale_id=locale.pk if locale else page.locale_id,
                status=status,
                waitlist_position=position,
                name=name,
                email=email,
                organisation=organisation,
                job_title=job_title,
                answers=answers or {},
                consent_text=consent_text,
                user=user,
            )
            # Without addresses there is no notice to send, so no task to queue.
            tasks.after_commit(
                signup, status, notify_editors=bool(page.notification_addresses)
            )
    except IntegrityError:
        # Only without the row lock: a simultaneous signup won the race.
        return simultaneous_signup(page, email), False
    return signup, True


def simultaneous_signup(page, email):
    """The signup that won a race with this one, or a refusal to try again."""
    existing = active_signup(page.get_signup_list(), email)
    if existing is None:
        raise SignupRefused(
            "busy", _("Many people are signing up right now. Please try again.")
        )
    return existing


def active_signup(signup_list, email):
    """The active signup of ``email`` on ``signup_list``, or None."""
    return (
        signup_list.signups.active().filter(email__iexact=email, erased_at=None).first()
    )


def remind_existing(signup_list, email, now):
    """Send the owner of ``email``'s active signup a reminder, at most once a day."""
    existing = active_signup(signup_list, email)
    recently_reminded = existing.emails.filter(
        kind="already_signed_up",
        created_at__gte=now - ALREADY_SIGNED_UP_NOTICE_INTERVAL,
    ).exists()
    if not recently_reminded:
        tasks.after_commit(existing, "already_signed_up")
    return existing


def waitlist_rank(signup):
    """The signup's place in the waiting list now (1 is next in line)."""
    if signup.status != SignupStatus.WAITLISTED:
        return None
    return (
        signup.signup_list.signups.filter(
            status=SignupStatus.WAITLISTED,
            waitlist_position__lt=signup.waitlist_position,
        ).count()
        + 1
    )


def cancel(page, token, now=None):
    """Cancel the signup with ``token``; free its seat for the next in line.

    Returns ``(cancelled signup, promoted signup or None)``.
    """
    with transaction.atomic():
        signup_list = lock_list(page)
        signup = signup_list.signups.filter(token=token, erased_at__isnull=True).first()
        if signup is None:
            raise SignupRefused("unknown", _("This cancellation link is not valid."))
        if not signup.is_active:
            raise SignupRefused(
                "cancelled", _("This signup has already been cancelled.")
            )
        if page.signup_has_ended:
            raise SignupRefused("ended", _("The event has already taken place."))
        was_confirmed = signup.status == SignupStatus.CONFIRMED
        signup.status = SignupStatus.CANCELLED
        signup.waitlist_position = None
        signup.cancelled_at = now or timezone.now()
        signup.save(update_fields=["status", "waitlist_position", "cancelled_at"])
        tasks.after_commit(
            signup, "cancelled", notify_editors=bool(page.notification_addresses)
        )
        promoted = fill_free_seat(signup_list, page) if was_confirmed else None
    return signup, promoted


def fill_free_seat(signup_list, page):
    """Promote the first on the waiting list if a seat is free; return them."""
    capacity = page.signup_capacity
    confirmed = signup_list.signups.filter(status=SignupStatus.CONFIRMED).count()
    if capacity is not None and confirmed >= capacity:
        return None
    first = signup_list.signups.waiting_in_order().first()
    if first is not None:
        confirm(first)
    return first


def confirm(signup):
    """Move a waitlisted signup to confirmed and tell them (list must be locked)."""
    signup.status = SignupStatus.CONFIRMED
    signup.waitlist_position = None
    signup.save(update_fields=["status", "waitlist_position"])
    tasks.after_commit(signup, "promoted")


def promote(page, signup_id):
    """An editor gives a waitlisted person a seat, even beyond the capacity."""
    with transaction.atomic():
        signup_list = lock_list(page)
        signup = signup_list.signups.filter(
            pk=signup_id, status=SignupStatus.WAITLISTED, erased_at__isnull=True
        ).first()
        if signup is None:
            raise SignupRefused(
                "not_waitlisted", _("This signup is not on the waiting list.")
            )
        confirm(signup)
    return signup


def cancel_by_editor(page, signup_id):
    """An editor cancels a signup; the next on the waiting list moves up."""
    signup = (
        page.get_signup_list()
        .signups.filter(pk=signup_id, erased_at__isnull=True)
        .first()
    )
    if signup is None:
        raise SignupRefused("unknown", _("There is no such signup."))
    return cancel(page, signup.token)

"""Delivery of the signup e-mails: each is a SignupEmail row, sent once or retried.

A row is written in the transaction of the change it tells about, so an
e-mail that could not be queued or sent is never lost: the task that sends
it records the outcome, and :func:`retry` sends what is still undelivered.
"""

import datetime
import logging

from django.db import transaction
from django.utils import timezone

from ..models.signup import DeliveryState, SignupEmail
from . import emails

logger = logging.getLogger(__name__)

# Minutes to wait after each failed attempt; after the last, the row stays
# failed until an operator runs the retry with --all.
RETRY_DELAYS = (1, 5, 15, 60, 240, 720, 1440)
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1
# When the retry picks up a row still queued, should its task never run
# (the process stopped between the commit and the queueing, or a worker lost it).
QUEUED_GRACE = datetime.timedelta(minutes=10)
ERASED_REASON = "Not sent: the signup's personal data has been erased."
MAX_ERROR_LENGTH = 1000
OUTCOME_FIELDS = ["state", "attempts", "last_error", "sent_at", "next_attempt_at"]


def record(signup, kind, notify_editors=False):
    """Create the rows of the e-mails about ``signup``; the person's comes first.

    The editors' row is made with ``notify_editors``, which callers give when
    the page they changed has notification addresses.
    """
    to_editors = [False, True] if notify_editors else [False]
    due = timezone.now() + QUEUED_GRACE
    return [
        SignupEmail.objects.create(
            signup=signup, kind=kind, to_editors=editors, next_attempt_at=due
        )
        for editors in to_editors
    ]


def describe(error):
    """The error's class and message, for ``last_error`` (never the e-mail)."""
    return f"{type(error).__name__}: {error}"[:MAX_ERROR_LENGTH]


def not_queued(email_id, error):
    """Leave a row the task queue refused to the retry, saying why."""
    SignupEmail.objects.filter(pk=email_id, state=DeliveryState.QUEUED).update(
        last_error=f"Could not be queued: {describe(error)}"[:MAX_ERROR_LENGTH],
        next_attempt_at=timezone.now(),
    )


def next_attempt(attempts, now):
    """When to try again after ``attempts`` failed ones, or None to stop."""
    if attempts >= MAX_ATTEMPTS:
        return None
    return now + datetime.timedelta(minutes=RETRY_DELAYS[attempts - 1])


def mark_sent(row, now):
    row.state = DeliveryState.SENT
    row.sent_at = now
    row.last_error = ""
    row.next_attempt_at = None


def mark_failed(row, reason, next_attempt_at=None):
    row.state = DeliveryState.FAILED
    row.last_error = reason
    row.next_attempt_at = next_attempt_at


def attempt(row):
    """Send the row's e-mail once and record the outcome on ``row``."""
    row.attempts += 1
    now = timezone.now()
    try:
        emails.build_message(row).send()
    except Exception as error:
        logger.warning(
            "Signup e-mail %s not sent (attempt %s): %s",
            row.pk,
            row.attempts,
            type(error).__name__,
        )
        mark_failed(row, describe(error), next_attempt(row.attempts, now))
    else:
        mark_sent(row, now)


def locked(email_id):
    """The row ``email_id`` with its signup, locked until the transaction ends."""
    rows = SignupEmail.objects.select_for_update(of=("self",)).select_related(
        "signup__signup_list", "signup__locale", "signup__page"
    )
    return rows.filter(pk=email_id).first()


def deliver(email_id):
    """Send the e-mail of row ``email_id`` unless it has gone out; return the row.

    The row stays locked while it is sent, so a second task or a retry for the
    same row waits and then finds it sent. Failures are recorded, never raised.
    """
    with transaction.atomic():
        row = locked(email_id)
        if row is None or row.state == DeliveryState.SENT:
            return row
        if row.signup.erased_at:
            mark_failed(row, ERASED_REASON)
        else:
            attempt(row)
        row.save(update_fields=OUTCOME_FIELDS)
    return row


def undelivered(now=None):
    """Ids of the rows to retry: every undelivered one, or only those due at ``now``."""
    rows = SignupEmail.objects.undelivered().filter(signup__erased_at=None)
    if now is not None:
        rows = rows.filter(next_attempt_at__lte=now)
    return list(rows.order_by("created_at", "pk").values_list("pk", flat=True))


def retry(ignore_backoff=False):
    """Send the undelivered e-mails that are due (all with ``ignore_backoff``).

    Returns the counts ``{"sent": ..., "failing": ...}``.
    """
    ids = undelivered(None if ignore_backoff else timezone.now())
    rows = [row for row in map(deliver, ids) if row is not None]
    sent = sum(row.state == DeliveryState.SENT for row in rows)
    return {"sent": sent, "failing": len(rows) - sent}

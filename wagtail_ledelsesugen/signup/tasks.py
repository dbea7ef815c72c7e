"""Background tasks (django-tasks) that send the signup e-mails after the commit.

Each e-mail is a :class:`~wagtail_ledelsesugen.models.SignupEmail` row written
with the change it tells about; the task sends it and records the outcome.
Run :func:`retry_emails` every few minutes (from cron with the
``ledelsesugen_retry_emails`` command, or a worker) to send what failed.
"""

import logging

from django.db import transaction
from django_tasks import task

from . import delivery

logger = logging.getLogger(__name__)


@task()
def send_email(email_id):
    """Send the recorded signup e-mail ``email_id`` unless it has gone out."""
    delivery.deliver(email_id)


@task()
def retry_emails():
    """Send every undelivered signup e-mail whose next attempt is due."""
    return delivery.retry()


def enqueue(email_id):
    """Queue the task sending row ``email_id``; if the queue fails, leave it to
    the retry."""
    try:
        send_email.enqueue(email_id)
    except Exception as error:
        logger.exception("Signup e-mail %s could not be queued.", email_id)
        delivery.not_queued(email_id, error)


def enqueue_on_commit(email_id):
    # robust: nothing that goes wrong after the commit may undo or fail the request.
    transaction.on_commit(lambda: enqueue(email_id), robust=True)


def after_commit(signup, kind, notify_editors=False):
    """Record the e-mails about ``signup`` now and queue them once the current
    transaction commits; return the row of the e-mail to the person."""
    rows = delivery.record(signup, kind, notify_editors)
    for row in rows:
        enqueue_on_commit(row.pk)
    return rows[0]


def resend(signup):
    """Send the e-mail of ``signup``'s current status again; return its row.

    With the immediate backend the row says whether it was sent (outside a
    transaction; inside one it goes after the commit); with a worker it is
    still queued.
    """
    row = after_commit(signup, signup.status)
    row.refresh_from_db()
    return row

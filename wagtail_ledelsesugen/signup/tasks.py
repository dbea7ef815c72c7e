"""Background tasks (django-tasks) that send signup e-mail after the commit."""

from functools import partial

from django.db import transaction
from django_tasks import task

from . import emails


@task()
def send_signup_email(signup_id, kind):
    """Send the person who signed up the e-mail of ``kind`` (e.g. "confirmed")."""
    emails.send_signup_email(signup_id, kind)


@task()
def send_editor_notification(signup_id, kind):
    """Tell the page's notification addresses about a signup or cancellation."""
    emails.send_editor_notification(signup_id, kind)


def after_commit(signup, kind, notify_editors=False):
    """Queue the e-mails about ``signup`` once the current transaction commits."""
    # robust: a task backend that fails to queue must not undo a committed signup.
    transaction.on_commit(
        partial(send_signup_email.enqueue, signup.pk, kind), robust=True
    )
    if notify_editors:
        transaction.on_commit(
            partial(send_editor_notification.enqueue, signup.pk, kind), robust=True
        )

"""django-tasks backends for tests: a task queue that is down."""

from django_tasks.backends.base import BaseTaskBackend


class QueueDownError(ConnectionError):
    """What a task queue that cannot be reached raises."""


class RaisingBackend(BaseTaskBackend):
    """A task queue that refuses every task, as one that is down does."""

    def enqueue(self, task, args, kwargs):
        raise QueueDownError("The task queue is down.")


RAISING_TASKS = {"default": {"BACKEND": f"{__name__}.RaisingBackend"}}

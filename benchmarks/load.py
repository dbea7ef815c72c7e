"""Load over real HTTP: gunicorn with several workers, and client threads.

Signup is measured on the app's API path (``POST .../events/<id>/signups/``),
once with the e-mails built in the request and once queued for a task worker,
and on Baseline C; reading on our events list, Wagtail's v2 list and the floor.
"""

import http.client
import json
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass

from django.db import connection
from django.db.models import Count, Q
from django_tasks_db.models import DBTaskResult

from wagtail_ledelsesugen.models import Signup, SignupEmail, SignupStatus

from .data import BASELINE_C_TABLE, QUESTION
from .database import REPO, environment
from .measure import percentile


@dataclass
class LoadResult:
    """One load run: what was asked, how fast, and what went wrong."""

    key: str
    label: str
    clients: int
    requests: int
    failed: int
    per_second: float
    p50_ms: float
    p95_ms: float
    seconds: float
    problems: list

    def as_dict(self):
        return asdict(self)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# The environment of a gunicorn whose signups queue their e-mails in the
# database (django-tasks-db) instead of building them in the request.
TASK_QUEUE = {"BENCH_TASK_QUEUE": "1"}


@contextmanager
def gunicorn(database_url, workers, extra_environment=None):
    """A gunicorn serving the benchmark site on a free port of 127.0.0.1."""
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "benchmarks.wsgi:application",
            f"--bind=127.0.0.1:{port}",
            f"--workers={workers}",
            "--log-level=warning",
        ],
        cwd=REPO,
        env={**environment(database_url), **(extra_environment or {})},
    )
    try:
        wait_until_serving(port, process)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=30)


def wait_until_serving(port, process, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("gunicorn exited before it served a request")
        try:
            status, _body = request(port, "GET", "/bench/floor/events/?limit=1")
        except OSError:
            time.sleep(0.2)
            continue
        if status == 200:
            return
    raise RuntimeError(f"gunicorn did not answer within {timeout} seconds")


def request(port, method, path, body=None):
    """One request on a new connection (gunicorn's sync workers close each)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        headers = {"Content-Type": "application/json"} if body is not None else {}
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def timed(port, method, path, body, expected):
    started = time.perf_counter()
    try:
        status, _body = request(port, method, path, body)
    except OSError as error:
        status = repr(error)
    return (time.perf_counter() - started) * 1000, status == expected, status


def run_clients(calls, clients):
    """Run ``calls`` (functions returning (ms, ok, status)) on ``clients`` threads."""
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        results = list(pool.map(lambda call: call(), calls))
    return results, time.perf_counter() - started


def summarise(key, label, clients, results, elapsed, problems):
    times = [ms for ms, ok, _status in results if ok]
    failed = [status for _ms, ok, status in results if not ok]
    if failed:
        problems.append(f"{len(failed)} failed requests, e.g. {failed[0]}")
    return LoadResult(
        key=key,
        label=label,
        clients=clients,
        requests=len(results),
        failed=len(failed),
        per_second=round(len(times) / elapsed, 1),
        p50_ms=round(percentile(times, 0.5), 1) if times else 0.0,
        p95_ms=round(percentile(times, 0.95), 1) if times else 0.0,
        seconds=round(elapsed, 1),
        problems=problems,
    )


def signup_body(n):
    return json.dumps(
        {
            "name": f"Deltager {n}",
            "email": f"load{n}@example.dk",
            "organisation": "Aarhus Kommune",
            "job_title": "Direktør",
            "consent": True,
            "answers": {QUESTION: "Kommune"},
        }
    )


def signup_load(port, events, clients, requests, capacity, queued=False):
    """Our signup path: ``requests`` signups spread over ``events``, then the
    check that no event has more confirmed seats than it has; ``queued`` when
    the server queues the e-mails (``TASK_QUEUE``), which is checked too."""
    calls = [
        (
            lambda n=n: timed(
                port,
                "POST",
                f"/api/ledelsesugen/events/{events[n % len(events)].pk}/signups/",
                signup_body(n),
                202,
            )
        )
        for n in range(requests)
    ]
    results, elapsed = run_clients(calls, clients)
    succeeded = sum(ok for _ms, ok, _s in results)
    problems = check_seats(events, capacity, succeeded)
    if queued:
        problems += check_queued(events, succeeded)
        key, label = "signup-queue", "Signup with a task queue"
    else:
        key, label = "signup", "Signup (our API, real path)"
    return summarise(key, label, clients, results, elapsed, problems)


def check_seats(events, capacity, succeeded):
    """Problems found in the database after a signup run: oversold seats, lost
    signups, or a waiting list used before the seats were gone."""
    rows = (
        Signup.objects.filter(page_id__in=[event.pk for event in events])
        .values("page")
        .annotate(
            confirmed=Count("pk", filter=Q(status=SignupStatus.CONFIRMED)),
            waitlisted=Count("pk", filter=Q(status=SignupStatus.WAITLISTED)),
        )
    )
    problems = []
    stored = 0
    for row in rows:
        stored += row["confirmed"] + row["waitlisted"]
        if row["confirmed"] > capacity:
            problems.append(
                f"event {row['page']}: {row['confirmed']} confirmed, {capacity} seats"
            )
        if row["waitlisted"] and row["confirmed"] < capacity:
            problems.append(f"event {row['page']}: waiting list while seats are free")
    if stored != succeeded:
        problems.append(f"{succeeded} signups answered 202, {stored} stored")
    return problems


def check_queued(events, succeeded):
    """Problems with the queue: a signup answered 202 whose e-mail was not queued."""
    emails = set(
        SignupEmail.objects.filter(
            signup__page_id__in=[event.pk for event in events], to_editors=False
        ).values_list("pk", flat=True)
    )
    tasks = DBTaskResult.objects.filter(task_path__endswith=".send_email")
    queued = sum(
        arguments["args"][0] in emails
        for arguments in tasks.values_list("args_kwargs", flat=True)
    )
    if queued != succeeded:
        return [f"{succeeded} signups answered 202, {queued} e-mails queued"]
    return []


def baseline_c_load(port, events, clients, requests):
    """Baseline C: the same number of inserts through the minimal view."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM {BASELINE_C_TABLE}")
        before = cursor.fetchone()[0]
    calls = [
        (
            lambda n=n: timed(
                port,
                "POST",
                f"/bench/baseline-c/{events[n % len(events)].pk}/signups/",
                signup_body(n),
                201,
            )
        )
        for n in range(requests)
    ]
    results, elapsed = run_clients(calls, clients)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM {BASELINE_C_TABLE}")
        stored = cursor.fetchone()[0] - before
    succeeded = sum(ok for _ms, ok, _s in results)
    problems = [] if stored == succeeded else [f"{succeeded} answered, {stored} stored"]
    return summarise(
        "baseline-c", "C: one INSERT per request", clients, results, elapsed, problems
    )


def read_load(port, key, label, path, clients, seconds):
    """GET ``path`` from ``clients`` threads for ``seconds``: requests per second."""
    # Untimed first: each worker's first requests build caches and schemas.
    warmup = [lambda: timed(port, "GET", path, None, 200)] * (2 * clients)
    run_clients(warmup, clients)
    deadline = time.monotonic() + seconds

    def client():
        results = []
        while time.monotonic() < deadline:
            results.append(timed(port, "GET", path, None, 200))
        return results

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        batches = list(pool.map(lambda _n: client(), range(clients)))
    elapsed = time.perf_counter() - started
    results = [result for batch in batches for result in batch]
    return summarise(key, label, clients, results, elapsed, [])

"""Simultaneous signups on SQLite, over HTTP, as a small site runs.

gunicorn serves the test project from a file database with two processes of
ten threads, each thread with its own connection. Without
``transaction_mode: IMMEDIATE`` two signups that read the seats left and
then write fail with "database is locked" (a 500).
"""

import importlib.util
import json
import os
import sqlite3
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path

import pytest
from django.db import connection

from tests.live_server import free_port, wait_until_serving

pytestmark = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="copies the suite's SQLite database"
)

REPO = Path(__file__).resolve().parents[1]
SIGNUPS = 20
CAPACITY = 5

# Run with the served settings: one event taking signups, and its id.
MAKE_EVENT = f"""
import django

django.setup()
from tests.builders import make_programme, make_signup_event

event = make_signup_event(make_programme(), capacity={CAPACITY}, waitlist_enabled=False)
print(event.pk)
"""


def copy_test_database(target):
    """The suite's migrated SQLite database (committed state), as a file."""
    connection.ensure_connection()
    with sqlite3.connect(target) as copy:
        connection.connection.backup(copy)
    copy.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory, django_db_setup, django_db_blocker):
    """``(base URL, event id, database path)`` of the served test project.

    Module-scoped, so the copy is made before a test's transaction begins.
    """
    tmp_path = tmp_path_factory.mktemp("sqlite_site")
    database = tmp_path / "site.sqlite3"
    with django_db_blocker.unblock():
        copy_test_database(database)
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.sqlite_site_settings",
        "DATABASE_URL": f"sqlite:///{database}",
    }
    event_id = run(environment, "-c", MAKE_EVENT).split()[-1]
    port = free_port()
    log = tmp_path / "gunicorn.log"
    with log.open("w") as output:
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "django.core.wsgi:get_wsgi_application()",
                f"--bind=127.0.0.1:{port}",
                "--workers=2",
                "--worker-class=gthread",
                "--threads=10",
                "--preload",
                "--log-level=warning",
            ],
            cwd=REPO,
            env=environment,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(f"{url}/api/ledelsesugen/openapi.json", server, log)
        yield url, int(event_id), database
    finally:
        server.terminate()
        server.wait(timeout=10)


def run(environment, *args):
    """The output of Python run with ``args``; fail with its errors."""
    result = subprocess.run(
        [sys.executable, *args],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        pytest.fail(result.stderr)
    return result.stdout


def post_signup(url, number):
    """The status of one signup POST to the JSON API."""
    body = {
        "name": f"Deltager {number}",
        "email": f"deltager{number}@example.org",
        "consent": True,
    }
    request = urllib.request.Request(
        url,
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def post_at_once(url, count):
    """``count`` signups from as many threads, released together."""
    barrier = threading.Barrier(count)
    statuses = [None] * count

    def send(number):
        barrier.wait()
        statuses[number] = post_signup(url, number)

    threads = [threading.Thread(target=send, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return statuses


@pytest.mark.django_db  # so that the suite's database is set up for the copy
def test_simultaneous_signups_on_sqlite_wait_their_turn(site):
    url, event_id, database = site
    statuses = post_at_once(
        f"{url}/api/ledelsesugen/events/{event_id}/signups/", SIGNUPS
    )
    answers = Counter("2xx" if 200 <= status < 300 else status for status in statuses)
    assert answers == {"2xx": CAPACITY, 409: SIGNUPS - CAPACITY}, statuses
    with sqlite3.connect(database) as copy:
        stored = copy.execute(
            "SELECT status, COUNT(*) FROM wagtail_ledelsesugen_signup GROUP BY status"
        ).fetchall()
    copy.close()
    assert stored == [("confirmed", CAPACITY)]


@pytest.mark.parametrize(
    "path", ["example_site/example_site/settings.py", "tests/e2e/site_settings.py"]
)
def test_the_example_site_takes_the_write_lock_when_a_transaction_begins(
    path, monkeypatch
):
    monkeypatch.setenv("E2E_DATABASE", "site.sqlite3")
    monkeypatch.setenv("E2E_MAIL_DIR", "mail")
    monkeypatch.setenv("E2E_BASE_URL", "http://127.0.0.1:8000")
    monkeypatch.syspath_prepend(REPO / "example_site")
    spec = importlib.util.spec_from_file_location("site_settings", REPO / path)
    site_settings = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(site_settings)
    options = site_settings.DATABASES["default"]["OPTIONS"]
    assert options["transaction_mode"] == "IMMEDIATE"

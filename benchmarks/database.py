"""The benchmark's database: PostgreSQL when reachable, else SQLite.

Migrations run once into a template database; each programme size starts
from a fresh copy of it (``CREATE DATABASE ... TEMPLATE`` on PostgreSQL, a
file copy on SQLite), which takes a second instead of a migration run.

The smoke run makes its template from the models instead, as Django's test
runner does with migrations turned off: a fresh CI database would otherwise
spend half a minute migrating.
"""

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import dj_database_url
import psycopg
from psycopg import sql

REPO = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results"
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/ledelsesugen_bench"


@dataclass
class Database:
    """Where the benchmark's data lives, and how to reset it."""

    url: str
    template_url: str
    from_models: bool = False

    @property
    def is_postgres(self):
        return self.url.startswith(("postgres://", "postgresql://"))

    def prepare_template(self):
        """Bring the template database up to date (quick when it is)."""
        command = [sys.executable, "-m", "django", "migrate", "--no-input", "-v", "0"]
        if self.from_models:
            drop_template(self)
            command.append("--run-syncdb")
        if self.is_postgres:
            ensure_postgres_database(self.template_url)
        subprocess.run(
            command,
            cwd=REPO,
            env=environment(self.template_url, self.from_models),
            check=True,
        )

    def reset(self):
        """Replace the benchmark database by a fresh copy of the template."""
        from django.db import connections

        connections.close_all()
        if self.is_postgres:
            clone_postgres_database(self.template_url, self.url)
        else:
            shutil.copyfile(sqlite_path(self.template_url), sqlite_path(self.url))


def choose(url, from_models=False):
    """The database for ``url``, or SQLite (with a note) when it is unreachable;
    ``from_models`` makes the schema without migrations (the smoke run)."""
    suffix = "_smoke_template" if from_models else "_template"
    if url.startswith(("postgres://", "postgresql://")):
        try:
            with connect_maintenance(url):
                pass
        except psycopg.OperationalError as error:
            print(
                f"Note: PostgreSQL at {url} is unreachable ({error}).\n"
                "Falling back to SQLite: timings differ from production and "
                "the load test runs one gunicorn worker."
            )
        else:
            template = with_name(url, database_name(url) + suffix)
            return Database(url, template, from_models)
    RESULTS.mkdir(exist_ok=True)
    return Database(
        f"sqlite:///{RESULTS / 'bench.sqlite3'}",
        f"sqlite:///{RESULTS / ('bench' + suffix + '.sqlite3')}",
        from_models,
    )


def environment(url, from_models=False):
    """The environment a Django process of the benchmark runs with."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "benchmarks.settings",
        "BENCH_DATABASE_URL": url,
        "BENCH_WITHOUT_MIGRATIONS": "1" if from_models else "",
        "PYTHONPATH": str(REPO),
    }


def drop_template(database):
    if database.is_postgres:
        with connect_maintenance(database.url) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                    sql.Identifier(database_name(database.template_url))
                )
            )
    else:
        sqlite_path(database.template_url).unlink(missing_ok=True)


def database_name(url):
    return dj_database_url.parse(url)["NAME"]


def sqlite_path(url):
    return Path(database_name(url))


def with_name(url, name):
    """``url`` pointing at the database called ``name``."""
    base, _slash, _old = url.rpartition("/")
    return f"{base}/{name}"


def connect_maintenance(url):
    """An autocommit connection to the server's ``postgres`` database."""
    return psycopg.connect(
        with_name(url, "postgres"), autocommit=True, connect_timeout=3
    )


def ensure_postgres_database(url):
    name = database_name(url)
    with connect_maintenance(url) as conn:
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def clone_postgres_database(template_url, url):
    with connect_maintenance(url) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(database_name(url))
            )
        )
        conn.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(database_name(url)),
                sql.Identifier(database_name(template_url)),
            )
        )

"""The table printed at the end of a run, and the same results as JSON."""

import datetime
import json
import os
import platform

import django
import wagtail
from django.db import connection

from .database import RESULTS


def machine():
    """CPU count, memory and software versions, stored with the results."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SHOW server_version")
            database = "PostgreSQL " + cursor.fetchone()[0]
        else:
            cursor.execute("SELECT sqlite_version()")
            database = "SQLite " + cursor.fetchone()[0]
    return {
        "cpus": os.cpu_count(),
        "memory_gib": round(
            os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1
        ),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "django": django.get_version(),
        "wagtail": wagtail.__version__,
        "database": database,
    }


def format_ratios(ratios):
    return "  ".join(f"{ratio:.1f}x {name}" for name, ratio in ratios.items())


def print_rows(measurements):
    print(
        f"\n{'row':<38} {'events':>6} {'p50 ms':>8} {'p95 ms':>8} "
        f"{'queries':>7} {'peak KiB':>9}  ratio to baselines"
    )
    for m in measurements:
        print(
            f"{m.label:<38} {m.size:>6} {m.p50_ms:>8.1f} {m.p95_ms:>8.1f} "
            f"{m.queries:>7} {m.peak_kib:>9.0f}  {format_ratios(m.ratios)}"
        )


def print_load(results):
    print(
        f"\n{'under gunicorn':<38} {'clients':>7} {'req':>6} {'failed':>6} "
        f"{'req/s':>7} {'p50 ms':>8} {'p95 ms':>8}"
    )
    for r in results:
        print(
            f"{r.label:<38} {r.clients:>7} {r.requests:>6} {r.failed:>6} "
            f"{r.per_second:>7.1f} {r.p50_ms:>8.1f} {r.p95_ms:>8.1f}"
        )


def print_targets(targets):
    print("\ntargets")
    for target in targets:
        mark = "met   " if target["met"] else "MISSED"
        print(f"  {mark} {target['name']}: {target['detail']}")


def write_json(summary, name="latest.json"):
    """Write the run's results to benchmarks/results/``name``."""
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / name
    summary = {"date": datetime.datetime.now().astimezone().isoformat(), **summary}
    path.write_text(json.dumps(summary, indent=2, default=str) + "\n")
    return path

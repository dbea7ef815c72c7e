"""``python -m benchmarks``: build, measure, load-test, print and write JSON."""

import argparse
import os
import sys
import time

from .database import DEFAULT_URL, RESULTS, choose, environment
from .rows import ROW_KEYS

SMOKE = {
    "sizes": [20, 60],
    "repeat": 2,
    "signups": 20,
    "capacity": 10,
    "read_seconds": 0.3,
    "read_clients": 2,
    # Wagtail's v2 list takes seconds per request in a cold worker.
    "reads": ("read-api", "read-floor"),
}
FULL = {
    "signups": 300,
    "capacity": 100,
    "read_seconds": 8.0,
    "read_clients": 8,
    "reads": ("read-api", "read-v2", "read-floor"),
}
CLIENTS = (1, 8, 32)
# Slow rows stop after this many seconds, with at least MIN_SAMPLES requests.
ROW_BUDGET_SECONDS = 10.0


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Time the programme, the API and signup against baselines.",
    )
    parser.add_argument(
        "--sizes",
        default="50,500,5000",
        help="programme sizes in events, comma-separated (default: 50,500,5000)",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="tiny sizes and few requests: checks correctness, not speed (CI)",
    )
    parser.add_argument(
        "--repeat", type=int, default=30, help="timed requests per row (default: 30)"
    )
    parser.add_argument(
        "--profile",
        choices=ROW_KEYS,
        metavar="ROW",
        help="write a pyinstrument profile of ROW at the largest size to "
        f"benchmarks/results/; one of {', '.join(ROW_KEYS)}",
    )
    parser.add_argument(
        "--skip-load", action="store_true", help="leave out the gunicorn load test"
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=max(2, 2 * (os.cpu_count() or 1)),
        help="gunicorn worker processes (default: twice the CPUs)",
    )
    parser.add_argument(
        "--database-url",
        default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL),
        help="PostgreSQL to build the data in; it is dropped and created anew "
        f"(default: $BENCH_DATABASE_URL or {DEFAULT_URL})",
    )
    args = parser.parse_args(argv)
    settings = {**FULL, "sizes": [int(size) for size in args.sizes.split(",")]}
    settings["repeat"] = args.repeat
    if args.smoke:
        settings.update(SMOKE)
    return args, settings


def main(argv=None):
    args, settings = parse_args(argv)
    started = time.monotonic()
    database = choose(args.database_url, from_models=args.smoke)
    os.environ.update(environment(database.url, database.from_models))
    database.prepare_template()

    import django

    django.setup()
    from . import targets

    measurements, rows, builds = measure_sizes(database, settings, args.profile)
    load_results = []
    if not args.skip_load:
        workers = args.workers if database.is_postgres else 1
        load_results = run_load(database, settings, workers)
    found = targets.check(measurements, rows, load_results)
    failures = targets.correctness_failures(measurements, load_results)
    report_results(measurements, load_results, found, builds, args, started)
    if failures:
        print("\nFAILED:\n  " + "\n  ".join(failures))
        return 1
    return 0


def measure_sizes(database, settings, profile_row):
    """Build each programme size afresh and time every row on it."""
    from .data import build_programme
    from .measure import add_ratios, measure, profile
    from .rows import rows_for

    measurements, builds = [], {}
    page_size = 20
    for size in settings["sizes"]:
        database.reset()
        started = time.monotonic()
        programme = build_programme(size)
        builds[size] = round(time.monotonic() - started, 1)
        started = time.monotonic()
        rows = rows_for(programme, page_size)
        at_size = [
            measure(row, size, settings["repeat"], ROW_BUDGET_SECONDS) for row in rows
        ]
        print(
            f"{size} events: built in {builds[size]} s, "
            f"measured in {time.monotonic() - started:.1f} s",
            flush=True,
        )
        add_ratios(at_size, rows)
        measurements += at_size
    if profile_row:
        row = next(row for row in rows if row.key == profile_row)
        path = RESULTS / f"profile-{row.key}-{size}.html"
        print(f"profile written to {profile(row, path, settings['repeat'])}")
    return measurements, rows, builds


def run_load(database, settings, workers):
    """Requests per second for reading, then signups at each concurrency, with
    the e-mails built in the request and then queued for a task worker."""
    from . import load
    from .data import build_signup_events

    results = []
    started = time.monotonic()
    print(f"load test: gunicorn with {workers} workers", flush=True)
    reads = [
        ("read-api", "Our API list (limit 50)", "/api/ledelsesugen/events/?limit=50"),
        ("read-v2", "A: Wagtail v2 list (limit 50)", v2_list_path()),
        ("read-floor", "B: floor, 50 events", "/bench/floor/events/?limit=50"),
    ]
    with load.gunicorn(database.url, workers) as port:
        for key, label, path in reads:
            if key not in settings["reads"]:
                continue
            results.append(
                load.read_load(
                    port,
                    key,
                    label,
                    path,
                    settings["read_clients"],
                    settings["read_seconds"],
                )
            )
        for clients in CLIENTS:
            events = build_signup_events(
                2, settings["capacity"], slug=f"tilmelding-{clients}"
            )
            results.append(
                load.signup_load(
                    port, events, clients, settings["signups"], settings["capacity"]
                )
            )
            results.append(
                load.baseline_c_load(port, events, clients, settings["signups"])
            )
    with load.gunicorn(database.url, workers, load.TASK_QUEUE) as port:
        for clients in CLIENTS:
            events = build_signup_events(
                2, settings["capacity"], slug=f"tilmelding-koe-{clients}"
            )
            results.append(
                load.signup_load(
                    port,
                    events,
                    clients,
                    settings["signups"],
                    settings["capacity"],
                    queued=True,
                )
            )
    print(f"load test done in {time.monotonic() - started:.1f} s", flush=True)
    return results


def v2_list_path():
    from .rows import V2, v2_fields

    return (
        f"{V2}?type=wagtail_ledelsesugen.EventPage&fields={v2_fields()}"
        "&limit=50&order=start"
    )


def report_results(measurements, load_results, found, builds, args, started):
    from .report import (
        machine,
        print_load,
        print_rows,
        print_targets,
        write_json,
    )

    print_rows(measurements)
    if load_results:
        print_load(load_results)
    print_targets(found)
    info = machine()
    print(
        f"\n{info['cpus']} CPUs, {info['memory_gib']} GiB, Python {info['python']}, "
        f"Django {info['django']}, Wagtail {info['wagtail']}, {info['database']}"
    )
    path = write_json(
        {
            "machine": info,
            "smoke": args.smoke,
            "seconds": round(time.monotonic() - started, 1),
            "build_seconds": builds,
            "rows": [m.as_dict() for m in measurements],
            "load": [r.as_dict() for r in load_results],
            "targets": found,
        }
    )
    print(f"written to {path} after {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    sys.exit(main())

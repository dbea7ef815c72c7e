"""Times rows in-process with Django's test client: the view, middleware and
database, without a network or a server in between."""

import statistics
import time
import tracemalloc
from dataclasses import asdict, dataclass

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

WARMUP = 2
MIN_SAMPLES = 3


@dataclass
class Measurement:
    """One row at one programme size."""

    key: str
    label: str
    size: int
    p50_ms: float
    p95_ms: float
    queries: int
    peak_kib: float
    status: int
    bytes: int
    ratios: dict

    def as_dict(self):
        return asdict(self)


def percentile(values, fraction):
    """The nearest-rank percentile of ``values``."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def new_client():
    """A client that reports a server error as a 500 instead of raising it."""
    return Client(raise_request_exception=False, HTTP_ACCEPT_LANGUAGE="da")


def measure(row, size, repeat, budget_seconds):
    """Median and p95 time over ``repeat`` requests (fewer, but at least
    MIN_SAMPLES, when they take over ``budget_seconds``), then the queries and
    the peak memory of one more request each (they would slow the timed ones)."""
    client = new_client()
    for _ in range(WARMUP):
        response = client.get(row.url)
    times = []
    deadline = time.perf_counter() + budget_seconds
    for _ in range(repeat):
        started = time.perf_counter()
        response = client.get(row.url)
        times.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            break
        if len(times) >= MIN_SAMPLES and started > deadline:
            break
    with CaptureQueriesContext(connection) as queries:
        client.get(row.url)
    # Counted now: the next request's request_started signal empties the log.
    query_count = len(queries)
    tracemalloc.start()
    client.get(row.url)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return Measurement(
        key=row.key,
        label=row.label,
        size=size,
        p50_ms=round(statistics.median(times), 2),
        p95_ms=round(percentile(times, 0.95), 2),
        queries=query_count,
        peak_kib=round(peak / 1024, 1),
        status=response.status_code,
        bytes=len(response.content),
        ratios={},
    )


def add_ratios(measurements, rows):
    """Each row's median as a multiple of its baselines' medians."""
    by_key = {m.key: m for m in measurements}
    for row in rows:
        for column, baseline_key in row.baselines.items():
            ours, baseline = by_key[row.key], by_key[baseline_key]
            ours.ratios[column] = round(ours.p50_ms / baseline.p50_ms, 2)


def profile(row, path, repeat):
    """Write a pyinstrument HTML profile of ``repeat`` requests of ``row``."""
    from pyinstrument import Profiler

    client = new_client()
    client.get(row.url)
    profiler = Profiler(interval=0.0005)
    with profiler:
        for _ in range(repeat):
            client.get(row.url)
    path.write_text(profiler.output_html())
    return path

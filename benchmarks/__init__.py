"""The benchmark suite of issue 8: ``python -m benchmarks`` (``make bench``).

Builds its own programme of 50, 500 and 5,000 events, times our pages and API
against Wagtail's v2 pages API and minimal Django views, load-tests signup
under gunicorn, and writes ``benchmarks/results/latest.json``.
"""

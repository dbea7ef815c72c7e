# The README's commands. Each target creates .venv when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CONSTRAINTS := .ci/constraints.txt
PIP_INSTALL := $(BIN)/pip install --quiet --disable-pip-version-check -c $(CONSTRAINTS)
EXAMPLE := cd example_site && ../$(BIN)/python manage.py
DEMO_ADDR ?= 127.0.0.1:8000

.PHONY: help demo test test-postgres e2e bench bench-smoke lint format docs messages install clean

help:
	@echo "make demo           set up the example site on SQLite with demo content and serve it"
	@echo "make test           run the test suite on SQLite"
	@echo "make test-postgres  run the test suite on PostgreSQL (needs DATABASE_URL)"
	@echo "make e2e            run the browser tests (Chromium, axe-core, Nu HTML checker)"
	@echo "make bench          run the benchmarks on PostgreSQL (BENCH_ARGS=--help)"
	@echo "make lint           ruff check, ruff format --check, makemigrations --check"
	@echo "make docs           build the documentation (warnings are errors)"
	@echo "make messages       update and compile the Danish translation catalog"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --upgrade pip

# Every extra in one go: one resolution for tests, docs, browser tests and
# benchmarks.
$(VENV)/.installed: $(BIN)/python pyproject.toml $(CONSTRAINTS)
	$(PIP_INSTALL) -e ".[test,docs,e2e,bench]"
	touch $@

install: $(VENV)/.installed

demo: install
	$(EXAMPLE) migrate --no-input
	$(EXAMPLE) ledelsesugen_demo --with-admin --address $(DEMO_ADDR)
	$(EXAMPLE) runserver $(DEMO_ADDR)

# Two workers: the suite's own test databases, one per worker.
PYTEST := $(BIN)/pytest -n 2

test: install
	$(PYTEST)

test-postgres: install
	@test -n "$(DATABASE_URL)" || { echo "Set DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/ledelsesugen"; exit 2; }
	DATABASE_URL="$(DATABASE_URL)" $(PYTEST) $(PYTEST_ARGS)

# The browser suite: Debian's Chromium (installed when missing, never a
# browser downloaded by a test tool), axe-core and vnu-jar from npm.
E2E_NODE := tests/e2e/node_modules/.installed

$(E2E_NODE): tests/e2e/package.json tests/e2e/package-lock.json
	cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error
	touch $@

e2e: install $(E2E_NODE)
	@command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium; }
	$(BIN)/pytest tests/e2e -p no:xdist

# Not part of make test: numbers, not pass or fail. The smoke run, with tiny
# sizes, fails only on a wrong result, so CI keeps the benchmarks working.
bench: install
	$(BIN)/python -m benchmarks $(BENCH_ARGS)

bench-smoke: install
	$(BIN)/python -m benchmarks --smoke

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/django-admin makemigrations --check --dry-run --settings=tests.settings --pythonpath=.
	$(EXAMPLE) makemigrations --check --dry-run

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

docs: install
	$(BIN)/sphinx-build -W --keep-going -q -b html docs docs/_build/html

messages: install
	cd wagtail_ledelsesugen && ../$(BIN)/django-admin makemessages -l da --no-obsolete --add-location file
	cd wagtail_ledelsesugen && ../$(BIN)/django-admin compilemessages -l da

clean:
	rm -rf docs/_build example_site/db.sqlite3 example_site/media example_site/static_collected

"""The browser suite: the example site with its demo content, served for the session.

``make e2e`` runs it. Debian's Chromium is driven by Playwright; axe-core and
the Nu HTML checker come from ``node_modules`` (``npm ci`` in this folder).
Screenshots of what a visitor sees are saved in ``artifacts/``.
"""

import email
import json
import os
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pytest
from playwright.sync_api import expect, sync_playwright

from tests.live_server import free_port, wait_until_serving

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
ARTIFACTS = HERE / "artifacts"
NODE_MODULES = HERE / "node_modules"
CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags Chromium keeps calling Google's
# hosts, which this machine's closed network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
VIEWPORTS = {
    "desktop": {"viewport": {"width": 1280, "height": 900}},
    "phone": {
        "viewport": {"width": 390, "height": 844},
        "is_mobile": True,
        "has_touch": True,
    },
}

expect.set_options(timeout=10_000)


def pytest_sessionstart(session):
    ARTIFACTS.mkdir(exist_ok=True)


class LiveSite:
    """The example site served by Django's runserver on a free loopback port."""

    def __init__(self, workdir):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.mail_dir = workdir / "mail"
        self.mail_dir.mkdir()
        self.log = ARTIFACTS / "site.log"
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.e2e.site_settings",
            "PYTHONPATH": str(REPO),
            "DEBUG": "1",
            "E2E_DATABASE": str(workdir / "site.sqlite3"),
            "E2E_MAIL_DIR": str(self.mail_dir),
            "E2E_BASE_URL": self.url,
        }
        self.process = None

    def manage(self, *args):
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=REPO / "example_site",
            env=self.env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout

    def start(self):
        self.manage("migrate", "--no-input")
        self.manage(
            "ledelsesugen_demo", "--with-admin", f"--address=127.0.0.1:{self.port}"
        )
        with self.log.open("w") as log:
            self.process = subprocess.Popen(
                [sys.executable, "manage.py", "runserver", "--noreload", self.address],
                cwd=REPO / "example_site",
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        wait_until_serving(self.url + "/", self.process, self.log)

    @property
    def address(self):
        return f"127.0.0.1:{self.port}"

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)

    def get_json(self, path, **params):
        """The JSON the site answers for ``path`` and the query ``params``."""
        if params:
            path += "?" + urlencode(params)
        with urllib.request.urlopen(self.url + path, timeout=10) as response:
            return json.load(response)

    def page_url(self, page_type, locale, **filters):
        """The address of the first live page of a Wagtail type in ``locale``."""
        query = "&".join(f"{key}={value}" for key, value in filters.items())
        answer = self.get_json(
            f"/api/v2/pages/?type={page_type}&locale={locale}&{query}"
        )
        assert answer["items"], f"The demo has no {page_type} in {locale}"
        return answer["items"][0]["meta"]["html_url"]

    def event_with_signup(self, language, status):
        """``(URL, id)`` of a demo event in ``language`` whose signup on its own
        page has ``status`` (``open``, ``waitlist``, ...)."""
        events = self.get_json("/api/ledelsesugen/events/", locale=language, limit=100)
        for event in events["items"]:
            signup = event["signup"]
            if signup["status"] == status and not signup["external_url"]:
                return event["url"], event["id"]
        pytest.fail(f"The demo has no {language} event with signup {status}")

    def emails_to(self, address):
        """The e-mails sent to ``address`` so far, oldest first."""
        found = []
        for path in sorted(self.mail_dir.iterdir(), key=lambda p: p.stat().st_mtime):
            # The file backend writes each message followed by a line of dashes.
            for chunk in path.read_bytes().split(b"-" * 79 + b"\n"):
                if chunk.strip():
                    message = email.message_from_bytes(chunk)
                    if address in message["To"]:
                        found.append(message)
        return found


class HtmlChecker:
    """The Nu HTML checker (vnu-jar) as a local web service."""

    def __init__(self):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/?out=json"
        self.log = ARTIFACTS / "vnu.log"
        self.process = None

    def start(self):
        with self.log.open("w") as log:
            self.process = subprocess.Popen(
                [
                    "java",
                    "-Dnu.validator.servlet.bind-address=127.0.0.1",
                    "-cp",
                    str(NODE_MODULES / "vnu-jar/build/dist/vnu.jar"),
                    "nu.validator.servlet.Main",
                    str(self.port),
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
            )

    def wait(self):
        wait_until_serving(self.url, self.process, self.log)

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)

    def errors(self, html):
        """The checker's errors for a document, as readable lines."""
        request = urllib.request.Request(
            self.url,
            data=html.encode(),
            headers={"Content-Type": "text/html; charset=utf-8"},
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            messages = json.load(response)["messages"]
        return [
            f"line {message.get('lastLine')}: {message['message']}"
            for message in messages
            if message["type"] in ("error", "non-document-error")
        ]


@pytest.fixture(scope="session")
def live_site(tmp_path_factory):
    site = LiveSite(tmp_path_factory.mktemp("site"))
    try:
        site.start()
        yield site
    finally:
        site.stop()


@pytest.fixture(scope="session")
def html_checker():
    checker = HtmlChecker()
    checker.start()
    try:
        yield checker
    finally:
        checker.stop()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


class Visitor:
    """One person in one browser context, and the checks every page must pass.

    Requests to any host but the site's are refused and remembered, so a test
    can show that nothing was loaded from another host before consent.
    """

    def __init__(self, browser, site, html_checker, viewport, language):
        self.site = site
        self.html_checker = html_checker
        self.viewport = viewport
        self.context = browser.new_context(
            **VIEWPORTS[viewport], locale="da-DK" if language == "da" else "en-GB"
        )
        self.foreign_requests = []
        self.context.route("**/*", self._only_the_site)
        self.page = self.context.new_page()
        self.document = None
        self.page.on("response", self._remember_document)

    def _only_the_site(self, route):
        if urlsplit(route.request.url).netloc == self.site.address:
            route.continue_()
        else:
            self.foreign_requests.append(route.request.url)
            route.abort()

    def _remember_document(self, response):
        if (
            response.request.resource_type == "document"
            and response.frame == self.page.main_frame
        ):
            self.document = response

    def open(self, url):
        """Load ``url`` (absolute or a path on the site); fail unless it is a 200."""
        if url.startswith("/"):
            url = self.site.url + url
        response = self.page.goto(url)
        assert response.status == 200, f"{url} answered {response.status}"
        return response

    def check(self, name):
        """Every page: WCAG 2.1 A/AA by axe, valid HTML, fits the width, nothing
        from other hosts; then a full-page screenshot under ``artifacts/``."""
        self.page.screenshot(
            path=ARTIFACTS / f"{name}-{self.viewport}.png", full_page=True
        )
        violations = self.accessibility_violations()
        assert not violations, f"{name}: axe found\n" + "\n".join(violations)
        html_errors = self.html_checker.errors(self.document.text())
        assert not html_errors, f"{name}: invalid HTML\n" + "\n".join(html_errors)
        overflow = self.page.evaluate(
            "document.documentElement.scrollWidth"
            " - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{name} scrolls sideways by {overflow}px"
        assert not self.foreign_requests, f"{name} loaded {self.foreign_requests}"

    def accessibility_violations(self):
        self.page.add_script_tag(path=NODE_MODULES / "axe-core/axe.min.js")
        result = self.page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})",
            WCAG_21_AA,
        )
        assert result["passes"], "axe ran no rules"
        return [
            f"- {violation['id']}: {violation['help']} "
            + "; ".join(node["html"][:160] for node in violation["nodes"][:5])
            for violation in result["violations"]
        ]

    def close(self):
        self.context.close()


@pytest.fixture
def visit(html_checker, browser, live_site):
    """Make visitors: ``visit("phone", "en")``; they are closed after the test."""
    html_checker.wait()
    visitors = []

    def make(viewport="desktop", language="da"):
        visitor = Visitor(browser, live_site, html_checker, viewport, language)
        visitors.append(visitor)
        return visitor

    yield make
    for visitor in visitors:
        visitor.close()

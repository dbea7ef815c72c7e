"""The Danish catalog is complete and compiled, and pages read Danish."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup

import wagtail_ledelsesugen
from tests.builders import days_ahead, local, make_event

PACKAGE = Path(wagtail_ledelsesugen.__file__).parent
CATALOG = PACKAGE / "locale" / "da" / "LC_MESSAGES"


def translated(entries):
    return {(e.msgctxt, e.msgid): e for e in entries if e.msgid}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """What makemessages finds in the source now, run on a copy of the package."""
    if not shutil.which("xgettext"):
        pytest.fail("xgettext is missing: install gettext (apt-get install gettext)")
    copy = tmp_path_factory.mktemp("source") / "wagtail_ledelsesugen"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("locale"))
    (copy / "locale").mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "django", "makemessages", "-l", "da", "--no-obsolete"],
        cwd=copy,
        capture_output=True,
        text=True,
        env={k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"},
    )
    assert result.returncode == 0, result.stderr
    return polib.pofile(str(copy / "locale" / "da" / "LC_MESSAGES" / "django.po"))


def test_every_string_has_a_danish_translation(extracted):
    catalog = translated(polib.pofile(str(CATALOG / "django.po")))
    missing = []
    for key, entry in translated(extracted).items():
        ours = catalog.get(key)
        if ours is None or not ours.translated() or "fuzzy" in ours.flags:
            missing.append(entry.msgid)
    assert missing == [], "Run `make messages` and translate: " + repr(missing)


def test_compiled_catalog_is_up_to_date():
    source = {
        key: (entry.msgstr or entry.msgstr_plural)
        for key, entry in translated(polib.pofile(str(CATALOG / "django.po"))).items()
        if entry.translated()
    }
    compiled = {
        key: (entry.msgstr or entry.msgstr_plural)
        for key, entry in translated(polib.mofile(str(CATALOG / "django.mo"))).items()
    }
    assert compiled == source, "Run `make messages` to compile django.mo"


def test_dates_read_danish(danish):
    from wagtail_ledelsesugen.dates import format_span

    span = format_span(local(2026, 10, 27, 9, 0), local(2026, 10, 27, 11, 30))
    assert span == "tirsdag den 27. oktober 2026 kl. 9.00-11.30"


def test_programme_in_danish(client, programme, danish):
    make_event(programme, format="afternoon_meeting", start=days_ahead(3, 15))
    response = client.get(programme.url)
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("#lu-filters-title").get_text() == "Find arrangementer"
    card = soup.select_one(".lu-event-card").get_text(" ", strip=True)
    assert "Gå-hjem-møde" in card
    assert " kl. 15.00-17.00" in card

"""The language switcher: the page's translation, or the other language's home."""

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Locale

from tests.builders import make_event, root_page
from tests.test_api_events import translate

pytestmark = pytest.mark.django_db

SWITCHER = Template("{% load ledelsesugen_tags %}{% language_switcher %}")


def render(page):
    request = RequestFactory().get("/", HTTP_HOST="localhost")
    return SWITCHER.render(Context({"request": request, "page": page}))


def test_links_to_the_translation_with_its_language(programme):
    event = make_event(programme, title="Tillid", slug="tillid")
    english_event = translate(event, Locale.objects.create(language_code="en"))
    english_event.slug = "trust"
    english_event.save_revision().publish()
    with translation.override("da"):
        html = render(event)
    assert 'hreflang="en" lang="en"' in html
    assert "/trust/" in html
    assert 'href="/program/tillid/" hreflang="da" lang="da" aria-current="true"' in (
        html
    )
    assert ">English<" in html and ">Dansk<" in html
    assert 'aria-label="Sprog"' in html


def test_without_a_translation_it_links_to_the_languages_home(programme):
    event = make_event(programme, slug="kun-dansk")
    english = Locale.objects.create(language_code="en")
    english_home = root_page().copy_for_translation(english)
    english_home.save_revision().publish()
    html = render(event)
    assert f'href="{english_home.get_url()}" hreflang="en"' in html


def test_nothing_with_one_language(programme, settings):
    event = make_event(programme)
    assert render(event).strip() == ""
    settings.WAGTAIL_I18N_ENABLED = False
    Locale.objects.create(language_code="en")
    assert render(event).strip() == ""

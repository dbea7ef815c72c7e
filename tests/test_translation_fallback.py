"""Indexes in another language list the default language's untranslated items."""

import pytest
from wagtail.models import Locale

from tests.builders import make_event, make_programme, make_theme
from tests.test_api_events import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def english_programme(programme):
    english = Locale.objects.create(language_code="en")
    translated = make_event(programme, title="Tillid", slug="tillid")
    untranslated = make_event(programme, title="Kun på dansk", slug="kun-dansk")
    english_event = translate(translated, english)
    english_event.title = "Trust"
    english_event.save_revision().publish()
    return programme.get_translation(english), untranslated


def programme_html(client, index_page):
    response = client.get(index_page.url, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    return response.content.decode()


def test_untranslated_items_are_listed_in_their_own_language(client, english_programme):
    index_page, untranslated = english_programme
    html = programme_html(client, index_page)
    assert "Trust" in html and "Tillid" not in html
    assert 'class="lu-event-card" lang="da"' in html
    assert "Kun på dansk" in html
    assert html.count('class="lu-event-card" lang="da"') == 1


def test_fallback_can_be_turned_off(client, english_programme, settings):
    settings.WAGTAIL_LEDELSESUGEN = {"FALLBACK_TO_DEFAULT_LOCALE": False}
    index_page, _untranslated = english_programme
    html = programme_html(client, index_page)
    assert "Trust" in html and "Kun på dansk" not in html


def test_only_the_source_programmes_items_fall_back(client, english_programme):
    index_page, _untranslated = english_programme
    other = make_programme(title="Andet program")
    make_event(other, title="Et andet programs arrangement")
    assert "Et andet programs" not in programme_html(client, index_page)


def test_the_default_language_index_lists_only_its_own(client, english_programme):
    index_page, _untranslated = english_programme
    danish = index_page.get_translation(Locale.get_default())
    html = client.get(danish.url, HTTP_ACCEPT_LANGUAGE="da").content.decode()
    assert "Tillid" in html and "Trust" not in html
    assert html.count('class="lu-event-card"') == 2


def test_filter_offers_themes_in_the_index_language(client, programme):
    theme = make_theme("Ledertrivsel")
    make_event(programme, themes=[theme])
    english = Locale.objects.create(language_code="en")
    english_theme = theme.copy_for_translation(english)
    english_theme.name, english_theme.slug = "Leader wellbeing", "leader-wellbeing"
    english_theme.save()
    english_programme = translate(programme, english)
    html = programme_html(client, english_programme)
    assert '<option value="leader-wellbeing">Leader wellbeing</option>' in html
    filtered = client.get(
        english_programme.url + "?theme=leader-wellbeing", HTTP_ACCEPT_LANGUAGE="en"
    ).content.decode()
    assert "lu-event-card" in filtered


def test_an_untranslated_theme_is_marked_danish_on_an_english_page(client, programme):
    translated = make_theme("Ledertrivsel")
    untranslated = make_theme("Styring")
    event = make_event(programme, themes=[translated, untranslated])
    english = Locale.objects.create(language_code="en")
    english_theme = translated.copy_for_translation(english)
    english_theme.name = "Leader wellbeing"
    english_theme.save()
    english_event = translate(event, english)
    html = client.get(english_event.url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<li class="lu-tag">Leader wellbeing</li>' in html
    assert '<li class="lu-tag" lang="da">Styring</li>' in html

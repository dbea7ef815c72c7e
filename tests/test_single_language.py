"""The app on a single-language site: a Danish intranet without Wagtail's i18n."""

import pytest
from bs4 import BeautifulSoup
from django.template import Context, Template
from django.test import RequestFactory
from icalendar import Calendar
from wagtail.models import Locale

from tests.builders import (
    days_ahead,
    make_article,
    make_article_index,
    make_event,
    make_media_index,
    make_recording,
    make_signup_event,
    make_startkit,
    make_startkit_index,
    make_theme,
    signup_data,
)
from wagtail_ledelsesugen.models import Signup, SignupStatus

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("single_language", "danish"),
]

API = "/api/ledelsesugen"
QUESTION = ("Hvilken sektor kommer du fra?", "radio", {"choices": "Kommune\nRegion"})


@pytest.fixture
def single_language(settings):
    # The flag alone turns translation off; LANGUAGES may keep other languages.
    settings.WAGTAIL_I18N_ENABLED = False
    settings.WAGTAIL_LEDELSESUGEN = {"SIGNUP_MIN_FILL_SECONDS": 0}


@pytest.fixture
def theme(db):
    return make_theme("Ledertrivsel")


def soup_of(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def texts(soup, selector):
    return [tag.get_text(strip=True) for tag in soup.select(selector)]


def events_in(response):
    return [
        event["SUMMARY"]
        for event in Calendar.from_ical(response.content).walk("VEVENT")
    ]


def api_get(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    return response.json()


def test_the_programme_lists_filters_and_feeds_events(client, programme, theme):
    event = make_event(programme, title="Ledelsessalon", themes=[theme])
    make_event(programme, title="Morgenmøde", start=days_ahead(31))

    soup = soup_of(client.get(programme.url))
    assert soup.html["lang"] == "da"
    assert texts(soup, ".lu-event-card__title") == ["Ledelsessalon", "Morgenmøde"]
    assert soup.select_one("#lu-filters-title").get_text() == "Find arrangementer"
    filtered = soup_of(client.get(programme.url + "?theme=ledertrivsel"))
    assert texts(filtered, ".lu-event-card__title") == ["Ledelsessalon"]

    assert events_in(client.get(programme.url + "ical/")) == [
        "Ledelsessalon",
        "Morgenmøde",
    ]
    assert events_in(client.get(event.get_ical_url())) == ["Ledelsessalon"]


def test_signup_and_cancellation_on_the_page(client, programme):
    event = make_signup_event(programme, questions=[QUESTION], capacity=3)
    soup = soup_of(client.get(event.url))
    assert soup.select_one("#lu-signup form")["action"] == event.url + "signup/"
    assert soup.select_one(".lu-seats").get_text(strip=True) == "3 ledige pladser."

    answer = {"hvilken_sektor_kommer_du_fra": "Region"}
    response = client.post(event.url + "signup/", signup_data(event, **answer))
    assert response.status_code == 302, response.content
    signup = Signup.objects.get()
    assert signup.status == SignupStatus.CONFIRMED
    assert signup.answers == answer
    assert signup.locale == Locale.get_default()

    response = client.post(event.url + f"cancel/{signup.token}/")
    assert response.status_code == 200
    signup.refresh_from_db()
    assert signup.status == SignupStatus.CANCELLED


def test_the_events_api_lists_reads_and_signs_up(client, programme):
    event = make_signup_event(programme, questions=[QUESTION], capacity=3)
    [item] = api_get(client, f"{API}/events/")["items"]
    assert (item["id"], item["locale"], item["translations"]) == (event.pk, "da", [])

    detail = api_get(client, f"{API}/events/{event.pk}/")
    names = [field["name"] for field in detail["signup"]["fields"]]
    assert "hvilken_sektor_kommer_du_fra" in names
    response = client.post(
        f"{API}/events/{event.pk}/signups/",
        {
            "name": "Mette Hansen",
            "email": "mette@example.org",
            "consent": True,
            "answers": {"hvilken_sektor_kommer_du_fra": "Kommune"},
        },
        content_type="application/json",
    )
    assert response.status_code == 202, response.content
    assert response.json()["status"] == "received"
    assert api_get(client, f"{API}/events/{event.pk}/")["signup"]["seats_left"] == 2

    token = Signup.objects.get().token
    response = client.post(
        f"{API}/signups/cancel/", {"token": token}, content_type="application/json"
    )
    assert response.json() == {"status": "cancelled"}


@pytest.mark.parametrize(
    ("make_index", "make_item", "api"),
    [
        (make_startkit_index, make_startkit, "startkits"),
        (make_article_index, make_article, "articles"),
        (make_media_index, make_recording, "videos"),
    ],
)
def test_startkits_articles_and_videos(client, theme, make_index, make_item, api):
    index = make_index()
    item = make_item(index, title="Tillid i praksis", themes=[theme])
    listing = soup_of(client.get(index.url))
    assert listing.html["lang"] == "da"
    assert "Tillid i praksis" in listing.get_text()
    page = soup_of(client.get(item.url))
    assert page.h1.get_text(strip=True) == "Tillid i praksis"
    assert texts(page, ".lu-tag") == ["Ledertrivsel"]
    [listed] = api_get(client, f"{API}/{api}/")["items"]
    assert (listed["id"], listed["locale"], listed["translations"]) == (
        item.pk,
        "da",
        [],
    )
    assert api_get(client, f"{API}/{api}/{item.pk}/")["title"] == "Tillid i praksis"


def test_no_language_switcher(programme):
    event = make_event(programme)
    template = Template("{% load ledelsesugen_tags %}{% language_switcher %}")
    request = RequestFactory().get(event.url, HTTP_HOST="localhost")
    html = template.render(Context({"request": request, "page": event}))
    assert html.strip() == ""

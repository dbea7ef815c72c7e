import datetime
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar
from wagtail.models import Locale, Site

from tests.builders import days_ahead, make_event, make_organisation, make_theme
from wagtail_ledelsesugen.models import EventPage


@pytest.fixture
def event(programme):
    return make_event(
        programme,
        title="Morgenmøde om ledertrivsel",
        slug="morgenmode-om-ledertrivsel",
        subtitle="Hvordan passer ledere på sig selv?",
        intro="En time om trivsel.",
        start=days_ahead(20, 8),
        end=days_ahead(20, 9, 30),
        venue_name="Rådhuset",
        street_address="Rådhuspladsen 2",
        postcode="5000",
        city="Odense C",
        organisers=[make_organisation("Odense Kommune")],
    )


def parse(response):
    return Calendar.from_ical(response.content)


def test_event_calendar_file(client, event):
    assert event.get_ical_url() == event.url + "ical/"
    response = client.get(event.get_ical_url())
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="morgenmode-om-ledertrivsel.ics"'
    )
    calendar = parse(response)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "Morgenmøde om ledertrivsel"
    assert vevent.decoded("DTSTART") == event.start
    assert vevent.decoded("DTEND") == event.end
    assert vevent["DTSTART"].params["TZID"] == "Europe/Copenhagen"
    assert str(vevent["LOCATION"]) == "Rådhuset, Rådhuspladsen 2, 5000 Odense C"
    assert str(vevent["URL"]) == "http://localhost" + event.url
    assert "En time om trivsel." in str(vevent["DESCRIPTION"])
    assert "DTSTAMP" in vevent


def test_calendar_defines_its_time_zone(client, event):
    calendar = parse(client.get(event.url + "ical/"))
    (timezone,) = calendar.walk("VTIMEZONE")
    assert str(timezone["TZID"]) == "Europe/Copenhagen"


def test_uid_is_stable_across_edits_and_unique_per_event(client, programme, event):
    first = parse(client.get(event.url + "ical/")).walk("VEVENT")[0]["UID"]
    event.title = "Nyt navn"
    event.start += datetime.timedelta(hours=1)
    event.end += datetime.timedelta(hours=1)
    event.save_revision().publish()
    second = parse(client.get(event.url + "ical/")).walk("VEVENT")[0]["UID"]
    assert first == second
    other = make_event(programme)
    third = parse(client.get(other.url + "ical/")).walk("VEVENT")[0]["UID"]
    assert third != first


def test_online_event_location_is_the_link(client, programme):
    event = make_event(
        programme, mode="online", venue_name="", city="", online_url="https://x.dk/m"
    )
    vevent = parse(client.get(event.url + "ical/")).walk("VEVENT")[0]
    assert str(vevent["LOCATION"]) == "https://x.dk/m"


def test_programme_feed_lists_upcoming_events(client, programme, event):
    make_event(programme, title="Senere", start=days_ahead(40))
    make_event(programme, title="Fortid", start=days_ahead(-40))
    make_event(programme, title="Kladde", publish=False)
    response = client.get(programme.url + "ical/")
    assert response.status_code == 200
    calendar = parse(response)
    assert str(calendar["X-WR-CALNAME"]) == programme.title
    summaries = [str(vevent["SUMMARY"]) for vevent in calendar.walk("VEVENT")]
    assert summaries == ["Morgenmøde om ledertrivsel", "Senere"]


def test_empty_programme_feed_is_valid(client, programme):
    calendar = parse(client.get(programme.url + "ical/"))
    assert calendar.walk("VEVENT") == []


def test_programme_feed_query_count_is_bounded(
    client, programme, django_assert_max_num_queries
):
    for n in range(30):
        make_event(programme, start=days_ahead(n + 1))
    client.get(programme.url + "ical/")
    with django_assert_max_num_queries(10):
        assert client.get(programme.url + "ical/").status_code == 200


# Filtered feeds and subscription links


def summaries(response):
    return [str(vevent["SUMMARY"]) for vevent in parse(response).walk("VEVENT")]


def uids(response):
    return [str(vevent["UID"]) for vevent in parse(response).walk("VEVENT")]


@pytest.fixture
def varied(programme):
    """Three upcoming events and a past one that differ in every filter."""
    trivsel = make_theme("Ledertrivsel")
    ai = make_theme("AI og digitalisering")
    kl = make_organisation("KL", sector="other")
    make_event(
        programme,
        title="Salon om trivsel",
        start=days_ahead(10, 15),
        format="salon",
        themes=[trivsel],
        audience=["municipality"],
    )
    make_event(
        programme,
        title="Webinar om kunstig intelligens",
        start=days_ahead(11, 13),
        format="webinar",
        mode="online",
        online_url="https://example.org/join",
        venue_name="",
        city="",
        region="",
        themes=[ai],
        organisers=[kl],
        audience=["top_leaders"],
    )
    make_event(
        programme,
        title="Konference i Odense",
        start=days_ahead(12, 9),
        format="conference",
        city="Odense",
        region="syddanmark",
        themes=[ai, trivsel],
        audience=["top_leaders"],
    )
    make_event(
        programme, title="Sidste års salon", start=days_ahead(-30), themes=[trivsel]
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("theme=ledertrivsel", ["Salon om trivsel", "Konference i Odense"]),
        ("format=webinar", ["Webinar om kunstig intelligens"]),
        ("mode=online", ["Webinar om kunstig intelligens"]),
        (
            "audience=top_leaders",
            ["Webinar om kunstig intelligens", "Konference i Odense"],
        ),
        ("region=syddanmark", ["Konference i Odense"]),
        ("organiser=kl", ["Webinar om kunstig intelligens"]),
        ("q=Odense", ["Konference i Odense"]),
        (f"day={days_ahead(11):%Y-%m-%d}", ["Webinar om kunstig intelligens"]),
        (
            "theme=",
            [
                "Salon om trivsel",
                "Webinar om kunstig intelligens",
                "Konference i Odense",
            ],
        ),
    ],
)
def test_filters_narrow_the_programme_feed(client, programme, varied, query, expected):
    response = client.get(f"{programme.url}ical/?{query}")
    assert response.status_code == 200
    assert summaries(response) == expected


def test_filters_combine_in_the_feed(client, programme, varied):
    url = f"{programme.url}ical/?theme=ai-og-digitalisering&format=conference"
    assert summaries(client.get(url)) == ["Konference i Odense"]
    url = f"{programme.url}ical/?theme=ledertrivsel&mode=online"
    assert summaries(client.get(url)) == []


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("format=lecture", "“lecture” is not an event format"),
        ("theme=gardening", "There is no theme “gardening” in this programme"),
        ("day=27-10-2026", "Write the day as YYYY-MM-DD"),
        ("q=" + "x" * 201, "Ensure this value has at most 200 characters"),
    ],
)
def test_bad_filter_is_refused_with_a_plain_text_reason(
    client, programme, varied, query, message
):
    response = client.get(f"{programme.url}ical/?theme=ledertrivsel&{query}")
    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    text = response.content.decode()
    assert text.startswith("No calendar was made")
    assert message in text
    assert "BEGIN:VCALENDAR" not in text


def test_bad_filter_reason_is_in_the_visitors_language(
    client, programme, varied, danish
):
    response = client.get(f"{programme.url}ical/?format=lecture")
    assert response.status_code == 400
    assert "“lecture” er ikke et arrangementsformat" in response.content.decode()


@pytest.fixture
def public_site(db):
    """The default site as it is published: a real host name, over HTTPS."""
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "ledelsesugen.example.dk", 443
    site.save()
    return site


def calendar_links(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [a["href"] for a in soup.select(".lu-calendar-links a")]


def test_programme_links_to_subscribe_and_download(client, programme, public_site):
    subscribe, download = calendar_links(client.get(programme.url))
    assert subscribe == "webcal://ledelsesugen.example.dk/program/ical/"
    assert download == "https://ledelsesugen.example.dk/program/ical/"


def test_subscription_links_carry_the_valid_filters(
    client, programme, varied, public_site
):
    response = client.get(f"{programme.url}?theme=ledertrivsel&format=lecture&q=")
    subscribe, download = calendar_links(response)
    assert (
        subscribe == "webcal://ledelsesugen.example.dk/program/ical/?theme=ledertrivsel"
    )
    assert (
        download == "https://ledelsesugen.example.dk/program/ical/?theme=ledertrivsel"
    )
    hint = BeautifulSoup(response.content, "html.parser").select_one(
        "#lu-calendar-hint"
    )
    assert "match your filters" in hint.get_text()
    feed = client.get(urlsplit(download)._replace(scheme="", netloc="").geturl())
    assert summaries(feed) == ["Salon om trivsel", "Konference i Odense"]


def test_day_filter_is_carried_as_a_date(client, programme, varied):
    day = f"{days_ahead(11):%Y-%m-%d}"
    subscribe, _download = calendar_links(client.get(f"{programme.url}?day={day}"))
    assert subscribe == f"webcal://localhost/program/ical/?day={day}"


def test_archive_offers_no_subscription(client, programme):
    assert calendar_links(client.get(programme.url + "archive/")) == []


def test_filtered_uids_are_stable_across_fetches(client, programme, varied):
    url = f"{programme.url}ical/?audience=top_leaders"
    first = uids(client.get(url))
    assert len(first) == 2
    assert uids(client.get(url)) == first
    assert set(first) < set(uids(client.get(programme.url + "ical/")))


def test_translated_programme_gives_the_same_uids(client, programme, varied):
    english = Locale.objects.create(language_code="en")
    for page in (programme.get_parent(), programme):
        page.specific.copy_for_translation(english).save_revision().publish()
    for event in EventPage.objects.child_of(programme).live():
        translation = event.copy_for_translation(english)
        translation.title = f"In English: {event.title}"
        translation.save_revision().publish()
    english_programme = programme.get_translation(english)
    # Without i18n_patterns in the test URLs, the request's language picks the tree.
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "da"
    danish_feed = client.get(programme.url + "ical/?theme=ledertrivsel")
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    english_feed = client.get(english_programme.url + "ical/?theme=ledertrivsel")
    assert len(uids(danish_feed)) == 2
    assert uids(english_feed) == uids(danish_feed)
    assert summaries(english_feed) == [
        f"In English: {title}" for title in summaries(danish_feed)
    ]


@pytest.mark.parametrize("count", [5, 60])
def test_filtered_feed_query_count_does_not_grow(
    client, programme, django_assert_max_num_queries, count
):
    themes = [make_theme(f"Tema {n}") for n in range(3)]
    organisations = [make_organisation(f"Organisation nr. {n}") for n in range(3)]
    for n in range(count):
        make_event(
            programme,
            start=days_ahead(1 + n % 5, 8 + n % 8),
            themes=themes[: 1 + n % 3],
            organisers=organisations[: 1 + n % 2],
            audience=["top_leaders"],
        )
    url = (
        f"{programme.url}ical/"
        "?theme=tema-1&organiser=organisation-nr-0&audience=top_leaders"
    )
    client.get(url)
    with django_assert_max_num_queries(10):
        response = client.get(url)
    assert len(uids(response)) == len([n for n in range(count) if n % 3 >= 1])
    with django_assert_max_num_queries(11):
        response = client.get(url + "&q=Arrangement")
    assert response.status_code == 200

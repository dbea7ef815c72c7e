import datetime

import pytest
from icalendar import Calendar

from tests.builders import days_ahead, make_event, make_organisation


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

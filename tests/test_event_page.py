import json

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from tests.builders import (
    days_ahead,
    make_event,
    make_organisation,
    make_person,
    make_theme,
)
from wagtail_ledelsesugen.models import EventPage


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def structured_data(response):
    script = soup_of(response).select_one('script[type="application/ld+json"]')
    return json.loads(script.string)


@pytest.fixture
def event(programme):
    kommune = make_organisation("Aarhus Kommune", website="https://aarhus.dk")
    kl = make_organisation("KL", sector="other")
    return make_event(
        programme,
        title="Hvordan leder vi med AI?",
        subtitle="Et gå-hjem-møde om kunstig intelligens i kommunen",
        intro="Tre ledere fortæller om deres første år med AI.",
        start=days_ahead(14, 15),
        end=days_ahead(14, 17),
        format="afternoon_meeting",
        mode="hybrid",
        venue_name="Dokk1",
        street_address="Hack Kampmanns Plads 2",
        postcode="8000",
        city="Aarhus C",
        region="midtjylland",
        online_url="https://example.org/teams",
        themes=[make_theme("AI og digitalisering")],
        organisers=[kommune, kl],
        speakers=[make_person("Mette Hansen"), make_person("Jonas Berg")],
        audience=["municipality", "top_leaders"],
        capacity=40,
        body=[
            ("heading", "Program"),
            ("paragraph", "<p>Kom og hør <b>hvordan</b>.</p>"),
        ],
    )


def test_event_page_shows_the_practical_information(client, event):
    response = client.get(event.url)
    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.h1.get_text() == "Hvordan leder vi med AI?"
    facts = soup.select_one(".lu-event__facts").get_text(" ", strip=True)
    for text in [
        "Dokk1",
        "Hack Kampmanns Plads 2",
        "8000 Aarhus C",
        "Central Denmark Region",
        "Aarhus Kommune",
        "KL",
        "Municipalities, Top leaders",
        "40",
        "AI og digitalisering",
        "Link to join online",
    ]:
        assert text in facts
    speakers = [li.get_text(" ", strip=True) for li in soup.select(".lu-person")]
    assert speakers == ["Mette Hansen Direktør", "Jonas Berg Direktør"]
    assert soup.select_one(".lu-body h2").get_text() == "Program"


def test_headings_are_in_order(client, event):
    soup = soup_of(client.get(event.url))
    levels = [int(h.name[1]) for h in soup.select("main h1, main h2, main h3, main h4")]
    assert levels[0] == 1
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False))


def test_event_page_query_count_is_bounded(
    client, event, django_assert_max_num_queries
):
    client.get(event.url)
    with django_assert_max_num_queries(15):
        assert client.get(event.url).status_code == 200


def test_price_defaults_to_free_in_the_editors_language(programme):
    from django.utils import translation

    with translation.override("en"):
        assert EventPage().price == "Free"


def test_multi_day_event_shows_a_date_range(client, programme):
    event = make_event(programme, start=days_ahead(3, 9), end=days_ahead(4, 16))
    when = soup_of(client.get(event.url)).select_one(".lu-facts time").get_text()
    assert when.count("2026") + when.count("2027") + when.count("2028") >= 2
    assert " to " in when
    assert event.is_multi_day


def test_past_event_says_so(client, programme):
    event = make_event(programme, start=days_ahead(-30))
    assert b"This event has taken place." in client.get(event.url).content


class TestStructuredData:
    def test_hybrid_event(self, client, event):
        data = structured_data(client.get(event.url))
        assert data["@type"] == "Event"
        assert data["name"] == event.title
        assert data["eventAttendanceMode"] == (
            "https://schema.org/MixedEventAttendanceMode"
        )
        place, virtual = data["location"]
        assert place["@type"] == "Place"
        assert place["address"]["postalCode"] == "8000"
        assert place["address"]["addressCountry"] == "DK"
        assert virtual == {
            "@type": "VirtualLocation",
            "url": "https://example.org/teams",
        }
        assert data["organizer"][0] == {
            "@type": "Organization",
            "name": "Aarhus Kommune",
            "url": "https://aarhus.dk",
        }
        assert [p["name"] for p in data["performer"]] == ["Mette Hansen", "Jonas Berg"]
        assert data["startDate"] == event.local_start.isoformat()
        assert data["startDate"].endswith(("+01:00", "+02:00"))
        assert data["url"] == "http://localhost" + event.url

    def test_online_event(self, client, programme):
        event = make_event(
            programme,
            mode="online",
            venue_name="",
            city="",
            online_url="https://example.org/webinar",
        )
        data = structured_data(client.get(event.url))
        assert data["eventAttendanceMode"] == (
            "https://schema.org/OnlineEventAttendanceMode"
        )
        assert data["location"] == {
            "@type": "VirtualLocation",
            "url": "https://example.org/webinar",
        }

    def test_physical_event(self, client, programme):
        data = structured_data(client.get(make_event(programme).url))
        assert data["eventAttendanceMode"] == (
            "https://schema.org/OfflineEventAttendanceMode"
        )
        assert data["location"]["name"] == "Dokk1"

    def test_script_cannot_be_broken_out_of(self, client, programme):
        event = make_event(programme, title="</script><script>alert(1)</script>")
        html = client.get(event.url).content.decode()
        assert "</script><script>alert(1)" not in html
        assert structured_data(client.get(event.url))["name"] == event.title


class TestValidation:
    def clean(self, programme, **fields):
        event = EventPage(
            title="Test",
            slug="test",
            start=days_ahead(5, 9),
            end=days_ahead(5, 11),
            format="talk",
            mode="physical",
            venue_name="Dokk1",
            city="Aarhus",
        )
        for name, value in fields.items():
            setattr(event, name, value)
        event.path = programme.path + "0001"
        event.depth = programme.depth + 1
        with pytest.raises(ValidationError) as error:
            event.full_clean()
        return error.value.message_dict

    def test_end_after_start(self, programme):
        errors = self.clean(programme, end=days_ahead(5, 8))
        assert errors["end"] == ["The event must end after it starts."]

    def test_end_equal_to_start(self, programme):
        errors = self.clean(programme, end=days_ahead(5, 9))
        assert errors["end"] == ["The event must end after it starts."]

    @pytest.mark.parametrize("mode", ["physical", "hybrid"])
    def test_in_person_needs_venue_and_city(self, programme, mode):
        errors = self.clean(
            programme,
            mode=mode,
            venue_name="",
            city="",
            online_url="https://example.org",
        )
        assert errors["venue_name"] == ["Events held in person or hybrid need a venue."]
        assert errors["city"] == ["Events held in person or hybrid need a city."]

    @pytest.mark.parametrize("mode", ["online", "hybrid"])
    def test_online_needs_a_link(self, programme, mode):
        errors = self.clean(programme, mode=mode, online_url="")
        assert errors["online_url"] == [
            "Online and hybrid events need a public link or a private join link."
        ]

    @pytest.mark.parametrize("mode", ["online", "hybrid"])
    def test_a_private_join_link_is_enough(self, programme, mode):
        event = EventPage(
            title="Test",
            start=days_ahead(5, 9),
            end=days_ahead(5, 11),
            format="talk",
            mode=mode,
            venue_name="Dokk1",
            city="Aarhus",
            private_join_url="https://teams.example.dk/meet/1",
        )
        event.clean()

    def test_capacity_must_be_positive(self, programme):
        errors = self.clean(programme, capacity=0)
        assert (
            "Capacity must be a positive number; leave it blank for no limit."
            in (errors["capacity"])
        )

    def test_deadline_not_after_the_end(self, programme):
        errors = self.clean(programme, signup_deadline=days_ahead(6))
        assert errors["signup_deadline"] == [
            "The signup deadline must not be after the event has ended."
        ]

    def test_unknown_audience_value(self, programme):
        errors = self.clean(programme, audience=["municipality", "aliens"])
        assert errors["audience"] == ["Unknown value: aliens"]

    def test_a_valid_event_passes(self, programme):
        event = make_event(programme, capacity=10, signup_deadline=days_ahead(29))
        event.full_clean()


def test_signup_deadline_is_shown_in_local_time(client, programme):
    event = make_event(programme, signup_deadline=days_ahead(20, 0, 30))
    facts = soup_of(client.get(event.url)).select_one(".lu-event__facts")
    deadline = facts.find("dt", string="Signup deadline").find_next("dd")
    assert deadline.time["datetime"] == days_ahead(20, 0, 30).isoformat()
    assert deadline.get_text().endswith(", 00:30")

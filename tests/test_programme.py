import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.builders import (
    days_ahead,
    make_event,
    make_organisation,
    make_programme,
    make_theme,
)


def titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [h.get_text(strip=True) for h in soup.select(".lu-event-card__title")]


def error_messages(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [li.get_text(strip=True) for li in soup.select(".lu-error-summary li")]


@pytest.fixture
def varied(programme):
    """Four events that differ in every filterable way."""
    trivsel = make_theme("Ledertrivsel")
    ai = make_theme("AI og digitalisering")
    aarhus = make_organisation("Aarhus Kommune")
    region = make_organisation("Region Syddanmark", sector="region")
    kl = make_organisation("KL", sector="other")
    return {
        "salon": make_event(
            programme,
            title="Ledelsessalon om trivsel",
            start=days_ahead(10, 15),
            format="salon",
            themes=[trivsel],
            organisers=[aarhus],
            audience=["municipality", "middle_leaders"],
        ),
        "webinar": make_event(
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
            organisers=[kl, region],
            audience=["state", "top_leaders"],
        ),
        "conference": make_event(
            programme,
            title="Konference i Odense",
            start=days_ahead(11, 9),
            format="conference",
            city="Odense",
            region="syddanmark",
            themes=[ai, trivsel],
            organisers=[region],
            audience=["region", "top_leaders"],
        ),
        "debate": make_event(
            programme,
            title="Debat om ledelsesrum",
            start=days_ahead(12, 9),
            format="debate",
            mode="hybrid",
            online_url="https://example.org/debat",
            organisers=[aarhus, kl],
        ),
    }


def test_upcoming_events_sorted_by_start_and_grouped_by_day(client, programme, varied):
    response = client.get(programme.url)
    assert response.status_code == 200
    assert titles(response) == [
        "Ledelsessalon om trivsel",
        "Konference i Odense",
        "Webinar om kunstig intelligens",
        "Debat om ledelsesrum",
    ]
    soup = BeautifulSoup(response.content, "html.parser")
    days = soup.select(".lu-day")
    assert [len(day.select(".lu-event-card")) for day in days] == [1, 2, 1]
    assert days[0].h3.get_text(strip=True).startswith(days_ahead(10).strftime("%A"))


def test_past_events_only_in_archive(client, programme, varied):
    make_event(
        programme,
        title="Sidste års konference",
        start=days_ahead(-400),
    )
    assert "Sidste års konference" not in titles(client.get(programme.url))
    archive = client.get(programme.url + "archive/")
    assert archive.status_code == 200
    assert titles(archive) == ["Sidste års konference"]


def test_draft_events_are_not_listed(client, programme):
    make_event(programme, title="Kladde", publish=False)
    assert titles(client.get(programme.url)) == []


def test_only_children_of_this_programme(client, programme, varied):
    other = make_programme(title="Intranettets program")
    make_event(other, title="Internt arrangement")
    assert "Internt arrangement" not in titles(client.get(programme.url))
    assert titles(client.get(other.url)) == ["Internt arrangement"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("theme=ledertrivsel", {"salon", "conference"}),
        ("theme=ai-og-digitalisering", {"webinar", "conference"}),
        ("format=webinar", {"webinar"}),
        ("mode=hybrid", {"debate"}),
        ("mode=physical", {"salon", "conference", "debate"}),
        ("mode=online", {"webinar", "debate"}),
        ("audience=top_leaders", {"webinar", "conference"}),
        ("audience=municipality", {"salon"}),
        ("region=syddanmark", {"conference"}),
        ("organiser=kl", {"webinar", "debate"}),
        ("organiser=region-syddanmark", {"webinar", "conference"}),
        ("q=kunstig", {"webinar"}),
        ("q=Odense", {"conference"}),
    ],
)
def test_each_filter_alone(client, programme, varied, query, expected):
    response = client.get(f"{programme.url}?{query}")
    assert response.status_code == 200
    assert set(titles(response)) == {varied[key].title for key in expected}
    assert error_messages(response) == []


def test_day_filter(client, programme, varied):
    day = days_ahead(11).date().isoformat()
    response = client.get(f"{programme.url}?day={day}")
    assert set(titles(response)) == {
        "Konference i Odense",
        "Webinar om kunstig intelligens",
    }


def test_day_filter_includes_events_spanning_that_day(client, programme):
    make_event(
        programme,
        title="Todages konference",
        start=days_ahead(20, 9),
        end=days_ahead(21, 16),
    )
    day = days_ahead(21).date().isoformat()
    assert titles(client.get(f"{programme.url}?day={day}")) == ["Todages konference"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("theme=ledertrivsel&region=syddanmark", {"conference"}),
        ("theme=ai-og-digitalisering&mode=online", {"webinar"}),
        ("organiser=aarhus-kommune&format=debate", {"debate"}),
        ("audience=top_leaders&organiser=kl", {"webinar"}),
        ("theme=ledertrivsel&format=webinar", set()),
        ("q=om&theme=ledertrivsel", {"salon"}),
    ],
)
def test_filters_combine(client, programme, varied, query, expected):
    response = client.get(f"{programme.url}?{query}")
    assert set(titles(response)) == {varied[key].title for key in expected}


def test_no_match_says_so(client, programme, varied):
    response = client.get(f"{programme.url}?theme=ledertrivsel&format=webinar")
    assert b"No events match your filters." in response.content


def test_a_filter_matching_two_themes_lists_an_event_once(client, programme, varied):
    response = client.get(f"{programme.url}?q=Konference&theme=ledertrivsel")
    assert titles(response) == ["Konference i Odense"]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("theme=findes-ikke", "There is no theme “findes-ikke” in this programme"),
        ("format=karaoke", "“karaoke” is not an event format"),
        ("mode=telepati", "“telepati” is not a form of attendance"),
        ("audience=alle", "“alle” is not an audience"),
        ("region=skaane", "“skaane” is not a Danish region"),
        ("organiser=ingen", "There is no organiser “ingen” in this programme"),
        ("day=27-10-2026", "Write the day as YYYY-MM-DD"),
        ("day=2026-02-30", "Write the day as YYYY-MM-DD"),
        ("day=9999-12-31", "Write the day as YYYY-MM-DD"),
        ("day=0001-01-01", "Write the day as YYYY-MM-DD"),
    ],
)
def test_bad_filter_values_are_explained_and_ignored(
    client, programme, varied, query, message
):
    response = client.get(f"{programme.url}?{query}")
    assert response.status_code == 200
    assert len(error_messages(response)) == 1
    assert error_messages(response)[0].startswith(message)
    assert len(titles(response)) == 4


def test_error_summary_links_to_the_field(client, programme, varied):
    response = client.get(f"{programme.url}?format=karaoke")
    soup = BeautifulSoup(response.content, "html.parser")
    link = soup.select_one(".lu-error-summary a")
    assert link["href"] == "#id_format"
    select = soup.select_one("#id_format")
    assert select["aria-invalid"] == "true"
    error = soup.select_one("#" + select["aria-describedby"])
    assert error.get_text().startswith("“karaoke” is not an event format")


def test_a_bad_filter_does_not_undo_the_good_ones(client, programme, varied):
    response = client.get(f"{programme.url}?format=karaoke&region=syddanmark")
    assert titles(response) == ["Konference i Odense"]


def test_filter_values_are_kept_in_the_form(client, programme, varied):
    response = client.get(f"{programme.url}?region=syddanmark&q=Odense")
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("#id_region option[selected]")["value"] == "syddanmark"
    assert soup.select_one("#id_q")["value"] == "Odense"


def test_theme_and_organiser_choices_come_from_the_events(client, programme, varied):
    make_theme("Tema uden arrangementer")
    response = client.get(programme.url)
    soup = BeautifulSoup(response.content, "html.parser")
    themes = [option["value"] for option in soup.select("#id_theme option")]
    assert themes == ["", "ai-og-digitalisering", "ledertrivsel"]
    organisers = [option["value"] for option in soup.select("#id_organiser option")]
    assert organisers == ["", "aarhus-kommune", "kl", "region-syddanmark"]


class TestPagination:
    @pytest.fixture(autouse=True)
    def small_pages(self, settings):
        settings.WAGTAIL_LEDELSESUGEN = {"PROGRAMME_PAGE_SIZE": 2}

    @pytest.fixture
    def five(self, programme):
        return [
            make_event(programme, title=f"Arrangement nr. {n}", start=days_ahead(n))
            for n in range(1, 6)
        ]

    def test_pages_follow_each_other(self, client, programme, five):
        first = client.get(programme.url)
        assert titles(first) == ["Arrangement nr. 1", "Arrangement nr. 2"]
        soup = BeautifulSoup(first.content, "html.parser")
        assert soup.select_one("a[rel=next]")["href"] == "?page=2"
        third = client.get(programme.url + "?page=3")
        assert titles(third) == ["Arrangement nr. 5"]
        assert (
            BeautifulSoup(third.content, "html.parser").select_one("a[rel=next]")
            is None
        )

    def test_pagination_keeps_the_filters(self, client, programme, five):
        response = client.get(programme.url + "?format=talk")
        soup = BeautifulSoup(response.content, "html.parser")
        assert soup.select_one("a[rel=next]")["href"] == "?format=talk&page=2"

    @pytest.mark.parametrize("page", ["4", "999", "0", "-1", "abc"])
    def test_page_out_of_range_is_a_normal_page_with_a_message(
        self, client, programme, five, page
    ):
        response = client.get(f"{programme.url}?page={page}")
        assert response.status_code == 200
        assert titles(response) == []
        assert f"There is no page “{page}” in this list. It has 3 pages.".encode() in (
            response.content
        )


def add_events(programme, count, themes, organisations):
    for n in range(count):
        make_event(
            programme,
            start=days_ahead(1 + n % 5, 8 + n % 8),
            themes=themes[: 1 + n % 3],
            organisers=organisations[: 1 + n % 2],
        )


@pytest.fixture
def taxonomy(db):
    return (
        [make_theme(f"Tema {n}") for n in range(3)],
        [make_organisation(f"Organisation nr. {n}") for n in range(3)],
    )


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("count", [4, 30])
def test_query_count_is_bounded(
    client, programme, taxonomy, django_assert_max_num_queries, count, settings
):
    settings.WAGTAIL_LEDELSESUGEN = {"PROGRAMME_PAGE_SIZE": 200}
    add_events(programme, count, *taxonomy)
    client.get(programme.url)  # Wagtail caches the site's root paths.
    with django_assert_max_num_queries(13):
        response = client.get(programme.url)
    assert len(titles(response)) == count
    with django_assert_max_num_queries(14):
        response = client.get(f"{programme.url}?theme=tema-1&q=Arrangement")
    assert len(titles(response)) == len([n for n in range(count) if n % 3 >= 1])


@pytest.mark.parametrize("query", ["", "?theme=tema-1&organiser=organisation-nr-0"])
def test_query_count_does_not_grow_with_events(
    client, programme, taxonomy, settings, query
):
    settings.WAGTAIL_LEDELSESUGEN = {"PROGRAMME_PAGE_SIZE": 200}
    add_events(programme, 4, *taxonomy)
    client.get(programme.url)
    with_four = count_queries(client, programme.url + query)
    add_events(programme, 26, *taxonomy)
    assert count_queries(client, programme.url + query) == with_four


def test_views_navigation(client, programme, varied):
    response = client.get(programme.url)
    soup = BeautifulSoup(response.content, "html.parser")
    links = {a.get_text(strip=True): a["href"] for a in soup.select(".lu-subnav a")}
    assert links == {
        "Upcoming events": programme.url,
        "Past events": programme.url + "archive/",
    }
    assert (
        soup.select_one(".lu-subnav [aria-current=page]").get_text()
        == "Upcoming events"
    )


def test_multi_day_event_listed_once_on_its_first_day(client, programme):
    make_event(
        programme,
        title="Todages ledertræf",
        start=days_ahead(5, 9),
        end=days_ahead(6, 15),
    )
    response = client.get(programme.url)
    assert titles(response) == ["Todages ledertræf"]
    soup = BeautifulSoup(response.content, "html.parser")
    when = soup.select_one(".lu-event-card time").get_text()
    assert " to " in when
    assert (days_ahead(6) - days_ahead(5)) == datetime.timedelta(days=1)

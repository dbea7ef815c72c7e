"""View-restricted pages never appear in public listings, feeds, counts,
filter choices, links or the sitemap; a restricted index still lists its own
pages to the visitors who passed its restriction."""

import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.contrib.sites.requests import RequestSite
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse
from wagtail.contrib.sitemaps.sitemap_generator import Sitemap
from wagtail.models import Locale, PageViewRestriction, Site

from tests.builders import (
    days_ahead,
    make_article,
    make_article_index,
    make_event,
    make_media_index,
    make_organisation,
    make_person,
    make_programme,
    make_recording,
    make_startkit,
    make_startkit_index,
    make_theme,
    make_week,
    root_page,
    translate_page,
)
from wagtail_ledelsesugen.models import FeaturedItem, LeadershipWeekSettings

pytestmark = pytest.mark.django_db

PASSWORD = "hemmelig"


def restrict_with_password(page):
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
    )


def restrict_to_a_group(page):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get_or_create(name="Bestyrelsen")[0])
    return restriction


@pytest.fixture(params=[restrict_with_password, restrict_to_a_group])
def restrict(request):
    """Each test runs with a password restriction and with a group restriction."""
    return request.param


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def texts(soup, selector):
    return [element.get_text(strip=True) for element in soup.select(selector)]


def choices(soup, name):
    """The values a filter offers, without the blank "all" option."""
    return [
        option["value"]
        for option in soup.select(f"select[name={name}] option")
        if option["value"]
    ]


# The programme, its filter choices and its calendar


@pytest.fixture
def events(programme, restrict):
    """A public event and a restricted one with its own theme, organiser and day."""
    public = make_event(
        programme,
        title="Åbent arrangement",
        start=days_ahead(10),
        themes=[make_theme("Ledertrivsel")],
        organisers=[make_organisation("Aarhus Kommune")],
    )
    private = make_event(
        programme,
        title="Lukket møde",
        intro="Kun for bestyrelsen.",
        start=days_ahead(12),
        mode="online",
        online_url="https://example.org/lukket-mode",
        venue_name="",
        city="",
        region="",
        themes=[make_theme("Hemmelig strategi")],
        organisers=[make_organisation("Lukket Forening")],
    )
    restrict(private)
    return public, private


def test_programme_lists_only_public_events(client, programme, events):
    public, private = events
    soup = soup_of(client.get(programme.url))
    assert texts(soup, ".lu-event-card__title") == [public.title]
    assert texts(soup, ".lu-result-count") == ["1 event"]
    assert len(soup.select(".lu-day")) == 1


def test_filters_offer_nothing_only_a_restricted_event_uses(client, programme, events):
    soup = soup_of(client.get(programme.url))
    assert choices(soup, "theme") == ["ledertrivsel"]
    assert choices(soup, "organiser") == ["aarhus-kommune"]


def test_archive_lists_only_public_events(client, programme, restrict):
    make_event(programme, title="Afholdt åbent", start=days_ahead(-10))
    restrict(make_event(programme, title="Afholdt lukket", start=days_ahead(-12)))
    soup = soup_of(client.get(programme.url + "archive/"))
    assert texts(soup, ".lu-event-card__title") == ["Afholdt åbent"]


def test_calendar_feed_leaves_out_restricted_events(client, programme, events):
    response = client.get(programme.url + "ical/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "Åbent arrangement" in content
    for secret in ("Lukket møde", "Kun for bestyrelsen", "lukket-mode"):
        assert secret not in content


# The landing page


def test_landing_page_leaves_out_restricted_featured_pages(client, restrict):
    week = make_week(title="Ledelsesugen 2030", slug="lu-2030", year=2030)
    programme = make_programme(parent=week)
    public = make_event(programme, title="Udvalgt og åbent")
    private = make_event(programme, title="Udvalgt og lukket")
    restrict(private)
    week.featured_items = [
        FeaturedItem(featured_page=private),
        FeaturedItem(featured_page=public),
    ]
    week.save_revision().publish()
    soup = soup_of(client.get(week.url))
    assert texts(soup, ".lu-card__title a") == [public.title]
    assert [item.featured_page for item, _page in week.get_featured()] == [public]


def test_a_featured_page_below_a_restricted_section_is_left_out(client, restrict):
    section = make_article_index(title="Lukket sektion", slug="lukket-sektion")
    below = make_article(section, title="Under sektionen")
    restrict(section)
    week = make_week(title="Ledelsesugen 2031", slug="lu-2031", year=2031)
    week.featured_items = [FeaturedItem(featured_page=below)]
    week.save_revision().publish()
    assert b"Under sektionen" not in client.get(week.url).content


def test_landing_page_does_not_link_a_restricted_programme(client, restrict):
    week = make_week(title="Ledelsesugen 2030", slug="lu-2030", year=2030)
    restrict(make_programme(parent=week, title="Lukket program"))
    default = make_programme(title="Standardprogram")
    settings = LeadershipWeekSettings.for_site(Site.objects.get(is_default_site=True))
    settings.default_programme_page = default
    settings.save()
    soup = soup_of(client.get(week.url))
    assert soup.select_one(".lu-hero .lu-button")["href"] == default.url
    restrict(default)
    assert soup_of(client.get(week.url)).select_one(".lu-hero .lu-button") is None


# Articles: the index, its feeds, author pages and lists, related articles


@pytest.fixture
def articles(restrict):
    index = make_article_index(title="Artikler", slug="artikler")
    shared = make_person("Mette Hansen")
    only_private = make_person("Skjult Skribent")
    theme = make_theme("Ledertrivsel")
    public = make_article(index, title="Åben artikel", authors=[shared], themes=[theme])
    private = make_article(
        index,
        title="Lukket artikel",
        authors=[shared, only_private],
        themes=[theme, make_theme("Hemmelig strategi")],
    )
    restrict(private)
    return index, public, private


def test_article_index_lists_only_public_articles(client, articles):
    index, public, _private = articles
    soup = soup_of(client.get(index.url))
    assert "Lukket artikel" not in soup.get_text()
    assert public.title in soup.get_text()
    assert choices(soup, "theme") == ["ledertrivsel"]
    assert choices(soup, "author") == ["mette-hansen"]


@pytest.mark.parametrize("feed", ["rss/", "atom/"])
def test_article_feeds_leave_out_restricted_articles(client, articles, feed):
    index, public, _private = articles
    response = client.get(index.url + feed)
    assert response.status_code == 200
    ET.fromstring(response.content)
    assert public.title.encode() in response.content
    assert b"Lukket artikel" not in response.content
    assert b"Skjult Skribent" not in response.content


def test_author_pages_show_only_public_articles(client, articles):
    index, public, _private = articles
    soup = soup_of(client.get(index.url + "author/mette-hansen/"))
    assert public.title in soup.get_text()
    assert "Lukket artikel" not in soup.get_text()
    assert client.get(index.url + "author/skjult-skribent/").status_code == 404


def test_related_articles_leave_out_restricted_ones(client, articles):
    _index, public, private = articles
    assert public.related_articles() == []
    assert b"Lukket artikel" not in client.get(public.url).content


# Startkits and recordings


def test_startkit_index_and_its_choices_leave_out_restricted_ones(client, restrict):
    index = make_startkit_index()
    make_startkit(index, title="Åben salon", themes=[make_theme("Ledertrivsel")])
    private = make_startkit(
        index, title="Lukket salon", themes=[make_theme("Hemmelig strategi")]
    )
    restrict(private)
    soup = soup_of(client.get(index.url))
    assert "Åben salon" in soup.get_text()
    assert "Lukket salon" not in soup.get_text()
    assert choices(soup, "theme") == ["ledertrivsel"]


def test_video_index_and_its_choices_leave_out_restricted_ones(client, restrict):
    index = make_media_index()
    make_recording(
        index,
        title="Åben optagelse",
        year=2025,
        themes=[make_theme("Ledertrivsel")],
        speakers=[make_person("Mette Hansen")],
    )
    private = make_recording(
        index,
        title="Lukket optagelse",
        year=2024,
        themes=[make_theme("Hemmelig strategi")],
        speakers=[make_person("Skjult Taler")],
    )
    restrict(private)
    soup = soup_of(client.get(index.url))
    assert "Åben optagelse" in soup.get_text()
    assert "Lukket optagelse" not in soup.get_text()
    assert choices(soup, "theme") == ["ledertrivsel"]
    assert choices(soup, "year") == ["2025"]
    assert choices(soup, "speaker") == ["mette-hansen"]


def test_a_recording_does_not_link_a_restricted_event(client, programme, restrict):
    event = make_event(programme, title="Lukket konference", start=days_ahead(-30))
    restrict(event)
    recording = make_recording(make_media_index(), event=event)
    assert recording.recorded_event is None
    soup = soup_of(client.get(recording.url))
    assert soup.select_one(".lu-recording__event") is None
    assert "Lukket konference" not in soup.get_text()


def test_an_event_page_does_not_list_restricted_recordings(client, programme, restrict):
    event = make_event(programme, title="Afholdt", start=days_ahead(-30))
    index = make_media_index()
    make_recording(index, title="Åben optagelse", event=event)
    restrict(make_recording(index, title="Lukket optagelse", event=event))
    soup = soup_of(client.get(event.url))
    assert texts(soup, ".lu-event__recordings a") == ["Åben optagelse"]


# The sitemap


def test_sitemap_leaves_out_restricted_pages(programme, events, restrict):
    public, private = events
    section = make_article_index(title="Lukket sektion", slug="lukket-sektion")
    below = make_article(section, title="Under sektionen", slug="under-sektionen")
    restrict(section)
    request = RequestFactory().get("/", HTTP_HOST="localhost")
    urls = [
        url["location"] for url in Sitemap(request).get_urls(site=RequestSite(request))
    ]
    assert public.get_full_url(request) in urls
    assert programme.get_full_url(request) in urls
    for page in (private, section, below):
        assert page.get_full_url(request) not in urls


# A restricted index lists its own pages to those who passed its restriction


def pass_password(client, restriction):
    """Enter the restriction's password as a visitor would."""
    url = reverse(
        "wagtailcore_authenticate_with_password",
        args=[restriction.pk, restriction.page_id],
    )
    response = client.post(url, {"password": PASSWORD, "return_url": "/"})
    assert response.status_code == 302


def test_a_password_protected_programme_lists_its_events_after_the_password(
    client, programme
):
    restriction = restrict_with_password(programme)
    make_event(programme, title="Bag adgangskoden")
    own = make_event(programme, title="Med sin egen adgangskode")
    restrict_with_password(own)
    assert b"Bag adgangskoden" not in client.get(programme.url).content
    pass_password(client, restriction)
    soup = soup_of(client.get(programme.url))
    assert texts(soup, ".lu-event-card__title") == ["Bag adgangskoden"]
    calendar = client.get(programme.url + "ical/").content
    assert b"Bag adgangskoden" in calendar
    assert b"Med sin egen adgangskode" not in calendar


def test_a_group_only_article_index_lists_its_articles_to_the_group(
    client, django_user_model
):
    index = make_article_index(title="Bestyrelsens artikler", slug="bestyrelsen")
    restriction = restrict_to_a_group(index)
    make_article(index, title="Til bestyrelsen")
    restrict_with_password(make_article(index, title="Kun for redaktionen"))
    member = django_user_model.objects.create_user("medlem", password="x")
    member.groups.add(restriction.groups.get())
    client.force_login(member)
    assert "Til bestyrelsen" in soup_of(client.get(index.url)).get_text()
    feed = client.get(index.url + "rss/").content
    assert b"Til bestyrelsen" in feed
    assert b"Kun for redaktionen" not in feed


def test_a_restricted_source_index_does_not_lend_its_pages_to_a_translation(
    client, programme, restrict
):
    english = Locale.objects.create(language_code="en")
    make_event(programme, title="Kun på dansk")
    english_programme = translate_page(programme, english)
    assert b"Kun p" in client.get(english_programme.url).content
    restrict(programme)
    assert b"Kun p" not in client.get(english_programme.url).content


# Language links


SWITCHER = Template("{% load ledelsesugen_tags %}{% language_switcher %}")


def test_language_switcher_does_not_link_a_restricted_translation(programme, restrict):
    event = make_event(programme, title="Tillid", slug="tillid")
    english = Locale.objects.create(language_code="en")
    english_event = translate_page(event, english)
    english_event.slug = "trust"
    english_event.save_revision().publish()
    english_event.refresh_from_db()
    english_home = root_page().get_translation(english)
    restrict(english_event)
    request = RequestFactory().get("/", HTTP_HOST="localhost")
    html = SWITCHER.render(Context({"request": request, "page": event}))
    assert f'href="{english_home.get_url()}" hreflang="en"' in html
    assert english_event.get_url() not in html


# Query counts stay within the budgets of the listings' own tests


def test_programme_queries_stay_within_budget_with_restrictions(
    client, programme, restrict, django_assert_max_num_queries
):
    theme = make_theme("Ledertrivsel")
    for number in range(10):
        event = make_event(programme, title=f"Arrangement {number}", themes=[theme])
        if number % 3 == 0:
            restrict(event)
    client.get(programme.url)
    with django_assert_max_num_queries(13):
        response = client.get(programme.url)
    assert len(soup_of(response).select(".lu-event-card")) == 6
    with django_assert_max_num_queries(10):
        assert client.get(programme.url + "ical/").status_code == 200


def test_article_index_queries_stay_within_budget_with_restrictions(
    client, restrict, django_assert_max_num_queries
):
    index = make_article_index()
    person = make_person("Mette Hansen")
    for number in range(10):
        article = make_article(index, title=f"Artikel {number}", authors=[person])
        if number % 3 == 0:
            restrict(article)
    client.get(index.url)
    with django_assert_max_num_queries(15):
        response = client.get(index.url)
    assert len(soup_of(response).select(".lu-article-card")) == 6
    with django_assert_max_num_queries(11):
        assert client.get(index.url + "rss/").status_code == 200

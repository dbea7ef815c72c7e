"""The article index's Atom feed, beside its RSS feed."""

import datetime
import xml.etree.ElementTree as ET

import feedparser
import pytest
from bs4 import BeautifulSoup
from wagtail.models import Site

from tests.builders import (
    make_article,
    make_article_index,
    make_organisation,
    make_person,
    make_theme,
)


@pytest.fixture
def index(db):
    return make_article_index(
        title="Debat og artikler", intro="Debat om offentlig ledelse."
    )


@pytest.fixture
def articles(index):
    anne = make_person(
        "Anne-Marie Holm", organisation=make_organisation("Køge Kommune")
    )
    jesper = make_person("Jesper Kronborg", job_title="Professor")
    return {
        "debate": make_article(
            index,
            title="Giv lederne mere ledelsesrum",
            kind="debate",
            authors=[anne],
            themes=[make_theme("Ledertrivsel")],
            lead="Tillid frem for kontrol.",
            publication_date=datetime.date(2026, 9, 1),
        ),
        "column": make_article(
            index,
            title="Kunstig intelligens i jobcentret",
            kind="column",
            authors=[jesper, anne],
            publication_date=datetime.date(2026, 5, 1),
        ),
        "news": make_article(
            index,
            title="Programmet er åbent",
            kind="news",
            publication_date=datetime.date(2025, 8, 15),
        ),
    }


ATOM = "{http://www.w3.org/2005/Atom}"


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return feedparser.parse(response.content)


def test_atom_feed_is_valid_atom_1(client, index, articles):
    response = client.get(index.url + "atom/")
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.title == "Debat og artikler"
    assert feed.feed.subtitle == "Debat om offentlig ledelse."
    assert feed.feed.link == index.get_full_url()
    (self_link,) = [link for link in feed.feed.links if link.rel == "self"]
    assert self_link.href == "http://testserver" + index.url + "atom/"
    assert feed.feed.language == "da"
    assert feed.feed.updated_parsed is not None


def test_atom_entries(client, index, articles):
    feed = parse(client, index.url + "atom/")
    assert [entry.title for entry in feed.entries] == [
        "Giv lederne mere ledelsesrum",
        "Kunstig intelligens i jobcentret",
        "Programmet er åbent",
    ]
    column = feed.entries[1]
    article = articles["column"]
    assert column.link == article.get_full_url()
    assert column.link.startswith("http://localhost/")
    assert column.id == article.get_full_url()
    assert column.summary == article.lead
    assert column.published.startswith("2026-05-01T00:00:00+02:00")
    assert column.updated_parsed >= column.published_parsed
    assert [(author.name, author.href) for author in column.authors] == [
        ("Jesper Kronborg", index.get_full_url() + "author/jesper-kronborg/"),
        ("Anne-Marie Holm", index.get_full_url() + "author/anne-marie-holm/"),
    ]
    assert [tag.term for tag in feed.entries[0].tags] == ["Ledertrivsel"]


def test_the_site_is_the_author_of_articles_without_a_byline(client, index, articles):
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Ledelsesugen"
    site.save()
    response = client.get(index.url + "atom/")
    feed = feedparser.parse(response.content)
    assert feed.feed.author == "Ledelsesugen"
    news = ET.fromstring(response.content).findall(f"{ATOM}entry")[2]
    assert news.find(f"{ATOM}author") is None


def test_without_a_site_name_the_index_is_the_author(client, index, articles):
    assert parse(client, index.url + "atom/").feed.author == "Debat og artikler"


def test_atom_and_rss_hold_the_same_twenty_articles(client, index):
    for n in range(25):
        make_article(
            index,
            title=f"Nr. {n}",
            publication_date=datetime.date(2026, 1, 1) + datetime.timedelta(days=n),
        )
    atom = parse(client, index.url + "atom/")
    rss = parse(client, index.url + "rss/")
    assert len(atom.entries) == 20
    assert [e.link for e in atom.entries] == [e.link for e in rss.entries]


def test_empty_atom_feed_is_valid(client, index):
    feed = parse(client, index.url + "atom/")
    assert not feed.bozo
    assert feed.entries == []


@pytest.mark.parametrize("count", [3, 40])
def test_atom_feed_queries_do_not_grow(
    client, index, django_assert_max_num_queries, count
):
    people = [make_person(f"Person nr. {n}") for n in range(4)]
    themes = [make_theme(f"Tema nr. {n}") for n in range(3)]
    for n in range(count):
        make_article(
            index,
            authors=people[n % 4 : n % 4 + 1 + n % 2],
            themes=themes[: 1 + n % 3],
        )
    client.get(index.url + "atom/")
    with django_assert_max_num_queries(11):
        assert client.get(index.url + "atom/").status_code == 200


def alternates(response):
    head = BeautifulSoup(response.content, "html.parser").head
    return {
        link["type"]: (link["href"], link["title"])
        for link in head.select('link[rel="alternate"]')
    }


def test_index_and_author_pages_advertise_both_feeds(client, index, articles):
    expected = {
        "application/rss+xml": (index.url + "rss/", "Debat og artikler"),
        "application/atom+xml": (index.url + "atom/", "Debat og artikler (Atom)"),
    }
    assert alternates(client.get(index.url)) == expected
    assert alternates(client.get(index.url + "author/anne-marie-holm/")) == expected


def test_article_page_advertises_its_index_feeds(client, index, articles):
    response = client.get(articles["debate"].url)
    assert alternates(response)["application/atom+xml"] == (
        index.url + "atom/",
        "Debat og artikler (Atom)",
    )


def test_index_links_to_both_feeds(client, index, articles):
    soup = BeautifulSoup(client.get(index.url).content, "html.parser")
    links = {a.get_text(strip=True): a["href"] for a in soup.select(".lu-feed a")}
    assert links == {
        "Follow the articles by RSS": index.url + "rss/",
        "Follow the articles by Atom": index.url + "atom/",
    }

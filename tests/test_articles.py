"""Articles: the article page, the index with filters, author pages, RSS and demo."""

import datetime
import itertools
import json
import urllib.parse
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from tests.builders import make_organisation, make_person, make_theme, root_page
from wagtail_ledelsesugen.blocks import ArticleBodyBlock
from wagtail_ledelsesugen.choices import ArticleKind
from wagtail_ledelsesugen.dates import local_today
from wagtail_ledelsesugen.demo.builder import DemoBuilder, Tally
from wagtail_ledelsesugen.models import (
    ArticleAuthor,
    ArticleIndexPage,
    ArticlePage,
    ArticlePortrayed,
)

_counter = itertools.count(1)


def make_index(parent=None, **kwargs):
    kwargs.setdefault("title", "Debat og artikler")
    kwargs.setdefault("slug", f"debat-{next(_counter)}")
    index = ArticleIndexPage(**kwargs)
    (parent or root_page()).add_child(instance=index)
    return index


def make_article(
    index, authors=(), portrayed=(), themes=(), publish=True, revision=True, **kwargs
):
    """An article under ``index``; ``authors`` and ``portrayed`` are people.

    It is published from a revision, as the admin does, so the search index
    holds the byline: saved directly (``revision=False``, faster), the page is
    indexed before its inline rows are saved.
    """
    number = next(_counter)
    kwargs.setdefault("title", f"Artikel {number}")
    kwargs.setdefault("slug", f"artikel-{number}")
    kwargs.setdefault("lead", "En kort indledning om offentlig ledelse.")
    kwargs.setdefault("publication_date", datetime.date(2026, 10, 1))
    kwargs.setdefault("body", [("paragraph", "<p>Ledelse handler om mennesker.</p>")])
    article = ArticlePage(themes=list(themes), **kwargs)
    article.authors = [ArticleAuthor(person=person) for person in authors]
    article.portrayed = [ArticlePortrayed(person=person) for person in portrayed]
    article.live = publish and not revision
    index.add_child(instance=article)
    if revision:
        draft = article.save_revision()
        if publish:
            draft.publish()
            article.refresh_from_db()
    return article


def article_form(title="Ny artikel", authors=(), portrayed=(), **fields):
    """POST data of the article form in the admin."""
    data = {
        "title": title,
        "slug": "ny-artikel",
        "kind": "interview",
        "lead": "En indledning.",
        "publication_date": "",
        "hero_image": "",
        "hero_alt_text": "",
        "body": streamfield([("paragraph", rich_text("<p>Brødtekst.</p>"))]),
        "authors": inline_formset([{"person": person.pk} for person in authors]),
        "portrayed": inline_formset([{"person": person.pk} for person in portrayed]),
        **fields,
    }
    return nested_form_data(data)


def make_image(title="Billede"):
    return get_image_model().objects.create(title=title, file=get_test_image_file())


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def titles(response):
    return [
        h.get_text(strip=True)
        for h in soup_of(response).select(".lu-article-card__title")
    ]


def error_messages(response):
    return [
        li.get_text(strip=True)
        for li in soup_of(response).select(".lu-error-summary li")
    ]


def text(element):
    """The text of ``element`` with its whitespace collapsed."""
    return " ".join(element.get_text().split())


def structured_data_of(soup):
    return json.loads(soup.select_one('script[type="application/ld+json"]').string)


def structured_data(response):
    return structured_data_of(soup_of(response))


@pytest.fixture
def index(db):
    return make_index()


@pytest.fixture
def people(db):
    koege = make_organisation("Køge Kommune")
    au = make_organisation("Aarhus Universitet", sector="state")
    return {
        "anne": make_person(
            "Anne-Marie Holm",
            job_title="Kommunaldirektør",
            organisation=koege,
            bio="Kommunaldirektør siden 2021.",
        ),
        "jesper": make_person(
            "Jesper Kronborg",
            job_title="Professor i offentlig ledelse",
            organisation=au,
            bio="Forsker i ledelse og motivation.",
        ),
        "camilla": make_person("Camilla Brix Jensen", job_title="Skoleleder"),
    }


@pytest.fixture
def article(index, people):
    return make_article(
        index,
        title="Giv lederne tættest på borgerne mere ledelsesrum",
        kind="debate",
        authors=[people["anne"], people["jesper"]],
        themes=[make_theme("Ledelsesrum")],
        lead="Vi har brugt ti år på at styre. Nu skal vi lede.",
        body=[
            ("heading", "Tillid frem for kontrol"),
            ("paragraph", "<p>Første afsnit om tillid.</p>"),
            ("quote", {"quote": "Ledelse er at vælge.", "attribution": "Anne"}),
        ],
    )


# The article page


def test_article_page_shows_kind_title_lead_date_and_body(client, article):
    response = client.get(article.url)
    assert response.status_code == 200
    soup = soup_of(response)
    header = soup.select_one(".lu-article__header")
    assert header.h1.get_text(strip=True) == article.title
    assert header.select_one(".lu-article-kind").get_text(strip=True) == "Debate post"
    assert header.select_one(".lu-lead").get_text(strip=True) == article.lead
    assert header.time["datetime"] == "2026-10-01"
    body = soup.select_one(".lu-article__body")
    assert body.h2.get_text(strip=True) == "Tillid frem for kontrol"
    assert body.select_one(".lu-quote figcaption").get_text(strip=True) == "Anne"
    themes = [li.get_text(strip=True) for li in soup.select(".lu-tags li")]
    assert themes == ["Ledelsesrum"]


@pytest.mark.parametrize(
    ("kind", "label"),
    [
        ("article", "Article"),
        ("debate", "Debate post"),
        ("column", "Column"),
        ("portrait", "Leader portrait"),
        ("interview", "Interview"),
        ("news", "News"),
    ],
)
def test_each_kind_is_labelled(client, index, kind, label):
    article = make_article(index, kind=kind)
    label_element = soup_of(client.get(article.url)).select_one(".lu-article-kind")
    assert label_element.get_text(strip=True) == label


def test_byline_names_the_authors_in_order_with_title_and_organisation(client, article):
    byline = soup_of(client.get(article.url)).select_one(".lu-byline")
    assert text(byline) == (
        "By Anne-Marie Holm, Kommunaldirektør, Køge Kommune and "
        "Jesper Kronborg, Professor i offentlig ledelse, Aarhus Universitet"
    )


def test_byline_of_one_and_of_three(client, index, people):
    one = make_article(index, authors=[people["camilla"]])
    byline = soup_of(client.get(one.url)).select_one(".lu-byline")
    assert text(byline) == "By Camilla Brix Jensen, Skoleleder"
    three = make_article(
        index, authors=[people["camilla"], people["jesper"], people["anne"]]
    )
    byline = soup_of(client.get(three.url)).select_one(".lu-byline")
    assert text(byline) == (
        "By Camilla Brix Jensen, Skoleleder; "
        "Jesper Kronborg, Professor i offentlig ledelse, Aarhus Universitet and "
        "Anne-Marie Holm, Kommunaldirektør, Køge Kommune"
    )


def test_the_publishing_user_is_not_the_byline(
    admin_client, django_user_model, index, people
):
    article = make_article(index, authors=[people["camilla"]], publish=False)
    admin = django_user_model.objects.get(username="admin")
    article.save_revision(user=admin).publish()
    byline = soup_of(admin_client.get(article.url)).select_one(".lu-byline")
    assert "admin" not in byline.get_text()
    assert "Camilla Brix Jensen" in byline.get_text()


def test_without_authors_there_is_no_byline_or_author_box(client, index):
    soup = soup_of(client.get(make_article(index).url))
    assert soup.select(".lu-byline") == []
    assert soup.select(".lu-authors") == []


def test_an_author_box_per_author(client, article, people):
    people["anne"].photo = make_image("Portræt")
    people["anne"].save()
    soup = soup_of(client.get(article.url))
    section = soup.select_one(".lu-authors")
    assert section.h2.get_text(strip=True) == "About the authors"
    boxes = section.select(".lu-author-box")
    assert [box.h3.get_text(strip=True) for box in boxes] == [
        "Anne-Marie Holm",
        "Jesper Kronborg",
    ]
    anne, jesper = boxes
    assert anne.select_one(".lu-author-box__affiliation").get_text() == (
        "Kommunaldirektør, Køge Kommune"
    )
    assert anne.select_one(".lu-author-box__bio").get_text() == (
        "Kommunaldirektør siden 2021."
    )
    assert anne.select_one("img.lu-author-box__photo")["alt"] == ""
    assert jesper.select_one("img") is None
    assert jesper.select_one(".lu-author-box__more a")["href"] == (
        f"{article.get_parent().url}author/jesper-kronborg/"
    )


@pytest.mark.parametrize(
    ("kind", "title"), [("interview", "Interviewed"), ("portrait", "Portrayed")]
)
def test_people_portrayed_in_interviews_and_portraits(
    client, index, people, kind, title
):
    article = make_article(
        index,
        kind=kind,
        authors=[people["jesper"]],
        portrayed=[people["camilla"], people["anne"]],
    )
    section = soup_of(client.get(article.url)).select_one(".lu-portrayed")
    assert section.h2.get_text(strip=True) == title
    assert [span.get_text() for span in section.select(".lu-person__name")] == [
        "Camilla Brix Jensen",
        "Anne-Marie Holm",
    ]
    assert "Kommunaldirektør, Køge Kommune" in section.get_text()


def heading_levels(soup):
    return [int(h.name[1]) for h in soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])]


def assert_headings_in_order(response):
    levels = heading_levels(soup_of(response))
    assert levels.count(1) == 1
    assert levels[0] == 1
    for previous, level in itertools.pairwise(levels):
        assert level <= previous + 1, levels
    return levels


def test_headings_are_in_order_on_every_view(client, index, people):
    related_theme = make_theme("Ledertrivsel")
    article = make_article(
        index,
        kind="interview",
        authors=[people["anne"], people["jesper"]],
        portrayed=[people["camilla"]],
        themes=[related_theme],
        body=[
            ("fact_box", {"title": "Fakta", "text": "<p>Tre ting.</p>"}),
            ("paragraph", "<p>Afsnit.</p>"),
            ("heading", "Et afsnit"),
            (
                "call_to_action",
                {"text": "Se mere", "url": "https://example.org", "button_label": "Se"},
            ),
        ],
    )
    make_article(index, themes=[related_theme], authors=[people["anne"]])
    # h1 title; h2 portrayed, fact box, heading, authors (h3 each), related (h3).
    article_levels = assert_headings_in_order(client.get(article.url))
    assert article_levels == [1, 2, 2, 2, 2, 3, 3, 2, 3]
    # h1 title, h2 filters, h2 results (hidden), h3 per card.
    assert assert_headings_in_order(client.get(index.url)) == [1, 2, 2, 3, 3]
    # With an error summary (h2) before the filters.
    with_error = assert_headings_in_order(client.get(index.url + "?kind=karaoke"))
    assert with_error == [1, 2, 2, 2, 3, 3]
    # h1 the author's name, h2 their articles, h3 per card.
    author_page = client.get(index.url + "author/anne-marie-holm/")
    assert assert_headings_in_order(author_page) == [1, 2, 3, 3]


def test_fact_box_and_call_to_action_blocks(client, index, programme):
    article = make_article(
        index,
        body=[
            (
                "fact_box",
                {"title": "Fakta om ugen", "text": "<ul><li>Uge 44</li></ul>"},
            ),
            (
                "call_to_action",
                {
                    "text": "Se hele programmet",
                    "page": programme,
                    "button_label": "Gå til programmet",
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Læs rapporten",
                    "url": "https://example.org/rapport",
                    "button_label": "Rapporten",
                },
            ),
        ],
    )
    soup = soup_of(client.get(article.url))
    box = soup.select_one("aside.lu-fact-box")
    assert box.h2.get_text() == "Fakta om ugen"
    assert box.li.get_text() == "Uge 44"
    buttons = [(a.get_text(), a["href"]) for a in soup.select(".lu-call-to-action a")]
    assert buttons == [
        ("Gå til programmet", programme.url),
        ("Rapporten", "https://example.org/rapport"),
    ]


def test_call_to_action_needs_a_page_or_an_address():
    block = ArticleBodyBlock().child_blocks["call_to_action"]
    value = block.to_python({"text": "Se", "button_label": "Se", "url": ""})
    with pytest.raises(ValidationError):
        block.clean(value)


def test_preview_of_changes_to_a_published_article(admin_client, article, people):
    url = reverse("wagtailadmin_pages:preview_on_edit", args=(article.pk,))
    theme = make_theme("Offentlig innovation")
    removed = [
        {"id": link.pk, "person": link.person_id, "DELETE": "1"}
        for link in article.authors.all()
    ]
    data = article_form(title=article.title)
    data["themes"] = [theme.pk]
    data.update(
        nested_form_data(
            {
                "authors": inline_formset(
                    [*removed, {"person": people["camilla"].pk}], initial=2
                )
            }
        )
    )
    assert admin_client.post(url, data).json()["is_valid"] is True
    soup = soup_of(admin_client.get(url))
    assert [name.get_text() for name in soup.select(".lu-byline__name")] == [
        "Camilla Brix Jensen"
    ]
    assert [tag.get_text() for tag in soup.select(".lu-tags li")] == [
        "Offentlig innovation"
    ]
    assert structured_data_of(soup)["keywords"] == ["Offentlig innovation"]
    # Nothing was saved.
    assert [
        person.name for person in ArticlePage.objects.get(pk=article.pk).author_people
    ] == [
        "Anne-Marie Holm",
        "Jesper Kronborg",
    ]


# Reading time


def words(count):
    return " ".join(["ord"] * count)


@pytest.mark.parametrize(
    ("body_words", "minutes"), [(0, 1), (180, 1), (380, 2), (780, 4), (790, 5)]
)
def test_reading_time_counts_lead_and_body_at_200_words_a_minute(
    index, body_words, minutes
):
    article = make_article(
        index,
        lead=words(10),
        body=[("heading", "Overskrift"), ("paragraph", f"<p>{words(body_words)}</p>")],
    )
    assert article.reading_minutes == minutes


def test_reading_time_is_shown(client, index):
    article = make_article(
        index, lead=words(5), body=[("paragraph", f"<p>{words(795)}</p>")]
    )
    text = soup_of(client.get(article.url)).select_one(".lu-article__reading-time")
    assert text.get_text(strip=True) == "4 min read"


# Image and alternative text


def test_an_image_needs_alternative_text(index):
    article = make_article(index)
    article.hero_image = make_image()
    with pytest.raises(ValidationError) as error:
        article.full_clean()
    assert error.value.message_dict["hero_alt_text"] == [
        "An image needs an alternative text."
    ]
    article.hero_alt_text = "Ledere om et bord"
    article.full_clean()


def test_hero_image_is_shown_with_its_alternative_text(client, index):
    article = make_article(
        index, hero_image=make_image(), hero_alt_text="Tre ledere om et bord"
    )
    image = soup_of(client.get(article.url)).select_one(".lu-article__hero img")
    assert image["alt"] == "Tre ledere om et bord"
    assert ".width-1200." in image["src"]


# Publication date


def test_publication_date_defaults_to_the_first_publishing_day(index):
    article = make_article(index, publication_date=None, publish=False)
    assert article.publication_date is None
    assert article.date == local_today()
    article.save_revision().publish()
    article.refresh_from_db()
    assert article.publication_date == local_today()
    assert article.date == local_today()


def test_a_set_publication_date_is_kept(index):
    article = make_article(index, publication_date=datetime.date(2025, 10, 27))
    article.save_revision().publish()
    article.refresh_from_db()
    assert article.publication_date == datetime.date(2025, 10, 27)


# Sharing: Open Graph, Twitter cards, LinkedIn


def meta(soup):
    tags = soup.head.find_all("meta")
    return {
        tag.get("property") or tag.get("name"): tag["content"]
        for tag in tags
        if tag.get("property") or tag.get("name")
    }


def test_open_graph_and_twitter_tags_without_image(client, article):
    tags = meta(soup_of(client.get(article.url)))
    assert tags["og:type"] == "article"
    assert tags["og:title"] == article.title
    assert tags["og:description"] == article.lead
    assert tags["og:url"] == article.get_full_url()
    assert tags["og:url"].startswith("http")
    assert tags["article:published_time"] == "2026-10-01"
    assert tags["twitter:card"] == "summary"
    assert "og:image" not in tags


def test_open_graph_image_is_an_absolute_rendition_address(client, index):
    article = make_article(index, hero_image=make_image(), hero_alt_text="Et billede")
    tags = meta(soup_of(client.get(article.url)))
    assert tags["twitter:card"] == "summary_large_image"
    site_root = article.get_site().root_url
    assert tags["og:image"].startswith(f"{site_root}/media/images/")
    assert ".fill-1200x630" in tags["og:image"]
    assert tags["twitter:image"] == tags["og:image"]
    # The test image is 640x480: cropped to the 1200x630 ratio, not enlarged.
    assert (tags["og:image:width"], tags["og:image:height"]) == ("640", "336")
    assert tags["og:image:alt"] == "Et billede"


def test_search_description_overrides_the_lead_in_tags(client, index):
    article = make_article(index, search_description="Kort beskrivelse.")
    tags = meta(soup_of(client.get(article.url)))
    assert tags["og:description"] == "Kort beskrivelse."


def test_share_on_linkedin_is_a_plain_link(client, article):
    soup = soup_of(client.get(article.url))
    link = soup.select_one(".lu-share a")
    assert link.get_text() == "Share on LinkedIn"
    assert link["href"] == (
        "https://www.linkedin.com/sharing/share-offsite/?url="
        + urllib.parse.quote(article.get_full_url(), safe="")
    )
    assert not link.has_attr("target")
    assert not link.has_attr("onclick")
    scripts = soup.find_all("script")
    assert [script["type"] for script in scripts] == ["application/ld+json"]
    assert "linkedin" not in "".join(
        str(tag) for tag in soup.head.find_all(["script", "link", "iframe"])
    )
    assert soup.find("iframe") is None


# Structured data


def test_json_ld_describes_an_article(client, article):
    data = structured_data(client.get(article.url))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Article"
    assert data["headline"] == article.title
    assert data["description"] == article.lead
    assert data["datePublished"] == "2026-10-01"
    assert data["dateModified"] >= "2026-10-01"
    assert data["inLanguage"] == "da"
    assert data["mainEntityOfPage"] == {
        "@type": "WebPage",
        "@id": article.get_full_url(),
    }
    assert data["author"][0] == {
        "@type": "Person",
        "name": "Anne-Marie Holm",
        "jobTitle": "Kommunaldirektør",
        "affiliation": {"@type": "Organization", "name": "Køge Kommune"},
        "url": article.get_parent().get_full_url() + "author/anne-marie-holm/",
    }
    assert [author["name"] for author in data["author"]] == [
        "Anne-Marie Holm",
        "Jesper Kronborg",
    ]
    assert "image" not in data


def test_json_ld_of_news_is_a_news_article_with_image_and_publisher(
    client, index, people
):
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Ledelsesugen"
    site.save()
    article = make_article(
        index,
        kind="news",
        authors=[people["camilla"]],
        portrayed=[people["anne"]],
        hero_image=make_image(),
        hero_alt_text="Et billede",
    )
    data = structured_data(client.get(article.url))
    assert data["@type"] == "NewsArticle"
    assert data["image"].startswith(article.get_site().root_url + "/media/images/")
    assert data["publisher"]["name"] == "Ledelsesugen"
    assert data["about"][0]["name"] == "Anne-Marie Holm"


def test_json_ld_cannot_be_broken_out_of(client, index):
    article = make_article(index, title="</script><script>alert(1)</script>")
    response = client.get(article.url)
    assert b"</script><script>alert" not in response.content
    assert structured_data(response)["headline"] == article.title


# Related articles


@pytest.fixture
def themed(index):
    return [make_theme(f"Tema {n}") for n in range(3)]


def test_related_articles_share_themes_most_first(client, index, themed):
    a, b, c = themed
    article = make_article(index, title="Hovedartiklen", themes=[a, b])
    make_article(
        index,
        title="Ét fælles tema",
        themes=[a],
        publication_date=datetime.date(2026, 10, 20),
    )
    make_article(index, title="To fælles temaer", themes=[a, b])
    make_article(index, title="Intet fælles", themes=[c])
    make_article(index, title="Kladde", themes=[a, b], publish=False)
    related = [page.title for page in article.related_articles()]
    assert related == ["To fælles temaer", "Ét fælles tema"]
    response = client.get(article.url)
    assert titles(response) == related
    assert "Hovedartiklen" not in titles(response)


def test_related_articles_are_at_most_three(index, themed):
    article = make_article(index, themes=themed)
    for _ in range(5):
        make_article(index, themes=themed[:1])
    assert len(article.related_articles()) == 3


def test_no_themes_no_related_articles(client, index):
    article = make_article(index)
    make_article(index)
    assert article.related_articles() == []
    assert soup_of(client.get(article.url)).select(".lu-related") == []


# Query counts


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        assert response.status_code == 200
    return len(queries)


@pytest.fixture
def taxonomy(db):
    organisations = [make_organisation(f"Organisation nr. {n}") for n in range(3)]
    people = [
        make_person(f"Person nr. {n}", organisation=organisations[n % 3])
        for n in range(4)
    ]
    themes = [make_theme(f"Tema nr. {n}") for n in range(3)]
    images = [make_image(f"Billede {n}") for n in range(2)]
    return people, themes, images


def add_articles(index, count, people, themes, images):
    for n in range(count):
        with_image = n % 2 == 0
        make_article(
            index,
            title=f"Artikel om ledelse {n}",
            kind=["article", "debate", "news"][n % 3],
            authors=people[n % 4 : n % 4 + 1 + n % 2],
            themes=themes[: 1 + n % 3],
            publication_date=datetime.date(2025 + n % 2, 1 + n % 12, 1 + n % 28),
            hero_image=images[n % 2] if with_image else None,
            hero_alt_text="Et billede" if with_image else "",
            revision=False,
        )


# Wagtail's own routing takes 7 queries (site, locales, page, aliases, restrictions).
LISTING_QUERY_LIMITS = {
    "": 15,
    "?kind=debate&theme=tema-nr-1&year=2026&author=person-nr-1": 15,
    "?q=ledelse&theme=tema-nr-1": 16,
    "author/person-nr-1/": 13,
    "rss/": 11,
}


def listing_query_counts(client, index):
    """Queries of each listing view once caches and renditions are warm."""
    counts = {}
    for path in LISTING_QUERY_LIMITS:
        client.get(index.url + path)
        counts[path] = count_queries(client, index.url + path)
    return counts


def test_listing_queries_do_not_grow_with_the_number_of_articles(
    client, index, taxonomy, settings
):
    settings.WAGTAIL_LEDELSESUGEN = {"LISTING_PAGE_SIZE": 200}
    add_articles(index, 5, *taxonomy)
    with_five = listing_query_counts(client, index)
    # 25 in all: more than the feed's twenty.
    add_articles(index, 20, *taxonomy)
    with_more = listing_query_counts(client, index)
    assert with_more == with_five
    for path, limit in LISTING_QUERY_LIMITS.items():
        assert with_more[path] <= limit, path
    assert len(titles(client.get(index.url))) == 25
    feed = ET.fromstring(client.get(index.url + "rss/").content)
    assert len(feed.find("channel").findall("item")) == 20


def test_article_page_queries_are_bounded(client, index, taxonomy):
    people, themes, images = taxonomy
    small = make_article(index, authors=people[:1], themes=themes[:1])
    large = make_article(
        index,
        authors=people,
        portrayed=people[:3],
        themes=themes,
        hero_image=images[0],
        hero_alt_text="Et billede",
        kind="portrait",
    )
    for n in range(10):
        make_article(index, themes=themes, authors=people[: 1 + n % 4])
    client.get(small.url)
    client.get(large.url)  # Renditions are made once.
    small_count = count_queries(client, small.url)
    assert small_count <= 16
    # Four authors, three portrayed, three themes, three related: only the
    # image costs one more query.
    assert count_queries(client, large.url) == small_count + 1


# The index


@pytest.fixture
def varied(index, people):
    ai = make_theme("AI og digitalisering")
    trivsel = make_theme("Ledertrivsel")
    return {
        "debate": make_article(
            index,
            title="Giv lederne mere ledelsesrum",
            kind="debate",
            authors=[people["anne"]],
            themes=[trivsel],
            publication_date=datetime.date(2026, 9, 1),
            body=[("paragraph", "<p>Om dokumentationskrav på plejecentre.</p>")],
        ),
        "column": make_article(
            index,
            title="Kunstig intelligens i jobcentret",
            kind="column",
            authors=[people["jesper"], people["anne"]],
            themes=[ai],
            publication_date=datetime.date(2026, 5, 1),
        ),
        "interview": make_article(
            index,
            title="Skolelederen der deler ledelsen ud",
            kind="interview",
            authors=[people["jesper"]],
            portrayed=[people["camilla"]],
            themes=[ai, trivsel],
            publication_date=datetime.date(2025, 10, 28),
        ),
        "news": make_article(
            index,
            title="Programmet er åbent",
            kind="news",
            publication_date=datetime.date(2025, 8, 15),
        ),
    }


def test_index_lists_live_articles_newest_first(client, index, varied):
    make_article(index, title="Kladde", publish=False)
    other = make_index(title="Intranettets artikler")
    make_article(other, title="Intern nyhed")
    response = client.get(index.url)
    assert response.status_code == 200
    assert titles(response) == [
        "Giv lederne mere ledelsesrum",
        "Kunstig intelligens i jobcentret",
        "Skolelederen der deler ledelsen ud",
        "Programmet er åbent",
    ]
    assert titles(client.get(other.url)) == ["Intern nyhed"]


def test_card_shows_kind_date_byline_lead_and_thumbnail(client, index, people):
    make_article(
        index,
        title="Med billede",
        kind="portrait",
        authors=[people["anne"]],
        lead="En leder i Køge.",
        hero_image=make_image(),
        hero_alt_text="Anne-Marie Holm på rådhuset",
    )
    card = soup_of(client.get(index.url)).select_one(".lu-article-card")
    assert card.select_one(".lu-article-card__kind").get_text() == "Leader portrait"
    assert card.time["datetime"] == "2026-10-01"
    assert "By Anne-Marie Holm" in card.select_one(".lu-byline").get_text(
        " ", strip=True
    )
    assert card.select_one(".lu-article-card__lead").get_text() == "En leder i Køge."
    assert card.img["alt"] == "Anne-Marie Holm på rådhuset"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind=debate", {"debate"}),
        ("kind=news", {"news"}),
        ("theme=ledertrivsel", {"debate", "interview"}),
        ("theme=ai-og-digitalisering", {"column", "interview"}),
        ("author=anne-marie-holm", {"debate", "column"}),
        ("author=jesper-kronborg", {"column", "interview"}),
        ("year=2026", {"debate", "column"}),
        ("year=2025", {"interview", "news"}),
        ("q=intelligens", {"column"}),
        ("q=plejecentre", {"debate"}),
        ("q=Kronborg", {"column", "interview"}),
    ],
)
def test_each_filter_alone(client, index, varied, query, expected):
    response = client.get(f"{index.url}?{query}")
    assert response.status_code == 200
    assert set(titles(response)) == {varied[key].title for key in expected}
    assert error_messages(response) == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind=column&theme=ai-og-digitalisering", {"column"}),
        ("author=jesper-kronborg&year=2025", {"interview"}),
        ("theme=ledertrivsel&year=2026&author=anne-marie-holm", {"debate"}),
        ("kind=news&author=anne-marie-holm", set()),
        ("q=intelligens&kind=column", {"column"}),
        ("q=intelligens&kind=news", set()),
    ],
)
def test_filters_combine(client, index, varied, query, expected):
    response = client.get(f"{index.url}?{query}")
    assert set(titles(response)) == {varied[key].title for key in expected}


def test_no_match_says_so(client, index, varied):
    response = client.get(f"{index.url}?kind=news&author=anne-marie-holm")
    assert b"No articles match your filters." in response.content


def test_an_article_matching_two_themes_is_listed_once(client, index, varied):
    response = client.get(f"{index.url}?q=Skolelederen&theme=ledertrivsel")
    assert titles(response) == ["Skolelederen der deler ledelsen ud"]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("kind=karaoke", "“karaoke” is not a kind of article"),
        ("theme=findes-ikke", "There is no theme “findes-ikke” among these articles"),
        ("author=ingen", "There is no author “ingen” among these articles"),
        ("author=camilla-brix-jensen", "There is no author “camilla-brix-jensen”"),
        ("year=1999", "There are no articles from “1999”"),
        ("year=toogtyve", "There are no articles from “toogtyve”"),
        ("q=" + "x" * 201, "Ensure this value has at most 200 characters"),
    ],
)
def test_bad_filter_values_are_explained_and_ignored(
    client, index, varied, query, message
):
    response = client.get(f"{index.url}?{query}")
    assert response.status_code == 200
    assert len(error_messages(response)) == 1
    assert error_messages(response)[0].startswith(message)
    assert len(titles(response)) == 4


def test_a_bad_filter_does_not_undo_the_good_ones(client, index, varied):
    response = client.get(
        f"{index.url}?kind=karaoke&year=2025&theme=ai-og-digitalisering"
    )
    assert titles(response) == ["Skolelederen der deler ledelsen ud"]


def test_error_summary_links_to_the_field(client, index, varied):
    soup = soup_of(client.get(f"{index.url}?author=ingen"))
    assert soup.select_one(".lu-error-summary a")["href"] == "#id_author"
    assert soup.select_one("#id_author")["aria-invalid"] == "true"


def test_filter_choices_come_from_the_articles(client, index, varied):
    make_theme("Tema uden artikler")
    make_person("Person uden artikler")
    other = make_index()
    make_article(
        other,
        publication_date=datetime.date(2019, 10, 28),
        authors=[make_person("Ekstern")],
    )
    soup = soup_of(client.get(index.url))

    def values(field):
        return [option["value"] for option in soup.select(f"#id_{field} option")]

    assert values("theme") == ["", "ai-og-digitalisering", "ledertrivsel"]
    assert values("author") == ["", "anne-marie-holm", "jesper-kronborg"]
    assert values("year") == ["", "2026", "2025"]
    assert values("kind") == [
        "",
        "article",
        "debate",
        "column",
        "portrait",
        "interview",
        "news",
    ]


def test_filter_values_are_kept_in_the_form(client, index, varied):
    soup = soup_of(client.get(f"{index.url}?year=2025&q=leder"))
    assert soup.select_one("#id_year option[selected]")["value"] == "2025"
    assert soup.select_one("#id_q")["value"] == "leder"


def test_search_finds_author_names_and_body_text(client, index, varied):
    assert set(titles(client.get(f"{index.url}?q=Anne-Marie"))) == {
        varied["debate"].title,
        varied["column"].title,
    }
    assert titles(client.get(f"{index.url}?q=dokumentationskrav")) == [
        varied["debate"].title
    ]


def test_index_advertises_its_feed(client, index, varied):
    soup = soup_of(client.get(index.url))
    link = soup.head.select_one('link[rel="alternate"][type="application/rss+xml"]')
    assert link["href"] == index.url + "rss/"
    assert link["title"] == index.title


class TestPagination:
    @pytest.fixture(autouse=True)
    def small_pages(self, settings):
        settings.WAGTAIL_LEDELSESUGEN = {"LISTING_PAGE_SIZE": 2}

    @pytest.fixture
    def five(self, index, people):
        return [
            make_article(
                index,
                title=f"Artikel nr. {n}",
                kind="column",
                authors=[people["anne"]],
                publication_date=datetime.date(2026, 10, 10 - n),
            )
            for n in range(1, 6)
        ]

    def test_pages_follow_each_other(self, client, index, five):
        first = client.get(index.url)
        assert titles(first) == ["Artikel nr. 1", "Artikel nr. 2"]
        assert soup_of(first).select_one("a[rel=next]")["href"] == "?page=2"
        third = client.get(index.url + "?page=3")
        assert titles(third) == ["Artikel nr. 5"]
        assert soup_of(third).select_one("a[rel=next]") is None
        assert soup_of(third).select_one("a[rel=prev]")["href"] == "?page=2"

    def test_pagination_keeps_the_filters(self, client, index, five):
        response = client.get(index.url + "?kind=column")
        assert (
            soup_of(response).select_one("a[rel=next]")["href"] == "?kind=column&page=2"
        )

    @pytest.mark.parametrize("page", ["4", "999", "0", "-1", "abc"])
    def test_page_out_of_range_is_a_normal_page_with_a_message(
        self, client, index, five, page
    ):
        response = client.get(f"{index.url}?page={page}")
        assert response.status_code == 200
        assert titles(response) == []
        assert f"There is no page “{page}” in this list. It has 3 pages.".encode() in (
            response.content
        )

    def test_author_page_is_paginated(self, client, index, five):
        url = index.url + "author/anne-marie-holm/"
        assert titles(client.get(url)) == ["Artikel nr. 1", "Artikel nr. 2"]
        assert titles(client.get(url + "?page=3")) == ["Artikel nr. 5"]
        response = client.get(url + "?page=9")
        assert response.status_code == 200
        assert b"There is no page" in response.content


# Author pages


def test_author_page_shows_the_author_and_their_articles(client, index, varied):
    response = client.get(index.url + "author/jesper-kronborg/")
    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.h1.get_text(strip=True) == "Jesper Kronborg"
    assert soup.select_one(".lu-author-box__affiliation").get_text() == (
        "Professor i offentlig ledelse, Aarhus Universitet"
    )
    assert soup.select_one(".lu-author-box__bio").get_text() == (
        "Forsker i ledelse og motivation."
    )
    assert titles(response) == [
        "Kunstig intelligens i jobcentret",
        "Skolelederen der deler ledelsen ud",
    ]
    assert soup.select_one(".lu-back a")["href"] == index.url


@pytest.mark.parametrize("slug", ["findes-ikke", "camilla-brix-jensen"])
def test_author_page_of_someone_without_a_byline_here_is_404(
    client, index, varied, slug
):
    assert client.get(index.url + f"author/{slug}/").status_code == 404


def test_author_page_leaves_out_drafts_and_other_indexes(client, index, people):
    make_article(index, title="Udgivet", authors=[people["anne"]])
    make_article(index, title="Kladde", authors=[people["anne"]], publish=False)
    make_article(make_index(), title="Et andet sted", authors=[people["anne"]])
    assert titles(client.get(index.url + "author/anne-marie-holm/")) == ["Udgivet"]


# RSS


@pytest.fixture
def feed(client, index, varied):
    return client.get(index.url + "rss/")


def test_feed_is_rss_2_with_the_right_content_type(feed):
    assert feed.status_code == 200
    assert feed["Content-Type"] == "application/rss+xml; charset=utf-8"
    root = ET.fromstring(feed.content)
    assert root.tag == "rss"
    assert root.get("version") == "2.0"
    channel = root.find("channel")
    for required in ("title", "link", "description"):
        assert channel.findtext(required)
    for item in channel.findall("item"):
        assert item.findtext("title") or item.findtext("description")


def test_feed_parses_cleanly(feed, index):
    import feedparser

    parsed = feedparser.parse(feed.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "rss20"
    assert parsed.feed.title == index.title
    assert parsed.feed.link == index.get_full_url()
    assert len(parsed.entries) == 4


DC = "{http://purl.org/dc/elements/1.1/}"


def test_feed_items(feed, varied):
    items = ET.fromstring(feed.content).find("channel").findall("item")
    assert [item.findtext("title") for item in items] == [
        "Giv lederne mere ledelsesrum",
        "Kunstig intelligens i jobcentret",
        "Skolelederen der deler ledelsen ud",
        "Programmet er åbent",
    ]
    column = items[1]
    article = varied["column"]
    assert column.findtext("link") == article.get_full_url()
    assert column.findtext("guid") == article.get_full_url()
    assert column.find("guid").get("isPermaLink") == "true"
    assert column.findtext("description") == article.lead
    assert column.findtext("pubDate").startswith("Fri, 01 May 2026")
    assert [c.text for c in column.findall(f"{DC}creator")] == [
        "Jesper Kronborg",
        "Anne-Marie Holm",
    ]
    assert [c.text for c in column.findall("category")] == ["AI og digitalisering"]
    assert items[3].find(f"{DC}creator") is None


def test_feed_holds_the_latest_twenty_live_articles(client, index):
    for n in range(25):
        make_article(
            index,
            title=f"Nr. {n}",
            publication_date=datetime.date(2026, 1, 1) + datetime.timedelta(days=n),
        )
    make_article(
        index,
        title="Kladde",
        publish=False,
        publication_date=datetime.date(2026, 12, 1),
    )
    items = (
        ET.fromstring(client.get(index.url + "rss/").content)
        .find("channel")
        .findall("item")
    )
    assert len(items) == 20
    assert items[0].findtext("title") == "Nr. 24"
    assert items[-1].findtext("title") == "Nr. 5"


def test_feed_with_no_articles_is_valid(client, index):
    response = client.get(index.url + "rss/")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findall("item") == []
    assert channel.findtext("description")


# Page types


class ArticlePageRulesTests(WagtailPageTestCase):
    def test_articles_live_only_in_an_article_index(self):
        self.assertAllowedParentPageTypes(ArticlePage, {ArticleIndexPage})
        self.assertCanNotCreateAt(Page, ArticlePage)

    def test_article_index_can_go_anywhere_and_holds_only_articles(self):
        self.assertCanCreateAt(Page, ArticleIndexPage)
        self.assertAllowedSubpageTypes(ArticleIndexPage, {ArticlePage})
        self.assertAllowedSubpageTypes(ArticlePage, set())

    def test_every_view_renders(self):
        index = make_index()
        author = make_person("Mette Hansen")
        article = make_article(index, authors=[author])
        self.assertPageIsRenderable(index)
        self.assertPageIsRenderable(article)
        self.assertPageIsRoutable(index, "rss/")
        self.assertPageIsRoutable(index, "author/mette-hansen/")
        self.assertPageIsRenderable(index, "author/mette-hansen/")
        self.assertPageIsRenderable(index, "rss/")
        self.assertPageIsPreviewable(article, post_data=article_form(authors=[author]))
        self.assertPageIsPreviewable(
            index, post_data={"title": "Artikler", "slug": "a"}
        )


def test_preview_of_an_unsaved_article_shows_its_people(admin_client, index, people):
    url = reverse(
        "wagtailadmin_pages:preview_on_add",
        args=("wagtail_ledelsesugen", "articlepage", index.pk),
    )
    data = article_form(
        authors=[people["jesper"], people["anne"]], portrayed=[people["camilla"]]
    )
    assert admin_client.post(url, data).json() == {
        "is_valid": True,
        "is_available": True,
    }
    soup = soup_of(admin_client.get(url))
    assert [name.get_text() for name in soup.select(".lu-byline__name")] == [
        "Jesper Kronborg",
        "Anne-Marie Holm",
    ]
    assert soup.select_one(".lu-portrayed .lu-person__name").get_text() == (
        "Camilla Brix Jensen"
    )


# Demo content


def build_demo():
    builder = DemoBuilder(Site.objects.get(is_default_site=True), Tally())
    builder.build()  # demo_articles.build is part of it
    return builder


@pytest.mark.demo
def test_demo_articles_are_complete_and_idempotent(client, db):
    build_demo()
    index = ArticleIndexPage.objects.get(slug="debat-og-artikler")
    assert index.title == "Debat og artikler"
    articles = list(index.get_articles())
    assert len(articles) >= 15
    assert {article.kind for article in articles} == {
        kind for kind, _ in ArticleKind.choices
    }
    assert any(len(article.author_people) > 1 for article in articles)
    assert all(article.author_people for article in articles)
    for article in articles:
        if article.kind in ("portrait", "interview"):
            assert article.portrayed_people, article.title
        assert article.themes.exists(), article.title
    dates = [article.publication_date for article in articles]
    assert local_today() - min(dates) > datetime.timedelta(days=600)
    assert max(dates) <= local_today()
    assert local_today() - min(dates) <= datetime.timedelta(days=731)
    block_types = {block.block_type for article in articles for block in article.body}
    assert {
        "paragraph",
        "heading",
        "quote",
        "fact_box",
        "call_to_action",
    } <= block_types
    assert all(
        block.value["attribution"]
        for article in articles
        for block in article.body
        if block.block_type == "quote"
    )
    for article in articles:
        assert client.get(article.url).status_code == 200
    assert client.get(index.url).status_code == 200
    # Building again changes nothing (one build less than a test of its own).
    counts = (
        Page.objects.count(),
        ArticleAuthor.objects.count(),
        ArticlePortrayed.objects.count(),
    )
    builder = build_demo()
    assert (
        Page.objects.count(),
        ArticleAuthor.objects.count(),
        ArticlePortrayed.objects.count(),
    ) == counts
    assert builder.tally.counts["articles"]["created"] == 0
    assert builder.tally.counts["articles"]["present"] >= 15
    assert builder.tally.counts["article indexes"]["present"] == 1

"""The articles API: fields, filters, ordering, pagination, scope and query counts."""

import datetime

import pytest

from tests.api_helpers import (
    API,
    OTHER_HOST,
    assert_problem,
    english,
    get_items,
    get_list,
    ids,
    other_site_root,
    restrict,
    translate_snippet,
)
from tests.builders import (
    make_article,
    make_article_index,
    make_image,
    make_organisation,
    make_person,
    make_theme,
    translate_page,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def index():
    return make_article_index(title="Artikler", slug="artikler")


@pytest.fixture
def people():
    return {
        "anne": make_person(
            "Anne-Marie Holm",
            job_title="Kommunaldirektør",
            organisation=make_organisation("Køge Kommune"),
        ),
        "jesper": make_person("Jesper Kronborg", job_title="Professor"),
        "camilla": make_person("Camilla Brix Jensen", job_title="Skoleleder"),
    }


def person_json(person, organisation=""):
    return {
        "id": person.pk,
        "slug": person.slug,
        "name": person.name,
        "job_title": person.job_title,
        "organisation": organisation,
    }


class TestFields:
    def test_an_article_has_every_field_of_the_list(self, client, index, people):
        theme = make_theme("Ledelsesrum")
        image = make_image("Rådhuset")
        article = make_article(
            index,
            title="Ledere tæt på borgerne",
            kind="interview",
            publication_date=datetime.date(2026, 9, 15),
            lead="Vi har brugt ti år på at styre.",
            authors=[people["anne"], people["jesper"]],
            portrayed=[people["camilla"]],
            themes=[theme],
            hero_image=image,
            hero_alt_text="Rådhuset i morgensol",
        )

        [item] = get_items(client, "articles/")

        assert item["id"] == article.pk
        assert item["title"] == "Ledere tæt på borgerne"
        assert item["slug"] == article.slug
        assert item["url"] == article.get_full_url()
        assert item["url"].endswith(f"/artikler/{article.slug}/")
        assert item["locale"] == "da"
        assert item["translations"] == []
        assert item["kind"] == {"value": "interview", "label": "Interview"}
        assert item["date"] == "2026-09-15"
        assert item["lead"] == "Vi har brugt ti år på at styre."
        assert item["authors"] == [
            person_json(people["anne"], "Køge Kommune"),
            person_json(people["jesper"]),
        ]
        assert item["portrayed"] == [person_json(people["camilla"])]
        assert item["themes"] == [
            {"id": theme.pk, "slug": "ledelsesrum", "name": "Ledelsesrum"}
        ]
        rendition = image.get_rendition("fill-480x270")
        assert item["image"] == {
            "id": image.pk,
            "url": f"http://localhost{rendition.url}",
            "width": 480,
            "height": 270,
            "alt": "Rådhuset i morgensol",
        }
        assert "body" not in item and "reading_minutes" not in item

    def test_labels_are_in_the_articles_own_language(self, client, index):
        make_article(index, kind="debate")
        [item] = get_items(client, "articles/")
        assert item["kind"] == {"value": "debate", "label": "Debatindlæg"}

    def test_an_article_without_image_or_people(self, client, index):
        make_article(index)
        [item] = get_items(client, "articles/")
        assert item["image"] is None
        assert (item["authors"], item["portrayed"], item["themes"]) == ([], [], [])

    def test_detail_has_reading_minutes_and_body_with_absolute_links(
        self, client, index
    ):
        other = make_article(index, title="Den anden")
        words = " ".join(["ord"] * 250)
        article = make_article(
            index,
            lead="Fem ord i en indledning.",
            body=[
                ("heading", "Tillid"),
                (
                    "paragraph",
                    f'<p>{words} <a linktype="page" id="{other.pk}">læs</a></p>',
                ),
            ],
        )

        response = client.get(f"{API}/articles/{article.pk}/")

        assert response.status_code == 200
        data = response.json()
        assert data["id"] == article.pk
        assert data["reading_minutes"] == 2
        assert [block["type"] for block in data["body"]] == ["heading", "paragraph"]
        assert data["body"][0]["value"] == "Tillid"
        assert f'href="{other.get_full_url()}"' in data["body"][1]["value"]
        assert data["body"][1]["id"]

    def test_detail_of_an_unknown_article_is_404(self, client, index):
        assert_problem(client.get(f"{API}/articles/999999/"), 404, "not_found")

    def test_detail_of_an_id_that_is_no_number_is_400(self, client, index):
        response = client.get(f"{API}/articles/abc/")
        assert_problem(response, 400, "invalid", "article_id")


class TestFilters:
    def test_kind_year_and_index(self, client, index):
        news = make_article(index, kind="news")
        old = make_article(index, publication_date=datetime.date(2024, 5, 1))
        other_index = make_article_index(title="Nyheder")
        elsewhere = make_article(other_index)
        assert ids(get_items(client, "articles/", "?kind=news")) == [news.pk]
        assert ids(get_items(client, "articles/", "?year=2024")) == [old.pk]
        assert get_items(client, "articles/", "?year=2025") == []
        assert ids(get_items(client, "articles/", f"?index={other_index.pk}")) == [
            elsewhere.pk
        ]
        assert elsewhere.pk not in ids(
            get_items(client, "articles/", f"?index={index.pk}")
        )

    def test_theme_and_author_by_slug_in_any_language(self, client, index, people):
        theme = make_theme("Ledertrivsel")
        themed = make_article(index, themes=[theme])
        by_anne = make_article(index, authors=[people["anne"]])
        portrait = make_article(index, portrayed=[people["anne"]])
        translate_snippet(theme, english(), name="Wellbeing", slug="wellbeing")
        translate_snippet(people["anne"], english(), slug="anne-marie-holm-en")

        for slug in ("ledertrivsel", "wellbeing"):
            assert ids(get_items(client, "articles/", f"?theme={slug}")) == [themed.pk]
        for slug in ("anne-marie-holm", "anne-marie-holm-en"):
            # Only the byline counts, not the people portrayed.
            found = ids(get_items(client, "articles/", f"?author={slug}"))
            assert found == [by_anne.pk]
            assert portrait.pk not in found
        assert get_items(client, "articles/", "?theme=ukendt") == []
        assert get_items(client, "articles/", "?author=ukendt") == []

    def test_search(self, client, index):
        found = make_article(index, title="Tillid i ledelse", lead="Om tillid.")
        make_article(index, title="Noget andet", lead="Om styring.")
        assert ids(get_items(client, "articles/", "?search=tillid")) == [found.pk]

    def test_filters_combine(self, client, index):
        theme = make_theme("Ledertrivsel")
        match = make_article(index, kind="news", themes=[theme])
        make_article(index, kind="news")
        make_article(index, kind="debate", themes=[theme])
        query = "?kind=news&theme=ledertrivsel&year=2026"
        assert ids(get_items(client, "articles/", query)) == [match.pk]

    def test_an_article_with_two_matching_people_is_listed_once(
        self, client, index, people
    ):
        translation = translate_snippet(people["anne"], english())
        article = make_article(index, authors=[people["anne"], translation])
        query = "?author=anne-marie-holm"
        assert ids(get_items(client, "articles/", query)) == [article.pk]
        assert get_list(client, "articles/", query)["count"] == 1

    @pytest.mark.parametrize(
        ("query", "field"),
        [
            ("?kind=essay", "kind"),
            ("?year=abc", "year"),
            ("?year=1800", "year"),
            ("?limit=0", "limit"),
            ("?limit=1000", "limit"),
            ("?offset=-1", "offset"),
            ("?order=price", "order"),
            ("?index=abc", "index"),
            ("?index=999999", "index"),
            ("?locale=xx", "locale"),
            ("?search=" + "x" * 201, "search"),
        ],
    )
    def test_bad_values_are_400_naming_the_field(self, client, index, query, field):
        response = client.get(f"{API}/articles/{query}")
        problem = assert_problem(response, 400, "invalid", field)
        assert all(problem["errors"][field])

    def test_the_index_of_another_type_or_site_is_400(self, client, index, programme):
        foreign = make_article_index(parent=other_site_root())
        for index_id in (programme.pk, foreign.pk):
            response = client.get(f"{API}/articles/?index={index_id}")
            assert_problem(response, 400, "invalid", "index")


class TestOrderAndPages:
    def test_newest_first_by_default_and_other_orders(self, client, index):
        older = make_article(
            index, title="B", publication_date=datetime.date(2025, 1, 1)
        )
        newer = make_article(
            index, title="A", publication_date=datetime.date(2026, 1, 1)
        )
        same_day = make_article(
            index, title="C", publication_date=datetime.date(2026, 1, 1)
        )
        assert ids(get_items(client, "articles/")) == [same_day.pk, newer.pk, older.pk]
        assert ids(get_items(client, "articles/", "?order=-date")) == [
            same_day.pk,
            newer.pk,
            older.pk,
        ]
        assert ids(get_items(client, "articles/", "?order=date")) == [
            older.pk,
            newer.pk,
            same_day.pk,
        ]
        assert ids(get_items(client, "articles/", "?order=title")) == [
            newer.pk,
            older.pk,
            same_day.pk,
        ]
        assert ids(get_items(client, "articles/", "?order=-title")) == [
            same_day.pk,
            older.pk,
            newer.pk,
        ]

    def test_limit_offset_and_count(self, client, index):
        articles = [
            make_article(index, publication_date=datetime.date(2026, 1, 10 - n))
            for n in range(5)
        ]
        data = get_list(client, "articles/", "?limit=2&offset=2")
        assert (data["count"], data["limit"], data["offset"]) == (5, 2, 2)
        assert ids(data["items"]) == [articles[2].pk, articles[3].pk]
        default = get_list(client, "articles/")
        assert (default["limit"], default["offset"]) == (20, 0)
        assert get_list(client, "articles/", "?offset=10")["items"] == []


class TestScope:
    def test_drafts_are_never_shown(self, client, index):
        draft = make_article(index, publish=False)
        assert get_items(client, "articles/") == []
        assert client.get(f"{API}/articles/{draft.pk}/").status_code == 404

    def test_pages_behind_a_password_are_never_shown(self, client, index):
        hidden = make_article_index(title="Intranet")
        article = make_article(hidden)
        restrict(hidden)
        assert get_items(client, "articles/") == []
        assert client.get(f"{API}/articles/{article.pk}/").status_code == 404
        response = client.get(f"{API}/articles/?index={hidden.pk}")
        assert_problem(response, 400, "invalid", "index")

    def test_another_sites_articles_are_not_shown(self, client, index):
        theirs = make_article(make_article_index(parent=other_site_root()))
        ours = make_article(index)
        assert ids(get_items(client, "articles/")) == [ours.pk]
        assert client.get(f"{API}/articles/{theirs.pk}/").status_code == 404
        there = get_items(client, "articles/", HTTP_HOST=OTHER_HOST)
        assert ids(there) == [theirs.pk]
        detail = client.get(f"{API}/articles/{theirs.pk}/", HTTP_HOST=OTHER_HOST)
        assert detail.status_code == 200


class TestTranslations:
    def test_locale_filter_translations_and_localized_snippets(
        self, client, index, people
    ):
        theme = make_theme("Ledertrivsel")
        article = make_article(
            index, kind="news", themes=[theme], authors=[people["jesper"]]
        )
        english_theme = translate_snippet(
            theme, english(), name="Leader wellbeing", slug="leader-wellbeing"
        )
        english_person = translate_snippet(
            people["jesper"], english(), job_title="Professor of leadership"
        )
        english_article = translate_page(article, english())

        assert set(ids(get_items(client, "articles/"))) == {
            article.pk,
            english_article.pk,
        }
        [item] = get_items(client, "articles/", "?locale=en")
        assert item["id"] == english_article.pk
        assert item["locale"] == "en"
        assert item["translations"] == [{"locale": "da", "id": article.pk}]
        assert item["kind"] == {"value": "news", "label": "News"}
        assert item["themes"] == [
            {
                "id": english_theme.pk,
                "slug": "leader-wellbeing",
                "name": "Leader wellbeing",
            }
        ]
        assert item["authors"][0]["id"] == english_person.pk
        assert item["authors"][0]["job_title"] == "Professor of leadership"
        [danish] = get_items(client, "articles/", "?locale=da")
        assert danish["translations"] == [{"locale": "en", "id": english_article.pk}]
        assert danish["kind"]["label"] == "Nyhed"
        detail = client.get(f"{API}/articles/{english_article.pk}/").json()
        assert detail["kind"]["label"] == "News"


class TestCaching:
    def test_etag_and_a_conditional_get(self, client, index):
        published = datetime.datetime(2026, 10, 1, 8, 0, tzinfo=datetime.UTC)
        make_article(index, last_published_at=published)
        response = client.get(f"{API}/articles/")
        etag = response["ETag"]
        assert etag
        assert response["Last-Modified"] == "Thu, 01 Oct 2026 08:00:00 GMT"
        again = client.get(f"{API}/articles/", HTTP_IF_NONE_MATCH=etag)
        assert again.status_code == 304
        make_article(index)
        assert client.get(f"{API}/articles/", HTTP_IF_NONE_MATCH=etag).status_code == (
            200
        )


def add_articles(index, count):
    people = [
        make_person(f"Person {n}", organisation=make_organisation(f"Org {n}"))
        for n in range(3)
    ]
    themes = [make_theme(f"Tema {n}") for n in range(3)]
    images = [make_image(f"Billede {n}") for n in range(2)]
    for n in range(count):
        make_article(
            index,
            kind=["article", "news"][n % 2],
            authors=people[: 1 + n % 3],
            portrayed=people[n % 3 : n % 3 + 1],
            themes=themes[: 1 + n % 3],
            hero_image=images[n % 2],
            hero_alt_text="Et billede",
        )


LIST_QUERIES = 12


@pytest.mark.parametrize("count", [3, 30])
def test_list_queries_do_not_grow(client, index, django_assert_max_num_queries, count):
    add_articles(index, count)
    # The first answer makes the image renditions; later ones read them.
    client.get(f"{API}/articles/?limit=100")
    with django_assert_max_num_queries(LIST_QUERIES):
        response = client.get(f"{API}/articles/?limit=100&theme=tema-0")
    assert len(response.json()["items"]) == count
    with django_assert_max_num_queries(LIST_QUERIES):
        client.get(f"{API}/articles/?limit=100&author=person-0&search=indledning")


def test_detail_queries_are_bounded(client, index, django_assert_max_num_queries):
    add_articles(index, 3)
    article_id = get_items(client, "articles/")[0]["id"]
    with django_assert_max_num_queries(LIST_QUERIES):
        assert client.get(f"{API}/articles/{article_id}/").status_code == 200
